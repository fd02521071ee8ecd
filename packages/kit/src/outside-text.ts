// Text that comes from outside the action (server answers, files, diffs, input values) must never
// reach the log as a workflow command. The runner reads stdout and stderr line by line, splits on
// CR as well as LF, trims the line, and executes it when it starts with `::` (or the legacy `##[`).
import { randomUUID } from 'node:crypto';

const LINE_BREAK = /\r\n|\r|\n/;
const COMMAND_START = /^\s*(?:::|##\[)/;

/** Whether any line of `text` would be read by the runner as a workflow command. */
export function startsCommand(text: string): boolean {
  return text.split(LINE_BREAK).some((line) => COMMAND_START.test(line));
}

/**
 * `text` as it may be printed: unchanged when harmless, else wrapped in `::stop-commands::<token>` …
 * `::<token>::` with a token nobody can predict, so the lines are shown byte for byte but not run.
 */
export function guardCommands(text: string): string {
  if (!startsCommand(text)) return text;
  const token = `outside-text-${randomUUID()}`;
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/** A line break or a control character: what a one-line value (a path, a token) may not hold. */
// eslint-disable-next-line no-control-regex
export const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const MAX_SHOWN = 80;
// C0/C1 controls, and the marks that reorder or hide text (bidi overrides, isolates, zero-width).
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/g;

/**
 * A value echoed in a message, quoted: cut to about 80 characters (`opts.max`: a server's sentence
 * may deserve more) and with control, bidi and zero-width characters written as escapes, so a message
 * cannot be reordered, split or flooded.
 */
export function shown(value: string, opts: { max?: number } = {}): string {
  const max = opts.max ?? MAX_SHOWN;
  const chars = [...value];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  const escaped = cut.replace(HIDDEN, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`;
  });
  const more = chars.length > max ? ` (${chars.length} characters)` : '';
  return `'${escaped}'${more}`;
}
