// A local Argo CD API server for tests and the demo: the REST routes wait-for-argocd uses, the
// watch stream (JSON lines or SSE), bearer-token auth, and a controller that reconciles each app
// from a path in a bare git repository. Every answer is checked against Argo CD's swagger.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { AppModel, type ArgoAppBehaviour, type ArgoAppConfig } from './argocd-model.js';
import { SwaggerValidator } from './argocd-validate.js';
import { canSync, isActive, windowsFor, type StandInSyncWindow } from './argocd-windows.js';
import { bareRepoPath, commitFiles, git } from '@gitops-actions/standin-git-server';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

export interface ArgoCdOptions {
  /** Folder of `<owner>/<repo>.git` bare repositories (the local GitHub's). */
  gitRoot: string;
  /** The API token with access to every application. */
  token: string;
  apps?: ArgoAppConfig[];
  /** Controller resync period; a `refresh` query reconciles at once. Default 300 ms. */
  reconcileMs?: number;
  /** Serve HTTPS with this key pair (PEM). */
  tls?: { key: string; cert: string };
  /** Extra tokens that only see the listed applications (`namespace/name` or name). */
  restrictedTokens?: Record<string, string[]>;
  /** Tokens with `applications, get` but not `applications, sync` on the listed applications. */
  readOnlyTokens?: Record<string, string[]>;
  /** Local users for `POST /api/v1/session`. */
  users?: Record<string, string>;
  /** `broken` answers the stream route with a proxy's 502, as some ingresses do. */
  streaming?: 'ok' | 'broken';
  /** SSE keep-alive comment period; default 15 s as Argo CD. */
  keepAliveMs?: number;
  /**
   * Send MODIFIED on every controller pass even when nothing a client reads changed, as Argo CD
   * does whenever only `status.reconciledAt` or `resourceVersion` moved.
   */
  resendUnchanged?: boolean;
  swaggerPath?: string;
  /** Faults injected from the start; `ArgoCdServer.fault` adds more. */
  faults?: ArgoFault[];
  /** The sync windows of every project (`spec.syncWindows`); `setSyncWindows` replaces them. */
  syncWindows?: StandInSyncWindow[];
  /** The time sync windows are judged at; the test's clock. Default: the real time. */
  windowClock?: () => number;
}

/** A fault the stand-in injects into answers, as a broken proxy, a restarting or an overloaded server would. */
export interface ArgoFault {
  /** The routes it hits (`get`, `sync`, `stream`, `list`, `tree`, ...); every route when absent. */
  routes?: string[];
  /**
   * `hang`: accept the request and never answer. `stall`: send the headers (200, JSON), then nothing.
   * `status`: answer `status` (default 500) with Argo CD's error body. `html`: a proxy's HTML page with
   * `status` (default 200). `truncated`: a 200 whose JSON body ends half-way. `reset`: close the
   * connection without an answer.
   */
  kind: 'hang' | 'stall' | 'status' | 'html' | 'truncated' | 'reset';
  status?: number;
  /** Retry-After sent with a `status` or `html` answer. */
  retryAfter?: string;
  /** How many requests it hits before it heals; every request when absent. */
  times?: number;
}

/** One request that reached a route, for tests that assert what the client asked. */
export interface ArgoCdRequest {
  method: string;
  route: string;
  /** The application a per-app route or a watch names, else ''. */
  app: string;
  query: Record<string, string>;
  /** The JSON body of a POST, once read. */
  body?: unknown;
}

/** One state of an app that reached a client: in an answer, or as a watch event. */
export interface ArgoCdDelivery {
  app: string;
  via: 'get' | 'list' | 'sync' | 'stream';
  sync: string;
  health: string;
}

export interface ArgoCdStats {
  requests: number;
  /** Per route: `list`, `get`, `sync`, `tree`, `resource`, `stream`, `session`, `version`. */
  byRoute: Record<string, number>;
  /** Every request since the last reset, oldest first. */
  log: ArgoCdRequest[];
  /** Every app state sent since the last reset, oldest first: what a client was certain to see. */
  sent: ArgoCdDelivery[];
  reset(): void;
}

export interface ArgoCdServer {
  url: string;
  stats: ArgoCdStats;
  /** Responses (and requests) that did not match the swagger; tests expect none. */
  violations: string[];
  addApp(config: ArgoAppConfig): Promise<void>;
  setBehaviour(name: string, behaviour: ArgoAppBehaviour): void;
  /** The application as the API would return it now. */
  app(name: string): Record<string, unknown>;
  /** Lets a paused Rollout continue past its manual gate. */
  promote(name: string): void;
  /** Replaces every project's sync windows. */
  setSyncWindows(windows: StandInSyncWindow[]): void;
  /**
   * Deletes an application (`name` or `namespace/name`) as a pruning parent app or `argocd app
   * delete` does: open watch streams get a DELETED event with its last state, later GETs a 404.
   */
  deleteApp(name: string): void;
  /** Reconcile every app now (what a git webhook does). */
  refreshAll(): Promise<void>;
  /** Injects a fault into the next matching requests (after authentication, which still answers 401). */
  fault(fault: ArgoFault): void;
  clearFaults(): void;
  /**
   * Called after every change of any app, with its new state; on every pass with `resendUnchanged`, or
   * while the app holds a state for `holdUntilSent`.
   */
  onChange(listener: (name: string, app: Record<string, unknown>) => void): () => void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

interface Watcher {
  res: ServerResponse;
  filter: (m: AppModel) => boolean;
  visible: (m: AppModel) => boolean;
  sse: boolean;
  events: number;
}

const ERRORS: Record<number, { code: number; message: (detail: string) => string }> = {
  400: { code: 9, message: (d) => d },
  401: { code: 16, message: () => 'no session information' },
  403: { code: 7, message: (d) => `permission denied: ${d}` },
  404: { code: 5, message: (d) => d },
  429: { code: 8, message: (d) => d },
  503: { code: 14, message: (d) => d },
};

/** A sign-in page such as an SSO proxy in front of Argo CD answers to an API client. */
const SSO_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Sign in - Example SSO</title></head>' +
  '<body><form action="/oauth2/start"><button>Sign in</button></form></body></html>\n';

export async function startArgoCd(options: ArgoCdOptions): Promise<ArgoCdServer> {
  const stand = new ArgoCdStandIn(options);
  await Promise.all((options.apps ?? []).map((a) => stand.addApp(a)));
  const server = options.tls
    ? (createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) =>
        stand.handle(req, res),
      ) as unknown as Server)
    : createHttpServer((req, res) => stand.handle(req, res));
  const url = (await listenOnLoopback(server)).replace(/^http:/, options.tls ? 'https:' : 'http:');
  stand.start();
  return {
    url,
    stats: stand.stats,
    violations: stand.violations,
    addApp: (c) => stand.addApp(c),
    setBehaviour: (name, b) => {
      stand.find(name).behaviour = b;
    },
    app: (name) => stand.find(name).toJSON(),
    promote: (name) => stand.find(name).promote(),
    setSyncWindows: (windows) => stand.setSyncWindows(windows),
    deleteApp: (name) => stand.deleteApp(name),
    refreshAll: () => stand.reconcileAll(),
    fault: (f) => stand.faults.push({ ...f }),
    clearFaults: () => stand.faults.splice(0),
    onChange: (listener) => stand.onChange(listener),
    close: async () => {
      stand.stop();
      await closeServer(server);
    },
  };
}

class ArgoCdStandIn {
  readonly violations: string[] = [];
  readonly stats: ArgoCdStats;
  readonly faults: ArgoFault[];
  private readonly models: AppModel[] = [];
  private readonly watchers = new Set<Watcher>();
  private readonly listeners = new Set<(name: string, app: Json) => void>();
  private readonly sessions = new Set<string>();
  private readonly validator: SwaggerValidator;
  private readonly published = new Map<AppModel, string>();
  private timer: NodeJS.Timeout | undefined;
  private keepAlive: NodeJS.Timeout | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  /** Whether an app's path exists at a commit, per `gitDir commit path`: a commit never changes. */
  private readonly pathAt = new Map<string, Promise<boolean>>();
  private syncWindows: StandInSyncWindow[];

  constructor(private readonly opts: ArgoCdOptions) {
    this.validator = new SwaggerValidator(opts.swaggerPath);
    this.faults = (opts.faults ?? []).map((f) => ({ ...f }));
    this.syncWindows = [...(opts.syncWindows ?? [])];
    const stats: ArgoCdStats = {
      requests: 0,
      byRoute: {},
      log: [],
      sent: [],
      reset() {
        stats.requests = 0;
        stats.byRoute = {};
        stats.log = [];
        stats.sent = [];
      },
    };
    this.stats = stats;
  }

  async addApp(config: ArgoAppConfig): Promise<void> {
    const model = new AppModel(config, `https://github.com/${config.repo}.git`, Date.now());
    model.autoSyncAllowed = () => canSync(this.windowsOf(model), this.windowNow(), false);
    // The app was deployed before the stand-in started: its dry head already hydrated and synced.
    if (model.config.hydrator) await this.hydrate(model, true);
    model.compare(await this.syncHead(model), Date.now());
    this.models.push(model);
    this.published.set(model, this.fingerprint(model));
  }

  setSyncWindows(windows: StandInSyncWindow[]): void {
    this.syncWindows = [...windows];
  }

  private windowNow(): number {
    return this.opts.windowClock?.() ?? Date.now();
  }

  /** The windows of the app's project that apply to it (Argo CD's `Matches`). */
  private windowsOf(model: AppModel): StandInSyncWindow[] {
    return windowsFor(this.syncWindows, {
      name: model.name,
      namespace: model.config.name,
      server: 'https://kubernetes.default.svc',
    });
  }

  find(name: string): AppModel {
    const model = this.models.find((m) => m.name === name || m.key === name);
    if (!model) throw new Error(`No application ${name} in the Argo CD stand-in`);
    return model;
  }

  deleteApp(name: string): void {
    const model = this.find(name);
    this.models.splice(this.models.indexOf(model), 1);
    this.published.delete(model);
    const app = this.checked('v1alpha1Application', model.toJSON());
    for (const w of this.watchers)
      if (w.filter(model) && w.visible(model)) this.sendEvent(w, 'DELETED', app, model);
  }

  onChange(listener: (name: string, app: Json) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.timer = setInterval(() => void this.reconcileAll(), this.opts.reconcileMs ?? 300);
    this.keepAlive = setInterval(() => {
      for (const w of this.watchers) if (w.sse) w.res.write(':\n');
    }, this.opts.keepAliveMs ?? 15_000);
    // The stand-in must never keep a test process alive on its own.
    this.timer.unref();
    this.keepAlive.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.keepAlive);
    for (const w of this.watchers) w.res.destroy();
    this.watchers.clear();
  }

  /**
   * One controller pass, resolved once a pass that started after this call has finished. Passes never
   * overlap, and calls made while one runs share the single pass that follows it: a controller that
   * falls behind (a loaded machine, many apps) skips ticks instead of queueing them without bound.
   */
  reconcileAll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.queued ??= this.running.then(() => {
        this.queued = undefined;
        return this.reconcileAll();
      });
      return this.queued;
    }
    const pass = Promise.all(this.models.map((m) => this.reconcile(m))).then(
      () => {},
      () => {},
    );
    this.running = pass.finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async reconcile(model: AppModel): Promise<void> {
    const now = Date.now();
    model.advance(now);
    if (model.config.hydrator) await this.hydrate(model).catch(() => undefined);
    const head = await this.syncHead(model).catch(() => model.target);
    if (head !== model.target) model.compare(head, Date.now());
    else model.autoSync(Date.now());
    this.publish(model, this.opts.resendUnchanged || model.holding);
  }

  /**
   * The branch head, if the app's path exists there (an app pointing at nothing never changes). Read
   * from the ref file when it is loose, and each commit's listing once: a pass spawns no process
   * unless a branch moved, so many apps on a short period cost the machine next to nothing.
   */
  private async head(model: AppModel): Promise<string> {
    const gitDir = bareRepoPath(this.opts.gitRoot, model.config.repo);
    const head = await branchHead(gitDir, model.config.branch ?? 'main');
    const key = `${gitDir} ${head} ${model.config.path}`;
    let exists = this.pathAt.get(key);
    if (!exists) {
      exists = git(['--git-dir', gitDir, 'ls-tree', '--name-only', head, '--', model.config.path]).then(
        (r) => r.stdout.trim() !== '',
      );
      this.pathAt.set(key, exists);
      exists.catch(() => this.pathAt.delete(key));
    }
    if (!(await exists)) throw new Error(`path ${model.config.path} not found at ${head}`);
    return head;
  }

  /** The commit Argo CD compares the app with: the dry branch's head, or the hydrator's sync branch's. */
  private async syncHead(model: AppModel): Promise<string> {
    const hydrator = model.config.hydrator;
    if (!hydrator) return this.head(model);
    const gitDir = bareRepoPath(this.opts.gitRoot, model.config.repo);
    return branchHead(gitDir, hydrator.syncBranch);
  }

  /**
   * The Source Hydrator's pass: a new dry head starts a hydration, which after `hydrateMs` fails or
   * commits the dry path's files, rendered into one `manifest.yaml`, to the sync branch (`instant`: now).
   */
  private async hydrate(model: AppModel, instant = false): Promise<void> {
    const dry = await this.head(model);
    model.noteDry(dry, Date.now());
    const due = instant ? 'write' : model.hydrationDue(Date.now());
    if (due === 'fail') model.failHydration(Date.now());
    if (due !== 'write') return;
    const hydrated = await this.writeHydrated(model, dry);
    model.finishHydration(hydrated, Date.now());
  }

  private async writeHydrated(model: AppModel, dry: string): Promise<string> {
    const { syncBranch, syncPath } = model.config.hydrator!;
    const gitDir = bareRepoPath(this.opts.gitRoot, model.config.repo);
    const list = await git([
      '--git-dir',
      gitDir,
      'ls-tree',
      '-r',
      '--name-only',
      dry,
      '--',
      model.config.path,
    ]);
    const files = list.stdout.split('\n').filter(Boolean);
    const parts = await Promise.all(
      files.map(
        async (f) =>
          `---\n# Source: ${f}\n${(await git(['--git-dir', gitDir, 'show', `${dry}:${f}`])).stdout}`,
      ),
    );
    const metadata = JSON.stringify({ drySha: dry, repoURL: model.repoUrl }, null, 2) + '\n';
    return commitFiles(
      this.opts.gitRoot,
      model.config.repo,
      { [`${syncPath}/manifest.yaml`]: parts.join(''), [`${syncPath}/hydrator.metadata`]: metadata },
      { branch: syncBranch, message: `[Argo CD Bot] hydrate ${dry}` },
    );
  }

  private fingerprint(model: AppModel): string {
    const app = model.toJSON();
    delete (app['metadata'] as Json)['resourceVersion'];
    delete (app['status'] as Json)['reconciledAt'];
    return JSON.stringify(app);
  }

  /** Emits MODIFIED to watchers only when something a client could see has changed, unless `force`. */
  private publish(model: AppModel, force = false): void {
    if (!this.models.includes(model)) return; // deleted while a reconcile or sync was in flight
    const fingerprint = this.fingerprint(model);
    if (!force && this.published.get(model) === fingerprint) return;
    this.published.set(model, fingerprint);
    model.resourceVersion++;
    const app = this.checked('v1alpha1Application', model.toJSON());
    for (const w of this.watchers)
      if (w.filter(model) && w.visible(model)) this.sendEvent(w, 'MODIFIED', app, model);
    for (const listener of this.listeners) listener(model.name, app);
  }

  /** Notes that a client is being sent `app`, the current state of `model`; returns `app`. */
  private deliver(model: AppModel, via: ArgoCdDelivery['via'], app: Json): Json {
    model.delivered();
    const status = app['status'] as { sync?: { status?: string }; health?: { status?: string } };
    this.stats.sent.push({
      app: model.name,
      via,
      sync: status.sync?.status ?? '',
      health: status.health?.status ?? '',
    });
    return app;
  }

  private checked<T>(definition: string, value: T): T {
    for (const problem of this.validator.check(definition, value)) this.violations.push(problem);
    return value;
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.route(req, res).catch((error: unknown) => {
      if (!res.headersSent) this.error(res, 500, error instanceof Error ? error.message : String(error));
      else res.destroy();
    });
  }

  /** Records a request that reached `route`; true when a fault answered it instead. */
  private arrive(route: string, req: IncomingMessage, res: ServerResponse, url: URL, app = ''): boolean {
    const method = req.method ?? 'GET';
    this.stats.requests++;
    this.stats.byRoute[route] = (this.stats.byRoute[route] ?? 0) + 1;
    this.stats.log.push({ method, route, app, query: Object.fromEntries(url.searchParams) });
    const fault = this.faults.find((f) => (f.times ?? 1) > 0 && (!f.routes || f.routes.includes(route)));
    if (!fault) return false;
    if (fault.times !== undefined) fault.times--;
    injectFault(fault, req, res, (status, detail) => this.error(res, status, detail));
    return true;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/api/version') {
      if (this.arrive('version', req, res, url)) return;
      return this.send(res, 'versionVersionMessage', { Version: 'v3.6.0+stand-in', Platform: 'linux/amd64' });
    }
    if (method === 'POST' && path === '/api/v1/session') {
      if (this.arrive('session', req, res, url)) return;
      return this.session(req, res);
    }
    const visible = this.authorize(req);
    if (!visible) return this.error(res, 401, '');
    if (method === 'GET' && path === '/api/v1/stream/applications') {
      if (this.arrive('stream', req, res, url, url.searchParams.get('name') ?? '')) return;
      return this.watch(req, res, url, visible);
    }
    if (method === 'GET' && path === '/api/v1/applications') {
      if (this.arrive('list', req, res, url)) return;
      const items = this.models.filter(visible).map((m) => this.deliver(m, 'list', m.toJSON()));
      return this.send(res, 'v1alpha1ApplicationList', {
        metadata: { resourceVersion: String(Date.now()) },
        items,
      });
    }
    const project = /^\/api\/v1\/projects\/([^/]+)$/.exec(path);
    if (method === 'GET' && project) {
      if (this.arrive('project', req, res, url, decodeURIComponent(project[1] ?? ''))) return;
      return this.project(req, res, decodeURIComponent(project[1] ?? ''));
    }
    const match =
      /^\/api\/v1\/applications\/([^/]+)(\/sync|\/syncwindows|\/resource-tree|\/resource\/actions|\/resource|\/manifests|\/revisions\/[^/]+\/metadata)?$/.exec(
        path,
      );
    if (!match) {
      if (this.arrive('other', req, res, url)) return;
      return this.error(res, 404, `Not Found: ${method} ${path}`);
    }
    const name = decodeURIComponent(match[1] ?? '');
    const sub = match[2] ?? '';
    // A sync (body "*" in Argo CD's gateway) names a namespaced app in its body; other routes in the query.
    const body = method === 'POST' && sub === '/sync' ? await readJson(req) : undefined;
    const namespace =
      (body === undefined ? url.searchParams.get('appNamespace') : (body as Json)['appNamespace']) ||
      'argocd';
    const routes: Record<string, string> = {
      '': 'get',
      '/sync': 'sync',
      '/resource-tree': 'tree',
      '/syncwindows': 'syncwindows',
      '/resource/actions': 'action',
    };
    const route =
      routes[sub] ??
      (sub === '/manifests' ? 'manifests' : sub.startsWith('/revisions/') ? 'metadata' : 'resource');
    if (this.arrive(route, req, res, url, name)) return;
    if (body !== undefined) this.stats.log[this.stats.log.length - 1]!.body = body;
    const model = this.models.find((m) => m.name === name && m.namespace === namespace);
    if (!model) return this.error(res, 404, `applications.argoproj.io "${name}" not found`);
    if (!visible(model)) return this.error(res, 403, `applications, get, ${rbacObject(model)}`);
    if (method === 'GET' && sub === '') return this.get(res, model, url.searchParams.get('refresh'));
    if (method === 'POST' && sub === '/sync') {
      // Argo CD checks the windows before the token's `applications, sync`.
      if (!canSync(this.windowsOf(model), this.windowNow(), true))
        return this.rawError(res, 403, 'Cannot sync: Blocked by sync window');
      if (this.opts.readOnlyTokens?.[tokenOf(req) ?? ''])
        return this.error(res, 403, `applications, sync, ${rbacObject(model)}`);
      return this.sync(res, model, body);
    }
    if (method === 'GET' && sub === '/syncwindows') return this.windows(res, model);
    if (method === 'POST' && sub === '/resource/actions') return this.action(req, res, url, model);
    if (method === 'GET' && sub === '/resource-tree')
      return this.send(res, 'v1alpha1ApplicationTree', model.tree());
    if (method === 'GET' && sub === '/manifests')
      return this.manifests(res, model, url.searchParams.get('revision') || model.target);
    if (method === 'GET' && sub.startsWith('/revisions/'))
      return this.revisionMetadata(res, model, decodeURIComponent(sub.split('/')[2] ?? ''));
    if (method === 'GET' && sub === '/resource') {
      const live = model.liveManifest(
        url.searchParams.get('kind') ?? '',
        url.searchParams.get('resourceName') ?? '',
      );
      if (!live) return this.error(res, 404, 'resource not found');
      return this.send(res, 'applicationApplicationResourceResponse', { manifest: JSON.stringify(live) });
    }
    return this.error(res, 404, `Not Found: ${method} ${path}`);
  }

  /**
   * What the app renders at `revision`: here each file under its path, as one JSON object per file (Argo
   * CD answers rendered Kubernetes objects as JSON strings). A revision it cannot resolve is an error.
   */
  private async manifests(res: ServerResponse, model: AppModel, revision: string): Promise<void> {
    const gitDir = bareRepoPath(this.opts.gitRoot, model.config.repo);
    const files = await git([
      '--git-dir',
      gitDir,
      'ls-tree',
      '-r',
      '--name-only',
      revision,
      '--',
      model.config.path,
    ])
      .then((r) => r.stdout.split('\n').filter(Boolean))
      .catch(() => undefined);
    if (!files) return this.error(res, 500, `unable to resolve '${revision}' to a commit SHA`);
    const manifests = await Promise.all(
      files.map(async (file) => {
        const { stdout } = await git(['--git-dir', gitDir, 'show', `${revision}:${file}`]);
        const object = {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: file },
          data: { content: stdout },
        };
        return JSON.stringify(object);
      }),
    );
    this.send(res, 'repositoryManifestResponse', { manifests, revision, namespace: model.namespace });
  }

  private async revisionMetadata(res: ServerResponse, model: AppModel, revision: string): Promise<void> {
    const gitDir = bareRepoPath(this.opts.gitRoot, model.config.repo);
    const shown = await git([
      '--git-dir',
      gitDir,
      'show',
      '-s',
      '--format=%aI%n%an <%ae>%n%B',
      `${revision}^{commit}`,
    ])
      .then((r) => r.stdout)
      .catch(() => undefined);
    if (shown === undefined) return this.error(res, 500, `unable to resolve '${revision}' to a commit SHA`);
    const [date = '', author = '', ...message] = shown.split('\n');
    // Argo CD answers RFC 3339 times in UTC, as Kubernetes' metav1.Time does.
    const rfc3339 = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.send(res, 'v1alpha1RevisionMetadata', { author, date: rfc3339, message: message.join('\n').trim() });
  }

  /** Null for a missing or unknown token; otherwise which apps the caller may see. */
  private authorize(req: IncomingMessage): ((m: AppModel) => boolean) | null {
    const token = tokenOf(req);
    if (!token) return null;
    if (token === this.opts.token || this.sessions.has(token)) return () => true;
    const allowed = this.opts.restrictedTokens?.[token] ?? this.opts.readOnlyTokens?.[token];
    if (!allowed) return null;
    return (m) => grants(allowed, m);
  }

  private get(res: ServerResponse, model: AppModel, refresh: string | null): void {
    const app = model.toJSON();
    // Like Argo CD, a refresh is requested, not awaited: this answer still shows the old comparison.
    if (refresh === 'normal' || refresh === 'hard') setImmediate(() => void this.reconcileAll());
    this.send(res, 'v1alpha1Application', this.deliver(model, 'get', app));
  }

  private async sync(res: ServerResponse, model: AppModel, body: unknown): Promise<void> {
    this.checked('applicationApplicationSyncRequest', body);
    const head = await this.syncHead(model).catch(() => model.target);
    if (head !== model.target) model.compare(head, Date.now());
    const revision =
      typeof (body as Json)['revision'] === 'string' && (body as Json)['revision']
        ? String((body as Json)['revision'])
        : head;
    if (!model.startSync(revision, Date.now(), { username: 'admin' })) {
      return this.error(res, 400, 'another operation is already in progress');
    }
    this.publish(model);
    this.send(res, 'v1alpha1Application', this.deliver(model, 'sync', model.toJSON()));
  }

  /** `applicationApplicationSyncWindowsResponse`: the app's windows, the active ones, and `CanSync(true)`. */
  private windows(res: ServerResponse, model: AppModel): void {
    const now = this.windowNow();
    const assigned = this.windowsOf(model);
    // Argo CD's convertSyncWindows keeps only these four fields (and omits empty lists).
    const convert = (list: StandInSyncWindow[]) =>
      list.length
        ? list.map((w) => ({
            kind: w.kind,
            schedule: w.schedule,
            duration: w.duration,
            manualSync: w.manualSync ?? false,
          }))
        : undefined;
    this.send(res, 'applicationApplicationSyncWindowsResponse', {
      activeWindows: convert(assigned.filter((w) => isActive(w, now))),
      assignedWindows: convert(assigned),
      canSync: canSync(assigned, now, true),
    });
  }

  /** `GET /api/v1/projects/{name}`: a `v1alpha1AppProject` holding the windows; `projects, get` for the admin token only. */
  private project(req: IncomingMessage, res: ServerResponse, name: string): void {
    if (tokenOf(req) !== this.opts.token) return this.error(res, 403, `projects, get, ${name}`);
    const known = new Set(this.models.map((m) => m.config.project ?? 'default'));
    if (!known.has(name)) return this.error(res, 404, `appprojects.argoproj.io "${name}" not found`);
    this.send(res, 'v1alpha1AppProject', {
      metadata: { name, namespace: 'argocd' },
      spec: {
        sourceRepos: ['*'],
        destinations: [{ server: '*', namespace: '*' }],
        ...(this.syncWindows.length ? { syncWindows: this.syncWindows } : {}),
      },
    });
  }

  /**
   * `POST .../resource/actions` (RunResourceAction): the body is the action's name as a JSON string, the
   * resource is in the query. The Rollout's Lua actions `resume`, `promote-full` and `abort` act on the model.
   */
  private async action(req: IncomingMessage, res: ServerResponse, url: URL, model: AppModel): Promise<void> {
    const action = await readJson(req);
    this.stats.log[this.stats.log.length - 1]!.body = action;
    const q = Object.fromEntries(url.searchParams);
    if (typeof action !== 'string') {
      this.violations.push(
        `RunResourceAction body must be a JSON string (swagger: type string), got ${JSON.stringify(action)}`,
      );
      return this.error(res, 400, 'invalid character in request body');
    }
    for (const key of ['resourceName', 'kind', 'group', 'version', 'namespace']) {
      if (!q[key]) this.violations.push(`RunResourceAction without the ${key} query parameter`);
    }
    const live = model.liveManifest(q['kind'] ?? '', q['resourceName'] ?? '');
    if (!live || q['kind'] !== 'Rollout' || q['group'] !== 'argoproj.io')
      return this.error(
        res,
        404,
        `${q['kind'] ?? ''} ${q['resourceName'] ?? ''} not found as part of application ${model.name}`,
      );
    const object = `action/${q['group']}/${q['kind']}/${action}`;
    if (this.opts.readOnlyTokens?.[tokenOf(req) ?? ''])
      return this.error(res, 403, `applications, ${object}, ${rbacObject(model)}`);
    if (action === 'resume' || action === 'promote-full') model.promote();
    else if (action === 'abort') model.abortRollout(Date.now());
    else return this.error(res, 400, `error getting Lua resource action: action ${action} not found`);
    this.publish(model);
    this.send(res, 'applicationApplicationResponse', {});
  }

  private async session(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readJson(req)) as { username?: string; password?: string };
    this.checked('sessionSessionCreateRequest', body);
    const users = this.opts.users ?? {};
    if (!body.username || users[body.username] === undefined || users[body.username] !== body.password) {
      return this.error(res, 401, '');
    }
    const token = randomBytes(24).toString('hex');
    this.sessions.add(token);
    this.send(res, 'sessionSessionResponse', { token });
  }

  private watch(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    visible: (m: AppModel) => boolean,
  ): void {
    if (this.opts.streaming === 'broken') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    const name = url.searchParams.get('name');
    const namespace = url.searchParams.get('appNamespace');
    // Like Argo CD, a watch by name is for the control-plane namespace unless appNamespace says otherwise.
    const filter = (m: AppModel) =>
      (!name || m.name === name) && (!(name || namespace) || m.namespace === (namespace || 'argocd'));
    const sse = /text\/event-stream/.test(req.headers.accept ?? '');
    res.writeHead(200, {
      'content-type': sse ? 'text/event-stream' : 'application/json',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    const watcher: Watcher = { res, filter, visible, sse, events: 0 };
    this.watchers.add(watcher);
    res.on('close', () => this.watchers.delete(watcher));
    // Like Argo CD, a new watch starts with the current state of every matching app.
    for (const model of this.models) {
      if (filter(model) && visible(model))
        this.sendEvent(watcher, 'ADDED', this.checked('v1alpha1Application', model.toJSON()), model);
    }
  }

  private sendEvent(w: Watcher, type: string, application: Json, model: AppModel): void {
    const frame = this.checked('v1alpha1ApplicationWatchEvent', { type, application });
    const line = JSON.stringify({ result: frame });
    w.res.write(w.sse ? `data: ${line}\n\n` : `${line}\n`);
    if (type !== 'DELETED') this.deliver(model, 'stream', application);
    w.events++;
    const dropAfter = model.behaviour.dropStreamAfter;
    if (dropAfter !== undefined && w.events >= dropAfter) {
      this.watchers.delete(w);
      // Let the frame reach the socket, then cut it as a restarting server or proxy would.
      setTimeout(() => w.res.destroy(), 5);
    }
  }

  private send(res: ServerResponse, definition: string, body: unknown): void {
    this.checked(definition, body);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  /** An error with exactly `message`, as Argo CD answers the refusals it words itself (a blocked sync). */
  private rawError(res: ServerResponse, status: number, message: string): void {
    const code = status === 403 ? 7 : 13;
    const body = this.checked('runtimeError', { error: message, code, message, details: [] });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, detail: string): void {
    const spec = ERRORS[status] ?? { code: 13, message: (d: string) => d };
    const message = spec.message(detail);
    const body = this.checked('runtimeError', { error: message, code: spec.code, message, details: [] });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

/** Answers as the fault says: a hung or stalled exchange, an error, a proxy's page, a cut body, a reset. */
function injectFault(
  fault: ArgoFault,
  req: IncomingMessage,
  res: ServerResponse,
  error: (status: number, detail: string) => void,
): void {
  if (fault.retryAfter) res.setHeader('retry-after', fault.retryAfter);
  switch (fault.kind) {
    case 'hang':
      return; // the socket stays open until the client gives up or the server closes
    case 'stall':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.flushHeaders();
      return;
    case 'status':
      return error(fault.status ?? 500, 'stand-in fault: the server is not well');
    case 'html':
      res.writeHead(fault.status ?? 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(SSO_PAGE);
      return;
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"metadata":{"name":"');
      return;
    case 'reset':
      req.socket.destroy();
  }
}

/** The commit a branch points at: its loose ref file when there is one, else whatever git resolves. */
async function branchHead(gitDir: string, branch: string): Promise<string> {
  const loose = await readFile(join(gitDir, 'refs', 'heads', branch), 'utf8').catch(() => '');
  if (/^[0-9a-f]{40}([0-9a-f]{24})?\n?$/.test(loose)) return loose.trim();
  const ref = `refs/heads/${branch}^{commit}`;
  return (await git(['--git-dir', gitDir, 'rev-parse', '--verify', ref])).stdout.trim();
}

function tokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  const cookie = /(?:^|;\s*)argocd\.token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  return /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? cookie;
}

function grants(apps: string[], m: AppModel): boolean {
  return apps.includes(m.name) || apps.includes(m.key);
}

/** An RBAC object as Argo CD names it in "permission denied": `project/name` or `project/namespace/name`. */
function rbacObject(m: AppModel): string {
  const project = m.config.project ?? 'default';
  return m.namespace === 'argocd' ? `${project}/${m.name}` : `${project}/${m.namespace}/${m.name}`;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    req.on('error', reject);
  });
}
