import { ActionError, displayUrl, networkFailure, retry, shown, type Clock } from '@gitops-actions/kit';
import type { SonarInputNames } from './request.js';

/** The server, token and the caller's input names that a refused request points at. */
export interface SonarServer {
  hostUrl: string;
  token: string;
  inputNames: SonarInputNames;
}

export interface SonarClientOptions {
  clock: Clock;
  /** Clock time after which no request is retried. */
  deadline: number;
  random?: () => number;
  /** How long one request may go unanswered; the whole wait is bounded by `deadline`. */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
}

/** A failed request: `retryable` when it may pass (5xx, 429, a reset, silence, a proxy's page). */
class SonarFailure extends ActionError {}

const ATTEMPTS = 6;
const BASE_MS = 1000;
const MAX_MS = 10_000;

/**
 * SonarQube's Web API, read-only. 5xx, 429, resets, silence and HTML pages are retried with jittered
 * backoff while the deadline allows; 401, 403 and 404 are final. Messages name the host and the input.
 */
export class SonarClient {
  private readonly where: string;

  constructor(
    private readonly server: SonarServer,
    private readonly opts: SonarClientOptions,
  ) {
    this.where = `SonarQube at ${displayUrl(server.hostUrl)} (${server.inputNames.hostUrl})`;
  }

  async get(pathAndQuery: string): Promise<unknown> {
    const { clock, deadline } = this.opts;
    let attempt = 0;
    try {
      return await retry(
        () => {
          attempt++;
          return this.once(pathAndQuery);
        },
        {
          attempts: ATTEMPTS,
          baseMs: BASE_MS,
          maxMs: MAX_MS,
          clock,
          random: this.opts.random,
          // The longest next pause must still end before the deadline.
          retryable: (e) =>
            e instanceof SonarFailure &&
            e.retryable &&
            clock.now() + Math.min(MAX_MS, BASE_MS * 2 ** (attempt - 1)) <= deadline,
        },
      );
    } catch (error) {
      if (!(error instanceof SonarFailure)) throw error;
      const endpoint = pathAndQuery.split('?')[0] ?? '';
      const tries = error.retryable ? ` (${attempt} attempt${attempt === 1 ? '' : 's'})` : '';
      throw new ActionError('query SonarQube', `${this.where} ${error.message} for ${endpoint}${tries}`, {
        hint: error.hint,
      });
    }
  }

  /** SonarQube takes a user token as the Basic user name with an empty password. */
  private async once(pathAndQuery: string): Promise<unknown> {
    const names = this.server.inputNames;
    const authorization = `Basic ${Buffer.from(`${this.server.token}:`).toString('base64')}`;
    const timeoutMs = Math.max(
      1,
      Math.min(this.opts.requestTimeoutMs ?? 30_000, this.opts.deadline - this.opts.clock.now()),
    );
    let response: Response;
    let body: string;
    try {
      response = await (this.opts.fetch ?? fetch)(`${this.server.hostUrl}${pathAndQuery}`, {
        headers: { authorization, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = await response.text();
    } catch (error) {
      throw requestFailure(error, timeoutMs, names);
    }
    const html = /text\/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(body);
    if (response.ok && !html) {
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new SonarFailure('query SonarQube', 'answered something that is not JSON', {
          retryable: true,
          hint: wrongHost(names),
        });
      }
    }
    throw refusal(response.status, body, html, names);
  }
}

function wrongHost(names: SonarInputNames): string {
  return `Check ${names.hostUrl}: it must be SonarQube's base URL (where its web UI is served), with no proxy or login page in the way.`;
}

function requestFailure(error: unknown, timeoutMs: number, names: SonarInputNames): SonarFailure {
  const hint = `Check ${names.hostUrl} and that the runner can reach it.`;
  const failure = networkFailure(error);
  const reason = failure.code === 'TIMEOUT' ? `did not answer within ${timeoutMs / 1000} s` : failure.reason;
  return new SonarFailure('query SonarQube', reason, { retryable: failure.transient, hint });
}

function refusal(status: number, body: string, html: boolean, names: SonarInputNames): SonarFailure {
  if (status === 401) {
    return new SonarFailure('query SonarQube', 'answered 401: the token was refused', {
      hint: `Set ${names.token} to a valid user or project analysis token.`,
    });
  }
  if (status === 403) {
    return new SonarFailure('query SonarQube', 'answered 403: the token may not browse this project', {
      hint: "Give the token's user 'Browse' permission on the project.",
    });
  }
  if (html) {
    // A page, not SonarQube's JSON: a proxy, a load balancer or a login page answered instead.
    return new SonarFailure('query SonarQube', `answered ${status} with an HTML page instead of JSON`, {
      retryable: status !== 404,
      hint: wrongHost(names),
    });
  }
  if (status === 404) {
    return new SonarFailure('query SonarQube', `answered 404: ${sonarErrors(body)}`, {
      hint: `Check ${names.projectKey} (and that an analysis has been run for it).`,
    });
  }
  return new SonarFailure('query SonarQube', `answered ${status}: ${sonarErrors(body)}`, {
    retryable: status >= 500 || status === 429,
  });
}

/** SonarQube's error envelope, `{"errors":[{"msg":…}]}`, quoted; anything else is not echoed. */
function sonarErrors(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { msg?: unknown }[] };
    const msgs = (parsed.errors ?? []).map((e) => e.msg).filter((m): m is string => typeof m === 'string');
    if (msgs.length) return shown(msgs.join('; '));
  } catch {
    // Not the envelope: described by its size below.
  }
  return body ? `a body of ${body.length} characters that is not SonarQube's error format` : '(empty body)';
}
