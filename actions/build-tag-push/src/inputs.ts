import { InputError, type InputReader } from '@gitops-actions/kit';
import { CACHES, MODES, readImageInputs, type PublishRequest } from '@gitops-actions/image';

/** The action's inputs are exactly a publish request. */
export type Inputs = PublishRequest;

export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  const image = readImageInputs(raw, env);
  const cache = raw.string('cache');
  if (!(CACHES as readonly string[]).includes(cache)) {
    throw new InputError('cache', `must be one of gha, registry, none, got '${cache}'`);
  }
  return {
    ...image,
    labels: raw.keyValues('labels'),
    platforms: raw.list('platforms'),
    target: raw.string('target'),
    mode: raw.enum('mode', MODES, 'build-push'),
    cache: cache as Inputs['cache'],
    retries: raw.integer('retries', { min: 0, max: 10, default: 3 }),
  };
}
