// The values the target held, newest first, read from the files' history on the branch. Each
// transport lists the commits that changed the files and reads a file at a commit; the walk reads
// lazily and stops as soon as it has what it needs, so a rollback to the previous value reads two
// versions, not fifty.
import type { Deployed } from './types.js';
import { heldValue, type EditSpec, type HeldValue, type ReferenceCommit } from '@gitops-actions/bump';

export interface HistoryCommit {
  sha: string;
  /** ISO 8601 committer date. */
  date: string;
  subject: string;
  /** Its `Argocd-reference-commit-*` trailers, parsed; null when it has none. */
  reference: ReferenceCommit | null;
}

/** One transport's view of the files' history. */
export interface FileHistory {
  /** Commits of the branch that changed any of the files, newest first, at most the limit. */
  commits(): Promise<HistoryCommit[]>;
  /** A file's text at a commit; undefined when it did not exist there. */
  read(sha: string, file: string): Promise<string | undefined>;
}

export const HISTORY_LIMIT = 50;

/**
 * The distinct values the target held, newest first: the first is what the branch holds now.
 * Commits that did not change the value are folded into the one that set it. `enough` is asked
 * after each new value and ends the walk early.
 */
export async function deployedValues(
  history: FileHistory,
  spec: EditSpec & { files: string[] },
  enough: (values: readonly Deployed[]) => boolean,
): Promise<{ values: Deployed[]; commitsRead: number }> {
  const values: Deployed[] = [];
  const commits = await history.commits();
  let read = 0;
  for (const commit of commits) {
    read++;
    const held = await valueAt(history, spec, commit.sha);
    if (!held) continue;
    const last = values[values.length - 1];
    if (last && sameValue(last, held)) {
      // The same value further back: the deployment started at this older commit.
      Object.assign(last, {
        sha: commit.sha,
        date: commit.date,
        subject: commit.subject,
        reference: commit.reference,
      });
      continue;
    }
    if (values.length > 0 && enough(values)) break;
    values.push({
      ...held,
      sha: commit.sha,
      date: commit.date,
      subject: commit.subject,
      reference: commit.reference,
    });
  }
  return { values, commitsRead: read };
}

/** The value of the first file (in input order) with a tag at the target, as a bump reports it. */
async function valueAt(
  history: FileHistory,
  spec: EditSpec & { files: string[] },
  sha: string,
): Promise<HeldValue | undefined> {
  for (const file of spec.files) {
    const text = await history.read(sha, file);
    const held = text === undefined ? undefined : heldValue(spec, file, text);
    if (held) return held;
  }
  return undefined;
}

function sameValue(a: HeldValue, b: HeldValue): boolean {
  return a.tag === b.tag && a.digest === b.digest;
}
