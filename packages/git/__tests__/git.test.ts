import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, type Exec } from '@gitops-actions/kit';
import { authEnv, classify, Git, GitError } from '@gitops-actions/git';
import {
  commitFiles,
  createBareRepo,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'tok_abcdefghijklmnop';
let root: string;
let server: GitServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'git-pkg-'));
  server = await startGitServer({ root, token: TOKEN });
  await createBareRepo(root, 'acme/gitops', {
    'apps/a/values.yaml': 'tag: 1\n',
    'apps/b/values.yaml': 'tag: 1\n',
    'README.md': 'hi\n',
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

/** Records every git invocation so tests can assert what reached argv. */
function recording(): {
  exec: Exec;
  calls: { args: readonly string[]; env: Record<string, string | undefined> }[];
} {
  const calls: { args: readonly string[]; env: Record<string, string | undefined> }[] = [];
  return {
    calls,
    exec: (command, args, opts) => {
      calls.push({ args, env: opts?.env ?? {} });
      return exec(command, args, opts);
    },
  };
}

async function clone(folders: string[], token = TOKEN, exec?: Exec): Promise<Git> {
  const dir = await mkdtemp(path.join(root, 'clone-'));
  return Git.clone({ url: server.repoUrl('acme/gitops'), dir, branch: 'main', folders, token, exec });
}

describe('Git', () => {
  it('clones sparsely over HTTP with the token only in the environment', async () => {
    const rec = recording();
    const git = await clone(['apps/a'], TOKEN, rec.exec);
    expect(await readFile(path.join(git.dir, 'apps/a/values.yaml'), 'utf8')).toBe('tag: 1\n');
    await expect(readFile(path.join(git.dir, 'apps/b/values.yaml'), 'utf8')).rejects.toThrow(/ENOENT/);
    const config = await readFile(path.join(git.dir, '.git/config'), 'utf8');
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    expect(config).not.toContain(basic);
    expect(config).not.toContain(TOKEN);
    for (const call of rec.calls) expect(call.args.join(' ')).not.toMatch(new RegExp(`${TOKEN}|${basic}`));
    expect(await git.listFolder('apps')).toEqual(['a', 'b']);
  });

  it('commits, pushes, and reports a lost race as a result rather than an error', async () => {
    const git = await clone(['apps/a']);
    await writeFile(path.join(git.dir, 'apps/a/values.yaml'), 'tag: 2\n');
    await commitFiles(root, 'acme/gitops', { 'apps/b/values.yaml': 'tag: 9\n' });
    await git.commit(['apps/a/values.yaml'], 'bump a', { name: 'Bot', email: 'bot@example.com' });
    const lost = await git.push('main');
    expect(lost).toEqual({
      pushed: false,
      reason: expect.stringMatching(/rejected.*(fetch first|non-fast-forward)/) as unknown,
    });
    await git.syncTo('main');
    expect(await readFile(path.join(git.dir, 'apps/a/values.yaml'), 'utf8')).toBe('tag: 1\n');
    await writeFile(path.join(git.dir, 'apps/a/values.yaml'), 'tag: 2\n');
    const sha = await git.commit(['apps/a/values.yaml'], 'bump a', { name: 'Bot', email: 'bot@example.com' });
    expect(await git.push('main')).toEqual({ pushed: true });
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'apps/b/values.yaml')).toBe('tag: 9\n');
    expect(await git.head()).toBe(sha);
  });

  it('fails a wrong token as an auth error with a hint, not retryable, without the token', async () => {
    const error = await clone(['apps/a'], 'bad-token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ failure: 'auth', retryable: false });
    expect((error as GitError).hint).toContain('The token was refused');
    expect(JSON.stringify(error) + (error as Error).message).not.toContain('bad-token');
  });

  it('reports a missing branch as such', async () => {
    const dir = await mkdtemp(path.join(root, 'clone-'));
    const error = await Git.clone({
      url: server.repoUrl('acme/gitops'),
      dir,
      branch: 'nope',
      folders: [],
      token: TOKEN,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'branch-not-found' });
  });
});

describe('authEnv', () => {
  it('scopes the header to the server origin and appends to existing GIT_CONFIG entries', () => {
    const env = authEnv('https://git.example.com/acme/gitops.git', 't', {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'x.y',
      GIT_CONFIG_VALUE_0: 'z',
    });
    const keys = Object.keys(env).filter((k) => k.startsWith('GIT_CONFIG_KEY_'));
    expect(env['GIT_CONFIG_KEY_0']).toBe('x.y');
    expect(keys.map((k) => env[k])).toContain('http.https://git.example.com/.extraheader');
    expect(env['GIT_CONFIG_COUNT']).toBe(String(keys.length));
    expect(env['GIT_TERMINAL_PROMPT']).toBe('0');
  });

  it('sends no header for file:// URLs', () => {
    const env = authEnv('file:///srv/gitops.git', 't', {});
    expect(Object.values(env).some((v) => v?.includes('extraheader'))).toBe(false);
  });
});

describe('classify', () => {
  it.each([
    ["fatal: could not read Username for 'http://127.0.0.1:1': terminal prompts disabled", 'auth'],
    [
      'warning: Could not find remote branch nope to clone.\nfatal: Remote branch nope not found in upstream origin',
      'branch-not-found',
    ],
    [
      " ! [remote rejected] HEAD -> main (cannot lock ref 'refs/heads/main': is at 1 but expected 2)",
      'rejected',
    ],
    ['fatal: unable to access: Could not resolve host: example.invalid', 'network'],
    ['fatal: something odd', 'other'],
  ])('%s → %s', (stderr, failure) => {
    expect(classify(stderr)).toBe(failure);
  });
});
