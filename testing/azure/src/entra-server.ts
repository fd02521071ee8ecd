import { createPublicKey, randomBytes, randomUUID, verify, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

/** A federated identity credential of an app registration, as Microsoft Graph stores it. */
export interface FederatedIdentityCredential {
  issuer: string;
  subject: string;
  audiences: string[];
}

export interface EntraApp {
  clientId: string;
  tenantId: string;
  federatedCredentials: FederatedIdentityCredential[];
}

/** An access token this stand-in issued, as the ACR stand-in checks it. */
export interface IssuedAccessToken {
  clientId: string;
  tenantId: string;
  /** The scope's resource, e.g. `https://management.azure.com`. */
  audience: string;
  expiresAt: number;
}

export interface EntraRequest {
  method: string;
  path: string;
  contentType: string;
  form: Record<string, string>;
}

export interface EntraServerOptions {
  apps: EntraApp[];
  /** Seconds an access token lives (`expires_in`); Entra's are about an hour. */
  tokenLifetimeSeconds?: number;
}

export interface EntraServer {
  /** The authority host to give the client (`http://127.0.0.1:<port>`). */
  url: string;
  /** Registered apps; tests change them to simulate a missing or different credential. */
  apps: EntraApp[];
  issued: Map<string, IssuedAccessToken>;
  requests: EntraRequest[];
  /** The next `n` requests answer `status` before any check, as Entra's documented error body or as HTML. */
  failNext(n: number, status: number, body?: 'json' | 'html'): void;
  /** Entra's clock runs `seconds` ahead: a token fresh for the runner is expired here (AADSTS700024). */
  skewClock(seconds: number): void;
  /** Subject mismatches answer the legacy AADSTS70021 instead of AADSTS700213. */
  legacyMismatchCode: boolean;
  close(): Promise<void>;
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

class EntraError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly code: number,
    description: string,
  ) {
    super(`AADSTS${code}: ${description}`);
  }
}

/** `2030-01-01 00:00:00Z`, the form Entra's messages and `timestamp` use. */
const stamp = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');

function errorBody(e: EntraError, now: number): Record<string, unknown> {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const at = stamp(now);
  return {
    error: e.error,
    error_description: `${e.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${at}`,
    error_codes: [e.code],
    timestamp: at,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${e.code}`,
  };
}

interface Jwt {
  header: { alg?: string; kid?: string };
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

function decodeJwt(token: string): Jwt {
  const parts = token.split('.');
  try {
    if (parts.length !== 3) throw new Error('parts');
    const json = (s: string | undefined) =>
      JSON.parse(Buffer.from(s ?? '', 'base64url').toString('utf8')) as unknown;
    return {
      header: json(parts[0]) as Jwt['header'],
      claims: json(parts[1]) as Record<string, unknown>,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2] ?? '', 'base64url'),
    };
  } catch {
    throw new EntraError(400, 'invalid_client', 50027, 'JWT token is invalid or malformed.');
  }
}

async function verifySignature(jwt: Jwt, issuer: string): Promise<void> {
  let keys: Array<JsonWebKey & { kid?: string }>;
  try {
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    const { jwks_uri } = (await discovery.json()) as { jwks_uri: string };
    const jwks = await fetch(jwks_uri);
    if (!jwks.ok) throw new Error(`jwks ${jwks.status}`);
    keys = ((await jwks.json()) as { keys: typeof keys }).keys;
  } catch {
    throw new EntraError(400, 'invalid_client', 50166, `Request to External OIDC endpoint failed.`);
  }
  const jwk = keys.find((k) => k.kid === jwt.header.kid);
  const valid =
    jwt.header.alg === 'RS256' &&
    jwk !== undefined &&
    verify(
      'sha256',
      Buffer.from(jwt.signingInput),
      createPublicKey({ key: jwk, format: 'jwk' }),
      jwt.signature,
    );
  if (!valid)
    throw new EntraError(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const audiences = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : [str(v)]);

/**
 * Whether one of the app's credentials admits the assertion; else the AADSTS error Entra gives for the
 * first check that fails: the issuer picks the keys, so the signature is checked before audience and subject.
 */
async function matchCredential(app: EntraApp, jwt: Jwt, legacy: boolean): Promise<void> {
  const claims = jwt.claims;
  const iss = str(claims['iss']);
  const sub = str(claims['sub']);
  const aud = audiences(claims['aud']);
  const byIssuer = app.federatedCredentials.filter((c) => c.issuer === iss);
  if (byIssuer.length === 0) {
    throw new EntraError(
      401,
      'invalid_client',
      700211,
      `No matching federated identity record found for presented assertion issuer '${iss}'. Please note that the matching is done using a case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    );
  }
  await verifySignature(jwt, iss);
  const byAudience = byIssuer.filter((c) => c.audiences.some((a) => aud.includes(a)));
  if (byAudience.length === 0) {
    throw new EntraError(
      401,
      'invalid_client',
      700212,
      `No matching federated identity record found for presented assertion audience '${aud.join(',')}'. Please note that the matching is done using a case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    );
  }
  if (byAudience.some((c) => c.subject === sub)) return;
  if (legacy) {
    throw new EntraError(
      401,
      'invalid_client',
      70021,
      'No matching federated identity record found for presented assertion.',
    );
  }
  const caseOnly = byAudience.some((c) => c.subject.toLowerCase() === sub.toLowerCase());
  throw new EntraError(
    401,
    'invalid_client',
    caseOnly ? 7002138 : 700213,
    `No matching federated identity record found for presented assertion subject '${sub}'.${caseOnly ? ' The subject matches with case-insensitive comparison, but not with case-sensitive comparison.' : ''} Check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
  );
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) {
    throw new EntraError(
      400,
      'invalid_request',
      900144,
      `The request body must contain the following parameter: '${name}'.`,
    );
  }
  return value;
}

/**
 * Microsoft Entra's v2.0 token endpoint for the client-credentials grant with a federated client
 * assertion (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow):
 * form-encoded POST to `/{tenant}/oauth2/v2.0/token`; the assertion's RS256 signature verified against
 * its issuer's JWKS, its lifetime, and the app's federated credentials (issuer, audience, subject,
 * compared exactly). Errors in Entra's documented body with AADSTS codes.
 */
export async function startEntraServer(opts: EntraServerOptions): Promise<EntraServer> {
  const server = createServer();
  const url = await listenOnLoopback(server);
  const faults = { n: 0, status: 503, body: 'json' as 'json' | 'html' };
  let skewMs = 0;
  const entra: EntraServer = {
    url,
    apps: opts.apps,
    issued: new Map(),
    requests: [],
    failNext(n, status, body = 'json') {
      Object.assign(faults, { n, status, body });
    },
    skewClock(seconds) {
      skewMs = seconds * 1000;
    },
    legacyMismatchCode: false,
    close: () => closeServer(server),
  };

  async function token(tenant: string, form: URLSearchParams, now: number): Promise<Record<string, unknown>> {
    if (!entra.apps.some((a) => a.tenantId === tenant)) {
      throw new EntraError(
        400,
        'invalid_request',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    }
    const grant = required(form, 'grant_type');
    if (grant !== 'client_credentials') {
      throw new EntraError(
        400,
        'unsupported_grant_type',
        70003,
        'The app requested an unsupported grant type.',
      );
    }
    const clientId = required(form, 'client_id');
    const scope = required(form, 'scope');
    if (!/^\S+\/\.default$/.test(scope)) {
      throw new EntraError(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    if (form.get('client_secret')) {
      throw new EntraError(
        400,
        'invalid_request',
        90023,
        'Only one client authentication method may be used.',
      );
    }
    if (required(form, 'client_assertion_type') !== ASSERTION_TYPE) {
      throw new EntraError(
        400,
        'invalid_request',
        90014,
        `The client_assertion_type must be '${ASSERTION_TYPE}'.`,
      );
    }
    const jwt = decodeJwt(required(form, 'client_assertion'));
    const app = entra.apps.find((a) => a.tenantId === tenant && a.clientId === clientId);
    if (!app) {
      throw new EntraError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    const exp = Number(jwt.claims['exp']);
    const nbf = Number(jwt.claims['nbf'] ?? 0);
    if (!(exp * 1000 > now) || nbf * 1000 > now + 300_000) {
      throw new EntraError(
        400,
        'invalid_client',
        700024,
        `Client assertion is not within its valid time range. Current time: ${new Date(now).toISOString()}, assertion valid from ${new Date(nbf * 1000).toISOString()}, expiry time of assertion ${new Date(exp * 1000).toISOString()}.`,
      );
    }
    await matchCredential(app, jwt, entra.legacyMismatchCode);
    const lifetime = opts.tokenLifetimeSeconds ?? 3599;
    const audience = scope.replace(/\/\.default$/, '');
    const accessToken = [
      Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'standin' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({
          aud: audience,
          tid: tenant,
          appid: clientId,
          exp: Math.floor(now / 1000) + lifetime,
        }),
      ).toString('base64url'),
      randomBytes(32).toString('base64url'),
    ].join('.');
    entra.issued.set(accessToken, { clientId, tenantId: tenant, audience, expiresAt: now + lifetime * 1000 });
    return {
      token_type: 'Bearer',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const now = Date.now() + skewMs;
    const contentType = String(req.headers['content-type'] ?? '');
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = new URL(req.url ?? '/', url).pathname;
    entra.requests.push({ method: req.method ?? '', path, contentType, form: Object.fromEntries(form) });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(body));
    };
    try {
      if (faults.n > 0) {
        faults.n -= 1;
        if (faults.body === 'html') {
          res.writeHead(faults.status, { 'content-type': 'text/html' });
          return void res.end('<html><body>Service Unavailable</body></html>');
        }
        throw new EntraError(
          faults.status,
          'temporarily_unavailable',
          50000,
          'There was an error issuing a token or an issue with our sign-in service.',
        );
      }
      const match = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
      if (!match || req.method !== 'POST') {
        return send(404, { error: 'not_found', error_description: 'The requested resource was not found.' });
      }
      if (!contentType.startsWith('application/x-www-form-urlencoded')) {
        throw new EntraError(
          400,
          'invalid_request',
          900144,
          "The request body must contain the following parameter: 'grant_type'.",
        );
      }
      send(200, await token(decodeURIComponent(match[1] ?? ''), form, now));
    } catch (error) {
      const e =
        error instanceof EntraError ? error : new EntraError(500, 'server_error', 50000, String(error));
      send(e.status, errorBody(e, now));
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res));
  return entra;
}
