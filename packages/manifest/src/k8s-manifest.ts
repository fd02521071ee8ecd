import { isAlias, isMap, isScalar, isSeq, type Pair } from 'yaml';
import { shown } from '@gitops-actions/kit';
import { ManifestError, shownList } from './errors.js';
import { formatImageReference, parseImageReference, sameRepository } from './image-ref.js';
import { formatPath, type Segment } from './key-path.js';
import { findPair, pairKey } from './locate.js';
import { parseStream, type Doc } from './parse.js';
import { aliasError, replaceScalar, scalarValue } from './scalar.js';
import { applySplices, type Splice } from './text.js';
import type { Change, EditOutcome, EditRequest } from './types.js';

/** Every pod-spec container list; they nest at any depth (Deployment, CronJob jobTemplate, Pod, ...). */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

interface ImageSlot {
  doc: Doc;
  location: string;
  pair: Pair;
  flow: boolean;
}

export function editManifest(text: string, req: EditRequest & { image: string }): EditOutcome {
  const slots = parseStream(text).flatMap((doc, index) => imageSlots(doc, index + 1));
  const splices: Splice[] = [];
  const changes: Change[] = [];
  const found: string[] = [];
  let matched = false;
  let previousTag: string | null = null;
  for (const slot of slots) {
    const current = imageValue(slot, req.image);
    if (current === null) continue;
    found.push(current);
    const ref = parseImageReference(current);
    if (!sameRepository(ref.repository, req.image)) continue;
    if (!matched) [matched, previousTag] = [true, ref.tag];
    // A tag-only bump writes repo:tag without the old digest: a stale digest would keep pinning the old image.
    const value = formatImageReference(ref.repository, req.tag, req.digest);
    const target = {
      doc: slot.doc,
      node: slot.pair.value,
      pair: slot.pair,
      flow: slot.flow,
      location: slot.location,
    };
    const splice = replaceScalar(text, target, value);
    if (!splice) continue;
    splices.push(splice);
    changes.push({ location: slot.location, previous: current, value });
  }
  if (!matched) throw notFound(req.image, found);
  return { text: applySplices(text, splices), changes, previousTag };
}

function imageSlots(doc: Doc, docNumber: number): ImageSlot[] {
  const slots: ImageSlot[] = [];
  const walk = (node: unknown, path: Segment[]): void => {
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = pairKey(pair);
      if (key === null) continue;
      if (CONTAINER_LISTS.has(key) && isSeq(pair.value)) {
        pair.value.items.forEach((container, index) => {
          const image = isMap(container) ? findPair(container, 'image') : undefined;
          if (!image || !isMap(container)) return;
          const location = `doc ${docNumber}: ${formatPath([...path, key, index, 'image'])}`;
          slots.push({ doc, location, pair: image, flow: Boolean(container.flow) });
        });
      }
      walk(pair.value, [...path, key]);
    }
  };
  walk(doc.contents, []);
  return slots;
}

/** The image string of a slot; null for values that are not image strings. An alias to a match is an error. */
function imageValue(slot: ImageSlot, image: string): string | null {
  const node = slot.pair.value;
  if (isAlias(node)) {
    const target = node.resolve(slot.doc);
    const value = isScalar(target) && typeof target.value === 'string' ? target.value : null;
    if (value !== null && sameRepository(parseImageReference(value).repository, image)) {
      throw aliasError(slot, node.source, false);
    }
    return null;
  }
  return isScalar(node) && typeof node.value === 'string' ? scalarValue(node, '') : null;
}

function notFound(image: string, found: string[]): ManifestError {
  const unique = [...new Set(found)];
  const list = unique.length > 0 ? `images found: ${shownList(unique)}` : 'no container images found at all';
  return new ManifestError(
    `image ${shown(image)} not found in any containers, initContainers or ephemeralContainers (${list}); ` +
      `check the image repository (without tag or digest)`,
  );
}
