// Flux image automation's setter markers, as image-automation-controller reads them: a YAML line
// comment holding `{"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}` (kyaml's shorthand
// setter reference) or the long form `{"$ref": "#/definitions/io.k8s.cli.setters.<same name>"}`.
import { Parser } from 'yaml';
import { shown } from '@gitops-actions/kit';
import { ManifestError } from './errors.js';
import { lineColumn } from './text.js';

/** Which part of the policy's latest image a marked field holds; 'image' is `name:tag[@digest]`. */
export type MarkerField = 'image' | 'tag' | 'name' | 'digest';

export interface Marker {
  /** `<namespace>:<policy>`. */
  policy: string;
  field: MarkerField;
  /** Offset of the comment's '#'. */
  offset: number;
  line: number;
}

/** A comment that tries to be a marker but cannot be read; an error only when it could be the policy's. */
export interface BadMarker {
  offset: number;
  line: number;
  /** `<namespace>:<policy>` when that part could be read (the suffix is what is wrong). */
  policy: string | null;
  why: string;
  comment: string;
}

const SHORTHAND = '$imagepolicy';
const LONG_PREFIX = '#/definitions/io.k8s.cli.setters.';
// Namespaces are DNS-1123 labels, ImagePolicy names DNS-1123 subdomains (Kubernetes object names).
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const POLICY_NAME = /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const SUFFIXES: Record<string, MarkerField> = { tag: 'tag', name: 'name', digest: 'digest' };

export const MARKER_GRAMMAR = '{"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}';

/** Why `<namespace>:<policy>` is not a policy reference, or undefined when it is one. */
export function policyProblem(policy: string): string | undefined {
  const parts = policy.split(':');
  if (parts.length !== 2) return 'expected <namespace>:<policy>, e.g. flux-system:api';
  const [namespace = '', name = ''] = parts;
  if (!NAMESPACE.test(namespace))
    return `${shown(namespace)} is not a Kubernetes namespace (lowercase letters, digits and '-', at most 63)`;
  if (!POLICY_NAME.test(name))
    return `${shown(name)} is not an ImagePolicy name (lowercase letters, digits, '-' and '.', at most 253)`;
  return undefined;
}

/** Every marker-like comment of the file, read or refused; other comments are left out. */
export function findMarkers(text: string): { markers: Marker[]; bad: BadMarker[] } {
  const markers: Marker[] = [];
  const bad: BadMarker[] = [];
  for (const { offset, source } of comments(text)) {
    const body = source.replace(/^#+/, '').trim();
    // A commented-out line (`# image: x # {...}`) is not a marker; Flux only reads a JSON comment.
    if (!body.startsWith('{') || !(body.includes(SHORTHAND) || body.includes(LONG_PREFIX))) continue;
    const { line } = lineColumn(text, offset);
    const read = readMarker(body);
    if ('why' in read) bad.push({ offset, line, policy: read.policy, why: read.why, comment: body });
    else markers.push({ ...read, offset, line });
  }
  return { markers, bad };
}

function readMarker(
  body: string,
): { policy: string; field: MarkerField } | { policy: string | null; why: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { policy: null, why: 'it is not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { policy: null, why: 'it is not a JSON object' };
  const record = json as Record<string, unknown>;
  let name: unknown = record[SHORTHAND];
  if (name === undefined && typeof record['$ref'] === 'string' && record['$ref'].startsWith(LONG_PREFIX))
    name = record['$ref'].slice(LONG_PREFIX.length);
  if (typeof name !== 'string') return { policy: null, why: `${SHORTHAND} is not a string` };
  // kyaml reads the shorthand as a map of strings: any other value makes Flux skip the marker.
  if (Object.values(record).some((value) => typeof value !== 'string'))
    return { policy: null, why: 'every value of the object must be a string' };
  const [namespace = '', policyName, suffix, ...rest] = name.split(':');
  const policy = policyName === undefined ? name : `${namespace}:${policyName}`;
  const problem = policyProblem(policy);
  if (problem) return { policy: null, why: problem };
  if (rest.length > 0 || (suffix !== undefined && !(suffix in SUFFIXES)))
    return {
      policy,
      why: `${shown(name.slice(policy.length))} is not a suffix Flux knows (:tag, :name, :digest)`,
    };
  return { policy, field: suffix === undefined ? 'image' : (SUFFIXES[suffix] as MarkerField) };
}

interface CommentToken {
  offset: number;
  source: string;
}

/** The file's comments from the concrete syntax tree, so that '#' inside quotes or block scalars is not one. */
function comments(text: string): CommentToken[] {
  const found: CommentToken[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ offset: token.offset, source: token.source });
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found.sort((a, b) => a.offset - b.offset);
}

/** The caller names the file (bump's "Could not edit <file>: ..."); the line is ours to give. */
export function markerError(line: number, detail: string): ManifestError {
  return new ManifestError(`the Flux marker on line ${line} ${detail}`);
}
