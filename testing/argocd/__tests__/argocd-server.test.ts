import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArgoClient, type WatchEvent } from '@gitops-actions/argocd';
import { bareRepoPath, commitFiles, createBareRepo, git } from '@gitops-actions/standin-git-server';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';

const TOKEN = 'stand-in-token';
let root: string;
let argo: ArgoCdServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'argocd-standin-'));
  await createBareRepo(root, 'acme/gitops', { 'apps/api/values.yaml': 'tag: 1\n' });
  argo = await startArgoCd({
    gitRoot: root,
    token: TOKEN,
    reconcileMs: 50,
    users: { admin: 'secret' },
    restrictedTokens: { 'other-apps-token': ['somebody-else'] },
    readOnlyTokens: { 'read-only-token': ['api', 'team-a/api'] },
    apps: [
      { name: 'api', repo: 'acme/gitops', path: 'apps/api', behaviour: { syncMs: 100, progressMs: 100 } },
    ],
  });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true });
});

afterEach(() => expect(argo.violations).toEqual([]));

function request(
  pathName: string,
  opts: { method?: string; body?: unknown; token?: string; server?: ArgoCdServer } = {},
) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = http.request(
      `${(opts.server ?? argo).url}${pathName}`,
      {
        method: opts.method ?? 'GET',
        headers: opts.token === '' ? {} : { authorization: `Bearer ${opts.token ?? TOKEN}` },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body === undefined ? undefined : JSON.stringify(opts.body));
  });
}

describe('Argo CD stand-in', () => {
  it('reconciles a commit: OutOfSync, sync Running, Synced at the new revision, Progressing, Healthy', async () => {
    const seen: string[] = [];
    const off = argo.onChange((_name, app) => {
      const s = app['status'] as {
        sync: { status: string };
        health: { status: string };
        operationState?: { phase?: string };
      };
      seen.push(`${s.sync.status}/${s.health.status}/${s.operationState?.phase ?? '-'}`);
    });
    // Each state lasts at least one pass, so every one of them is published however slow the passes.
    const healthy = new Promise<void>((resolve) => {
      const stop = argo.onChange(() => {
        if (seen.at(-1) !== 'Synced/Healthy/Succeeded') return;
        stop();
        resolve();
      });
    });
    const sha = await commitFiles(root, 'acme/gitops', { 'apps/api/values.yaml': 'tag: 2\n' });
    await healthy;
    off();
    expect(seen).toEqual([
      'OutOfSync/Healthy/Running',
      'Synced/Progressing/Succeeded',
      'Synced/Healthy/Succeeded',
    ]);
    const app = (await request('/api/v1/applications/api')).body;
    const status = app['status'] as { sync: { revision: string }; history: { revision: string }[] };
    expect(status.sync.revision).toBe(sha);
    expect(status.history.at(-1)?.revision).toBe(sha);
  });

  it('streams JSON lines and SSE frames that start with the current state', async () => {
    const client = new ArgoClient({ server: argo.url, token: TOKEN });
    const events: WatchEvent[] = [];
    const abort = new AbortController();
    const watching = client
      .watch(
        { name: 'api' },
        (e) => {
          events.push(e);
          abort.abort();
        },
        abort.signal,
      )
      .catch(() => {});
    await watching;
    expect(events[0]?.type).toBe('ADDED');
    client.close();

    const sse = await new Promise<string>((resolve) => {
      http.get(
        `${argo.url}/api/v1/stream/applications?name=api`,
        { headers: { authorization: `Bearer ${TOKEN}`, accept: 'text/event-stream' } },
        (res) => {
          res.once('data', (c: Buffer) => {
            resolve(`${res.headers['content-type']}|${c.toString().slice(0, 20)}`);
            res.destroy();
          });
        },
      );
    });
    expect(sse).toBe('text/event-stream|data: {"result":{"ty');
  });

  it('answers 401 without a valid token, 404 for unknown apps, and issues session tokens', async () => {
    expect((await request('/api/v1/applications', { token: '' })).status).toBe(401);
    expect((await request('/api/v1/applications/nope')).status).toBe(404);
    const session = await request('/api/v1/session', {
      method: 'POST',
      body: { username: 'admin', password: 'secret' },
      token: '',
    });
    expect(session.status).toBe(200);
    const list = await request('/api/v1/applications', { token: String(session.body['token']) });
    expect((list.body['items'] as unknown[]).length).toBe(1);
    expect((await request('/api/version', { token: '' })).body['Version']).toMatch(/^v3/);
  });

  it('deletes an app: a DELETED event with its last state on open watches, then 404', async () => {
    await createBareRepo(root, 'acme/doomed', { 'app/values.yaml': 'tag: 1\n' });
    await argo.addApp({ name: 'doomed', repo: 'acme/doomed', path: 'app' });
    const client = new ArgoClient({ server: argo.url, token: TOKEN });
    const events: WatchEvent[] = [];
    const abort = new AbortController();
    const watching = client
      .watch(
        { name: 'doomed' },
        (e) => {
          events.push(e);
          if (e.type === 'ADDED') argo.deleteApp('doomed');
          else abort.abort();
        },
        abort.signal,
      )
      .catch(() => {});
    await watching;
    client.close();
    expect(events.map((e) => `${e.type} ${e.application.metadata?.name}`)).toEqual([
      'ADDED doomed',
      'DELETED doomed',
    ]);
    expect((await request('/api/v1/applications/doomed')).status).toBe(404);
    expect(() => argo.app('doomed')).toThrow('No application doomed');
  });

  it('records each request with its route, app and query, until reset', async () => {
    argo.stats.reset();
    await request('/api/v1/applications/api?refresh=hard');
    await request('/api/v1/applications/nope?appNamespace=team-a');
    await request('/api/v1/applications');
    expect(argo.stats.log).toEqual([
      { method: 'GET', route: 'get', app: 'api', query: { refresh: 'hard' } },
      { method: 'GET', route: 'get', app: 'nope', query: { appNamespace: 'team-a' } },
      { method: 'GET', route: 'list', app: '', query: {} },
    ]);
    argo.stats.reset();
    expect(argo.stats.log).toEqual([]);
  });

  it('answers permission denied naming the action a scoped token lacks, as Argo CD does', async () => {
    const denied = await request('/api/v1/applications/api', { token: 'other-apps-token' });
    expect(denied.status).toBe(403);
    expect(denied.body['message']).toBe('permission denied: applications, get, default/api');
    expect((await request('/api/v1/applications/api', { token: 'read-only-token' })).status).toBe(200);
    const sync = await request('/api/v1/applications/api/sync', {
      method: 'POST',
      body: { name: 'api' },
      token: 'read-only-token',
    });
    expect(sync.status).toBe(403);
    expect(sync.body['message']).toBe('permission denied: applications, sync, default/api');
  });

  it('finds an app outside the control-plane namespace by appNamespace: the query, or a sync body', async () => {
    await createBareRepo(root, 'acme/team-a-api', { 'app/values.yaml': 'tag: 1\n' });
    await argo.addApp({
      name: 'api',
      namespace: 'team-a',
      repo: 'acme/team-a-api',
      path: 'app',
      behaviour: { autoSync: false },
    });
    const got = await request('/api/v1/applications/api?appNamespace=team-a');
    expect((got.body['metadata'] as { namespace: string }).namespace).toBe('team-a');
    const sync = await request('/api/v1/applications/api/sync', {
      method: 'POST',
      body: { name: 'api', appNamespace: 'team-a' },
    });
    expect(sync.status).toBe(200);
    expect((sync.body['metadata'] as { namespace: string }).namespace).toBe('team-a');
    const denied = await request('/api/v1/applications/api/sync', {
      method: 'POST',
      body: { name: 'api', appNamespace: 'team-a' },
      token: 'read-only-token',
    });
    expect(denied.body['message']).toBe('permission denied: applications, sync, default/team-a/api');
  });

  it('with resendUnchanged, sends the same state again on every controller pass', async () => {
    const chatty = await startArgoCd({
      gitRoot: root,
      token: TOKEN,
      reconcileMs: 3_600_000,
      resendUnchanged: true,
      apps: [{ name: 'quiet', repo: 'acme/gitops', path: 'apps/api' }],
    });
    const quiet = await startArgoCd({
      gitRoot: root,
      token: TOKEN,
      reconcileMs: 3_600_000,
      apps: [{ name: 'quiet', repo: 'acme/gitops', path: 'apps/api' }],
    });
    try {
      const sent = { chatty: [] as string[], quiet: [] as string[] };
      const offs = [
        chatty.onChange((_n, app) => sent.chatty.push(JSON.stringify(app['status']))),
        quiet.onChange((_n, app) => sent.quiet.push(JSON.stringify(app['status']))),
      ];
      for (let i = 0; i < 3; i++) await Promise.all([chatty.refreshAll(), quiet.refreshAll()]);
      offs.forEach((off) => off());
      expect(sent.chatty).toHaveLength(3);
      expect(new Set(sent.chatty).size).toBe(1);
      expect(sent.quiet).toEqual([]);
      expect([...chatty.violations, ...quiet.violations]).toEqual([]);
    } finally {
      await Promise.all([chatty.close(), quiet.close()]);
    }
  });

  it('refuses a second sync while one runs, as Argo CD does', async () => {
    // The operation outlasts the test: the second request finds it running however slow the machine.
    argo.setBehaviour('api', { autoSync: false, syncMs: 3_600_000 });
    await commitFiles(root, 'acme/gitops', { 'apps/api/values.yaml': 'tag: 3\n' });
    const first = await request('/api/v1/applications/api/sync', { method: 'POST', body: { name: 'api' } });
    expect(first.status).toBe(200);
    const second = await request('/api/v1/applications/api/sync', { method: 'POST', body: { name: 'api' } });
    expect(second.status).toBe(400);
    expect(second.body['message']).toBe('another operation is already in progress');
  });

  it('holds a passing health until clients were sent it, resending it on open streams each pass', async () => {
    await createBareRepo(root, 'acme/held', { 'app/values.yaml': 'tag: 1\n' });
    const behaviour = { syncMs: 0, progressMs: 0, health: { degradedForMs: 0 }, holdUntilSent: 2 };
    // Passes only when the test asks: what moves the app on is what clients were sent, not time.
    const held = await startArgoCd({
      gitRoot: root,
      token: TOKEN,
      reconcileMs: 3_600_000,
      apps: [{ name: 'held', repo: 'acme/held', path: 'app', behaviour }],
    });
    const client = new ArgoClient({ server: held.url, token: TOKEN });
    const abort = new AbortController();
    try {
      const health = () => (held.app('held')['status'] as { health: { status: string } }).health.status;
      const passes = async (n: number) => {
        for (let i = 0; i < n; i++) await held.refreshAll();
      };
      await commitFiles(root, 'acme/held', { 'app/values.yaml': 'tag: 2\n' });
      await passes(5); // starts the sync, finishes it, then nobody is sent Progressing
      expect(health()).toBe('Progressing');
      expect(held.stats.sent).toEqual([]);
      await request('/api/v1/applications/held', { server: held });
      await passes(1);
      expect(health()).toBe('Progressing');

      const seen: string[] = [];
      let arrived: () => void = () => {};
      const next = (count: number) =>
        new Promise<void>((resolve) => {
          arrived = () => seen.length >= count && resolve();
          arrived();
        });
      const watching = client
        .watch(
          { name: 'held' },
          (e) => {
            seen.push(`${e.type} ${e.application.status?.health?.status}`);
            arrived();
          },
          abort.signal,
        )
        .catch(() => {});
      await next(1); // ADDED: the second time Progressing was sent
      await passes(1);
      await next(2);
      await passes(1); // Degraded, sent once so far: resent as it is held
      await next(3);
      await passes(1);
      await next(4);
      abort.abort();
      await watching;
      expect(seen).toEqual([
        'ADDED Progressing',
        'MODIFIED Degraded',
        'MODIFIED Degraded',
        'MODIFIED Healthy',
      ]);
      expect(held.stats.sent.map((d) => `${d.via} ${d.health}`)).toEqual([
        'get Progressing',
        'stream Progressing',
        'stream Degraded',
        'stream Degraded',
        'stream Healthy',
      ]);
      expect(held.violations).toEqual([]);
    } finally {
      abort.abort();
      client.close();
      await held.close();
    }
  });

  it('runs one more pass for all the calls made while a pass runs, and it sees what they saw', async () => {
    const chatty = await startArgoCd({
      gitRoot: root,
      token: TOKEN,
      reconcileMs: 3_600_000,
      resendUnchanged: true,
      apps: [{ name: 'api', repo: 'acme/gitops', path: 'apps/api', behaviour: { autoSync: false } }],
    });
    try {
      let passes = 0;
      const off = chatty.onChange(() => passes++);
      await Promise.all(Array.from({ length: 10 }, () => chatty.refreshAll()));
      expect(passes).toBe(2);
      const first = chatty.refreshAll();
      const sha = await commitFiles(root, 'acme/gitops', { 'apps/api/values.yaml': 'tag: 4\n' });
      await Promise.all([first, chatty.refreshAll()]);
      off();
      expect((chatty.app('api')['status'] as { sync: { revision: string } }).sync.revision).toBe(sha);
    } finally {
      await chatty.close();
    }
  });

  it('finds the branch head in packed refs too', async () => {
    await createBareRepo(root, 'acme/packed', { 'app/values.yaml': 'tag: 1\n' });
    const sha = await commitFiles(root, 'acme/packed', { 'app/values.yaml': 'tag: 2\n' });
    await git(['--git-dir', bareRepoPath(root, 'acme/packed'), 'pack-refs', '--all', '--prune']);
    await argo.addApp({ name: 'packed', repo: 'acme/packed', path: 'app' });
    expect((argo.app('packed')['status'] as { sync: { revision: string } }).sync.revision).toBe(sha);
  });
});

/**
 * One raw exchange: the status, content type and body, or how the connection ended without one. A hang
 * or stall is called after `waitMs`, which only a faulted exchange can reach: it never answers at all.
 */
function raw(pathName: string, waitMs = 20_000): Promise<string> {
  return new Promise((resolve) => {
    const req = http.get(
      `${argo.url}${pathName}`,
      { headers: { authorization: `Bearer ${TOKEN}` } },
      (res) => {
        let text = '';
        const head = `${res.statusCode} ${String(res.headers['content-type'])}`;
        const stalled = setTimeout(() => {
          req.destroy();
          resolve(`${head} stalled after ${JSON.stringify(text)}`);
        }, waitMs);
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          clearTimeout(stalled);
          resolve(`${head} ${text}`);
        });
      },
    );
    const hung = setTimeout(() => {
      req.destroy();
      resolve('no answer');
    }, waitMs);
    req.on('response', () => clearTimeout(hung));
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(hung);
      resolve(`error ${error.code ?? error.message}`);
    });
  });
}

describe('Argo CD stand-in faults', () => {
  afterEach(() => argo.clearFaults());

  it('answers each fault kind as documented, on the routes named, and heals after `times`', async () => {
    argo.fault({ kind: 'status', status: 503, retryAfter: '2', routes: ['get'], times: 1 });
    expect(await raw('/api/v1/applications/api')).toMatch(/^503 application\/json \{"error":"stand-in fault/);
    expect(await raw('/api/v1/applications/api')).toMatch(/^200 application\/json \{"metadata"/);

    argo.fault({ kind: 'html', routes: ['list'], times: 1 });
    expect(await raw('/api/v1/applications/api')).toMatch(/^200 application\/json/);
    expect(await raw('/api/v1/applications')).toMatch(/^200 text\/html; charset=utf-8 <!DOCTYPE html>/);

    argo.fault({ kind: 'truncated', times: 1 });
    expect(await raw('/api/v1/applications/api')).toBe('200 application/json {"metadata":{"name":"');

    argo.fault({ kind: 'reset', times: 1 });
    expect(await raw('/api/v1/applications/api')).toBe('error ECONNRESET');

    argo.fault({ kind: 'hang', times: 1 });
    expect(await raw('/api/v1/applications/api', 300)).toBe('no answer');

    argo.fault({ kind: 'stall', routes: ['stream'], times: 1 });
    expect(await raw('/api/v1/stream/applications?name=api', 300)).toBe(
      '200 application/json stalled after ""',
    );
    expect(argo.violations).toEqual([]);
  });

  it('keeps authentication in front of faults: a bad token still gets 401', async () => {
    argo.fault({ kind: 'hang' });
    expect((await request('/api/v1/applications', { token: 'wrong' })).status).toBe(401);
  });
});
