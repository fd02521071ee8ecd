import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { AUTH_REALM, isAuthorized, parseAuthorization } from './auth.js';
import { parseCgiHead } from './cgi.js';
import {
  Protections,
  parseReceivePack,
  refusalLines,
  refusalReason,
  refusalResponse,
  type BranchProtection,
} from './protection.js';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

export interface GitServerOptions {
  /** Folder holding `<owner>/<repo>.git` bare repositories (see createBareRepo). */
  root: string;
  /** When set, every request must carry it, as GitHub requires for git over HTTPS. */
  token?: string;
  /**
   * Ref prefixes a push may not create, update or delete (git's `receive.hideRefs`): refused with
   * `[remote rejected] <ref> (deny updating a hidden ref)`, as GitHub refuses `refs/pull/*`.
   */
  hiddenRefs?: string[];
}

export interface GitServerStats {
  requests: number;
  /** Pack uploads (receive-pack POSTs) received: one per push attempt, refused ones included. */
  pushes: number;
  bytesSent: number;
  bytesReceived: number;
  reset(): void;
}

/** An HTTP status to answer with, or `drop`: close the connection without an answer (curl's "Empty reply"). */
export type GitFault = number | 'drop';

export interface GitServerFaults {
  /** The next `n` requests are answered with `status` before reaching git (for retry tests). */
  failNext(n: number, fault: GitFault): void;
  /**
   * The next `n` pushes of a branch fail on their pack upload (the receive-pack POST): as a
   * server or proxy fails mid-push. Clones, fetches and pushes of other
   * refs (a queue's tickets) pass untouched.
   */
  failNextPush(n: number, fault: GitFault): void;
  /**
   * Runs `race` (another writer's push, made directly in the repository) before the next push of
   * a branch reaches git: that push then loses the race, whichever client made it.
   */
  raceNextPush(race: () => Promise<unknown>): void;
}

export interface GitServer {
  url: string;
  repoUrl(fullName: string): string;
  stats: GitServerStats;
  faults: GitServerFaults;
  /**
   * Protects `branch` of `fullName` (`owner/name`) as GitHub does: every push updating it is
   * refused with GitHub's own output (GH006 or, for a ruleset, GH013), and nothing moves.
   */
  protect(fullName: string, branch: string, protection?: BranchProtection): void;
  unprotect(fullName: string, branch: string): void;
  /** The protection of a branch, with its defaults filled in; undefined when it is not protected. */
  protection(fullName: string, branch: string): Required<BranchProtection> | undefined;
  close(): Promise<void>;
}

/**
 * Config for the backend and the upload-pack/receive-pack it spawns, passed through the
 * environment so repositories created by any means (not only createBareRepo) can be pushed to
 * and partially cloned.
 */
const BACKEND_CONFIG: ReadonlyArray<[string, string]> = [
  ['http.receivepack', 'true'],
  ['http.uploadpack', 'true'],
  ['uploadpack.allowFilter', 'true'],
  ['uploadpack.allowAnySHA1InWant', 'true'],
];

function createStats(): GitServerStats {
  const stats: GitServerStats = {
    requests: 0,
    pushes: 0,
    bytesSent: 0,
    bytesReceived: 0,
    reset() {
      stats.requests = 0;
      stats.pushes = 0;
      stats.bytesSent = 0;
      stats.bytesReceived = 0;
    },
  };
  return stats;
}

function createFaults(): GitServerFaults & {
  take(): GitFault | undefined;
  pushArmed(): boolean;
  takePush(): GitFault | undefined;
  takeRace(): (() => Promise<unknown>) | undefined;
} {
  let race: (() => Promise<unknown>) | undefined;
  const any = { remaining: 0, fault: 500 as GitFault };
  const push = { remaining: 0, fault: 500 as GitFault };
  const next = (queue: typeof any): GitFault | undefined => {
    if (queue.remaining <= 0) return undefined;
    queue.remaining -= 1;
    return queue.fault;
  };
  return {
    failNext(n, fault) {
      Object.assign(any, { remaining: n, fault });
    },
    failNextPush(n, fault) {
      Object.assign(push, { remaining: n, fault });
    },
    take: () => next(any),
    pushArmed: () => push.remaining > 0 || race !== undefined,
    takePush: () => next(push),
    raceNextPush(fn) {
      race = fn;
    },
    takeRace() {
      const taken = race;
      race = undefined;
      return taken;
    },
  };
}

/** Answers an injected fault; a dropped connection is closed once the request body has arrived. */
function injectFault(
  req: IncomingMessage,
  res: ServerResponse,
  stats: GitServerStats,
  fault: GitFault,
): void {
  if (fault === 'drop') {
    if (req.readableEnded) res.socket?.destroy();
    else req.on('end', () => res.socket?.destroy());
    req.resume();
    return;
  }
  req.resume();
  sendPlain(res, stats, fault, `Injected fault: ${fault}\n`);
}

function configEnv(hiddenRefs: readonly string[]): Record<string, string> {
  const config = [...BACKEND_CONFIG, ...hiddenRefs.map((ref): [string, string] => ['receive.hideRefs', ref])];
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(config.length) };
  config.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** Only what git needs: the test process's own GIT_* or secrets must not reach the backend. */
function cgiEnv(
  req: IncomingMessage,
  root: string,
  user: string,
  hiddenRefs: readonly string[],
): Record<string, string> | undefined {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const pathInfo = decodePath(url.pathname);
  if (pathInfo === undefined) return undefined;
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? root,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: pathInfo,
    QUERY_STRING: url.search.replace(/^\?/, ''),
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: user,
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    ...configEnv(hiddenRefs),
  };
  const contentLength = req.headers['content-length'];
  if (contentLength) env['CONTENT_LENGTH'] = contentLength;
  const protocol = req.headers['git-protocol'];
  if (typeof protocol === 'string') env['GIT_PROTOCOL'] = protocol;
  if (req.headers['content-encoding'] === 'gzip') env['HTTP_CONTENT_ENCODING'] = 'gzip';
  return env;
}

function sendPlain(res: ServerResponse, stats: GitServerStats, status: number, body: string): void {
  const bytes = Buffer.from(body);
  stats.bytesSent += bytes.length;
  res.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': bytes.length }).end(bytes);
}

function challenge(res: ServerResponse, stats: GitServerStats): void {
  res.setHeader('WWW-Authenticate', `Basic realm="${AUTH_REALM}"`);
  sendPlain(res, stats, 401, 'Authentication required: supply the token as the password or a Bearer token\n');
}

/** Bridges one request to `git http-backend`, streaming both bodies and counting their bytes. */
function runBackend(
  req: IncomingMessage,
  res: ServerResponse,
  env: Record<string, string>,
  stats: GitServerStats,
  buffered?: Buffer,
) {
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => undefined);
  if (buffered) {
    child.stdin.end(buffered);
  } else {
    req.on('data', (chunk: Buffer) => {
      stats.bytesReceived += chunk.length;
    });
    req.pipe(child.stdin);
  }

  let head = Buffer.alloc(0);
  const readHead = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk]);
    const parsed = parseCgiHead(head);
    if (!parsed) return;
    child.stdout.off('data', readHead);
    child.stdout.pause();
    res.writeHead(parsed.status, parsed.headers);
    stats.bytesSent += parsed.rest.length;
    res.write(parsed.rest);
    child.stdout.on('data', (body: Buffer) => {
      stats.bytesSent += body.length;
    });
    child.stdout.pipe(res);
  };
  child.stdout.on('data', readHead);
  child.on('error', (error) => failBackend(res, stats, error.message));
  child.on('close', (code) => {
    if (!res.headersSent)
      failBackend(res, stats, `git http-backend exited ${code}: ${Buffer.concat(stderr).toString('utf8')}`);
  });
  // A client that hangs up mid-transfer must not leave a backend running; a finished one may still be exiting.
  res.on('close', () => {
    if (!res.writableFinished) child.kill();
  });
}

function failBackend(res: ServerResponse, stats: GitServerStats, reason: string): void {
  if (res.headersSent) res.destroy();
  else sendPlain(res, stats, 500, `${reason}\n`);
}

const RECEIVE_PACK = /^\/(.+)\.git\/git-receive-pack$/;

function readAll(req: IncomingMessage, stats: GitServerStats): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      stats.bytesReceived += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * A push to a repository with protected branches is read whole first: when one of its ref updates
 * hits a protected branch it is refused as GitHub refuses it; otherwise git receives it as sent.
 */
async function guardPush(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: {
    env: Record<string, string>;
    stats: GitServerStats;
    protections: Protections;
    fullName: string;
    url: string;
    body?: Buffer;
  },
): Promise<void> {
  const body = ctx.body ?? (await readAll(req, ctx.stats));
  const { commands, capabilities } = parseReceivePack(body);
  const hit = commands
    .map((c) => ({ c, p: ctx.protections.of(ctx.fullName, c.ref.replace(/^refs\/heads\//, '')) }))
    .find((x) => x.p !== undefined && x.c.ref.startsWith('refs/heads/'));
  if (!hit?.p) return runBackend(req, res, ctx.env, ctx.stats, body);
  const lines = refusalLines(hit.c.ref, hit.p, ctx.url, ctx.fullName);
  const answer = refusalResponse(commands, capabilities, lines, refusalReason(hit.p));
  ctx.stats.bytesSent += answer.length;
  res
    .writeHead(200, {
      'Content-Type': 'application/x-git-receive-pack-result',
      'Content-Length': answer.length,
      'Cache-Control': 'no-cache',
    })
    .end(answer);
}

/** Hands a request to git, through the branch protection of its repository when it has one. */
function serve(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { env: Record<string, string>; stats: GitServerStats; protections: Protections; url: string },
  body?: Buffer,
): void {
  const pushTo = req.method === 'POST' ? RECEIVE_PACK.exec((req.url ?? '').split('?')[0] ?? '') : null;
  const fullName = pushTo ? decodePath(pushTo[1] ?? '') : undefined;
  if (fullName && ctx.protections.has(fullName)) {
    guardPush(req, res, { ...ctx, fullName, body }).catch((error: unknown) =>
      failBackend(res, ctx.stats, (error as Error).message),
    );
    return;
  }
  runBackend(req, res, ctx.env, ctx.stats, body);
}

/**
 * A push armed with a fault or a race is read whole first: only a push that updates a branch
 * meets them (a queue ticket's push passes), then git receives it as sent.
 */
async function serveArmedPush(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { env: Record<string, string>; stats: GitServerStats; protections: Protections; url: string },
  faults: ReturnType<typeof createFaults>,
): Promise<void> {
  const body = await readAll(req, ctx.stats);
  const branch = parseReceivePack(body).commands.some((c) => c.ref.startsWith('refs/heads/'));
  const fault = branch ? faults.takePush() : undefined;
  if (fault !== undefined) return injectFault(req, res, ctx.stats, fault);
  const race = branch ? faults.takeRace() : undefined;
  if (race) await race();
  serve(req, res, ctx, body);
}

export async function startGitServer(opts: GitServerOptions): Promise<GitServer> {
  const stats = createStats();
  const faults = createFaults();
  const protections = new Protections();
  let url = '';
  const server = createServer((req, res) => {
    stats.requests += 1;
    const pushTo = req.method === 'POST' ? RECEIVE_PACK.exec((req.url ?? '').split('?')[0] ?? '') : null;
    if (pushTo) stats.pushes += 1;
    const injected = faults.take();
    if (injected !== undefined) {
      injectFault(req, res, stats, injected);
      return;
    }
    // curl silently retries a request whose reused connection died; a push fault must reach git,
    // so the upload that will fail gets a connection of its own.
    if (faults.pushArmed() && /service=git-receive-pack/.test(req.url ?? '')) res.shouldKeepAlive = false;
    const credentials = parseAuthorization(req.headers.authorization);
    if (opts.token !== undefined && !isAuthorized(credentials, opts.token)) {
      req.resume();
      challenge(res, stats);
      return;
    }
    const env = cgiEnv(req, opts.root, credentials?.user || 'sandbox', opts.hiddenRefs ?? []);
    if (!env) {
      req.resume();
      sendPlain(res, stats, 400, 'Malformed request path\n');
      return;
    }
    if (pushTo && faults.pushArmed()) {
      serveArmedPush(req, res, { env, stats, protections, url }, faults).catch((error: unknown) =>
        failBackend(res, stats, (error as Error).message),
      );
      return;
    }
    serve(req, res, { env, stats, protections, url });
  });
  url = await listenOnLoopback(server);
  return {
    url,
    repoUrl: (fullName) => `${url}/${fullName.replace(/\.git$/, '')}.git`,
    stats,
    faults: {
      failNext: (n, fault) => faults.failNext(n, fault),
      failNextPush: (n, fault) => faults.failNextPush(n, fault),
      raceNextPush: (race) => faults.raceNextPush(race),
    },
    protect: (fullName, branch, protection) => protections.protect(fullName, branch, protection),
    unprotect: (fullName, branch) => protections.unprotect(fullName, branch),
    protection: (fullName, branch) => protections.of(fullName, branch),
    close: () => closeServer(server),
  };
}
