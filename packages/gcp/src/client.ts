// Two documented REST calls over plain fetch, in place of google-auth-library: the figures that decided
// it are in the closing note of issue 15 (bundle size and cold start). Each call is one attempt here;
// the login retries with the injected Clock.
import { hostOf, networkFailure, shown } from '@gitops-actions/kit';

/** Which Google service answered, as messages name it. */
export type GoogleService = 'Google STS' | 'IAM Credentials';

/**
 * A refused or failed call, reduced to what the login decides on: the OAuth `error` (STS) or the
 * `google.rpc` status (IAM Credentials), the HTTP status, and whether another attempt can help.
 */
export class GoogleCallError extends Error {
  constructor(
    readonly service: GoogleService,
    /** `Google STS at sts.googleapis.com (gcp-sts-endpoint)`: the host and what chose it. */
    readonly where: string,
    /** `invalid_grant`, `PERMISSION_DENIED`, … ; '' when nothing answered or the answer was no error body. */
    readonly code: string,
    /** Completes `<where> …`; outside text in it is already quoted with shown(). */
    detail: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
  ) {
    super(`${where} ${detail}`);
    this.name = 'GoogleCallError';
  }
}

export interface GoogleCall {
  service: GoogleService;
  url: string;
  /** The input that chose the endpoint, named in every message about it. */
  endpointInput: string;
  body: unknown;
  bearer?: string;
  fetch: typeof fetch;
}

// A host that accepts the connection and never answers must not hold the step until the job's end.
const HEADERS_TIMEOUT_MS = 10_000;
const TOTAL_TIMEOUT_MS = 30_000;

export function whereOf(service: GoogleService, url: string, endpointInput: string): string {
  return `${service} at ${hostOf(url)} (${endpointInput})`;
}

/** One JSON POST; the parsed JSON object on 2xx, otherwise a GoogleCallError in the service's terms. */
export async function postJson(call: GoogleCall): Promise<Record<string, unknown>> {
  const where = whereOf(call.service, call.url, call.endpointInput);
  const headersDue = new AbortController();
  const timer = setTimeout(
    () => headersDue.abort(new DOMException('headers', 'TimeoutError')),
    HEADERS_TIMEOUT_MS,
  );
  let response: Response;
  let text: string;
  try {
    response = await call.fetch(call.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        accept: 'application/json',
        ...(call.bearer ? { authorization: `Bearer ${call.bearer}` } : {}),
      },
      body: JSON.stringify(call.body),
      signal: AbortSignal.any([headersDue.signal, AbortSignal.timeout(TOTAL_TIMEOUT_MS)]),
    });
    clearTimeout(timer);
    text = await response.text();
  } catch (error) {
    const failure = networkFailure(error);
    const reason =
      failure.code === 'TIMEOUT' ? `did not answer within ${TOTAL_TIMEOUT_MS / 1000} s` : failure.reason;
    throw new GoogleCallError(call.service, where, '', reason, undefined, failure.transient);
  } finally {
    clearTimeout(timer);
  }
  const status = response.status;
  const retryable = status >= 500 || status === 429;
  const body = parseObject(text);
  if (!body) {
    const type = shown(response.headers.get('content-type') ?? 'no content type');
    throw new GoogleCallError(
      call.service,
      where,
      '',
      `answered ${status} with something that is not JSON (${type}, ${text.length} characters): a proxy, or an endpoint that is not ${call.service}`,
      status,
      retryable,
    );
  }
  if (response.ok) return body;
  const { code, message } = errorOf(call.service, body);
  const detail = code ? `answered ${status} ${code}: ${message}` : `answered ${status}`;
  throw new GoogleCallError(call.service, where, code, detail, status, retryable);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const IDENTIFIER = /^[A-Za-z][\w.]{0,63}$/;

/**
 * STS answers OAuth 2.0 errors (`{error, error_description}`, RFC 6749 §5.2); IAM Credentials answers
 * `google.rpc.Status` (`{error: {code, message, status}}`). The code is printed only when it is an
 * identifier; the message is quoted.
 */
function errorOf(service: GoogleService, body: Record<string, unknown>): { code: string; message: string } {
  const error = body['error'];
  if (service === 'Google STS' && typeof error === 'string') {
    const description = body['error_description'];
    return {
      code: IDENTIFIER.test(error) ? error : 'error',
      message: typeof description === 'string' ? shown(description, { max: 300 }) : '(no description)',
    };
  }
  if (error && typeof error === 'object') {
    const e = error as { status?: unknown; message?: unknown };
    const code = typeof e.status === 'string' && IDENTIFIER.test(e.status) ? e.status : '';
    return { code, message: typeof e.message === 'string' ? shown(e.message, { max: 300 }) : '(no message)' };
  }
  return { code: '', message: '' };
}
