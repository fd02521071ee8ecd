// Issue 12 for SonarQube: transient failures retried inside the deadline with jittered backoff over
// the Clock, final ones not; messages name the host and the input; server text is quoted.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, silentLogger, type Clock } from '@gitops-actions/kit';
import { startSonarServer, type SonarServer } from '@gitops-actions/standin-sonar';
import {
  checkQualityGate,
  renderQualityGateSummary,
  type SonarPorts,
  type SonarRequest,
} from '../src/index.js';

const TOKEN = 'squ_0123456789abcdef0123456789abcdef01234567';
const NAMES = { hostUrl: 'sonar-host-url', token: 'sonar-token', projectKey: 'sonar-project-key' };

let sonar: SonarServer;
let work: string;
let now: number;
let slept: number[];
/** Time passes only when the client sleeps. */
const clock: Clock = {
  now: () => now,
  sleep: (ms) => {
    slept.push(ms);
    now += ms;
    return Promise.resolve();
  },
};

beforeAll(async () => {
  sonar = await startSonarServer({
    tokens: [TOKEN],
    projects: [{ key: 'acme:green', gate: { status: 'OK', conditions: [] } }],
  });
});
afterAll(() => sonar.close());
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sonar-hard-'));
  sonar.requests.length = 0;
  now = 0;
  slept = [];
});
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }));

const request = (over: Partial<SonarRequest> = {}): SonarRequest => ({
  hostUrl: sonar.url,
  token: TOKEN,
  projectKey: 'acme:green',
  inputNames: NAMES,
  ...over,
});
const ports = (over: Partial<SonarPorts> = {}): SonarPorts => ({
  log: silentLogger,
  workspace: work,
  clock,
  random: () => 0.5,
  ...over,
});
const host = () => new URL(sonar.url).host;

it('(12.6) retries a 500, a 429, a reset and a proxy page with jittered backoff, then passes', async () => {
  sonar.fail('error-500');
  sonar.fail('rate-limited-429');
  sonar.fail('reset');
  sonar.fail('proxy-html-502');
  const result = await checkQualityGate(request(), ports());
  expect(result).toMatchObject({ status: 'OK', passed: true });
  expect(sonar.requests.map((r) => r.status)).toEqual([500, 429, 0, 502, 200]);
  expect(slept).toEqual([500, 1000, 2000, 4000]);
});

it('(12.6) a login page answered with 200 is named an HTML page, with a hint, after the retries', async () => {
  sonar.fail('login-html', 6);
  const error = (await checkQualityGate(request(), ports()).catch((e: unknown) => e)) as ActionError;
  expect(error).toBeInstanceOf(ActionError);
  expect(error.message).toBe(
    `SonarQube at http://${host()} (sonar-host-url) answered 200 with an HTML page instead of JSON for /api/qualitygates/project_status (6 attempts)`,
  );
  expect(error.hint).toMatch(/^Check sonar-host-url: it must be SonarQube's base URL/);
});

it('(12.6) stops retrying when the next pause would pass the deadline', async () => {
  sonar.fail('error-500', 2);
  const error = (await checkQualityGate(request(), ports({ timeoutMs: 2000 })).catch(
    (e: unknown) => e,
  )) as Error;
  expect(error.message).toMatch(
    /answered 500: 'An error has occurred. Please contact your administrator' for \/api\/qualitygates\/project_status \(2 attempts\)$/,
  );
  expect(slept).toEqual([500]);
  expect(now).toBeLessThanOrEqual(2000);
});

it('(12.6) a server that accepts and never answers is given up on, and named', async () => {
  sonar.fail('hang', 2);
  const error = (await checkQualityGate(request(), ports({ timeoutMs: 1500, requestTimeoutMs: 200 })).catch(
    (e: unknown) => e,
  )) as Error;
  expect(error.message).toBe(
    `SonarQube at http://${host()} (sonar-host-url) did not answer within 0.2 s for /api/qualitygates/project_status (2 attempts)`,
  );
});

it('(12.6) 401 and 404 answers are final: one request each', async () => {
  await expect(checkQualityGate(request({ token: 'squ_wrong_token' }), ports())).rejects.toMatchObject({
    message: `SonarQube at http://${host()} (sonar-host-url) answered 401: the token was refused for /api/qualitygates/project_status`,
    hint: 'Set sonar-token to a valid user or project analysis token.',
  });
  await expect(checkQualityGate(request({ projectKey: 'acme:nope' }), ports())).rejects.toMatchObject({
    message: `SonarQube at http://${host()} (sonar-host-url) answered 404: 'Project 'acme:nope' not found' for /api/qualitygates/project_status`,
  });
  expect(sonar.requests).toHaveLength(2);
  expect(slept).toEqual([]);
});

it('(12.6) a refused connection is final and names the host and the input', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  await expect(
    checkQualityGate(request({ hostUrl: `http://127.0.0.1:${port}` }), ports()),
  ).rejects.toMatchObject({
    message: `SonarQube at http://127.0.0.1:${port} (sonar-host-url) refused the connection: nothing listens there (ECONNREFUSED) for /api/qualitygates/project_status`,
  });
  expect(slept).toEqual([]);
});

it('(12.10) summary cells and the failure line keep hostile server text in its place', () => {
  const hostile = 'x|y\n<script>`z`';
  const summary = renderQualityGateSummary({
    projectKey: 'p',
    status: `ERROR${hostile}`,
    passed: false,
    failed: [{ metric: hostile, comparator: 'LT', threshold: hostile, actual: hostile, status: 'ERROR' }],
    dashboardUrl: 'https://sonar.example/dashboard?id=p',
  });
  const rows = summary.split('\n').filter((l) => l.startsWith('|'));
  expect(rows).toHaveLength(3);
  const cells = rows.map((r) => r.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2);
  expect(new Set(cells)).toEqual(new Set([3]));
  expect(summary.replace(/`[^`\n]*`/g, '')).not.toContain('<script>');
});
