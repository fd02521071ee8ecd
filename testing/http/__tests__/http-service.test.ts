import { startHttpService, type HttpService } from '@gitops-actions/standin-http';

let service: HttpService;

afterEach(() => service.close());

it('answers each path from its script, the last answer repeating', async () => {
  service = await startHttpService({ '/health': [{ status: 503 }, { status: 200, body: 'ok' }] });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await fetch(`${service.url}/health`)).status);
  expect(statuses).toEqual([503, 200, 200]);
  expect(await (await fetch(`${service.url}/health`)).text()).toBe('ok');
  expect(service.requests.map((r) => r.answer)).toEqual([0, 1, 1, 1]);
  expect((await fetch(`${service.url}/nowhere`)).status).toBe(404);
  expect(service.violations).toEqual([]);
});

it('refuses a request without the headers a route requires, and echoes headers when asked', async () => {
  service = await startHttpService({
    '/private': { answers: [{ echoHeaders: true }], requireHeaders: { 'X-Api-Key': 'k-123456789' } },
  });
  expect((await fetch(`${service.url}/private`)).status).toBe(401);
  const ok = await fetch(`${service.url}/private`, { headers: { 'x-api-key': 'k-123456789' } });
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as Record<string, string>)['x-api-key']).toBe('k-123456789');
});

it('records a body sent with GET as a violation of HTTP', async () => {
  service = await startHttpService({ '/health': [{}] });
  const { request } = await import('node:http');
  await new Promise<void>((resolve, reject) => {
    const req = request(
      `${service.url}/health`,
      { method: 'GET', headers: { 'content-length': 6 } },
      (res) => {
        res.resume();
        res.on('end', resolve);
      },
    );
    req.on('error', reject);
    req.end('a body');
  });
  expect(service.violations).toEqual([expect.stringMatching(/GET \/health: sent a body/)]);
});

it('holds a hanging request open until the client gives up', async () => {
  service = await startHttpService({ '/slow': [{ hang: true }] });
  const error = await fetch(`${service.url}/slow`, { signal: AbortSignal.timeout(100) }).catch(
    (e: Error) => e,
  );
  expect((error as Error).name).toBe('TimeoutError');
  expect(service.count('/slow')).toBe(1);
});
