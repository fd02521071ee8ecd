import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Pair, type YAMLMap } from 'yaml';
import { shown } from '@gitops-actions/kit';
import { ManifestError } from './errors.js';
import { formatPath, type Segment } from './key-path.js';

/** Where missing keys would go: into a mapping, under a key with an empty value, or at the end of the file. */
export type Host =
  { kind: 'map'; map: YAMLMap } | { kind: 'empty'; pair: Pair; flow: boolean } | { kind: 'end' };

export type PathHit =
  | { kind: 'found'; node: unknown; pair: Pair | null; flow: boolean }
  | { kind: 'missing'; depth: number; host: Host };

/**
 * A scalar's value as text. YAML's schemas only give primitives, Dates (1.1 timestamps) and bytes
 * (!!binary) here, each with a toString of its own.
 */
export function scalarText(value: unknown): string {
  return String(value);
}

export function pairKey(pair: Pair): string | null {
  return isScalar(pair.key) && pair.key.value !== null ? scalarText(pair.key.value) : null;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => pairKey(pair) === key);
}

export function isEmptyValue(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}

/**
 * Walks a key path. A missing key is reported (not thrown) so the caller can create it; everything a key
 * cannot pass through (a scalar, an alias, an index out of range) is an error naming the prefix reached.
 */
export function findPath(doc: Document | null, segments: readonly Segment[]): PathHit {
  let node: unknown = doc?.contents ?? null;
  let pair: Pair | null = null;
  let flow = false;
  for (const [depth, segment] of segments.entries()) {
    const prefix = formatPath(segments.slice(0, depth));
    if (isEmptyValue(node) && typeof segment === 'string') {
      return { kind: 'missing', depth, host: pair ? { kind: 'empty', pair, flow } : { kind: 'end' } };
    }
    if (isAlias(node)) throw aliasOnPath(doc, prefix, node.source, segments);
    if (typeof segment === 'string') {
      if (!isMap(node)) throw cannotDescend(prefix, node, `look up key ${shown(segment)}`, segments);
      const next = findPair(node, segment);
      if (!next) return { kind: 'missing', depth, host: { kind: 'map', map: node } };
      [node, pair, flow] = [next.value, next, Boolean(node.flow)];
    } else {
      if (!isSeq(node)) throw cannotDescend(prefix, node, `take item [${segment}]`, segments);
      if (segment >= node.items.length) {
        throw new ManifestError(
          `key ${formatPath(segments)} not found: ${prefix} has ${node.items.length} item(s), ` +
            `index ${segment} is out of range`,
        );
      }
      [node, pair, flow] = [node.items[segment], null, Boolean(node.flow)];
    }
  }
  return { kind: 'found', node, pair, flow };
}

function cannotDescend(
  prefix: string,
  node: unknown,
  what: string,
  segments: readonly Segment[],
): ManifestError {
  const where = prefix || 'the document root';
  return new ManifestError(
    `key ${formatPath(segments)} cannot be resolved: ${where} is ${describe(node)}, so it cannot ${what}`,
  );
}

function aliasOnPath(doc: Document | null, prefix: string, anchor: string, segments: readonly Segment[]) {
  const defined = doc ? anchorLocation(doc, anchor) : null;
  const at = defined ? ` at ${defined}` : '';
  return new ManifestError(
    `key ${formatPath(segments)} passes through ${prefix}, an alias of anchor &${anchor}${at}; ` +
      `editing through it would change every user of the anchor, so edit the anchor instead`,
  );
}

export function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return `a list`;
  if (isAlias(node)) return `an alias of &${node.source}`;
  if (isScalar(node)) return node.value === null ? 'null' : `a scalar (${JSON.stringify(node.value)})`;
  return 'empty';
}

/** The path of the node carrying `&anchor` ('' for the root), or null when it cannot be found. */
export function anchorLocation(doc: Document, anchor: string): string | null {
  const search = (node: unknown, path: Segment[]): string | null => {
    if (isNode(node) && !isAlias(node) && node.anchor === anchor) return formatPath(path);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pairKey(pair);
        const found = key === null ? null : search(pair.value, [...path, key]);
        if (found !== null) return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const found = search(item, [...path, index]);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return search(doc.contents, []);
}

/** The anchor a missing key is inherited from through `<<: *anchor`, so "not found" can explain it. */
export function mergedFrom(doc: Document, map: YAMLMap, key: string): string | null {
  const merge = findPair(map, '<<');
  const sources = isSeq(merge?.value) ? merge.value.items : [merge?.value];
  for (const source of sources) {
    if (!isAlias(source)) continue;
    const target = source.resolve(doc);
    if (isMap(target) && findPair(target, key)) return source.source;
  }
  return null;
}
