import { isAuthorized, parseAuthorization } from '../src/auth.js';
import { parseCgiHead } from '../src/cgi.js';

describe('parseCgiHead', () => {
  it('waits for the blank line, then splits status, headers and body', () => {
    expect(parseCgiHead(Buffer.from('Status: 404 Not Found\r\nContent-Type: text/plain'))).toBeUndefined();
    const head = parseCgiHead(Buffer.from('Status: 404 Not Found\r\nContent-Type: text/plain\r\n\r\nbody'));
    expect(head).toMatchObject({ status: 404, headers: { 'Content-Type': 'text/plain' } });
    expect(head?.rest.toString()).toBe('body');
  });

  it('defaults to 200 and accepts bare LF line ends', () => {
    const head = parseCgiHead(Buffer.from('Expires: Fri, 01 Jan 1980 00:00:00 GMT\n\n\x00\x01'));
    expect(head?.status).toBe(200);
    expect(head?.headers['Expires']).toBe('Fri, 01 Jan 1980 00:00:00 GMT');
    expect([...(head?.rest ?? [])]).toEqual([0, 1]);
  });
});

describe('token auth', () => {
  const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

  it('accepts the token as the Basic password with any user, or as a Bearer token', () => {
    expect(isAuthorized(parseAuthorization(basic('x-access-token:t0k')), 't0k')).toBe(true);
    expect(isAuthorized(parseAuthorization(basic('anyone:t0k')), 't0k')).toBe(true);
    expect(isAuthorized(parseAuthorization('Bearer t0k'), 't0k')).toBe(true);
    expect(isAuthorized(parseAuthorization(basic('t0k:')), 't0k')).toBe(true);
  });

  it('rejects missing, malformed or wrong credentials', () => {
    expect(isAuthorized(parseAuthorization(undefined), 't0k')).toBe(false);
    expect(isAuthorized(parseAuthorization(basic('user:wrong')), 't0k')).toBe(false);
    expect(isAuthorized(parseAuthorization(basic('t0k:other')), 't0k')).toBe(false);
    expect(isAuthorized(parseAuthorization('Bearer t0k-longer'), 't0k')).toBe(false);
    expect(isAuthorized(parseAuthorization('Digest t0k'), 't0k')).toBe(false);
  });
});
