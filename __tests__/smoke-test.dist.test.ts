// The shipped smoke-test bundle (issue 14.3), run as the runner runs it, against a local service
// that is healthy, becomes healthy, never does, hangs, or answers the wrong body.
import { runDist } from '@gitops-actions/testkit';
import { startHttpService, type HttpService } from '@gitops-actions/standin-http';

const SECRET = 'smoke-dist-token-9e4d1c7b2a6f';
const FORGED = '\n::warning::forged\n::set-output name=result::passed';

let service: HttpService;

beforeAll(async () => {
  service = await startHttpService();
});

afterAll(() => service.close());

afterEach(() => {
  expect(service.violations).toEqual([]);
});

const run = (inputs: Record<string, string>) => runDist('smoke-test', { inputs: { delay: '0s', ...inputs } });

const errorsOf = (r: Awaited<ReturnType<typeof run>>) => r.commands.filter((c) => c.command === 'error');

describe('dist/smoke-test against a local HTTP service', () => {
  it('passes once the service becomes healthy, with outputs and the table of attempts', async () => {
    service.route('/health', [
      { status: 503 },
      { status: 503 },
      { body: '{"status":"UP","checks":[{"ok":true}]}' },
    ]);
    const r = await run({ urls: `${service.url}/health`, 'expect-json': 'status=UP\nchecks[0].ok=true' });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'passed', attempts: '3' });
    expect(JSON.parse(r.outputs['report'] ?? '[]')).toHaveLength(3);
    expect(r.summary).toContain('### Smoke test passed: 1 of 1 URLs');
    expect(r.stdout.match(/^GET .*\/health attempt \d\/5:/gm)).toHaveLength(3);
  });

  it('fails with one error naming the URL that never passed, every attempt in the summary', async () => {
    service.route('/never', [{ status: 503, body: `down${FORGED}` }]);
    service.route('/fine', [{ body: 'UP' }]);
    const r = await run({
      urls: `${service.url}/fine\n${service.url}/never`,
      retries: '3',
      'expect-body': 'UP',
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOf(r)).toHaveLength(1);
    expect(errorsOf(r)[0]?.message).toContain(
      `GET ${service.url}/never (3 attempts; last: status 503 is not in 200)`,
    );
    expect(errorsOf(r)[0]?.message).not.toContain('/fine');
    expect(r.commands.filter((c) => !['error', 'debug'].includes(c.command))).toEqual([]);
    expect(r.outputs['result']).toBe('failed');
    expect(r.summary.match(/\/never` \| \d \| 503 \|/g)).toHaveLength(3);
  });

  it('gives up on a service that hangs, at the per-request timeout', async () => {
    service.route('/hang', [{ hang: true }]);
    const r = await run({ urls: `${service.url}/hang`, retries: '2', timeout: '200ms' });
    expect(r.exitCode).toBe(1);
    expect(r.timedOut).toBe(false);
    expect(errorsOf(r)[0]?.message).toContain('did not answer within 200ms');
    expect(service.count('/hang')).toBe(2);
  });

  it('reports a wrong body quoted, never as a command', async () => {
    service.route('/wrong', [{ body: `{"status":"DOWN"}${FORGED}` }]);
    const r = await run({ urls: `${service.url}/wrong`, retries: '1', 'expect-body': '"status":"UP"' });
    expect(r.exitCode).toBe(1);
    expect(errorsOf(r)[0]?.message).toContain(
      `body did not match '"status":"UP"': it starts '{"status":"DOWN"}\\n::warning::forged`,
    );
    expect(r.commands.filter((c) => c.command === 'warning' || c.command === 'set-output')).toEqual([]);
  });

  it('sends the headers, masks the secret among them, and shows it nowhere', async () => {
    service.route('/private', {
      answers: [{ echoHeaders: true, status: 500 }, { echoHeaders: true }],
      requireHeaders: { authorization: `Bearer ${SECRET}` },
    });
    const r = await run({
      urls: `${service.url}/private`,
      headers: `Authorization: Bearer ${SECRET}`,
      retries: '2',
      'expect-body': 'never there',
    });
    expect(r.exitCode).toBe(1);
    expect(service.requests.filter((q) => q.path === '/private').map((q) => q.answer)).toEqual([0, 1]);
    expect(r.stdout).toContain(`::add-mask::${SECRET}`);
    const shown = [
      r.stdout.replace(/^::add-mask::.*$/gm, ''),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
    ];
    expect(shown.join('\n')).not.toContain(SECRET);
  });

  it('refuses a bad input with one error naming it, before any request', async () => {
    const before = service.requests.length;
    const r = await run({ urls: `${service.url}/health`, 'expect-body': '(unclosed' });
    expect(r.exitCode).toBe(1);
    expect(errorsOf(r).map((c) => c.message)).toEqual([
      expect.stringMatching(/^Input 'expect-body' '\(unclosed' is not a valid JavaScript regular expression/),
    ]);
    expect(r.outputs).toEqual({});
    expect(service.requests.length).toBe(before);
  });
});
