import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDefault, listActions, readAction, type ActionMeta } from '@gitops-actions/action-meta';
import { helpText, parseArgs, UsageError } from './args.js';
import { guardCommands, inputEnvName, shown } from '@gitops-actions/kit';
import { createStepFiles, runNode } from './local-runner.js';
import { runDemo } from './demo.js';
import { runInit } from './init.js';
import { LogFilter } from './log-filter.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The monorepo root, from this bundle's place in dist/cli/. */
export function defaultRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** `gitops-actions <action> --<input> <value> ...`: runs the action's bundle as a runner would. */
export async function main(argv: string[], io: CliIo, root = defaultRoot()): Promise<number> {
  const [name, ...rest] = argv;
  // Before listing actions: outside a checkout there may be none, and demo must still explain itself.
  if (name === 'demo') return runDemo(rest, io, root);
  if (name === 'init') return runInit(rest, io);
  const actions = listActions(root);
  if (!name || name === '--help' || name === '-h') {
    io.out(
      `Usage: gitops-actions <action> [--<input> <value> ...]\n\nActions:\n${actions.map((a) => `  ${a}`).join('\n')}\n\nRun gitops-actions <action> --help for its inputs.\nRun gitops-actions demo to see the whole flow on this machine.\nRun gitops-actions init --help to scaffold a GitOps repository for a service.`,
    );
    return name ? 0 : 2;
  }
  if (!actions.includes(name)) {
    io.err(`Unknown action ${shown(name)}. Actions: ${actions.join(', ')}`);
    return 2;
  }
  const meta = readAction(root, name);
  let parsed;
  try {
    parsed = parseArgs(rest, meta);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nRun gitops-actions ${name} --help for usage.`);
    return 2;
  }
  if (parsed.help) {
    io.out(helpText(meta));
    return 0;
  }
  return runStep(meta, parsed.inputs, parsed.debug, io);
}

async function runStep(
  meta: ActionMeta,
  given: Record<string, string>,
  debug: boolean,
  io: CliIo,
): Promise<number> {
  const files = createStepFiles();
  const filter = new LogFilter(io.err, debug || io.env['RUNNER_DEBUG'] === '1');
  try {
    const env: NodeJS.ProcessEnv = {
      ...io.env,
      ...files.env,
      GITHUB_WORKSPACE: io.env['GITHUB_WORKSPACE'] ?? io.cwd,
    };
    delete env['NODE_OPTIONS'];
    for (const input of meta.inputs) {
      env[inputEnvName(input.name)] = given[input.name] ?? evaluateDefault(input.default, io.env);
    }
    if (debug) env['RUNNER_DEBUG'] = '1';
    let code = await runNode(meta.main, env, (l) => filter.line(l), {
      cwd: io.cwd,
      onStderr: (c) => io.err(guardCommands(filter.redact(c.trimEnd()))),
    });
    const step = files.read();
    if (meta.post) {
      const postEnv = {
        ...env,
        ...Object.fromEntries(Object.entries(step.state).map(([k, v]) => [`STATE_${k}`, v])),
      };
      const postCode = await runNode(meta.post, postEnv, (l) => filter.line(l), { cwd: io.cwd });
      if (code === 0) code = postCode;
    }
    // An output may hold lines (changed-apps' folders); the CLI may itself run inside a step.
    for (const [key, value] of Object.entries(step.outputs)) {
      io.out(guardCommands(filter.redact(`${key}=${value}`)));
    }
    return code;
  } finally {
    files.dispose();
  }
}
