import { InputError, registryLoginInputs, type Inputs as RawInputs } from '@gitops-actions/kit';
import { parseImageName } from '@gitops-actions/registry';
import { BUILDERS, CACHES, MODES, type PublishRequest } from '@gitops-actions/image';

/** The action's inputs are exactly a publish request. */
export type Inputs = PublishRequest;

export function getInputs(raw: RawInputs, env: NodeJS.ProcessEnv = process.env): Inputs {
  const imageText = raw.string('image', { required: true });
  const image = parseImageName(imageText);
  if ('error' in image) throw new InputError('image', `'${imageText}' ${image.error}`);
  const cache = raw.string('cache');
  if (!(CACHES as readonly string[]).includes(cache)) {
    throw new InputError('cache', `must be one of gha, registry, none, got '${cache}'`);
  }
  return {
    image,
    context: raw.string('context', { default: '.' }),
    file: raw.string('file', { default: 'Dockerfile' }),
    version: raw.string('version'),
    tagTemplate: raw.string('tag-template', { default: '{version}-{sha7}' }),
    extraTags: raw.list('extra-tags'),
    buildArgs: raw.keyValues('build-args'),
    labels: raw.keyValues('labels'),
    platforms: raw.list('platforms'),
    target: raw.string('target'),
    mode: raw.enum('mode', MODES, 'build-push'),
    builder: raw.enum('builder', BUILDERS, 'auto'),
    immutable: raw.boolean('immutable', true),
    cache: cache as Inputs['cache'],
    ...registryLoginInputs(raw, image.registry, env),
    retries: raw.integer('retries', { min: 0, max: 10, default: 3 }),
  };
}
