// (12.7) How the GitHub client fails when it cannot talk to GitHub, against the local GitHub and
// against addresses that cannot answer: what is retried, what is final at once, and what it says.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, silentLogger, type Clock } from '@gitops-actions/kit';
import { createClient, RepoClient } from '@gitops-actions/github';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_networkUnitToken1234567890';
let root: string;
let gh: GitHubServer;
let closedPort: number;
const sleeps: number[] = [];
const clock: Clock = {
  now: () => 0,
  sleep: (ms) => {
    sleeps.push(ms);
    return Promise.resolve();
  },
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'github-network-'));
  await createBareRepo(root, 'acme/gitops', { 'a/values.yaml': 'tag: 1\n' });
  gh = await startGitHubServer({ root, token: TOKEN });
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

beforeEach(() => {
  gh.reset();
  sleeps.length = 0;
});

afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function client(baseUrl = gh.apiUrl, opts: { attempts?: number; token?: string } = {}): RepoClient {
  return new RepoClient(
    createClient({ token: opts.token ?? TOKEN, baseUrl, log: silentLogger }),
    'acme/gitops',
    { tokenInput: 'gitops-token', clock, random: () => 0.5, attempts: opts.attempts },
  );
}

const failure = (promise: Promise<unknown>): Promise<ActionError> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as ActionError,
  );

describe('(12.7) network failures', () => {
  it('(12.7) an unresolvable host is final at once, naming the host and GITHUB_API_URL', async () => {
    const error = await failure(client('http://api.gitops.invalid/api/v3').branch('main'));
    expect(error).toBeInstanceOf(ActionError);
    // A resolver that cannot be reached answers EAI_AGAIN, which may pass: then it is retried.
    const final = /ENOTFOUND/.test(error.message);
    expect(error.message).toMatch(
      final
        ? /^could not reach api\.gitops\.invalid: it does not resolve \(no DNS record for the host name\) \(ENOTFOUND\)$/
        : /^could not reach api\.gitops\.invalid: it could not be looked up for now \(DNS\) \(EAI_AGAIN\) after 4 attempts$/,
    );
    expect(error.hint).toMatch(
      /^Check GITHUB_API_URL \/ GITHUB_SERVER_URL \(they choose api\.gitops\.invalid/,
    );
    expect(error.message).not.toMatch(/500/);
    expect(sleeps).toHaveLength(final ? 0 : 3);
  });

  it('(12.7) a port nothing listens on is final at once', async () => {
    const error = await failure(client(`http://127.0.0.1:${closedPort}/api/v3`).branch('main'));
    expect(error.message).toBe(
      `could not reach 127.0.0.1:${closedPort}: it refused the connection: nothing listens there (ECONNREFUSED)`,
    );
    expect(sleeps).toEqual([]);
  });

  it.each([
    [{ kind: 'status', status: 502 } as const],
    [{ kind: 'status', status: 503 } as const],
    [{ kind: 'status', status: 504 } as const],
    [{ kind: 'status', status: 429 } as const],
    [{ kind: 'reset' } as const],
  ])('(12.7) retries %j with jittered backoff over the Clock, then succeeds', async (fault) => {
    gh.inject({ fault, times: 2 });
    await expect(client().branch('main')).resolves.toMatchObject({ name: 'main' });
    expect(gh.requests.map((r) => r.status).slice(-1)).toEqual([200]);
    expect(gh.requests).toHaveLength(3);
    // Full jitter drawn at 0.5: half the ceilings of 500 ms and 1000 ms.
    expect(sleeps).toEqual([250, 500]);
  });

  it('(12.7) gives up when the failures outlast the attempts, saying how many', async () => {
    gh.inject({ fault: { kind: 'status', status: 503 }, times: 10 });
    const error = await failure(client(gh.apiUrl, { attempts: 3 }).branch('main'));
    expect(error.message).toBe(
      `GitHub at ${new URL(gh.apiUrl).host} answered 503: 'Server Error' after 3 attempts`,
    );
    expect(error.hint).toMatch(/githubstatus/);
    expect(gh.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('(12.7) a refused token is final at once, with the hint naming the token input', async () => {
    const error = await failure(client(gh.apiUrl, { token: 'ghs_wrongTokenWrongToken' }).branch('main'));
    expect(error.message).toBe(
      `GitHub at ${new URL(gh.apiUrl).host} refused the token (401 'Bad credentials')`,
    );
    expect(error.hint).toBe(
      'Check the gitops-token input: it is expired, revoked, or for another GitHub server.',
    );
    expect(gh.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('(12.7) a 404 and a 422 stay answers, not retried', async () => {
    const repo = client();
    expect(await repo.branch('nope')).toBeUndefined();
    expect(await repo.readFile('nope.yaml', 'main')).toBeUndefined();
    expect(await repo.moveBranch('main', '0'.repeat(40), false)).toBe(false);
    expect(sleeps).toEqual([]);
  });
});

describe('a host that accepts and never answers (review of 12.3)', () => {
  it('ends each attempt at the request limit, retries, then says so', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer(() => {});
    silent.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const repo = new RepoClient(
        createClient({
          token: TOKEN,
          baseUrl: `http://127.0.0.1:${port}/api/v3`,
          log: silentLogger,
          requestTimeoutMs: 200,
        }),
        'acme/gitops',
        { tokenInput: 'gitops-token', clock, random: () => 0.5, attempts: 2 },
      );
      const error = await failure(repo.branch('main'));
      expect(error.message).toBe(
        `could not reach 127.0.0.1:${port}: it did not answer in time after 2 attempts`,
      );
      expect(sleeps).toHaveLength(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('answers that are not GitHub JSON (fuzz find)', () => {
  async function answering(
    type: string,
    body: string,
  ): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': type }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/api/v3`,
      hits: () => hits,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  it('names text from something else at the API URL, once, instead of a TypeError', async () => {
    const other = await answering('text/plain', '::warning::not github');
    try {
      const error = await failure(client(other.url).branch('main'));
      expect(error.message).toBe(
        `${new URL(other.url).host} answered 200 with something other than JSON instead of GitHub's JSON API`,
      );
      expect(error.hint).toContain('GITHUB_API_URL');
      expect(other.hits()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("retries a proxy's HTML page, then says what it was", async () => {
    const proxy = await answering('text/html', '<html><title>Sign in</title></html>');
    try {
      const error = await failure(client(proxy.url).branch('main'));
      expect(error.message).toBe(
        `${new URL(proxy.url).host} answered 200 with an HTML page instead of GitHub's JSON API after 4 attempts`,
      );
      expect(proxy.hits()).toBe(4);
    } finally {
      await proxy.close();
    }
  });
});
