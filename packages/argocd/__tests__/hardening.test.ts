// The wait against an Argo CD stand-in that misbehaves: hostile messages, requests that hang, answers
// that fail once or for good, and a sync the wait triggered that fails. Numbers name issue 12's defects.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  OPERATION,
  failureHint,
  renderWaitSummary,
  waitForArgoCd,
  waitOutputs,
  type ArgoWaitRequest,
} from '@gitops-actions/argocd';
import {
  ActionError,
  Runner,
  createContext,
  parseWorkflowCommands,
  runAction,
  type Clock,
  type Logger,
} from '@gitops-actions/kit';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';

const TOKEN = 'hardening-token-0123456789';
const HOSTILE = 'bad\n::warning::forged by the server\n::set-output name=x::y\n  ::error::indented';
let root: string;
let argo: ArgoCdServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'argocd-hardening-'));
  argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

afterEach(() => {
  argo.clearFaults();
  expect(argo.violations).toEqual([]);
});

function lineLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), warning: (l) => lines.push(l), debug: () => {} };
}

/** A new app, already Synced and Healthy at its repository's head, which it returns. */
async function newApp(behaviour: ArgoAppBehaviour = {}) {
  const name = `hard-${++seq}`;
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1\n' });
  await argo.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour });
  const status = argo.app(name)['status'] as { sync: { revision: string } };
  return { name, head: status.sync.revision };
}

function request(name: string, revision: string, extra: Partial<ArgoWaitRequest> = {}): ArgoWaitRequest {
  return {
    server: argo.url,
    token: TOKEN,
    apps: [{ name }],
    expect: { revision, acceptSuspended: false, degradedGraceMs: 0 },
    refresh: 'normal',
    sync: false,
    timeoutMs: 15_000,
    ...extra,
  };
}

/** The wait run as an action's edge runs it (kit's runner, outputs, summary, the error), its stdout and summary kept. */
async function runEdge(req: ArgoWaitRequest): Promise<{ stdout: string; summary: string }> {
  const lines: string[] = [];
  const summaryFile = path.join(root, `summary-${++seq}.md`);
  const runner = new Runner({ GITHUB_STEP_SUMMARY: summaryFile }, (line) => lines.push(line));
  await runAction(
    OPERATION,
    async (ctx) => {
      const result = await waitForArgoCd(req, { log: ctx.log });
      for (const [name, value] of Object.entries(waitOutputs(result))) ctx.runner.setOutput(name, value);
      ctx.runner.appendSummary(renderWaitSummary(result, req.server));
      if (result.outcome !== 'done')
        throw new ActionError(OPERATION, result.message, { hint: failureHint(result, req) });
    },
    createContext(runner),
  );
  process.exitCode = 0;
  return { stdout: lines.join('\n'), summary: await readFile(summaryFile, 'utf8').catch(() => '') };
}

function expectNoForgedCommand(stdout: string): void {
  const commands = parseWorkflowCommands(stdout);
  expect(commands.filter((c) => c.command === 'warning')).toEqual([]);
  expect(commands.filter((c) => c.command === 'set-output' && c.properties['name'] === 'x')).toEqual([]);
  expect(commands.filter((c) => c.command === 'error')).toHaveLength(1);
}

/** The wait's failure, for a wait expected to throw. */
async function failureOf(wait: Promise<unknown>): Promise<ActionError> {
  const error = await wait.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

/** A clock that moves only when the test says: the wait's deadline, pauses and request limits all run on it. */
class ManualClock implements Clock {
  private time = 0;
  private sleepers: { at: number; wake: () => void }[] = [];
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  }
  advance(ms: number): void {
    this.time += ms;
    const due = this.sleepers.filter((s) => s.at <= this.time);
    this.sleepers = this.sleepers.filter((s) => s.at > this.time);
    for (const s of due) s.wake();
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('(12.2) server text never becomes a workflow command', () => {
  it('(12.2) a failed sync whose operation, resource and condition messages hold `::` lines', async () => {
    const conditions = [{ type: 'ComparisonError', message: HOSTILE }];
    const app = await newApp({ autoSync: false, syncFailure: HOSTILE, conditions });
    const sha = await commitFiles(root, `acme/${app.name}`, { 'app/values.yaml': 'tag: 2\n' });
    const { stdout, summary } = await runEdge(request(app.name, sha, { sync: true }));
    // The hostile lines were printed, inert, and the failure still says what happened.
    expect(stdout).toContain('\n::warning::forged by the server');
    expectNoForgedCommand(stdout);
    const error = parseWorkflowCommands(stdout).find((c) => c.command === 'error');
    expect(error?.message).toContain('sync operation Failed');
    expect(error?.message).toContain('::warning::forged by the server');
    expect(summary).toContain('Argo CD: failed');
    expect(summary).not.toContain('\n::warning::');
  });

  it('(12.2) a Degraded app whose health messages hold `::` lines', async () => {
    const conditions = [{ type: 'SyncError', message: HOSTILE }];
    const app = await newApp({ health: 'degraded', healthMessage: HOSTILE, conditions, progressMs: 50 });
    const sha = await commitFiles(root, `acme/${app.name}`, { 'app/values.yaml': 'tag: 2\n' });
    const { stdout, summary } = await runEdge(request(app.name, sha));
    expectNoForgedCommand(stdout);
    const error = parseWorkflowCommands(stdout).find((c) => c.command === 'error');
    expect(error?.message).toContain('health Degraded');
    expect(error?.message).toContain(`Deployment ${app.name}/${app.name}: Degraded — bad\n::warning::`);
    expect(summary).toContain('Degraded — bad<br>::warning::forged by the server');
  });
});

describe('(12.3) the timeout bounds every request', () => {
  it('(12.3) a server that accepts and never answers: the wait ends at the deadline, naming host, path and `timeout`', async () => {
    const app = await newApp();
    argo.fault({ kind: 'hang' });
    const started = Date.now();
    const error = await failureOf(
      waitForArgoCd(request(app.name, app.head, { timeoutMs: 1000 }), { log: lineLog() }),
    );
    expect(Date.now() - started).toBeLessThan(6000);
    const host = new URL(argo.url).host;
    expect(error.message).toMatch(
      /^timed out after 1s \(`timeout`\): GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/applications\//,
    );
    expect(error.message).toContain(
      `/api/v1/applications/${app.name} failed: ${host} accepted the connection but sent no answer`,
    );
    expect(error.hint).toContain(`Check that \`server\` (${host}) is Argo CD's API`);
    expect(error.hint).toContain('raise `timeout`');
  });

  it('(12.3) a server that sends the headers, then stalls the body', async () => {
    const app = await newApp();
    argo.fault({ kind: 'stall', routes: ['get'] });
    const req = request(app.name, app.head, { timeoutMs: 1000, inputs: ROOT_INPUTS });
    const error = await failureOf(waitForArgoCd(req, { log: lineLog() }));
    expect(error.message).toMatch(
      /^timed out after 1s \(`argocd-timeout`\): GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/applications\//,
    );
    expect(error.message).toContain('sent the start of its answer, then nothing more');
    expect(error.hint).toContain('`argocd-server`');
  });

  it('(12.3) the deadline and every request limit run on the injected clock: no real wait', async () => {
    const app = await newApp();
    argo.fault({ kind: 'hang' });
    const clock = new ManualClock();
    argo.stats.reset();
    const wait = failureOf(
      waitForArgoCd(request(app.name, app.head, { timeoutMs: 600_000 }), { log: lineLog(), clock }),
    );
    await until(() => argo.stats.byRoute['get'] === 1);
    clock.advance(600_000);
    const error = await wait;
    expect(error.message).toMatch(
      /^timed out after 10m \(`timeout`\): GET .* accepted the connection but sent no answer/,
    );
  });

  it('(12.3) a watch stream that stalls after its headers is dropped when idle, then given up for polling', async () => {
    const app = await newApp({ autoSync: false, syncMs: 100, progressMs: 100 });
    const sha = await commitFiles(root, `acme/${app.name}`, { 'app/values.yaml': 'tag: 2\n' });
    argo.fault({ kind: 'stall', routes: ['stream'] });
    argo.stats.reset();
    const log = lineLog();
    const req = request(app.name, sha, { sync: true, streamIdleMs: 100, pollMinMs: 50, pollMaxMs: 100 });
    const result = await waitForArgoCd(req, { log });
    expect(result.outcome).toBe('done');
    expect(result.apps[0]?.mode).toBe('polling');
    expect(argo.stats.byRoute['stream']).toBe(3);
    expect(log.lines).toContain(`${app.name}: the watch stream keeps failing; polling instead`);
  });

  it('(12.3) a stream still silent at the deadline is named in the timeout message', async () => {
    const app = await newApp({ autoSync: false });
    const sha = await commitFiles(root, `acme/${app.name}`, { 'app/values.yaml': 'tag: 2\n' });
    argo.fault({ kind: 'stall', routes: ['stream'] });
    const req = request(app.name, sha, { timeoutMs: 1500 });
    const result = await waitForArgoCd(req, { log: lineLog() });
    expect(result.outcome).toBe('timeout');
    expect(failureHint(result, req)).toContain("check that `server` is Argo CD's API");
    const host = new URL(argo.url).host;
    expect(result.message).toContain('timed out after 1.5s; last state:');
    expect(result.message).toContain(
      `Argo CD when \`timeout\` ran out:\n  - GET ${argo.url}/api/v1/stream/applications: ${host} sent the stream's headers but no event`,
    );
  });
});

/** The root action's names, as it passes them. */
const ROOT_INPUTS = {
  server: 'argocd-server',
  token: 'argocd-token',
  applications: 'argocd-applications',
  sync: 'argocd-sync',
  timeout: 'argocd-timeout',
};

describe('(12.4) transient failures are retried inside the deadline; final ones are not', () => {
  it('(12.4) a 500 once, then the answer: done', async () => {
    const app = await newApp();
    argo.fault({ kind: 'status', status: 500, routes: ['get'], times: 1 });
    argo.stats.reset();
    const log = lineLog();
    const result = await waitForArgoCd(request(app.name, app.head), { log });
    expect(result.outcome).toBe('done');
    expect(argo.stats.byRoute['get']).toBe(2);
    expect(
      log.lines.some((l) =>
        /^Argo CD: GET http:\/\/.*\/api\/v1\/applications\/hard-\d+ answered 500: 'stand-in fault.*retrying in/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it('(12.4) a proxy HTML page once, then the answer: done', async () => {
    const app = await newApp();
    argo.fault({ kind: 'html', routes: ['get'], times: 1 });
    argo.stats.reset();
    const result = await waitForArgoCd(request(app.name, app.head), { log: lineLog() });
    expect(result.outcome).toBe('done');
    expect(argo.stats.byRoute['get']).toBe(2);
  });

  it('(12.4) a proxy HTML page until the deadline: what answered, the path, and the hint', async () => {
    const app = await newApp();
    argo.fault({ kind: 'html' });
    const req = request(app.name, app.head, { timeoutMs: 1500, inputs: ROOT_INPUTS });
    const error = await failureOf(waitForArgoCd(req, { log: lineLog() }));
    expect(error.message).toContain(
      `${argo.url}/api/v1/applications/${app.name} answered an HTML page instead of Argo CD's JSON API (status 200), titled 'Sign in - Example SSO'`,
    );
    expect(error.message).toMatch(/^timed out after 1\.5s \(`argocd-timeout`\): .* \(\d+ attempts\)$/);
    expect(error.hint).toBe(
      'Is `argocd-server` the Argo CD API (the URL the argocd CLI logs in to), not an SSO or proxy login page in front of it?',
    );
  });

  it('(12.4) a truncated JSON body once, then the answer: done', async () => {
    const app = await newApp();
    argo.fault({ kind: 'truncated', routes: ['get'], times: 1 });
    const result = await waitForArgoCd(request(app.name, app.head), { log: lineLog() });
    expect(result.outcome).toBe('done');
  });

  it('(12.4) a connection reset is retried', async () => {
    const app = await newApp();
    argo.fault({ kind: 'reset', routes: ['get'], times: 2 });
    argo.stats.reset();
    const result = await waitForArgoCd(request(app.name, app.head), { log: lineLog() });
    expect(result.outcome).toBe('done');
    expect(argo.stats.byRoute['get']).toBe(3);
  });

  it('(12.4) 401 is final at once', async () => {
    const app = await newApp();
    argo.fault({ kind: 'status', status: 401, routes: ['get'] });
    argo.stats.reset();
    const error = await failureOf(waitForArgoCd(request(app.name, app.head), { log: lineLog() }));
    expect(argo.stats.byRoute['get']).toBe(1);
    expect(error.message).toMatch(
      /^Argo CD refused the token \(GET http:\/\/.* answered 401: 'no session information'\)$/,
    );
    expect(error.hint).toMatch(/^The `token` input is wrong or expired/);
  });

  it('(12.4) 429 waits what Retry-After asks when it fits the deadline, and fails at once when it does not', async () => {
    const app = await newApp();
    argo.fault({ kind: 'status', status: 429, routes: ['get'], retryAfter: '1', times: 1 });
    const log = lineLog();
    expect((await waitForArgoCd(request(app.name, app.head), { log })).outcome).toBe('done');
    expect(log.lines.some((l) => / answered 429: .*; retrying in 1\.\ds$/.test(l))).toBe(true);

    argo.fault({ kind: 'status', status: 429, routes: ['get'], retryAfter: '120' });
    argo.stats.reset();
    const error = await failureOf(
      waitForArgoCd(request(app.name, app.head, { timeoutMs: 5000 }), { log: lineLog() }),
    );
    expect(argo.stats.byRoute['get']).toBe(1);
    expect(error.message).toContain(
      "answered 429: 'stand-in fault: the server is not well', asking to retry in 2m",
    );
    expect(error.hint).toContain('raise `timeout`');
  });

  it('(12.4) a refused connection is named as such, with the input that chose the server, at once', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const req = { ...request('web', 'abcdef1'), server: `http://127.0.0.1:${port}`, inputs: ROOT_INPUTS };
    const error = await failureOf(waitForArgoCd(req, { log: lineLog() }));
    expect(error.message).toBe(
      `Argo CD at 127.0.0.1:${port} is unreachable: GET http://127.0.0.1:${port}/api/v1/applications/web failed: ` +
        `127.0.0.1:${port} refused the connection: nothing listens there (ECONNREFUSED)`,
    );
    expect(error.hint).toBe(
      'Check the `argocd-server` input (scheme, host, port) and that the runner can reach it.',
    );
  });
});

describe('(12.15) a sync the wait triggers must succeed', () => {
  it('(12.15) fails with the operation phase and message though the app stays Synced and Healthy', async () => {
    const app = await newApp({ autoSync: false, syncFailure: 'PreSync hook job db-migrate failed' });
    const result = await waitForArgoCd(request(app.name, app.head, { sync: true }), { log: lineLog() });
    expect(result.outcome).toBe('failed');
    expect(result.apps[0]?.assessment.snapshot).toMatchObject({
      sync: 'Synced',
      health: 'Healthy',
      operationPhase: 'Failed',
    });
    expect(result.message).toContain(
      `sync operation Failed at ${app.head.slice(0, 7)} (the sync this wait requested): one or more objects failed to apply, reason: PreSync hook job db-migrate failed`,
    );
    const summary = renderWaitSummary(result, argo.url);
    expect(summary).toContain('| Failed |');
    expect(summary).toContain('(the sync this wait requested)');
  });

  it('(12.15) fails when the sync it follows instead (already in progress) fails', async () => {
    // A running operation answers the wait's POST with "another operation is already in progress":
    // what a retried POST sees when the answer to the first was lost.
    const app = await newApp({ autoSync: false, syncFailure: 'hook failed', syncMs: 2000 });
    const first = await fetch(`${argo.url}/api/v1/applications/${app.name}/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ revision: app.head }),
    });
    expect(first.status).toBe(200);
    const result = await waitForArgoCd(request(app.name, app.head, { sync: true }), { log: lineLog() });
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain('hook failed');
  });

  it('(12.15) succeeds when the sync it triggered succeeds on an app already Synced and Healthy', async () => {
    const app = await newApp({ autoSync: false });
    argo.stats.reset();
    const result = await waitForArgoCd(request(app.name, app.head, { sync: true }), { log: lineLog() });
    expect(result.outcome).toBe('done');
    expect(argo.stats.byRoute['sync']).toBe(1);
  });
});
