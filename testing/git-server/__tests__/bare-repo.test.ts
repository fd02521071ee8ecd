import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
} from '../src/index.js';
import { mustGit } from './git-helpers.js';

describe('bare repository helpers', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sandbox-bare-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  });

  it('creates <root>/<owner>/<repo>.git with one commit on main by a fixed author', async () => {
    const repo = await createBareRepo(root, 'acme/gitops', {
      'a.txt': 'A\n',
      'deep/nested/b.yaml': 'b: 1\n',
    });
    expect(repo.gitDir).toBe(join(root, 'acme', 'gitops.git'));
    expect(repo.branch).toBe('main');
    expect(await mustGit(['--git-dir', repo.gitDir, 'symbolic-ref', 'HEAD'], root)).toBe('refs/heads/main\n');
    expect(await mustGit(['--git-dir', repo.gitDir, 'config', 'core.bare'], root)).toBe('true\n');
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(repo.head);
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'deep/nested/b.yaml')).toBe('b: 1\n');
    expect(await listCommits(root, 'acme/gitops', 'main')).toEqual([
      {
        sha: repo.head,
        subject: 'Initial commit',
        author: 'Sandbox Bot',
        authorEmail: 'sandbox@gitops-actions.invalid',
      },
    ]);
  });

  it('is deterministic: the same files give the same commit', async () => {
    const first = await createBareRepo(root, 'acme/one', { 'x.txt': 'x' }, { message: 'Seed' });
    const second = await createBareRepo(root, 'acme/two', { 'x.txt': 'x' }, { message: 'Seed' });
    expect(first.head).toBe(second.head);
  });

  it('honours a custom branch and message', async () => {
    const repo = await createBareRepo(
      root,
      'acme/svc',
      { 'x.txt': 'x' },
      { branch: 'trunk', message: 'Seed' },
    );
    expect(await branchHead(root, 'acme/svc', 'main')).toBeUndefined();
    expect(await branchHead(root, 'acme/svc', 'trunk')).toBe(repo.head);
    expect((await listCommits(root, 'acme/svc', 'trunk'))[0]?.subject).toBe('Seed');
  });

  it('commits changes and deletions on top of a branch, or starts a new one', async () => {
    const repo = await createBareRepo(root, 'acme/gitops', { 'keep.txt': 'k', 'drop.txt': 'd' });
    const next = await commitFiles(
      root,
      'acme/gitops',
      { 'drop.txt': null, 'new/file.txt': 'n' },
      { message: 'Change', author: { name: 'Dev', email: 'dev@example.invalid' } },
    );
    const commits = await listCommits(root, 'acme/gitops', 'main');
    expect(commits.map((c) => c.sha)).toEqual([next, repo.head]);
    expect(commits[0]).toMatchObject({ subject: 'Change', author: 'Dev' });
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'keep.txt')).toBe('k');
    await expect(readFileAtBranch(root, 'acme/gitops', 'main', 'drop.txt')).rejects.toThrow(/drop\.txt/);

    const side = await commitFiles(root, 'acme/gitops', { 'side.txt': 's' }, { branch: 'side' });
    expect(await branchHead(root, 'acme/gitops', 'side')).toBe(side);
    expect(await listCommits(root, 'acme/gitops', 'side')).toHaveLength(1);
  });

  it('rejects names that are not owner/repo', () => {
    expect(() => bareRepoPath(root, '../escape')).toThrow(/owner\/repo/);
    expect(() => bareRepoPath(root, 'acme/..')).toThrow(/owner\/repo/);
    expect(() => bareRepoPath(root, 'just-a-name')).toThrow(/owner\/repo/);
    expect(bareRepoPath(root, 'acme/gitops.git')).toBe(join(root, 'acme', 'gitops.git'));
  });

  it('treats a missing repository as an error, not as a missing branch', async () => {
    await expect(branchHead(root, 'acme/absent', 'main')).rejects.toThrow(/rev-parse/);
  });

  it('allows blob-less clones over file://', async () => {
    const repo = await createBareRepo(root, 'acme/gitops', { 'dir/a.txt': 'A\n', 'b.txt': 'B\n' });
    const clone = join(root, 'clone');
    await mustGit(['clone', '--filter=blob:none', '--sparse', `file://${repo.gitDir}`, clone], root);
    await mustGit(['sparse-checkout', 'set', 'dir'], clone);
    expect(await readFile(join(clone, 'dir/a.txt'), 'utf8')).toBe('A\n');
    expect(await mustGit(['config', 'remote.origin.promisor'], clone)).toBe('true\n');
  });
});
