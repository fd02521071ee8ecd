import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ActionError, shown } from '@gitops-actions/kit';
import { withSecretFiles } from './build-secrets.js';
import { ghaCacheUnavailable, type BuildCache } from './cache.js';
import { isMultiPlatform, selectBuilder, type AttestedPush, type Builder } from './builders.js';
import { storedLoginHosts } from './ecr.js';
import { IMAGE_INPUTS } from './inputs.js';
import { attestationsFor, push, pushAttested } from './push.js';
import { checkRegistryTarget } from './targets.js';
import type { ImagePorts, PublishRequest, PublishResult } from './request.js';
import { gitContext, renderTag } from './tags.js';
import { detectVersion } from './version.js';

export async function publish(inputs: PublishRequest, ports: ImagePorts): Promise<PublishResult> {
  const { sha, branch } = gitContext(ports.env);
  const contextDir = resolve(ports.workspace, inputs.context);
  const detected = inputs.version
    ? { version: inputs.version, source: 'the version input' }
    : await detectVersion([contextDir, ports.workspace], ports.exec, IMAGE_INPUTS.version);
  const values = { version: detected.version, sha, branch, runNumber: ports.env['GITHUB_RUN_NUMBER'] ?? '0' };
  const tags = [
    ...new Set([
      renderTag(inputs.tagTemplate, values, IMAGE_INPUTS.tagTemplate),
      ...inputs.extraTags.map((t) => renderTag(t, values, IMAGE_INPUTS.extraTags)),
    ]),
  ];
  const refs = tags.map((t) => `${inputs.image.name}:${t}`);
  if (inputs.mode !== 'push' && !existsSync(resolve(contextDir, inputs.file))) {
    throw new ActionError('build the image', `${shown(inputs.file)} does not exist in ${shown(contextDir)}`, {
      hint: `Set \`${IMAGE_INPUTS.file}\` (relative to \`${IMAGE_INPUTS.context}\`) and \`${IMAGE_INPUTS.context}\` to where the Dockerfile is.`,
    });
  }
  if (inputs.mode !== 'build') {
    const logins = storedLoginHosts(ports.env);
    checkRegistryTarget(inputs.registry ?? 'auto', inputs.image, ports.env, logins, Boolean(inputs.username));
  }
  const builder = await selectBuilder(inputs.builder, ports.exec, {
    log: ports.log,
    inputName: IMAGE_INPUTS.builder,
  });
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
    attestations: attestationsFor(inputs, builder.name),
  };
  ports.log.info(
    `Version ${detected.version} (from ${detected.source}); tags ${tags.join(', ')}; builder ${builder.name}`,
  );
  const meta = { contextDir, sha, version: detected.version };
  if (result.attestations?.length)
    return pushAttested(inputs, builder, tags, result, ports, (to) =>
      build(inputs, builder, refs, meta, ports, to),
    );
  if (inputs.mode !== 'push') await build(inputs, builder, refs, meta, ports);
  if (inputs.mode === 'build') return result;
  return push(inputs, builder, tags, result, ports);
}

async function commitTime(dir: string, ports: ImagePorts): Promise<number | undefined> {
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
  ports: ImagePorts,
  attestedPush?: AttestedPush,
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
  const cache = buildCache(inputs, builder, ports);
  await withSecretFiles(inputs.buildSecrets ?? [], ports.tempDir, (secrets) =>
    builder.build({
      context: meta.contextDir,
      file: resolve(meta.contextDir, inputs.file),
      refs,
      buildArgs: inputs.buildArgs,
      labels,
      platforms: inputs.platforms,
      target: inputs.target,
      timestamp,
      cache,
      secrets,
      attestedPush,
    }),
  );
}

function buildCache(inputs: PublishRequest, builder: Builder, ports: ImagePorts): BuildCache | undefined {
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
