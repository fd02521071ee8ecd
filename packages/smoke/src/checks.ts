// What an answer is checked against, beyond its status: a pattern over the body, or values at JSON
// paths. The body is outside text: what a message shows of it goes through `shown`.
import { isDeepStrictEqual } from 'node:util';
import { Script, createContext } from 'node:vm';
import { formatDuration, shown } from '@gitops-actions/kit';
import type { JsonExpectation, PathStep } from './inputs.js';

/** The most of a body read and checked: enough for any health page, too little to exhaust memory. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * How long one pattern may run over one body. A pattern with nested quantifiers can backtrack for
 * hours on a hostile or merely unlucky body; V8 interrupts a script past its timeout, regex included.
 */
export const MATCH_LIMIT_MS = 1000;

const matcher = new Script('pattern.test(body)');

/** undefined when the body matches, else what to tell the user; `hide` takes secrets out before a cut. */
export function checkBody(
  pattern: RegExp,
  body: string,
  truncated: boolean,
  hide: (text: string) => string = (t) => t,
): string | undefined {
  let matched: unknown;
  try {
    matched = matcher.runInContext(createContext({ pattern, body }), { timeout: MATCH_LIMIT_MS });
  } catch {
    return `body was not matched within ${formatDuration(MATCH_LIMIT_MS)}: the pattern backtracks too much; simplify it`;
  }
  if (matched === true) return undefined;
  const read = truncated ? ` (first ${MAX_BODY_BYTES / 1024 / 1024} MiB read)` : '';
  return `body did not match ${shown(pattern.source)}${read}: it starts ${shown(hide(body))}`;
}

/** undefined when every path holds its value, else what the first that does not holds. */
export function checkJson(
  expectations: readonly JsonExpectation[],
  body: string,
  truncated: boolean,
  hide: (text: string) => string = (t) => t,
): string | undefined {
  if (truncated) return `body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB; not read as JSON`;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return `body is not JSON: it starts ${shown(hide(body))}`;
  }
  for (const { path, steps, expected } of expectations) {
    const found = valueAt(document, steps);
    if (!found.present) return `json path ${path} is missing (expected ${shown(JSON.stringify(expected))})`;
    if (!isDeepStrictEqual(found.value, expected)) {
      return `json path ${path} was ${shown(hide(JSON.stringify(found.value) ?? 'undefined'))}, expected ${shown(JSON.stringify(expected))}`;
    }
  }
  return undefined;
}

/** Own properties only: `__proto__` or `constructor` in a path finds nothing a document did not send. */
export function valueAt(
  document: unknown,
  steps: readonly PathStep[],
): { present: boolean; value?: unknown } {
  let current: unknown = document;
  for (const step of steps) {
    if ('index' in step) {
      if (!Array.isArray(current) || step.index >= current.length) return { present: false };
      current = current[step.index];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current))
        return { present: false };
      if (!Object.hasOwn(current, step.key)) return { present: false };
      current = (current as Record<string, unknown>)[step.key];
    }
  }
  return { present: true, value: current };
}
