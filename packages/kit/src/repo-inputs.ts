import { InputError } from './errors.js';

/** A git branch name as `git check-ref-format --branch` would accept it (`refs/heads/` stripped). */
export function branchInput(input: string, value: string): string {
  if (/^-|\.\.|[\s~^:?*[\\]|\.lock$|\/$|^\/|@\{|\/\./.test(value) || value === '') {
    throw new InputError(input, `'${value}' is not a valid branch name`);
  }
  return value.replace(/^refs\/heads\//, '');
}

/** Repository-relative, normalized, and unable to leave the repository. */
export function repoPathInput(input: string, value: string): string {
  const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '');
  if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized)) {
    throw new InputError(input, `'${value}' is absolute; give paths relative to the repository root`);
  }
  const parts = normalized.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..'))
    throw new InputError(input, `'${value}' leaves the repository ('..' is not allowed)`);
  if (parts.length === 0 || parts[0] === '.git')
    throw new InputError(input, `'${value}' is not a file in the repository`);
  return parts.join('/');
}

/** `owner/name` as GitHub spells repository names. */
export function fullNameInput(input: string, value: string): string {
  const name = value.replace(/\.git$/, '');
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(name)) {
    throw new InputError(input, `must be owner/name, got '${value}'`);
  }
  return name;
}
