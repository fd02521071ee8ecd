import { dirname } from 'node:path';
import {
  ActionError,
  shown,
  silentLogger,
  type Exec,
  type ExecResult,
  type Logger,
} from '@gitops-actions/kit';
import { ghaCacheFrom, ghaCacheTo, registryCacheFrom, registryCacheTo, type BuildCache } from './cache.js';
import { engineLines } from './engine-output.js';
import type { BuilderChoice } from './request.js';
import { IMAGE_INPUTS } from './inputs.js';

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
  /** Build secrets as files (mode 0600, removed after the build): only their paths reach argv. */
  secrets?: BuildSecretFile[];
  /**
   * buildx only: push from the build itself, with these attestations, instead of `--load` (the docker
   * image store drops attestations, so they cannot survive a load and a later push).
   */
  attestedPush?: AttestedPush;
}

/** How buildx pushes an image with attestations: to every `-t` reference, straight from the build. */
export interface AttestedPush {
  provenance: boolean;
  sbom: boolean;
  /** The registry speaks plain HTTP (a loopback registry). */
  insecure: boolean;
  /** A private docker config (`<dir>/config.json`) for explicit credentials; else the builder's logins. */
  authFile: string | undefined;
}

/**
 * buildx's flags for a push that carries attestations. Both flags are always given: buildx adds a
 * minimal provenance to every pushed image unless told `--provenance=false`.
 */
export function buildxAttestationArgs(push: AttestedPush): string[] {
  return [
    '--output',
    `type=image,push=true${push.insecure ? ',registry.insecure=true' : ''}`,
    push.provenance ? '--provenance=mode=max' : '--provenance=false',
    push.sbom ? '--sbom=true' : '--sbom=false',
  ];
}

/** One build secret as the builders take it: `--secret id=<id>,src=<file>`, read by `RUN --mount=type=secret`. */
export interface BuildSecretFile {
  id: string;
  file: string;
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

/** The last `n` lines of an engine's output, where the cause is. */
const lastLines = (text: string, n: number): string[] => engineLines(text).slice(-n);

/**
 * A failed engine command: its output goes to the log through kit's path for outside text (a line of it
 * can never run as a workflow command), and the error quotes only its last lines, escaped and cut.
 */
function engineFailure(operation: string, engine: string, r: ExecResult, log: Logger): ActionError {
  // The build's own steps (RUN output) are on stdout, the engine's error on stderr: the log gets both.
  const logged = lastLines([r.stdout, r.stderr].join('\n'), 40);
  if (logged.length > 0) log.info(`${engine} said (last ${logged.length} lines):\n${logged.join('\n')}`);
  const quoted = lastLines(r.stderr.trim() ? r.stderr : r.stdout, 3).map((l) => `\n  ${shown(l)}`);
  const { file, target, buildArgs } = IMAGE_INPUTS;
  const hint =
    operation === 'build the image'
      ? `See ${engine}'s output above; check the Dockerfile and \`${file}\`, \`${target}\`, \`${buildArgs}\`.`
      : undefined;
  return new ActionError(
    operation,
    `${engine} exited ${r.code}${quoted.length ? ':' : ''}${quoted.join('')}`,
    {
      hint,
    },
  );
}

/** More than one platform: the build is a manifest list (an image index), one image per platform. */
export const isMultiPlatform = (platforms: string[]): boolean => platforms.length > 1;

function common(req: BuildRequest): string[] {
  const args = ['-f', req.file];
  if (!isMultiPlatform(req.platforms)) for (const ref of req.refs) args.push('-t', ref);
  for (const a of req.buildArgs) args.push('--build-arg', a);
  for (const l of req.labels) args.push('--label', l);
  for (const { id, file } of req.secrets ?? []) args.push('--secret', `id=${id},src=${file}`);
  if (req.target) args.push('--target', req.target);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  return args;
}

type ContainersEngine = 'buildah' | 'podman';

/** buildah and podman share containers/image: the same flags, auth files and storage. */
function containersBuilder(name: ContainersEngine, exec: Exec, log: Logger): Builder {
  return {
    name,
    build: (req) => {
      refuseAttestations(name, req);
      return containersBuild(name, exec, req, log);
    },
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
      if (r.code !== 0) throw engineFailure('export the image', name, r, log);
    },
  };
}

async function containersBuild(
  name: ContainersEngine,
  exec: Exec,
  req: BuildRequest,
  log: Logger,
): Promise<void> {
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
  if (r.code !== 0) throw engineFailure('build the image', name, r, log);
  if (list && others.length > 0) {
    const t = await exec(name, ['tag', first, ...others]);
    if (t.code !== 0) throw engineFailure('tag the image', name, t, log);
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

/** Where buildx puts the image: the local store (`--load`), or the registry with attestations. */
function buildxOutput(req: BuildRequest): string[] {
  return req.attestedPush ? buildxAttestationArgs(req.attestedPush) : ['--load'];
}

/** Only buildx makes attestations; publish refuses them earlier, so this guards a direct caller. */
function refuseAttestations(name: string, req: BuildRequest): void {
  if (req.attestedPush && name !== 'buildx')
    throw new ActionError(
      'build the image',
      `${name} makes no attestations (provenance, sbom); only buildx does`,
    );
}

function dockerBuilder(name: 'docker' | 'buildx', exec: Exec, log: Logger): Builder {
  return {
    name,
    async build(req) {
      refuseAttestations(name, req);
      if (isMultiPlatform(req.platforms)) {
        throw new ActionError(
          'build the image',
          `${req.platforms.map((p) => shown(p)).join(', ')} make a manifest list, which ${name} cannot keep locally between the build and the push (--load takes one platform)`,
          {
            hint: 'Use builder: buildah or podman for multi-platform images, or build one platform per job.',
          },
        );
      }
      const args = name === 'buildx' ? ['buildx', 'build', ...buildxOutput(req)] : ['build'];
      args.push(...common(req), ...cacheFlags(name, req.cache));
      if (req.timestamp !== undefined) args.push('--build-arg', `SOURCE_DATE_EPOCH=${req.timestamp}`);
      args.push(req.context);
      // The classic builder for `docker`: it is what podman's Docker-compatible API (and a daemon without
      // the buildx plugin) can serve. Build secrets exist only in BuildKit, so they switch it on.
      const buildKit = name === 'buildx' || (req.secrets ?? []).length > 0;
      // A push from the build reads explicit credentials where docker reads logins: DOCKER_CONFIG.
      const authFile = req.attestedPush?.authFile;
      const r = await exec('docker', args, {
        env: {
          ...process.env,
          DOCKER_BUILDKIT: buildKit ? '1' : '0',
          ...(authFile ? { DOCKER_CONFIG: dirname(authFile) } : {}),
        },
      });
      if (r.code !== 0) throw engineFailure('build the image', 'docker', r, log);
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
      if (r.code !== 0) throw engineFailure('export the image', 'docker', r, log);
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

/** Why `name` cannot be used here, or null when it can. */
async function probe(name: Exclude<BuilderChoice, 'auto'>, exec: Exec): Promise<string | null> {
  const [command, args] = PROBES[name];
  try {
    const r = await exec(command, args);
    if (r.code === 0) return null;
    const [cause = ''] = lastLines(r.stderr || r.stdout, 1);
    return `\`${command} ${args.join(' ')}\` exited ${r.code}${cause ? `: ${shown(cause)}` : ''}`;
  } catch (error) {
    return spawnProblem(command, name, error);
  }
}

/** A command that could not be started, in words rather than `spawn buildah ENOENT`. */
function spawnProblem(command: string, builder: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const what = command === builder ? command : `${command} (which runs ${builder})`;
  if (code === 'ENOENT') return `${what} was not found on PATH`;
  if (code === 'EACCES') return `${what} is on PATH but may not be run (EACCES)`;
  return `${what} could not be started (${code || shown(String(error))})`;
}

export interface SelectBuilderOptions {
  /** Where an engine's output goes when it fails (kit's outside-text path). */
  log?: Logger;
  /** The caller's name of the input that chose the builder. */
  inputName?: string;
}

/** The requested builder, or with `auto` the first that works: buildx, docker, podman, buildah. */
export async function selectBuilder(
  choice: BuilderChoice,
  exec: Exec,
  opts: SelectBuilderOptions = {},
): Promise<Builder> {
  const input = opts.inputName ?? 'builder';
  const candidates = choice === 'auto' ? ORDER : [choice];
  const tried: Array<[string, string]> = [];
  for (const name of candidates) {
    const reason = await probe(name, exec);
    if (reason === null)
      return makeBuilder(
        name,
        guardedExec(exec, name, `input ${input}: ${shown(choice)}`),
        opts.log ?? silentLogger,
      );
    tried.push([name, reason]);
  }
  const [only] = tried;
  if (choice !== 'auto' && only) {
    throw new ActionError(
      'find an image builder',
      `${only[1]} (input ${input}: ${shown(choice)}); install it or choose another builder`,
      { hint: `${input}: auto takes the first of buildx, docker, podman and buildah that works here.` },
    );
  }
  throw new ActionError(
    'find an image builder',
    `none works here (input ${input}: 'auto'). Tried:\n${tried.map(([n, r]) => `  - ${n}: ${r}`).join('\n')}`,
    {
      hint: `Install docker (with a running daemon), podman or buildah on the runner, or name one in ${input}.`,
    },
  );
}

function makeBuilder(name: Exclude<BuilderChoice, 'auto'>, exec: Exec, log: Logger): Builder {
  return name === 'buildx' || name === 'docker'
    ? dockerBuilder(name, exec, log)
    : containersBuilder(name, exec, log);
}

/** The builder's commands, with a command that cannot be started (gone since the probe) reported in words. */
function guardedExec(exec: Exec, builder: string, chosenBy: string): Exec {
  return (command, args, opts) =>
    exec(command, args, opts).catch((error: unknown) => {
      throw new ActionError(
        'run the image builder',
        `${spawnProblem(command, builder, error)} (${chosenBy}); install it or choose another builder`,
      );
    });
}
