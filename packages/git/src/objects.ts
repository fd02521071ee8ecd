// Git's object format (gitformat-*, `git hash-object`): what a commit, a tree and a blob are as
// bytes, and their ids. Enough to read a tip's trees and to write one commit that replaces files.
import { createHash } from 'node:crypto';

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface GitObject {
  type: ObjectType;
  data: Buffer;
}

export interface RawTreeEntry {
  mode: string;
  /** The name's bytes, one latin1 character each: a name that is not UTF-8 is written back unchanged. */
  name: string;
  oid: string;
}

export const ZERO_OID = '0'.repeat(40);

/** The id git gives an object, in the repository's hash: SHA-1, or SHA-256's 64 digits. */
export function objectId(type: ObjectType, data: Buffer, digits = 40): string {
  const hash = createHash(digits === 64 ? 'sha256' : 'sha1');
  return hash.update(`${type} ${data.length}\0`).update(data).digest('hex');
}

/** Entries in stored order (git's order, which replacing an entry's id keeps). */
export function parseTree(data: Buffer): RawTreeEntry[] {
  const entries: RawTreeEntry[] = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > data.length) throw new Error('a tree object is truncated');
    entries.push({
      mode: data.subarray(at, space).toString('latin1'),
      name: data.subarray(space + 1, nul).toString('latin1'),
      oid: data.subarray(nul + 1, nul + 21).toString('hex'),
    });
    at = nul + 21;
  }
  return entries;
}

export function treeData(entries: readonly RawTreeEntry[]): Buffer {
  return Buffer.concat(
    entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`, 'latin1'), Buffer.from(e.oid, 'hex')]),
  );
}

/** The tree a commit records (its first header line). */
export function commitTree(data: Buffer): string {
  const match = /^tree ([0-9a-f]{40})\n/.exec(data.subarray(0, 46).toString('latin1'));
  if (!match?.[1]) throw new Error('a commit object has no tree');
  return match[1];
}

/** `ls-tree`'s type for a mode. */
export function typeOfMode(mode: string): string {
  if (mode === '40000' || mode === '040000') return 'tree';
  if (mode === '160000') return 'commit';
  return 'blob';
}

/** ls-tree prints tree modes with six digits; trees store `40000`. */
export function displayMode(mode: string): string {
  return mode.padStart(6, '0');
}
