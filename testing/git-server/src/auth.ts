import { timingSafeEqual } from 'node:crypto';

export const AUTH_REALM = 'gitops-actions sandbox';

export interface Credentials {
  user: string;
  secret: string;
}

/** Reads `Basic base64(user:secret)` or `Bearer secret`, the two forms GitHub accepts for git over HTTPS. */
export function parseAuthorization(header: string | undefined): Credentials | undefined {
  if (!header) return undefined;
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const value = rest.join(' ');
  if (/^bearer$/i.test(scheme) || /^token$/i.test(scheme)) return { user: 'x-access-token', secret: value };
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { user: decoded, secret: '' };
  return { user: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * GitHub takes the token as the password with any user name, and also as the user name alone
 * (`https://<token>@github.com/...`); both are accepted so either client style works here.
 */
export function isAuthorized(credentials: Credentials | undefined, token: string): boolean {
  if (!credentials) return false;
  return (
    safeEqual(credentials.secret, token) || (credentials.secret === '' && safeEqual(credentials.user, token))
  );
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
