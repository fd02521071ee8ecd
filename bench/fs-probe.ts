import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nowMs } from './stats.js';

/**
 * Microseconds per small-file creation in `dir`. A full clone's checkout writes thousands of
 * files, so on a slow disk this, not the network, dominates the seed pipeline's wall time.
 */
export async function fileCreateMicros(dir: string, files = 500): Promise<number> {
  const probe = join(dir, 'fs-probe');
  await mkdir(probe, { recursive: true });
  try {
    const start = nowMs();
    for (let i = 0; i < files; i++) await writeFile(join(probe, `f${i}.yaml`), 'newTag: 1.0.0\n');
    return ((nowMs() - start) * 1000) / files;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}
