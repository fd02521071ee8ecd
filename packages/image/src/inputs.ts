import { InputError, registryLoginInputs, shown, type InputReader } from '@gitops-actions/kit';
import { REGISTRY_KINDS, parseImageName, registryKindProblem } from '@gitops-actions/registry';
import { parseBuildSecrets, type BuildSecret } from './build-secrets.js';
import { BUILDERS, type PublishRequest } from './request.js';
import { versionProblem } from './version.js';

/** The part of a publish request that every action building an image reads under the same input names. */
export type ImageInputs = Pick<
  PublishRequest,
  | 'image'
  | 'registry'
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

/** The names both image-building actions give the inputs this package reads and its errors point at. */
export const IMAGE_INPUTS = {
  image: 'image',
  registry: 'registry',
  version: 'version',
  tagTemplate: 'tag-template',
  extraTags: 'extra-tags',
  builder: 'builder',
  buildSecrets: 'build-secrets',
  context: 'context',
  file: 'file',
  buildArgs: 'build-args',
  target: 'target',
} as const;

/** A build stage to stop at, as a Dockerfile's `FROM … AS <name>` spells it; '' for the last. */
export function targetInput(raw: InputReader, input: string = IMAGE_INPUTS.target): string {
  const value = raw.string(input);
  if (value !== '' && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(value)) {
    throw new InputError(input, `${shown(value)} is not a build stage name (FROM … AS <name>)`);
  }
  return value;
}

/**
 * Reads `image`, `registry`, `context`, `file`, `version`, `tag-template`, `extra-tags`, `build-args`,
 * `builder`, `immutable`, `username` and `password`, with the defaults both build-tag-push and the root
 * action document.
 */
export function readImageInputs(raw: InputReader, env: NodeJS.ProcessEnv): ImageInputs {
  const imageText = raw.string(IMAGE_INPUTS.image, { required: true });
  const image = parseImageName(imageText);
  if ('error' in image) throw new InputError(IMAGE_INPUTS.image, `${shown(imageText)} ${image.error}`);
  const registry = raw.enum(IMAGE_INPUTS.registry, REGISTRY_KINDS, 'auto');
  const problem = registry === 'auto' ? null : registryKindProblem(registry, image.registry);
  if (problem) throw new InputError(IMAGE_INPUTS.registry, `is ${registry}, which ${problem}`);
  const login = registryLoginInputs(raw, image.registry, env);
  // A generic registry has no login of ours to lean on: without both, the push would fail after the build.
  if (registry === 'generic' && !login.username) {
    throw new InputError(
      'username',
      'is required with registry: generic, and so is password (e.g. a Docker Hub user and access token)',
    );
  }
  return {
    image,
    registry,
    context: raw.string('context', { default: '.' }),
    file: raw.string('file', { default: 'Dockerfile' }),
    version: versionInput(raw),
    tagTemplate: raw.string(IMAGE_INPUTS.tagTemplate, { default: '{version}-{sha7}' }),
    extraTags: raw.list(IMAGE_INPUTS.extraTags),
    buildArgs: raw.keyValues('build-args'),
    builder: raw.enum(IMAGE_INPUTS.builder, BUILDERS, 'auto'),
    immutable: raw.boolean('immutable', true),
    ...login,
  };
}

/** The explicit version, refused unless it is one line a tag can hold. */
function versionInput(raw: InputReader): string {
  const version = raw.string(IMAGE_INPUTS.version);
  const problem = version ? versionProblem(version) : null;
  if (problem) throw new InputError(IMAGE_INPUTS.version, `${shown(version)} ${problem}`);
  return version;
}

/** The names build-tag-push gives its attestation inputs. */
export const ATTESTATION_INPUTS = { provenance: 'provenance', sbom: 'sbom' } as const;

/**
 * `provenance` and `sbom` (booleans, off by default), refused with a builder other than buildx and
 * with a mode other than build-push: BuildKit attaches attestations only to an image it pushes itself.
 */
export function readAttestationInputs(
  raw: InputReader,
  request: Pick<PublishRequest, 'builder' | 'mode'>,
  names: { provenance: string; sbom: string } = ATTESTATION_INPUTS,
): Pick<PublishRequest, 'provenance' | 'sbom'> {
  const provenance = raw.boolean(names.provenance, false);
  const sbom = raw.boolean(names.sbom, false);
  const input = provenance ? names.provenance : names.sbom;
  if (!provenance && !sbom) return { provenance, sbom };
  if (request.builder !== 'auto' && request.builder !== 'buildx')
    throw new InputError(
      input,
      `is true with ${IMAGE_INPUTS.builder}: ${request.builder}; only buildx (docker buildx) makes attestations: set ${IMAGE_INPUTS.builder}: buildx, or ${input}: false`,
    );
  if (request.mode !== 'build-push')
    throw new InputError(
      input,
      `is true with mode: ${request.mode}; attestations reach the registry only when buildx builds and pushes in one step (mode: build-push), as an image loaded locally loses them`,
    );
  return { provenance, sbom };
}

/** `build-secrets`: `id=value` lines, for the actions that offer it. Mask the values before anything runs. */
export function readBuildSecrets(raw: InputReader, input: string = IMAGE_INPUTS.buildSecrets): BuildSecret[] {
  return parseBuildSecrets(raw.string(input), input);
}
