import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, type Logger } from '@gitops-actions/kit';
import type { TrivyInputNames } from './names.js';

/** The release this action installs unless told otherwise. Bump it together with TRIVY_SHA256. */
export const DEFAULT_TRIVY_VERSION = '0.58.1';

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
  inputNames: Pick<TrivyInputNames, 'trivyPath' | 'trivyUrl' | 'trivyChecksum'>;
  log: Logger;
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

/**
 * Installs Trivy through the runner's tool cache: a cached copy of the exact version is reused, else
 * the release archive is downloaded, its SHA-256 checked against the expected one, and only then
 * extracted and cached. `@actions/tool-cache` is loaded here, not at start-up.
 */
export async function installTrivy(opts: InstallOptions): Promise<Installed> {
  const release = resolveRelease(opts);
  const tc = await import('@actions/tool-cache');
  const cached = tc.find('trivy', release.version, release.platform.arch.toLowerCase());
  if (cached && (await isFile(path.join(cached, 'trivy')))) {
    opts.log.info(`Using Trivy ${release.version} from the tool cache (${cached})`);
    return {
      path: path.join(cached, 'trivy'),
      version: release.version,
      fromCache: true,
      sha256: release.expected,
    };
  }
  return download(tc, release, opts);
}

function resolveRelease(opts: InstallOptions): Release {
  const names = opts.inputNames;
  const version = normalizeVersion(opts.version);
  const operation = `install Trivy ${opts.version}`;
  if (!version) {
    throw new ActionError(operation, `'${opts.version}' is not an exact release version`, {
      hint: 'Pin an exact version such as 0.58.1; tags like latest can be moved to a different build.',
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
        ? `${names.trivyChecksum} '${opts.checksum}' is not a SHA-256 (64 hex digits)`
        : `this action has no SHA-256 for trivy_${version}_${key}.tar.gz`,
      {
        hint: `Set ${names.trivyChecksum} to the value from trivy_${version}_checksums.txt of the release, or use a version this action pins.`,
      },
    );
  }
  return { version, platform, expected, operation };
}

type ToolCache = typeof import('@actions/tool-cache');

/** Download, verify, then extract: an archive that does not hash as expected is never unpacked. */
async function download(tc: ToolCache, release: Release, opts: InstallOptions): Promise<Installed> {
  const { version, operation } = release;
  const url = releaseUrl(opts.urlTemplate || DEFAULT_TRIVY_URL, version, release.platform);
  opts.log.info(`Downloading Trivy ${version} from ${url}`);
  let archive: string;
  try {
    archive = await tc.downloadTool(url);
  } catch (error) {
    throw new ActionError(operation, `the download of ${url} failed: ${(error as Error).message}`, {
      hint: `Check ${opts.inputNames.trivyUrl} (a mirror must serve the release archive under the same name) and network access.`,
      retryable: true,
      cause: error,
    });
  }
  const actual = await sha256File(archive);
  if (actual !== release.expected) {
    await rm(archive, { force: true });
    throw new ActionError(
      operation,
      `the checksum of ${url} does not match: expected ${release.expected}, got ${actual}`,
      {
        hint: `The archive was refused and not installed. It is not the release it claims to be: check the mirror in ${opts.inputNames.trivyUrl}.`,
      },
    );
  }
  const extracted = await tc.extractTar(archive);
  await rm(archive, { force: true });
  if (!(await isFile(path.join(extracted, 'trivy')))) {
    throw new ActionError(operation, `the archive from ${url} has no trivy executable at its top level`);
  }
  const dir = await tc.cacheDir(extracted, 'trivy', version, release.platform.arch.toLowerCase());
  const binary = path.join(dir, 'trivy');
  await chmod(binary, 0o755);
  opts.log.info(`Installed Trivy ${version} (sha256 ${actual}) in ${dir}`);
  return { path: binary, version, fromCache: false, sha256: actual };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}
