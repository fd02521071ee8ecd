// The smoke test: each URL tried until its answer is as expected or its attempts run out, with a
// pause between tries, every attempt recorded. URLs are tried side by side: the deadline is that of
// one URL, attempts × (timeout + delay).
import {
  displayUrl,
  formatDuration,
  hostOf,
  MIN_SECRET_LENGTH,
  networkFailure,
  type Clock,
  type Logger,
} from '@gitops-actions/kit';
import { checkBody, checkJson } from './checks.js';
import { fetchAnswer, type Answer } from './fetch-answer.js';
import {
  statusMatches,
  type Header,
  type JsonExpectation,
  type Method,
  type SmokeTarget,
  type StatusSet,
} from './inputs.js';

/** The caller's names for the inputs a message may point to. */
export interface SmokeInputNames {
  urls: string;
  expectStatus: string;
  expectBody: string;
  expectJson: string;
  attempts: string;
  delay: string;
  timeout: string;
  headers: string;
}

export interface SmokeRequest {
  targets: SmokeTarget[];
  expectStatus: StatusSet;
  expectBody?: RegExp;
  expectJson: JsonExpectation[];
  /** Tries per URL, the first included. */
  attempts: number;
  delayMs: number;
  timeoutMs: number;
  headers: Header[];
  inputs: SmokeInputNames;
}

export interface SmokePorts {
  log: Logger;
  clock: Clock;
  fetch?: typeof fetch;
}

export interface SmokeAttempt {
  method: Method;
  /** Without userinfo, query or fragment: where tokens hide. */
  url: string;
  attempt: number;
  /** null when no answer came (a timeout, a refused connection). */
  status: number | null;
  elapsedMs: number;
  passed: boolean;
  /** What did not match, or why no answer came; '' for a pass. */
  problem: string;
}

export interface SmokeTargetResult {
  method: Method;
  url: string;
  passed: boolean;
  attempts: SmokeAttempt[];
}

export interface SmokeResult {
  passed: boolean;
  targets: SmokeTargetResult[];
  /** Every attempt, URL by URL in the order given. */
  attempts: SmokeAttempt[];
}

export async function smokeTest(request: SmokeRequest, ports: SmokePorts): Promise<SmokeResult> {
  const hide = redactor(request.headers);
  const targets = await Promise.all(request.targets.map((t) => tryTarget(t, request, ports, hide)));
  return {
    passed: targets.every((t) => t.passed),
    targets,
    attempts: targets.flatMap((t) => t.attempts),
  };
}

async function tryTarget(
  target: SmokeTarget,
  request: SmokeRequest,
  ports: SmokePorts,
  hide: (text: string) => string,
): Promise<SmokeTargetResult> {
  const { clock, log } = ports;
  const url = displayUrl(target.url);
  const deadline = clock.now() + request.attempts * (request.timeoutMs + request.delayMs);
  const attempts: SmokeAttempt[] = [];
  for (let n = 1; n <= request.attempts; n++) {
    // Each try gets the whole `timeout`, so its message names the input's value whatever the machine's
    // speed; the deadline only stops a try from starting once the tries' budget is spent.
    if (clock.now() >= deadline) break;
    const budget = request.timeoutMs;
    const started = clock.now();
    const outcome = await attemptOnce(target, request, ports, budget, hide);
    const record: SmokeAttempt = {
      method: target.method,
      url,
      attempt: n,
      status: outcome.status,
      elapsedMs: Math.max(0, clock.now() - started),
      passed: outcome.problem === '',
      problem: hide(outcome.problem),
    };
    attempts.push(record);
    log.info(attemptLine(record, request.attempts));
    if (record.passed) break;
    if (n < request.attempts) await clock.sleep(request.delayMs);
  }
  return { method: target.method, url, passed: attempts.at(-1)?.passed ?? false, attempts };
}

async function attemptOnce(
  target: SmokeTarget,
  request: SmokeRequest,
  ports: SmokePorts,
  budgetMs: number,
  hide: (text: string) => string,
): Promise<{ status: number | null; problem: string }> {
  let answer: Answer;
  try {
    answer = await fetchAnswer({
      method: target.method,
      url: target.url,
      headers: request.headers,
      follow: (target.method === 'GET' || target.method === 'HEAD') && !expectsRedirect(request.expectStatus),
      readBody: request.expectBody !== undefined || request.expectJson.length > 0,
      // A real socket that never answers must end: the clock paces attempts, this bounds each one.
      signal: AbortSignal.timeout(budgetMs),
      fetch: ports.fetch ?? fetch,
    });
  } catch (error) {
    const failure = networkFailure(error);
    const reason =
      failure.code === 'TIMEOUT' ? `did not answer within ${formatDuration(budgetMs)}` : failure.reason;
    return { status: null, problem: `${hostOf(target.url)} ${reason}` };
  }
  return { status: answer.status, problem: answerProblem(answer, request, hide) };
}

function answerProblem(answer: Answer, request: SmokeRequest, hide: (text: string) => string): string {
  if (answer.redirectProblem) return `status ${answer.status}: ${answer.redirectProblem}`;
  if (!statusMatches(request.expectStatus, answer.status)) {
    return `status ${answer.status} is not in ${request.expectStatus.text}`;
  }
  const { body, truncated } = answer;
  if (request.expectBody) return checkBody(request.expectBody, body, truncated, hide) ?? '';
  if (request.expectJson.length > 0) return checkJson(request.expectJson, body, truncated, hide) ?? '';
  return '';
}

function expectsRedirect(set: StatusSet): boolean {
  return set.ranges.some(([low, high]) => low <= 399 && high >= 300);
}

function attemptLine(a: SmokeAttempt, of: number): string {
  const answer = a.status === null ? 'no answer' : String(a.status);
  const verdict = a.passed ? 'passed' : a.problem;
  return `${a.method} ${a.url} attempt ${a.attempt}/${of}: ${answer} in ${formatDuration(a.elapsedMs)}, ${verdict}`;
}

/**
 * The header values a message must not hold, as `hide` removes them. A server may echo a request's
 * headers in its body, and the body's start is shown when it does not match.
 */
export function headerSecrets(headers: readonly Header[]): string[] {
  return headers.flatMap(({ value }) => {
    // `Bearer <token>`: the token alone may be echoed as readily as the whole value.
    const credential = value.split(/\s+/).at(-1) ?? '';
    // Shorter values are no credential, and hiding them would blot every message.
    return [value, credential].filter((v) => v.length >= MIN_SECRET_LENGTH);
  });
}

function redactor(headers: readonly Header[]): (text: string) => string {
  const values = [...new Set(headerSecrets(headers).flatMap((v) => [v, encodeURIComponent(v)]))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => values.reduce((out, v) => out.split(v).join('***'), text);
}
