import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeServer } from '@gitops-actions/testkit';

export interface RegistryServerOptions {
  /** Serve HTTPS with a fresh self-signed certificate for 127.0.0.1 (see `caFile`). */
  tls?: boolean;
  /**
   * Require this user. `basic` (the default): docker-registry's own htpasswd auth, as ECR and most
   * self-hosted registries do it. `token`: GHCR's bearer-token flow, done by the front (see
   * `TokenAuth`); the registry behind it then runs without auth.
   */
  auth?: {
    username: string;
    password: string;
    scheme?: 'basic' | 'token';
    /** Lifetime of issued tokens (token scheme); the answer carries no expires_in, like GHCR's. Default 300. */
    tokenTtlSeconds?: number;
  };
}

export interface RegistryRequest {
  method: string;
  /** Path and query as sent; for `/token` that is service, scope (and account), never a secret. */
  path: string;
  status: number;
  /** The Authorization scheme the client used (the credential itself is never kept). */
  auth: 'none' | 'basic' | 'bearer' | 'other';
}

export interface RegistryServer {
  /** `127.0.0.1:<port>`, the registry part of image references. */
  host: string;
  url: string;
  /** PEM of the self-signed CA/leaf certificate when `tls` (for NODE_EXTRA_CA_CERTS and certs.d). */
  caFile: string | undefined;
  requests: RegistryRequest[];
  /** The next `n` requests whose method and path match are answered with `status` (e.g. 503). */
  failNext(n: number, status: number, match?: { method?: string; path?: RegExp }): void;
  /** Token scheme: every token issued so far stops working, as when it expires or is revoked. */
  expireTokens(): void;
  close(): Promise<void>;
}

/** Why the registry stand-in cannot start here, or null when docker-registry and openssl are available. */
export function registryUnavailableReason(): string | null {
  for (const [command, args] of [
    ['docker-registry', ['--version']],
    ['openssl', ['version']],
  ] as const) {
    const r = spawnSync(command, [...args], { stdio: 'ignore' });
    if (r.error || r.status !== 0)
      return `${command} is not installed (apt-get install -y docker-registry openssl)`;
  }
  if (!bcryptTool()) return 'neither htpasswd (apache2-utils) nor python3 crypt can make bcrypt hashes';
  return null;
}

function bcryptTool(): ((user: string, password: string) => string) | null {
  const htpasswd = spawnSync('htpasswd', ['-nBi', 'probe'], { input: 'x', encoding: 'utf8' });
  if (!htpasswd.error && htpasswd.status === 0) {
    return (user, password) =>
      spawnSync('htpasswd', ['-nBi', user], { input: password, encoding: 'utf8' }).stdout.trim();
  }
  const script = 'import crypt,sys;print(crypt.crypt(sys.stdin.read(),crypt.mksalt(crypt.METHOD_BLOWFISH)))';
  const py = spawnSync('python3', ['-W', 'ignore', '-c', script], { input: 'x', encoding: 'utf8' });
  if (!py.error && py.status === 0 && py.stdout.startsWith('$2')) {
    return (user, password) =>
      `${user}:${spawnSync('python3', ['-W', 'ignore', '-c', script], { input: password, encoding: 'utf8' }).stdout.trim()}`;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl could not make a certificate: ${r.stderr}`);
  return { cert, key };
}

async function waitForBackend(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited ${child.exitCode}: ${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/v2/', method: 'GET' }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not start: ${log()}`);
}

const authKind = (header: string | undefined): RegistryRequest['auth'] => {
  if (!header) return 'none';
  if (/^basic /i.test(header)) return 'basic';
  if (/^bearer /i.test(header)) return 'bearer';
  return 'other';
};

/** One access a request needs, in the token spec's terms (`repository:<name>:<actions>`). */
interface Access {
  name: string;
  actions: string[];
}

/**
 * What the distribution registry's token access controller asks of a request: pull for GET/HEAD,
 * pull+push for writes, delete for DELETE; a cross-repository mount also needs pull on `from`.
 * `[]` for the API base (`/v2/`) and anything else that is no repository's: any valid token will do.
 */
function requiredAccess(method: string, url: URL): Access[] {
  const path = url.pathname;
  const write = method === 'POST' || method === 'PUT' || method === 'PATCH';
  const actions = method === 'DELETE' ? ['delete'] : write ? ['pull', 'push'] : ['pull'];
  const upload = /^\/v2\/(.+)\/blobs\/uploads(?:\/[^/]*)?$/.exec(path);
  if (upload?.[1]) {
    const from = url.searchParams.get('from');
    const access = [{ name: upload[1], actions }];
    if (method === 'POST' && url.searchParams.has('mount') && from)
      access.push({ name: from, actions: ['pull'] });
    return access;
  }
  const item =
    /^\/v2\/(.+)\/(?:manifests|blobs|referrers)\/[^/]+$/.exec(path) ?? /^\/v2\/(.+)\/tags\/list$/.exec(path);
  if (item?.[1]) return [{ name: item[1], actions }];
  return [];
}

const scopeOf = (access: Access[]): string =>
  access.map((a) => `repository:${a.name}:${a.actions.join(',')}`).join(' ');

interface IssuedToken {
  grants: Map<string, Set<string>>;
  expiresAt: number;
}

/**
 * GHCR's side of the token flow, as ghcr.io's answers are reported in public issue threads (the
 * CNCF token spec leaves these choices to the registry), so a client that works here works there:
 *
 * - `/v2/...` without credentials: 401 UNAUTHORIZED, `WWW-Authenticate: Bearer realm=<front>/token,
 *   service=<host>,scope=repository:<name>:<actions>`. GHCR's challenge on `/v2/` itself carries the
 *   placeholder scope `repository:user/image:pull`, so a client must not take its scope from there.
 * - `/v2/...` with Basic credentials, even valid ones: 403 DENIED "invalid token". GHCR accepts only
 *   tokens there; a client has to do the exchange. (GHCR also takes base64 of the PAT as a bearer
 *   token; nothing of ours relies on that shortcut, so it is not offered.)
 * - `GET /token?service=&scope=` with the right Basic credentials: 200 `{"token": ...}`, an opaque
 *   token granting exactly the scopes asked for. Wrong credentials: 403 DENIED, which is what
 *   `docker login ghcr.io` reports as "denied: denied" for a bad or expired PAT. No Basic
 *   credentials at all: 401 with the challenge (every repository here is private).
 * - A bearer token the registry does not know, or one that expired: 401 with the challenge and
 *   error="invalid_token", so a client can fetch a new one.
 * - A valid token without the scope the request needs: 403 DENIED, as GHCR answers a push with a
 *   token that may only pull ("denied: permission_denied: write_package"). Distribution's own token
 *   auth answers 401 insufficient_scope instead; GHCR's answer is the stricter one for a client,
 *   which has to ask for the right scope up front rather than count on a second challenge.
 */
class TokenAuth {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly user: { username: string; password: string },
    private readonly realm: string,
    private readonly service: string,
    private readonly ttlMs: number,
  ) {}

  expireAll(): void {
    this.tokens.clear();
  }

  /** `GET /token`: the answer for this request. */
  issue(req: IncomingMessage, url: URL): { status: number; headers: Record<string, string>; body: string } {
    const requested = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean);
    if (req.method !== 'GET') return error(405, 'UNSUPPORTED', 'the token endpoint answers GET only');
    const header = req.headers.authorization ?? '';
    const basic = /^basic\s+(\S+)$/i.exec(header);
    if (!basic?.[1]) {
      return this.challenge(requested.join(' '), 'authentication required');
    }
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    if (colon < 0 || username !== this.user.username || password !== this.user.password) {
      return error(403, 'DENIED', 'denied');
    }
    const grants = new Map<string, Set<string>>();
    for (const scope of requested) {
      // repository:<name>:<actions>; the name may hold '/' but never ':'.
      const first = scope.indexOf(':');
      const last = scope.lastIndexOf(':');
      if (first < 0 || last <= first || scope.slice(0, first) !== 'repository') continue;
      const name = scope.slice(first + 1, last);
      const actions = scope
        .slice(last + 1)
        .split(',')
        .flatMap((a) => (a === '*' ? ['pull', 'push', 'delete'] : [a]))
        .filter((a) => a === 'pull' || a === 'push' || a === 'delete');
      const set = grants.get(name) ?? new Set<string>();
      for (const a of actions) set.add(a);
      grants.set(name, set);
    }
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { grants, expiresAt: Date.now() + this.ttlMs });
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) };
  }

  /** A `/v2/...` request: null when it may pass, else the answer. */
  check(
    req: IncomingMessage,
    url: URL,
  ): { status: number; headers: Record<string, string>; body: string } | null {
    const access = requiredAccess(req.method ?? 'GET', url);
    const scope = access.length > 0 ? scopeOf(access) : 'repository:user/image:pull';
    const header = req.headers.authorization ?? '';
    if (!header) return this.challenge(scope, 'authentication required');
    if (/^basic /i.test(header)) return error(403, 'DENIED', 'invalid token');
    const bearer = /^bearer\s+(\S+)$/i.exec(header);
    const issued = bearer?.[1] ? this.tokens.get(bearer[1]) : undefined;
    if (!issued || issued.expiresAt <= Date.now()) {
      return this.challenge(
        scope,
        'unauthenticated: User cannot be authenticated with the token provided.',
        'invalid_token',
      );
    }
    for (const a of access) {
      const granted = issued.grants.get(a.name);
      const missing = a.actions.find((action) => !granted?.has(action));
      if (missing) {
        const what = missing === 'pull' ? 'read' : missing === 'push' ? 'write' : 'delete';
        return error(403, 'DENIED', `permission_denied: ${what}_package`);
      }
    }
    return null;
  }

  private challenge(scope: string, message: string, code?: string) {
    const params = [`realm="${this.realm}"`, `service="${this.service}"`];
    if (scope) params.push(`scope="${scope}"`);
    if (code) params.push(`error="${code}"`);
    const answer = error(401, 'UNAUTHORIZED', message);
    return { ...answer, headers: { ...answer.headers, 'www-authenticate': `Bearer ${params.join(',')}` } };
  }
}

function error(status: number, code: string, message: string) {
  return {
    status,
    headers: { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' },
    body: JSON.stringify({ errors: [{ code, message }] }),
  };
}

/**
 * Debian's docker-registry (the CNCF distribution registry) on a loopback port, behind a small
 * Node front that terminates TLS, records requests and injects faults. The registry itself does
 * the OCI distribution API and htpasswd auth; the front only forwards (with X-Forwarded-Proto so
 * upload Locations keep the client's scheme). With `auth.scheme: 'token'` the front does GHCR's
 * token flow itself (`/token` and the bearer checks) in front of a registry without auth.
 */
export async function startRegistryServer(opts: RegistryServerOptions = {}): Promise<RegistryServer> {
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-registry-'));
  const backendPort = await freePort();
  const tokenScheme = opts.auth?.scheme === 'token';
  const auth =
    opts.auth && !tokenScheme
      ? `auth:\n  htpasswd:\n    realm: sandbox-registry\n    path: ${join(dir, 'htpasswd')}\n`
      : '';
  if (opts.auth && !tokenScheme) {
    const hash = bcryptTool();
    if (!hash) throw new Error('Cannot make a bcrypt htpasswd: install apache2-utils');
    await writeFile(join(dir, 'htpasswd'), `${hash(opts.auth.username, opts.auth.password)}\n`);
  }
  await writeFile(
    join(dir, 'config.yml'),
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\n` +
      `http:\n  addr: 127.0.0.1:${backendPort}\n  secret: sandbox-${backendPort}\n  relativeurls: false\n${auth}`,
  );
  let stderr = '';
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  };
  try {
    await waitForBackend(backendPort, child, () => stderr);
  } catch (error) {
    await stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }

  const requests: RegistryRequest[] = [];
  const faults: Array<{ n: number; status: number; method?: string; path?: RegExp }> = [];
  const scheme = opts.tls ? 'https' : 'http';
  let tokenAuth: TokenAuth | undefined;
  const answer = (
    res: ServerResponse,
    entry: RegistryRequest,
    reply: { status: number; headers: Record<string, string>; body: string },
  ) => {
    entry.status = reply.status;
    res.writeHead(reply.status, {
      ...reply.headers,
      'content-length': String(Buffer.byteLength(reply.body)),
    });
    res.end(reply.body);
  };
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const entry: RegistryRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      status: 0,
      auth: authKind(req.headers.authorization),
    };
    requests.push(entry);
    const fault = faults.find(
      (f) => f.n > 0 && (!f.method || f.method === req.method) && (!f.path || f.path.test(req.url ?? '')),
    );
    if (fault) {
      fault.n -= 1;
      entry.status = fault.status;
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      return;
    }
    const headers = { ...req.headers, 'x-forwarded-proto': scheme };
    if (tokenAuth) {
      const url = new URL(req.url ?? '/', 'http://front');
      const refusal = url.pathname === '/token' ? tokenAuth.issue(req, url) : tokenAuth.check(req, url);
      if (refusal) {
        req.resume();
        answer(res, entry, refusal);
        return;
      }
      // The backend has no auth configured; the token is the front's business only.
      delete headers.authorization;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: backendPort,
        method: req.method,
        path: req.url,
        headers,
      },
      (up) => {
        entry.status = up.statusCode ?? 0;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      entry.status = 502;
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  };
  let server: Server;
  let caFile: string | undefined;
  if (opts.tls) {
    const { cert, key } = selfSignedCertificate(dir);
    caFile = cert;
    server = createHttpsServer({ cert: await readFile(cert), key: await readFile(key) }, forward);
  } else {
    server = createHttpServer(forward);
  }
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const host = `127.0.0.1:${port}`;
  if (opts.auth && tokenScheme) {
    tokenAuth = new TokenAuth(
      opts.auth,
      `${scheme}://${host}/token`,
      host,
      (opts.auth.tokenTtlSeconds ?? 300) * 1000,
    );
  }
  return {
    host,
    url: `${scheme}://${host}`,
    caFile,
    requests,
    failNext(n, status, match = {}) {
      faults.push({ n, status, ...match });
    },
    expireTokens() {
      tokenAuth?.expireAll();
    },
    async close() {
      await closeServer(server);
      await stop();
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
