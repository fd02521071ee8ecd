import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exec, type Exec, type Logger } from '@gitops-actions/kit';
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
    expect((error as GitError).hint).toContain('check the token input');
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

  it('(13.5) reports a push refused by branch protection as such, naming the rule, not retryable', async () => {
    const git = await clone(['apps/a']);
    await writeFile(path.join(git.dir, 'apps/a/values.yaml'), 'tag: 3\n');
    await git.commit(['apps/a/values.yaml'], 'bump a', { name: 'Bot', email: 'bot@example.com' });
    // The rule is the server's text: a workflow command in it must reach the message quoted.
    server.protect('acme/gitops', 'main', { rule: '::error::Required status check "ci" is expected.' });
    try {
      const error = await git.push('main').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect(error).toMatchObject({ failure: 'protected', retryable: false });
      const { message, hint } = error as GitError;
      expect(message).toContain("refused the push to 'main': branch protection (GH006)");
      expect(message).toContain(`'::error::Required status check "ci" is expected.'`);
      expect(hint).toContain('open a pull request instead of pushing');
      expect(hint).toContain('bypass list');
    } finally {
      server.unprotect('acme/gitops', 'main');
    }
  });

  it('(13.5) names a ruleset refusal (GH013) and its rule', async () => {
    const git = await clone(['apps/a']);
    await writeFile(path.join(git.dir, 'apps/a/values.yaml'), 'tag: 4\n');
    await git.commit(['apps/a/values.yaml'], 'bump a', { name: 'Bot', email: 'bot@example.com' });
    server.protect('acme/gitops', 'main', { kind: 'ruleset' });
    try {
      const error = (await git.push('main').catch((e: unknown) => e)) as GitError;
      expect(error).toMatchObject({ failure: 'protected', retryable: false });
      expect(error.message).toContain(
        "a repository ruleset (GH013): 'Changes must be made through a pull request.'",
      );
    } finally {
      server.unprotect('acme/gitops', 'main');
    }
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

  it('(12.3) ends a transfer from a host that accepts and never answers, as a network failure', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/acme/gitops.git`;
    try {
      // One second instead of the default thirty, so the test waits for the failure, not the clock.
      const env = authEnv(url, 't', { ...process.env, GIT_HTTP_LOW_SPEED_TIME: '1' });
      expect(authEnv(url, 't', {})).toMatchObject({
        GIT_HTTP_LOW_SPEED_LIMIT: '1000',
        GIT_HTTP_LOW_SPEED_TIME: '30',
      });
      const result = await exec('git', ['ls-remote', '--', url], { env });
      expect(result.code).not.toBe(0);
      expect(classify(result.stderr)).toBe('network');
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("(12.1) keeps the action's inputs out of git's environment: a huge one cannot stop git starting", async () => {
    const env = authEnv('file:///srv/gitops.git', 't', {
      ...process.env,
      INPUT_TOKEN: 'ghs_secret',
      INPUT_IMAGE: '\u202e'.repeat(45_000),
    });
    expect(Object.keys(env).filter((name) => name.startsWith('INPUT_'))).toEqual([]);
    expect((await exec('git', ['--version'], { env })).code).toBe(0);
  });

  it('sends no header for file:// URLs', () => {
    const env = authEnv('file:///srv/gitops.git', 't', {});
    expect(Object.values(env).some((v) => v?.includes('extraheader'))).toBe(false);
  });
});

describe('classify', () => {
  it.each([
    [
      'error: RPC failed; curl 52 Empty reply from server\nfatal: the remote end hung up unexpectedly',
      'network',
    ],
    [
      'error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\nsend-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly',
      'auth',
    ],
    ['Permission denied; send-pack: unexpected disconnect', 'auth'],
    [
      "remote: Permission to acme/gitops.git denied to bot.\nfatal: unable to access 'https://h/acme/gitops.git/': The requested URL returned error: 403",
      'auth',
    ],
    [' ! [remote rejected] HEAD -> main (protected branch hook declined)', 'protected'],
    [
      'remote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: error: Changes must be made through a pull request.\nerror: failed to push some refs',
      'protected',
    ],
    [
      'remote: error: GH013: Repository rule violations found for refs/heads/main.\nremote: - Changes must be made through a pull request.\n ! [remote rejected] main -> main (push declined due to repository rule violations)',
      'protected',
    ],
    [' ! [remote rejected] main -> main (pre-receive hook declined)', 'auth'],
    ["fatal: unable to access 'https://h/': The requested URL returned error: 502", 'network'],
    ["fatal: unable to access 'https://h/': Recv failure: Connection reset by peer", 'network'],
    ["fatal: unable to access 'https://h/': Operation timed out after 300000 milliseconds", 'network'],
    [
      "fatal: unable to access 'https://h/': Failed to connect to h port 443: Connection refused",
      'unreachable',
    ],
    ["fatal: could not read Username for 'http://127.0.0.1:1': terminal prompts disabled", 'auth'],
    [
      'warning: Could not find remote branch nope to clone.\nfatal: Remote branch nope not found in upstream origin',
      'branch-not-found',
    ],
    [
      " ! [remote rejected] HEAD -> main (cannot lock ref 'refs/heads/main': is at 1 but expected 2)",
      'rejected',
    ],
    ['fatal: unable to access: Could not resolve host: example.invalid', 'unreachable'],
    ['fatal: something odd', 'other'],
  ])('%s → %s', (stderr, failure) => {
    expect(classify(stderr)).toBe(failure);
  });
});

/** Every line a Logger was given, by level. */
function capturing(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(m),
      debug: (m) => lines.push(m),
    },
  };
}

const NAMES = { repository: 'gitops-repository', branch: 'gitops-branch', token: 'gitops-token' };

describe('(12.11) git failures', () => {
  async function cloneAndCommit(log?: Logger): Promise<Git> {
    const dir = await mkdtemp(path.join(root, 'clone-'));
    const git = await Git.clone({
      url: server.repoUrl('acme/gitops'),
      dir,
      branch: 'main',
      folders: ['apps/a'],
      token: TOKEN,
      inputs: NAMES,
      log,
    });
    await writeFile(path.join(git.dir, 'apps/a/values.yaml'), `tag: ${Math.random()}\n`);
    await git.commit(['apps/a/values.yaml'], 'bump a', { name: 'Bot', email: 'bot@example.com' });
    return git;
  }

  it('(12.11) a push whose connection drops is a retryable network failure naming the host', async () => {
    const git = await cloneAndCommit();
    server.faults.failNextPush(1, 'drop');
    const error = (await git.push('main').catch((e: unknown) => e)) as GitError;
    const host = new URL(server.url).host;
    expect(error).toMatchObject({ failure: 'network', retryable: true, operation: 'push to main' });
    expect(error.message).toMatch(
      new RegExp(`^the connection to ${host} failed \\(git: '.*Empty reply from server`),
    );
    expect(error.hint).toContain('retried');
    expect(await git.push('main')).toEqual({ pushed: true });
  });

  it('(12.11) a push answered 403 is final, naming the token input, contents: write and branch protection', async () => {
    const git = await cloneAndCommit();
    server.faults.failNextPush(1, 403);
    const error = (await git.push('main').catch((e: unknown) => e)) as GitError;
    expect(error).toMatchObject({ failure: 'auth', retryable: false });
    expect(error.message).toMatch(/refused the push \(git: '.*403/);
    expect(error.hint).toContain('check the gitops-token input');
    expect(error.hint).toContain('contents: write');
    expect(error.hint).toContain("branch protection on 'main'");
  });

  it.each([
    ['an unresolvable host', () => 'http://git.gitops.invalid/acme/gitops.git', 'git.gitops.invalid'],
    ['a port nothing listens on', () => closedPortUrl, ''],
  ])('(12.11) %s is final, naming the host and the repository input', async (_, url, hostName) => {
    const dir = await mkdtemp(path.join(root, 'clone-'));
    const target = url();
    const error = (await Git.clone({
      url: target,
      dir,
      branch: 'main',
      folders: [],
      token: TOKEN,
      inputs: NAMES,
    }).catch((e: unknown) => e)) as GitError;
    const host = hostName || new URL(target).host;
    expect(error).toMatchObject({ failure: 'unreachable', retryable: false });
    expect(error.message).toMatch(new RegExp(`^could not reach ${host.replace(/\./g, '\\.')} \\(git: `));
    expect(error.hint).toBe(
      `Check the gitops-repository input: ${host} does not resolve or nothing listens there (a proxy or firewall may be in the way).`,
    );
  });
});

let closedPortUrl = '';
beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  closedPortUrl = `http://127.0.0.1:${port}/acme/gitops.git`;
});

describe('(12.1) credentials', () => {
  // A token whose URL-encoded and base64 forms differ from it, as GitHub App tokens can.
  const ODD = 'ghs_0dd+t0ken/with@and%chars';
  const forms = [
    ODD,
    encodeURIComponent(ODD),
    Buffer.from(ODD).toString('base64'),
    Buffer.from(`x-access-token:${ODD}`).toString('base64'),
  ];
  let odd: GitServer;
  beforeAll(async () => {
    odd = await startGitServer({ root, token: ODD });
  });
  afterAll(() => odd.close());

  function leaks(text: string): string[] {
    return forms.filter((form) => text.includes(form));
  }

  it('(12.1) refuses a URL holding credentials before running git, without printing them', async () => {
    const rec = recording();
    const dir = await mkdtemp(path.join(root, 'clone-'));
    const url = odd
      .repoUrl('acme/gitops')
      .replace('http://', `http://x-access-token:${encodeURIComponent(ODD)}@`);
    const error = (await Git.clone({
      url,
      dir,
      branch: 'main',
      folders: [],
      token: ODD,
      exec: rec.exec,
      inputs: NAMES,
    }).catch((e: unknown) => e)) as GitError;
    expect(error).toMatchObject({
      operation: 'clone the repository',
      message: 'the repository URL holds credentials (user:token@)',
    });
    expect(error.hint).toBe(
      'Give the gitops-repository input without them and the token in the gitops-token input.',
    );
    expect(rec.calls).toEqual([]);
    expect(leaks(`${error.operation} ${error.message} ${error.hint}`)).toEqual([]);
  });

  it('(12.1) refuses, unprinted, a URL whose userinfo holds a slash', async () => {
    const dir = await mkdtemp(path.join(root, 'clone-'));
    const url = odd.repoUrl('acme/gitops').replace('http://', `http://x-access-token:${ODD}@`);
    const error = (await Git.clone({
      url,
      dir,
      branch: 'main',
      folders: [],
      token: ODD,
      inputs: NAMES,
    }).catch((e: unknown) => e)) as GitError;
    expect(error).toMatchObject({ message: 'the repository URL is not a valid URL' });
    expect(leaks(`${error.operation} ${error.message} ${error.hint}`)).toEqual([]);
  });

  it('(12.1) a failing clone and failing pushes show the token in no form, in no message or log line', async () => {
    const rec = recording();
    const { log, lines } = capturing();
    const texts: string[] = [];
    const note = (e: unknown) => {
      const err = e as GitError;
      texts.push(err.operation, err.message, err.hint ?? '', JSON.stringify(err));
    };
    const clone = (dir: string) =>
      Git.clone({
        url: odd.repoUrl('acme/gitops'),
        dir,
        branch: 'main',
        folders: ['apps/a'],
        token: ODD,
        exec: rec.exec,
        log,
        inputs: NAMES,
      });
    odd.faults.failNext(1, 500);
    await clone(await mkdtemp(path.join(root, 'clone-'))).catch(note);
    const git = await clone(await mkdtemp(path.join(root, 'clone-')));
    await writeFile(path.join(git.dir, 'apps/a/values.yaml'), 'tag: odd\n');
    await git.commit(['apps/a/values.yaml'], 'odd', { name: 'Bot', email: 'bot@example.com' });
    for (const fault of ['drop', 403, 500] as const) {
      odd.faults.failNextPush(1, fault);
      await git.push('main').catch(note);
    }
    expect(texts.length).toBeGreaterThanOrEqual(16);
    expect(lines.some((l) => l.startsWith('git clone') && l.includes(odd.repoUrl('acme/gitops')))).toBe(true);
    for (const call of rec.calls) expect(leaks(call.args.join(' '))).toEqual([]);
    expect(leaks([...texts, ...lines].join('\n'))).toEqual([]);
  });
});
