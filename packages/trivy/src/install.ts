import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, type Logger } from '@gitops-actions/kit';

/** The release this action installs unless told otherwise. Bump it together with TRIVY_SHA256. */
export const DEFAULT_TRIVY_VERSION = '0.58.1';

export const DEFAULT_TRIVY_URL =
  'https://github.com/aquasecurity/trivy/releases/download/v{version}/trivy_{version}_{os}-{arch}.tar.gz';

/**
 * SHA-256 of each release archive, keyed `<version>` then `<os>-<arch>` as in the asset name. Copy
 * the values from the release's `trivy_<version>_checksums.txt` after verifying its cosign
 * signature; a download whose digest differs is refused. A version missing here installs only with
 * an explicit `trivy-checksum`.
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

export function currentPlatform(platform = process.platform, arch = process.arch): Platform {
  const os = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : '';
  const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : '';
  if (!os || !cpu) {
    throw new ActionError(
      'install Trivy',
      `there is no Trivy release for ${platform}/${arch} that this action knows`,
      {
        hint: 'Install Trivy yourself and pass its path as trivy-path.',
      },
    );
  }
  return { os, arch: cpu };
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
  log: Logger;
}

export interface Installed {
  path: string;
  version: string;
  fromCache: boolean;
  sha256: string;
}

/**
 * Installs Trivy through the runner's tool cache: a cached copy of the exact version is reused, else
 * the release archive is downloaded, its SHA-256 checked against the expected one, and only then
 * extracted and cached. `@actions/tool-cache` is loaded here, not at start-up.
 */
export async function installTrivy(opts: InstallOptions): Promise<Installed> {
  const version = normalizeVersion(opts.version);
  const operation = `install Trivy ${opts.version}`;
  if (!version) {
    throw new ActionError(operation, `'${opts.version}' is not an exact release version`, {
      hint: 'Pin an exact version such as 0.58.1; tags like latest can be moved to a different build.',
    });
  }
  const platform = opts.platform ?? currentPlatform();
  const key = `${platform.os}-${platform.arch}`;
  const expected = (opts.checksum || (opts.table ?? TRIVY_SHA256)[version]?.[key] || '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new ActionError(
      operation,
      opts.checksum
        ? `trivy-checksum '${opts.checksum}' is not a SHA-256 (64 hex digits)`
        : `this action has no SHA-256 for trivy_${version}_${key}.tar.gz`,
      {
        hint: `Set trivy-checksum to the value from trivy_${version}_checksums.txt of the release, or use a version this action pins.`,
      },
    );
  }
  const tc = await import('@actions/tool-cache');
  const cacheArch = platform.arch.toLowerCase();
  const cached = tc.find('trivy', version, cacheArch);
  if (cached) {
    const binary = path.join(cached, 'trivy');
    if (await isFile(binary)) {
      opts.log.info(`Using Trivy ${version} from the tool cache (${cached})`);
      return { path: binary, version, fromCache: true, sha256: expected };
    }
  }
  const url = releaseUrl(opts.urlTemplate || DEFAULT_TRIVY_URL, version, platform);
  opts.log.info(`Downloading Trivy ${version} from ${url}`);
  let archive: string;
  try {
    archive = await tc.downloadTool(url);
  } catch (error) {
    throw new ActionError(operation, `the download of ${url} failed: ${(error as Error).message}`, {
      hint: 'Check trivy-url (a mirror must serve the release archive under the same name) and network access.',
      retryable: true,
      cause: error,
    });
  }
  const actual = await sha256File(archive);
  if (actual !== expected) {
    await rm(archive, { force: true });
    throw new ActionError(
      operation,
      `the checksum of ${url} does not match: expected ${expected}, got ${actual}`,
      {
        hint: 'The archive was refused and not installed. It is not the release it claims to be: check the mirror in trivy-url.',
      },
    );
  }
  const extracted = await tc.extractTar(archive);
  await rm(archive, { force: true });
  if (!(await isFile(path.join(extracted, 'trivy')))) {
    throw new ActionError(operation, `the archive from ${url} has no trivy executable at its top level`);
  }
  const dir = await tc.cacheDir(extracted, 'trivy', version, cacheArch);
  const binary = path.join(dir, 'trivy');
  await chmod(binary, 0o755);
  opts.log.info(`Installed Trivy ${version} (sha256 ${actual}) in ${dir}`);
  return { path: binary, version, fromCache: false, sha256: actual };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}
