import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, InputError, silentLogger, type Exec, type Logger } from '@gitops-actions/kit';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { bump, type BumpPorts, type BumpRequest } from '@gitops-actions/bump';

const VALUES = `# api values
image:
  repository: ghcr.io/acme/api
  tag: "1.0.0-aaaaaaa" # set by CI
replicas: 2
`;
const OTHER = `image:\n  repository: ghcr.io/acme/web\n  tag: 0.1.0\n`;

let root: string;
let url: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-'));
  await createBareRepo(root, 'acme/gitops', {
    'envs/dev/api/values.yaml': VALUES,
    'envs/dev/web/values.yaml': OTHER,
    'envs/prod/api/values.yaml': VALUES,
    'README.md': '# gitops\n',
  });
  url = `file://${path.join(root, 'acme/gitops.git')}`;
});

afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

/** A git-transport request with bump-manifest's defaults, as its inputs.ts builds it. */
function inputs(values: Partial<BumpRequest>): BumpRequest {
  return {
    url,
    repository: null,
    serverUrl: 'https://github.com',
    token: '',
    branch: 'main',
    files: ['envs/dev/api/values.yaml'],
    image: '',
    tag: '',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    createMissing: false,
    commitMessage: 'chore(deploy): bump {image} to {tag}',
    author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    maxAttempts: 10,
    dryRun: false,
    ...values,
  };
}

const ports = (extra: Partial<BumpPorts> = {}): BumpPorts => ({
  log: silentLogger,
  random: () => 0,
  ...extra,
});
const read = (file: string) => readFileAtBranch(root, 'acme/gitops', 'main', file);

describe('bump', () => {
  it('changes only the tag bytes, commits with the given author and message, and reports outputs', async () => {
    const result = await bump(inputs({ tag: '1.1.0-bbbbbbb', image: 'ghcr.io/acme/api' }), ports());
    expect(result).toMatchObject({ changed: true, previousTag: '1.0.0-aaaaaaa', attempts: 1 });
    expect(result.changedFiles).toEqual(['envs/dev/api/values.yaml']);
    expect(await read('envs/dev/api/values.yaml')).toBe(VALUES.replace('1.0.0-aaaaaaa', '1.1.0-bbbbbbb'));
    expect(await read('envs/prod/api/values.yaml')).toBe(VALUES);
    const [head] = await listCommits(root, 'acme/gitops', 'main');
    expect(head).toMatchObject({
      sha: result.commitSha,
      subject: 'chore(deploy): bump ghcr.io/acme/api to 1.1.0-bbbbbbb',
      author: 'github-actions[bot]',
      authorEmail: '41898282+github-actions[bot]@users.noreply.github.com',
    });
  });

  it('is idempotent: the same inputs again change nothing and report the current head', async () => {
    const first = await bump(inputs({ tag: '1.1.0-bbbbbbb' }), ports());
    const again = await bump(inputs({ tag: '1.1.0-bbbbbbb' }), ports());
    expect(again).toMatchObject({ changed: false, commitSha: first.commitSha, changedFiles: [] });
    expect(await listCommits(root, 'acme/gitops', 'main')).toHaveLength(2);
  });

  it('re-applies the edit on the new tip when another writer wins the push race', async () => {
    let raced = false;
    const racingExec: Exec = async (command, args, opts) => {
      if (!raced && args[0] === 'push') {
        raced = true;
        await commitFiles(root, 'acme/gitops', {
          'envs/dev/web/values.yaml': OTHER.replace('0.1.0', '0.2.0'),
        });
      }
      return exec(command, args, opts);
    };
    const result = await bump(inputs({ tag: '1.1.0-bbbbbbb' }), ports({ exec: racingExec }));
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await read('envs/dev/api/values.yaml')).toContain('"1.1.0-bbbbbbb"');
    expect(await read('envs/dev/web/values.yaml')).toContain('0.2.0');
    const commits = await listCommits(root, 'acme/gitops', 'main');
    expect(commits.map((c) => c.subject)).toEqual([
      'chore(deploy): bump envs/dev/api/values.yaml to 1.1.0-bbbbbbb',
      'Update files',
      'Initial commit',
    ]);
  });

  it('finishes with changed=false when the winner of the race already pushed the same value', async () => {
    let raced = false;
    const racingExec: Exec = async (command, args, opts) => {
      if (!raced && args[0] === 'push') {
        raced = true;
        await commitFiles(root, 'acme/gitops', {
          'envs/dev/api/values.yaml': VALUES.replace('1.0.0-aaaaaaa', '2.0.0'),
        });
      }
      return exec(command, args, opts);
    };
    const result = await bump(inputs({ tag: '2.0.0' }), ports({ exec: racingExec }));
    expect(result).toMatchObject({ changed: false, attempts: 2 });
    expect(result.commitSha).toBe(await branchHead(root, 'acme/gitops', 'main'));
  });

  it('gives up after max-attempts when every push loses', async () => {
    const alwaysRaced: Exec = async (command, args, opts) => {
      if (args[0] === 'push') {
        await commitFiles(root, 'acme/gitops', { [`noise-${Math.random()}`]: 'x' });
      }
      return exec(command, args, opts);
    };
    await expect(
      bump(inputs({ tag: '3.0.0', maxAttempts: 3 }), ports({ exec: alwaysRaced })),
    ).rejects.toMatchObject({
      message: 'still rejected after 3 attempts',
      hint: 'Other writers keep moving the branch; raise max-attempts or queue deploys with a concurrency group.',
    });
    expect(await read('envs/dev/api/values.yaml')).toBe(VALUES);
  });

  it("names the caller's inputs in its hints, and no input the caller does not have", async () => {
    const alwaysRaced: Exec = async (command, args, opts) => {
      if (args[0] === 'push') await commitFiles(root, 'acme/gitops', { [`noise-${Math.random()}`]: 'x' });
      return exec(command, args, opts);
    };
    const inputNames = { repository: 'gitops-repository', branch: 'gitops-branch', token: 'gitops-token' };
    const raced = await bump(
      inputs({ tag: '3.0.0', maxAttempts: 2, inputNames }),
      ports({ exec: alwaysRaced }),
    ).catch((e: Error) => e);
    expect(raced).toMatchObject({
      message: 'still rejected after 2 attempts',
      hint: 'Other writers keep moving the branch; queue deploys with a concurrency group.',
    });
    const missing = await bump(inputs({ tag: '1.2.0', branch: 'nope', inputNames }), ports()).catch(
      (e: Error) => e,
    );
    expect(missing).toMatchObject({
      hint: 'Check the gitops-branch input; the branch must exist before bumping it.',
    });
  });

  it('shows the diff and pushes nothing in a dry run', async () => {
    const before = await branchHead(root, 'acme/gitops', 'main');
    const result = await bump(inputs({ tag: '9.9.9', dryRun: true }), ports());
    expect(result.changed).toBe(true);
    expect(result.commitSha).toBe(before);
    expect(result.diff).toContain('-  tag: "1.0.0-aaaaaaa" # set by CI\n+  tag: "9.9.9" # set by CI');
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(before);
  });

  it('names the missing file and lists its folder, pushing nothing', async () => {
    const before = await branchHead(root, 'acme/gitops', 'main');
    const error = await bump(inputs({ tag: '1.2.0', files: ['envs/dev/api/value.yaml'] }), ports()).catch(
      (e: Error) => e,
    );
    expect(error).toMatchObject({
      operation: "read 'envs/dev/api/value.yaml'",
      message: 'no such file on branch main (files)',
      hint: 'Files in envs/dev/api: values.yaml',
    });
    const deeper = await bump(inputs({ tag: '1.2.0', files: ['envs/qa/api/values.yaml'] }), ports()).catch(
      (e: Error) => e,
    );
    expect(deeper).toMatchObject({ hint: 'Files in envs: dev, prod' });
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(before);
  });

  it('stops at the first bad file of several, pushing none of them', async () => {
    const before = await branchHead(root, 'acme/gitops', 'main');
    const files = ['envs/dev/api/values.yaml', 'envs/dev/web/values.yaml'];
    await expect(bump(inputs({ tag: '1.2.0', files, key: 'image.nope' }), ports())).rejects.toThrow(
      /image\.nope|nope/,
    );
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(before);
  });

  it('refuses a symlink that points out of the repository', async () => {
    await commitFiles(root, 'acme/gitops', {}, {});
    const gitDir = path.join(root, 'acme/gitops.git');
    const blob = await exec('git', ['--git-dir', gitDir, 'hash-object', '-w', '--stdin'], {
      input: '/etc/passwd',
    });
    const scratch = path.join(root, 'index');
    const env = { ...process.env, GIT_INDEX_FILE: scratch };
    await exec('git', ['--git-dir', gitDir, 'read-tree', 'main'], { env });
    await exec(
      'git',
      [
        '--git-dir',
        gitDir,
        'update-index',
        '--add',
        '--cacheinfo',
        `120000,${blob.stdout.trim()},envs/dev/api/evil.yaml`,
      ],
      { env },
    );
    const tree = (await exec('git', ['--git-dir', gitDir, 'write-tree'], { env })).stdout.trim();
    const commit = await exec('git', ['--git-dir', gitDir, 'commit-tree', tree, '-p', 'main', '-m', 'link'], {
      env: {
        ...env,
        GIT_AUTHOR_NAME: 'a',
        GIT_AUTHOR_EMAIL: 'a@a',
        GIT_COMMITTER_NAME: 'a',
        GIT_COMMITTER_EMAIL: 'a@a',
      },
    });
    await exec('git', ['--git-dir', gitDir, 'update-ref', 'refs/heads/main', commit.stdout.trim()]);
    await expect(bump(inputs({ tag: '1.2.0', files: ['envs/dev/api/evil.yaml'] }), ports())).rejects.toThrow(
      'it is a symlink that points outside the repository',
    );
  });

  it('reports a branch that does not exist without retrying', async () => {
    const error = await bump(inputs({ tag: '1.2.0', branch: 'nope' }), ports()).catch((e: Error) => e);
    expect(error).toMatchObject({
      operation: expect.stringContaining('branch nope') as unknown,
      hint: 'Check the branch input; the branch must exist before bumping it.',
    });
  });
});

describe('(12.13) key paths', () => {
  it.each([
    [undefined, 'key'],
    [
      { repository: 'gitops-repository', branch: 'gitops-branch', token: 'gitops-token', key: 'gitops-key' },
      'gitops-key',
    ],
  ])(
    '(12.13) refuses __proto__ as an input error naming the key input (%j), creating nothing',
    async (inputNames, input) => {
      const before = await branchHead(root, 'acme/gitops', 'main');
      const error = await bump(
        inputs({ tag: '1.2.0', key: '__proto__.polluted', createMissing: true, inputNames }),
        ports(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `Input '${input}' '__proto__.polluted' is not a usable key path: '__proto__' is a reserved name (__proto__, constructor, prototype)`,
      );
      expect(await branchHead(root, 'acme/gitops', 'main')).toBe(before);
    },
  );

  it('(12.13) names the digest-key input for a reserved digest key', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const error = await bump(
      inputs({ tag: '1.2.0', digest, digestKey: 'image.constructor', createMissing: true }),
      ports(),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Input 'digest-key' 'image.constructor' is not a usable key path/,
    );
  });
});

describe('(12.11) git transport over HTTP', () => {
  const TOKEN = 'ghs_bump0dd+t0ken/with@chars%';
  const forms = [
    TOKEN,
    encodeURIComponent(TOKEN),
    Buffer.from(TOKEN).toString('base64'),
    Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
  ];
  let server: GitServer;
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    debug: (m) => lines.push(m),
  };
  const sleeps: number[] = [];
  const clock = { now: () => 0, sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()) };

  beforeEach(async () => {
    server = await startGitServer({ root, token: TOKEN });
    lines.length = 0;
    sleeps.length = 0;
  });
  afterEach(async () => {
    await server.close();
    // (12.1) Whatever happened, no form of the token reached a log line.
    expect(forms.filter((form) => lines.join('\n').includes(form))).toEqual([]);
  });

  const overHttp = (values: Partial<BumpRequest>) =>
    inputs({ url: server.repoUrl('acme/gitops'), token: TOKEN, tag: '1.1.0', ...values });
  const failure = (promise: Promise<unknown>): Promise<Error & { hint?: string }> =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as Error & { hint?: string },
    );

  it('(12.11) retries a push whose connection dropped, within the attempt budget', async () => {
    server.faults.failNextPush(1, 'drop');
    const result = await bump(overHttp({}), ports({ log, clock }));
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await read('envs/dev/api/values.yaml')).toContain('"1.1.0"');
    expect(sleeps).toHaveLength(1);
    expect(lines.some((l) => /^Attempt 1 failed \(the connection to .* failed/.test(l))).toBe(true);
  });

  it('(12.11) gives up on a connection that keeps dropping after max-attempts, saying so', async () => {
    server.faults.failNextPush(10, 'drop');
    const error = await failure(bump(overHttp({ maxAttempts: 3 }), ports({ log, clock })));
    expect(error.message).toMatch(/^the connection to 127\.0\.0\.1:\d+ failed \(git: '.*'\) \(3 attempts\)$/);
    expect(error.hint).toMatch(/network or server failure/);
    expect(await read('envs/dev/api/values.yaml')).toBe(VALUES);
  });

  it('(12.11) a push refused with 403 is final at once, with the hint for the token', async () => {
    server.faults.failNextPush(1, 403);
    const names = { repository: 'gitops-repository', branch: 'gitops-branch', token: 'gitops-token' };
    const error = await failure(bump(overHttp({ inputNames: names }), ports({ log, clock })));
    expect(error.message).toMatch(/refused the push/);
    expect(error.hint).toMatch(
      /check the gitops-token input\. It needs contents: write .* branch protection on 'main'/,
    );
    // Not retried: a second push would have gone through.
    expect(await read('envs/dev/api/values.yaml')).toBe(VALUES);
    expect(sleeps).toEqual([]);
  });

  it('(12.11) an unresolvable host is final, naming the host and the repository input', async () => {
    const error = await failure(
      bump(overHttp({ url: 'http://gitops.gitops.invalid/acme/gitops.git' }), ports({ log, clock })),
    );
    expect(error.message).toMatch(/^could not reach gitops\.gitops\.invalid \(git: 'Could not resolve host/);
    expect(error.hint).toMatch(/^Check the repository input: gitops\.gitops\.invalid does not resolve/);
    expect(sleeps).toEqual([]);
    expect(lines.some((l) => l.startsWith('git clone'))).toBe(true);
  });

  it('(12.1) a failing clone prints no form of the token in its error', async () => {
    // Three attempts, each over HTTP from Node (the listing and the queue ticket's push) and then
    // through git: every request dropped.
    server.faults.failNext(9, 'drop');
    const error = await failure(bump(overHttp({}), ports({ log, clock })));
    const text = `${String(error)} ${error.hint ?? ''} ${JSON.stringify(error)}`;
    expect(error.message).toMatch(/^the connection to .* failed/);
    expect(forms.filter((form) => text.includes(form))).toEqual([]);
  });
});
