import { isAlias, isMap, isScalar, isSeq, type Pair } from 'yaml';
import { shown } from '@gitops-actions/kit';
import { ManifestError, shownList } from './errors.js';
import { findMarkers, markerError, MARKER_GRAMMAR, type Marker } from './flux-marker.js';
import { formatImageReference, parseImageReference } from './image-ref.js';
import { formatPath, type Segment } from './key-path.js';
import { parseStream, type Doc } from './parse.js';
import { aliasError, replaceScalar, scalarValue } from './scalar.js';
import { applySplices, type Splice } from './text.js';
import type { Change, EditOutcome, EditRequest } from './types.js';

/** A value node a line comment can follow: where Flux's setters would read a marker. */
interface Slot {
  doc: Doc;
  node: unknown;
  pair: Pair | null;
  flow: boolean;
  location: string;
}

/** With format flux, `key` names the policy (`<namespace>:<policy>`), checked by the caller. */
export function editFlux(text: string, req: EditRequest): EditOutcome {
  const policy = req.key;
  const { markers, bad } = findMarkers(text);
  // A marker that cannot be read may be this policy's: skipping it would leave a field behind silently.
  const unreadable = bad.find((marker) => marker.policy === null || marker.policy === policy);
  if (unreadable) {
    throw markerError(
      unreadable.line,
      `(${shown(unreadable.comment)}) cannot be read: ${unreadable.why}; write it as ${MARKER_GRAMMAR}`,
    );
  }
  const ours = markers.filter((marker) => marker.policy === policy);
  if (ours.length === 0) throw noMarker(policy, markers);
  const slots = markedSlots(text);
  const splices: Splice[] = [];
  const changes: Change[] = [];
  const previous: { tag?: string | null; image?: string | null } = {};
  for (const marker of ours) {
    const slot = slots.get(marker.offset);
    if (!slot) {
      throw markerError(
        marker.line,
        `does not follow a single scalar value on its line; Flux reads markers as key: value # ${MARKER_GRAMMAR}`,
      );
    }
    const current = currentValue(slot);
    if (marker.field === 'tag') previous.tag ??= current;
    if (marker.field === 'image')
      previous.image ??= current === null ? null : parseImageReference(current).tag;
    const value = newValue(marker, current, req);
    if (value === null) continue;
    const splice = replaceScalar(text, slot, value);
    if (!splice) continue;
    splices.push(splice);
    changes.push({ location: slot.location, previous: current, value });
  }
  return {
    text: applySplices(text, splices),
    changes,
    previousTag: previous.tag ?? previous.image ?? null,
  };
}

/** What the marked field becomes, as Flux would write the policy's latest image; null leaves it alone. */
function newValue(marker: Marker, current: string | null, req: EditRequest): string | null {
  switch (marker.field) {
    case 'tag':
      return req.tag ?? null;
    case 'name':
      return req.image ?? null;
    case 'digest':
      // Flux writes the policy's digest, '' without digest reflection: a stale digest must not pin the old image.
      return (req.digest ?? '') === '' && !current ? null : (req.digest ?? '');
    case 'image': {
      const ref = parseImageReference(current ?? '');
      const repository = req.image ?? ref.repository;
      if (!repository) {
        throw markerError(
          marker.line,
          'marks an empty field, so there is no image name to keep: give the image (the repository)',
        );
      }
      // Flux writes name:tag[@digest]; a digest-only bump keeps the tag the field already has.
      return formatImageReference(repository, req.tag ?? ref.tag ?? undefined, req.digest);
    }
  }
}

function currentValue(slot: Slot): string | null {
  if (isAlias(slot.node)) throw aliasError(slot, slot.node.source, false);
  return scalarValue(slot.node, '');
}

/** Every scalar (or alias) value, keyed by the offset of the comment that follows it on its line. */
function markedSlots(text: string): Map<number, Slot> {
  const slots = new Map<number, Slot>();
  for (const [index, doc] of parseStream(text).entries()) {
    const add = (node: unknown, pair: Pair | null, flow: boolean, path: Segment[]): void => {
      if (isMap(node) || isSeq(node)) return walk(node, path);
      if (!isScalar(node) && !isAlias(node)) return;
      const end = node.range?.[1];
      if (end === undefined) return;
      let i = end;
      while (text[i] === ' ' || text[i] === '\t') i += 1;
      if (text[i] !== '#') return;
      slots.set(i, { doc, node, pair, flow, location: `doc ${index + 1}: ${formatPath(path) || '(root)'}` });
    };
    const walk = (node: unknown, path: Segment[]): void => {
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '?';
          add(pair.value, pair, Boolean(node.flow), [...path, key]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => add(item, null, Boolean(node.flow), [...path, i]));
      }
    };
    add(doc.contents, null, false, []);
  }
  return slots;
}

function noMarker(policy: string, markers: readonly Marker[]): ManifestError {
  const others = [...new Set(markers.map((marker) => marker.policy))];
  const found = others.length > 0 ? `markers found for: ${shownList(others)}` : 'no Flux markers at all';
  return new ManifestError(
    `no field carries a Flux marker for policy ${shown(policy)} (${found}); mark the image field with ` +
      `# {"$imagepolicy": ${JSON.stringify(policy)}} (or the tag, name and digest fields with :tag, :name, ` +
      `:digest), or leave the file out`,
  );
}
