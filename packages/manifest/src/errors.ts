import { shown } from '@gitops-actions/kit';

/** Every failure a user can act on; callers print the message as is, so it must say what to change. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/** A key path that cannot be used (malformed, or through a reserved name): the caller's key input is at fault. */
export class KeyPathError extends ManifestError {
  constructor(
    readonly key: string,
    /** Why the path is refused, for a caller that words its own message around it. */
    readonly why: string,
  ) {
    super(
      `Invalid key ${shown(key)}: ${why}. Use a dotted path such as image.tag or containers[0].image.tag`,
    );
    this.name = 'KeyPathError';
  }
}

const LISTED = 20;

/** Names found in a file, quoted, and no more than a message can carry. */
export function shownList(names: readonly string[]): string {
  const more = names.length > LISTED ? `, … (${names.length} in all)` : '';
  return (
    names
      .slice(0, LISTED)
      .map((name) => shown(name))
      .join(', ') + more
  );
}
