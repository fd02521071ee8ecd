// What a failed request means, whichever client made it: fetch wraps the socket error in `cause`
// (happy eyeballs in an AggregateError's `errors`), node:http and git report a code, an abort says
// timeout. One reading, so every message names the failure the same way and every retry loop
// agrees on what is worth another attempt.

export interface NetworkFailure {
  /** `ENOTFOUND`, `ECONNREFUSED`, `TIMEOUT`, …; '' when nothing names it. */
  code: string;
  /** Completes "<host> …" for a person: "refused the connection (ECONNREFUSED)". */
  reason: string;
  /** Whether trying again soon can help: a reset can; a name that does not resolve will not. */
  transient: boolean;
}

// Final: the address, the DNS or the certificate is wrong; trying again only delays the message.
const KNOWN: Record<string, [string, boolean]> = {
  ENOTFOUND: ['does not resolve (no DNS record for the host name)', false],
  EAI_NONAME: ['does not resolve (no DNS record for the host name)', false],
  EAI_AGAIN: ['could not be looked up for now (DNS)', true],
  ECONNREFUSED: ['refused the connection: nothing listens there', false],
  EHOSTUNREACH: ['is unreachable (no route to the host)', false],
  ENETUNREACH: ['is unreachable (no network route)', false],
  ECONNRESET: ['closed the connection', true],
  EPIPE: ['closed the connection', true],
  UND_ERR_SOCKET: ['closed the connection', true],
  ETIMEDOUT: ['did not answer in time', true],
  TIMEOUT: ['did not answer in time', true],
  UND_ERR_CONNECT_TIMEOUT: ['did not accept the connection in time', true],
  UND_ERR_HEADERS_TIMEOUT: ['did not answer in time', true],
  UND_ERR_BODY_TIMEOUT: ['stopped sending its answer', true],
  CERT_HAS_EXPIRED: ['presented an expired TLS certificate', false],
  DEPTH_ZERO_SELF_SIGNED_CERT: ['presented a self-signed TLS certificate', false],
  SELF_SIGNED_CERT_IN_CHAIN: ['presented a TLS certificate this machine does not trust', false],
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: ['presented a TLS certificate this machine cannot verify', false],
  ERR_TLS_CERT_ALTNAME_INVALID: ['presented a TLS certificate for another host name', false],
};

interface Failed {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown[];
}

function codeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as Failed;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'TIMEOUT';
    if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(e.code)) return e.code;
    current = e.cause ?? e.errors?.[0];
  }
  return '';
}

/** The failure a request error stands for; never the library's own wording. */
export function networkFailure(error: unknown): NetworkFailure {
  const code = codeOf(error);
  const known = KNOWN[code];
  if (known)
    return { code, reason: code === 'TIMEOUT' ? known[0] : `${known[0]} (${code})`, transient: known[1] };
  const cause = (error as Failed | undefined)?.cause as Failed | undefined;
  // fetch refuses some ports outright (the Fetch standard's "bad ports", such as 9 or 6000).
  if (cause?.message === 'bad port')
    return { code: 'BAD_PORT', reason: 'is on a port fetch refuses to use', transient: false };
  // fetch without a cause refused the request itself (a malformed URL): trying again cannot help.
  if (!code && error instanceof TypeError && !cause) {
    return {
      code: 'INVALID_REQUEST',
      reason: 'could not be asked (the request is malformed)',
      transient: false,
    };
  }
  if (/CERT|TLS/.test(code)) return { code, reason: `refused TLS (${code})`, transient: false };
  return { code, reason: code ? `could not be reached (${code})` : 'could not be reached', transient: true };
}
