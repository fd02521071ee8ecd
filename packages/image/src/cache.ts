import { parseEcrHost, type ImageName } from '@gitops-actions/registry';

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
