import { InputError } from './errors.js';
import { LINE_BREAKING, shown } from './outside-text.js';

/** Where raw input strings come from: the runner's `INPUT_*` env, CLI flags, or a test's map. */
export type InputSource = (name: string) => string;

interface Common {
  required?: boolean;
}

/** Shorter than any token GitHub, Argo CD, SonarQube or a registry issues. */
export const MIN_SECRET_LENGTH = 8;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Typed accessors over an input source; every error names the input it is about. */
export class InputReader {
  constructor(private readonly source: InputSource) {}

  string(name: string, opts: Common & { default?: string } = {}): string {
    const value = this.source(name).trim();
    if (value === '') {
      if (opts.required) throw new InputError(name, 'is required and was not supplied');
      return opts.default ?? '';
    }
    return value;
  }

  /**
   * A credential. Refused when shorter than any real token: the runner would mask every occurrence
   * of it, and a one-letter "secret" turns every message into `e***ist`.
   */
  secret(name: string, opts: Common & { default?: string } = {}): string {
    const value = this.string(name, opts);
    // A token is one word of printable characters: a line break would split `::add-mask::`
    // (unmasking the rest), HTTP refuses control characters in a header with a message of its own,
    // and no token format holds a space or `::`, which would read as a workflow command. Never echoed.
    if (LINE_BREAKING.test(value) || /\s|::/.test(value)) {
      throw new InputError(
        name,
        "holds a space, a line break, a control character or '::'; a token is one word of printable characters",
      );
    }
    if (value !== '' && value !== opts.default && [...value].length < MIN_SECRET_LENGTH) {
      throw new InputError(
        name,
        `is ${[...value].length === 1 ? '1 character' : `${[...value].length} characters`} long; no real token is shorter than ${MIN_SECRET_LENGTH} (check the secret it comes from)`,
      );
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw new InputError(name, `must be true or false, got ${shown(value)}`);
  }

  /** Newline-separated values, blank lines dropped. */
  multiline(name: string, opts: Common = {}): string[] {
    const values = splitLines(this.string(name, opts));
    if (opts.required && values.length === 0) throw new InputError(name, 'is required and was not supplied');
    return values;
  }

  /** Comma- or newline-separated values. */
  list(name: string, opts: Common = {}): string[] {
    const values = this.multiline(name, opts).flatMap((line) =>
      line
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    );
    if (opts.required && values.length === 0) throw new InputError(name, 'is required and was not supplied');
    return values;
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InputError(name, `must be one of ${allowed.filter(Boolean).join(', ')}, got ${shown(value)}`);
  }

  /**
   * A comma- or newline-separated list whose every item is one of `allowed` (deduplicated, in
   * order); `fallback` when empty. `noun` names one item in the error ("unknown severity 'X'").
   */
  enumList<T extends string>(
    name: string,
    allowed: readonly T[],
    fallback: readonly T[],
    opts: { noun: string; upperCase?: boolean },
  ): T[] {
    const given = this.list(name).map((v) => (opts.upperCase ? v.toUpperCase() : v));
    const unknown = given.find((v) => !(allowed as readonly string[]).includes(v));
    if (unknown !== undefined) {
      throw new InputError(
        name,
        `has unknown ${opts.noun} ${shown(unknown)}; use ${allowed.filter(Boolean).join(', ')}`,
      );
    }
    return [...new Set(given.length ? (given as T[]) : fallback)];
  }

  /** An exact `x.y.z` release (a leading `v` dropped), or '' when not given: tags can be moved. */
  exactVersion(name: string, example: string): string {
    const value = this.string(name);
    if (value === '') return '';
    if (!/^v?\d+\.\d+\.\d+$/.test(value)) {
      throw new InputError(
        name,
        `must be an exact release such as ${example}, got ${shown(value)} (tags can be moved)`,
      );
    }
    return value.replace(/^v/, '');
  }

  /** A SHA-256 as 64 lowercase hex digits (a `sha256:` prefix accepted), or ''. */
  sha256(name: string): string {
    const hex = this.string(name)
      .replace(/^sha256:/i, '')
      .toLowerCase();
    if (hex && !/^[0-9a-f]{64}$/.test(hex)) throw new InputError(name, 'must be a SHA-256 of 64 hex digits');
    return hex;
  }

  /** Newline-separated `KEY=value` lines (build args, labels). */
  keyValues(name: string): string[] {
    const lines = this.multiline(name);
    const bad = lines.find((l) => !/^[^=\s]+=/.test(l));
    if (bad !== undefined) throw new InputError(name, `${shown(bad)} is not KEY=value`);
    return lines;
  }

  /**
   * A length of time in milliseconds: a bare whole number of seconds (`600`), or Go-style units as
   * `argocd app wait --timeout` and Kargo take them (`90s`, `10m`, `1h30m`, `1.5h`, `250ms`).
   * `default`, `min` (default 0) and `max` are in milliseconds, inclusive.
   */
  duration(name: string, bounds: { default: number; min?: number; max: number }): number {
    const value = this.string(name);
    if (value === '') return bounds.default;
    const ms = parseDuration(value);
    if (ms === 'negative') throw new InputError(name, `must not be negative, got ${shown(value)}`);
    if (ms === undefined) {
      throw new InputError(name, `must be a duration such as ${DURATION_EXAMPLES}, got ${shown(value)}`);
    }
    const min = bounds.min ?? 0;
    if (ms < min || ms > bounds.max) {
      // A bare number is seconds; say what it amounts to, for people who meant minutes.
      const amount =
        /^\d+$/.test(value) && formatDuration(ms) !== `${value}s` ? ` (${formatDuration(ms)})` : '';
      throw new InputError(
        name,
        `must be between ${formatDuration(min)} and ${formatDuration(bounds.max)}, got ${shown(value)}${amount}`,
      );
    }
    return ms;
  }

  integer(name: string, bounds: { min: number; max: number; default: number }): number {
    const value = this.string(name);
    if (value === '') return bounds.default;
    if (!/^[+-]?\d+$/.test(value)) throw new InputError(name, `must be an integer, got ${shown(value)}`);
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) {
      // Echo what was given: `Number` would print 1e+23 for a long run of digits.
      throw new InputError(name, `must be between ${bounds.min} and ${bounds.max}, got ${shown(value)}`);
    }
    return n;
  }
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

const DURATION_EXAMPLES = '600, 90s, 10m or 1h30m';
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
// Go's time.ParseDuration grammar without a sign and with only the units a wait needs.
const DURATION = /^(?:(?:\d+\.?\d*|\.\d+)(?:ms|s|m|h))+$/;
const COMPONENT = /(\d+\.?\d*|\.\d+)(ms|s|m|h)/g;

/** Milliseconds, `'negative'` for a value with a minus sign, or undefined when `text` is no duration. */
function parseDuration(text: string): number | 'negative' | undefined {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (/^-\s*[\d.]/.test(text)) return 'negative';
  if (!DURATION.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(COMPONENT)) total += Number(amount) * UNIT_MS[unit!]!;
  return Math.round(total);
}

/** `5400000` → `1h30m`, `90500` → `1m30.5s`, `250` → `250ms`: the form `duration` inputs accept. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const rounded = Math.round(ms);
  if (rounded === 0) return '0s';
  if (rounded < 1000) return `${rounded}ms`;
  const h = Math.floor(rounded / 3_600_000);
  const m = Math.floor((rounded % 3_600_000) / 60_000);
  const s = (rounded % 60_000) / 1000;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}
