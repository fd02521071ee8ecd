import { shown } from '@gitops-actions/kit';
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export interface ImageReference {
  repository: string;
  tag: string | null;
  digest: string | null;
}

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

export function isValidDigest(digest: string): boolean {
  return DIGEST.test(digest);
}

/**
 * What is wrong with the image of an edit as an action's inputs give it (the input at fault and why),
 * checked alike by bump-manifest and open-promotion-pr before anything is read.
 */
export function imageInputProblem(inputs: {
  tag: string;
  digest: string;
  image: string;
  format: string;
}): { input: 'tag' | 'digest' | 'image'; message: string } | undefined {
  if (inputs.tag && !isValidTag(inputs.tag))
    return {
      input: 'tag',
      message: `${shown(inputs.tag)} is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`,
    };
  if (inputs.digest && !isValidDigest(inputs.digest))
    return {
      input: 'digest',
      message: `${shown(inputs.digest)} is not a valid digest (expected sha256:<64 lowercase hex>)`,
    };
  if ((inputs.format === 'kustomize' || inputs.format === 'manifest') && !inputs.image)
    return { input: 'image', message: `is required with format ${inputs.format}` };
  return undefined;
}

/**
 * Splits `repo[:tag][@digest]` without validating it, so that any image string found in a manifest can be
 * compared. The tag colon is only one after the last '/', which keeps registry ports (`localhost:5000/app`)
 * in the repository.
 */
export function parseImageReference(ref: string): ImageReference {
  let rest = ref.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repository: rest, tag, digest };
}

export function formatImageReference(repository: string, tag?: string, digest?: string): string {
  return repository + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
}

/** `nginx`, `library/nginx`, `docker.io/nginx` and `docker.io/library/nginx` name one Docker Hub repository. */
function canonicalRepository(repository: string): string {
  const lower = repository.toLowerCase();
  const slash = lower.indexOf('/');
  const first = slash < 0 ? '' : lower.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? lower.slice(slash + 1) : lower;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  return `${registry}/${path}`;
}

export function sameRepository(a: string, b: string): boolean {
  return canonicalRepository(a) === canonicalRepository(b);
}
