// Generated hostile values for the fuzz tests, and the rules that say which of them an input must
// refuse. The generator, not the action, decides what is bad: property (a) holds the action to it.
// fast-check is the root's devDependency; this module only ever runs inside tests.
import fc from 'fast-check';
import { MARKER } from './fuzz.js';

/** A value with the secrets it carries (a credential URL holds one). */
export interface Hostile {
  value: string;
  secrets: string[];
  /** A URL whose userinfo holds the secret. */
  credentialUrl?: boolean;
}

/** Lines that the runner would run as workflow commands if printed at the start of a line. */
export const PAYLOADS: readonly string[] = [
  `\n::warning::${MARKER} warning\n::set-output name=forged::1`,
  `\n    ::error::${MARKER} indented`,
  `x\r::warning::${MARKER} after a carriage return`,
  `\r\n::add-mask::${MARKER}-mask`,
  `\n::set-env name=${MARKER}::1`,
  `\n::add-path::/tmp/${MARKER}`,
  `\n::save-state name=${MARKER}::1`,
  `\n\t::notice title=${MARKER}::x`,
  `\n::group::${MARKER} group`,
  `\n::stop-commands::${MARKER}stop`,
];

export const payload = (): fc.Arbitrary<string> => fc.constantFrom(...PAYLOADS);

const SECRET_CHARS = [
  ...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789',
  '@',
  ':',
  '/',
  '%',
  '+',
  '=',
  '_',
  '-',
  '.',
];

/** A secret of 8–40 characters with URL-significant characters (`@`, `:`, `%`, `/`), prefixed so it is unique. */
export const secret = (): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...SECRET_CHARS), minLength: 4, maxLength: 34 }).map((s) => `zQ7v${s}x9`);

// No NUL: an INPUT_* environment variable cannot hold one.
const CONTROLS = [...Array(32).keys()]
  .slice(1)
  .map((c) => String.fromCharCode(c))
  .concat(['\u007f', '\u0085', '\u009b']);
const HIDDEN = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\u200f',
  '\ufeff',
  '\u061c',
  '\u2028',
];

const ODD_NUMBERS = [
  '1e+23',
  'Infinity',
  '-Infinity',
  'NaN',
  '-0',
  '0x10',
  '0b1',
  '0o7',
  '1_000',
  '+5',
  '-1',
  '1.5',
  '٣',
  '1e3',
  '00010',
  '0',
  '٠',
];
const TRAVERSAL = [
  '../../etc/passwd',
  '/etc/passwd',
  'a/../../b',
  '..',
  '../',
  '/',
  'C:\\Windows\\win.ini',
  '..\\..\\x',
  '.git/config',
  './../x',
  '%2e%2e/x',
  '~/x',
];
const PROTO = [
  '__proto__',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'image.__proto__.tag',
  'prototype',
  'a.constructor',
];
const BAD_BRANCHES = [
  'promote/../{environment} x',
  'a b',
  '-x',
  'x.lock',
  'a..b',
  '@',
  'HEAD',
  'a//b',
  '/a',
  'a/',
  'a@{b',
  '.x',
  'a~1',
  'a^',
  'a:b',
  'a?b',
  'a*b',
  'a[b',
  'a\\b',
  'refs/heads/',
];
const ODD_TEXT = [
  '{version}{sha}{nope}',
  '${{ secrets.X }}',
  '%s%n%25%0A',
  '$(touch /tmp/pwned)',
  '`id`',
  '; rm -rf /',
  "'; DROP TABLE x;--",
  '<script>alert(1)</script>',
  '|a|b|\n|-|-|',
  'true\n::error::x',
];

const around = (core: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('', 'main', 'v1.2.3', 'app'), core, fc.constantFrom('', 'x', '\n'))
    .map(([a, b, c]) => a + b + c);

/** A long value: 10k–100k characters, now and then with a payload inside. */
const long = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: 10_000, max: 100_000 }),
      fc.constantFrom('a', 'ab/', '9', 'é', '\u202e'),
      fc.option(payload()),
    )
    .map(([n, unit, p]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + (p ?? ''));

/** One hostile value of any kind; `secret` is the secret a credential URL should carry. */
export function hostileValue(): fc.Arbitrary<Hostile> {
  const plain = (a: fc.Arbitrary<string>) => a.map((value): Hostile => ({ value, secrets: [] }));
  const credentialUrl = fc
    .tuple(
      secret(),
      fc.constantFrom(
        'https://x-access-token:{s}@127.0.0.1:1/acme/gitops.git',
        'http://user:{s}@example.com/acme/x',
        'https://{s}@ghcr.io/acme/api',
        'file://u:{s}@/tmp/x',
      ),
    )
    .map(([s, template]): Hostile => ({
      value: template.replace('{s}', s),
      secrets: [s],
      credentialUrl: true,
    }));
  return fc.oneof(
    { weight: 6, arbitrary: plain(around(payload())) },
    {
      weight: 2,
      arbitrary: plain(
        fc.string({ unit: fc.constantFrom(...CONTROLS, 'a', ':'), minLength: 1, maxLength: 12 }),
      ),
    },
    { weight: 1, arbitrary: plain(long()) },
    { weight: 2, arbitrary: plain(around(fc.constantFrom(...HIDDEN))) },
    { weight: 2, arbitrary: plain(fc.constantFrom(...TRAVERSAL)) },
    { weight: 2, arbitrary: credentialUrl },
    {
      weight: 3,
      arbitrary: plain(
        fc.oneof(
          fc.constantFrom(...ODD_NUMBERS),
          fc.integer({ min: 20, max: 400 }).map((n) => '9'.repeat(n)),
        ),
      ),
    },
    { weight: 2, arbitrary: plain(fc.constantFrom('', ' ', '\t', '\n \n')) },
    { weight: 2, arbitrary: plain(fc.constantFrom(...PROTO)) },
    { weight: 2, arbitrary: plain(fc.constantFrom(...BAD_BRANCHES)) },
    { weight: 2, arbitrary: plain(fc.constantFrom(...ODD_TEXT)) },
    {
      weight: 1,
      arbitrary: plain(fc.string({ unit: 'binary', maxLength: 20 }).map((v) => v.replace(/\0/g, ''))),
    },
  );
}

/** How the fuzz treats one input: more values to try, and which values it must refuse. */
export interface InputRule {
  /** Values worth trying for this input besides the generic hostile ones. */
  values?: fc.Arbitrary<Hostile>;
  /**
   * The input takes a URL: the secret of a credential URL given to it must not be shown. (Given to an
   * input that takes no URL, such a value is just text the user chose to paste there.)
   */
  url?: boolean;
  /** True when the action must refuse the (trimmed) value. Sound, not complete: false means "may pass". */
  refuses?: (value: string) => boolean;
}

export type InputRules = Record<string, InputRule>;

/** A valid input set with one to three inputs corrupted. */
export interface CorruptedInputs {
  inputs: Record<string, string>;
  secrets: string[];
  mustFail?: string;
  label: string;
}

const brief = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value);

/** `valid` with one input (or a few) replaced by hostile values; the rules say which must be refused. */
export function corruptInputs(
  valid: Record<string, string>,
  rules: InputRules,
): fc.Arbitrary<CorruptedInputs> {
  const names = Object.keys(rules);
  const choice = (name: string) =>
    (rules[name]?.values ? fc.oneof(rules[name].values, hostileValue()) : hostileValue()).map(
      (h) => [name, h] as const,
    );
  return fc
    .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 3 })
    .chain((picked) => fc.tuple(...picked.map(choice)))
    .map((pairs) => {
      const inputs = { ...valid };
      const secrets: string[] = [];
      let mustFail: string | undefined;
      for (const [name, h] of pairs) {
        inputs[name] = h.value;
        if (rules[name]?.url || !h.credentialUrl) secrets.push(...h.secrets);
        if (mustFail === undefined && rules[name]?.refuses?.(h.value.trim()))
          mustFail = `input '${name}' is ${brief(h.value)}`;
      }
      return { inputs, secrets, mustFail, label: pairs.map(([n, h]) => `${n}=${brief(h.value)}`).join(', ') };
    });
}

/** Mostly corrupted input sets, now and then the valid one untouched (it must hold the properties too). */
export function fuzzInputs(valid: Record<string, string>, rules: InputRules): fc.Arbitrary<CorruptedInputs> {
  const untouched: CorruptedInputs = { inputs: valid, secrets: [], label: 'the valid inputs' };
  return fc.oneof(
    { weight: 9, arbitrary: corruptInputs(valid, rules) },
    { weight: 1, arbitrary: fc.constant(untouched) },
  );
}

// The rules, as the action.yml contracts state them.
const TRUE_FALSE = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f]/;

export const refuse = {
  required: (v: string) => v === '',
  boolean: (v: string) => v !== '' && !TRUE_FALSE.includes(v),
  integer: (min: number, max: number) => (v: string) =>
    v !== '' && !(/^[+-]?\d+$/.test(v) && Number(v) >= min && Number(v) <= max),
  oneOf: (allowed: readonly string[]) => (v: string) => v !== '' && !allowed.includes(v),
  /** Clearly not a branch for `git check-ref-format --branch` (or empty when `required`). */
  branch: (v: string) =>
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|^-|\/\/|^\/|\/$|(^|\/)\.|\.lock(\/|$)|\.$|^(@|HEAD)$/.test(v) ||
    v === 'refs/heads/',
  /** Not `600`, `90s`, `1h30m` within [min, max] milliseconds. */
  duration:
    (maxMs: number, minMs = 0) =>
    (v: string) => {
      if (v === '') return false;
      if (/^\d+$/.test(v)) return Number(v) * 1000 > maxMs || Number(v) * 1000 < minMs;
      return !/^(?:(?:\d+\.?\d*|\.\d+)(?:ms|s|m|h))+$/.test(v);
    },
  /** Credentials in a URL, whitespace or a control character, or a scheme other than http(s). */
  httpUrl: (v: string) =>
    v !== '' &&
    (CONTROL_OR_SPACE.test(v) ||
      /:\/\/[^/?#]*@/.test(v) ||
      (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !/^https?:\/\//i.test(v))),
  credentials: (v: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(v),
  /** Leaves the repository or is absolute. */
  repoPath: (v: string) =>
    v.split(/\r?\n/).some((line) => {
      const p = line.trim().replace(/\\/g, '/');
      return p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..');
    }),
  /** Shorter than any real token. */
  // eslint-disable-next-line no-control-regex
  secret: (v: string) => v !== '' && ([...v].length < 8 || /[\s\u0000-\u001f\u007f-\u009f]|::/.test(v)),
  /** `__proto__`, `constructor` or `prototype` as a key segment. */
  keyPath: (v: string) =>
    v.split(/[.[\]]/).some((s) => ['__proto__', 'constructor', 'prototype'].includes(s)),
  any:
    (...rules: ((v: string) => boolean)[]) =>
    (v: string) =>
      rules.some((r) => r(v)),
};

export { fc };

/** Seed and run count as fast-check parameters. */
export function fuzzParameters(settings: { seed: number; numRuns: number }): fc.Parameters<unknown> {
  return { seed: settings.seed, numRuns: settings.numRuns, verbose: 1 };
}

/**
 * An image value kept on the local registry: a reference without a registry host would go to
 * docker.io, and tests talk only to this machine. Empty stays empty (a required input left out).
 */
export function onRegistry(image: string | undefined, host: string): string {
  if (!image) return image ?? '';
  const first = image.split('/')[0] ?? '';
  return image.includes('/') && /[.:]|^localhost$/.test(first) ? image : `${host}/${image}`;
}
