import { ActionError, shown, type Exec } from '@gitops-actions/kit';

export interface ChangesPorts {
  exec: Exec;
}

/** git's empty tree: the base of a repository's first commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const NO_COMMIT = /^0+$/;

/**
 * The paths a push changed, from `before` (the push's previous tip) to HEAD. A push may bring several
 * commits, so the diff spans them all; without a usable `before` (a new branch, a force push to an
 * unknown commit) it falls back to HEAD's own change. `-z` gives paths as committed: no quoting of
 * non-ASCII names; `--no-renames` lists both sides of a rename and needs trees only, never blobs.
 */
export async function changedFiles(
  cwd: string,
  before: string,
  ports: ChangesPorts,
  pathInput = 'path',
): Promise<{ base: string; files: string[] }> {
  const base = (await usableCommit(cwd, before, ports)) ?? (await parentOfHead(cwd, ports, pathInput));
  const diff = await ports.exec('git', ['diff', '--no-renames', '--name-only', '-z', base, 'HEAD', '--'], {
    cwd,
  });
  if (diff.code !== 0) throw gitFailure(`compare ${base} with HEAD`, diff.stderr);
  return { base, files: diff.stdout.split('\0').filter(Boolean) };
}

async function usableCommit(cwd: string, rev: string, ports: ChangesPorts): Promise<string | undefined> {
  if (rev === '' || NO_COMMIT.test(rev) || !/^[0-9a-f]{4,64}$/i.test(rev)) return undefined;
  const found = await ports.exec('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
  return found.code === 0 ? found.stdout.trim() : undefined;
}

/** HEAD's parent; the empty tree for a first commit; an error when a shallow checkout hides it. */
async function parentOfHead(cwd: string, ports: ChangesPorts, pathInput: string): Promise<string> {
  const head = await ports.exec('git', ['rev-parse', '--verify', 'HEAD'], { cwd });
  if (head.code !== 0) {
    const notRepo = /not a git repository/i.test(head.stderr);
    throw new ActionError(
      'read HEAD in the checkout',
      notRepo ? `${shown(cwd)} is not a git checkout` : 'the checkout has no commit',
      {
        hint: `Check out the repository (actions/checkout) before this step, and point \`${pathInput}\` at it.`,
      },
    );
  }
  const found = await ports.exec('git', ['rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}'], { cwd });
  if (found.code === 0) return found.stdout.trim();
  const shallow = await ports.exec('git', ['rev-parse', '--is-shallow-repository'], { cwd });
  if (shallow.stdout.trim() === 'true') {
    throw gitFailure(
      "find HEAD's parent",
      'the checkout is shallow',
      'Check out with fetch-depth: 0 (and filter: blob:none to skip file contents).',
    );
  }
  return EMPTY_TREE;
}

function gitFailure(what: string, stderr: string, hint?: string): ActionError {
  const cause = stderr.trim().split('\n').pop() || 'git failed';
  return new ActionError(`${what} in the checkout`, cause, hint ? { hint } : {});
}
