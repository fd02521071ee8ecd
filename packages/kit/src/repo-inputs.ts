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

/**
 * A GitOps repository given as `owner/name` (on `serverUrl`) or as a full git URL. `repository` is
 * the `owner/name` when the repository lives on `serverUrl` (for links and the API), else null.
 */
export function gitRepositoryInput(
  input: string,
  value: string,
  serverUrl: string,
): { url: string; repository: string | null } {
  if (/^(https?|file):\/\//i.test(value)) {
    const withoutGit = value.replace(/\.git$/, '');
    const onServer = withoutGit.startsWith(`${serverUrl}/`) ? withoutGit.slice(serverUrl.length + 1) : null;
    return { url: value, repository: onServer && /^[^/]+\/[^/]+$/.test(onServer) ? onServer : null };
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) {
    throw new InputError(input, `must be owner/name or a https://, http:// or file:// URL, got '${value}'`);
  }
  const repository = value.replace(/\.git$/, '');
  return { url: `${serverUrl}/${repository}.git`, repository };
}
