import { isMap, isNode, isScalar, visit, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { ManifestError } from './errors.js';
import {
  blockEntries,
  blockItem,
  blockValue,
  flowEntries,
  flowValue,
  type BlockStyle,
  type NewValue,
} from './render.js';
import { column, detectEol, lineEnd, lineStart, trimBack, type Splice } from './text.js';

/** The nesting step the file already uses (first nested block mapping), else 2. */
export function blockStyle(doc: Document | null, text: string): BlockStyle {
  let step = 0;
  if (doc) {
    visit(doc, {
      Pair(_, pair) {
        const first = isMap(pair.value) && !pair.value.flow ? pair.value.items[0] : undefined;
        const childStart = first && isNode(first.key) ? first.key.range?.[0] : undefined;
        const keyStart = isNode(pair.key) ? pair.key.range?.[0] : undefined;
        if (childStart === undefined || keyStart === undefined) return undefined;
        step = column(text, childStart) - column(text, keyStart);
        return step > 0 ? visit.BREAK : undefined;
      },
    });
  }
  return { eol: detectEol(text), step: step > 0 ? step : 2 };
}

function start(node: unknown): number {
  const range = isNode(node) ? node.range : undefined;
  if (!range) throw new ManifestError('Internal error: a node without a source position');
  return range[0];
}

/** Where the last entry's text ends: after its value, or its key when the value is empty. */
function contentEnd(item: unknown): number {
  const ends: number[] = [];
  const nodes = isNode(item) ? [item] : [(item as Pair).key, (item as Pair).value];
  for (const node of nodes) if (isNode(node) && node.range) ends.push(node.range[1]);
  return Math.max(...ends);
}

/** After the line holding the end of `item`, so a trailing comment stays on its line. */
function afterLineOf(text: string, item: unknown): number {
  return lineEnd(text, trimBack(text, contentEnd(item)));
}

/** Adds entries at the end of a mapping, or at the end of the file when the document is empty. */
export function insertEntries(
  text: string,
  doc: Document | null,
  map: YAMLMap | null,
  entries: Map<string, NewValue>,
): Splice {
  const style = blockStyle(doc, text);
  if (map === null) return appendAtEnd(text, blockEntries(entries, 0, style), style.eol);
  if (map.flow) return appendToFlow(text, map, flowEntries(entries));
  const last = map.items[map.items.length - 1];
  if (!last) throw new ManifestError('Internal error: an empty block mapping');
  const at = afterLineOf(text, last);
  return {
    start: at,
    end: at,
    text: style.eol + blockEntries(entries, column(text, start(last.key)), style),
  };
}

function appendAtEnd(text: string, block: string, eol: string): Splice {
  const end = text.length;
  if (end === 0 || text.endsWith('\n')) return { start: end, end, text: block + eol };
  // Keep a missing final newline missing.
  return { start: end, end, text: eol + block };
}

/** Gives `key:` (empty) a value: nested lines below it, or inline inside a flow mapping. */
export function fillEmpty(
  text: string,
  doc: Document | null,
  pair: Pair,
  flow: boolean,
  value: NewValue,
): Splice {
  const keyEnd = isScalar(pair.key) ? pair.key.range?.[1] : undefined;
  if (keyEnd === undefined) throw new ManifestError('Internal error: a key without a source position');
  if (flow) {
    let colon = keyEnd;
    while (text[colon] === ' ' || text[colon] === '\t') colon += 1;
    if (text[colon] === ':') return { start: colon + 1, end: colon + 1, text: ` ${flowValue(value)}` };
    return { start: keyEnd, end: keyEnd, text: `: ${flowValue(value)}` };
  }
  const at = afterLineOf(text, pair);
  return {
    start: at,
    end: at,
    text: blockValue(value, column(text, start(pair.key)), blockStyle(doc, text)),
  };
}

/** `rendered` as the new last entry of a flow collection, or the only one inside empty brackets. */
function appendToFlow(text: string, node: YAMLMap | YAMLSeq, rendered: string): Splice {
  const last = node.items[node.items.length - 1];
  if (!last) return { start: start(node) + 1, end: start(node) + 1, text: rendered };
  const at = trimBack(text, contentEnd(last));
  return { start: at, end: at, text: `, ${rendered}` };
}

/** Appends an item to a list, matching the dash column of its first item. */
export function appendItem(text: string, doc: Document | null, seq: YAMLSeq, item: NewValue): Splice {
  if (seq.flow) return appendToFlow(text, seq, flowValue(item));
  const last = seq.items[seq.items.length - 1];
  if (!last) throw new ManifestError('Internal error: an empty block list');
  const at = afterLineOf(text, last);
  const dash = trimBack(text, start(seq.items[0]));
  const dashColumn = text[dash - 1] === '-' ? column(text, dash - 1) : column(text, start(seq));
  const style = blockStyle(doc, text);
  return { start: at, end: at, text: style.eol + blockItem(item, dashColumn, style) };
}

/** Removes one entry of a mapping with its line (block) or its separator (flow). */
export function deletePair(text: string, map: YAMLMap, index: number): Splice {
  const pair = map.items[index];
  const next = map.items[index + 1];
  const previous = map.items[index - 1];
  if (!pair) throw new ManifestError('Internal error: no such entry');
  if (!previous) {
    if (!next) throw new ManifestError('Refusing to remove the only entry of a mapping');
    return { start: start(pair.key), end: start(next.key), text: '' };
  }
  if (map.flow)
    return { start: trimBack(text, contentEnd(previous)), end: trimBack(text, contentEnd(pair)), text: '' };
  const from = lineStart(text, start(pair.key));
  const to = afterLineOf(text, pair);
  if (to < text.length) return { start: from, end: text.indexOf('\n', to) + 1, text: '' };
  // The last line of a file without a final newline: take the line break before it instead.
  return { start: from - (text[from - 2] === '\r' ? 2 : 1), end: to, text: '' };
}
