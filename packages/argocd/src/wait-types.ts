// What a caller gives a wait and gets back from it.
import type { Clock, Logger } from '@gitops-actions/kit';
import type { ArgoApi, Refresh } from './client.js';
import type { AppAssessment, Expectations } from './decision.js';
import type { ArgoInputNames } from './inputs.js';
import type { AnalysisReport } from './analysis.js';
import type { RolloutProgress } from './rollout.js';
import type { AppRef } from './types.js';
import type { SyncWindow } from './windows.js';

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
  /** A sync window blocks the sync the wait needs: fail at once (default), or wait for it when it opens before the deadline. */
  syncWindow?: 'fail' | 'wait';
  /** How long a Rollout may take to finish its steps, from when the wait first sees it progressing; the whole wait's when absent. */
  rolloutTimeoutMs?: number;
  /** Run on a Rollout paused at a manual gate: `promote` (Argo CD's `resume` action) or `abort`. */
  rolloutAction?: RolloutAction;
}

export const ROLLOUT_ACTIONS = ['promote', 'abort'] as const;
export type RolloutAction = (typeof ROLLOUT_ACTIONS)[number];

/** A sync window that kept an app from syncing: which windows, and when a sync next may run. */
export interface SyncWindowBlock {
  /** The active deny windows, or the allow windows none of which is open; with time zones when known. */
  windows: SyncWindow[];
  /** When a sync may run again (ms since the epoch); undefined when not within the search or unknown. */
  opensAt?: number;
  /** Whether the blocked sync is the wait's own (manual) or Argo CD's automated one. */
  manual: boolean;
  /** False when the project (which holds the time zones) was not readable: the zones shown are UTC. */
  zonesKnown?: boolean;
  note?: string;
  /** Why `opensAt` is missing, or Argo CD's refusal when the windows themselves were not readable. */
  reason?: string;
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
  /** The sync window that kept the app from syncing. */
  window?: SyncWindowBlock;
  /** The Rollout's AnalysisRuns, read when it degraded or aborted. */
  analysis?: AnalysisReport[];
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
