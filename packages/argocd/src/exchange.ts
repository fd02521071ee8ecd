// One HTTP request to Argo CD with its limits: the per-request limit from connecting to the last byte
// (for a watch stream: until its headers, then the longest silence), and the caller's signal, which ends
// it when the wait is over. A request stopped either way fails with what it was waiting for.
import http from 'node:http';
import https from 'node:https';
import { displayUrl, networkFailure, type Clock } from '@gitops-actions/kit';
import { ArgoNetworkError, describeHang, type RequestPhase } from './client-errors.js';
import { Timer } from './timers.js';

export interface ExchangeOptions {
  url: URL;
  method: string;
  body: unknown;
  token: string;
  agent: http.Agent;
  clock: Clock;
  signal: AbortSignal;
  /** Connecting to last byte; for a stream, connecting to headers. */
  limitMs: number;
  /** Set for a stream: the longest silence once the headers came. */
  idleMs?: number;
}

/** A whole answer, read. */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export class Exchange {
  readonly method: string;
  /** The URL asked, without its query, for messages. */
  readonly url: string;
  /** Stream events received. */
  events = 0;
  readonly response: Promise<http.IncomingMessage>;
  /** Resolves once the exchange is over, however it ended. */
  readonly finished: Promise<void>;
  private phase: RequestPhase = 'connect';
  private since: number;
  private res: http.IncomingMessage | undefined;
  private readonly req: http.ClientRequest;
  private timer: Timer;
  private over = false;
  private markFinished: () => void = () => {};
  private rejectResponse: (error: Error) => void = () => {};

  constructor(private readonly o: ExchangeOptions) {
    this.method = o.method;
    this.url = displayUrl(o.url.href);
    this.since = o.clock.now();
    this.finished = new Promise((resolve) => (this.markFinished = resolve));
    let resolveResponse: (res: http.IncomingMessage) => void = () => {};
    this.response = new Promise((resolve, reject) => {
      resolveResponse = resolve;
      this.rejectResponse = reject;
    });
    // Settled for whoever reads it; a rejection nobody awaits must not crash the process.
    this.response.catch(() => {});
    this.req = this.send((res) => {
      this.answered(res);
      resolveResponse(res);
    });
    this.timer = new Timer(o.clock, o.limitMs, () => this.stop());
    o.signal.addEventListener('abort', this.onAbort);
    if (o.signal.aborted) this.stop();
  }

  /** A stream sent something: its silence starts again. */
  activity(): void {
    this.since = this.o.clock.now();
    this.timer.restart();
  }

  /** What the request still waits for, or undefined when it is not stuck (a stream that did send events). */
  hang(now: number): string | undefined {
    if (this.over || (this.phase === 'stream' && this.events > 0)) return undefined;
    if (this.phase === 'stream') return `${this.o.url.host} sent the stream's headers but no event`;
    return describeHang(this.phase, this.o.url.host, (now - this.since) / 1000);
  }

  /** The whole answer, read within the limits. */
  async read(): Promise<Answer> {
    const res = await this.response;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        this.end();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
      res.on('error', (error) => reject(this.networkError(error)));
      res.on('close', () => {
        if (!res.complete) reject(this.networkError(new Error('aborted')));
      });
    });
  }

  private send(onResponse: (res: http.IncomingMessage) => void): http.ClientRequest {
    const { url, method, body, token, agent } = this.o;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'user-agent': 'gitops-actions/wait-for-argocd',
    };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const transport = url.protocol === 'https:' ? https : http;
    const req = transport.request(url, { method, headers, agent }, onResponse);
    req.on('socket', (socket) => {
      if (!socket.connecting) this.phase = 'headers';
      else socket.once('connect', () => (this.phase = 'headers'));
    });
    req.on('error', (error) => this.end(this.networkError(error)));
    req.end(payload);
    return req;
  }

  private answered(res: http.IncomingMessage): void {
    this.res = res;
    this.since = this.o.clock.now();
    // Readers get every failure through their own listeners; this one keeps a late one from being unhandled.
    res.on('error', () => {});
    res.on('close', () => this.end());
    if (this.o.idleMs === undefined) {
      this.phase = 'body';
      return;
    }
    this.phase = 'stream';
    this.timer.cancel();
    this.timer = new Timer(this.o.clock, this.o.idleMs, () => this.stop());
  }

  private readonly onAbort = (): void => this.stop();

  /** Ends the exchange at a limit or at the wait's end, saying what it was waiting for. */
  private stop(): void {
    if (this.over) return;
    const detail = describeHang(this.phase, this.o.url.host, (this.o.clock.now() - this.since) / 1000);
    this.end(new ArgoNetworkError('ETIMEDOUT', this.method, this.url, detail, this.phase));
  }

  private end(error?: Error): void {
    if (this.over) return;
    this.over = true;
    this.timer.cancel();
    this.o.signal.removeEventListener('abort', this.onAbort);
    if (error) {
      this.rejectResponse(error);
      this.res?.destroy(error);
      this.req.destroy();
    }
    this.markFinished();
  }

  private networkError(error: Error): Error {
    if (error instanceof ArgoNetworkError) return error;
    // node:http says "socket hang up" or "aborted" without a code when the peer closes mid-answer.
    const failure = networkFailure(
      (error as NodeJS.ErrnoException).code || !/hang up|aborted/i.test(error.message)
        ? error
        : { code: 'ECONNRESET' },
    );
    const detail = `${this.o.url.host} ${failure.reason}`;
    return new ArgoNetworkError(failure.code, this.method, this.url, detail, this.phase);
  }
}
