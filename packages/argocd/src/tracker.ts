// The state of one followed application during a wait, and what following it may ask of the wait.
import type { Clock, Logger } from '@gitops-actions/kit';
import type { ArgoApi } from './client.js';
import type { AppAssessment, Disappearance, Memory, OwnSync, RevisionRelation } from './decision.js';
import type { AnalysisReport } from './analysis.js';
import type { RolloutProgress } from './rollout.js';
import type { Application, AppRef } from './types.js';
import type { SyncWindowBlock, UnhealthyResource, WaitOptions } from './wait-types.js';

export interface Tracker {
  ref: AppRef;
  key: string;
  app: Application;
  memory: Memory;
  assessment?: AppAssessment;
  lastLine: string;
  lastSeen: number;
  mode: 'stream' | 'polling';
  rollout?: RolloutProgress;
  rolloutSignature: string;
  resources: UnhealthyResource[];
  /** Set once the app no longer exists; every later assessment says so. */
  gone?: Disappearance;
  /** Other synced revisions compared with the expected one (undefined while the comparison runs). */
  related: Map<string, RevisionRelation | undefined>;
  /** Argo CD's last comparison and operation when the wait began: until either changes, a state at another
   *  revision may just be stale. */
  startMark: string;
  /** Set when the wait triggered a sync of this app: that sync must succeed (see `Expectations.ownSync`). */
  ownSync?: OwnSync;
  /** The sync window that kept the app from syncing. */
  window?: SyncWindowBlock;
  /** When (on the wait's clock) the Rollout was first seen progressing at the expected revision. */
  rolloutSince?: number;
  /** Canary steps at which `rollout-action` already ran, so a pause is acted on once. */
  rolloutActed?: Set<number>;
  /** Why the Rollout failed the wait: aborted, past `rollout-timeout`, or its action refused. */
  rolloutFailure?: { reason: string; hint?: string };
  analysis?: AnalysisReport[];
}

/** The running wait as following, relating revisions and reading rollouts see it. */
export interface WaitContext {
  readonly opts: WaitOptions;
  readonly api: ArgoApi;
  readonly log: Logger;
  readonly clock: Clock;
  /** Aborted once the wait is over: every stream, poll and pause ends with it. */
  readonly signal: AbortSignal;
  /** Aborted at the deadline: reads the report needs (`inBackground`) outlive the wait's end, not the deadline. */
  readonly deadline: AbortSignal;
  /** Applies one observation of an app; `fresh` is false when only the clock moved. */
  observe(t: Tracker, app: Application, fresh?: boolean): void;
  /** The app no longer exists (a parent app pruned it, or a person deleted it): no later state can come. */
  vanish(t: Tracker, how: Disappearance, last?: Application): void;
  /** A read the wait's report needs: the wait settles only once every such read has finished. */
  inBackground(work: Promise<void>): void;
}
