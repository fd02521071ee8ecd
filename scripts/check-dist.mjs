// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(path.join(tmpdir(), 'dist-'));

function files(dir, base = dir) {
  if (!statSync(dir, { throwIfNoEntry: false })) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p, base) : [path.relative(base, p)];
  });
}

try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), fresh], { stdio: 'inherit' });
  const committed = path.join(root, 'dist');
  const names = [...new Set([...files(fresh), ...files(committed)])].sort();
  const stale = names.filter((name) => {
    const a = path.join(fresh, name);
    const b = path.join(committed, name);
    const sa = statSync(a, { throwIfNoEntry: false });
    const sb = statSync(b, { throwIfNoEntry: false });
    return !sa || !sb || !readFileSync(a).equals(readFileSync(b));
  });
  if (stale.length > 0) {
    console.error(
      `dist/ is stale; run \`npm run build\` and commit dist/. Differs:\n  ${stale.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${names.length} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
