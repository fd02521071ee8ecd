import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

/**
 * A deployed service as a smoke test meets it: each path answers from a script, request by request
 * (the n-th request gets the n-th answer, the last one repeating), so "healthy after 3 tries" or
 * "never healthy" is data, not timing. Every request is recorded and checked against HTTP/1.1
 * (RFC 9110/9112): a Host naming this server, no body on GET, HEAD, DELETE or OPTIONS, valid
 * header names. Unknown paths answer 404 as a plain-text page, as most frameworks do.
 */

export interface HttpAnswer {
  /** 200 by default. */
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Accept the request and never answer (the socket stays open until the server closes). */
  hang?: boolean;
  /** Answer with the request's headers as a JSON object: a service that echoes what it got. */
  echoHeaders?: boolean;
}

/** Headers a path requires: without them (or with another value) it answers 401, as an API gateway does. */
export interface HttpRoute {
  answers: readonly HttpAnswer[];
  requireHeaders?: Record<string, string>;
}

export interface HttpRequestRecord {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Which answer of the script it got (0-based), or -1 for a refusal (404, 401). */
  answer: number;
}

export interface HttpService {
  url: string;
  requests: HttpRequestRecord[];
  /** What the client sent that HTTP does not allow; a test expects none. */
  violations: string[];
  /** Replaces (or adds) a path's script; its request count starts over. */
  route(path: string, route: HttpRoute | readonly HttpAnswer[]): void;
  /** Requests made to `path` so far. */
  count(path: string): number;
  close(): Promise<void>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BODILESS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

export async function startHttpService(
  routes: Record<string, HttpRoute | readonly HttpAnswer[]> = {},
): Promise<HttpService> {
  const scripts = new Map<string, { route: HttpRoute; served: number }>();
  const requests: HttpRequestRecord[] = [];
  const violations: string[] = [];
  const route = (path: string, r: HttpRoute | readonly HttpAnswer[]): void => {
    scripts.set(path, { route: Array.isArray(r) ? { answers: r } : (r as HttpRoute), served: 0 });
  };
  for (const [path, r] of Object.entries(routes)) route(path, r);

  let host = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    violations.push(...checkRequest(req, host));
    const script = scripts.get(path);
    const record: HttpRequestRecord = { method: req.method ?? '', path, headers: req.headers, answer: -1 };
    requests.push(record);
    req.resume();
    if (!script) return send(res, { status: 404, body: `Cannot ${req.method} ${path}\n` }, req);
    const missing = Object.entries(script.route.requireHeaders ?? {}).find(
      ([name, value]) => req.headers[name.toLowerCase()] !== value,
    );
    if (missing) return send(res, { status: 401, body: `missing or wrong ${missing[0]}\n` }, req);
    const n = script.served++;
    record.answer = Math.min(n, script.route.answers.length - 1);
    send(res, script.route.answers[record.answer] ?? {}, req);
  });
  const url = await listenOnLoopback(server);
  host = new URL(url).host;
  return {
    url,
    requests,
    violations,
    route,
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () => closeServer(server),
  };
}

function checkRequest(req: IncomingMessage, host: string): string[] {
  const found: string[] = [];
  const method = req.method ?? '';
  if (req.headers.host !== host) found.push(`${method} ${req.url}: Host is ${req.headers.host}, not ${host}`);
  const length = Number(req.headers['content-length'] ?? 0);
  if (BODILESS.has(method) && (length > 0 || req.headers['transfer-encoding'])) {
    found.push(`${method} ${req.url}: sent a body, which ${method} does not carry`);
  }
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!TOKEN.test(req.rawHeaders[i]!)) found.push(`${method} ${req.url}: invalid header name`);
  }
  return found;
}

function send(res: ServerResponse, answer: HttpAnswer, req: IncomingMessage): void {
  if (answer.hang) return;
  const body = answer.echoHeaders ? JSON.stringify(req.headers) : (answer.body ?? '');
  const type = answer.echoHeaders ? 'application/json' : 'text/plain; charset=utf-8';
  res.writeHead(answer.status ?? 200, { 'content-type': type, ...answer.headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}
