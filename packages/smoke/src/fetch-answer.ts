// One request as a smoke test makes it: redirects followed by hand for GET and HEAD (so the caller's
// headers, which may hold secrets, never travel to another origin), the body read up to a bound.
import { MAX_BODY_BYTES } from './checks.js';
import type { Header, Method } from './inputs.js';

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface Answer {
  status: number;
  body: string;
  /** The body was longer than MAX_BODY_BYTES and only its start was read. */
  truncated: boolean;
  /** Set when the answer is a redirect that was not followed further, and why. */
  redirectProblem?: string;
}

export interface AnswerOptions {
  method: Method;
  url: string;
  headers: readonly Header[];
  /** Follow redirects (GET and HEAD only, and only when no 3xx is expected). */
  follow: boolean;
  /** Whether the body is checked; otherwise it is discarded unread. */
  readBody: boolean;
  signal: AbortSignal;
  fetch: typeof fetch;
}

/** The final answer, or throws what fetch threw (a network failure, or the signal's timeout). */
export async function fetchAnswer(opts: AnswerOptions): Promise<Answer> {
  const origin = new URL(opts.url).origin;
  let url = opts.url;
  for (let hop = 0; ; hop++) {
    // Headers go to the origin the caller named and nowhere else: fetch's own following would carry
    // an API key (though not Authorization) to wherever a redirect points.
    const sameOrigin = new URL(url).origin === origin;
    const response = await opts.fetch(url, {
      method: opts.method,
      headers: sameOrigin ? opts.headers.map((h) => [h.name, h.value]) : [],
      redirect: 'manual',
      signal: opts.signal,
    });
    const location = response.headers.get('location');
    if (!opts.follow || !REDIRECTS.has(response.status) || location === null) {
      return { status: response.status, ...(await readBody(response, opts.readBody)) };
    }
    await response.body?.cancel();
    const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
    if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
      return {
        status: response.status,
        body: '',
        truncated: false,
        redirectProblem: 'redirect to a non-http(s) location',
      };
    }
    if (hop + 1 > MAX_REDIRECTS) {
      return {
        status: response.status,
        body: '',
        truncated: false,
        redirectProblem: `more than ${MAX_REDIRECTS} redirects`,
      };
    }
    url = next.toString();
  }
}

async function readBody(response: Response, wanted: boolean): Promise<{ body: string; truncated: boolean }> {
  if (!response.body) return { body: '', truncated: false };
  if (!wanted) {
    await response.body.cancel();
    return { body: '', truncated: false };
  }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > MAX_BODY_BYTES) {
      chunks.push(value.subarray(0, MAX_BODY_BYTES - size));
      truncated = true;
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.length;
  }
  // A cut may split a UTF-8 sequence; the replacement character it leaves is harmless to a check.
  return { body: new TextDecoder().decode(Buffer.concat(chunks)), truncated };
}
