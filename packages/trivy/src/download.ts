// The release download: a plain fetch with bounded retries over kit's Clock. @actions/tool-cache
// retried every failure, a refused connection and an unknown host included, for 24–37 s of
// "Waiting N seconds" lines that no test could shorten; here only what can pass is retried, briefly.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import {
  ActionError,
  displayUrl,
  networkFailure,
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
    throw downloadFailure(error, signal.aborted, idleMs);
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

function downloadFailure(error: unknown, aborted: boolean, idleMs: number): DownloadFailed {
  if (aborted) {
    return new DownloadFailed('download', `sent nothing for ${idleMs / 1000} s`, { retryable: true });
  }
  const failure = networkFailure(error);
  return new DownloadFailed('download', failure.reason, { retryable: failure.transient });
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
        `${file} could not be written (${(local as { code?: string }).code ?? shown(local.message)})`,
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
    // A body that breaks off mid-stream is worth another attempt whatever the socket said.
    throw new DownloadFailed('download', `broke off the download: ${networkFailure(error).reason}`, {
      retryable: true,
    });
  }
}
