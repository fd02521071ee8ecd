import { lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, InputError, shown } from '@gitops-actions/kit';
import {
  applyEdit,
  KeyPathError,
  ManifestError,
  requestForFile,
  type Change,
  type EditRequest,
} from '@gitops-actions/manifest';
import type { Git } from '@gitops-actions/git';
import type { BumpInputNames, BumpRequest } from './request.js';

/** What to set in a file: the image fields of a bump request, or of a promotion with its tag. */
export type EditSpec = Pick<BumpRequest, 'format' | 'image' | 'tag' | 'digest' | 'key' | 'digestKey'> & {
  createMissing?: boolean;
  inputNames?: Pick<BumpInputNames, 'createMissing' | 'key' | 'digestKey'>;
};

export interface FileEdit {
  file: string;
  changes: Change[];
  previousTag: string | null;
}

/** One file's semantic edit in memory: what both transports (work tree and API) commit. */
export interface EditedText {
  edit: FileEdit;
  before: string;
  after: string;
  changed: boolean;
}

/** Applies the semantic edit to every file in the work tree as it is now; writes only files that change. */
export async function editFiles(git: Git, inputs: BumpRequest): Promise<FileEdit[]> {
  const edits: FileEdit[] = [];
  for (const file of inputs.files) {
    const text = await readInside(git, file, inputs.branch, inputs.inputNames?.files ?? 'files');
    const result = editText(inputs, file, text);
    if (result.changed) await writeFile(path.join(git.dir, file), result.after);
    edits.push(result.edit);
  }
  return edits;
}

/**
 * The pure part: the edit of one file's text, only the bytes of the target scalars changing.
 * Manifest errors become `Could not <operation>`, editing the file unless the caller says otherwise.
 */
export function editText(spec: EditSpec, file: string, text: string, operation = `edit ${file}`): EditedText {
  let result;
  try {
    result = applyEdit(text, editRequest(spec, file));
  } catch (error) {
    if (error instanceof KeyPathError) throw keyInputError(spec, error);
    if (error instanceof ManifestError) throw new ActionError(operation, error.message);
    throw error;
  }
  return {
    edit: { file, changes: result.changes, previousTag: result.previousTag },
    before: text,
    after: result.text,
    changed: result.changed,
  };
}

/** The replaced tag (first file that had one) and the files whose bytes change. */
export function summarizeEdits(edits: readonly FileEdit[]): { previousTag: string; changedFiles: string[] } {
  return {
    previousTag: edits.find((e) => e.previousTag !== null)?.previousTag ?? '',
    changedFiles: edits.filter((e) => e.changes.length > 0).map((e) => e.file),
  };
}

/** A key path that can never be used is the key input's fault, whatever the file holds. */
function keyInputError(spec: EditSpec, error: KeyPathError): InputError {
  const isDigest = error.key !== spec.key && error.key === spec.digestKey;
  const input = isDigest ? (spec.inputNames?.digestKey ?? 'digest-key') : (spec.inputNames?.key ?? 'key');
  return new InputError(input, `${shown(error.key)} is not a usable key path: ${error.why}`);
}

function editRequest(spec: EditSpec, file: string): EditRequest {
  return requestForFile(file, {
    format: spec.format,
    image: spec.image || undefined,
    tag: spec.tag || undefined,
    digest: spec.digest || undefined,
    key: spec.key,
    digestKey: spec.digestKey || undefined,
    createMissing: spec.createMissing,
    createMissingInput: spec.inputNames?.createMissing,
  });
}

/** The error for a target that is not on the branch, with the nearest folder's files as the hint. */
export function missingFile(file: string, branch: string, hint: string, filesInput: string): ActionError {
  return new ActionError(`read ${shown(file)}`, `no such file on branch ${branch} (${filesInput})`, {
    hint,
  });
}

/**
 * Lists the nearest existing folder above a missing file. `list` gives a folder's entry names, or
 * undefined when it cannot be listed (the API transport cannot list the root), which ends the walk.
 */
export async function nearbyFiles(
  file: string,
  list: (folder: string) => Promise<string[] | undefined>,
): Promise<string> {
  let folder = path.posix.dirname(file);
  for (;;) {
    const names = await list(folder);
    const where = folder === '.' ? 'the repository root' : folder;
    if (names === undefined) return `None of the folders of ${file} exist on the branch.`;
    if (names.length > 0) return `Files in ${where}: ${names.join(', ')}`;
    if (folder === '.') return 'The repository is empty.';
    folder = path.posix.dirname(folder);
  }
}

/** Reads a target file, refusing anything that is missing or resolves outside the work tree. */
async function readInside(git: Git, file: string, branch: string, filesInput: string): Promise<string> {
  const full = path.join(git.dir, file);
  const stat = await lstat(full).catch(() => null);
  if (!stat) {
    throw missingFile(file, branch, await nearbyFiles(file, (folder) => git.listFolder(folder)), filesInput);
  }
  const root = await realpath(git.dir);
  const real = await realpath(full).catch(() => null);
  if (!real || (real !== root && !real.startsWith(root + path.sep))) {
    throw new ActionError(`read ${file}`, 'it is a symlink that points outside the repository');
  }
  if (!(await lstat(real)).isFile()) throw new ActionError(`read ${file}`, 'it is not a regular file');
  return readFile(real, 'utf8');
}
