import { renderScalar } from './scalar.js';

/** A value to create: a scalar, a list, or a mapping whose keys keep insertion order. */
export type NewValue = string | NewValue[] | Map<string, NewValue>;

export interface BlockStyle {
  eol: string;
  /** Indentation added per nesting level, taken from the file. */
  step: number;
}

/** `key: value` lines at `indent`, joined by eol, without a leading or trailing line break. */
export function blockEntries(entries: Map<string, NewValue>, indent: number, style: BlockStyle): string {
  return [...entries].map(([key, value]) => blockPair(key, value, indent, style)).join(style.eol);
}

function blockPair(key: string, value: NewValue, indent: number, style: BlockStyle): string {
  return ' '.repeat(indent) + renderScalar(key, false) + ':' + blockValue(value, indent, style);
}

/** What follows `key:` — ' scalar', or the nested lines. Lists are not indented past their key (kustomize style). */
export function blockValue(value: NewValue, keyIndent: number, style: BlockStyle): string {
  if (typeof value === 'string') return ` ${renderScalar(value, false)}`;
  if (Array.isArray(value))
    return value.map((item) => style.eol + blockItem(item, keyIndent, style)).join('');
  return style.eol + blockEntries(value, keyIndent + style.step, style);
}

/** `- item` at `indent`; a mapping item starts on the dash line. */
export function blockItem(value: NewValue, indent: number, style: BlockStyle): string {
  if (!(value instanceof Map)) return `${' '.repeat(indent)}- ${flowValue(value)}`;
  const body = blockEntries(value, indent + 2, style);
  return ' '.repeat(indent) + '- ' + body.slice(indent + 2);
}

export function flowValue(value: NewValue): string {
  if (typeof value === 'string') return renderScalar(value, true);
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  return `{${flowEntries(value)}}`;
}

export function flowEntries(entries: Map<string, NewValue>): string {
  return [...entries].map(([key, value]) => `${renderScalar(key, true)}: ${flowValue(value)}`).join(', ');
}

/** `a.b.c = v` as nested mappings {a: {b: {c: v}}}. */
export function nest(keys: readonly string[], value: string): Map<string, NewValue> {
  let inner: NewValue = value;
  for (const key of [...keys].reverse()) inner = new Map([[key, inner]]);
  return inner as Map<string, NewValue>;
}
