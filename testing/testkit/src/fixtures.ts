import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The upstream fixtures (real Trivy reports, Argo CD's swagger, Rollout objects) live beside the
 * repository in `shared/fixtures`, not in it. GITOPS_FIXTURES overrides; otherwise the nearest
 * `../shared/fixtures` above this package, then the workplace's `/work/shared/fixtures`.
 */
export function fixturesDir(): string | null {
  const fromEnv = process.env['GITOPS_FIXTURES'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = resolve(dir, '../shared/fixtures');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  return existsSync('/work/shared/fixtures') ? '/work/shared/fixtures' : null;
}

/** A path under the fixtures folder; throws a message that says where it looked. */
export function fixturePath(...parts: string[]): string {
  const dir = fixturesDir();
  if (!dir)
    throw new Error('Could not find the shared fixtures: set GITOPS_FIXTURES to the shared/fixtures folder');
  return join(dir, ...parts);
}
