// `gitops-actions init`: the GitOps repository's files for one service. The generation is
// @gitops-actions/scaffold's; this file reads the flags and gives it the file system.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  applyScaffold,
  CODEOWNERS_FILE,
  codeownersLines,
  renderOutcomes,
  SCAFFOLD_FLAGS,
  SCAFFOLD_SWITCHES,
  scaffoldFiles,
  scaffoldRequest,
  type ScaffoldFlags,
  type ScaffoldPorts,
} from '@gitops-actions/scaffold';
import { guardCommands, InputError, shown } from '@gitops-actions/kit';
import { UsageError } from './args.js';

interface InitIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export function initHelp(): string {
  const entries: Array<[string, string]> = [
    ...Object.entries(SCAFFOLD_FLAGS).map(([f, d]): [string, string] => [`--${f} <value>`, d]),
    ...Object.entries(SCAFFOLD_SWITCHES).map(([f, d]): [string, string] => [`--${f}`, d]),
  ];
  const width = Math.max(...entries.map(([f]) => f.length)) + 2;
  return [
    'Usage: gitops-actions init --service <name> --image <repository> --layout helm|kustomize --dir <path> [...]',
    '',
    "Writes a GitOps repository's files for one service: per-environment Helm values (over a minimal",
    'chart) or Kustomize overlays (over a base), Argo CD Applications or one ApplicationSet, an AppProject',
    "with production's sync window, CODEOWNERS, and the caller workflows. A file that exists is never",
    'overwritten: identical ones are skipped, different ones left alone and listed.',
    '',
    ...entries.map(([f, d]) => `  ${f.padEnd(width)}${d}`),
  ].join('\n');
}

/** `--flag value`, `--flag=value`, or a bare switch. */
export function parseInitArgs(argv: string[]): ScaffoldFlags & { help?: true } {
  const flags: ScaffoldFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match)
      throw new UsageError(`Unexpected argument ${shown(arg)}; flags are given as --<flag> <value>`);
    const name = match[1]!;
    if (name in SCAFFOLD_SWITCHES) {
      flags[name] = match[2] ?? true;
      continue;
    }
    if (!(name in SCAFFOLD_FLAGS) && name !== 'dir') throw new UsageError(`Unknown flag --${name} for init`);
    if (name in flags) throw new UsageError(`Flag --${name} is given twice`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`Flag --${name} needs a value`);
    flags[name] = value;
  }
  return flags;
}

function fsPorts(dir: string): ScaffoldPorts {
  return {
    readFile: async (file) => {
      try {
        return await readFile(path.join(dir, file), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    writeFile: async (file, content) => {
      const target = path.join(dir, file);
      await mkdir(path.dirname(target), { recursive: true });
      // `wx`: a file that appeared since it was read is still never overwritten.
      await writeFile(target, content, { flag: 'wx' });
    },
  };
}

async function targetDir(flags: ScaffoldFlags, cwd: string): Promise<string> {
  const given = flags['dir'];
  if (given === undefined || given === true || given === '') {
    throw new InputError('--dir', 'is required: the GitOps repository checkout to write into');
  }
  const dir = path.resolve(cwd, given);
  const found = await stat(dir).catch(() => undefined);
  if (found && !found.isDirectory()) throw new InputError('--dir', `${shown(given)} is not a directory`);
  return dir;
}

export async function runInit(argv: string[], io: InitIo): Promise<number> {
  let flags;
  try {
    flags = parseInitArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nRun gitops-actions init --help for usage.`);
    return 2;
  }
  if (flags.help) {
    io.out(initHelp());
    return 0;
  }
  let request, dir;
  try {
    request = scaffoldRequest(flags);
    dir = await targetDir(flags, io.cwd);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(guardCommands(error.message));
    return 2;
  }
  const dryRun = flags['dry-run'] === true;
  const outcomes = await applyScaffold(scaffoldFiles(request), fsPorts(dir), { dryRun });
  for (const line of renderOutcomes(outcomes)) io.out(guardCommands(line));
  if (dryRun) io.out('Dry run: nothing was written.');
  const left = outcomes.filter((o) => o.status.startsWith('exists, differs'));
  if (left.some((o) => o.path === CODEOWNERS_FILE)) {
    io.out(`${CODEOWNERS_FILE} exists; add these lines to it:`);
    for (const line of codeownersLines(request)) io.out(guardCommands(`  ${line}`));
  }
  if (left.length > 0) {
    io.err(
      `${left.length} existing file(s) differ from what init generates and were left alone; ` +
        'run init with --dir on an empty folder to see the generated versions.',
    );
  }
  return 0;
}
