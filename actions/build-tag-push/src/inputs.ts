import { InputError, shown, type InputReader } from '@gitops-actions/kit';
import {
  CACHES,
  MODES,
  readAttestationInputs,
  readBuildSecrets,
  readImageInputs,
  targetInput,
  type PublishRequest,
} from '@gitops-actions/image';

/** The action's inputs are exactly a publish request. */
export type Inputs = PublishRequest & { buildSecrets: NonNullable<PublishRequest['buildSecrets']> };

export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  const image = readImageInputs(raw, env);
  const mode = raw.enum('mode', MODES, 'build-push');
  return {
    ...image,
    buildSecrets: readBuildSecrets(raw, 'build-secrets'),
    labels: raw.keyValues('labels'),
    platforms: platformsInput(raw),
    target: targetInput(raw, 'target'),
    mode,
    cache: raw.enum('cache', CACHES, ''),
    retries: raw.integer('retries', { min: 0, max: 10, default: 3 }),
    ...readAttestationInputs(raw, { builder: image.builder, mode }),
  };
}

/** `os/arch[/variant]`, as the builders take them; anything else would only fail inside the build. */
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9.]+)?$/;

function platformsInput(raw: InputReader): string[] {
  const platforms = raw.list('platforms');
  const bad = platforms.find((p) => !PLATFORM.test(p));
  if (bad !== undefined)
    throw new InputError(
      'platforms',
      `has ${shown(bad)}, which is no platform such as linux/amd64 or linux/arm64/v8`,
    );
  return platforms;
}
