import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ActionError, shown, type Exec } from '@gitops-actions/kit';

export interface DetectedVersion {
  version: string;
  source: string;
}

const SEMVERISH = /^v?(\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)$/;

/**
 * What a version may hold: one line of the characters a tag takes, plus `+` (semver build metadata,
 * written `-` in tags). Anything else would be folded into the tag, or printed, as it came.
 */
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$/;

/** Why `value` is no version, or null when it is one. Never repeats the value: callers quote it with `shown`. */
export function versionProblem(value: string): string | null {
  if (VERSION.test(value)) return null;
  const lines = value.split(/\r\n|\r|\n/).length;
  if (lines > 1) return `holds ${lines} lines; a version is one line`;
  if ([...value].length > 128) return `is ${[...value].length} characters long; a version has at most 128`;
  return 'holds characters a tag cannot (a version is letters, digits and . _ - +, not starting with . - +)';
}

/** package.json `version`, a `VERSION` file, Chart.yaml `appVersion`, the latest `v*` tag, else 0.0.0. */
export async function detectVersion(
  dirs: string[],
  exec: Exec,
  versionInput = 'version',
): Promise<DetectedVersion> {
  for (const dir of [...new Set(dirs)]) {
    const found = fromPackageJson(dir) ?? fromVersionFile(dir) ?? fromChart(dir);
    if (found) return checked(found, versionInput);
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

/** A file's version is refused before it reaches a tag or the log, naming the file and the input that overrides it. */
function checked(found: DetectedVersion, versionInput: string): DetectedVersion {
  const problem = versionProblem(found.version);
  if (problem === null) return found;
  throw new ActionError(
    'read the version',
    `${found.source} holds ${shown(found.version)}, which ${problem}`,
    {
      hint: `Fix the file, or set the ${versionInput} input, which takes precedence over package.json, VERSION and Chart.yaml.`,
    },
  );
}

const readText = (file: string): string | null =>
  existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null;

function fromPackageJson(dir: string): DetectedVersion | null {
  const file = join(dir, 'package.json');
  const text = readText(file);
  if (text === null) return null;
  let version: unknown;
  try {
    version = (JSON.parse(text) as { version?: unknown } | null)?.version;
  } catch {
    throw new ActionError('read the version', `the package.json at ${file} is not valid JSON`, {
      hint: 'Fix the file, or set the version input, which takes precedence over it.',
    });
  }
  return typeof version === 'string' && version ? { version, source: `the package.json at ${file}` } : null;
}

function fromVersionFile(dir: string): DetectedVersion | null {
  const file = join(dir, 'VERSION');
  const text = readText(file);
  if (text === null) return null;
  const version = text.trim().replace(/^v(?=\d)/, '');
  return version ? { version, source: `the VERSION file at ${file}` } : null;
}

/** A top-level `appVersion:` line; Chart.yaml keeps it flat, so no YAML parser (and its start-up cost) is needed. */
function fromChart(dir: string): DetectedVersion | null {
  const file = join(dir, 'Chart.yaml');
  const text = readText(file);
  if (text === null) return null;
  const m = /^appVersion:[ \t]*["']?([^"'#\s]+)["']?[ \t]*(?:#.*)?$/m.exec(text);
  return m?.[1] ? { version: m[1], source: `the appVersion of the Chart.yaml at ${file}` } : null;
}
