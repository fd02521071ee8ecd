// What a failed request means, whichever client made it: fetch wraps the socket error in `cause`,
// node:http and git report a code, an abort says timeout. One reading, so every message names the
// failure the same way and every retry loop agrees on what is worth another attempt.

export interface NetworkFailure {
  /** `ENOTFOUND`, `ECONNREFUSED`, `TIMEOUT`, … or `UNKNOWN`. */
  code: string;
  /** For a person: "no DNS answer for the host (ENOTFOUND)". */
  reason: string;
  /** Whether trying again soon can help (a reset can; a name that does not resolve will not). */
  transient: boolean;
}

const KNOWN: Record<string, [string, boolean]> = {
  ENOTFOUND: ['no DNS answer for the host', false],
  EAI_AGAIN: ['DNS lookup failed for now', true],
  ECONNREFUSED: ['connection refused: nothing listens there', true],
  ECONNRESET: ['connection reset', true],
  EPIPE: ['connection closed while sending', true],
  ETIMEDOUT: ['connection timed out', true],
  EHOSTUNREACH: ['host unreachable', true],
  ENETUNREACH: ['network unreachable', true],
  UND_ERR_SOCKET: ['connection closed by the server', true],
  UND_ERR_CONNECT_TIMEOUT: ['connection timed out', true],
  UND_ERR_HEADERS_TIMEOUT: ['no answer in time', true],
  UND_ERR_BODY_TIMEOUT: ['the answer stalled', true],
  TIMEOUT: ['no answer in time', true],
  CERT_HAS_EXPIRED: ["the server's TLS certificate has expired", false],
  DEPTH_ZERO_SELF_SIGNED_CERT: ["the server's TLS certificate is self-signed", false],
  SELF_SIGNED_CERT_IN_CHAIN: ["the server's TLS certificate chain is not trusted", false],
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: ["the server's TLS certificate cannot be verified", false],
  ERR_TLS_CERT_ALTNAME_INVALID: ["the server's TLS certificate is for another name", false],
};

function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, name } = e as { code?: unknown; name?: unknown };
    if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
    if (typeof code === 'string' && code in KNOWN) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The failure a request error stands for; never the library's own wording. */
export function networkFailure(error: unknown): NetworkFailure {
  const code = codeOf(error);
  if (!code) return { code: 'UNKNOWN', reason: 'the connection failed', transient: true };
  const [text, transient] = KNOWN[code]!;
  return { code, reason: code === 'TIMEOUT' ? text : `${text} (${code})`, transient };
}
