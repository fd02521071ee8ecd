import { shown } from '@gitops-actions/kit';
import { KeyPathError } from './errors.js';

/** A mapping key or a list index. */
export type Segment = string | number;

/**
 * Parses `image.tag`, `containers[0].image.tag` and, for keys that contain dots, `annotations["a.b/c"]`.
 */
export function parseKeyPath(key: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < key.length) {
    if (key[i] === '[') {
      const close = key.indexOf(']', i);
      if (close < 0) throw invalidKey(key, `'[' at position ${i + 1} is not closed`);
      segments.push(bracketSegment(key, key.slice(i + 1, close)));
      i = close + 1;
    } else {
      const match = /^[^.[\]]+/.exec(key.slice(i));
      if (!match) throw invalidKey(key, `empty segment at position ${i + 1}`);
      segments.push(match[0]);
      i += match[0].length;
    }
    if (key[i] === '.') {
      i += 1;
      if (i === key.length) throw invalidKey(key, 'it ends with a dot');
    } else if (i < key.length && key[i] !== '[') {
      throw invalidKey(key, `unexpected ${shown(key[i] ?? '')} at position ${i + 1}`);
    }
  }
  if (segments.length === 0) throw invalidKey(key, 'it is empty');
  const reserved = segments.find((s) => typeof s === 'string' && RESERVED.has(s));
  if (reserved !== undefined) {
    throw invalidKey(
      key,
      `${shown(String(reserved))} is a reserved name (__proto__, constructor, prototype)`,
    );
  }
  return segments;
}

// Segments that name an object's prototype machinery: no values file needs them, and a path
// through them is how prototype pollution reaches any code that walks keys into objects.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

function bracketSegment(key: string, inner: string): Segment {
  if (/^\d+$/.test(inner)) return Number(inner);
  const quoted = /^(["'])(.+)\1$/.exec(inner);
  if (quoted?.[2]) return quoted[2];
  throw invalidKey(key, `${shown(`[${inner}]`)} is neither a list index nor a quoted key`);
}

function invalidKey(key: string, why: string): KeyPathError {
  return new KeyPathError(key, why);
}

/** The canonical spelling of a path, used in messages and change locations. */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/[.[\]]/.test(segment)) out += `["${segment}"]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
