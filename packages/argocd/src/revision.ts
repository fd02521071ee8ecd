// Commit SHAs as the wait compares and shows them.

export function shortSha(revision: string): string {
  return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision;
}

/** A given prefix of at least 7 hex characters matches the full SHA Argo CD reports. */
export function revisionMatches(actual: string | undefined, expected: string): boolean {
  if (!actual) return false;
  return actual.toLowerCase().startsWith(expected.toLowerCase());
}
