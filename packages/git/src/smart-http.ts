// Git's smart HTTP protocol spoken from Node (gitprotocol-http, gitprotocol-common): pkt-lines,
// side-band demultiplexing and the requests themselves. A bump then costs the server its requests
// and this process nothing but a few sockets: no git, no git-remote-http, no pack on disk.
// Anything the server answers that is not what the protocol says is an Unavailable, and the caller
// goes back to the git CLI, which speaks every dialect and honours every git setting.
import http from 'node:http';
import https from 'node:https';
import { displayUrl, networkFailure } from '@gitops-actions/kit';
import { authorizationHeader } from './auth.js';

/** The server or the network did not speak the expected protocol; say why, never with a credential. */
export class SmartHttpUnavailable extends Error {}

/** An HTTP status other than 200, or a network failure, in the words git's own messages use. */
export class SmartHttpFailure extends Error {
  constructor(
    readonly gitText: string,
    message: string,
  ) {
    super(message);
  }
}

export type Service = 'git-upload-pack' | 'git-receive-pack';

export interface SmartHttpOptions {
  /** The repository's http(s) URL, without credentials. */
  url: string;
  token?: string;
  /** Where proxy and TLS variables are read: those networks are left to git, which honours them. */
  env?: NodeJS.ProcessEnv;
  /** A request fails when no byte moves for this long (git's low-speed limit plays this role). */
  idleTimeoutMs?: number;
  /** A request fails when it has not ended after this long, however slowly bytes trickle in. */
  deadlineMs?: number;
}

export type Packet = { kind: 'data'; data: Buffer } | { kind: 'flush' | 'delim' | 'end' };

const DEFAULT_IDLE_MS = 30_000;
const DEFAULT_DEADLINE_MS = 300_000;
/** Some hosts serve the smart protocol only to a git client's agent. */
const USER_AGENT = 'git/2.0 (gitops-actions)';
/** A depth-1, blob-less pack of a large GitOps repository is a few MB; far more is not one. */
const MAX_ANSWER_BYTES = 512 * 1024 * 1024;
const FLUSH = Buffer.from('0000');
const DELIM = Buffer.from('0001');

function pktLine(data: string | Buffer): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return Buffer.concat([Buffer.from((bytes.length + 4).toString(16).padStart(4, '0')), bytes]);
}

/** A request body: pkt-lines, with `null` for a delim-pkt and a flush-pkt at the end. */
export function pktRequest(lines: ReadonlyArray<string | null>, tail?: Buffer): Buffer {
  const parts = lines.map((line) => (line === null ? DELIM : pktLine(line)));
  return Buffer.concat([...parts, FLUSH, ...(tail ? [tail] : [])]);
}

/** Splits `buf` into packets; a length that does not parse or runs past the end is Unavailable. */
export function readPackets(buf: Buffer): Packet[] {
  const packets: Packet[] = [];
  let at = 0;
  while (at < buf.length) {
    const head = buf.subarray(at, at + 4).toString('latin1');
    if (!/^[0-9a-f]{4}$/.test(head)) throw new SmartHttpUnavailable(`not a pkt-line at byte ${at}`);
    const length = Number.parseInt(head, 16);
    if (length === 3) throw new SmartHttpUnavailable(`an invalid pkt-line length at byte ${at}`);
    if (length < 4) {
      packets.push({ kind: length === 0 ? 'flush' : length === 1 ? 'delim' : 'end' });
      at += 4;
      continue;
    }
    // Cut short: git calls that an early EOF, a network failure worth retrying.
    if (at + length > buf.length)
      throw new SmartHttpFailure('early EOF', 'the answer ends inside a pkt-line');
    packets.push({ kind: 'data', data: buf.subarray(at + 4, at + length) });
    at += length;
  }
  return packets;
}

/** A data packet as text without its newline. */
export function packetText(packet: Packet): string {
  return packet.kind === 'data' ? packet.data.toString('utf8').replace(/\n$/, '') : '';
}

/**
 * Side-band-64k: band 1 is the payload, band 2 the server's messages (a hook's words), band 3 a
 * fatal error. The messages are returned, never printed: they are outside text.
 */
export function demultiplex(packets: readonly Packet[]): { payload: Buffer; messages: string } {
  const payload: Buffer[] = [];
  let messages = '';
  for (const packet of packets) {
    if (packet.kind !== 'data') continue;
    const band = packet.data[0];
    const body = packet.data.subarray(1);
    if (band === 1) payload.push(body);
    else if (band === 2) messages += body.toString('utf8');
    else if (band === 3) throw new SmartHttpFailure(`remote: ${body.toString('utf8')}`, 'the server failed');
    else throw new SmartHttpUnavailable(`side-band ${String(band)} is not one of 1, 2, 3`);
  }
  return { payload: Buffer.concat(payload), messages };
}

/** git's `remote: ` prefix on each of the server's lines, as its classification patterns expect. */
export function remoteLines(messages: string): string {
  return messages
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== '')
    .map((line) => `remote: ${line}`)
    .join('\n');
}

/** Refuses, before any request, what Node's http would do differently from git. */
function serviceUrl(opts: SmartHttpOptions, path: string): URL {
  const target = new URL(opts.url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new SmartHttpUnavailable(`${target.protocol} is not http(s)`);
  }
  if (target.username || target.password) throw new SmartHttpUnavailable('the URL holds credentials');
  const env = opts.env ?? process.env;
  const setting = leftToGit(target, env);
  if (setting) throw new SmartHttpUnavailable(`${setting} is set; git honours it, Node's http does not`);
  target.pathname = `${target.pathname.replace(/\/+$/, '')}/${path}`;
  return target;
}

/** Throws SmartHttpUnavailable when requests to `opts.url` are git's to make, not this process's. */
export function checkForNode(opts: SmartHttpOptions): void {
  serviceUrl(opts, '');
}

/** Proxies (curl's names) and git's TLS settings: with any of them the network is git's to use. */
function leftToGit(target: URL, env: NodeJS.ProcessEnv): string | undefined {
  const proxies =
    target.protocol === 'https:'
      ? ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']
      : ['http_proxy', 'all_proxy', 'ALL_PROXY'];
  const tls = ['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', 'GIT_SSL_NO_VERIFY', 'GIT_SSL_CERT'];
  return [...proxies, ...(target.protocol === 'https:' ? tls : [])].find((name) => (env[name] ?? '') !== '');
}

/**
 * One POST of `body` to a git service (stateless: no ref advertisement is read first). The token
 * travels only in the Authorization header; redirects are not followed, so it never goes elsewhere.
 */
export function gitRequest(
  opts: SmartHttpOptions,
  service: Service,
  req: { body: Buffer; protocolV2?: boolean },
): Promise<Buffer> {
  const target = serviceUrl(opts, service);
  const headers: Record<string, string | number> = {
    Accept: `application/x-${service}-result`,
    'User-Agent': USER_AGENT,
    'Content-Type': `application/x-${service}-request`,
    'Content-Length': req.body.length,
  };
  if (req.protocolV2) headers['Git-Protocol'] = 'version=2';
  if (opts.token) headers['Authorization'] = authorizationHeader(opts.token);
  return send(target, 'POST', headers, req.body, {
    type: `application/x-${service}-result`,
    idleMs: opts.idleTimeoutMs ?? DEFAULT_IDLE_MS,
    deadlineMs: opts.deadlineMs ?? DEFAULT_DEADLINE_MS,
  });
}

function send(
  target: URL,
  method: string,
  headers: Record<string, string | number>,
  body: Buffer | undefined,
  expect: { type: string; idleMs: number; deadlineMs: number },
): Promise<Buffer> {
  const where = displayUrl(target.toString());
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(expect.deadlineMs);
    const req = client.request(target, { method, headers, signal }, (res) => {
      // git's remote-curl compares the media type alone: `; charset=…` may follow.
      const type = String(res.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      if (res.statusCode !== 200) {
        res.resume();
        const status = res.statusCode ?? 0;
        reject(
          new SmartHttpFailure(`The requested URL returned error: ${status}`, `${where} answered ${status}`),
        );
        return;
      }
      if (type !== expect.type) {
        res.resume();
        reject(new SmartHttpUnavailable(`${where} answered ${type || '(no type)'}, not ${expect.type}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) req.destroy(new SmartHttpUnavailable(`${where} answered over 512 MB`));
        else chunks.push(chunk);
      });
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', (error) => reject(failureOf(error, where)));
    });
    // An idle deadline, like git's low-speed limit: a large answer may take long, a stalled one not.
    req.setTimeout(expect.idleMs, () =>
      req.destroy(new SmartHttpFailure('Operation too slow', `${where} stalled`)),
    );
    req.on('error', (error) => reject(failureOf(error, where)));
    req.end(body);
  });
}

/** kit's reading of a request error, in the phrases git's failure classification reads. */
function failureOf(error: Error, where: string): Error {
  if (error instanceof SmartHttpUnavailable || error instanceof SmartHttpFailure) return error;
  const { code, reason } = networkFailure(error);
  if (/CERT|SSL|TLS/i.test(code)) {
    return new SmartHttpUnavailable(`${where} ${reason}; git's TLS settings decide`);
  }
  const host = new URL(where).host;
  const text =
    code === 'TIMEOUT'
      ? 'Operation timed out'
      : ['ENOTFOUND', 'EAI_NONAME', 'EAI_AGAIN'].includes(code)
        ? `Could not resolve host: ${new URL(where).hostname}`
        : ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)
          ? `Failed to connect to ${host} (${code})`
          : `Connection reset (${code || error.name})`;
  return new SmartHttpFailure(text, `${where} ${reason}`);
}
