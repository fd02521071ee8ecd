// Rebuilds the named bundles (all when none are named) whose sources changed since dist/ was built,
// so tests of the shipped bundles test the code as edited; two at a time, as npm run build does.
// Safe to call from parallel test workers: one builds while the others wait for the lock.
// Usage: node scripts/fresh-bundles.mjs [name ...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { HASH_FILE, bundleEntries, root, sourceHash } from './bundles.mjs';

const STALE_LOCK_MS = 10 * 60_000;

function isFresh(bundle) {
  const file = path.join(root, 'dist', bundle.name, HASH_FILE);
  return existsSync(file) && readFileSync(file, 'utf8').trim() === sourceHash(bundle);
}

/** The PID holding a lock folder, or undefined when it is unreadable. */
function holder(lock) {
  const pid = Number(readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'r' }).trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withLock(name, fn) {
  const lock = path.join(root, 'dist', `.build-${name}.lock`);
  mkdirSync(path.dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let pid;
      try {
        pid = holder(lock);
      } catch {
        pid = undefined; // being written this instant, or left half-made by a killed build
      }
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      // A build killed mid-way leaves its lock behind: break it when its process is gone.
      if ((pid !== undefined && !alive(pid)) || age > STALE_LOCK_MS)
        rmSync(lock, { recursive: true, force: true });
      else {
        if (!told) console.error(`fresh-bundles: waiting for the build in process ${pid ?? '?'} (${lock})`);
        told = true;
        await sleep(250);
      }
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const wanted = new Set(process.argv.slice(2));
const bundles = bundleEntries().filter((b) => wanted.size === 0 || wanted.has(b.name));
const unknown = [...wanted].filter((n) => !bundles.some((b) => b.name === n));
if (unknown.length) {
  console.error(`fresh-bundles: no bundle named ${unknown.join(', ')}`);
  process.exit(2);
}
// One lock for the whole check: parallel callers wait, then find every bundle fresh.
await withLock('all', async () => {
  const stale = bundles.filter((b) => !isFresh(b)).map((b) => b.name);
  if (stale.length === 0) return;
  console.error(`fresh-bundles: rebuilding ${stale.join(', ')} (older than their sources)`);
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'dist', ...stale], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
});
