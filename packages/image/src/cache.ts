import { parseEcrHost, type ImageName } from '@gitops-actions/registry';

/** What a build reads its layer cache from (and, with buildx, writes it to). */
export type BuildCache = { type: 'registry'; image: ImageName } | { type: 'gha'; scope: string };

/** Where a registry cache lives: a tag next to the image, so no other repository is needed. */
export const cacheRef = (image: ImageName): string => `${image.name}:buildcache`;

/**
 * buildx's `--cache-to` for a registry cache. ECR rejects the default cache manifest (an index with
 * cache-config layers); it accepts the cache as an OCI image manifest, hence image-manifest=true and
 * oci-mediatypes=true there.
 */
export function registryCacheTo(image: ImageName): string {
  const parts = ['type=registry', `ref=${cacheRef(image)}`, 'mode=max'];
  if (parseEcrHost(image.registry)) parts.push('image-manifest=true', 'oci-mediatypes=true');
  return parts.join(',');
}

export const registryCacheFrom = (image: ImageName): string => `type=registry,ref=${cacheRef(image)}`;

// buildx takes the cache service's URL and token from the runner's ACTIONS_RESULTS_URL/ACTIONS_CACHE_URL
// and ACTIONS_RUNTIME_TOKEN itself, so they never appear in argv. The scope keeps the images of a
// monorepo from evicting each other's cache; a failed export (the service throttles) must not fail a deploy.
export const ghaCacheFrom = (scope: string): string => `type=gha,scope=${scope}`;
export const ghaCacheTo = (scope: string): string => `type=gha,scope=${scope},mode=max,ignore-error=true`;

/** The environment a JavaScript action gets on a GitHub runner, which BuildKit's gha cache needs. */
export function ghaCacheUnavailable(env: NodeJS.ProcessEnv): string | null {
  if (!env['ACTIONS_RUNTIME_TOKEN']) return 'ACTIONS_RUNTIME_TOKEN is not set';
  if (!env['ACTIONS_RESULTS_URL'] && !env['ACTIONS_CACHE_URL'])
    return 'neither ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL is set';
  return null;
}
