import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, retry, type RetryOptions } from '@gitops-actions/kit';
import {
  RegistryClient,
  RegistryError,
  addLogins,
  readStoredCredentials,
  type RegistryCredentials,
} from '@gitops-actions/registry';
import { isMultiPlatform, type Builder } from './builders.js';
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
        `${name}:${tag} already exists with digest ${existing.digest}, a different image`,
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
      if (r.code !== 0)
        throw pushFailure(r.stderr || r.stdout, credentials, session.inputs.image.name, attempt);
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
