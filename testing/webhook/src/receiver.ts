import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';
import { blockProblems } from './block-kit.js';

/**
 * A receiver for both kinds of notification, on 127.0.0.1:
 * - Slack's incoming webhook at `/services/T…/B…/<secret>`: a POST of JSON with `text` and/or
 *   `blocks`, answered `200 ok` (text/plain) as Slack does; errors are Slack's documented ones, a
 *   status and a plain-text code (400 `invalid_payload`, 400 `invalid_blocks`, 400 `no_text`,
 *   403 `action_prohibited`, 404 `no_service`, 404 `channel_not_found`, 410 `channel_is_archived`,
 *   500 `rollup_error`, 429 with Retry-After). The blocks are checked against Block Kit's limits.
 * - A generic JSON webhook at `/hook`: any JSON object, answered `204`; `requiredHeaders` it must carry.
 */

export type SlackErrorCode =
  | 'invalid_payload'
  | 'invalid_blocks'
  | 'no_text'
  | 'action_prohibited'
  | 'posting_to_general_channel_denied'
  | 'no_service'
  | 'channel_not_found'
  | 'channel_is_archived'
  | 'rollup_error';

const SLACK_STATUS: Record<SlackErrorCode, number> = {
  invalid_payload: 400,
  invalid_blocks: 400,
  no_text: 400,
  action_prohibited: 403,
  posting_to_general_channel_denied: 403,
  no_service: 404,
  channel_not_found: 404,
  channel_is_archived: 410,
  rollup_error: 500,
};

/**
 * How the next request is answered instead: a Slack error, `status-500` / `status-503` (a proxy's
 * page), `rate-limited` (429 with `retryAfter` seconds), `hang` (never answered), `reset` (dropped).
 */
export type ReceiverFault =
  | { kind: 'slack-error'; code: SlackErrorCode }
  | { kind: 'status'; status: number }
  | { kind: 'rate-limited'; retryAfter: string }
  | { kind: 'hang' }
  | { kind: 'reset' };

export interface ReceivedRequest {
  target: 'slack' | 'webhook' | 'unknown';
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The raw body. */
  body: string;
  /** The parsed JSON body, or undefined. */
  json: unknown;
  /** What does not follow Slack's format (empty for a valid message or the generic webhook). */
  problems: string[];
  /** 0 for a hang or a reset. */
  status: number;
  answer: string;
}

export interface WebhookReceiverOptions {
  /** Headers (lower-case name → value) the generic webhook demands, as a token check would. */
  requiredHeaders?: Record<string, string>;
}

export interface WebhookReceiver {
  url: string;
  /** The Slack webhook URL; its last path part is the secret, random per receiver. */
  slackUrl: string;
  webhookUrl: string;
  requests: ReceivedRequest[];
  /** The next `times` requests (to either target) get `fault`. */
  fail(fault: ReceiverFault, times?: number): void;
  /** Forgets the recorded requests and the faults not yet used. */
  reset(): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(opts: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const slackPath = `/services/T0${hex(4)}/B0${hex(4)}/${randomBytes(12).toString('base64url')}`;
  const requests: ReceivedRequest[] = [];
  const faults: ReceiverFault[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => handle(req, res, body))
      .catch(() => res.destroy());
  });

  function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const target = path === slackPath ? 'slack' : path === '/hook' ? 'webhook' : 'unknown';
    const record: ReceivedRequest = {
      target,
      method: req.method ?? '',
      path,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      body,
      json: parseJson(body),
      problems: [],
      status: 0,
      answer: '',
    };
    requests.push(record);
    const fault = faults.shift();
    if (fault?.kind === 'hang') return void hanging.add(res);
    if (fault?.kind === 'reset') return void req.socket.destroy();
    const [status, answer, headers] = fault ? faultAnswer(fault) : answerFor(record, opts);
    record.status = status;
    record.answer = answer;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(answer);
  }

  const url = await listenOnLoopback(server);
  return {
    url,
    slackUrl: `${url}${slackPath}`,
    webhookUrl: `${url}/hook`,
    requests,
    fail: (fault, times = 1) => {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    reset: () => {
      requests.length = 0;
      faults.length = 0;
    },
    close: () => {
      for (const res of hanging) res.destroy();
      return closeServer(server);
    },
  };
}

type Answer = [status: number, body: string, headers: Record<string, string>];

function faultAnswer(fault: ReceiverFault): Answer {
  if (fault.kind === 'slack-error') return [SLACK_STATUS[fault.code], fault.code, {}];
  if (fault.kind === 'rate-limited') return [429, 'rate_limited', { 'retry-after': fault.retryAfter }];
  if (fault.kind === 'status') return [fault.status, '<html><body>Bad gateway</body></html>', {}];
  return [500, '', {}];
}

function answerFor(record: ReceivedRequest, opts: WebhookReceiverOptions): Answer {
  if (record.target === 'unknown') return [404, 'no_service', {}];
  if (record.method !== 'POST') return [405, 'invalid_method', {}];
  if (record.target === 'webhook') {
    const missing = Object.entries(opts.requiredHeaders ?? {}).some(([k, v]) => record.headers[k] !== v);
    if (missing) return [401, 'unauthorized', {}];
    if (!/^application\/json\b/.test(record.headers['content-type'] ?? '') || !isObject(record.json)) {
      return [400, 'expected a JSON object', {}];
    }
    return [204, '', {}];
  }
  // Slack takes JSON, or a form with a `payload` field; this client sends JSON.
  if (!/^application\/json\b/.test(record.headers['content-type'] ?? '') || !isObject(record.json)) {
    record.problems.push('the body is not a JSON object sent as application/json');
    return [400, 'invalid_payload', {}];
  }
  const message = record.json;
  if (typeof message['text'] !== 'string' && !Array.isArray(message['blocks'])) {
    record.problems.push('neither text nor blocks');
    return [400, 'no_text', {}];
  }
  record.problems.push(...blockProblems(message));
  if (record.problems.length) return [400, 'invalid_blocks', {}];
  return [200, 'ok', {}];
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex').toUpperCase();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
