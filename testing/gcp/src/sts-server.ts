import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';
import { decodeJwt, signatureVerifies } from './jwt.js';

/** A workload identity pool provider (OIDC), as configured in IAM. */
export interface WorkloadIdentityProviderConfig {
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
  name: string;
  /** The token issuer (`iss`) the provider trusts; its JWKS is fetched through its discovery document. */
  issuer: string;
  /**
   * Allowed `aud` values. Empty (the default): the provider's full canonical name, with or without
   * the `https:` prefix, as Google's API reference says of `Oidc.allowedAudiences`.
   */
  allowedAudiences?: string[];
  /** The attribute condition (CEL over `assertion`) as a predicate on the claims; absent admits every token. */
  condition?: (assertion: Record<string, unknown>) => boolean;
  /** The attribute mapping; default `google.subject=assertion.sub, attribute.repository=assertion.repository`. */
  mapping?: (assertion: Record<string, unknown>) => { subject: string; attributes: Record<string, string> };
  disabled?: boolean;
}

/** Who a federated token stands for: the members IAM bindings can name it by. */
export interface FederatedPrincipal {
  provider: string;
  subject: string;
  attributes: Record<string, string>;
  expiresAt: number;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  contentType: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

/** Which service a fault is injected into, and how the answer looks. */
export interface Fault {
  left: number;
  status: number;
  /** `html` answers a proxy's page instead of the service's JSON. */
  shape: 'json' | 'html';
}

export interface StsState {
  providers: WorkloadIdentityProviderConfig[];
  /** Federated tokens issued, for the IAM Credentials stand-in to accept. */
  federated: Map<string, FederatedPrincipal>;
  received: ReceivedRequest[];
  fault: Fault;
  now: () => number;
}

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN = 'urn:ietf:params:oauth:token-type:access_token';
const SUBJECT_TYPES = ['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'];

/** An OAuth 2.0 error (RFC 6749 §5.2), the shape Google STS answers in. */
class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=UTF-8' });
  res.end(`<!DOCTYPE html><html><body><p><b>${status}.</b> That’s an error.</p></body></html>`);
}

/** The body as STS reads it: JSON with camelCase fields, or a form with RFC 8693's snake_case names. */
function readParams(contentType: string, raw: string): Record<string, unknown> | undefined {
  if (contentType.startsWith('application/json')) {
    try {
      const value = JSON.parse(raw) as unknown;
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(raw);
    const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    return Object.fromEntries([...form].map(([k, v]) => [camel(k), v]));
  }
  return undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function audienceAllowed(provider: WorkloadIdentityProviderConfig, aud: unknown): boolean {
  const auds = Array.isArray(aud) ? aud.map(text) : [text(aud)];
  const allowed = provider.allowedAudiences?.length
    ? provider.allowedAudiences
    : [`//iam.googleapis.com/${provider.name}`, `https://iam.googleapis.com/${provider.name}`];
  return auds.some((a) => allowed.includes(a));
}

const defaultMapping = (assertion: Record<string, unknown>) => ({
  subject: text(assertion['sub']),
  attributes: { repository: text(assertion['repository']) },
});

/** Google STS `POST /v1/token`: the RFC 8693 exchange of a provider's OIDC token for a federated access token. */
async function exchange(state: StsState, params: Record<string, unknown>): Promise<object> {
  if (text(params['grantType']) !== TOKEN_EXCHANGE) {
    throw new OAuthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant type: ${text(params['grantType'])}`,
    );
  }
  if (text(params['requestedTokenType']) !== ACCESS_TOKEN) {
    throw new OAuthError(400, 'invalid_request', 'Invalid value for "requested_token_type".');
  }
  if (!SUBJECT_TYPES.includes(text(params['subjectTokenType']))) {
    throw new OAuthError(400, 'invalid_request', 'Invalid value for "subject_token_type".');
  }
  const scopes = text(params['scope']).split(' ').filter(Boolean);
  if (
    scopes.length === 0 ||
    !scopes.every((s) => /^https:\/\/www\.googleapis\.com\/auth\/[\w.-]+$/.test(s))
  ) {
    throw new OAuthError(400, 'invalid_scope', 'The scope parameter is missing or holds an invalid scope.');
  }
  const audience = text(params['audience']);
  const provider = state.providers.find((p) => `//iam.googleapis.com/${p.name}` === audience);
  if (!provider || provider.disabled) {
    throw new OAuthError(
      400,
      'invalid_target',
      'The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist.',
    );
  }
  const jwt = decodeJwt(text(params['subjectToken']));
  if (!jwt) throw new OAuthError(400, 'invalid_grant', 'Unable to parse the ID Token.');
  const issuer = text(jwt.claims['iss']);
  if (issuer !== provider.issuer) {
    throw new OAuthError(
      400,
      'invalid_grant',
      `The issuer in ID Token ${issuer} does not match the expected ones.`,
    );
  }
  let verified: boolean;
  try {
    verified = await signatureVerifies(jwt, issuer);
  } catch {
    throw new OAuthError(
      400,
      'invalid_grant',
      'Unable to retrieve the public keys of the identity provider.',
    );
  }
  if (!verified) throw new OAuthError(400, 'invalid_grant', 'Invalid ID Token signature.');
  const exp = jwt.claims['exp'];
  if (typeof exp !== 'number' || exp * 1000 <= state.now()) {
    throw new OAuthError(
      400,
      'invalid_grant',
      `ID Token expired at ${typeof exp === 'number' ? exp : '(no exp)'}.`,
    );
  }
  if (!audienceAllowed(provider, jwt.claims['aud'])) {
    throw new OAuthError(
      400,
      'invalid_grant',
      `The audience in ID Token [${text(jwt.claims['aud'])}] does not match the expected audience.`,
    );
  }
  if (provider.condition && !provider.condition(jwt.claims)) {
    throw new OAuthError(
      400,
      'unauthorized_client',
      'The given credential is rejected by the attribute condition.',
    );
  }
  const mapped = (provider.mapping ?? defaultMapping)(jwt.claims);
  const token = `ya29.d.${randomBytes(48).toString('base64url')}`;
  const expiresIn = 3600;
  state.federated.set(token, {
    provider: provider.name,
    ...mapped,
    expiresAt: state.now() + expiresIn * 1000,
  });
  return {
    access_token: token,
    issued_token_type: ACCESS_TOKEN,
    token_type: 'Bearer',
    expires_in: expiresIn,
  };
}

/** Reads the whole request body. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Consumes one injected fault, answering it; true when one was due. */
export function answerFault(fault: Fault, res: ServerResponse, body: (status: number) => object): boolean {
  if (fault.left <= 0) return false;
  fault.left -= 1;
  if (fault.shape === 'html') sendHtml(res, fault.status);
  else sendJson(res, fault.status, body(fault.status));
  return true;
}

export async function startSts(state: StsState): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://sts');
      const contentType = String(req.headers['content-type'] ?? '');
      const params = readParams(contentType, raw);
      state.received.push({
        method: req.method ?? '',
        path: url.pathname,
        contentType,
        authorization: req.headers.authorization,
        body: params,
      });
      if (req.method !== 'POST' || url.pathname !== '/v1/token') return sendHtml(res, 404);
      const fault = (status: number) => ({
        error: status === 503 ? 'temporarily_unavailable' : 'server_error',
        error_description: 'The service is currently unavailable.',
      });
      if (answerFault(state.fault, res, fault)) return;
      try {
        if (!params)
          throw new OAuthError(400, 'invalid_request', 'The request body is neither JSON nor a form.');
        sendJson(res, 200, await exchange(state, params));
      } catch (error) {
        const e = error instanceof OAuthError ? error : new OAuthError(500, 'server_error', String(error));
        sendJson(res, e.status, { error: e.error, error_description: e.message });
      }
    })();
  });
  const url = await listenOnLoopback(server);
  return { url, close: () => closeServer(server) };
}
