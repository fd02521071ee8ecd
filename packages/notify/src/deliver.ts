import { hostOf, networkFailure, retry, shown } from '@gitops-actions/kit';
import type { DeliveryOutcome, NotifyPorts, NotifyTarget } from './types.js';

const ATTEMPTS = 3;
const BASE_MS = 500;
const MAX_MS = 2000;
/** The longest Retry-After honoured; a longer one means the receiver will not take it soon. */
export const RETRY_AFTER_CAP_MS = 10_000;

/** One failed attempt; `retryable` for 5xx, 429 and transient network failures. */
class Undelivered extends Error {
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
    readonly retryAfterMs = 0,
    readonly hint = '',
  ) {
    super(reason);
  }
}

/**
 * POSTs `body` as JSON to `target`, retrying 5xx, 429 (after its Retry-After, up to a cap) and
 * transient network failures twice, all within `timeoutMs`. Never throws: a notification that does
 * not arrive is one warning naming the receiver by host (the URL's path is Slack's secret).
 */
export async function deliver(
  what: string,
  target: NotifyTarget,
  body: unknown,
  timeoutMs: number,
  ports: NotifyPorts,
): Promise<DeliveryOutcome> {
  const { clock } = ports;
  const deadline = clock.now() + timeoutMs;
  const where = `${what} at ${hostOf(target.url)} (${target.input})`;
  let attempts = 0;
  let pause = 0;
  try {
    await retry(
      async () => {
        if (pause > 0) await clock.sleep(pause);
        attempts++;
        await postOnce(target, JSON.stringify(body), Math.max(1, deadline - clock.now()), ports);
      },
      {
        attempts: ATTEMPTS,
        baseMs: BASE_MS,
        maxMs: MAX_MS,
        clock,
        random: ports.random,
        retryable: (e) => retryable(e, attempts, deadline - clock.now()),
        onRetry: ({ delayMs, error }) => {
          // Retry-After is a floor: retry's own backoff is part of it, the rest is slept before the next try.
          const asked = (error as Undelivered).retryAfterMs;
          pause = Math.max(0, asked - delayMs);
          ports.log.info(`${where} ${(error as Undelivered).reason}; trying again`);
        },
      },
    );
    ports.log.info(`Notified ${where}`);
    return 'sent';
  } catch (error) {
    const reason = error instanceof Undelivered ? error.reason : networkFailure(error).reason;
    const hint = error instanceof Undelivered && error.hint ? ` ${error.hint}` : '';
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    ports.log.warning(
      `Could not notify ${where}: it ${reason}${tries}.${hint} The notification is lost; the deploy is not affected.`,
    );
    return 'failed';
  }
}

/** Worth another attempt, and the longest pause it may need (backoff or Retry-After) fits the time left. */
function retryable(error: unknown, attempt: number, remainingMs: number): boolean {
  if (!(error instanceof Undelivered) || !error.retryable) return false;
  const backoff = Math.min(MAX_MS, BASE_MS * 2 ** (attempt - 1));
  return Math.max(backoff, error.retryAfterMs) < remainingMs;
}

async function postOnce(
  target: NotifyTarget,
  body: string,
  timeoutMs: number,
  ports: NotifyPorts,
): Promise<void> {
  let response: Response;
  let text: string;
  try {
    response = await (ports.fetch ?? fetch)(target.url, {
      method: 'POST',
      headers: { ...target.headers, 'content-type': 'application/json' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const failure = networkFailure(error);
    const reason =
      failure.code === 'TIMEOUT'
        ? `did not answer within ${Math.ceil(timeoutMs / 100) / 10} s`
        : failure.reason;
    throw new Undelivered(reason, failure.transient);
  }
  if (response.ok) return;
  const status = response.status;
  const retryAfterMs =
    status === 429 ? retryAfter(response.headers.get('retry-after'), ports.clock.now()) : 0;
  const wait = retryAfterMs > 0 ? ` (Retry-After ${Math.ceil(retryAfterMs / 1000)} s)` : '';
  throw new Undelivered(
    `answered ${status}${answerOf(text)}${wait}`,
    (status >= 500 || status === 429) && retryAfterMs <= RETRY_AFTER_CAP_MS,
    retryAfterMs,
    HINTS[text.trim()] ??
      (status === 401 || status === 403 ? `Check the headers given with ${target.input}.` : ''),
  );
}

// Slack's documented incoming-webhook errors, with what fixes each.
const HINTS: Record<string, string> = {
  invalid_payload:
    'Slack could not read the message: report it, with the workflow run, as a bug of the notify action.',
  invalid_blocks:
    'Slack refused the Block Kit message: report it, with the workflow run, as a bug of the notify action.',
  no_text: 'Slack found no text in the message: report it as a bug of the notify action.',
  no_service:
    'The webhook was removed or disabled: create a new incoming webhook in the Slack app and update the secret.',
  no_team:
    'The workspace of the webhook no longer exists: create a new incoming webhook and update the secret.',
  team_disabled:
    'The workspace of the webhook is disabled: create a new incoming webhook and update the secret.',
  invalid_token: 'The webhook URL is wrong: copy it again from the Slack app and update the secret.',
  action_prohibited:
    "A workspace admin restricts this webhook: ask them, or post to another channel's webhook.",
  posting_to_general_channel_denied:
    "Only admins may post to the workspace's general channel: use another channel's webhook.",
  channel_not_found: "The webhook's channel no longer exists: create a webhook for another channel.",
  channel_is_archived:
    "The webhook's channel is archived: unarchive it, or create a webhook for another channel.",
  user_not_found: 'The user the message names does not exist.',
};

/** Retry-After as milliseconds: delta-seconds or an HTTP date; 1 s when absent or unreadable. */
function retryAfter(value: string | null, now: number): number {
  if (value && /^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = value ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

/**
 * The receiver's answer when it is an error code such as Slack's (`invalid_payload`,
 * `channel_is_archived`); anything else is described by its size, since a page could echo the request.
 */
function answerOf(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (/^[a-z][a-z0-9_]{1,60}$/.test(trimmed)) return ` ${shown(trimmed)}`;
  return ` with ${trimmed.length} characters that are not an error code`;
}
