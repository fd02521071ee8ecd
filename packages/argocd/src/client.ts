import http from 'node:http';
import https from 'node:https';
import { readJsonLines } from './stream.js';
import type { Application, ApplicationTree, AppRef } from './types.js';

export type Refresh = 'normal' | 'hard';

export interface ClientOptions {
  /** Base URL, e.g. `https://argocd.example.com` (a path prefix such as `/argocd` is kept). */
  server: string;
  token: string;
  /** PEM bundle trusted in addition to nothing else: the server's CA. */
  ca?: string;
  insecure?: boolean;
  requestTimeoutMs?: number;
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

/** What the wait loop needs from Argo CD; tests may pass another implementation. */
export interface ArgoApi {
  getApp(ref: AppRef, refresh?: Refresh): Promise<Application>;
  listApps(): Promise<Application[]>;
  sync(ref: AppRef): Promise<Application>;
  resourceTree(ref: AppRef): Promise<ApplicationTree>;
  liveResource(ref: AppRef, query: ResourceQuery): Promise<unknown>;
  /** The manifests Argo CD renders for the app at `revision`: what would run if it were synced there. */
  manifests(ref: AppRef, revision: string): Promise<string[]>;
  /** When `revision` was committed (ISO 8601), from the app's repository; undefined when unknown. */
  revisionDate(ref: AppRef, revision: string): Promise<string | undefined>;
  watch(ref: AppRef, onEvent: (event: WatchEvent) => void, signal: AbortSignal): Promise<void>;
}

/** An answer from Argo CD that is not 2xx; `message` is Argo CD's own (gRPC-gateway `message`). */
export class ArgoApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${method} ${path} answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'ArgoApiError';
  }
}

/** No HTTP answer at all: refused, reset, DNS, TLS. `code` is Node's (`ECONNREFUSED`, `CERT_HAS_EXPIRED`). */
export class ArgoNetworkError extends Error {
  constructor(
    readonly code: string,
    readonly method: string,
    readonly path: string,
    detail: string,
  ) {
    super(`${method} ${path} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
    this.name = 'ArgoNetworkError';
  }
}

function appQuery(ref: AppRef, extra: [string, string][] = []): string {
  const params = new URLSearchParams(extra);
  if (ref.namespace) params.set('appNamespace', ref.namespace);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Argo CD's REST API over Node's http/https, so a custom CA or `insecure` is per client, not global. */
export class ArgoClient implements ArgoApi {
  /** Requests sent, for benches and tests that count them. */
  requests = 0;
  private readonly base: URL;
  private readonly agent: http.Agent;
  private readonly timeoutMs: number;

  constructor(private readonly opts: ClientOptions) {
    this.base = new URL(opts.server.endsWith('/') ? opts.server : `${opts.server}/`);
    this.timeoutMs = opts.requestTimeoutMs ?? 30_000;
    this.agent =
      this.base.protocol === 'https:'
        ? new https.Agent({ keepAlive: true, ca: opts.ca, rejectUnauthorized: !opts.insecure })
        : new http.Agent({ keepAlive: true });
  }

  /** Closes kept-alive sockets so the process can exit at once. */
  close(): void {
    this.agent.destroy();
  }

  getApp(ref: AppRef, refresh?: Refresh): Promise<Application> {
    const extra: [string, string][] = refresh ? [['refresh', refresh]] : [];
    return this.json('GET', `api/v1/applications/${encodeURIComponent(ref.name)}${appQuery(ref, extra)}`);
  }

  async listApps(): Promise<Application[]> {
    const list = await this.json<{ items?: Application[] | null }>('GET', 'api/v1/applications');
    return list.items ?? [];
  }

  sync(ref: AppRef): Promise<Application> {
    const body: Record<string, unknown> = { name: ref.name };
    if (ref.namespace) body['appNamespace'] = ref.namespace;
    return this.json('POST', `api/v1/applications/${encodeURIComponent(ref.name)}/sync`, body);
  }

  resourceTree(ref: AppRef): Promise<ApplicationTree> {
    return this.json(
      'GET',
      `api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree${appQuery(ref)}`,
    );
  }

  async liveResource(ref: AppRef, q: ResourceQuery): Promise<unknown> {
    const params: [string, string][] = [
      ['resourceName', q.name],
      ['kind', q.kind],
      ['namespace', q.namespace ?? ''],
      ['group', q.group ?? ''],
      ['version', q.version ?? ''],
    ];
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource${appQuery(ref, params)}`;
    const answer = await this.json<{ manifest?: string }>('GET', path);
    return answer.manifest ? (JSON.parse(answer.manifest) as unknown) : undefined;
  }

  async manifests(ref: AppRef, revision: string): Promise<string[]> {
    const path = `api/v1/applications/${encodeURIComponent(ref.name)}/manifests${appQuery(ref, [['revision', revision]])}`;
    const answer = await this.json<{ manifests?: string[] | null }>('GET', path);
    return answer.manifests ?? [];
  }

  async revisionDate(ref: AppRef, revision: string): Promise<string | undefined> {
    const name = encodeURIComponent(ref.name);
    const path = `api/v1/applications/${name}/revisions/${encodeURIComponent(revision)}/metadata${appQuery(ref)}`;
    const answer = await this.json<{ date?: string | null }>('GET', path);
    return answer.date ?? undefined;
  }

  /** Follows `/api/v1/stream/applications` for one app until the server ends it or `signal` aborts. */
  async watch(ref: AppRef, onEvent: (event: WatchEvent) => void, signal: AbortSignal): Promise<void> {
    const path = `api/v1/stream/applications${appQuery(ref, [['name', ref.name]])}`;
    const res = await this.send('GET', path, undefined, { signal, stream: true });
    if (res.statusCode !== 200) throw await this.apiError(res, 'GET', path);
    const type = String(res.headers['content-type'] ?? '');
    if (!/json|event-stream/.test(type)) {
      res.destroy();
      throw new ArgoApiError(200, 'GET', path, `unexpected content type '${type}' (a proxy in the way?)`);
    }
    await readJsonLines(res, (value) => {
      const frame = value as { result?: WatchEvent; error?: { message?: string; http_code?: number } };
      if (frame.error)
        throw new ArgoApiError(frame.error.http_code ?? 500, 'GET', path, frame.error.message ?? '');
      if (frame.result?.application) onEvent(frame.result);
    });
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.send(method, path, body, {});
    if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode >= 300) {
      throw await this.apiError(res, method, path);
    }
    const text = await readAll(res);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ArgoApiError(res.statusCode, method, path, `answer is not JSON: ${text.slice(0, 120)}`);
    }
  }

  private async apiError(res: http.IncomingMessage, method: string, path: string): Promise<ArgoApiError> {
    const text = await readAll(res).catch(() => '');
    let detail = text.slice(0, 300).trim();
    try {
      const parsed = JSON.parse(text) as { message?: string; error?: string };
      detail = parsed.message || parsed.error || detail;
    } catch {
      // Not JSON (a proxy's HTML page): keep the start of the text.
    }
    return new ArgoApiError(res.statusCode ?? 0, method, `/${path.split('?')[0]}`, detail);
  }

  private send(
    method: string,
    path: string,
    body: unknown,
    opts: { signal?: AbortSignal; stream?: boolean },
  ): Promise<http.IncomingMessage> {
    const url = new URL(path, this.base);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.opts.token}`,
      accept: 'application/json',
      'user-agent': 'gitops-actions/wait-for-argocd',
    };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    this.requests++;
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = transport.request(
        url,
        { method, headers, agent: this.agent, signal: opts.signal },
        resolve,
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? error.name;
        reject(new ArgoNetworkError(code, method, `/${path.split('?')[0]}`, error.message));
      });
      // Requests must not hang forever; a stream is allowed to be idle.
      if (!opts.stream) {
        req.setTimeout(this.timeoutMs, () =>
          req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
        );
      }
      req.end(payload);
    });
  }
}

function readAll(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}
