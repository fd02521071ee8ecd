import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { childEnv, run, type ProcResult } from './proc.js';

export interface SeedBumpOptions {
  url: string;
  token: string;
  branch: string;
  file: string;
  image: string;
  tag: string;
  /** Parent folder for the clone; the clone is removed afterwards (not timed). */
  workDir: string;
  /** Extra environment for the shell and its git processes (e.g. GIT_TRACE2_EVENT). */
  env?: Record<string, string>;
}

/**
 * The bump as the seed pipelines do it today: a full clone, `sed -i` on the newTag line, commit,
 * push. Values reach the script through the environment, never interpolated into it; the token
 * rides in an http.extraheader, as actions/checkout sets it.
 */
const SCRIPT = `set -euo pipefail
git clone --quiet --branch "$BRANCH" -- "$REPO_URL" repo
cd repo
sed -i "s|^\\([[:space:]]*newTag:\\).*|\\1 $TAG|" "$FILE"
git commit --quiet -am "chore(deploy): bump $IMAGE to $TAG"
git push --quiet origin "HEAD:refs/heads/$BRANCH"
`;

export function extraHeaderEnv(url: string, token: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${new URL(url).origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/** Runs one seed-style bump; `ms` is the lifetime of the shell step (clone to push). */
export async function seedBump(opts: SeedBumpOptions): Promise<ProcResult> {
  const cwd = await mkdtemp(join(opts.workDir, 'seed-'));
  try {
    const env = childEnv({
      ...extraHeaderEnv(opts.url, opts.token),
      REPO_URL: opts.url,
      BRANCH: opts.branch,
      FILE: opts.file,
      IMAGE: opts.image,
      TAG: opts.tag,
      GIT_AUTHOR_NAME: 'github-actions[bot]',
      GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
      GIT_COMMITTER_NAME: 'github-actions[bot]',
      GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
      ...opts.env,
    });
    const result = await run('bash', ['-c', SCRIPT], { cwd, env, timeoutMs: 120_000 });
    if (result.code !== 0) {
      throw new Error(`Seed-pipeline bump failed (exit ${String(result.code)}): ${result.stderr.trim()}`);
    }
    return result;
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}
