// A small hostile HTTP server for the fuzz tests: protocol-level garbage (HTML from a proxy,
// truncated JSON, wrong content types, 5xx, resets, hangs) on any route, or a proxy in front of a
// real stand-in that forwards most requests and poisons the free-text fields of the answers.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import fc from 'fast-check';
import { MARKER } from './fuzz.js';
import { payload } from './fuzz-values.js';
import { closeServer, listenOnLoopback } from './http.js';

export type HostileAnswer =
  | { kind: 'pass' }
  /** Forward, then append `payload` to every string under a key in `keys` (each line of a stream too). */
  | { kind: 'poison'; payload: string; keys?: readonly string[] }
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'text'; status: number; contentType: string; body: string }
  /** Accept, read the request, never answer. */
  | { kind: 'hang' }
  /** Close the connection without an answer. */
  | { kind: 'reset' };

export interface HostileRequest {
  method: string;
  url: string;
}

export interface HostileServer {
  url: string;
  /** `127.0.0.1:<port>`, as a message names the host. */
  host: string;
  requests: HostileRequest[];
  /** Chooses the answer to each request; `pass` (to the upstream) by default. */
  answer: (req: HostileRequest) => HostileAnswer;
  /** Drops hung connections and forgets requests and the answer rule: call between cases. */
  reset(): void;
  close(): Promise<void>;
}

export const MESSAGE_KEYS = [
  'message',
  'error',
  'detail',
  'title',
  'description',
  'body',
  'reason',
  'Message',
  'msg',
];

/** `value` with `text` appended to every string found under one of `keys`, at any depth. */
export function poisonJson(value: unknown, text: string, keys: readonly string[] = MESSAGE_KEYS): unknown {
  if (Array.isArray(value)) return value.map((v) => poisonJson(v, text, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      typeof v === 'string' && keys.includes(k) ? v + text : poisonJson(v, text, keys),
    ]),
  );
}

function poisonLine(line: string, text: string, keys: readonly string[] | undefined): string {
  const sse = line.startsWith('data:');
  const json = sse ? line.slice(5).trim() : line;
  try {
    const poisoned = JSON.stringify(poisonJson(JSON.parse(json), text, keys));
    return sse ? `data: ${poisoned}` : poisoned;
  } catch {
    return line;
  }
}

function forward(
  upstream: string,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  answer: HostileAnswer,
  preserveHost: boolean,
): void {
  const target = new URL(req.url ?? '/', upstream);
  // A signed request (AWS SigV4 signs the Host header) must reach the upstream with the host it was signed for.
  const headers = preserveHost ? { ...req.headers } : { ...req.headers, host: target.host };
  const out = httpRequest(target, { method: req.method, headers }, (up) => {
    const poison = answer.kind === 'poison' ? answer : undefined;
    const type = String(up.headers['content-type'] ?? '');
    if (!poison || !/json|event-stream/.test(type)) {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      return;
    }
    const { 'content-length': _length, ...rest } = up.headers;
    res.writeHead(up.statusCode ?? 502, rest);
    let pending = '';
    up.setEncoding('utf8');
    up.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) res.write(poisonLine(line, poison.payload, poison.keys) + '\n');
    });
    up.on('end', () => res.end(pending ? poisonLine(pending, poison.payload, poison.keys) : undefined));
    up.on('error', () => res.destroy());
    res.on('close', () => up.destroy());
  });
  out.on('error', () => res.destroy());
  out.end(body);
}

/**
 * Starts the server on loopback; with `upstream`, answers `pass` and `poison` through it, keeping the
 * client's Host header when `preserveHost` is set.
 */
export async function startHostileServer(
  opts: { upstream?: string; preserveHost?: boolean } = {},
): Promise<HostileServer> {
  const hung = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const record = { method: req.method ?? 'GET', url: req.url ?? '/' };
      state.requests.push(record);
      const answer = state.answer(record);
      respond(answer, req, res, Buffer.concat(chunks));
    });
  });
  const respond = (answer: HostileAnswer, req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    switch (answer.kind) {
      case 'hang':
        hung.add(req.socket);
        req.socket.once('close', () => hung.delete(req.socket));
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'json':
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
        return;
      case 'text':
        res.writeHead(answer.status, { 'content-type': answer.contentType });
        res.end(answer.body);
        return;
      default:
        if (opts.upstream) forward(opts.upstream, req, res, body, answer, opts.preserveHost ?? false);
        else {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{"message":"no upstream"}');
        }
    }
  };
  const url = await listenOnLoopback(server);
  const state: HostileServer = {
    url,
    host: new URL(url).host,
    requests: [],
    answer: () => ({ kind: 'pass' }),
    reset() {
      for (const socket of hung) socket.destroy();
      hung.clear();
      state.requests = [];
      state.answer = () => ({ kind: 'pass' });
    },
    close: async () => {
      state.reset();
      await closeServer(server);
    },
  };
  return state;
}

const HTML = (text: string) =>
  `<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1>\n<p>${text}</p>\n</body></html>\n`;

/**
 * One answer that no well-behaved server gives: JSON whose free text holds a workflow command, an
 * HTML page, truncated JSON, a wrong content type, a 5xx, a reset; a hang now and then.
 */
export function hostileAnswer(opts: { hangs?: boolean } = {}): fc.Arbitrary<HostileAnswer> {
  const status = fc.constantFrom(200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504);
  const json = fc.tuple(status, payload()).map(([s, p]): HostileAnswer => ({
    kind: 'json',
    status: s,
    body: {
      message: `oops${p}`,
      error: `bad${p}`,
      errors: [{ message: p, code: 'x' }],
      status: { health: { message: p } },
    },
  }));
  const html = fc
    .tuple(fc.constantFrom(200, 502, 503), payload())
    .map(([s, p]): HostileAnswer => ({ kind: 'text', status: s, contentType: 'text/html', body: HTML(p) }));
  const truncated = fc.tuple(fc.integer({ min: 1, max: 60 }), payload()).map(([n, p]): HostileAnswer => ({
    kind: 'text',
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({
      metadata: { name: `x${p}` },
      status: { sync: { status: 'Synced' }, message: p },
    }).slice(0, n),
  }));
  const wrongType = fc
    .tuple(fc.constantFrom('text/plain', 'application/octet-stream', 'application/xml', ''), payload())
    .map(([t, p]): HostileAnswer => ({
      kind: 'text',
      status: 200,
      contentType: t,
      body: `${MARKER} not what you asked for${p}`,
    }));
  const fiveHundred = fc
    .constantFrom(500, 502, 503, 504)
    .map((s): HostileAnswer => ({ kind: 'text', status: s, contentType: 'text/plain', body: '' }));
  const hang = { weight: 1, arbitrary: fc.constant<HostileAnswer>({ kind: 'hang' }) };
  return fc.oneof(
    { weight: 5, arbitrary: json },
    { weight: 4, arbitrary: html },
    { weight: 4, arbitrary: truncated },
    { weight: 3, arbitrary: wrongType },
    { weight: 3, arbitrary: fiveHundred },
    { weight: 1, arbitrary: fc.constant<HostileAnswer>({ kind: 'reset' }) },
    ...(opts.hangs === false ? [] : [hang]),
  );
}
