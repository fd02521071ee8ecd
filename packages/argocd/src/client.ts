import http from 'node:http';
import https from 'node:https';
import { backoffDelay, displayUrl, systemClock, type Clock } from '@gitops-actions/kit';
import { ArgoApiError, ArgoNetworkError } from './client-errors.js';
import { Exchange, type Answer } from './exchange.js';
import { readJsonLines } from './stream.js';
import { pause } from './timers.js';
import type { AppProject, Application, ApplicationTree, AppRef } from './types.js';
import type { SyncWindowsAnswer } from './windows.js';

export { ArgoApiError, ArgoNetworkError } from './client-errors.js';
export type { AnswerKind, RequestPhase } from './client-errors.js';

export type Refresh = 'normal' | 'hard';

export interface ClientOptions {
  /** Base URL, e.g. `https://argocd.example.com` (a path prefix such as `/argocd` is kept). */
  server: string;
  token: string;
  /** PEM bundle trusted in addition to nothing else: the server's CA. */
  ca?: string;
  insecure?: boolean;
  /** Longest one request may take, connecting to last byte; default 30 s. A retry may follow. */
  requestTimeoutMs?: number;
  /** Longest a watch stream may stay silent before it is dropped; default 60 s. */
  streamIdleMs?: number;
  /** When (on `clock`) everything this client does must be over: a Retry-After past it is not waited for. */
  deadline?: number;
  /** Attempts of one request on transient failures; unbounded with a `deadline`, else 4. */
  attempts?: number;
  clock?: Clock;
  random?: () => number;
  /** Told about each retry, in words. */
  onRetry?: (message: string, attempt: number) => void;
}

export interface WatchEvent {
  type: string;
  application: Application;
}

export interface ResourceQuery {
  group?: string;
  version?: string;
  kind: string;
  namespace?: string;
  name: string;
}

/**
 * What the wait loop needs from Argo CD; tests may pass another implementation. `signal` ends a call
 * (its retries included) when the wait is over or its deadline passed.
 */
export interface ArgoApi {
  getApp(ref: AppRef, refresh?: Refresh, signal?: AbortSignal): Promise<Application>;
  listApps(signal?: AbortSignal): Promise<Application[]>;
  sync(ref: AppRef, signal?: AbortSignal): Promise<Application>;
  resourceTree(ref: AppRef, signal?: AbortSignal): Promise<ApplicationTree>;
  liveResource(ref: AppRef, query: ResourceQuery, signal?: AbortSignal): Promise<unknown>;
  /** The manifests Argo CD renders for the app at `revision`: what would run if it were synced there. */
  manifests(ref: AppRef, revision: string, signal?: AbortSignal): Promise<string[]>;
  /** When `revision` was committed (ISO 8601), from the app's repository; undefined when unknown. */
  revisionDate(ref: AppRef, revision: string, signal?: AbortSignal): Promise<string | undefined>;
  watch(ref: AppRef, onEvent: (event: WatchEvent) => void, signal: AbortSignal): Promise<void>;
  /** The app's sync windows and whether a manual sync may run now (Argo CD 1.2+; needs `applications, get`). */
  syncWindows?(ref: AppRef, signal?: AbortSignal): Promise<SyncWindowsAnswer>;
  /** An AppProject, for its windows' time zones (needs `projects, get`). */
  project?(name: string, signal?: AbortSignal): Promise<AppProject>;
  /** Runs a resource action (a Rollout's `resume`, `abort`, ...) on one of the app's resources. */
  runResourceAction?(ref: AppRef, query: ResourceQuery, action: string, signal?: AbortSignal): Promise<void>;
  /** What is going wrong right now (requests hanging, a failure not yet recovered from), for a timeout's message. */
  problems?(): string[];
}

function appQuery(ref: AppRef, extra: [string, string][] = []): string {
  const params = new URLSearchParams(extra);
  if (ref.namespace) params.set('appNamespace', ref.namespace);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const NEVER = new AbortController().signal;

/** Argo CD's REST API over Node's http/https, so a custom CA or `insecure` is per client, not global. */
export class ArgoClient implements ArgoApi {
  /** Requests sent, for benches and tests that count them. */
  requests = 0;
  private readonly base: URL;
  private readonly agent: http.Agent;
  private readonly clock: Clock;
  private readonly inFlight = new Set<Exchange>();
  /** Whether the server ever answered: before that, a refused connection means a wrong `server`, not a restart. */
  private reached = false;
  private lastFailure: Error | undefined;

  constructor(private readonly opts: ClientOptions) {
    this.base = new URL(opts.server.endsWith('/') ? opts.server : `${opts.server}/`);
    this.clock = opts.clock ?? systemClock;
    this.agent =
      this.base.protocol === 'https:'
        ? new https.Agent({ keepAlive: true, ca: opts.ca, rejectUnauthorized: !opts.insecure })
        : new http.Agent({ keepAlive: true });
  }

  /** Closes kept-alive sockets so the process can exit at once. */
  close(): void {
    this.agent.destroy();
  }

  getApp(ref: AppRef, refresh?: Refresh, signal?: AbortSignal): Promise<Application> {
    const extra: [string, string][] = refresh ? [['refresh', refresh]] : [];
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}${appQuery(ref, extra)}`;
    return this.json('GET', path, undefined, signal);
  }

  async listApps(signal?: AbortSignal): Promise<Application[]> {
    const list = await this.json<{ items?: Application[] | null }>(
      'GET',
      'api/v1/applications',
      undefined,
      signal,
    );
    return list.items ?? [];
  }

  sync(ref: AppRef, signal?: AbortSignal): Promise<Application> {
    const body: Record<string, unknown> = { name: ref.name };
    if (ref.namespace) body['appNamespace'] = ref.namespace;
    return this.json('POST', `api/v1/applications/${encodeURIComponent(ref.name)}/sync`, body, signal);
  }

  resourceTree(ref: AppRef, signal?: AbortSignal): Promise<ApplicationTree> {
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree${appQuery(ref)}`;
    return this.json('GET', path, undefined, signal);
  }

  async liveResource(ref: AppRef, q: ResourceQuery, signal?: AbortSignal): Promise<unknown> {
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource${appQuery(ref, resourceParams(q))}`;
    const answer = await this.json<{ manifest?: string }>('GET', path, undefined, signal);
    return answer.manifest ? (JSON.parse(answer.manifest) as unknown) : undefined;
  }

  syncWindows(ref: AppRef, signal?: AbortSignal): Promise<SyncWindowsAnswer> {
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/syncwindows${appQuery(ref)}`;
    return this.json('GET', path, undefined, signal);
  }

  project(name: string, signal?: AbortSignal): Promise<AppProject> {
    return this.json('GET', `api/v1/projects/${encodeURIComponent(name)}`, undefined, signal);
  }

  /**
   * `POST .../resource/actions` with the action's name as the JSON string body: the route every Argo CD
   * since 1.x serves (`/resource/actions/v2`, with parameters, only exists from 3.1).
   */
  async runResourceAction(
    ref: AppRef,
    q: ResourceQuery,
    action: string,
    signal?: AbortSignal,
  ): Promise<void> {
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource/actions${appQuery(ref, resourceParams(q))}`;
    await this.json('POST', path, action, signal);
  }

  async manifests(ref: AppRef, revision: string, signal?: AbortSignal): Promise<string[]> {
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/manifests${appQuery(ref, [['revision', revision]])}`;
    const answer = await this.json<{ manifests?: string[] | null }>('GET', path, undefined, signal);
    return answer.manifests ?? [];
  }

  async revisionDate(ref: AppRef, revision: string, signal?: AbortSignal): Promise<string | undefined> {
    const name = encodeURIComponent(ref.name);
    const path = `api/v1/applications/${name}/revisions/${encodeURIComponent(revision)}/metadata${appQuery(ref)}`;
    const answer = await this.json<{ date?: string | null }>('GET', path, undefined, signal);
    return answer.date ?? undefined;
  }

  /**
   * Follows `/api/v1/stream/applications` for one app until the server ends it, it stays silent longer
   * than `streamIdleMs`, or `signal` aborts. Not retried here: the wait reconnects, or falls back to polling.
   */
  async watch(ref: AppRef, onEvent: (event: WatchEvent) => void, signal: AbortSignal): Promise<void> {
    const path = `api/v1/stream/applications${appQuery(ref, [['name', ref.name]])}`;
    const ex = this.start('GET', path, undefined, signal, this.opts.streamIdleMs ?? 60_000);
    const res = await ex.response;
    this.reached = true;
    const type = String(res.headers['content-type'] ?? '');
    if (res.statusCode !== 200 || !/json|event-stream/.test(type)) {
      const answer = await ex.read();
      if (answer.status !== 200 || isHtml(answer)) throw this.unusable(answer, 'GET', ex.url);
      const detail = `content type ${type || 'none'}, not a JSON stream (a proxy in the way?)`;
      throw new ArgoApiError(200, 'GET', ex.url, detail);
    }
    this.lastFailure = undefined;
    const reading = readJsonLines(res, (value) => {
      const frame = value as { result?: WatchEvent; error?: { message?: string; http_code?: number } };
      ex.events++;
      if (frame.error)
        throw new ArgoApiError(frame.error.http_code ?? 500, 'GET', ex.url, frame.error.message ?? '');
      if (frame.result?.application) onEvent(frame.result);
    });
    // Attached after the reader's own listener, so no chunk is emitted before it listens.
    res.on('data', () => ex.activity());
    await reading;
  }

  problems(): string[] {
    const now = this.clock.now();
    const hanging = [...this.inFlight].flatMap((ex) => {
      const hang = ex.hang(now);
      return hang ? [`${ex.method} ${ex.url}: ${hang}`] : [];
    });
    return this.lastFailure ? [...hanging, this.lastFailure.message] : hanging;
  }

  /** One JSON call, retried on transient failures with jittered backoff until it succeeds, fails for good, or `signal` aborts. */
  private async json<T>(
    method: string,
    path: string,
    body?: unknown,
    signal: AbortSignal = NEVER,
  ): Promise<T> {
    const attempts = this.opts.attempts ?? (this.opts.deadline === undefined ? 4 : Infinity);
    for (let attempt = 1; ; attempt++) {
      try {
        const value = this.parse<T>(await this.start(method, path, body, signal).read(), method, path);
        this.lastFailure = undefined;
        return value;
      } catch (error) {
        if (!(error instanceof ArgoApiError || error instanceof ArgoNetworkError)) throw error;
        error.attempts = attempt;
        if (error instanceof ArgoApiError) this.reached = true;
        if (signal.aborted || !isRetryable(error, this.reached) || attempt >= attempts) throw error;
        const delay = this.retryDelay(attempt, error);
        if (delay === undefined) throw error;
        this.lastFailure = error;
        this.opts.onRetry?.(`${error.message}; retrying in ${(delay / 1000).toFixed(1)}s`, attempt);
        await pause(this.clock, delay, signal);
        if (signal.aborted) throw error;
      }
    }
  }

  /** Jittered backoff, or what Retry-After asks when longer; undefined when that is past the deadline. */
  private retryDelay(attempt: number, error: Error): number | undefined {
    const backoff = backoffDelay(attempt, 250, 5000, this.opts.random ?? Math.random);
    const asked = error instanceof ArgoApiError ? (error.retryAfterMs ?? 0) : 0;
    const delay = Math.max(backoff, asked);
    const { deadline } = this.opts;
    if (asked > 0 && deadline !== undefined && this.clock.now() + delay > deadline) return undefined;
    return delay;
  }

  private parse<T>(answer: Answer, method: string, path: string): T {
    const url = displayUrl(new URL(path, this.base).href);
    if (answer.status < 200 || answer.status >= 300 || isHtml(answer))
      throw this.unusable(answer, method, url);
    try {
      return JSON.parse(answer.text) as T;
    } catch {
      throw new ArgoApiError(answer.status, method, url, answer.text.slice(0, 200), 'json');
    }
  }

  /** The error for an answer that is not a success in Argo CD's JSON: its message, a proxy page's title, a redirect. */
  private unusable(answer: Answer, method: string, url: string): ArgoApiError {
    const { status, text, headers } = answer;
    if (isHtml(answer)) {
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? '';
      return new ArgoApiError(status, method, url, title, 'html', retryAfter(headers, this.clock));
    }
    if (status >= 300 && status < 400) {
      const location = String(headers['location'] ?? '');
      return new ArgoApiError(status, method, url, location && displayUrl(location), 'redirect');
    }
    let detail = text.slice(0, 300).trim();
    try {
      const parsed = JSON.parse(text) as { message?: string; error?: string };
      detail = parsed.message || parsed.error || detail;
    } catch {
      // Not JSON: keep the start of the text.
    }
    return new ArgoApiError(status, method, url, detail, 'status', retryAfter(headers, this.clock));
  }

  private start(method: string, path: string, body: unknown, signal: AbortSignal, idleMs?: number): Exchange {
    this.requests++;
    const url = new URL(path, this.base);
    const ex = new Exchange({
      url,
      method,
      body,
      signal,
      idleMs,
      token: this.opts.token,
      agent: this.agent,
      clock: this.clock,
      limitMs: this.opts.requestTimeoutMs ?? 30_000,
    });
    this.inFlight.add(ex);
    void ex.finished.then(() => this.inFlight.delete(ex));
    return ex;
  }
}

function resourceParams(q: ResourceQuery): [string, string][] {
  return [
    ['resourceName', q.name],
    ['kind', q.kind],
    ['namespace', q.namespace ?? ''],
    ['group', q.group ?? ''],
    ['version', q.version ?? ''],
  ];
}

function isHtml(answer: Answer): boolean {
  const type = String(answer.headers['content-type'] ?? '');
  return /text\/html/i.test(type) || /^\s*<(!doctype|html)/i.test(answer.text);
}

/** Retry-After in ms, as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfter(headers: http.IncomingHttpHeaders, clock: Clock): number | undefined {
  const value = headers['retry-after'];
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - clock.now());
}

const TLS = /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO/;

/**
 * Worth another attempt: a server error, rate limiting, a proxy's page, a body cut short, a reset or a
 * request that hung. A refused connection or an unknown name only once the server answered before (a
 * restart), never at first (a wrong `server`). Auth, not-found, permission and TLS failures are final.
 */
export function isRetryable(error: unknown, reached: boolean): boolean {
  if (error instanceof ArgoApiError) {
    if (error.kind === 'redirect') return false;
    if (error.kind === 'html' || error.kind === 'json') return error.status < 400 || error.status >= 500;
    return error.status >= 500 || error.status === 429 || error.status === 408;
  }
  if (!(error instanceof ArgoNetworkError)) return false;
  if (error.code === 'ABORTED' || TLS.test(error.code)) return false;
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_NONAME'].includes(error.code)) return reached;
  return true;
}
