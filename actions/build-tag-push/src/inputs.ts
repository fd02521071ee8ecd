import type { InputReader } from '@gitops-actions/kit';
import { CACHES, MODES, readBuildSecrets, readImageInputs, type PublishRequest } from '@gitops-actions/image';

/** The action's inputs are exactly a publish request. */
export type Inputs = PublishRequest & { buildSecrets: NonNullable<PublishRequest['buildSecrets']> };

export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  const image = readImageInputs(raw, env);
  return {
    ...image,
    buildSecrets: readBuildSecrets(raw, 'build-secrets'),
    labels: raw.keyValues('labels'),
    platforms: raw.list('platforms'),
    target: raw.string('target'),
    mode: raw.enum('mode', MODES, 'build-push'),
    cache: raw.enum('cache', CACHES, ''),
    retries: raw.integer('retries', { min: 0, max: 10, default: 3 }),
  };
}
