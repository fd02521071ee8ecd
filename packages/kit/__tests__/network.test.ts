import { createServer } from 'node:net';
import { networkFailure } from '@gitops-actions/kit';

describe('networkFailure (issue 12, defects 7 and 11)', () => {
  it('tells a reset (worth retrying) from a refused connection (not)', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise((r) => server.close(r));
    const refused = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(networkFailure(refused)).toEqual({
      code: 'ECONNREFUSED',
      reason: 'refused the connection: nothing listens there (ECONNREFUSED)',
      transient: false,
    });
    expect(networkFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' })).transient).toBe(true);
    const eyeballs = new TypeError('fetch failed', {
      cause: Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ENOTFOUND' })]), {}),
    });
    expect(networkFailure(eyeballs)).toMatchObject({ code: 'ENOTFOUND', transient: false });
  });

  it('reads an abort as a timeout, and never returns the library text', () => {
    expect(networkFailure(new DOMException('aborted', 'TimeoutError'))).toEqual({
      code: 'TIMEOUT',
      reason: 'did not answer in time',
      transient: true,
    });
    expect(networkFailure(new Error('socket hang up weird text')).reason).toBe('could not be reached');
    expect(networkFailure(new TypeError('Invalid URL')).transient).toBe(false);
  });
});
