import { shown } from '@gitops-actions/kit';
import { ManifestError, shownList } from './errors.js';
import { insertEntries, fillEmpty } from './insert.js';
import { formatPath, parseKeyPath, type Segment } from './key-path.js';
import { findPath, mergedFrom, pairKey, type Host, type PathHit } from './locate.js';
import { singleDocument, type Doc } from './parse.js';
import { nest } from './render.js';
import { replaceScalar, scalarValue } from './scalar.js';
import { applySplices, type Splice } from './text.js';
import type { Change, EditOutcome, EditRequest } from './types.js';

interface Step {
  text: string;
  change: Change | null;
  previous: string | null;
}

export function editHelm(text: string, req: EditRequest): EditOutcome {
  const tagPath = parseKeyPath(req.key);
  const changes: Change[] = [];
  let out = text;
  let previousTag: string | null;
  if (req.tag) {
    const step = setValue(out, tagPath, req.tag, req.createMissing ?? false, req.createMissingInput);
    [out, previousTag] = [step.text, step.previous];
    if (step.change) changes.push(step.change);
  } else {
    previousTag = peekValue(text, tagPath);
  }
  if (req.digest) {
    if (!req.digestKey) {
      throw new ManifestError(
        'A digest was given but no digest key: helm needs digestKey (digest-key) naming the values path of ' +
          'the digest, e.g. image.digest',
      );
    }
    const step = setValue(
      out,
      parseKeyPath(req.digestKey),
      req.digest,
      req.createMissing ?? false,
      req.createMissingInput,
    );
    out = step.text;
    if (step.change) changes.push(step.change);
  }
  return { text: out, changes, previousTag };
}

/** Each value is its own parse-locate-splice round, so the digest sees the file as the tag edit left it. */
function setValue(
  text: string,
  path: Segment[],
  value: string,
  createMissing: boolean,
  createMissingInput?: string,
): Step {
  const doc = singleDocument(text, 'helm');
  const location = formatPath(path);
  const hit = findPath(doc, path);
  if (hit.kind === 'found') {
    const splice = replaceScalar(text, { doc, ...hit, location }, value);
    const previous = scalarValue(hit.node, text);
    if (!splice) return { text, change: null, previous };
    return { text: applySplices(text, [splice]), change: { location, previous, value }, previous };
  }
  if (!createMissing) throw notFound(doc, path, hit, createMissingInput);
  const splice = create(text, doc, path, hit, value);
  return { text: applySplices(text, [splice]), change: { location, previous: null, value }, previous: null };
}

function create(
  text: string,
  doc: Doc | null,
  path: Segment[],
  hit: PathHit & { kind: 'missing' },
  value: string,
): Splice {
  const rest = path.slice(hit.depth);
  const keys = rest.filter((segment): segment is string => typeof segment === 'string');
  if (keys.length !== rest.length) {
    throw new ManifestError(
      `key ${formatPath(path)} not found and create-missing cannot create list items; ` +
        `add the list ${formatPath(path.slice(0, hit.depth + rest.findIndex((s) => typeof s === 'number')))} first`,
    );
  }
  const host = hit.host;
  if (host.kind === 'empty') return fillEmpty(text, doc, host.pair, host.flow, nest(keys, value));
  return insertEntries(text, doc, host.kind === 'map' ? host.map : null, nest(keys, value));
}

function notFound(
  doc: Doc | null,
  path: Segment[],
  hit: { depth: number; host: Host },
  createMissingInput: string | undefined,
): ManifestError {
  const prefix = formatPath(path.slice(0, hit.depth));
  const missing = String(path[hit.depth]);
  // Only a caller with such an input is told to set it; the others learn that the key must exist.
  const hint = createMissingInput
    ? `; set ${createMissingInput}: true to create it`
    : '; add it to the file first';
  const head = `key ${formatPath(path)} not found: `;
  if (hit.host.kind === 'end') return new ManifestError(`${head}the document is empty${hint}`);
  if (hit.host.kind === 'empty') return new ManifestError(`${head}${prefix} exists but is empty${hint}`);
  const keys = hit.host.map.items.map(pairKey).filter((key) => key !== null);
  const where = prefix ? `${prefix} exists but has no key` : 'the document has no top-level key';
  const inherited = doc ? mergedFrom(doc, hit.host.map, missing) : null;
  const merge = inherited
    ? `; ${shown(missing)} is inherited through '<<: *${inherited}', so edit the anchor &${inherited}` +
      (createMissingInput ? `, or set ${createMissingInput}: true to override it here` : '')
    : hint;
  return new ManifestError(`${head}${where} ${shown(missing)} (keys: ${shownList(keys) || 'none'})${merge}`);
}

/** The current tag when only a digest is set; a missing or odd path just means there is none. */
function peekValue(text: string, path: Segment[]): string | null {
  try {
    const hit = findPath(singleDocument(text, 'helm'), path);
    return hit.kind === 'found' ? scalarValue(hit.node, text) : null;
  } catch (error) {
    if (error instanceof ManifestError) return null;
    throw error;
  }
}
