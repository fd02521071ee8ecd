// The files' history through the git CLI: a bare, blob-less clone of the one branch (commits and
// trees only), `git log` of the files, and each version's blob fetched when it is first read.
// Credentials travel as bump's do, in the environment only (authEnv).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { displayUrl, exec as defaultExec, type Exec, type Logger } from '@gitops-actions/kit';
import { authEnv, gitFailure, type GitInputNames } from '@gitops-actions/git';
import { parseReferenceCommit } from '@gitops-actions/bump';
import type { FileHistory, HistoryCommit } from './history.js';

export interface GitHistoryOptions {
  url: string;
  token: string;
  branch: string;
  files: string[];
  limit: number;
  inputs: GitInputNames;
  exec?: Exec;
  log: Logger;
  tempDir?: string;
}

/** Runs `use` on the branch's history, and removes the clone whatever happens. */
export async function withGitHistory<T>(
  opts: GitHistoryOptions,
  use: (history: FileHistory) => Promise<T>,
): Promise<T> {
  const work = await mkdtemp(path.join(opts.tempDir ?? tmpdir(), 'rollback-history-'));
  try {
    const git = runner(opts, path.join(work, 'repo.git'));
    await git.run('clone', `clone ${displayUrl(opts.url)} (branch ${opts.branch}) for its history`, [
      'clone',
      '--quiet',
      '--bare',
      '--filter=blob:none',
      '--single-branch',
      `--branch=${opts.branch}`,
      '--',
      opts.url,
      path.join(work, 'repo.git'),
    ]);
    return await use({
      commits: () => listCommits(git, opts),
      read: (sha, file) => readAt(git, sha, file),
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface Runner {
  run(command: string, operation: string, args: string[]): Promise<string>;
  tryRun(args: string[]): Promise<string | undefined>;
}

function runner(opts: GitHistoryOptions, gitDir: string): Runner {
  const exec = opts.exec ?? defaultExec;
  const env = authEnv(opts.url, opts.token, process.env);
  const cwd = path.dirname(gitDir);
  const dirArgs = (args: string[]) => (args[0] === 'clone' ? args : [`--git-dir=${gitDir}`, ...args]);
  return {
    async run(command, operation, args) {
      opts.log.debug(`git ${args.join(' ')}`);
      const result = await exec('git', dirArgs(args), { cwd, env });
      if (result.code === 0) return result.stdout;
      const { branch, inputs, url } = opts;
      throw gitFailure(operation, result.stderr || result.stdout, { command, url, branch, inputs });
    },
    async tryRun(args) {
      const result = await exec('git', dirArgs(args), { cwd, env });
      return result.code === 0 ? result.stdout : undefined;
    },
  };
}

const SEP = '\u001f';

async function listCommits(git: Runner, opts: GitHistoryOptions): Promise<HistoryCommit[]> {
  const out = await git.run('log', `read the history of ${opts.files.join(', ')}`, [
    'log',
    `--max-count=${opts.limit}`,
    // -z: records end with NUL, since the whole message (for its trailers) spans lines.
    '-z',
    `--format=%H${SEP}%cI${SEP}%s${SEP}%B`,
    `refs/heads/${opts.branch}`,
    '--',
    ...opts.files,
  ]);
  return out
    .split('\0')
    .filter((record) => record.trim())
    .map((record) => {
      const [sha = '', date = '', subject = '', message = ''] = record.replace(/^\n/, '').split(SEP);
      return { sha, date, subject, reference: parseReferenceCommit(message) };
    });
}

/**
 * The blob's id comes from the trees (present); `cat-file` then fetches the blob itself from the
 * remote once (a partial clone's lazy fetch). A path that is not a file there reads as absent.
 */
async function readAt(git: Runner, sha: string, file: string): Promise<string | undefined> {
  const entry = await git.tryRun(['ls-tree', '-z', sha, '--', file]);
  const match = /^100(?:644|755) blob ([0-9a-f]{40,64})\t/.exec(entry ?? '');
  if (!match?.[1]) return undefined;
  return git.run('cat-file', `read ${file} at ${sha.slice(0, 7)}`, ['cat-file', 'blob', match[1]]);
}
