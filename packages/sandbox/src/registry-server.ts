import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
import { closeServer } from './http-util.js';

export interface RegistryServerOptions {
  /** Serve HTTPS with a fresh self-signed certificate for 127.0.0.1 (see `caFile`). */
  tls?: boolean;
  /** Require HTTP basic auth (htpasswd, bcrypt) for this user. */
  auth?: { username: string; password: string };
}

export interface RegistryRequest {
  method: string;
  path: string;
  status: number;
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

/**
 * Debian's docker-registry (the CNCF distribution registry) on a loopback port, behind a small
 * Node front that terminates TLS, records requests and injects faults. The registry itself does
 * the OCI distribution API and htpasswd auth; the front only forwards (with X-Forwarded-Proto so
 * upload Locations keep the client's scheme).
 */
export async function startRegistryServer(opts: RegistryServerOptions = {}): Promise<RegistryServer> {
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-registry-'));
  const backendPort = await freePort();
  const auth = opts.auth
    ? `auth:\n  htpasswd:\n    realm: sandbox-registry\n    path: ${join(dir, 'htpasswd')}\n`
    : '';
  if (opts.auth) {
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
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const requests: RegistryRequest[] = [];
  const faults: Array<{ n: number; status: number; method?: string; path?: RegExp }> = [];
  const scheme = opts.tls ? 'https' : 'http';
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const entry: RegistryRequest = { method: req.method ?? '', path: req.url ?? '', status: 0 };
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
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: backendPort,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-proto': scheme },
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
    server = createHttpsServer(
      { cert: await readFile(cert), key: await readFile(key) },
      forward,
    ) as unknown as Server;
  } else {
    server = createHttpServer(forward);
  }
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const host = `127.0.0.1:${port}`;
  return {
    host,
    url: `${scheme}://${host}`,
    caFile,
    requests,
    failNext(n, status, match = {}) {
      faults.push({ n, status, ...match });
    },
    async close() {
      await closeServer(server);
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
