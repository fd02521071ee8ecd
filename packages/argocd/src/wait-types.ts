// What a caller gives a wait and gets back from it.
import type { Clock, Logger } from '@gitops-actions/kit';
import type { ArgoApi, Refresh } from './client.js';
import type { AppAssessment, Expectations } from './decision.js';
import type { ArgoInputNames } from './inputs.js';
import type { RolloutProgress } from './rollout.js';
import type { AppRef } from './types.js';

export interface WaitOptions {
  apps: AppRef[];
  expect: Expectations;
  refresh: 'none' | Refresh;
  sync: boolean;
  timeoutMs: number;
  /** For messages only. */
  server: string;
  /** The caller's input names, for errors and reasons; wait-for-argocd's when absent. */
  inputs?: ArgoInputNames;
  /** Polling fallback: first interval, doubled while nothing changes, up to max. */
  pollMinMs?: number;
  pollMaxMs?: number;
  /** While streaming, one GET after this long without any event, in case a proxy buffers the stream. */
  safetyPollMs?: number;
  /** Consecutive stream failures before an app switches to polling. */
  maxStreamFailures?: number;
  /** How often grace periods are re-checked without new data. */
  tickMs?: number;
  /** `waitForArgoCd` only: the longest one request may take (a retry may follow); a third of the timeout, 1-30 s, by default. */
  requestTimeoutMs?: number;
  /** `waitForArgoCd` only: the longest a watch stream may stay silent before it is reopened; 60 s by default. */
  streamIdleMs?: number;
}

/** The side effects of a wait: Argo CD, the log, and time. */
export interface ArgoPorts {
  api: ArgoApi;
  log: Logger;
  clock?: Clock;
}

export interface UnhealthyResource {
  kind: string;
  namespace: string;
  name: string;
  status: string;
  message: string;
}

export interface AppReport {
  key: string;
  assessment: AppAssessment;
  rollout?: RolloutProgress;
  /** Failing resources: sync results for a failed sync, resource-tree nodes for Degraded. */
  resources: UnhealthyResource[];
  mode: 'stream' | 'polling';
}

export interface WaitResult {
  outcome: 'done' | 'failed' | 'timeout';
  apps: AppReport[];
  durationMs: number;
  /** Why the wait did not succeed, every app's last state included; empty when done. */
  message: string;
  /** What was going wrong with Argo CD when the wait ended (requests hanging, failures being retried). */
  problems?: string[];
}
