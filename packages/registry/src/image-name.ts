import { shown } from '@gitops-actions/kit';

/** A parsed image name: where it lives and what it is called there. */
export interface ImageName {
  /** Registry host as written (`ghcr.io`, `127.0.0.1:5000`); `docker.io` when omitted. */
  registry: string;
  /** Repository path inside the registry (`org/app`, `library/nginx`). */
  repository: string;
  /** `registry/repository` as the user wrote it, without tag or digest. */
  name: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d+)?$/;
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Parses an image name without tag or digest, following the distribution reference grammar:
 * lower-case path components, an optional registry host first (it has a `.` or `:`, or is `localhost`).
 * Returns a reason instead of throwing so callers can name their own input.
 */
export function parseImageName(value: string): ImageName | { error: string } {
  const text = value.trim();
  if (text === '') return { error: 'is empty' };
  if (/[@]/.test(text)) return { error: 'must not carry a digest (give the repository only)' };
  const slash = text.indexOf('/');
  const first = slash < 0 ? '' : text.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasRegistry ? first : 'docker.io';
  let repository = hasRegistry ? text.slice(slash + 1) : text;
  const lastColon = repository.lastIndexOf(':');
  if (lastColon >= 0)
    return {
      error: `must not carry a tag (${shown(`:${repository.slice(lastColon + 1)}`)}); give the repository only, the tags are set apart`,
    };
  if (hasRegistry && !HOST.test(registry))
    return { error: `has an invalid registry host ${shown(registry)}` };
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  const bad = repository.split('/').find((c) => !COMPONENT.test(c));
  if (bad !== undefined) {
    return {
      error: `has an invalid path component ${shown(bad)} (lower-case letters, digits and . _ - separators only)`,
    };
  }
  if (text.length > 255) return { error: 'is longer than 255 characters' };
  return { registry, repository, name: text };
}

/** `<acct>.dkr.ecr.<region>.amazonaws.com` (and .com.cn) → account and region, else null. */
export function parseEcrHost(host: string): { account: string; region: string } | null {
  const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host);
  return m ? { account: m[1] ?? '', region: m[2] ?? '' } : null;
}

/** The registries the actions know how to log in to; `auto` reads the kind from the image's host. */
export const REGISTRY_KINDS = ['auto', 'ghcr', 'ecr', 'gar', 'acr', 'generic'] as const;
export type RegistryKind = Exclude<(typeof REGISTRY_KINDS)[number], 'auto'>;

/** `<location>-docker.pkg.dev` → the Artifact Registry location, else null. */
export function parseGarHost(host: string): { location: string } | null {
  const m = /^([a-z]+(?:-[a-z0-9]+)*)-docker\.pkg\.dev$/.exec(host);
  return m ? { location: m[1] ?? '' } : null;
}

/** `<name>.azurecr.io` (and the sovereign clouds' .cn, .us) → the registry name, else null. */
export function parseAcrHost(host: string): { name: string } | null {
  const m = /^([a-z0-9]{5,50})\.azurecr\.(?:io|cn|us)$/.exec(host);
  return m ? { name: m[1] ?? '' } : null;
}

/** The kind a host is, as `auto` decides it; any host none of the clouds owns is `generic`. */
export function registryKindOf(host: string): RegistryKind {
  if (host === 'ghcr.io') return 'ghcr';
  if (parseEcrHost(host)) return 'ecr';
  if (parseGarHost(host)) return 'gar';
  if (parseAcrHost(host)) return 'acr';
  return 'generic';
}

const KIND_HOSTS: Record<RegistryKind, string> = {
  ghcr: 'ghcr.io',
  ecr: '<account>.dkr.ecr.<region>.amazonaws.com',
  gar: '<location>-docker.pkg.dev (e.g. europe-west1-docker.pkg.dev)',
  acr: '<name>.azurecr.io',
  generic: 'any registry host',
};

/** Why `host` cannot be a registry of `kind` (`needs …`), or null when it can. `generic` takes any host. */
export function registryKindProblem(kind: RegistryKind, host: string): string | null {
  if (kind === 'generic' || registryKindOf(host) === kind) return null;
  return `needs an image on ${KIND_HOSTS[kind]}, and the image's host is ${shown(host)}`;
}
