import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, lstat, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ActionError,
  displayUrl,
  exec as systemExec,
  shown,
  type Clock,
  type Exec,
  type Logger,
} from '@gitops-actions/kit';
import { download } from './download.js';
import type { TrivyInputNames } from './names.js';

/** The release this action installs unless told otherwise. Bump it together with TRIVY_SHA256. */
export const DEFAULT_TRIVY_VERSION = '0.58.1';

export const TRIVY_URL_PLACEHOLDERS = ['{version}', '{os}', '{arch}', '{asset}'] as const;

/** What a mirror URL template may hold (for kit's urlTemplateInput), naming the caller's path input. */
export function trivyUrlTemplate(names: Pick<TrivyInputNames, 'trivyPath'>) {
  return {
    placeholders: TRIVY_URL_PLACEHOLDERS,
    example: 'https://mirror.example/trivy/v{version}/{asset}',
    credentials: `the download sends none: use a mirror that needs none, or install Trivy yourself and set ${names.trivyPath}`,
  };
}

export const DEFAULT_TRIVY_URL =
  'https://github.com/aquasecurity/trivy/releases/download/v{version}/trivy_{version}_{os}-{arch}.tar.gz';

/**
 * SHA-256 of each release archive, keyed `<version>` then `<os>-<arch>` as in the asset name. Copy
 * the values from the release's `trivy_<version>_checksums.txt` after verifying its cosign
 * signature; a download whose digest differs is refused. A version missing here installs only with
 * an explicit expected checksum.
 */
export const TRIVY_SHA256: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Recorded from the v0.58.1 release assets (also pinned by cashapp/hermit-packages' trivy.hcl).
  '0.58.1': {
    'Linux-64bit': '21a5eea31d072b34a6284855249f4074ff43c618d398f9ec328bef4ff7c2fa0d',
    'Linux-ARM64': '29ec9c3af77a00234860f4a9c48e2dd7691e939924da5d76c259e46c614e2545',
    'macOS-64bit': '4f939f363d23eeb4d6181b2c38c518db38d94987565a8fa5ec9e037972e4b811',
    'macOS-ARM64': '499a64a911a1ac80fcc26d619cdc1bdb05528d8b1bd0490f01a8324aa6ec6e13',
  },
};

export interface Platform {
  /** Trivy's names: `Linux`, `macOS`; `64bit`, `ARM64`. */
  os: string;
  arch: string;
}

/** Trivy's names for this machine; undefined where Trivy publishes no release. */
export function currentPlatform(platform = process.platform, arch = process.arch): Platform | undefined {
  const os = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : '';
  const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : '';
  return os && cpu ? { os, arch: cpu } : undefined;
}

const EXACT_VERSION = /^v?\d+\.\d+\.\d+$/;

/** Only exact releases: a tag like `latest` or `v0.58` can be moved to a different build. */
export function normalizeVersion(version: string): string | undefined {
  return EXACT_VERSION.test(version) ? version.replace(/^v/, '') : undefined;
}

export function releaseUrl(template: string, version: string, platform: Platform): string {
  const asset = `trivy_${version}_${platform.os}-${platform.arch}.tar.gz`;
  return template
    .replace(/\{version\}/g, version)
    .replace(/\{os\}/g, platform.os)
    .replace(/\{arch\}/g, platform.arch)
    .replace(/\{asset\}/g, asset);
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface InstallOptions {
  version: string;
  urlTemplate?: string;
  /** Expected SHA-256 of the archive; required when the version is not in `table`. */
  checksum?: string;
  table?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  platform?: Platform;
  /** The caller's inputs that the hints of a failed install point at. */
  inputNames: Pick<TrivyInputNames, 'trivyPath' | 'trivyUrl' | 'trivyChecksum' | 'trivyVersion'>;
  log: Logger;
  /** RUNNER_TOOL_CACHE and RUNNER_TEMP are read from here; `process.env` when not given. */
  env?: Record<string, string | undefined>;
  /** The download's folder; RUNNER_TEMP, else a folder under the OS temp dir. */
  tempDir?: string;
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
  /** Runs `tar`. */
  exec?: Exec;
}

export interface Installed {
  path: string;
  version: string;
  fromCache: boolean;
  sha256: string;
}

/** What to fetch and what it must hash to, settled before anything is downloaded. */
interface Release {
  version: string;
  platform: Platform;
  expected: string;
  operation: string;
}

/** The tool cache's layout (`<root>/<tool>/<version>/<arch>` and a `.complete` marker), shared with setup actions. */
function cacheFolder(root: string, release: Release): string {
  return path.join(root, 'trivy', release.version, release.platform.arch.toLowerCase());
}

/**
 * Installs Trivy into the runner's tool cache: a cached copy of the exact version is reused, else
 * the release archive is downloaded, its SHA-256 checked against the expected one, and only then
 * extracted and cached. Outside a runner the cache and the download folder are made under the OS
 * temp dir, said once.
 */
export async function installTrivy(opts: InstallOptions): Promise<Installed> {
  const release = resolveRelease(opts);
  const { toolCache, temp } = await folders(opts);
  const dir = cacheFolder(toolCache, release);
  if ((await isFile(path.join(dir, 'trivy'))) && (await isFile(`${dir}.complete`))) {
    opts.log.info(`Using Trivy ${release.version} from the tool cache (${dir})`);
    return {
      path: path.join(dir, 'trivy'),
      version: release.version,
      fromCache: true,
      sha256: release.expected,
    };
  }
  await mkdir(temp, { recursive: true });
  const archive = path.join(temp, `trivy-${randomBytes(6).toString('hex')}.tar.gz`);
  try {
    const sha256 = await fetchVerified(release, archive, opts);
    await unpack(archive, dir, release, opts);
    opts.log.info(`Installed Trivy ${release.version} (sha256 ${sha256}) in ${dir}`);
    return { path: path.join(dir, 'trivy'), version: release.version, fromCache: false, sha256 };
  } finally {
    await rm(archive, { force: true });
  }
}

/**
 * RUNNER_TOOL_CACHE and RUNNER_TEMP, or folders of our own under the OS temp dir (the CLI, a laptop,
 * a shared build agent). Ours are per user and private: a binary found in the cache is run without
 * its archive's checksum, so nobody else may be able to put one there.
 */
async function folders(opts: InstallOptions): Promise<{ toolCache: string; temp: string }> {
  const env = opts.env ?? process.env;
  const givenCache = env['RUNNER_TOOL_CACHE'];
  const givenTemp = opts.tempDir || env['RUNNER_TEMP'];
  // os.tmpdir()'s own order, read from the given environment.
  const uid = process.getuid?.() ?? 0;
  const base = path.join(env['TMPDIR'] || env['TMP'] || env['TEMP'] || tmpdir(), `gitops-actions-${uid}`);
  if (!givenCache || !givenTemp) await privateFolder(base, uid);
  const toolCache = givenCache || path.join(base, 'tool-cache');
  const temp = path.join(givenTemp || path.join(base, 'temp'), 'trivy-download');
  if (!givenCache || !givenTemp) {
    const missing = [givenCache ? '' : 'RUNNER_TOOL_CACHE', givenTemp ? '' : 'RUNNER_TEMP'].filter(Boolean);
    opts.log.info(
      `${missing.join(' and ')} not set (not on a GitHub runner): Trivy is cached in ${toolCache}, downloads go to ${temp}`,
    );
  }
  return { toolCache, temp };
}

async function privateFolder(folder: string, uid: number): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const info = await lstat(folder);
  if (!info.isDirectory() || info.uid !== uid || (info.mode & 0o077) !== 0) {
    throw new ActionError('install Trivy', `${folder} is not a folder private to this user`, {
      hint: 'Something else made it, or others may write to it: remove it, or set RUNNER_TOOL_CACHE and RUNNER_TEMP.',
    });
  }
}

function resolveRelease(opts: InstallOptions): Release {
  const names = opts.inputNames;
  const version = normalizeVersion(opts.version);
  const operation = `install Trivy ${opts.version}`;
  if (!version) {
    throw new ActionError(operation, `${shown(opts.version)} is not an exact release version`, {
      hint: `Pin an exact version such as 0.58.1 in ${names.trivyVersion ?? 'the version'}; tags like latest can be moved to a different build.`,
    });
  }
  const platform = opts.platform ?? currentPlatform();
  if (!platform) {
    throw new ActionError(
      'install Trivy',
      `there is no Trivy release for ${process.platform}/${process.arch} that this action knows`,
      { hint: `Install Trivy yourself and pass its path as ${names.trivyPath}.` },
    );
  }
  const key = `${platform.os}-${platform.arch}`;
  const expected = (opts.checksum || (opts.table ?? TRIVY_SHA256)[version]?.[key] || '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new ActionError(
      operation,
      opts.checksum
        ? `${names.trivyChecksum} ${shown(opts.checksum)} is not a SHA-256 (64 hex digits)`
        : `this action has no SHA-256 for trivy_${version}_${key}.tar.gz`,
      {
        hint: `Set ${names.trivyChecksum} to the value from trivy_${version}_checksums.txt of the release, or use a version this action pins.`,
      },
    );
  }
  return { version, platform, expected, operation };
}

/** Downloads the archive and returns its SHA-256; an archive that does not hash as expected is refused. */
async function fetchVerified(release: Release, archive: string, opts: InstallOptions): Promise<string> {
  const names = opts.inputNames;
  const url = releaseUrl(opts.urlTemplate || DEFAULT_TRIVY_URL, release.version, release.platform);
  // The host comes from the URL template when one is given, else from the default URL and the version.
  const input = opts.urlTemplate
    ? names.trivyUrl
    : `the default URL and ${names.trivyVersion ?? 'the version'}`;
  opts.log.info(`Downloading Trivy ${release.version} from ${displayUrl(url)}`);
  await download({
    url,
    file: archive,
    input,
    operation: release.operation,
    hint: opts.urlTemplate
      ? `Check ${names.trivyUrl}: the mirror must serve the release archive under that name. Or install Trivy yourself and set ${names.trivyPath}.`
      : `Check that release ${release.version} exists and that the runner can reach github.com; or set ${names.trivyUrl} to a mirror, or ${names.trivyPath} to a Trivy you installed.`,
    log: opts.log,
    clock: opts.clock,
    random: opts.random,
    fetch: opts.fetch,
  });
  const actual = await sha256File(archive);
  if (actual !== release.expected) {
    throw new ActionError(
      release.operation,
      `the checksum of ${displayUrl(url)} does not match: expected ${release.expected}, got ${actual}`,
      {
        hint: `The archive was refused and not installed. It is not the release it claims to be: check the mirror in ${names.trivyUrl}.`,
      },
    );
  }
  return actual;
}

/** Extracts into a fresh folder beside the cache entry, then moves it in whole: no half-installed Trivy. */
async function unpack(archive: string, dir: string, release: Release, opts: InstallOptions): Promise<void> {
  const stage = `${dir}.${randomBytes(4).toString('hex')}.partial`;
  await mkdir(stage, { recursive: true });
  try {
    const tar = await (opts.exec ?? systemExec)('tar', ['-xzf', archive, '-C', stage]).catch(
      (error: Error) => ({ code: -1, stdout: '', stderr: error.message }),
    );
    if (tar.code !== 0) {
      const last = tar.stderr.trim().split('\n').pop() ?? '';
      throw new ActionError(
        release.operation,
        `the verified archive could not be unpacked: tar said ${shown(last)}`,
        {
          hint: 'tar (with gzip) must be installed on the runner.',
        },
      );
    }
    if (!(await isFile(path.join(stage, 'trivy')))) {
      throw new ActionError(release.operation, 'the archive has no trivy executable at its top level');
    }
    await chmod(path.join(stage, 'trivy'), 0o755);
    await rm(dir, { recursive: true, force: true });
    await rename(stage, dir);
    await writeFile(`${dir}.complete`, '');
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}
