// GitHub's Git Data API implemented with real git plumbing on a bare repository, so every object
// made through the API is a real object that a later clone sees.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GitCommandError, cleanGitEnv, git } from '@gitops-actions/standin-git-server';

const execFileAsync = promisify(execFile);
const ZERO_OID = '0'.repeat(40);
const OID = /^[0-9a-f]{40}$/;

export interface Identity {
  name: string;
  email: string;
  date: string;
}

export interface CommitData {
  sha: string;
  tree: string;
  parents: string[];
  author: Identity;
  committer: Identity;
  message: string;
}

export interface TreeEntryInput {
  path: string;
  mode: string;
  type: string;
  sha?: string | null;
  content?: string;
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

/** A failure the REST layer turns into a 4xx answer with GitHub's message. */
export class GitDataError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GitDataError';
  }
}

const run = (
  gitDir: string,
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string> } = {},
) => git(['--git-dir', gitDir, ...args], opts);

export async function objectType(gitDir: string, sha: string): Promise<string | undefined> {
  if (!OID.test(sha)) return undefined;
  try {
    return (await run(gitDir, ['cat-file', '-t', sha])).stdout.trim();
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

export async function resolveRef(gitDir: string, ref: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(gitDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return stdout.trim();
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

/** A branch name, tag name or SHA as the `ref` query of the contents API accepts it. */
export async function resolveCommitish(gitDir: string, ref: string): Promise<string | undefined> {
  if (OID.test(ref)) return (await objectType(gitDir, ref)) === 'commit' ? ref : undefined;
  const name = ref.replace(/^refs\//, '');
  for (const candidate of [`refs/${name}`, `refs/heads/${name}`, `refs/tags/${name}`]) {
    const sha = await resolveRef(gitDir, candidate);
    if (sha) return sha;
  }
  return undefined;
}

export async function listRefs(gitDir: string, prefix: string): Promise<Array<{ ref: string; sha: string }>> {
  const { stdout } = await run(gitDir, ['for-each-ref', '--format=%(refname) %(objectname)', prefix]);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref = '', sha = ''] = line.split(' ');
      return { ref, sha };
    });
}

export async function writeBlob(gitDir: string, content: Buffer): Promise<string> {
  return (await run(gitDir, ['hash-object', '-w', '--stdin'], { input: content })).stdout.trim();
}

export async function readBlob(gitDir: string, sha: string): Promise<Buffer> {
  // git() decodes output as UTF-8; blobs are bytes, so they are read raw here.
  const { stdout } = await execFileAsync('git', ['--git-dir', gitDir, 'cat-file', 'blob', sha], {
    encoding: 'buffer',
    maxBuffer: 100 * 1024 * 1024,
    env: cleanGitEnv(),
  });
  return stdout;
}

/** `{ sha, mode, type, size }` of the entry at `path` in a commit, or undefined when absent. */
export async function entryAt(
  gitDir: string,
  commit: string,
  path: string,
): Promise<{ sha: string; mode: string; type: string; size: number } | undefined> {
  const { stdout } = await run(gitDir, ['ls-tree', '--long', '--full-tree', commit, '--', path]);
  const line = stdout.split('\n').find((l) => l.endsWith(`\t${path}`));
  if (!line) return undefined;
  const [meta = ''] = line.split('\t');
  const [mode = '', type = '', sha = '', size = '0'] = meta.split(/\s+/);
  return { sha, mode, type, size: Number(size) || 0 };
}

export async function listTree(gitDir: string, tree: string, recursive = false): Promise<TreeEntry[]> {
  const args = ['ls-tree', '--long', ...(recursive ? ['-r', '-t'] : []), tree];
  const { stdout } = await run(gitDir, args);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t');
      const [mode = '', type = '', sha = '', size = '-'] = meta.split(/\s+/);
      return { path, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}) };
    });
}

/**
 * POST /git/trees: starts from `base_tree` (or nothing), applies each entry (a `content` becomes a
 * blob, a `null` sha deletes) through a scratch index, and writes the tree.
 */
export async function createTree(
  gitDir: string,
  entries: TreeEntryInput[],
  baseTree?: string,
): Promise<string> {
  if (baseTree && (await objectType(gitDir, baseTree)) !== 'tree') {
    throw new GitDataError(422, 'Invalid tree info: base_tree is not a tree');
  }
  const scratch = await mkdtemp(join(tmpdir(), 'sandbox-tree-'));
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  try {
    if (baseTree) await run(gitDir, ['read-tree', baseTree], { env });
    const lines: string[] = [];
    for (const entry of entries) lines.push(await indexLine(gitDir, entry));
    if (lines.length > 0)
      await run(gitDir, ['update-index', '--add', '--index-info'], { env, input: lines.join('') });
    return (await run(gitDir, ['write-tree'], { env })).stdout.trim();
  } finally {
    await rm(scratch, { recursive: true, force: true, maxRetries: 5 });
  }
}

async function indexLine(gitDir: string, entry: TreeEntryInput): Promise<string> {
  if (
    entry.path.startsWith('/') ||
    entry.path.split('/').some((p) => p === '' || p === '..' || p === '.git')
  ) {
    throw new GitDataError(422, `Invalid tree info: path '${entry.path}' is not allowed`);
  }
  if (entry.content !== undefined && entry.sha !== undefined) {
    throw new GitDataError(422, 'Invalid tree info: use either tree.sha or content, not both');
  }
  if (entry.type !== 'blob')
    throw new GitDataError(422, `Invalid tree info: only blob entries are supported here`);
  if (entry.sha === null) return `0 ${ZERO_OID}\t${entry.path}\n`;
  const sha =
    entry.content !== undefined ? await writeBlob(gitDir, Buffer.from(entry.content, 'utf8')) : entry.sha;
  if (!sha || (await objectType(gitDir, sha)) !== 'blob') {
    throw new GitDataError(422, `Invalid tree info: ${String(sha)} is not a blob`);
  }
  return `${entry.mode} ${sha}\t${entry.path}\n`;
}

export async function createCommit(
  gitDir: string,
  input: { message: string; tree: string; parents: string[]; author: Identity; committer: Identity },
): Promise<string> {
  if ((await objectType(gitDir, input.tree)) !== 'tree')
    throw new GitDataError(422, 'Tree SHA does not exist');
  for (const parent of input.parents) {
    if ((await objectType(gitDir, parent)) !== 'commit')
      throw new GitDataError(422, 'Parent SHA does not exist or is not a commit object');
  }
  const env = {
    GIT_AUTHOR_NAME: input.author.name,
    GIT_AUTHOR_EMAIL: input.author.email,
    GIT_AUTHOR_DATE: input.author.date,
    GIT_COMMITTER_NAME: input.committer.name,
    GIT_COMMITTER_EMAIL: input.committer.email,
    GIT_COMMITTER_DATE: input.committer.date,
  };
  const parents = input.parents.flatMap((p) => ['-p', p]);
  // The message goes through stdin so it is stored byte for byte (no -m paragraph reflow).
  const { stdout } = await run(gitDir, ['commit-tree', input.tree, ...parents], {
    env,
    input: input.message,
  });
  return stdout.trim();
}

export async function readCommit(gitDir: string, sha: string): Promise<CommitData | undefined> {
  if ((await objectType(gitDir, sha)) !== 'commit') return undefined;
  const { stdout } = await run(gitDir, ['cat-file', 'commit', sha]);
  const split = stdout.indexOf('\n\n');
  const header = split < 0 ? stdout : stdout.slice(0, split);
  const message = split < 0 ? '' : stdout.slice(split + 2);
  const data: CommitData = { sha, tree: '', parents: [], author: blank(), committer: blank(), message };
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') data.tree = value;
    else if (key === 'parent') data.parents.push(value);
    else if (key === 'author') data.author = parseIdentity(value);
    else if (key === 'committer') data.committer = parseIdentity(value);
  }
  return data;
}

function blank(): Identity {
  return { name: '', email: '', date: new Date(0).toISOString() };
}

function parseIdentity(value: string): Identity {
  const match = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!match) return blank();
  return {
    name: match[1] ?? '',
    email: match[2] ?? '',
    date: new Date(Number(match[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

export async function isAncestor(gitDir: string, ancestor: string, descendant: string): Promise<boolean> {
  try {
    await run(gitDir, ['merge-base', '--is-ancestor', ancestor, descendant]);
    return true;
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return false;
    throw error;
  }
}

export async function mergeBase(gitDir: string, a: string, b: string): Promise<string | undefined> {
  try {
    return (await run(gitDir, ['merge-base', a, b])).stdout.trim() || undefined;
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return undefined;
    throw error;
  }
}

/** Commits reachable from `head` but not `base`, oldest first (as GitHub's compare lists them). */
export async function commitsBetween(gitDir: string, base: string, head: string): Promise<string[]> {
  const { stdout } = await run(gitDir, ['rev-list', '--reverse', `${base}..${head}`]);
  return stdout.split('\n').filter(Boolean);
}

/** Compare-and-swap: fails (GitDataError 422) when the ref no longer points at `expected`. */
export async function updateRef(
  gitDir: string,
  ref: string,
  sha: string,
  expected: string | undefined,
): Promise<void> {
  try {
    await run(gitDir, ['update-ref', ref, sha, expected ?? ZERO_OID]);
  } catch (error) {
    if (error instanceof GitCommandError) {
      throw new GitDataError(422, expected ? 'Reference cannot be updated' : 'Reference already exists');
    }
    throw error;
  }
}

export async function deleteRef(gitDir: string, ref: string): Promise<void> {
  await run(gitDir, ['update-ref', '-d', ref]);
}

export async function changedFiles(
  gitDir: string,
  base: string,
  head: string,
): Promise<Array<{ status: string; path: string }>> {
  const { stdout } = await run(gitDir, ['diff', '--name-status', '--no-renames', base, head]);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status = '', path = ''] = line.split('\t');
      return { status, path };
    });
}
