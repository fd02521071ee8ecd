import { createServer } from 'node:net';
import { networkFailure } from '@gitops-actions/kit';

describe('networkFailure (issue 12, defects 7 and 11)', () => {
  it('tells a refused connection (worth retrying) from an unknown name (not)', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise((r) => server.close(r));
    const refused = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(networkFailure(refused)).toEqual({
      code: 'ECONNREFUSED',
      reason: 'connection refused: nothing listens there (ECONNREFUSED)',
      transient: true,
    });
    expect(networkFailure(Object.assign(new Error('x'), { code: 'ENOTFOUND' })).transient).toBe(false);
  });

  it('reads an abort as a timeout, and never returns the library text', () => {
    expect(networkFailure(new DOMException('aborted', 'TimeoutError'))).toEqual({
      code: 'TIMEOUT',
      reason: 'no answer in time',
      transient: true,
    });
    expect(networkFailure(new Error('socket hang up weird text')).reason).toBe('the connection failed');
  });
});
