// What the root action hands the deploy, what the deploy needs from the world, and what it reports.
import type { Clock, Exec, Logger } from '@gitops-actions/kit';
import type { ArgoWaitRequest, WaitResult } from '@gitops-actions/argocd';
import type { BumpRequest, BumpResult } from '@gitops-actions/bump';
import type { PublishRequest, PublishResult } from '@gitops-actions/image';
import type { ImageScan, ImageScanRequest } from '@gitops-actions/trivy';

/** The image scan, everything but the image reference and archive that the build yields. */
export type DeployScanRequest = Omit<ImageScanRequest, 'ref' | 'archive'>;

/** The wait, everything but the revision that the bump yields; `inputs` are the caller's names. */
export type DeployWaitRequest = Pick<
  ArgoWaitRequest,
  'server' | 'token' | 'apps' | 'sync' | 'timeoutMs' | 'inputs'
>;

/** The whole dev deploy, validated; every part names its inputs in the caller's words. */
export interface DeployRequest {
  /** Build, then push (the same request in two modes, with the scan in between). */
  image: PublishRequest;
  scan: DeployScanRequest;
  /** The GitOps bump, everything but the tag and digest that the push yields. */
  gitops: Omit<BumpRequest, 'tag' | 'digest'>;
  /** Also write the pushed digest to the GitOps files (`digestKey`). */
  pinDigest: boolean;
  /** Undefined when there is nothing to wait for. */
  argocd: DeployWaitRequest | undefined;
}

export interface DeployPorts {
  exec: Exec;
  log: Logger;
  clock?: Clock;
  env: NodeJS.ProcessEnv;
  /** The repository checkout; relative paths resolve against it. */
  workspace: string;
  /** Parent of the deploy's private folder (RUNNER_TEMP on a runner); the system's when absent. */
  tempDir?: string;
}

export type Stage = 'build' | 'scan' | 'push' | 'bump' | 'wait' | 'done';

/** How far the deploy got: each stage records what it did, so a failed deploy still reports it. */
export interface DeployReport {
  /** The stage running, or that failed; `done` at the end. */
  stage: Stage;
  image: string;
  tag: string;
  built?: PublishResult;
  scan?: ImageScan;
  pushed?: PublishResult;
  bump?: BumpResult;
  argocd?: WaitResult;
  /** Why the deploy stopped at `stage`; undefined when it is done. */
  error?: Error;
}
