import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, type Exec } from '@gitops-actions/kit';
import { BareClone, Git, HttpBranch, type RefUpdate, type RemoteBranch } from '@gitops-actions/git';
import {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  git,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'tok_plumbingabcdefghij';
const BOT = { name: 'Bot', email: 'bot@example.com' };
let root: string;
let server: GitServer;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'git-plumbing-'));
  server = await startGitServer({ root, token: TOKEN });
  await createBareRepo(root, 'acme/gitops', {
    'apps/a/values.yaml': 'tag: 1\n',
    'apps/b/values.yaml': 'tag: 5\n',
    'apps/b/run.sh': '#!/bin/sh\n',
    'README.md': 'hi\n',
  });
});

afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function recording(): { exec: Exec; argv: string[] } {
  const argv: string[] = [];
  return {
    argv,
    exec: (command, args, opts) => {
      argv.push([command, ...args].join(' '));
      return exec(command, args, opts);
    },
  };
}

type Kind = 'git' | 'http';

/** The branch through git (BareClone) or from Node over smart HTTP (HttpBranch), never falling back. */
async function open(kind: Kind, exec?: Exec): Promise<RemoteBranch> {
  const dir = await mkdtemp(path.join(root, 'bare-'));
  const opts = { url: server.repoUrl('acme/gitops'), dir, branch: 'main', token: TOKEN, exec };
  return kind === 'git' ? BareClone.clone(opts) : HttpBranch.open(opts);
}

/** A commit as git shows it in the server's repository (pushed to a scratch ref first). */
async function showOnServer(repo: RemoteBranch, sha: string): Promise<string[]> {
  const scratch = `refs/gitops-actions/scratch/${sha}`;
  expect(await repo.push([{ src: sha, dst: scratch, lease: '' }])).toEqual({ pushed: true });
  const shown = await remote(['show', '-s', '--format=%T%n%P%n%an <%ae>%n%cn <%ce>%n%B', sha]);
  await remote(['update-ref', '-d', scratch]);
  return shown.stdout.split('\n');
}

const remote = (args: string[]) => git(['--git-dir', bareRepoPath(root, 'acme/gitops'), ...args]);

describe.each<Kind>(['git', 'http'])('(16.6) a remote branch without a work tree, through %s', (kind) => {
  const bare = (exec?: Exec) => open(kind, exec);

  it('(16.6) refuses a blob that is not UTF-8 rather than edit a changed copy of it', async () => {
    const gitDir = bareRepoPath(root, 'acme/gitops');
    const latin1 = Buffer.from('tag: caf\xe9\n', 'latin1');
    const { execFileSync } = await import('node:child_process');
    const blob = execFileSync('git', ['--git-dir', gitDir, 'hash-object', '-w', '--stdin'], { input: latin1 })
      .toString()
      .trim();
    const utf8 = (await remote(['rev-parse', 'main:apps/a/values.yaml'])).stdout.trim();
    const tree = execFileSync('git', ['--git-dir', gitDir, 'mktree'], {
      input: `100644 blob ${blob}\tlatin1.yaml\n100644 blob ${utf8}\tz.yaml\n`,
    })
      .toString()
      .trim();
    const commit = (await remote(['commit-tree', tree, '-p', 'main', '-m', 'latin1'])).stdout.trim();
    await remote(['update-ref', 'refs/heads/main', commit]);
    const repo = await bare();
    // A UTF-8 blob read after it must not be shifted by it either: the whole read is refused.
    await expect(repo.readBlobs([blob, utf8])).rejects.toThrow(/is not UTF-8 text/);
    expect(await repo.readBlobs([utf8])).toEqual(new Map([[utf8, 'tag: 1\n']]));
  });

  it('(16.6) reads only the blobs asked for, with the token only in the environment', async () => {
    const rec = recording();
    const repo = await bare(rec.exec);
    const tip = await repo.tip();
    expect(tip).toBe(await branchHead(root, 'acme/gitops', 'main'));
    const entries = await repo.entries(tip, ['apps/a/values.yaml', 'apps/c/values.yaml']);
    expect([...entries.keys()]).toEqual(['apps/a/values.yaml']);
    const oid = entries.get('apps/a/values.yaml')?.oid ?? '';
    expect(await repo.readBlobs([oid])).toEqual(new Map([[oid, 'tag: 1\n']]));
    expect(await repo.listFolder(tip, 'apps')).toEqual(['a', 'b']);
    expect(await repo.listFolder(tip, '')).toEqual(['README.md', 'apps']);
    expect(await repo.listFolder(tip, 'apps/a/values.yaml')).toEqual([]);
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    expect(rec.argv.filter((a) => a.includes(TOKEN) || a.includes(basic))).toEqual([]);
    // Over HTTP no git process runs at all.
    if (kind === 'http') expect(rec.argv).toEqual([]);
    if (!(repo instanceof BareClone)) return;
    // The other blobs never came: nothing is checked out and the clone was blob-less.
    const other = (await repo.entries(tip, ['apps/b/values.yaml'])).get('apps/b/values.yaml')?.oid ?? '';
    const present = await exec('git', ['cat-file', '--batch-all-objects', '--batch-check=%(objectname)'], {
      cwd: repo.dir,
    });
    expect(present.stdout).toContain(oid);
    expect(present.stdout).not.toContain(other);
  });

  it('(16.6) builds the same commit as the work-tree path: same tree but the edit, parent, author, message', async () => {
    const worktree = await Git.clone({
      url: server.repoUrl('acme/gitops'),
      dir: await mkdtemp(path.join(root, 'wt-')),
      branch: 'main',
      folders: ['apps/b'],
      token: TOKEN,
    });
    await writeFile(path.join(worktree.dir, 'apps/b/run.sh'), '#!/bin/sh\necho 2\n');
    const old = await worktree.commit(['apps/b/run.sh'], 'bump b\n\nbody', BOT);

    const repo = await bare();
    const tip = await repo.tip();
    const mode = (await repo.entries(tip, ['apps/b/run.sh'])).get('apps/b/run.sh')?.mode ?? '';
    const sha = await repo.commit(
      tip,
      [{ path: 'apps/b/run.sh', mode, text: '#!/bin/sh\necho 2\n' }],
      'bump b\n\nbody',
      BOT,
    );
    const show = (dir: string, spec: string) =>
      exec('git', ['show', '-s', '--format=%T%n%P%n%an <%ae>%n%cn <%ce>%n%B', spec], { cwd: dir }).then(
        (r) => r.stdout,
      );
    const [tree, parent, ...rest] = await showOnServer(repo, sha);
    expect((await show(worktree.dir, old)).split('\n')).toEqual([tree, parent, ...rest]);
    expect(parent).toBe(tip);
    expect(rest.slice(0, 4)).toEqual(['Bot <bot@example.com>', 'Bot <bot@example.com>', 'bump b', '']);
  });

  it('(16.6) pushes <sha>:refs/heads/<branch>, a lost race a result; fetches only the new tip after it', async () => {
    const repo = await bare();
    const tip = await repo.tip();
    const mode = '100644';
    const sha = await repo.commit(
      tip,
      [{ path: 'apps/a/values.yaml', mode, text: 'tag: 2\n' }],
      'bump a',
      BOT,
    );
    await commitFiles(root, 'acme/gitops', { 'apps/b/values.yaml': 'tag: 9\n' });
    server.stats.reset();
    const lost = await repo.push([{ src: sha, dst: 'refs/heads/main', lease: tip }]);
    expect(lost).toEqual({ pushed: false, reason: expect.stringMatching(/rejected/) as unknown });
    // One request either way: git reads the refs and uploads no pack in vain; from Node the push
    // goes unread, the server checks the lease, and nothing moved.
    expect(server.stats.requests).toBe(1);
    expect(server.stats.pushes).toBe(kind === 'git' ? 0 : 1);
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'apps/a/values.yaml')).toBe('tag: 1\n');
    const next = await repo.fetchTip();
    // Only the tree that changed came with the new tip: apps/a is still the one read before.
    expect((await repo.entries(next, ['apps/a/values.yaml', 'apps/b/values.yaml'])).size).toBe(2);
    expect(next).toBe(await branchHead(root, 'acme/gitops', 'main'));
    const again = await repo.commit(
      next,
      [{ path: 'apps/a/values.yaml', mode, text: 'tag: 2\n' }],
      'bump a',
      BOT,
    );
    expect(await repo.push([{ src: again, dst: 'refs/heads/main', lease: next }])).toEqual({ pushed: true });
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'apps/a/values.yaml')).toBe('tag: 2\n');
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'apps/b/values.yaml')).toBe('tag: 9\n');
  });

  it('(16.6) creates a ref only if absent, and updates a branch with a ref deletion atomically', async () => {
    const repo = await bare();
    const tip = await repo.tip();
    const ticket = 'refs/gitops-actions/queue/main/t1';
    expect(await repo.push([{ src: tip, dst: ticket, lease: '' }])).toEqual({ pushed: true });
    // A second create of the same name is refused: the lease says it must not exist.
    const other = await repo.commit(tip, [{ path: 'README.md', mode: '100644', text: 'x\n' }], 'x', BOT);
    expect(await repo.push([{ src: other, dst: ticket, lease: '' }])).toMatchObject({ pushed: false });
    expect((await repo.lookRefs('refs/gitops-actions/queue/main')).refs).toEqual(new Map([[ticket, tip]]));

    // The branch cannot move (someone else pushed): the ticket stays too.
    await commitFiles(root, 'acme/gitops', { 'apps/b/values.yaml': 'tag: 7\n' });
    const deletion = { src: '', dst: ticket, lease: tip };
    const update: RefUpdate[] = [{ src: other, dst: 'refs/heads/main', lease: tip }, deletion];
    // A lost lease in an atomic push is a lost race, whichever words the server chose for it.
    expect(await repo.push(update, { atomic: true })).toMatchObject({ pushed: false });
    expect((await remote(['for-each-ref', '--format=%(refname)', 'refs/gitops-actions'])).stdout.trim()).toBe(
      ticket,
    );
    const next = await repo.fetchTip();
    const onNext = await repo.commit(next, [{ path: 'README.md', mode: '100644', text: 'x\n' }], 'x', BOT);
    const landing = [{ src: onNext, dst: 'refs/heads/main', lease: next }, deletion];
    expect(await repo.push(landing, { atomic: true })).toEqual({ pushed: true });
    expect((await remote(['for-each-ref', 'refs/gitops-actions'])).stdout).toBe('');
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(onNext);
  });

  it('(16.6) keeps paths with spaces and non-ASCII names intact', async () => {
    await commitFiles(root, 'acme/gitops', { 'apps/with space/välues.yaml': 'tag: 1\n' });
    const repo = await bare();
    const tip = await repo.tip();
    const file = 'apps/with space/välues.yaml';
    expect((await repo.entries(tip, [file])).has(file)).toBe(true);
    const sha = await repo.commit(tip, [{ path: file, mode: '100644', text: 'tag: 2\n' }], 'bump', BOT);
    expect(await repo.push([{ src: sha, dst: 'refs/heads/main', lease: tip }])).toEqual({ pushed: true });
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', file)).toBe('tag: 2\n');
  });
});

describe('(16.6) HttpBranch on a server without atomic pushes', () => {
  it('lands the branch and deletes the ticket one by one; the branch decides the result', async () => {
    await remote(['config', 'receive.advertiseAtomic', 'false']);
    const repo = await open('http');
    const tip = await repo.tip();
    const ticket = 'refs/gitops-actions/queue/main/t1';
    expect(await repo.push([{ src: tip, dst: ticket, lease: '' }])).toEqual({ pushed: true });
    const sha = await repo.commit(tip, [{ path: 'README.md', mode: '100644', text: 'x\n' }], 'x', BOT);
    const updates: RefUpdate[] = [
      { src: sha, dst: 'refs/heads/main', lease: tip },
      // Someone else removed the ticket already: its deletion fails, the branch still landed.
      { src: '', dst: ticket, lease: 'f'.repeat(40) },
    ];
    expect(await repo.push(updates, { atomic: true })).toEqual({ pushed: true });
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(sha);
  });
});

describe('(16.6) HttpBranch commits and answers', () => {
  it('commits several files in one folder and in others as git would, keeping a non-UTF-8 name', async () => {
    const gitDir = bareRepoPath(root, 'acme/gitops');
    const { execFileSync } = await import('node:child_process');
    // A name that is not UTF-8 beside the files edited: it must be written back byte for byte.
    const blob = (await remote(['rev-parse', 'main:README.md'])).stdout.trim();
    const apps = (await remote(['rev-parse', 'main:apps'])).stdout.trim();
    const odd = execFileSync('git', ['--git-dir', gitDir, 'mktree'], {
      input: Buffer.concat([
        Buffer.from(`100644 blob ${blob}\tREADME.md\n040000 tree ${apps}\tapps\n100644 blob ${blob}\t`),
        Buffer.from('caf\xe9.txt\n', 'latin1'),
      ]),
    })
      .toString()
      .trim();
    const commit = (await remote(['commit-tree', odd, '-p', 'main', '-m', 'odd name'])).stdout.trim();
    await remote(['update-ref', 'refs/heads/main', commit]);
    const writes = [
      { path: 'apps/a/values.yaml', mode: '100644', text: 'tag: 2\n' },
      { path: 'apps/b/values.yaml', mode: '100644', text: 'tag: 6\n' },
      { path: 'apps/b/run.sh', mode: '100644', text: '#!/bin/sh\necho 6\n' },
      { path: 'README.md', mode: '100644', text: 'hello\n' },
    ];
    const trees: string[] = [];
    for (const kind of ['git', 'http'] as const) {
      const repo = await open(kind);
      const tip = await repo.tip();
      const sha = await repo.commit(tip, writes, 'bump all', BOT);
      const [tree] = await showOnServer(repo, sha);
      trees.push(tree ?? '');
    }
    expect(trees[1]).toBe(trees[0]);
    const listing = (await remote(['ls-tree', '-r', trees[1] ?? ''])).stdout;
    expect(listing).toMatch(/^100644 blob [0-9a-f]{40}\tapps\/b\/run\.sh$/m);
    expect(listing).toContain('"caf\\351.txt"');
  });

  it('turns a connection dropped mid-push into a network failure worth retrying', async () => {
    const repo = await open('http');
    const tip = await repo.tip();
    const sha = await repo.commit(tip, [{ path: 'README.md', mode: '100644', text: 'x\n' }], 'x', BOT);
    server.faults.failNextPush(1, 'drop');
    const dropped = await repo
      .push([{ src: sha, dst: 'refs/heads/main', lease: tip }])
      .catch((e: unknown) => e);
    expect(dropped).toMatchObject({ name: 'GitError', failure: 'network', retryable: true });
    expect(await repo.push([{ src: sha, dst: 'refs/heads/main', lease: tip }])).toEqual({ pushed: true });
  });
});
