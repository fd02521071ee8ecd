// (16.6) Concurrent bumps of one branch: the plumbing transport and its queue, against the real git
// server stand-in. Time comes from an injected Clock wherever the outcome depends on it.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, type Clock, type Exec, type Logger } from '@gitops-actions/kit';
import {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  git,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { bump, type BumpRequest } from '@gitops-actions/bump';

const TOKEN = 'ghs_queueT0ken+with/odd=chars';
const FORMS = [
  TOKEN,
  encodeURIComponent(TOKEN),
  Buffer.from(TOKEN).toString('base64'),
  Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
];
const values = (name: string, tag: string) =>
  `image:\n  repository: ghcr.io/acme/${name}\n  tag: ${tag} # CI\n`;
const SERVICES = Array.from({ length: 8 }, (_, i) => `svc-${i}`);

let root: string;
let server: GitServer;
const lines: string[] = [];
const log: Logger = {
  info: (m) => lines.push(m),
  warning: (m) => lines.push(m),
  debug: (m) => lines.push(m),
};

beforeEach(async () => {
  lines.length = 0;
  root = await mkdtemp(path.join(tmpdir(), 'bump-queue-'));
  await createBareRepo(
    root,
    'acme/gitops',
    Object.fromEntries(SERVICES.map((s) => [`envs/dev/${s}/values.yaml`, values(s, '1.0.0')])),
  );
});

afterEach(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
  expect(FORMS.filter((form) => lines.join('\n').includes(form))).toEqual([]);
});

function request(values: Partial<BumpRequest>): BumpRequest {
  return {
    url: server.repoUrl('acme/gitops'),
    repository: null,
    serverUrl: 'https://github.com',
    token: TOKEN,
    branch: 'main',
    files: ['envs/dev/svc-0/values.yaml'],
    image: '',
    tag: '2.0.0',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    createMissing: false,
    commitMessage: 'chore(deploy): bump {image} to {tag}',
    author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    // bump-manifest's default
    maxAttempts: 10,
    dryRun: false,
    ...values,
  };
}

/** The queue refs left on the server. */
const tickets = async () =>
  (
    await git([
      '--git-dir',
      bareRepoPath(root, 'acme/gitops'),
      'for-each-ref',
      '--format=%(refname)',
      'refs/gitops-actions',
    ])
  ).stdout
    .split('\n')
    .filter(Boolean);

const read = (file: string) => readFileAtBranch(root, 'acme/gitops', 'main', file);

/** A clock at a fixed time whose sleeps run `onSleep` (another writer's turn) and return at once. */
function fakeClock(now: number, onSleep: (ms: number) => Promise<void> = () => Promise.resolve()) {
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      await onSleep(ms);
    },
  };
  return { clock, sleeps };
}

/**
 * Another writer lands on the branch just before this writer's first push reaches the server;
 * every git process the bump starts is recorded (over HTTP it should start none).
 */
function losesFirstRace(onRace: () => Promise<unknown>): { exec: Exec; argv: string[] } {
  server.faults.raceNextPush(onRace);
  const argv: string[] = [];
  return {
    argv,
    exec: (command, args, opts) => {
      argv.push([command, ...args].join(' '));
      return exec(command, args, opts);
    },
  };
}

describe('(16.6) concurrent bumps of one branch', () => {
  beforeEach(async () => {
    server = await startGitServer({ root, token: TOKEN });
  });

  it('(16.6) a writer alone takes its ticket as it opens and gives it back with its push: 5 requests, 2 uploads', async () => {
    const { clock, sleeps } = fakeClock(1_000_000);
    server.stats.reset();
    const result = await bump(request({}), { log, clock, random: Math.random });
    expect(result).toMatchObject({ changed: true, attempts: 1 });
    // ls-refs with the ticket's push alongside, the trees, the blob, the push.
    expect(server.stats.requests).toBe(5);
    expect(server.stats.pushes).toBe(2);
    expect(sleeps).toEqual([]);
    expect(await tickets()).toEqual([]);
    expect(await read('envs/dev/svc-0/values.yaml')).toBe(values('svc-0', '2.0.0'));
  });

  it('(16.6) a bump that changes nothing gives its ticket back, and a dry run takes none', async () => {
    const { clock } = fakeClock(1_000_000);
    const head = await branchHead(root, 'acme/gitops', 'main');
    const unchanged = await bump(request({ tag: '1.0.0' }), { log, clock, random: Math.random });
    expect(unchanged).toMatchObject({ changed: false });
    expect(await tickets()).toEqual([]);
    server.stats.reset();
    const dry = await bump(request({ dryRun: true }), { log, clock, random: Math.random });
    expect(dry).toMatchObject({ changed: true });
    expect(server.stats.pushes).toBe(0);
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(head);
  });

  it('(16.6) a bump that cannot open its branch leaves no ticket behind', async () => {
    const { clock } = fakeClock(1_000_000);
    const error = await bump(request({ branch: 'nope' }), { log, clock, random: Math.random }).catch(
      (e: unknown) => e as Error,
    );
    expect((error as Error).message).toMatch(/nope/);
    expect(await tickets()).toEqual([]);
  });

  it('(16.6) on a server left to git after its ticket was taken, the writer does not wait on that ticket', async () => {
    // A front that drops Git-Protocol: the backend answers protocol v0, as an old server does, so
    // the open over HTTP fails after its ticket's push and git opens the branch instead.
    const target = new URL(server.url);
    const front = createServer((req, res) => {
      const headers = { ...req.headers };
      delete headers['git-protocol'];
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}/acme/gitops.git`;
      const racing = losesFirstRace(() => commitFiles(root, 'acme/gitops', { 'other.txt': 'x\n' }));
      const { clock, sleeps } = fakeClock(1_000_000);
      const result = await bump(request({ url }), { log, clock, exec: racing.exec, random: Math.random });
      expect(result).toMatchObject({ changed: true, attempts: 2 });
      expect(racing.argv.some((a) => a.startsWith('git clone'))).toBe(true);
      // Before, the ticket of the failed open stood ahead until the 15 s stall rule passed it.
      expect(sleeps).toEqual([]);
      expect(lines.some((l) => /expired or stalled/.test(l))).toBe(false);
      expect(await tickets()).toEqual([]);
    } finally {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
    }
  });

  it('(16.6) a lost race re-applies the semantic edit on the winner commit, then leaves no ticket', async () => {
    let winner = '';
    const racing = losesFirstRace(async () => {
      // The winner changed the very file this writer edits, elsewhere than the tag.
      winner = await commitFiles(root, 'acme/gitops', {
        'envs/dev/svc-0/values.yaml': `# owned by team a\n${values('svc-0', '1.0.0')}`,
      }).then(() => branchHead(root, 'acme/gitops', 'main').then(String));
    });
    const { clock } = fakeClock(1_000_000);
    const result = await bump(request({}), { log, clock, exec: racing.exec, random: Math.random });
    expect(result).toMatchObject({ changed: true, attempts: 2, previousTag: '1.0.0' });
    expect(await read('envs/dev/svc-0/values.yaml')).toBe(`# owned by team a\n${values('svc-0', '2.0.0')}`);
    const [head, parent] = await listCommits(root, 'acme/gitops', 'main');
    expect(head).toMatchObject({
      sha: result.commitSha,
      subject: 'chore(deploy): bump envs/dev/svc-0/values.yaml to 2.0.0',
    });
    expect(parent?.sha).toBe(winner);
    expect(await tickets()).toEqual([]);
    expect(
      lines.some((l) =>
        /^Attempt 1 failed \(the push was rejected .*\); waited 0 ms for our turn in the queue/.test(l),
      ),
    ).toBe(true);
    // (12.1) The token travels only in the environment.
    expect(racing.argv.filter((a) => FORMS.some((f) => a.includes(f)))).toEqual([]);
  });

  it('(16.6) 8 concurrent writers all land with the default max-attempts, one commit each, no ticket left', async () => {
    const argv: string[] = [];
    const recording: Exec = (command, args, opts) => {
      argv.push([command, ...args].join(' '));
      return exec(command, args, opts);
    };
    const before = await branchHead(root, 'acme/gitops', 'main');
    const results = await Promise.all(
      SERVICES.map((s) =>
        bump(request({ files: [`envs/dev/${s}/values.yaml`], tag: `2.0.0-${s}` }), { log, exec: recording }),
      ),
    );
    for (const s of SERVICES) expect(await read(`envs/dev/${s}/values.yaml`)).toBe(values(s, `2.0.0-${s}`));
    const commits = await listCommits(root, 'acme/gitops', 'main');
    expect(commits).toHaveLength(SERVICES.length + 1);
    expect(commits.at(-1)?.sha).toBe(before);
    expect(new Set(results.map((r) => r.commitSha)).size).toBe(SERVICES.length);
    expect(results.every((r) => r.changed && r.attempts <= 10)).toBe(true);
    expect(await tickets()).toEqual([]);
    expect(argv.filter((a) => FORMS.some((f) => a.includes(f)))).toEqual([]);
  }, 120_000);

  it('(16.6) an expired ticket of a dead writer does not block, and is removed', async () => {
    const base = String(await branchHead(root, 'acme/gitops', 'main'));
    const dead = 'refs/gitops-actions/queue/main/000000000000001-000000000000002-deadbeef';
    await git(['--git-dir', bareRepoPath(root, 'acme/gitops'), 'update-ref', dead, base]);
    const racing = losesFirstRace(() => commitFiles(root, 'acme/gitops', { 'other.txt': 'x\n' }));
    const { clock, sleeps } = fakeClock(1_000_000);
    const result = await bump(request({}), { log, clock, exec: racing.exec, random: Math.random });
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(sleeps).toEqual([]);
    expect(await tickets()).toEqual([]);
  });

  it('(16.6) joins a queue already there before its first push, looking without git, and goes when the writer ahead is gone', async () => {
    const base = String(await branchHead(root, 'acme/gitops', 'main'));
    const ahead = 'refs/gitops-actions/queue/main/000000000999999-000000001119999-0a0a0a0a';
    const gitDir = bareRepoPath(root, 'acme/gitops');
    await git(['--git-dir', gitDir, 'update-ref', ahead, base]);
    // The writer ahead finishes during this writer's first sleep: its commit lands, its ticket goes.
    const { clock, sleeps } = fakeClock(1_000_000, async () => {
      if (sleeps.length > 1) return;
      await commitFiles(root, 'acme/gitops', { 'envs/dev/svc-1/values.yaml': values('svc-1', '9.9.9') });
      await git(['--git-dir', gitDir, 'update-ref', '-d', ahead]);
    });
    const argv: string[] = [];
    const recording: Exec = (command, args, opts) => {
      argv.push([command, ...args].join(' '));
      return exec(command, args, opts);
    };
    server.stats.reset();
    const result = await bump(request({}), { log, clock, exec: recording, random: () => 0.5 });
    // It never raced the writer ahead: one attempt, after one wait. Next in line from the open's
    // listing, it looks after a look's interval, not half a turn: the writer ahead opened with it.
    expect(result).toMatchObject({ changed: true, attempts: 1 });
    expect(sleeps).toEqual([150]);
    expect(
      lines.some((l) =>
        /^1 already queued: waited \d+ ms for our turn in the queue; going on the new tip$/.test(l),
      ),
    ).toBe(true);
    // Two pack uploads: its ticket, then the branch with the ticket's deletion. No doomed push.
    expect(server.stats.pushes).toBe(2);
    // Looks, fetches and pushes all over HTTP from Node: no git process at all.
    expect(argv).toEqual([]);
    expect(await read('envs/dev/svc-1/values.yaml')).toBe(values('svc-1', '9.9.9'));
    expect(await read('envs/dev/svc-0/values.yaml')).toBe(values('svc-0', '2.0.0'));
    expect(await tickets()).toEqual([]);
  });

  it('(16.6) far back behind slow turns, sleeps most of a 0.5 s turn per writer ahead but one, not the slow turns seen', async () => {
    const base = String(await branchHead(root, 'acme/gitops', 'main'));
    const gitDir = bareRepoPath(root, 'acme/gitops');
    const ahead = [1, 2, 3].map(
      (i) => `refs/gitops-actions/queue/main/00000000099999${i}-000000001119999-0a0a0a0${i}`,
    );
    for (const ref of ahead) await git(['--git-dir', gitDir, 'update-ref', ref, base]);
    // The writers ahead take 2 s each (writers starting together on a busy machine); time moves
    // only by this writer's sleeps.
    let now = 1_000_000;
    let nextTurn = now + 2_000;
    const sleeps: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
        while (now >= nextTurn && ahead.length > 0) {
          await git(['--git-dir', gitDir, 'update-ref', '-d', String(ahead.shift())]);
          nextTurn += 2_000;
        }
      },
    };
    const result = await bump(request({}), { log, clock, random: () => 0.5 });
    expect(result).toMatchObject({ changed: true, attempts: 1 });
    // Three writers ahead: 80% of two 0.5 s turns (the 2 s turns seen count as 0.5 s), then 80%
    // of one with two ahead; just made next in line, half a turn; then a look every 150 ms.
    expect(sleeps.slice(0, 3)).toEqual([800, 800, 800]);
    expect(Math.max(...sleeps)).toBe(800);
    expect(sleeps).toContain(400);
    expect(sleeps.slice(sleeps.indexOf(250))).toEqual([
      250,
      ...Array<number>(sleeps.length - sleeps.indexOf(250) - 1).fill(150),
    ]);
    // It went within a look of the last turn's end.
    expect(now - (nextTurn - 2_000)).toBeLessThanOrEqual(225);
    expect(await tickets()).toEqual([]);
  });

  it('(16.6) goes anyway after 15 s behind a ticket whose writer stopped moving (a cancelled job)', async () => {
    const base = String(await branchHead(root, 'acme/gitops', 'main'));
    const stuck = 'refs/gitops-actions/queue/main/000000000999999-999999999999999-0b0b0b0b';
    await git(['--git-dir', bareRepoPath(root, 'acme/gitops'), 'update-ref', stuck, base]);
    let now = 1_000_000;
    const sleeps: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
    };
    const result = await bump(request({}), { log, clock, random: Math.random });
    expect(result).toMatchObject({ changed: true, attempts: 1 });
    // Nothing ahead moved for 15 s of the injected clock (not the ticket's 2 minutes): it went.
    const waited = sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual(15_000);
    expect(waited).toBeLessThan(20_000);
    expect(lines.some((l) => /1 ahead expired or stalled: going anyway/.test(l))).toBe(true);
    // Its own ticket is gone; the live one of the other writer stays (it is not ours to remove).
    expect(await tickets()).toEqual([stuck]);
  });

  it('(16.6) a look the network failed is no news: the writer looks again and lands', async () => {
    const base = String(await branchHead(root, 'acme/gitops', 'main'));
    const ahead = 'refs/gitops-actions/queue/main/000000000999999-000000001119999-0a0a0a0a';
    const gitDir = bareRepoPath(root, 'acme/gitops');
    await git(['--git-dir', gitDir, 'update-ref', ahead, base]);
    const { clock, sleeps } = fakeClock(1_000_000, async () => {
      // The first look after joining is dropped; the writer ahead finishes before the next.
      if (sleeps.length === 1) server.faults.failNext(1, 'drop');
      if (sleeps.length === 2) await git(['--git-dir', gitDir, 'update-ref', '-d', ahead]);
    });
    const result = await bump(request({}), { log, clock, random: Math.random });
    expect(result).toMatchObject({ changed: true, attempts: 1 });
    expect(lines.some((l) => l.startsWith('A look at the queue failed, looking again'))).toBe(true);
    expect(await read('envs/dev/svc-0/values.yaml')).toBe(values('svc-0', '2.0.0'));
    expect(await tickets()).toEqual([]);
  });
});

describe('(16.6) a server that refuses the queue refs', () => {
  beforeEach(async () => {
    server = await startGitServer({ root, token: TOKEN, hiddenRefs: ['refs/gitops-actions'] });
  });

  it('(16.6) still lands, with backoff instead of the queue, saying so once', async () => {
    const racing = losesFirstRace(() => commitFiles(root, 'acme/gitops', { 'other.txt': 'x\n' }));
    const { clock, sleeps } = fakeClock(1_000_000);
    const result = await bump(request({}), { log, clock, exec: racing.exec, random: () => 0.5 });
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await read('envs/dev/svc-0/values.yaml')).toBe(values('svc-0', '2.0.0'));
    expect(lines.filter((l) => l.startsWith('The server refused the queue ref'))).toHaveLength(1);
    expect(lines.some((l) => /deny updating a hidden ref/.test(l))).toBe(true);
    expect(sleeps).toHaveLength(1);
    expect(await tickets()).toEqual([]);
  });

  it('(16.6) 4 concurrent writers all land without the queue', async () => {
    const results = await Promise.all(
      SERVICES.slice(0, 4).map((s) =>
        bump(request({ files: [`envs/dev/${s}/values.yaml`], tag: `3.0.0-${s}` }), { log }),
      ),
    );
    expect(results.every((r) => r.changed)).toBe(true);
    for (const s of SERVICES.slice(0, 4))
      expect(await read(`envs/dev/${s}/values.yaml`)).toBe(values(s, `3.0.0-${s}`));
    expect(await tickets()).toEqual([]);
  }, 120_000);
});

describe('(16.6) targets the plumbing path reads', () => {
  beforeEach(async () => {
    server = await startGitServer({ root, token: TOKEN });
  });

  it('(16.6) refuses a symlink inside the repository, naming its target, instead of committing nothing', async () => {
    const gitDir = bareRepoPath(root, 'acme/gitops');
    const blob = (
      await git(['--git-dir', gitDir, 'hash-object', '-w', '--stdin'], { input: 'values.yaml' })
    ).stdout.trim();
    const index = path.join(root, 'index');
    const env = { GIT_INDEX_FILE: index };
    await git(['--git-dir', gitDir, 'read-tree', 'main'], { env });
    await git(
      [
        '--git-dir',
        gitDir,
        'update-index',
        '--add',
        '--cacheinfo',
        `120000,${blob},envs/dev/svc-0/link.yaml`,
      ],
      { env },
    );
    const tree = (await git(['--git-dir', gitDir, 'write-tree'], { env })).stdout.trim();
    const commit = (
      await git(['--git-dir', gitDir, 'commit-tree', tree, '-p', 'main', '-m', 'link'], {
        env: {
          GIT_AUTHOR_NAME: 'a',
          GIT_AUTHOR_EMAIL: 'a@a',
          GIT_COMMITTER_NAME: 'a',
          GIT_COMMITTER_EMAIL: 'a@a',
        },
      })
    ).stdout.trim();
    await git(['--git-dir', gitDir, 'update-ref', 'refs/heads/main', commit]);
    const error = await bump(request({ files: ['envs/dev/svc-0/link.yaml'] }), { log }).catch(
      (e: Error) => e,
    );
    expect(error).toMatchObject({
      operation: 'read envs/dev/svc-0/link.yaml',
      message: "it is a symlink to 'envs/dev/svc-0/values.yaml'; name that file in files",
    });
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(commit);
  });

  it('(16.6) a dry run shows the diff of every changed file and pushes nothing', async () => {
    const before = await branchHead(root, 'acme/gitops', 'main');
    const files = ['envs/dev/svc-0/values.yaml', 'envs/dev/svc-1/values.yaml'];
    const result = await bump(request({ files, dryRun: true }), { log });
    expect(result).toMatchObject({ changed: true, commitSha: before, changedFiles: files });
    expect(result.diff).toContain('diff --git a/envs/dev/svc-0/values.yaml b/envs/dev/svc-0/values.yaml');
    expect(result.diff).toContain('-  tag: 1.0.0 # CI\n+  tag: 2.0.0 # CI');
    expect(result.diff).toContain('diff --git a/envs/dev/svc-1/values.yaml');
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(before);
    expect(await tickets()).toEqual([]);
  });
});
