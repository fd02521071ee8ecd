// The smoke test's input parsers: each takes the raw text and the caller's input name, and refuses
// a bad value with one InputError naming that input. Header values are never echoed: they may be
// secrets not yet masked when a line is refused.
import { InputError, httpUrlInput, shown } from '@gitops-actions/kit';

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'] as const;
export type Method = (typeof METHODS)[number];

export interface SmokeTarget {
  method: Method;
  url: string;
}

/** `METHOD URL` or `URL` (GET): an http(s) URL without credentials. */
export function targetInput(input: string, line: string, example: string): SmokeTarget {
  const parts = line.split(/[ \t]+/);
  if (parts.length > 2) {
    throw new InputError(input, `line ${shown(line)} is not 'URL' or 'METHOD URL' (one URL per line)`);
  }
  const [first, second] = parts as [string, string | undefined];
  let method: Method = 'GET';
  if (second !== undefined) {
    const upper = first.toUpperCase();
    if (!(METHODS as readonly string[]).includes(upper)) {
      throw new InputError(input, `has unknown method ${shown(first)}; use ${METHODS.join(', ')}`);
    }
    method = upper as Method;
  }
  const given = second ?? first;
  httpUrlInput(input, given, { tokenInput: 'headers', example });
  // httpUrlInput returns a base URL without its trailing slash; a smoke URL keeps its path exactly.
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}`).toString();
  return { method, url };
}

/** A set of HTTP status codes: `200`, `200-299`, `2xx`, comma-separated. */
export interface StatusSet {
  ranges: [number, number][];
  /** As the user wrote it, normalized: for messages. */
  text: string;
}

export function statusSetInput(input: string, value: string): StatusSet {
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (items.length === 0) throw new InputError(input, 'names no status code (e.g. 200 or 200-299,304)');
  const ranges = items.map((item): [number, number] => {
    const m = /^(?:([1-5])xx|(\d{3})(?:\s*-\s*(\d{3}))?)$/i.exec(item);
    if (!m) {
      throw new InputError(
        input,
        `has ${shown(item)}, not a status code, a range (200-299) or a class (2xx)`,
      );
    }
    if (m[1]) return [Number(m[1]) * 100, Number(m[1]) * 100 + 99];
    const low = Number(m[2]);
    const high = m[3] === undefined ? low : Number(m[3]);
    if (low < 100 || high > 599 || low > high) {
      throw new InputError(input, `has ${shown(item)}; status codes run from 100 to 599, low to high`);
    }
    return [low, high];
  });
  return { ranges, text: items.join(',') };
}

export function statusMatches(set: StatusSet, status: number): boolean {
  return set.ranges.some(([low, high]) => status >= low && status <= high);
}

/** A JavaScript regular expression, written without slashes (`"status":\s*"up"`), or `/…/flags`. */
export function bodyPatternInput(input: string, value: string): RegExp | undefined {
  if (value === '') return undefined;
  const literal = /^\/(.+)\/([dgimsuvy]*)$/s.exec(value);
  try {
    // The g and y flags make test() stateful across attempts; a pattern is matched afresh each time.
    return literal ? new RegExp(literal[1]!, literal[2]!.replace(/[gy]/g, '')) : new RegExp(value);
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? error.message.replace(/^Invalid regular expression: /, '') : '';
    throw new InputError(
      input,
      `${shown(value)} is not a valid JavaScript regular expression${reason ? ` (${shown(reason)})` : ''}`,
    );
  }
}

/** One step of a JSON path: an object key or an array index. */
export type PathStep = { key: string } | { index: number };

export interface JsonExpectation {
  /** As written (`data.items[0].status`), for messages. */
  path: string;
  steps: PathStep[];
  expected: unknown;
}

const PATH = /^(?:[^.[\]=\s]+|\[\d+\])(?:\.[^.[\]=\s]+|\[\d+\])*$/;
const STEP = /\.?([^.[\]=\s]+)|\[(\d+)\]/g;

/** `path=value` lines; the value is compared as JSON when it parses (`3`, `true`, `"3"`), else as text. */
export function jsonExpectationsInput(input: string, lines: readonly string[]): JsonExpectation[] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    const path = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!PATH.test(path)) {
      throw new InputError(
        input,
        `line ${shown(line)} is not path=value with a dotted path such as data.items[0].status=up`,
      );
    }
    const steps = [...path.matchAll(STEP)].map((m): PathStep =>
      m[2] === undefined ? { key: m[1]! } : { index: Number(m[2]) },
    );
    const text = line.slice(eq + 1).trim();
    let expected: unknown = text;
    try {
      expected = JSON.parse(text);
    } catch {
      // Not JSON: compared as the string it is (`status=up`).
    }
    return { path, steps, expected };
  });
}

export interface Header {
  name: string;
  value: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// HTTP allows a tab in a field value, nothing else below a space, and fetch only Latin-1.
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/;
/** Set by fetch itself from the URL and the request; a value given here would be refused or lie. */
const FORBIDDEN = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'expect',
]);

/** `Name: value` lines. A refused line is named by its header name only: its value may be a secret. */
export function headersInput(input: string, lines: readonly string[]): Header[] {
  return lines.map((line, i) => {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    if (!TOKEN.test(name)) {
      throw new InputError(
        input,
        `line ${i + 1} is not 'Name: value' with a valid header name (letters, digits and -); its text is not shown, as it may hold a secret`,
      );
    }
    if (FORBIDDEN.has(name.toLowerCase())) {
      throw new InputError(input, `sets ${shown(name)}, which the HTTP client sets itself; remove that line`);
    }
    const value = line.slice(colon + 1).trim();
    if (BAD_VALUE.test(value)) {
      throw new InputError(
        input,
        `header ${shown(name)} holds a line break, a control character or a character beyond Latin-1 (value not shown); check the secret it comes from`,
      );
    }
    return { name, value };
  });
}

/** The smoke-test action's input names; another caller passes its own. */
export const SMOKE_TEST_INPUTS = {
  urls: 'urls',
  expectStatus: 'expect-status',
  expectBody: 'expect-body',
  expectJson: 'expect-json',
  attempts: 'retries',
  delay: 'delay',
  timeout: 'timeout',
  headers: 'headers',
} as const;

export const ATTEMPTS_BOUNDS = { min: 1, max: 100, default: 5 };
export const DELAY_BOUNDS = { default: 10_000, min: 0, max: 10 * 60_000 };
export const REQUEST_TIMEOUT_BOUNDS = { default: 10_000, min: 100, max: 5 * 60_000 };

/**
 * A body check needs a body: refused with both kinds of check at once (say which one decides), and
 * with a HEAD request, whose answer has none.
 */
export function bodyChecksInput(
  names: { expectBody: string; expectJson: string },
  targets: readonly SmokeTarget[],
  given: { body: boolean; json: boolean },
): void {
  if (given.body && given.json) {
    throw new InputError(
      names.expectJson,
      `cannot be given with '${names.expectBody}'; check the body with one of them`,
    );
  }
  const head = targets.find((t) => t.method === 'HEAD');
  if (head && (given.body || given.json)) {
    throw new InputError(
      given.body ? names.expectBody : names.expectJson,
      `cannot check HEAD ${head.url}: a HEAD answer has no body; use GET for that URL`,
    );
  }
}
