// The smoke test (issue 14.3) against a real HTTP server on 127.0.0.1; the clock is injected, so the
// pauses between attempts take no time and the test never depends on the machine's speed.
import { createServer } from 'node:http';
import { parseWorkflowCommands, type Clock, type Logger } from '@gitops-actions/kit';
import {
  SMOKE_TEST_INPUTS,
  bodyPatternInput,
  jsonExpectationsInput,
  renderSmokeSummary,
  smokeFailure,
  smokeOutputs,
  smokeTest,
  statusSetInput,
  targetInput,
  type SmokeRequest,
  type SmokeResult,
} from '@gitops-actions/smoke';
import { startHttpService, type HttpService } from '@gitops-actions/standin-http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

let service: HttpService;
let lines: string[];
let sleeps: number[];
let now: number;

const log: Logger = { info: (m) => lines.push(m), warning: (m) => lines.push(m), debug: () => {} };
/** Time passes only when the smoke test pauses. */
const clock: Clock = {
  now: () => now,
  sleep: (ms) => {
    sleeps.push(ms);
    now += ms;
    return Promise.resolve();
  },
};

beforeEach(() => {
  lines = [];
  sleeps = [];
  now = 1_000_000;
});

afterEach(async () => {
  expect(service.violations).toEqual([]);
  await service.close();
});

function request(paths: string[], more: Partial<SmokeRequest> = {}): SmokeRequest {
  return {
    targets: paths.map((p) => targetInput('urls', p.replace(/(^| )\//, `$1${service.url}/`), 'https://x')),
    expectStatus: statusSetInput('expect-status', '200'),
    expectJson: [],
    attempts: 5,
    delayMs: 10_000,
    timeoutMs: 5_000,
    headers: [],
    inputs: SMOKE_TEST_INPUTS,
    ...more,
  };
}

const run = (req: SmokeRequest, ports: { clock?: Clock } = {}) => smokeTest(req, { log, clock, ...ports });
const problems = (r: SmokeResult) => r.attempts.map((a) => a.problem);

it('(14.3) passes at the first good answer of a healthy service', async () => {
  service = await startHttpService({ '/health': [{ body: 'ok' }] });
  const result = await run(request(['/health']));
  expect(result.passed).toBe(true);
  expect(result.attempts).toEqual([
    expect.objectContaining({ method: 'GET', attempt: 1, status: 200, passed: true, problem: '' }),
  ]);
  expect(sleeps).toEqual([]);
  expect(lines).toEqual([
    expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:\d+\/health attempt 1\/5: 200 in .*, passed$/),
  ]);
  expect(smokeOutputs(result)).toMatchObject({ result: 'passed', attempts: '1' });
  expect(smokeFailure(result, request(['/health']))).toBeUndefined();
});

it('(14.3) tries again after the delay until the service becomes healthy', async () => {
  service = await startHttpService({ '/health': [{ status: 503 }, { status: 502 }, { status: 200 }] });
  const result = await run(request(['/health']));
  expect(result.passed).toBe(true);
  expect(result.attempts.map((a) => [a.attempt, a.status, a.passed])).toEqual([
    [1, 503, false],
    [2, 502, false],
    [3, 200, true],
  ]);
  expect(problems(result).slice(0, 2)).toEqual(['status 503 is not in 200', 'status 502 is not in 200']);
  expect(sleeps).toEqual([10_000, 10_000]);
  expect(service.count('/health')).toBe(3);
  expect(lines).toHaveLength(3);
});

it('(14.3) fails after every attempt of a service that never becomes healthy, naming the URL', async () => {
  service = await startHttpService({ '/health': [{ status: 503 }], '/ready': [{}] });
  const req = request(['/health', 'HEAD /ready'], {
    attempts: 3,
    expectStatus: statusSetInput('s', '200-299,304'),
  });
  const result = await run(req);
  expect(result.passed).toBe(false);
  expect(result.targets.map((t) => [t.method, t.passed, t.attempts.length])).toEqual([
    ['GET', false, 3],
    ['HEAD', true, 1],
  ]);
  expect(service.count('/health')).toBe(3);
  expect(sleeps).toEqual([10_000, 10_000]);
  const failure = smokeFailure(result, req);
  expect(failure?.message).toBe(
    `1 of 2 URLs did not answer as expected: GET ${service.url}/health (3 attempts; last: status 503 is not in 200-299,304)`,
  );
  expect(failure?.hint).toMatch(/raise 'retries' or 'delay'/);
  const outputs = smokeOutputs(result);
  expect(outputs).toMatchObject({ result: 'failed', attempts: '4' });
  expect(JSON.parse(outputs.report)).toHaveLength(4);
});

it('(14.3) gives up on a request the service never answers, at the per-request timeout', async () => {
  service = await startHttpService({ '/health': [{ hang: true }, { hang: true }] });
  const result = await run(request(['/health'], { attempts: 2, timeoutMs: 200 }));
  expect(result.passed).toBe(false);
  expect(result.attempts.map((a) => a.status)).toEqual([null, null]);
  expect(problems(result)).toEqual([
    `127.0.0.1:${new URL(service.url).port} did not answer within 200ms`,
    `127.0.0.1:${new URL(service.url).port} did not answer within 200ms`,
  ]);
  expect(service.count('/health')).toBe(2);
});

it('(14.3) records a refused connection as such', async () => {
  service = await startHttpService();
  const closed = createServer();
  const url = await listenOnLoopback(closed);
  await closeServer(closed);
  const req = { ...request([]), targets: [targetInput('urls', `${url}/health`, 'x')], attempts: 2 };
  const result = await run(req);
  expect(problems(result)).toEqual([
    `${new URL(url).host} refused the connection: nothing listens there (ECONNREFUSED)`,
    `${new URL(url).host} refused the connection: nothing listens there (ECONNREFUSED)`,
  ]);
});

it('(14.3) checks the body against expect-body, showing the start of a wrong one quoted', async () => {
  service = await startHttpService({
    '/health': [{ body: '{"status":"DOWN"}\n::error::forged' }, { body: '{"status":"UP"}' }],
  });
  const result = await run(
    request(['/health'], { expectBody: bodyPatternInput('expect-body', '"status":\\s*"UP"') }),
  );
  expect(result.passed).toBe(true);
  expect(problems(result)[0]).toBe(
    `body did not match '"status":\\s*"UP"': it starts '{"status":"DOWN"}\\n::error::forged'`,
  );
  expect(parseWorkflowCommands(lines.join('\n'))).toEqual([]);
});

it('(14.3) reads at most 1 MiB of a body, and stops a pattern that backtracks without end', async () => {
  const big = `${'x'.repeat(1024 * 1024)}"status":"UP"`;
  service = await startHttpService({ '/big': [{ body: big }], '/evil': [{ body: `${'a'.repeat(40)}!` }] });
  const big1 = await run(request(['/big'], { attempts: 1, expectBody: /"status":"UP"/ }));
  expect(problems(big1)[0]).toMatch(
    /^body did not match .* \(first 1 MiB read\): it starts 'x{80}…' \(1048576 characters\)$/,
  );
  const evil = await run(
    request(['/evil'], { attempts: 1, expectBody: bodyPatternInput('expect-body', '(a+)+$') }),
  );
  expect(problems(evil)).toEqual([
    'body was not matched within 1s: the pattern backtracks too much; simplify it',
  ]);
});

it('(14.3) checks JSON paths, saying what a wrong one held', async () => {
  service = await startHttpService({
    '/health': [
      { body: 'not json' },
      { body: '{"status":"UP","checks":[{"name":"db","healthy":false}]}' },
      { body: '{"status":"UP","checks":[]}' },
      { body: '{"status":"UP","checks":[{"name":"db","healthy":true}],"version":3}' },
    ],
  });
  const expectJson = jsonExpectationsInput('expect-json', [
    'status=UP',
    'checks[0].healthy=true',
    'version=3',
  ]);
  const result = await run(request(['/health'], { expectJson }));
  expect(result.passed).toBe(true);
  expect(problems(result)).toEqual([
    "body is not JSON: it starts 'not json'",
    "json path checks[0].healthy was 'false', expected 'true'",
    "json path checks[0].healthy is missing (expected 'true')",
    '',
  ]);
});

it('(14.3) sends the headers, and the secret among them appears in no message, output or summary', async () => {
  const secret = 'smoke-secret-0123456789abcdef';
  service = await startHttpService({
    '/private': {
      answers: [{ echoHeaders: true, status: 500 }, { echoHeaders: true }],
      requireHeaders: { Authorization: `Bearer ${secret}`, 'X-Env': 'dev' },
    },
  });
  const headers = [
    { name: 'Authorization', value: `Bearer ${secret}` },
    { name: 'X-Env', value: 'dev' },
  ];
  const req = request(['/private'], { headers, expectBody: /never/ });
  const result = await run(req);
  expect(result.attempts.map((a) => a.status)).toEqual([500, 200, 200, 200, 200]);
  expect(service.requests.every((r) => r.headers.authorization === `Bearer ${secret}`)).toBe(true);
  expect(problems(result)[1]).toMatch(/^body did not match 'never': it starts '\{.*"authorization":"\*\*\*"/);
  const everything = [
    lines.join('\n'),
    JSON.stringify(smokeOutputs(result)),
    renderSmokeSummary(result),
    JSON.stringify(smokeFailure(result, req)),
  ].join('\n');
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain(secret.slice(0, 12));
});

it('(14.3) follows redirects for GET within the origin, never carrying the headers elsewhere', async () => {
  const other = await startHttpService({ '/elsewhere': [{ echoHeaders: true }] });
  try {
    service = await startHttpService({
      '/old': [{ status: 301, headers: { location: '/health' } }],
      '/health': [{ status: 302, headers: { location: `${other.url}/elsewhere` } }],
      '/loop': [{ status: 302, headers: { location: '/loop' } }],
    });
    const headers = [{ name: 'X-Api-Key', value: 'key-0123456789' }];
    const followed = await run(request(['/old'], { headers, attempts: 1 }));
    expect(followed.passed).toBe(true);
    expect(service.requests.map((r) => [r.path, r.headers['x-api-key']])).toEqual([
      ['/old', 'key-0123456789'],
      ['/health', 'key-0123456789'],
    ]);
    expect(other.requests[0]?.headers['x-api-key']).toBeUndefined();

    const looped = await run(request(['/loop'], { attempts: 1 }));
    expect(problems(looped)).toEqual(['status 302: more than 5 redirects']);
    expect(service.count('/loop')).toBe(6);

    const kept = await run(request(['/old'], { attempts: 1, expectStatus: statusSetInput('s', '301') }));
    expect(kept.attempts.map((a) => [a.status, a.passed])).toEqual([[301, true]]);
    expect(other.violations).toEqual([]);
  } finally {
    await other.close();
  }
});

it('(14.3) stops at its deadline, attempts × (timeout + delay), however the clock runs', async () => {
  service = await startHttpService({ '/health': [{ status: 503 }] });
  // A runner suspended during a pause: each pause takes far longer than asked.
  const slow: Clock = { now: () => now, sleep: (ms) => ((now += ms * 3), Promise.resolve()) };
  const result = await run(request(['/health'], { attempts: 5, delayMs: 10_000, timeoutMs: 5_000 }), {
    clock: slow,
  });
  // 75 s of budget; each pause costs 30 s: attempts at 0, 30, 60 s, then the deadline has passed.
  expect(result.attempts).toHaveLength(3);
  expect(result.passed).toBe(false);
});

it('(14.3) the summary escapes every cell and lists each attempt', async () => {
  service = await startHttpService({
    '/a|b': [{ status: 503 }, { body: '<img src=x>|' }, { body: 'ok' }],
  });
  const result = await run(request(['/a|b'], { expectBody: /ok/ }));
  const summary = renderSmokeSummary(result);
  expect(summary).toContain('### Smoke test passed: 1 of 1 URLs');
  expect(summary).toContain(`| \`GET ${service.url}/a\\|b\` | 1 | 503 | 0s | ❌ status 503 is not in 200 |`);
  expect(summary).toContain("| 2 | 200 | 0s | ❌ body did not match 'ok': it starts '&lt;img src=x>\\|' |");
  expect(summary).toContain('| 3 | 200 | 0s | ✅ passed |');
  expect(summary).not.toContain('<img');
});
