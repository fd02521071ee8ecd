import type { Clock, Exec, Logger } from '@gitops-actions/kit';
import type { ImageName, RegistryKind } from '@gitops-actions/registry';
import type { BuildSecret } from './build-secrets.js';

export const MODES = ['build-push', 'build', 'push'] as const;
export const BUILDERS = ['auto', 'buildx', 'docker', 'podman', 'buildah'] as const;
export const CACHES = ['', 'gha', 'registry', 'none'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];

/** Everything a build and push needs, already validated (an action's inputs.ts builds it). */
export interface PublishRequest {
  image: ImageName;
  /** The caller's `registry` choice; the image's host decides with `auto` (the default when absent). */
  registry?: RegistryKind | 'auto';
  context: string;
  file: string;
  version: string;
  tagTemplate: string;
  extraTags: string[];
  buildArgs: string[];
  /** Secrets the build reads with `RUN --mount=type=secret`; passed as 0600 files, never in argv. */
  buildSecrets?: BuildSecret[];
  labels: string[];
  platforms: string[];
  target: string;
  mode: (typeof MODES)[number];
  builder: BuilderChoice;
  immutable: boolean;
  cache: (typeof CACHES)[number];
  username: string;
  password: string;
  retries: number;
  /**
   * BuildKit's SLSA provenance attestation (mode=max) on the pushed image. Only buildx makes
   * attestations, and only when it pushes the image itself (`--load` drops them): mode build-push.
   */
  provenance?: boolean;
  /** BuildKit's SBOM attestation on the pushed image; as `provenance`. */
  sbom?: boolean;
}

export interface ImagePorts {
  exec: Exec;
  log: Logger;
  clock: Clock;
  random?: () => number;
  env: NodeJS.ProcessEnv;
  workspace: string;
  tempDir: string;
}

export interface PublishResult {
  tags: string[];
  version: string;
  versionSource: string;
  sha: string;
  builder: string;
  /** Empty in mode `build`: nothing was pushed, so there is no registry digest. */
  digest: string;
  pushed: string[];
  unchanged: string[];
  attempts: number;
  /** The attestations the push carries (`provenance`, `sbom`); absent or empty: none. */
  attestations?: string[];
}
