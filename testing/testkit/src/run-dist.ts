import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import {
  inputEnvName,
  parseCommandFile,
  parseWorkflowCommands,
  type WorkflowCommand,
} from '@gitops-actions/kit';
import { evaluateDefault, listActions, readAction } from '@gitops-actions/action-meta';
import { repoRoot } from './repo-root.js';
import { actionNode, ensureFreshBundle } from './runtime.js';

export interface RunResult {
  /** null when the process was killed (see timedOut). */
  exitCode: number | null;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** Entries appended to GITHUB_PATH, in order. */
  paths: string[];
  /** `::add-mask::`, `::error::`, ... lines found in stdout. */
  commands: WorkflowCommand[];
  timedOut: boolean;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Applied last, so they override every default, input and state variable. */
  env?: Record<string, string>;
  /** Working directory and GITHUB_WORKSPACE; defaults to an empty folder removed after the run. */
  cwd?: string;
  timeoutMs?: number;
  /** Values saved by a main step, passed as STATE_<name> to a post step. */
  state?: Record<string, string>;
  /** Webhook payload written to GITHUB_EVENT_PATH; `{}` by default. */
  event?: unknown;
}

interface RunnerFiles {
  dir: string;
  workspace: string;
  temp: string;
  output: string;
  env: string;
  state: string;
  path: string;
  summary: string;
  event: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * An action name (`bump-manifest`) means its bundle, `<repo>/dist/<name>/index.js`, rebuilt first when
 * its sources changed: a test of the bundle tests the code as edited.
 */
export function resolveEntry(entry: string): string {
  const named = /^[a-z0-9][a-z0-9-]*$/.test(entry);
  if (named) ensureFreshBundle(entry);
  const path = isAbsolute(entry)
    ? entry
    : named
      ? join(repoRoot(), 'dist', entry, 'index.js')
      : resolve(repoRoot(), entry);
  if (!existsSync(path))
    throw new Error(`Could not run ${entry}: ${path} does not exist (run \`npm run build\`)`);
  return path;
}

async function createRunnerFiles(event: unknown): Promise<RunnerFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'testkit-run-'));
  const files: RunnerFiles = {
    dir,
    workspace: join(dir, 'workspace'),
    temp: join(dir, 'runner-temp'),
    output: join(dir, 'github_output'),
    env: join(dir, 'github_env'),
    state: join(dir, 'github_state'),
    path: join(dir, 'github_path'),
    summary: join(dir, 'step_summary'),
    event: join(dir, 'event.json'),
  };
  await mkdir(files.workspace);
  await mkdir(files.temp);
  await Promise.all(
    [files.output, files.env, files.state, files.path, files.summary].map((f) => writeFile(f, '')),
  );
  await writeFile(files.event, JSON.stringify(event ?? {}));
  return files;
}

/**
 * Nothing is inherited beyond PATH and HOME: the parent's NODE_OPTIONS (Jest's
 * --experimental-vm-modules), NODE_EXTRA_CA_CERTS, GITHUB_* or INPUT_* would make a test pass
 * here that fails on a real runner.
 */
function runnerEnv(
  files: RunnerFiles,
  workspace: string,
  opts: RunOptions & { entryAction?: string },
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env['HOME'] ?? files.dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'testkit',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: files.temp,
    RUNNER_TOOL_CACHE: join(files.dir, 'tool-cache'),
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_REPOSITORY_OWNER: 'owner',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '1000000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'testkit',
    GITHUB_JOB: 'test',
    GITHUB_ACTION: 'testkit-step',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
  };
  const inputs = { ...actionDefaults(opts.entryAction, { ...env, ...opts.env }), ...opts.inputs };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value;
  return withConsistentOwner({ ...env, ...opts.env }, opts.env ?? {});
}

/** The `github.token` every real job has; only used when a test leaves `token` to its default. */
export const DEFAULT_GITHUB_TOKEN = 'ghs_testkitDefaultJobToken000000000000';

/**
 * The runner fills every input a step leaves out with its action.yml default, expressions evaluated;
 * doing the same here keeps tests from passing on code defaults that differ from the contract.
 */
function actionDefaults(action: string | undefined, env: Record<string, string>): Record<string, string> {
  // listActions knows the root action.yml too (as `deploy`).
  if (!action || !listActions(repoRoot()).includes(action)) return {};
  const evalEnv = { GITHUB_TOKEN: DEFAULT_GITHUB_TOKEN, ...env };
  return Object.fromEntries(
    readAction(repoRoot(), action).inputs.map((input) => [
      input.name,
      evaluateDefault(input.default, evalEnv),
    ]),
  );
}

/** Overriding GITHUB_REPOSITORY alone must not leave the default owner behind. */
function withConsistentOwner(
  env: Record<string, string>,
  overrides: Record<string, string>,
): Record<string, string> {
  const repository = overrides['GITHUB_REPOSITORY'];
  if (repository === undefined || overrides['GITHUB_REPOSITORY_OWNER'] !== undefined) return env;
  return { ...env, GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '' };
}

interface ProcessResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runNode(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(actionNode(), [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      });
    });
  });
}

function pathLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** Runs `node <entry>` on Node 24 the way the GitHub runner runs a JavaScript action step, then reads what it reported. */
export async function runDist(entry: string, opts: RunOptions = {}): Promise<RunResult> {
  const script = resolveEntry(entry);
  const files = await createRunnerFiles(opts.event);
  try {
    const cwd = opts.cwd ?? files.workspace;
    const entryAction = /^[a-z0-9][a-z0-9-]*$/.test(entry) ? entry : undefined;
    const env = runnerEnv(files, cwd, { ...opts, entryAction });
    const run = await runNode(script, cwd, env, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const read = (file: string) => readFile(file, 'utf8');
    const [output, envFile, state, summary, path] = await Promise.all(
      [files.output, files.env, files.state, files.summary, files.path].map(read),
    );
    return {
      ...run,
      outputs: parseCommandFile(output ?? ''),
      env: parseCommandFile(envFile ?? ''),
      state: parseCommandFile(state ?? ''),
      summary: summary ?? '',
      paths: pathLines(path ?? ''),
      commands: parseWorkflowCommands(run.stdout),
    };
  } finally {
    await rm(files.dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
