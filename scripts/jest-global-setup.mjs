// Before any test: rebuild the bundles whose sources changed, so the tests of dist/ test the code as
// edited, and the build's minutes are not counted against the first test's timeout.
// FRESH_BUNDLES=0 skips it (a loop over one package's unit tests needs no bundle).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './bundles.mjs';

export default function freshBundles() {
  if (process.env.FRESH_BUNDLES === '0') return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'fresh-bundles.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
