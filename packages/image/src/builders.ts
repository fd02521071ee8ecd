import { dirname } from 'node:path';
import { ActionError, type Exec, type ExecResult } from '@gitops-actions/kit';
import { ghaCacheFrom, ghaCacheTo, registryCacheFrom, registryCacheTo, type BuildCache } from './cache.js';
import type { BuilderChoice } from './request.js';

export interface BuildRequest {
  context: string;
  file: string;
  /** Full references (`registry/repo:tag`) the local image gets. */
  refs: string[];
  buildArgs: string[];
  labels: string[];
  platforms: string[];
  target: string;
  /** Seconds since the epoch for image and layer timestamps, so a rebuild of one commit is identical. */
  timestamp: number | undefined;
  /** The layer cache to read (and, with buildx, write); `gha` only reaches buildx. Undefined: no cache. */
  cache: BuildCache | undefined;
}

export interface PushRequest {
  ref: string;
  /** The local image is a manifest list (`platforms` named more than one). */
  list: boolean;
  /** For registries that speak plain HTTP (loopback registries, as docker allows). */
  insecure: boolean;
  /**
   * A private auth file (`<dir>/config.json`, docker's layout) for explicit username/password; else the
   * builder's own logins.
   */
  authFile: string | undefined;
}

export interface Builder {
  name: Exclude<BuilderChoice, 'auto'>;
  build(req: BuildRequest): Promise<void>;
  push(req: PushRequest): Promise<ExecResult>;
  /**
   * What the image is, comparable with the registry's copy: the image config digest (`sha256:…`), or for a
   * manifest list the platforms' config digests, sorted and comma-joined. Null when it is not there.
   */
  imageId(ref: string, list: boolean): Promise<string | null>;
  /** Writes a local image to a docker-archive tarball, which scanners read without a registry or daemon. */
  saveArchive(ref: string, file: string): Promise<void>;
}

/** Container engines keep their own error text on stderr; show the end of it, where the cause is. */
const tail = (text: string): string => text.trim().split('\n').slice(-8).join('\n');

/** More than one platform: the build is a manifest list (an image index), one image per platform. */
export const isMultiPlatform = (platforms: string[]): boolean => platforms.length > 1;

function common(req: BuildRequest): string[] {
  const args = ['-f', req.file];
  if (!isMultiPlatform(req.platforms)) for (const ref of req.refs) args.push('-t', ref);
  for (const a of req.buildArgs) args.push('--build-arg', a);
  for (const l of req.labels) args.push('--label', l);
  if (req.target) args.push('--target', req.target);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  return args;
}

type ContainersEngine = 'buildah' | 'podman';

/** buildah and podman share containers/image: the same flags, auth files and storage. */
function containersBuilder(name: ContainersEngine, exec: Exec): Builder {
  return {
    name,
    build: (req) => containersBuild(name, exec, req),
    push(req) {
      const args = req.list ? ['manifest', 'push', '--all'] : ['push'];
      if (req.insecure) args.push('--tls-verify=false');
      if (req.authFile) args.push('--authfile', req.authFile);
      args.push(req.ref, `docker://${req.ref}`);
      return exec(name, args);
    },
    async imageId(ref, isList) {
      // Only when asked: `manifest inspect` of a plain image goes on to ask the registry.
      const list = isList ? await manifestList(name, exec, ref) : null;
      if (list) {
        const ids = await Promise.all(
          list.map((digest) => singleImageId(name, exec, `${ref.replace(/:[^:/]+$/, '')}@${digest}`)),
        );
        return ids.every((id) => id !== null) ? [...new Set(ids)].sort().join(',') : null;
      }
      return singleImageId(name, exec, ref);
    },
    async saveArchive(ref, file) {
      const r = await exec(name, ['push', ref, `docker-archive:${file}:${ref}`]);
      if (r.code !== 0)
        throw new ActionError('export the image', `${name} exited ${r.code}:\n${tail(r.stderr || r.stdout)}`);
    },
  };
}

async function containersBuild(name: ContainersEngine, exec: Exec, req: BuildRequest): Promise<void> {
  const [first, ...others] = req.refs;
  const list = isMultiPlatform(req.platforms) && first !== undefined;
  // `--manifest` adds to an existing list of that name: a re-run on the same runner would otherwise
  // push the previous run's images too.
  if (list) await exec(name, ['manifest', 'rm', first]);
  const args = [...(name === 'buildah' ? ['bud'] : ['build']), ...common(req)];
  // The layer cache of buildah 1.28 and podman 4.3 does not tell platforms apart: with --layers the
  // second platform reuses the first's image and the list holds one platform (publish warns).
  if (list) args.push('--manifest', first, '--layers=false');
  if (req.timestamp !== undefined) args.push('--timestamp', String(req.timestamp));
  if (req.cache?.type === 'registry' && !list) args.push('--layers', '--cache-from', req.cache.image.name);
  args.push(req.context);
  const r = await exec(name, args);
  if (r.code !== 0)
    throw new ActionError('build the image', `${name} exited ${r.code}:\n${tail(r.stderr || r.stdout)}`);
  if (list && others.length > 0) {
    const t = await exec(name, ['tag', first, ...others]);
    if (t.code !== 0)
      throw new ActionError('tag the image', `${name} exited ${t.code}:\n${tail(t.stderr || t.stdout)}`);
  }
}

/** The instance digests of a local manifest list, or null when there is none. */
async function manifestList(name: ContainersEngine, exec: Exec, ref: string): Promise<string[] | null> {
  const r = await exec(name, ['manifest', 'inspect', ref]);
  if (r.code !== 0) return null;
  try {
    const list = JSON.parse(r.stdout) as { manifests?: Array<{ digest?: string }> };
    return Array.isArray(list.manifests) ? list.manifests.map((m) => String(m.digest)) : null;
  } catch {
    return null;
  }
}

async function singleImageId(name: ContainersEngine, exec: Exec, ref: string): Promise<string | null> {
  const r = await exec(
    name,
    name === 'buildah'
      ? ['inspect', '--type', 'image', '--format', '{{.FromImageID}}', ref]
      : ['image', 'inspect', '--format', '{{.Id}}', ref],
  );
  const id = r.stdout.trim();
  return r.code === 0 && /^[a-f0-9]{64}$/.test(id) ? `sha256:${id}` : null;
}

function cacheFlags(name: 'docker' | 'buildx', cache: BuildCache | undefined): string[] {
  if (cache?.type === 'gha')
    return name === 'buildx'
      ? ['--cache-from', ghaCacheFrom(cache.scope), '--cache-to', ghaCacheTo(cache.scope)]
      : [];
  if (cache?.type !== 'registry') return [];
  if (name === 'docker') return ['--cache-from', cache.image.name];
  return ['--cache-from', registryCacheFrom(cache.image), '--cache-to', registryCacheTo(cache.image)];
}

function dockerBuilder(name: 'docker' | 'buildx', exec: Exec): Builder {
  return {
    name,
    async build(req) {
      if (isMultiPlatform(req.platforms)) {
        throw new ActionError(
          'build the image',
          `${req.platforms.join(', ')} make a manifest list, which ${name} cannot keep locally between the build and the push (--load takes one platform)`,
          {
            hint: 'Use builder: buildah or podman for multi-platform images, or build one platform per job.',
          },
        );
      }
      const args =
        name === 'buildx' ? ['buildx', 'build', '--load', ...common(req)] : ['build', ...common(req)];
      args.push(...cacheFlags(name, req.cache));
      if (req.timestamp !== undefined) args.push('--build-arg', `SOURCE_DATE_EPOCH=${req.timestamp}`);
      args.push(req.context);
      // The classic builder for `docker`: it is what podman's Docker-compatible API (and a daemon without
      // the buildx plugin) can serve; BuildKit needs buildx.
      const r = await exec('docker', args, {
        env: { ...process.env, DOCKER_BUILDKIT: name === 'buildx' ? '1' : '0' },
      });
      if (r.code !== 0)
        throw new ActionError('build the image', `docker exited ${r.code}:\n${tail(r.stderr || r.stdout)}`);
    },
    push(req) {
      // docker reads logins only from DOCKER_CONFIG/config.json, so an explicit login is such a directory.
      const env = req.authFile ? { ...process.env, DOCKER_CONFIG: dirname(req.authFile) } : undefined;
      return exec('docker', ['push', req.ref], env ? { env } : undefined);
    },
    async imageId(ref) {
      const r = await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', ref]);
      const id = r.stdout.trim();
      return r.code === 0 && /^sha256:[a-f0-9]{64}$/.test(id) ? id : null;
    },
    async saveArchive(ref, file) {
      const r = await exec('docker', ['save', '--output', file, ref]);
      if (r.code !== 0)
        throw new ActionError('export the image', `docker exited ${r.code}:\n${tail(r.stderr || r.stdout)}`);
    },
  };
}

/** How to tell whether each builder works here: a working daemon for docker, the binary for the others. */
const PROBES: Record<Exclude<BuilderChoice, 'auto'>, [string, string[]]> = {
  buildx: ['docker', ['buildx', 'inspect', '--bootstrap']],
  docker: ['docker', ['info', '--format', '{{.ServerVersion}}']],
  podman: ['podman', ['version', '--format', '{{.Client.Version}}']],
  buildah: ['buildah', ['version']],
};

const ORDER: Array<Exclude<BuilderChoice, 'auto'>> = ['buildx', 'docker', 'podman', 'buildah'];

async function probe(name: Exclude<BuilderChoice, 'auto'>, exec: Exec): Promise<string | null> {
  const [command, args] = PROBES[name];
  try {
    const r = await exec(command, args);
    return r.code === 0
      ? null
      : `\`${command} ${args.join(' ')}\` exited ${r.code}: ${tail(r.stderr).split('\n')[0] ?? ''}`;
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? `${command} is not installed` : String(error);
  }
}

/** The requested builder, or with `auto` the first that works: buildx, docker, podman, buildah. */
export async function selectBuilder(choice: BuilderChoice, exec: Exec): Promise<Builder> {
  const candidates = choice === 'auto' ? ORDER : [choice];
  const tried: string[] = [];
  for (const name of candidates) {
    const reason = await probe(name, exec);
    if (reason === null)
      return name === 'buildx' || name === 'docker'
        ? dockerBuilder(name, exec)
        : containersBuilder(name, exec);
    tried.push(`${name}: ${reason}`);
  }
  throw new ActionError(
    'find an image builder',
    `none works here. Tried:\n${tried.map((t) => `  - ${t}`).join('\n')}`,
    {
      hint: 'Install docker (with a running daemon), podman or buildah on the runner, or pick one with the builder input.',
    },
  );
}
