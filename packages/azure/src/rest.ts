// Two documented REST calls over fetch, in place of @azure/identity and the ACR SDK (the figures are in
// the package README): Entra's token endpoint with a client assertion, and ACR's /oauth2/exchange.
// Each function makes one attempt; the login decides on retries from `AzureCallError.retryable`.
import { networkFailure, shown } from '@gitops-actions/kit';

export type AzureService = 'Microsoft Entra' | 'ACR';

/** A failed call reduced to what callers decide on; `message` already names the service and host. */
export class AzureCallError extends Error {
  constructor(
    readonly service: AzureService,
    readonly host: string,
    /** `invalid_client` (Entra), `UNAUTHORIZED` (ACR), `NetworkError`, `MalformedAnswer`, … */
    readonly code: string,
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    /** The AADSTS codes Entra gave (`error_codes`, else read from the description). */
    readonly aadsts: number[] = [],
  ) {
    super(message);
    this.name = 'AzureCallError';
  }
}

export interface EntraTokenParams {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  scope: string;
  /** The GitHub OIDC token, presented as a federated client assertion. */
  assertion: string;
}

export interface EntraToken {
  accessToken: string;
  /** Seconds the token is valid from now (`expires_in`). */
  expiresIn: number;
}

export interface AcrExchangeParams {
  /** The login server, sent as `service`. */
  host: string;
  /** Where `/oauth2/exchange` is served; `https://<host>` unless overridden (tests, proxies). */
  endpoint: string;
  tenantId: string;
  accessToken: string;
}

const TIMEOUT_MS = 30_000;
/** What a token may hold: it is masked and sent on, so a line break would split the mask. */
const TOKEN = /^[\w.~+/=-]+$/;

/** `POST {authority}/{tenant}/oauth2/v2.0/token`: client credentials, the GitHub token as the assertion. */
export async function requestEntraToken(p: EntraTokenParams, fetchFn: typeof fetch): Promise<EntraToken> {
  const url = `${p.authorityHost}/${encodeURIComponent(p.tenantId)}/oauth2/v2.0/token`;
  const body = await postForm('Microsoft Entra', url, fetchFn, {
    client_id: p.clientId,
    scope: p.scope,
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: p.assertion,
  });
  const accessToken = body['access_token'];
  const expiresIn = Number(body['expires_in']);
  if (typeof accessToken !== 'string' || !TOKEN.test(accessToken) || !(expiresIn > 0)) {
    throw malformed('Microsoft Entra', new URL(url).host, 200, 'without an access token and its expires_in');
  }
  return { accessToken, expiresIn };
}

/** `POST https://<registry>/oauth2/exchange`: the Entra access token for an ACR refresh token. */
export async function exchangeForAcrRefreshToken(
  p: AcrExchangeParams,
  fetchFn: typeof fetch,
): Promise<string> {
  const url = `${p.endpoint}/oauth2/exchange`;
  const body = await postForm('ACR', url, fetchFn, {
    grant_type: 'access_token',
    service: p.host,
    tenant: p.tenantId,
    access_token: p.accessToken,
  });
  const token = body['refresh_token'];
  if (typeof token !== 'string' || !TOKEN.test(token)) {
    throw malformed('ACR', new URL(url).host, 200, 'without a refresh_token');
  }
  return token;
}

function malformed(service: AzureService, host: string, status: number, what: string): AzureCallError {
  return new AzureCallError(
    service,
    host,
    'MalformedAnswer',
    `${service} at ${host} answered ${status} ${what}`,
    status,
    status >= 500,
  );
}

async function postForm(
  service: AzureService,
  url: string,
  fetchFn: typeof fetch,
  form: Record<string, string>,
): Promise<Record<string, unknown>> {
  const host = new URL(url).host;
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const failure = networkFailure(error);
    const code = failure.code || 'NetworkError';
    const message = `${service} at ${host} ${failure.reason}`;
    throw new AzureCallError(service, host, code, message, undefined, failure.transient);
  }
  // Read as text first: a proxy's HTML page is not JSON, and the parser's message would echo it.
  const text = await res.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new AzureCallError(
      service,
      host,
      'MalformedAnswer',
      `${service} at ${host} answered ${res.status} with something that is not JSON (a proxy's page?)`,
      res.status,
      res.status >= 500 || res.status === 429,
    );
  }
  if (!res.ok) throw answeredError(service, host, res.status, body as Record<string, unknown>);
  return body as Record<string, unknown>;
}

const firstLine = (text: string): string => text.split(/\r?\n/)[0]?.trim() ?? '';

/** Entra's `{error, error_description, error_codes}` or ACR's `{errors: [{code, message}]}`, as one line. */
function answeredError(
  service: AzureService,
  host: string,
  status: number,
  body: Record<string, unknown>,
): AzureCallError {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  let code: string;
  let description: string;
  let aadsts: number[] = [];
  if (service === 'Microsoft Entra') {
    code = str(body['error']);
    description = firstLine(str(body['error_description']));
    const codes = Array.isArray(body['error_codes']) ? body['error_codes'] : [];
    aadsts = codes.filter((c): c is number => Number.isInteger(c));
    const named = /^AADSTS(\d+)/.exec(description)?.[1];
    if (aadsts.length === 0 && named) aadsts = [Number(named)];
  } else {
    const first = (Array.isArray(body['errors']) ? (body['errors'][0] as Record<string, unknown>) : {}) ?? {};
    code = str(first['code']);
    description = firstLine(str(first['message']));
  }
  // A code is an identifier; anything else came from a server and is not printed as one.
  const safeCode = /^[A-Za-z][\w.]{0,63}$/.test(code) ? code : 'unknown_error';
  const said = description ? `: ${shown(description, { max: 300 })}` : '';
  const retryable = status >= 500 || status === 429 || safeCode === 'temporarily_unavailable';
  return new AzureCallError(
    service,
    host,
    safeCode,
    `${service} at ${host} answered ${status} ${safeCode}${said}`,
    status,
    retryable,
    aadsts,
  );
}
