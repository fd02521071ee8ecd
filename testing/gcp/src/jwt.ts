import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

export interface Jwt {
  header: { alg?: string; kid?: string };
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

/** The three parts of a compact JWS, or undefined when `token` is not one. */
export function decodeJwt(token: string): Jwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8')) as Jwt['header'],
      claims: JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2] ?? '', 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/**
 * Verifies an RS256 signature against the issuer's published keys, found as Google finds them: the
 * discovery document's `jwks_uri`. Throws when the keys cannot be fetched.
 */
export async function signatureVerifies(jwt: Jwt, issuer: string): Promise<boolean> {
  const discovery = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
  if (!discovery.ok) throw new Error(`discovery answered ${discovery.status}`);
  const { jwks_uri } = (await discovery.json()) as { jwks_uri: string };
  const jwks = await fetch(jwks_uri);
  if (!jwks.ok) throw new Error(`JWKS answered ${jwks.status}`);
  const { keys } = (await jwks.json()) as { keys: Array<JsonWebKey & { kid?: string }> };
  const jwk = keys.find((k) => k.kid === jwt.header.kid);
  if (!jwk || jwt.header.alg !== 'RS256') return false;
  return verify(
    'sha256',
    Buffer.from(jwt.signingInput),
    createPublicKey({ key: jwk, format: 'jwk' }),
    jwt.signature,
  );
}
