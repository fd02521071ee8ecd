import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, retry, shown, type Logger, type RetryOptions } from '@gitops-actions/kit';
import {
  RegistryClient,
  RegistryError,
  addLogins,
  readStoredCredentials,
  type RegistryCredentials,
} from '@gitops-actions/registry';
import { isMultiPlatform, type AttestedPush, type Builder } from './builders.js';
import { ATTESTATION_INPUTS, IMAGE_INPUTS } from './inputs.js';
import { engineLines } from './engine-output.js';
import type { ImagePorts, PublishRequest, PublishResult } from './request.js';

/** What every step of one push shares. */
interface PushSession {
  inputs: PublishRequest;
  builder: Builder;
  client: RegistryClient;
  credentials: RegistryCredentials | null;
  /** The local image is a manifest list. */
  list: boolean;
  ports: ImagePorts;
}

/** Checks every tag against the registry, pushes those that are new, and reads back the first tag's digest. */
export async function push(
  inputs: PublishRequest,
  builder: Builder,
  tags: string[],
  result: PublishResult,
  ports: ImagePorts,
): Promise<PublishResult> {
  const credentials = credentialsFor(inputs, ports.env);
  const client = new RegistryClient({ host: inputs.image.registry, credentials, clock: ports.clock });
  const session = { inputs, builder, client, credentials, list: isMultiPlatform(inputs.platforms), ports };
  const toPush = await checkTags(session, tags, result);
  await pushTags(session, toPush, result);
  return { ...result, digest: await readDigest(session, tags[0] ?? '') };
}

/**
 * The attestations asked for (`provenance`, `sbom`), refused when the builder (auto's choice included)
 * is not buildx or the mode is not build-push: only a buildx build that pushes keeps them.
 */
export function attestationsFor(inputs: PublishRequest, builder: string): string[] {
  const asked = (['provenance', 'sbom'] as const).filter((a) => inputs[a] === true);
  const [first] = asked;
  if (!first) return [];
  const input = ATTESTATION_INPUTS[first];
  if (builder !== 'buildx')
    throw new ActionError(
      'build the image',
      `${input}: true needs buildx, and the builder here is ${builder}`,
      {
        hint: `Only buildx (docker buildx) makes attestations: install it (docker/setup-buildx-action) and set ${IMAGE_INPUTS.builder}: buildx, or set ${input}: false.`,
      },
    );
  if (inputs.mode !== 'build-push')
    throw new ActionError('build the image', `${input}: true needs mode: build-push, not ${inputs.mode}`);
  return asked;
}

/**
 * A push with attestations: buildx pushes every tag from the build itself (a loaded image loses its
 * attestations). Every tag is checked first, so a conflict leaves the registry untouched; an existing
 * tag is always another image, as provenance records when its build ran.
 */
export async function pushAttested(
  inputs: PublishRequest,
  builder: Builder,
  tags: string[],
  result: PublishResult,
  ports: ImagePorts,
  buildAndPush: (to: AttestedPush) => Promise<void>,
): Promise<PublishResult> {
  const credentials = credentialsFor(inputs, ports.env);
  const client = new RegistryClient({ host: inputs.image.registry, credentials, clock: ports.clock });
  const session = { inputs, builder, client, credentials, list: false, ports };
  for (const tag of tags) {
    const existing = await retry(
      () => client.digest(inputs.image.repository, tag),
      retryOptions(session),
    ).catch((e: unknown) => {
      throw asPushError(e, `read ${inputs.image.name}:${tag}`);
    });
    if (existing && inputs.immutable)
      throw new ActionError(
        'push the image',
        `${inputs.image.name}:${tag} already exists with digest ${existing}`,
        {
          hint: 'Tags are immutable (immutable: true), and a build with attestations is never the same image twice: build a new version, or set immutable: false to overwrite.',
        },
      );
  }
  const authDir = inputs.username ? await mkdtemp(join(ports.tempDir, 'auth-')) : undefined;
  try {
    const authFile = authDir ? join(authDir, 'config.json') : undefined;
    if (authFile && credentials) await addLogins(authFile, [{ host: inputs.image.registry, ...credentials }]);
    const attest = result.attestations ?? [];
    await buildAndPush({
      provenance: attest.includes('provenance'),
      sbom: attest.includes('sbom'),
      insecure: client.protocol === 'http',
      authFile,
    });
  } finally {
    if (authDir) await rm(authDir, { recursive: true, force: true });
  }
  const pushed = { ...result, pushed: [...tags], attempts: 1 };
  return { ...pushed, digest: await readDigest(session, tags[0] ?? '') };
}

function credentialsFor(inputs: PublishRequest, env: NodeJS.ProcessEnv): RegistryCredentials | null {
  if (inputs.username) {
    return { username: inputs.username, password: inputs.password, source: 'the username/password inputs' };
  }
  return readStoredCredentials(inputs.image.registry, env);
}

const registryRetryable = (e: unknown): boolean => e instanceof RegistryError && e.retryable;

function retryOptions({ inputs, ports }: PushSession): RetryOptions {
  return {
    attempts: inputs.retries + 1,
    baseMs: 500,
    maxMs: 8000,
    clock: ports.clock,
    random: ports.random,
    retryable: registryRetryable,
  };
}

/**
 * The tags still to push. Every tag is checked before anything is pushed, so an immutable conflict leaves
 * the registry untouched; a tag already holding this very image is recorded as unchanged.
 */
async function checkTags(session: PushSession, tags: string[], result: PublishResult): Promise<string[]> {
  const { inputs, builder, client } = session;
  const { repository, name } = inputs.image;
  const localId = await builder.imageId(`${name}:${tags[0]}`, session.list);
  if (!localId) {
    throw new ActionError('push the image', `there is no local image ${name}:${tags[0]} (${builder.name})`, {
      hint: 'mode push pushes what an earlier step built with mode build and the same inputs.',
    });
  }
  const toPush: string[] = [];
  for (const tag of tags) {
    const existing = await retry(() => remoteIdentity(client, repository, tag), retryOptions(session)).catch(
      (e: unknown) => {
        throw asPushError(e, `read ${name}:${tag}`);
      },
    );
    if (existing && existing.identity === localId) result.unchanged.push(tag);
    else if (existing && inputs.immutable) {
      throw new ActionError(
        'push the image',
        `${name}:${tag} already exists${existing.digest ? ` with digest ${existing.digest}` : ''}, a different image`,
        {
          hint: 'Tags are immutable (immutable: true): build a new version, or set immutable: false to overwrite.',
        },
      );
    } else toPush.push(tag);
  }
  if (result.unchanged.length > 0)
    session.ports.log.info(`Already in the registry with the same image: ${result.unchanged.join(', ')}`);
  return toPush;
}

/** Explicit credentials reach the engine through a private auth file that lives only for the push. */
async function pushTags(session: PushSession, toPush: string[], result: PublishResult): Promise<void> {
  const { inputs, credentials, ports } = session;
  const authDir = inputs.username ? await mkdtemp(join(ports.tempDir, 'auth-')) : undefined;
  try {
    const authFile = authDir ? join(authDir, 'config.json') : undefined;
    if (authFile && credentials) await addLogins(authFile, [{ host: inputs.image.registry, ...credentials }]);
    for (const tag of toPush) {
      await pushTag(session, tag, authFile, result);
      result.pushed.push(tag);
    }
  } finally {
    if (authDir) await rm(authDir, { recursive: true, force: true });
  }
}

async function pushTag(
  session: PushSession,
  tag: string,
  authFile: string | undefined,
  result: PublishResult,
): Promise<void> {
  const { builder, client, credentials, ports } = session;
  const ref = `${session.inputs.image.name}:${tag}`;
  await retry(
    async (attempt) => {
      result.attempts += 1;
      const r = await builder.push({
        ref,
        list: session.list,
        insecure: client.protocol === 'http',
        authFile,
      });
      if (r.code !== 0) {
        const output = r.stderr.trim() ? r.stderr : r.stdout;
        throw pushFailure(
          { output, credentials, ref, host: session.inputs.image.registry, attempt },
          ports.log,
        );
      }
    },
    {
      ...retryOptions(session),
      onRetry: ({ attempt, delayMs, error }) =>
        ports.log.info(
          `Push of ${ref} failed on attempt ${attempt} (${(error as Error).message.split('\n')[0]}); retrying in ${delayMs} ms`,
        ),
    },
  ).catch((e: unknown) => {
    throw asPushError(e, `push ${ref}`);
  });
}

/** The digest the registry serves for `tag` now, which is what a deploy pins. */
async function readDigest(session: PushSession, tag: string): Promise<string> {
  const { repository, name } = session.inputs.image;
  const digest = await retry(() => session.client.digest(repository, tag), retryOptions(session)).catch(
    (e: unknown) => {
      throw asPushError(e, `read back the digest of ${name}:${tag}`);
    },
  );
  if (!digest)
    throw new ActionError('push the image', `the registry does not serve ${name}:${tag} after the push`);
  return digest;
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

/** What a failed push said, and to whom. */
interface PushOutcome {
  output: string;
  credentials: RegistryCredentials | null;
  ref: string;
  host: string;
  attempt: number;
}

const AUTH_FAILURE = /\b401\b|\b403\b|unauthorized|authentication required|denied|forbidden/i;
const TRANSIENT_FAILURE =
  /\b50[0-4]\b|\b429\b|too many requests|connection (refused|reset)|\bEOF\b|timeout|timed out|temporar|unavailable|bad gateway|empty reply|broken pipe|no route to host|i\/o timeout/i;

/**
 * Classifies a failed push from the engine's output: 5xx and network trouble are worth a retry, a
 * refusal is not. The output is logged through kit's path for outside text; the error names the
 * registry host and quotes only the last line, escaped.
 */
function pushFailure(o: PushOutcome, log: Logger): RegistryError {
  const lines = engineLines(o.output);
  if (lines.length > 0) log.info(`The push of ${o.ref} said:\n${lines.slice(-20).join('\n')}`);
  const text = lines.slice(-4).join('\n');
  const last = lines.at(-1);
  const said = last ? `: ${shown(last)}` : '';
  if (AUTH_FAILURE.test(text)) {
    const who = o.credentials
      ? `${o.credentials.source} (user ${shown(o.credentials.username)})`
      : 'no credentials (no login found for the registry)';
    return new RegistryError(`the registry ${o.host} refused ${o.ref} with ${who}${said}`, 401, false);
  }
  const retryable = TRANSIENT_FAILURE.test(text);
  const kind = retryable ? 'a network or server failure' : 'a failure';
  return new RegistryError(
    `pushing to ${o.host} met ${kind} on attempt ${o.attempt}${said}`,
    undefined,
    retryable,
  );
}

function asPushError(error: unknown, what: string): unknown {
  if (!(error instanceof RegistryError)) return error;
  const refused = error.status === 401 || error.status === 403;
  return new ActionError(`${what}`, error.message, {
    hint: refused
      ? 'Log in first (oidc-login for ECR, or the username/password inputs), and check that the credentials may push to this repository.'
      : error.retryable
        ? 'The registry or the network failed on every attempt: check that the registry host is reachable from the runner and up, then re-run.'
        : 'Check the registry host at the start of `image` (without one, the image is on docker.io).',
  });
}
