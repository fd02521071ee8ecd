// The registry's word on what is promoted, before anything is written: the tag must exist there,
// and a pinned digest must be what the tag points at (or one of its platforms' manifests).
import {
  ActionError,
  InputError,
  retry,
  shown,
  systemClock,
  type Clock,
  type Logger,
} from '@gitops-actions/kit';
import {
  RegistryClient,
  RegistryError,
  parseImageName,
  readStoredCredentials,
  type RegistryCredentials,
} from '@gitops-actions/registry';
import { PROMOTION_INPUTS, type PromotionRequest } from './request.js';

export interface VerifyPorts {
  env: NodeJS.ProcessEnv;
  log: Logger;
  clock?: Clock;
  random?: () => number;
  /** The registry client for a host; a RegistryClient with the stored login when absent. */
  registry?: (
    host: string,
    credentials: RegistryCredentials | null,
  ) => Pick<RegistryClient, 'digest' | 'manifest'>;
}

/**
 * Refuses the promotion when the registry has no such tag, or serves another digest for it than
 * the one given, with an InputError naming the input that chose the value. With `verifyTag: auto`
 * it checks only when the docker config holds a login for the image's registry.
 */
export async function verifyImage(inputs: PromotionRequest, tag: string, ports: VerifyPorts): Promise<void> {
  const mode = inputs.verifyTag ?? 'false';
  if (mode === 'false') return;
  const names = { ...PROMOTION_INPUTS, ...inputs.inputNames };
  const image = parseImageName(inputs.image);
  if ('error' in image) {
    // inputs.ts refuses this for `true` before any request; `auto` has nothing to look up.
    if (mode === 'true')
      throw new InputError(names.image, `is needed to verify the tag in the registry: it ${image.error}`);
    ports.log.info(
      `Not checking the tag in the registry: the ${names.image} input names no image repository`,
    );
    return;
  }
  const credentials = readStoredCredentials(image.registry, ports.env);
  if (mode === 'auto' && !credentials) {
    ports.log.info(
      `Not checking ${tag || inputs.digest} in ${image.registry}: no login for it in the docker config (${names.verifyTag}: auto)`,
    );
    return;
  }
  const client =
    ports.registry?.(image.registry, credentials) ??
    new RegistryClient({ host: image.registry, credentials });
  const reference = tag || inputs.digest;
  const found = await lookUp(
    () => client.digest(image.repository, reference),
    image.name,
    names.verifyTag,
    ports,
  );
  const source = inputs.tag || !inputs.fromFile ? names.tag : names.fromFile;
  if (found === null) {
    throw new InputError(
      tag ? source : names.digest,
      `${shown(reference)} does not exist in ${image.name}: the registry ${image.registry} has no such ${tag ? 'tag' : 'manifest'}; nothing was written`,
    );
  }
  if (tag && inputs.digest && found !== inputs.digest) {
    const index = await lookUp(
      () => client.manifest(image.repository, tag),
      image.name,
      names.verifyTag,
      ports,
    );
    if (!index?.manifests.includes(inputs.digest)) {
      throw new InputError(
        names.digest,
        `${shown(inputs.digest)} is not ${image.name}:${tag}: the registry ${image.registry} serves ${found} for that tag; nothing was written`,
      );
    }
  }
  ports.log.info(`Checked in ${image.registry}: ${image.name}:${reference} is ${found}`);
}

/** One registry read, retried while the failure may pass; a final one says how to go on. */
async function lookUp<T>(
  fn: () => Promise<T>,
  name: string,
  verifyInput: string,
  ports: VerifyPorts,
): Promise<T> {
  try {
    return await retry(fn, {
      attempts: 3,
      baseMs: 500,
      maxMs: 4000,
      clock: ports.clock ?? systemClock,
      random: ports.random,
      retryable: (error) => error instanceof RegistryError && error.retryable,
    });
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    throw new ActionError(`verify ${name} in the registry`, error.message, {
      hint: `Log in to the registry before this step (oidc-login, or docker/login-action) so its login is in the docker config, or set ${verifyInput}: false to promote without checking.`,
    });
  }
}
