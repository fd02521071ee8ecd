import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ActionError, retry, type Clock, type Exec, type Logger } from '@gitops-actions/kit';
import {
  RegistryClient,
  RegistryError,
  readStoredCredentials,
  type RegistryCredentials,
} from '@gitops-actions/registry';
import { ghaCacheUnavailable, type BuildCache } from './cache.js';
import { isMultiPlatform, selectBuilder, type Builder } from './builders.js';
import { checkEcrTarget, storedLoginHosts } from './ecr.js';
import type { PublishRequest } from './request.js';
import { gitContext, renderTag } from './tags.js';
import { detectVersion } from './version.js';

export interface PublishPorts {
  exec: Exec;
  log: Logger;
  clock: Clock;
  random?: () => number;
  env: NodeJS.ProcessEnv;
  workspace: string;
  tempDir: string;
}

export interface PublishResult {
  tags: string[];
  version: string;
  versionSource: string;
  sha: string;
  builder: string;
  /** Empty in mode `build`: nothing was pushed, so there is no registry digest. */
  digest: string;
  pushed: string[];
  unchanged: string[];
  attempts: number;
}

export async function publish(inputs: PublishRequest, ports: PublishPorts): Promise<PublishResult> {
  const { sha, branch } = gitContext(ports.env);
  const contextDir = resolve(ports.workspace, inputs.context);
  const detected = inputs.version
    ? { version: inputs.version, source: 'the version input' }
    : await detectVersion([contextDir, ports.workspace], ports.exec);
  const values = { version: detected.version, sha, branch, runNumber: ports.env['GITHUB_RUN_NUMBER'] ?? '0' };
  const tags = [
    ...new Set([
      renderTag(inputs.tagTemplate, values, 'tag-template'),
      ...inputs.extraTags.map((t) => renderTag(t, values, 'extra-tags')),
    ]),
  ];
  const refs = tags.map((t) => `${inputs.image.name}:${t}`);
  if (inputs.mode !== 'push' && !existsSync(resolve(contextDir, inputs.file))) {
    throw new ActionError('build the image', `${inputs.file} does not exist in ${contextDir}`, {
      hint: 'Set file (relative to context) and context to where the Dockerfile is.',
    });
  }
  if (inputs.mode !== 'build')
    checkEcrTarget(inputs.image, ports.env, storedLoginHosts(ports.env), Boolean(inputs.username));
  const builder = await selectBuilder(inputs.builder, ports.exec);
  const result: PublishResult = {
    tags,
    version: detected.version,
    versionSource: detected.source,
    sha,
    builder: builder.name,
    digest: '',
    pushed: [],
    unchanged: [],
    attempts: 0,
  };
  ports.log.info(
    `Version ${detected.version} (from ${detected.source}); tags ${tags.join(', ')}; builder ${builder.name}`,
  );
  if (inputs.mode !== 'push')
    await build(inputs, builder, refs, { contextDir, sha, version: detected.version }, ports);
  if (inputs.mode === 'build') return result;
  return push(inputs, builder, tags, result, ports);
}

async function commitTime(dir: string, ports: PublishPorts): Promise<number | undefined> {
  const fromEnv = Number(ports.env['SOURCE_DATE_EPOCH']);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  const r = await ports
    .exec('git', ['log', '-1', '--format=%ct'], { cwd: dir })
    .catch(() => ({ code: 1, stdout: '' }));
  const t = Number(r.stdout.trim());
  return r.code === 0 && Number.isInteger(t) && t > 0 ? t : undefined;
}

async function build(
  inputs: PublishRequest,
  builder: Builder,
  refs: string[],
  meta: { contextDir: string; sha: string; version: string },
  ports: PublishPorts,
): Promise<void> {
  // The commit's time, not now: a rebuild of one commit then yields the same image and digest.
  const timestamp = await commitTime(meta.contextDir, ports);
  const created = new Date(timestamp !== undefined ? timestamp * 1000 : ports.clock.now()).toISOString();
  const server = ports.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const labels = [
    `org.opencontainers.image.source=${server}/${ports.env['GITHUB_REPOSITORY'] ?? ''}`,
    `org.opencontainers.image.revision=${meta.sha}`,
    `org.opencontainers.image.version=${meta.version}`,
    `org.opencontainers.image.created=${created}`,
    ...inputs.labels,
  ];
  await builder.build({
    context: meta.contextDir,
    file: resolve(meta.contextDir, inputs.file),
    refs,
    buildArgs: inputs.buildArgs,
    labels,
    platforms: inputs.platforms,
    target: inputs.target,
    timestamp,
    cache: buildCache(inputs, builder, ports),
  });
}

function buildCache(inputs: PublishRequest, builder: Builder, ports: PublishPorts): BuildCache | undefined {
  if (inputs.cache === 'registry' && isMultiPlatform(inputs.platforms)) {
    ports.log.warning(
      `cache: registry is off for this multi-platform build: the layer cache of ${builder.name} does not tell platforms apart, and would put one platform's image under every platform.`,
    );
    return undefined;
  }
  if (inputs.cache === 'registry') return { type: 'registry', image: inputs.image };
  if (inputs.cache !== 'gha') return undefined;
  // A cache only saves time, so a missing one is a warning; silently building without it was worse.
  const unavailable =
    builder.name === 'buildx'
      ? ghaCacheUnavailable(ports.env)
      : `GitHub's cache protocol is spoken by BuildKit (docker buildx) only, and the builder is ${builder.name}`;
  if (unavailable) {
    ports.log.warning(
      `cache: gha is off for this build: ${unavailable}. Use cache: registry to share layers with any builder, or run on a GitHub runner with docker buildx (docker/setup-buildx-action).`,
    );
    return undefined;
  }
  return { type: 'gha', scope: inputs.image.repository };
}

function credentialsFor(inputs: PublishRequest, env: NodeJS.ProcessEnv): RegistryCredentials | null {
  if (inputs.username) {
    return { username: inputs.username, password: inputs.password, source: 'the username/password inputs' };
  }
  return readStoredCredentials(inputs.image.registry, env);
}

const registryRetryable = (e: unknown): boolean => e instanceof RegistryError && e.retryable;

async function push(
  inputs: PublishRequest,
  builder: Builder,
  tags: string[],
  result: PublishResult,
  ports: PublishPorts,
): Promise<PublishResult> {
  const { registry, repository, name } = inputs.image;
  const credentials = credentialsFor(inputs, ports.env);
  const client = new RegistryClient({ host: registry, credentials });
  const retryOpts = {
    attempts: inputs.retries + 1,
    baseMs: 500,
    maxMs: 8000,
    clock: ports.clock,
    random: ports.random,
  };
  const list = isMultiPlatform(inputs.platforms);
  const localId = await builder.imageId(`${name}:${tags[0]}`, list);
  if (!localId) {
    throw new ActionError('push the image', `there is no local image ${name}:${tags[0]} (${builder.name})`, {
      hint: 'mode push pushes what an earlier step built with mode build and the same inputs.',
    });
  }
  const toPush: string[] = [];
  // Every tag is checked before anything is pushed, so an immutable conflict leaves the registry untouched.
  for (const tag of tags) {
    const existing = await retry(() => remoteIdentity(client, repository, tag), {
      ...retryOpts,
      retryable: registryRetryable,
    }).catch((e: unknown) => {
      throw asPushError(e, `read ${name}:${tag}`);
    });
    if (existing && existing.identity === localId) result.unchanged.push(tag);
    else if (existing && inputs.immutable) {
      throw new ActionError(
        'push the image',
        `${name}:${tag} already exists with digest ${existing.digest}, a different image`,
        {
          hint: 'Tags are immutable (immutable: true): build a new version, or set immutable: false to overwrite.',
        },
      );
    } else toPush.push(tag);
  }
  if (result.unchanged.length > 0)
    ports.log.info(`Already in the registry with the same image: ${result.unchanged.join(', ')}`);
  const authDir = inputs.username ? await mkdtemp(join(ports.tempDir, 'auth-')) : undefined;
  try {
    const authFile = authDir ? join(authDir, 'config.json') : undefined;
    if (authFile && credentials) {
      const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
      await writeFile(authFile, JSON.stringify({ auths: { [registry]: { auth } } }), { mode: 0o600 });
    }
    for (const tag of toPush) {
      await retry(
        async (attempt) => {
          result.attempts += 1;
          const r = await builder.push({
            ref: `${name}:${tag}`,
            list,
            insecure: client.protocol === 'http',
            authFile,
          });
          if (r.code !== 0) throw pushFailure(r.stderr || r.stdout, credentials, name, attempt);
        },
        {
          ...retryOpts,
          retryable: registryRetryable,
          onRetry: ({ attempt, delayMs, error }) =>
            ports.log.info(
              `Push of ${name}:${tag} failed on attempt ${attempt} (${(error as Error).message.split('\n')[0]}); retrying in ${delayMs} ms`,
            ),
        },
      ).catch((e: unknown) => {
        throw asPushError(e, `push ${name}:${tag}`);
      });
      result.pushed.push(tag);
    }
  } finally {
    if (authDir) await rm(authDir, { recursive: true, force: true });
  }
  const digest = await retry(() => client.digest(repository, tags[0] ?? ''), {
    ...retryOpts,
    retryable: registryRetryable,
  }).catch((e: unknown) => {
    throw asPushError(e, `read back the digest of ${name}:${tags[0]}`);
  });
  if (!digest)
    throw new ActionError('push the image', `the registry does not serve ${name}:${tags[0]} after the push`);
  return { ...result, digest };
}

/**
 * What a tag in the registry is, in the terms of Builder.imageId: its config digest, or for an index the
 * platforms' config digests, sorted (the registry's index digest differs from any local one).
 */
async function remoteIdentity(
  client: RegistryClient,
  repository: string,
  tag: string,
): Promise<{ digest: string; identity: string | undefined } | null> {
  const top = await client.manifest(repository, tag);
  if (!top) return null;
  if (top.manifests.length === 0) return { digest: top.digest, identity: top.configDigest };
  const children = await Promise.all(top.manifests.map((d) => client.manifest(repository, d)));
  const configs = children.map((c) => c?.configDigest);
  if (configs.some((c) => c === undefined)) return { digest: top.digest, identity: undefined };
  return { digest: top.digest, identity: [...new Set(configs)].sort().join(',') };
}

/** Classifies a failed push from the engine's message: 5xx and network trouble are worth a retry, 401 is not. */
function pushFailure(
  stderr: string,
  credentials: RegistryCredentials | null,
  name: string,
  attempt: number,
): RegistryError {
  const text = stderr.trim().split('\n').slice(-4).join('\n');
  if (/\b401\b|unauthorized|authentication required|denied/i.test(text)) {
    const who = credentials
      ? `${credentials.source} (user '${credentials.username}')`
      : 'no credentials (no login found for the registry)';
    return new RegistryError(`the registry refused ${name} with ${who}:\n${text}`, 401, false);
  }
  const retryable =
    /\b50[0-4]\b|\b429\b|connection (refused|reset)|EOF|timeout|temporar|unavailable|bad gateway/i.test(text);
  return new RegistryError(`attempt ${attempt}: ${text}`, undefined, retryable);
}

function asPushError(error: unknown, what: string): unknown {
  if (!(error instanceof RegistryError)) return error;
  return new ActionError(`${what}`, error.message, {
    hint:
      error.status === 401 || error.status === 403
        ? 'Log in first (oidc-login for ECR, or the username/password inputs), and check that the credentials may push to this repository.'
        : undefined,
  });
}
