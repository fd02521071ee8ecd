import { lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError } from '@gitops-actions/kit';
import {
  applyEdit,
  detectFormat,
  ManifestError,
  type Change,
  type EditRequest,
} from '@gitops-actions/manifest';
import type { Git } from '@gitops-actions/git';
import type { BumpRequest } from './request.js';

export interface FileEdit {
  file: string;
  changes: Change[];
  previousTag: string | null;
}

/** Applies the semantic edit to every file in the work tree as it is now; writes only files that change. */
export async function editFiles(git: Git, inputs: BumpRequest): Promise<FileEdit[]> {
  const edits: FileEdit[] = [];
  for (const file of inputs.files) {
    const text = await readInside(git, file, inputs.branch);
    const request = editRequest(inputs, file);
    let result;
    try {
      result = applyEdit(text, request);
    } catch (error) {
      if (error instanceof ManifestError) throw new ActionError(`edit ${file}`, error.message);
      throw error;
    }
    if (result.changed) await writeFile(path.join(git.dir, file), result.text);
    edits.push({ file, changes: result.changes, previousTag: result.previousTag });
  }
  return edits;
}

function editRequest(inputs: BumpRequest, file: string): EditRequest {
  const format = inputs.format === 'auto' ? detectFormat(file) : inputs.format;
  if (format !== 'helm' && !inputs.image) {
    throw new ActionError(
      `edit ${file}`,
      `it is a ${format} file, so the image input is required to find the entry`,
    );
  }
  return {
    format,
    image: inputs.image || undefined,
    tag: inputs.tag || undefined,
    digest: inputs.digest || undefined,
    key: inputs.key,
    digestKey: inputs.digestKey || undefined,
    createMissing: inputs.createMissing,
  };
}

/** Reads a target file, refusing anything that is missing or resolves outside the work tree. */
async function readInside(git: Git, file: string, branch: string): Promise<string> {
  const full = path.join(git.dir, file);
  const stat = await lstat(full).catch(() => null);
  if (!stat) {
    throw new ActionError(`read ${file}`, `no such file on branch ${branch}`, {
      hint: await nearbyFiles(git, file),
    });
  }
  const root = await realpath(git.dir);
  const real = await realpath(full).catch(() => null);
  if (!real || (real !== root && !real.startsWith(root + path.sep))) {
    throw new ActionError(`read ${file}`, 'it is a symlink that points outside the repository');
  }
  if (!(await lstat(real)).isFile()) throw new ActionError(`read ${file}`, 'it is not a regular file');
  return readFile(real, 'utf8');
}

async function nearbyFiles(git: Git, file: string): Promise<string> {
  let folder = path.posix.dirname(file);
  for (;;) {
    const names = await git.listFolder(folder);
    const where = folder === '.' ? 'the repository root' : folder;
    if (names.length > 0) return `Files in ${where}: ${names.join(', ')}`;
    if (folder === '.') return 'The repository is empty.';
    folder = path.posix.dirname(folder);
  }
}
