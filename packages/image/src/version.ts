import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exec } from '@gitops-actions/kit';

export interface DetectedVersion {
  version: string;
  source: string;
}

const SEMVERISH = /^v?(\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)$/;

/** package.json `version`, a `VERSION` file, Chart.yaml `appVersion`, the latest `v*` tag, else 0.0.0. */
export async function detectVersion(dirs: string[], exec: Exec): Promise<DetectedVersion> {
  for (const dir of [...new Set(dirs)]) {
    const found = fromPackageJson(dir) ?? fromVersionFile(dir) ?? fromChart(dir);
    if (found) return found;
  }
  // No git (or no repository) simply means no tag to read.
  const tag = await exec('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*'], {
    cwd: dirs[0],
  }).catch(() => ({
    code: 1,
    stdout: '',
    stderr: '',
  }));
  const match = SEMVERISH.exec(tag.stdout.trim());
  if (tag.code === 0 && match) return { version: match[1] ?? '', source: `git tag ${tag.stdout.trim()}` };
  return { version: '0.0.0', source: 'default (no package.json, VERSION, Chart.yaml or v* tag found)' };
}

function fromPackageJson(dir: string): DetectedVersion | null {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return null;
  const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
  return typeof version === 'string' && version ? { version, source: file } : null;
}

function fromVersionFile(dir: string): DetectedVersion | null {
  const file = join(dir, 'VERSION');
  if (!existsSync(file)) return null;
  const version = readFileSync(file, 'utf8')
    .trim()
    .replace(/^v(?=\d)/, '');
  return version ? { version, source: file } : null;
}

/** A top-level `appVersion:` line; Chart.yaml keeps it flat, so no YAML parser (and its start-up cost) is needed. */
function fromChart(dir: string): DetectedVersion | null {
  const file = join(dir, 'Chart.yaml');
  if (!existsSync(file)) return null;
  const m = /^appVersion:\s*["']?([^"'#\s]+)["']?\s*(?:#.*)?$/m.exec(readFileSync(file, 'utf8'));
  return m?.[1] ? { version: m[1], source: `${file} appVersion` } : null;
}
