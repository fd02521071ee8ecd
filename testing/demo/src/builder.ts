// Local image builds without a Docker engine: buildah with chroot isolation and vfs storage in a
// throw-away folder, and a busybox base image made from Debian's static busybox (nothing can be pulled).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { registryUnavailableReason } from '@gitops-actions/standin-registry';

/** Why images cannot be built and pushed here, or null when buildah, busybox and docker-registry are present. */
export function builderUnavailableReason(): string | null {
  const buildah = spawnSync('buildah', ['version'], { stdio: 'ignore' });
  if (buildah.error || buildah.status !== 0) return 'buildah is not installed (apt-get install -y buildah)';
  const busybox = spawnSync('busybox', ['true'], { stdio: 'ignore' });
  if (busybox.error) return 'busybox is not installed (apt-get install -y busybox-static)';
  return registryUnavailableReason();
}

/**
 * The environment every buildah call (and every build-tag-push step) needs so that images live in
 * `dir` only: vfs storage works without overlay support, chroot isolation without user namespaces.
 */
export function buildahStorageEnv(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/storage"\nrunroot = "${dir}/run"\n`);
  return { CONTAINERS_STORAGE_CONF: conf, BUILDAH_ISOLATION: 'chroot' };
}

function buildah(args: string[], env: Record<string, string>): string {
  const r = spawnSync('buildah', args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`buildah ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
  return r.stdout.trim();
}

/** Commits `localhost/busybox:latest` (busybox and its applet links) into the storage of `env`. */
export function createBusyboxBase(env: Record<string, string>, ref = 'localhost/busybox:latest'): string {
  const container = buildah(['from', 'scratch'], env);
  const busybox = spawnSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).stdout.trim();
  buildah(['copy', container, busybox, '/bin/busybox'], env);
  buildah(['run', '--isolation', 'chroot', container, '/bin/busybox', '--install', '-s', '/bin'], env);
  buildah(['config', '--cmd', '/bin/sh', container], env);
  buildah(['commit', '--quiet', '--rm', container, ref], env);
  return ref;
}
