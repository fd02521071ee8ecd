import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, shown } from '@gitops-actions/kit';
import type { TrivyInputNames } from './names.js';
import { PolicyError, parseIgnoreFile, parsePolicy, type Exception } from './policy.js';

/** The ignore file both actions default to; it alone may be missing. */
export const DEFAULT_IGNORE_FILE = '.trivyignore.yaml';

export interface ExceptionSources {
  /** Trivy's ignore file, relative to the workspace. */
  ignoreFile: string;
  /** Policy YAML, inline or the path of a `.yaml` file; '' for none. */
  policy?: string;
}

/** Every accepted finding: the policy's entries, then the ignore file's. */
export async function loadExceptions(
  sources: ExceptionSources,
  workspace: string,
  names: Pick<TrivyInputNames, 'ignoreFile'> & { policy?: string },
): Promise<Exception[]> {
  const out: Exception[] = [];
  if (sources.policy) {
    const text = await policyText(sources.policy, workspace, names.policy ?? 'policy');
    out.push(...parsed('read the exceptions', () => parsePolicy(text, 'policy')));
  }
  const text = await ignoreFileText(sources.ignoreFile, workspace, names);
  out.push(...parsed('read the ignore file', () => parseIgnoreFile(text, sources.ignoreFile)));
  return out;
}

function parsed(operation: string, parse: () => Exception[]): Exception[] {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PolicyError) throw new ActionError(operation, error.message);
    throw error;
  }
}

async function ignoreFileText(
  file: string,
  workspace: string,
  names: Pick<TrivyInputNames, 'ignoreFile'>,
): Promise<string> {
  try {
    return await readFile(path.resolve(workspace, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The default file is optional; one named on purpose must exist.
    if (code === 'ENOENT' && file === DEFAULT_IGNORE_FILE) return '';
    throw new ActionError(
      'read the ignore file',
      `${shown(file)} (${names.ignoreFile}) ${fileProblem(error)}`,
      {
        hint: `Fix ${names.ignoreFile}, or leave it at its default ${DEFAULT_IGNORE_FILE}.`,
      },
    );
  }
}

/** A policy is YAML, or the path of a YAML file in the repository. */
async function policyText(value: string, workspace: string, input: string): Promise<string> {
  if (/\n/.test(value) || !/\.ya?ml$/i.test(value)) return value;
  try {
    return await readFile(path.resolve(workspace, value), 'utf8');
  } catch (error) {
    throw new ActionError('read the policy', `${shown(value)} (${input}) ${fileProblem(error)}`, {
      hint: `Set ${input} to the path of a YAML file in the repository, or to the exceptions themselves.`,
    });
  }
}

/** A file system error in words, instead of Node's `EACCES: permission denied, open '…'`. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const words: Record<string, string> = {
    ENOENT: 'does not exist',
    EACCES: 'cannot be read (permission denied)',
    EPERM: 'cannot be read (operation not permitted)',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'is not in a folder (a part of its path is a file)',
    ELOOP: 'is a loop of symbolic links',
    EMFILE: 'cannot be opened now (too many open files)',
  };
  return words[code] ?? `cannot be read (${code || shown((error as Error).message)})`;
}
