// Bundles every actions/<name>/src/index.ts, and the CLI, into <out>/<name>/ with ncc.
// Usage: node scripts/build.mjs [outDir] [name ...]   (default: dist, every action and the CLI)
import { rm, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ncc from '@vercel/ncc';
import { HASH_FILE, bundleEntries, root, sourceHash } from './bundles.mjs';

const outRoot = path.resolve(root, process.argv[2] ?? 'dist');
const only = new Set(process.argv.slice(3));

async function bundle(target) {
  const { name, entry } = target;
  const { code, assets } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  const dir = path.join(outRoot, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets)) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, asset.source);
  }
  await writeFile(path.join(dir, HASH_FILE), `${sourceHash(target)}\n`);
  console.log(`built ${path.relative(root, dir)}/ (${Object.keys(assets).length + 1} files)`);
}

// ncc type-checks the whole tree for every bundle and keeps each program alive until the process exits:
// eight bundles in one process peaked at 4.4 GB and ran CI out of heap. One process per bundle frees it,
// and two at a time uses both cores.
const selected = bundleEntries().filter((e) => only.size === 0 || only.has(e.name));
if (selected.length === 1) {
  await bundle(selected[0]);
} else {
  const run = promisify(execFile);
  const queue = [...selected];
  const worker = async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const { stdout } = await run(process.execPath, [fileURLToPath(import.meta.url), outRoot, e.name], {
        maxBuffer: 64 << 20,
      });
      process.stdout.write(stdout);
    }
  };
  await Promise.all([worker(), worker()]);
}
