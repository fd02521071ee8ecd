export { ArgoApiError, ArgoClient, ArgoNetworkError } from './client.js';
export type { ArgoApi, ClientOptions, Refresh, ResourceQuery, WatchEvent } from './client.js';
export {
  evaluate,
  evaluateGone,
  isOperationRunning,
  revisionMatches,
  shortSha,
  snapshotOf,
  syncedRevisions,
} from './decision.js';
export type {
  Disappearance,
  Evaluation,
  Expectations,
  FailureKind,
  Memory,
  RevisionRelation,
  Snapshot,
  Verdict,
} from './decision.js';
export { OPERATION, explain, isTlsError, isTransient } from './errors.js';
export { describeRollout, rolloutProgress } from './rollout.js';
export type { RolloutProgress } from './rollout.js';
export { readJsonLines } from './stream.js';
export { appKey } from './types.js';
export type * from './types.js';
export { describeResource, waitForApps } from './wait.js';
export type { AppReport, UnhealthyResource, WaitOptions, WaitPorts, WaitResult } from './wait.js';
