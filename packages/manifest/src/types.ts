export type Format = 'helm' | 'kustomize' | 'manifest' | 'flux';

export interface EditRequest {
  format: Format;
  /**
   * Image repository to match, e.g. 'ghcr.io/org/api' (required for kustomize and manifest); with flux,
   * optional: the name written to `:name` fields and full image references (kept as they are without it).
   */
  image?: string;
  /** New tag; tag or digest (or both) are required. */
  tag?: string;
  /** 'sha256:<64 hex>'. */
  digest?: string;
  /**
   * helm: dotted path to the tag scalar, '[n]' for list items, e.g. 'containers[0].image.tag'.
   * flux: the ImagePolicy whose setter markers to update, `<namespace>:<policy>`, e.g. 'flux-system:api'.
   */
  key: string;
  /** helm: dotted path to the digest scalar. */
  digestKey?: string;
  /** helm: create the key path when absent. */
  createMissing?: boolean;
  /** The caller's input that turns createMissing on, offered in a key-not-found error; none, none offered. */
  createMissingInput?: string;
}

/** One scalar whose value changed; `value` is '' when the key was removed (a stale kustomize digest). */
export interface Change {
  location: string;
  previous: string | null;
  value: string;
}

export interface EditResult {
  text: string;
  changed: boolean;
  changes: Change[];
  previousTag: string | null;
}

/** What a format editor hands back; applyEdit derives `changed` from the text itself. */
export interface EditOutcome {
  text: string;
  changes: Change[];
  previousTag: string | null;
}
