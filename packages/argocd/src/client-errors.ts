// What can go wrong talking to Argo CD, said so that the message names the URL reached and what came
// back. Server text in a message is a quoted, cut value (kit's `shown`), never raw.
import { shown } from '@gitops-actions/kit';

/** How an answer was unusable: an error status, a proxy's HTML page, a body that is not JSON, a redirect. */
export type AnswerKind = 'status' | 'html' | 'json' | 'redirect';

/** Where a request was when it failed or was stopped: connecting, awaiting the answer, reading it, streaming. */
export type RequestPhase = 'connect' | 'headers' | 'body' | 'stream';

/** An HTTP answer that is not what Argo CD's API sends for success. `detail` is the server's own text. */
export class ArgoApiError extends Error {
  /** Requests made before this one gave up, this one included. */
  attempts = 1;

  constructor(
    readonly status: number,
    readonly method: string,
    /** The URL asked (no query), or a path when no server is known. */
    readonly url: string,
    readonly detail: string,
    readonly kind: AnswerKind = 'status',
    /** What a 429 or 503 asked for in Retry-After, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(apiMessage(status, method, url, detail, kind));
    this.name = 'ArgoApiError';
  }
}

function apiMessage(status: number, method: string, url: string, detail: string, kind: AnswerKind): string {
  switch (kind) {
    case 'html':
      return `${url} answered an HTML page instead of Argo CD's JSON API (status ${status})${
        detail ? `, titled ${shown(detail)}` : ''
      }`;
    case 'json':
      return `${url} answered ${status} with a body that is not JSON (cut short, or not Argo CD): ${shown(detail)}`;
    case 'redirect':
      return `${url} answered ${status}, a redirect to ${detail || 'nowhere'}`;
    default:
      return `${method} ${url} answered ${status}${detail ? `: ${shown(detail)}` : ''}`;
  }
}

/** No complete answer: refused, reset, DNS, TLS, a request that hung, or one stopped by the wait's end. */
export class ArgoNetworkError extends Error {
  attempts = 1;

  constructor(
    /** Node's code (`ECONNREFUSED`, `CERT_HAS_EXPIRED`), `ETIMEDOUT` for our limits, `ABORTED` when the wait ended. */
    readonly code: string,
    readonly method: string,
    readonly url: string,
    detail: string,
    readonly phase?: RequestPhase,
  ) {
    super(`${method} ${url} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
    this.name = 'ArgoNetworkError';
  }
}

/** What a request that got no complete answer was waiting for, after `seconds`. */
export function describeHang(phase: RequestPhase, host: string, seconds: number): string {
  const s = `${seconds.toFixed(1)}s`;
  switch (phase) {
    case 'connect':
      return `no connection to ${host} in ${s}`;
    case 'headers':
      return `${host} accepted the connection but sent no answer in ${s}`;
    case 'body':
      return `${host} sent the start of its answer, then nothing more for ${s}`;
    default:
      return `the watch stream from ${host} sent nothing for ${s}`;
  }
}
