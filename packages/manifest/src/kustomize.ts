import { isMap, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { ManifestError } from './errors.js';
import { sameRepository } from './image-ref.js';
import { appendItem, deletePair, fillEmpty, insertEntries } from './insert.js';
import { describe, findPair, isEmptyValue, pairKey } from './locate.js';
import { singleDocument, type Doc } from './parse.js';
import type { NewValue } from './render.js';
import { replaceScalar, scalarValue } from './scalar.js';
import { applySplices, type Splice } from './text.js';
import type { Change, EditOutcome, EditRequest } from './types.js';

type Images =
  | { kind: 'list'; seq: YAMLSeq }
  | { kind: 'empty'; pair: Pair; flow: boolean }
  | { kind: 'absent'; root: YAMLMap | null };

interface Round {
  text: string;
  changes: Change[];
}

type Field = 'newTag' | 'digest';

export function editKustomize(text: string, req: EditRequest & { image: string }): EditOutcome {
  const previousTag = currentTag(text, req.image);
  const changes: Change[] = [];
  let out = text;
  const fields: Array<[Field, string | undefined]> = [
    ['newTag', req.tag],
    ['digest', req.digest],
  ];
  for (const [field, value] of fields) {
    if (!value) continue;
    const round = setField(out, req, field, value);
    out = round.text;
    changes.push(...round.changes);
  }
  if (req.tag && !req.digest) {
    // kustomize renders name:tag@digest and the runtime pulls by digest, so a tag-only bump must drop it.
    const round = dropDigest(out, req.image);
    out = round.text;
    changes.push(...round.changes);
  }
  return { text: out, changes, previousTag };
}

function locateImages(doc: Doc | null): Images {
  const root = doc?.contents ?? null;
  if (root === null) return { kind: 'absent', root: null };
  if (!isMap(root))
    throw new ManifestError(`A kustomization must be a mapping, but this file is ${describe(root)}`);
  const pair = findPair(root, 'images');
  if (!pair) return { kind: 'absent', root };
  if (isEmptyValue(pair.value)) return { kind: 'empty', pair, flow: Boolean(root.flow) };
  if (!isSeq(pair.value)) {
    throw new ManifestError(
      `images: must be a list of {name, newTag} entries, but it is ${describe(pair.value)}`,
    );
  }
  return { kind: 'list', seq: pair.value };
}

function entryField(entry: YAMLMap, field: string, text: string): string | null {
  return scalarValue(findPair(entry, field)?.value ?? null, text);
}

/** Entries whose `name` is the image; failing that, whose `newName` is (an image already renamed to it). */
function matchingEntries(images: Images, image: string, text: string): YAMLMap[] {
  if (images.kind !== 'list') return [];
  const entries = images.seq.items.filter((item): item is YAMLMap => isMap(item));
  for (const field of ['name', 'newName']) {
    const matches = entries.filter((entry) => {
      const value = entryField(entry, field, text);
      return value !== null && sameRepository(value, image);
    });
    if (matches.length > 0) return matches;
  }
  return [];
}

function currentTag(text: string, image: string): string | null {
  const doc = singleDocument(text, 'kustomize');
  const first = matchingEntries(locateImages(doc), image, text)[0];
  return first ? entryField(first, 'newTag', text) : null;
}

function location(entry: YAMLMap, image: string, field: string, text: string): string {
  return `images[${entryField(entry, 'name', text) ?? image}].${field}`;
}

function setField(text: string, req: EditRequest & { image: string }, field: Field, value: string): Round {
  const doc = singleDocument(text, 'kustomize');
  const images = locateImages(doc);
  const entries = matchingEntries(images, req.image, text);
  if (entries.length === 0) return appendEntry(text, doc, images, req);
  const splices: Splice[] = [];
  const changes: Change[] = [];
  for (const entry of entries) {
    const where = location(entry, req.image, field, text);
    const pair = findPair(entry, field);
    const splice = pair
      ? replaceScalar(
          text,
          { doc, node: pair.value, pair, flow: Boolean(entry.flow), location: where, suggestKey: false },
          value,
        )
      : insertEntries(text, doc, entry, new Map([[field, value]]));
    if (!splice) continue;
    splices.push(splice);
    changes.push({ location: where, previous: pair ? scalarValue(pair.value, text) : null, value });
  }
  return { text: applySplices(text, splices), changes };
}

/** A new `- name: <image>` entry carrying every requested field, so later rounds find nothing to do. */
function appendEntry(
  text: string,
  doc: Doc | null,
  images: Images,
  req: EditRequest & { image: string },
): Round {
  const entry = new Map<string, NewValue>([['name', req.image]]);
  if (req.tag) entry.set('newTag', req.tag);
  if (req.digest) entry.set('digest', req.digest);
  let splice: Splice;
  if (images.kind === 'list') splice = appendItem(text, doc, images.seq, entry);
  else if (images.kind === 'empty') splice = fillEmpty(text, doc, images.pair, images.flow, [entry]);
  else splice = insertEntries(text, doc, images.root, new Map([['images', [entry]]]));
  const changes = [...entry]
    .filter(([key]) => key !== 'name')
    .map(([key, value]) => ({
      location: `images[${req.image}].${key}`,
      previous: null,
      value: value as string,
    }));
  return { text: applySplices(text, [splice]), changes };
}

function dropDigest(text: string, image: string): Round {
  const doc = singleDocument(text, 'kustomize');
  const splices: Splice[] = [];
  const changes: Change[] = [];
  for (const entry of matchingEntries(locateImages(doc), image, text)) {
    const index = entry.items.findIndex((pair) => pairKey(pair) === 'digest');
    if (index < 0) continue;
    changes.push({
      location: location(entry, image, 'digest', text),
      previous: entryField(entry, 'digest', text),
      value: '',
    });
    splices.push(deletePair(text, entry, index));
  }
  return { text: applySplices(text, splices), changes };
}
