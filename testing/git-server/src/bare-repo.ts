import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitCommandError, SANDBOX_IDENTITY, git } from './exec-git.js';

export interface BareRepo {
  /** Absolute path of `<root>/<owner>/<repo>.git`. */
  gitDir: string;
  branch: string;
  /** SHA of the commit the branch points at after creation. */
  head: string;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  author: string;
  authorEmail: string;
}

export interface CreateBareRepoOptions {
  branch?: string;
  message?: string;
}

export interface CommitFilesOptions {
  branch?: string;
  message?: string;
  /** Overrides the fixed sandbox identity, e.g. to simulate a human pushing to the GitOps repo. */
  author?: { name: string; email: string };
  /** Author and committer date (ISO 8601) instead of the fixed sandbox date, to order commits in time. */
  date?: string;
}

/** `null` deletes the path; any string replaces or adds it. */
export type FileChanges = Record<string, string | null>;

const ZERO_OID = '0'.repeat(40);
const FULL_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Rejects names that would escape the root (`..`) or would not look like `owner/repo` on GitHub. */
export function bareRepoPath(root: string, fullName: string): string {
  if (!FULL_NAME.test(fullName) || fullName.split('/').some((part) => part.startsWith('.'))) {
    throw new Error(`Invalid repository name "${fullName}": expected "owner/repo"`);
  }
  return join(root, `${fullName.replace(/\.git$/, '')}.git`);
}

export async function createBareRepo(
  root: string,
  fullName: string,
  files: Record<string, string>,
  opts: CreateBareRepoOptions = {},
): Promise<BareRepo> {
  const gitDir = bareRepoPath(root, fullName);
  const branch = opts.branch ?? 'main';
  await mkdir(dirname(gitDir), { recursive: true });
  await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, gitDir]);
  await configureForPartialClone(gitDir);
  const head = await commitFiles(root, fullName, files, {
    branch,
    message: opts.message ?? 'Initial commit',
  });
  return { gitDir, branch, head };
}

/** Lets blob-less and sparse clones work over file:// too, where the HTTP server's env config is absent. */
async function configureForPartialClone(gitDir: string): Promise<void> {
  await git(['--git-dir', gitDir, 'config', 'uploadpack.allowFilter', 'true']);
  await git(['--git-dir', gitDir, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
}

/**
 * Adds one commit on top of `branch` (creating the branch when missing) without a work tree, so
 * tests can move the remote under a client's feet. The ref update is a compare-and-swap on the
 * parent, so a concurrent push makes this throw instead of silently dropping that push.
 */
export async function commitFiles(
  root: string,
  fullName: string,
  changes: FileChanges,
  opts: CommitFilesOptions = {},
): Promise<string> {
  const gitDir = bareRepoPath(root, fullName);
  const branch = opts.branch ?? 'main';
  const parent = await branchHead(root, fullName, branch);
  const scratch = await mkdtemp(join(tmpdir(), 'sandbox-index-'));
  const dates: Record<string, string> = opts.date
    ? { GIT_AUTHOR_DATE: opts.date, GIT_COMMITTER_DATE: opts.date }
    : {};
  const env = {
    ...SANDBOX_IDENTITY,
    ...authorEnv(opts.author),
    ...dates,
    GIT_INDEX_FILE: join(scratch, 'index'),
  };
  try {
    if (parent) await git(['--git-dir', gitDir, 'read-tree', parent], { env });
    const indexInfo = await indexLines(gitDir, changes);
    await git(['--git-dir', gitDir, 'update-index', '--index-info'], { env, input: indexInfo });
    const tree = (await git(['--git-dir', gitDir, 'write-tree'], { env })).stdout.trim();
    const parentArgs = parent ? ['-p', parent] : [];
    const message = opts.message ?? 'Update files';
    const commit = (
      await git(['--git-dir', gitDir, 'commit-tree', tree, ...parentArgs, '-m', message], { env })
    ).stdout.trim();
    await git(['--git-dir', gitDir, 'update-ref', `refs/heads/${branch}`, commit, parent ?? ZERO_OID]);
    return commit;
  } finally {
    await rm(scratch, { recursive: true, force: true, maxRetries: 5 });
  }
}

function authorEnv(author: CommitFilesOptions['author']): Record<string, string> {
  return author ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email } : {};
}

async function indexLines(gitDir: string, changes: FileChanges): Promise<string> {
  const lines = await Promise.all(
    Object.entries(changes).map(async ([path, content]) => {
      if (content === null) return `0 ${ZERO_OID}\t${path}\n`;
      const blob = await git(['--git-dir', gitDir, 'hash-object', '-w', '--stdin'], { input: content });
      return `100644 ${blob.stdout.trim()}\t${path}\n`;
    }),
  );
  return lines.join('');
}

export async function readFileAtBranch(
  root: string,
  fullName: string,
  branch: string,
  path: string,
): Promise<string> {
  const gitDir = bareRepoPath(root, fullName);
  const { stdout } = await git(['--git-dir', gitDir, 'cat-file', 'blob', `refs/heads/${branch}:${path}`]);
  return stdout;
}

/** Newest first, like `git log`. */
export async function listCommits(root: string, fullName: string, branch: string): Promise<CommitInfo[]> {
  const gitDir = bareRepoPath(root, fullName);
  const format = '--format=%H%x1f%s%x1f%an%x1f%ae%x1e';
  const { stdout } = await git(['--git-dir', gitDir, 'log', format, `refs/heads/${branch}`, '--']);
  return stdout
    .split('\x1e')
    .map((record) => record.trim())
    .filter((record) => record.length > 0)
    .map(parseCommitRecord);
}

function parseCommitRecord(record: string): CommitInfo {
  const [sha = '', subject = '', author = '', authorEmail = ''] = record.split('\x1f');
  return { sha, subject, author, authorEmail };
}

/** `undefined` when the branch does not exist, so tests can assert that nothing was created. */
export async function branchHead(
  root: string,
  fullName: string,
  branch: string,
): Promise<string | undefined> {
  const gitDir = bareRepoPath(root, fullName);
  try {
    const ref = `refs/heads/${branch}^{commit}`;
    const { stdout } = await git(['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', ref]);
    return stdout.trim();
  } catch (error) {
    // --verify --quiet exits 1 only for a missing ref; anything else (no such repo) is a real failure.
    if (error instanceof GitCommandError && error.exitCode === 1) return undefined;
    throw error;
  }
}
