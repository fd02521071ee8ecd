import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Pair, Scalar } from 'yaml';
import { shown } from '@gitops-actions/kit';
import { ManifestError } from './errors.js';
import { anchorLocation, scalarText } from './locate.js';
import type { Splice } from './text.js';

/** A scalar slot to write: the node found at a path plus the context needed to rewrite it in place. */
export interface Target {
  doc: Document | null;
  node: unknown;
  /** The pair holding the node, needed when the value is empty (`tag:`). */
  pair: Pair | null;
  /** Inside a flow collection, where ',[]{}' cannot be plain. */
  flow: boolean;
  location: string;
  /** Whether an alias error may suggest pointing the (helm) key at the anchor. */
  suggestKey?: boolean;
}

/**
 * Plain only when every reader that may see the file gets this exact string back: YAML 1.2 core, YAML 1.1
 * (Helm's go-yaml reads `yes`, `on`, `012`, `1_000`, `2024-01-01` as non-strings) and Go's number parsing.
 */
export function isPlainSafe(value: string, flow: boolean): boolean {
  if (value === '' || looksLikeGoNumber(value)) return false;
  const probe = flow ? `[${value}]` : `k: ${value}`;
  return (['1.1', '1.2'] as const).every((version) => readsBack(parseDocument(probe, { version }), value));
}

function looksLikeGoNumber(value: string): boolean {
  return /^[-+.]?\d/.test(value) && !Number.isNaN(Number(value.replaceAll('_', '')));
}

function readsBack(doc: Document, value: string): boolean {
  if (doc.errors.length > 0) return false;
  const root = doc.contents;
  let node: unknown = null;
  if (isSeq(root) && root.items.length === 1) node = root.items[0];
  if (isMap(root) && root.items.length === 1) node = root.items[0]?.value;
  return isScalar(node) && node.value === value;
}

/** A new scalar (or key) written where nothing was before: plain when safe, else double-quoted. */
export function renderScalar(value: string, flow: boolean): string {
  return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}

/** The value as a user reads it: `1.10` stays '1.10' although YAML would read the number 1.1. */
export function scalarValue(node: unknown, text: string): string | null {
  if (!isScalar(node) || node.value === null || node.value === undefined) return null;
  if (typeof node.value === 'string') return node.value;
  return node.range ? text.slice(node.range[0], node.range[1]) : scalarText(node.value);
}

/** Rewrites the target scalar in its own quoting style; null when it already holds the value as a string. */
export function replaceScalar(text: string, target: Target, value: string): Splice | null {
  const { node, location } = target;
  if (isAlias(node)) throw aliasError(target, node.source, target.suggestKey ?? true);
  if (node !== null && !isScalar(node)) {
    const kind = isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'not a scalar';
    throw new ManifestError(`${location} is ${kind}, not a scalar; point the key at the tag value itself`);
  }
  if (node === null || (node.value === null && node.range?.[0] === node.range?.[1])) {
    return fillEmptyValue(text, target, value);
  }
  if (node.value === value) return null;
  const range = node.range;
  if (!range) throw new ManifestError(`${location} has no source position`);
  return { start: range[0], end: range[1], text: restyle(node, value, target) };
}

function restyle(node: Scalar, value: string, target: Target): string {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case Scalar.QUOTE_SINGLE:
      return `'${value.replaceAll("'", "''")}'`;
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED:
      // A tag is one line; rewriting a block scalar would silently change its chomping semantics.
      throw new ManifestError(
        `${target.location} is a block scalar (${node.type === Scalar.BLOCK_LITERAL ? '|' : '>'}); ` +
          `rewrite it as a single-line value (e.g. ${shown(value)}) and run again`,
      );
    default:
      return renderScalar(value, target.flow);
  }
}

/** `tag:` with nothing after it: write after the ':' so a trailing comment stays a comment. */
function fillEmptyValue(text: string, target: Target, value: string): Splice {
  const keyEnd = target.pair && isScalar(target.pair.key) ? target.pair.key.range?.[1] : undefined;
  if (keyEnd === undefined) throw new ManifestError(`${target.location} is empty and cannot be located`);
  let i = keyEnd;
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  const rendered = renderScalar(value, target.flow);
  if (text[i] === ':') return { start: i + 1, end: i + 1, text: ` ${rendered}` };
  return { start: keyEnd, end: keyEnd, text: `: ${rendered}` };
}

export function aliasError(
  target: Pick<Target, 'doc' | 'location'>,
  anchor: string,
  suggestKey = true,
): ManifestError {
  const defined = target.doc ? anchorLocation(target.doc, anchor) : null;
  const where = defined === null ? '' : ` (defined at ${defined || 'the document root'})`;
  const pointAt = defined && suggestKey ? ` or point key at ${defined}` : '';
  return new ManifestError(
    `${target.location} is an alias of anchor &${anchor}${where}; edit the anchor's value instead${pointAt}`,
  );
}
