import { InputError, registryLoginInputs, type InputReader } from '@gitops-actions/kit';
import { parseImageName } from '@gitops-actions/registry';
import { BUILDERS, type PublishRequest } from './request.js';

/** The part of a publish request that every action building an image reads under the same input names. */
export type ImageInputs = Pick<
  PublishRequest,
  | 'image'
  | 'context'
  | 'file'
  | 'version'
  | 'tagTemplate'
  | 'extraTags'
  | 'buildArgs'
  | 'builder'
  | 'immutable'
  | 'username'
  | 'password'
>;

/**
 * Reads `image`, `context`, `file`, `version`, `tag-template`, `extra-tags`, `build-args`, `builder`,
 * `immutable`, `username` and `password`, with the defaults both build-tag-push and the root action document.
 */
export function readImageInputs(raw: InputReader, env: NodeJS.ProcessEnv): ImageInputs {
  const imageText = raw.string('image', { required: true });
  const image = parseImageName(imageText);
  if ('error' in image) throw new InputError('image', `'${imageText}' ${image.error}`);
  return {
    image,
    context: raw.string('context', { default: '.' }),
    file: raw.string('file', { default: 'Dockerfile' }),
    version: raw.string('version'),
    tagTemplate: raw.string('tag-template', { default: '{version}-{sha7}' }),
    extraTags: raw.list('extra-tags'),
    buildArgs: raw.keyValues('build-args'),
    builder: raw.enum('builder', BUILDERS, 'auto'),
    immutable: raw.boolean('immutable', true),
    ...registryLoginInputs(raw, image.registry, env),
  };
}
