// A look at a remote's refs without spawning git: one protocol-v2 `ls-refs` request over smart
// HTTP (gitprotocol-v2, gitprotocol-http), answered by one upload-pack on the server. A `git
// fetch` of the same refs costs the client git, git-remote-http and for-each-ref, and the server
// an info/refs exchange besides. Any answer that is not a clean v2 listing is an LsRefsUnavailable:
// the caller then looks with git, which speaks whatever the server does.
import http from 'node:http';
import https from 'node:https';
import { displayUrl } from '@gitops-actions/kit';
import { authorizationHeader } from './auth.js';

export interface LsRefsOptions {
  /** The repository's http(s) URL, without credentials. */
  url: string;
  token?: string;
  /** `ref-prefix` arguments: the server lists only refs starting with one of them. */
  prefixes: readonly string[];
  timeoutMs?: number;
  /** Where proxy variables are read: a proxied network is left to git, which honours them. */
  env?: NodeJS.ProcessEnv;
}

/** The server or the network did not give a v2 listing; say why, never with a credential. */
export class LsRefsUnavailable extends Error {}

const DEFAULT_TIMEOUT_MS = 15_000;
/** A listing of a queue's tickets is a few KB; a larger answer is not one. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
const REF_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)(?: .*)?\n?$/s;

/** The refs under `prefixes`, by name; throws LsRefsUnavailable for anything but a v2 listing. */
export async function lsRefs(opts: LsRefsOptions): Promise<Map<string, string>> {
  const target = uploadPackUrl(opts.url);
  const proxy = proxyVariable(target, opts.env ?? process.env);
  if (proxy) throw new LsRefsUnavailable(`${proxy} is set; the proxy is git's to use`);
  const body = Buffer.concat([
    pktLine('command=ls-refs\n'),
    Buffer.from('0001'),
    ...opts.prefixes.map((p) => pktLine(`ref-prefix ${p}\n`)),
    Buffer.from('0000'),
  ]);
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/x-git-upload-pack-request',
    Accept: 'application/x-git-upload-pack-result',
    'Git-Protocol': 'version=2',
    'Content-Length': body.length,
  };
  if (opts.token) headers['Authorization'] = authorizationHeader(opts.token);
  const answer = await post(target, headers, body, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const refs = new Map<string, string>();
  for (const line of parsePktLines(answer)) {
    const match = REF_LINE.exec(line);
    if (!match)
      throw new LsRefsUnavailable(`unexpected line in the listing: ${JSON.stringify(line.slice(0, 60))}`);
    const [, oid = '', ref = ''] = match;
    // ref-prefix is an optimization a server may ignore (gitprotocol-v2): filter here too.
    if (opts.prefixes.some((p) => ref.startsWith(p))) refs.set(ref, oid);
  }
  return refs;
}

function uploadPackUrl(url: string): URL {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new LsRefsUnavailable(`${target.protocol} is not http(s)`);
  }
  if (target.username || target.password) throw new LsRefsUnavailable('the URL holds credentials');
  target.pathname = `${target.pathname.replace(/\/+$/, '')}/git-upload-pack`;
  return target;
}

/** git reads these (curl's names); Node's http does not, so a proxied network is left to git. */
function proxyVariable(target: URL, env: NodeJS.ProcessEnv): string | undefined {
  const names =
    target.protocol === 'https:'
      ? ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']
      : ['http_proxy', 'all_proxy', 'ALL_PROXY'];
  return names.find((name) => (env[name] ?? '') !== '');
}

function pktLine(text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from((data.length + 4).toString(16).padStart(4, '0')), data]);
}

/** The data lines of one v2 response, which must end with a flush-pkt; an `ERR` line is a refusal. */
function parsePktLines(answer: Buffer): string[] {
  const lines: string[] = [];
  let at = 0;
  while (at + 4 <= answer.length) {
    const head = answer.subarray(at, at + 4).toString('latin1');
    if (!/^[0-9a-f]{4}$/.test(head)) break;
    const length = Number.parseInt(head, 16);
    if (length === 0) {
      // A response-end-pkt after the flush is what a stateless v2 exchange may end with.
      const rest = answer.subarray(at + 4).toString('latin1');
      if (rest !== '' && rest !== '0002') break;
      return lines;
    }
    if (length < 4 || at + length > answer.length) break;
    const line = answer.subarray(at + 4, at + length).toString('utf8');
    if (length <= 4 || line.startsWith('ERR ')) {
      throw new LsRefsUnavailable(`the server answered ${JSON.stringify(line.slice(0, 100))}`);
    }
    lines.push(line);
    at += length;
  }
  throw new LsRefsUnavailable(`not a protocol v2 listing (${answer.length} bytes)`);
}

function post(
  target: URL,
  headers: Record<string, string | number>,
  body: Buffer,
  timeoutMs: number,
): Promise<Buffer> {
  const where = displayUrl(target.toString());
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // Redirects are not followed: the Authorization header must not travel to another URL.
    const req = client.request(
      target,
      { method: 'POST', headers, signal: AbortSignal.timeout(timeoutMs) },
      (res) => {
        const type = String(res.headers['content-type'] ?? '');
        if (res.statusCode !== 200 || type !== 'application/x-git-upload-pack-result') {
          res.resume();
          reject(new LsRefsUnavailable(`${where} answered ${res.statusCode} ${type || '(no type)'}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) req.destroy(new LsRefsUnavailable(`${where} answered over 4 MB`));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', (error) => reject(unavailable(error, where)));
      },
    );
    req.on('error', (error) => reject(unavailable(error, where)));
    req.end(body);
  });
}

function unavailable(error: Error, where: string): LsRefsUnavailable {
  if (error instanceof LsRefsUnavailable) return error;
  return new LsRefsUnavailable(`${where} could not be reached (${error.name}: ${error.message})`);
}
