import { InputError } from './errors.js';

/** Where raw input strings come from: the runner's `INPUT_*` env, CLI flags, or a test's map. */
export type InputSource = (name: string) => string;

interface Common {
  required?: boolean;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Typed accessors over an input source; every error names the input it is about. */
export class Inputs {
  constructor(private readonly source: InputSource) {}

  string(name: string, opts: Common & { default?: string } = {}): string {
    const value = this.source(name).trim();
    if (value === '') {
      if (opts.required) throw new InputError(name, 'is required and was not supplied');
      return opts.default ?? '';
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw new InputError(name, `must be true or false, got '${value}'`);
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
    throw new InputError(name, `must be one of ${allowed.join(', ')}, got '${value}'`);
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
      throw new InputError(name, `has unknown ${opts.noun} '${unknown}'; use ${allowed.join(', ')}`);
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
        `must be an exact release such as ${example}, got '${value}' (tags can be moved)`,
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
    if (bad !== undefined) throw new InputError(name, `'${bad}' is not KEY=value`);
    return lines;
  }

  integer(name: string, bounds: { min: number; max: number; default: number }): number {
    const value = this.string(name);
    if (value === '') return bounds.default;
    if (!/^[+-]?\d+$/.test(value)) throw new InputError(name, `must be an integer, got '${value}'`);
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) {
      throw new InputError(name, `must be between ${bounds.min} and ${bounds.max}, got ${n}`);
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
