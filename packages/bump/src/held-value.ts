// What the target holds in a file: the tag and digest a promotion moves from its source file and a
// rollback returns to. The manifest package only edits, so a throw-away edit is applied and what it
// reports as the previous values is kept: the same key and image lookup as the edit that writes them.
import { ActionError } from '@gitops-actions/kit';
import { editText, type EditSpec } from './edit-files.js';
import { isValidDigest } from '@gitops-actions/manifest';

export interface HeldValue {
  tag: string;
  digest: string;
}

const PROBE_TAG = 'probe';
// A digest in an image reference (`repo:tag@sha256:…`) or a Kustomize `digest:` field.
const DIGEST_IN = /(sha256:[0-9a-f]{64})$/;

/**
 * The tag (and digest) at the target in `text`; undefined when it has no tag there or cannot be read
 * (for a rollback, an older layout: no deployment to return to).
 */
export function heldValue(spec: EditSpec, file: string, text: string): HeldValue | undefined {
  const probe = tryEdit({ ...spec, tag: PROBE_TAG, digest: '', digestKey: '' }, file, text);
  const tag = probe?.edit.previousTag;
  if (!probe || !tag) return undefined;
  // Kustomize and manifests drop the digest on a tag-only edit, and report what they dropped.
  const dropped = probe.edit.changes.map((c) => DIGEST_IN.exec(c.previous ?? '')?.[1]).find(Boolean);
  return { tag, digest: dropped ?? helmDigest(spec, file, text) };
}

/** Helm keeps the digest at its own key: read it as a tag-only edit of that key would. */
function helmDigest(spec: EditSpec, file: string, text: string): string {
  if (!spec.digestKey) return '';
  const probe = tryEdit(
    { ...spec, key: spec.digestKey, tag: PROBE_TAG, digest: '', digestKey: '' },
    file,
    text,
  );
  const value = probe?.edit.previousTag ?? '';
  return isValidDigest(value) ? value : '';
}

function tryEdit(spec: EditSpec, file: string, text: string) {
  try {
    return editText(spec, file, text, `read ${file}`);
  } catch (error) {
    // An InputError (a key path that can never be used) is the input's fault in every version.
    if (error instanceof ActionError) return undefined;
    throw error;
  }
}
