// The release download: a plain fetch with bounded retries over kit's Clock. @actions/tool-cache
// retried every failure, a refused connection and an unknown host included, for 24–37 s of
// "Waiting N seconds" lines that no test could shorten; here only what can pass is retried, briefly.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import {
  ActionError,
  displayUrl,
  retry,
  shown,
  systemClock,
  type Clock,
  type Logger,
} from '@gitops-actions/kit';

export interface DownloadOptions {
  url: string;
  /** Where the archive is written. */
  file: string;
  /** The input that chose the URL, named in every failure (the URL template, or the version). */
  input: string;
  /** What to say after "Could not". */
  operation: string;
  /** The fix, appended to every failure. */
  hint: string;
  log: Logger;
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
  attempts?: number;
  /** How long the server may stay silent (before the headers, or between two chunks). */
  idleMs?: number;
}

/** Errors that will not pass by themselves: trying again only delays the message. */
const FINAL_CODES: Record<string, string> = {
  ECONNREFUSED: 'refused the connection',
  ENOTFOUND: 'does not resolve (no DNS record for the host name)',
  EHOSTUNREACH: 'is unreachable (no route to the host)',
  ENETUNREACH: 'is unreachable (no network route)',
  CERT_HAS_EXPIRED: 'presented an expired TLS certificate',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'presented a self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'presented a TLS certificate this machine does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'presented a TLS certificate this machine cannot verify',
  ERR_TLS_CERT_ALTNAME_INVALID: 'presented a TLS certificate for another host name',
};
const TRANSIENT_CODES: Record<string, string> = {
  ECONNRESET: 'closed the connection',
  EPIPE: 'closed the connection',
  ETIMEDOUT: 'did not answer in time',
  EAI_AGAIN: 'could not be looked up for now (DNS)',
  UND_ERR_SOCKET: 'closed the connection',
  UND_ERR_CONNECT_TIMEOUT: 'did not accept the connection in time',
  UND_ERR_HEADERS_TIMEOUT: 'did not answer in time',
  UND_ERR_BODY_TIMEOUT: 'stopped sending the archive',
};

/** The network error's code: fetch wraps it in `cause`, happy eyeballs in an AggregateError. */
function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? (error as { code?: string }).code ?? '';
}

/** fetch's own message is always "fetch failed"; the cause says what happened. */
function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Object && 'message' in cause ? String(cause.message) : (error as Error).message;
}

class DownloadFailed extends ActionError {}

/** Downloads `url` to `file`, retrying only what can pass (5xx, 429, resets, silence, a proxy's HTML). */
export async function download(opts: DownloadOptions): Promise<void> {
  const attempts = opts.attempts ?? 3;
  const host = new URL(opts.url).host;
  try {
    await retry(() => downloadOnce(opts), {
      attempts,
      baseMs: 1000,
      maxMs: 8000,
      clock: opts.clock ?? systemClock,
      random: opts.random,
      retryable: (error) => error instanceof DownloadFailed && error.retryable,
      onRetry: ({ attempt, delayMs, error }) =>
        opts.log.info(
          `The download from ${host} failed (${(error as Error).message}); attempt ${attempt + 1} of ${attempts} in ${delayMs} ms`,
        ),
    });
  } catch (error) {
    if (!(error instanceof DownloadFailed)) throw error;
    const tries = error.retryable ? ` (${attempts} attempts)` : '';
    throw new ActionError(
      opts.operation,
      `the download of ${displayUrl(opts.url)} failed: ${host} (from ${opts.input}) ${error.message}${tries}`,
      { hint: opts.hint },
    );
  }
}

async function downloadOnce(opts: DownloadOptions): Promise<void> {
  const idleMs = opts.idleMs ?? 30_000;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), idleMs);
  const touch = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idleMs);
  };
  try {
    const response = await request(opts, controller.signal, idleMs);
    await save(response, opts.file, touch, () => controller.signal.aborted, idleMs);
  } finally {
    clearTimeout(timer);
  }
}

async function request(opts: DownloadOptions, signal: AbortSignal, idleMs: number): Promise<Response> {
  let response: Response;
  try {
    response = await (opts.fetch ?? fetch)(opts.url, { signal, redirect: 'follow' });
  } catch (error) {
    throw networkFailure(error, signal.aborted, idleMs);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const status = response.status;
    const transient = status >= 500 || status === 429 || status === 408;
    const what =
      status === 404 || status === 410
        ? `has no such file (HTTP ${status})`
        : status === 401 || status === 403
          ? `refused the download (HTTP ${status}; this action sends no credentials)`
          : `answered HTTP ${status}`;
    throw new DownloadFailed('download', what, { retryable: transient });
  }
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    await response.body?.cancel().catch(() => {});
    // A proxy's error or login page, served with 200: it may pass (a gateway), so it is retried.
    throw new DownloadFailed('download', 'answered an HTML page instead of the archive (a proxy?)', {
      retryable: true,
    });
  }
  return response;
}

function networkFailure(error: unknown, aborted: boolean, idleMs: number): DownloadFailed {
  if (aborted) {
    return new DownloadFailed('download', `sent nothing for ${idleMs / 1000} s`, { retryable: true });
  }
  const code = errorCode(error);
  if (FINAL_CODES[code]) return new DownloadFailed('download', FINAL_CODES[code]);
  // Without a cause, fetch refused the request itself (a malformed URL): trying again cannot help.
  if (!(error as { cause?: unknown }).cause) {
    return new DownloadFailed('download', `could not be asked (${shown((error as Error).message)})`);
  }
  const detail = causeMessage(error);
  // fetch refuses some ports outright (the Fetch standard's "bad ports", such as 9 or 6000).
  if (detail === 'bad port') return new DownloadFailed('download', 'is on a port that fetch refuses to use');
  const what = TRANSIENT_CODES[code] ?? `could not be reached (${code || shown(detail)})`;
  return new DownloadFailed('download', what, { retryable: true });
}

/** Streams the body to `file`; `touch` on every chunk keeps the idle timer from firing. */
async function save(
  response: Response,
  file: string,
  touch: () => void,
  aborted: () => boolean,
  idleMs: number,
): Promise<void> {
  const out = createWriteStream(file);
  try {
    for await (const chunk of response.body ?? []) {
      touch();
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    const local = out.errored;
    out.destroy();
    if (local) {
      // The runner's disk, not the server: retrying would not help and the host is not to blame.
      throw new ActionError(
        'download Trivy',
        `${file} could not be written (${errorCode(local) || local.message})`,
        {
          hint: 'Check the free space and permissions of the temporary folder (RUNNER_TEMP).',
        },
      );
    }
    if (aborted()) {
      throw new DownloadFailed('download', `stopped sending the archive for ${idleMs / 1000} s`, {
        retryable: true,
      });
    }
    const code = errorCode(error);
    throw new DownloadFailed(
      'download',
      TRANSIENT_CODES[code] ?? `broke off the download (${code || shown((error as Error).message)})`,
      { retryable: true },
    );
  }
}
