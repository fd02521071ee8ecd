// What each bundle is built from: its entry, and the sources it can reach through the workspace
// packages its package.json declares (lint keeps those declarations true). The source hash stored in
// each dist/<name>/ lets the test set-up rebuild exactly the bundles whose sources changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HASH_FILE = 'sources.sha256';

/** Every action with an entry, then the CLI, which ships beside them to run the very same bundles. */
export function bundleEntries() {
  const actions = readdirSync(path.join(root, 'actions'))
    .filter((n) => existsSync(path.join(root, 'actions', n, 'src', 'index.ts')))
    .sort()
    .map((n) => ({
      name: n,
      dir: path.join(root, 'actions', n),
      entry: path.join(root, 'actions', n, 'src', 'index.ts'),
    }));
  const cli = path.join(root, 'packages', 'cli');
  return [...actions, { name: 'cli', dir: cli, entry: path.join(cli, 'src', 'bin.ts') }];
}

function workspacePackages() {
  const byName = new Map();
  for (const folder of ['packages', 'actions']) {
    for (const n of readdirSync(path.join(root, folder))) {
      const manifest = path.join(root, folder, n, 'package.json');
      if (existsSync(manifest))
        byName.set(JSON.parse(readFileSync(manifest, 'utf8')).name, path.join(root, folder, n));
    }
  }
  return byName;
}

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === '__tests__' ? [] : sourceFiles(p);
    return [p];
  });
}

/** The package folders a bundle reaches: its own and every workspace dependency, transitively. */
export function bundlePackages(dir, byName = workspacePackages()) {
  const seen = new Set();
  const visit = (d) => {
    if (seen.has(d)) return;
    seen.add(d);
    const { dependencies = {} } = JSON.parse(readFileSync(path.join(d, 'package.json'), 'utf8'));
    for (const name of Object.keys(dependencies)) if (byName.has(name)) visit(byName.get(name));
  };
  visit(dir);
  return [...seen].sort();
}

/** sha256 over the lockfile and every source file of the bundle's packages, by path and content. */
export function sourceHash(bundle) {
  const hash = createHash('sha256');
  // The build's own configuration changes a bundle as surely as its sources do.
  const files = [
    path.join(root, 'package-lock.json'),
    path.join(root, 'package.json'),
    path.join(root, 'tsconfig.json'),
    path.join(root, 'actions', 'tsconfig.json'),
    path.join(root, 'scripts', 'build.mjs'),
    ...bundlePackages(bundle.dir).flatMap((d) => [
      path.join(d, 'package.json'),
      ...sourceFiles(path.join(d, 'src')),
    ]),
  ];
  for (const file of files.sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
