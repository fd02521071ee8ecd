export { ArgoApiError, ArgoClient, ArgoNetworkError, isRetryable } from './client.js';
export type {
  AnswerKind,
  ArgoApi,
  ClientOptions,
  Refresh,
  RequestPhase,
  ResourceQuery,
  WatchEvent,
} from './client.js';
export { assessApp, assessGoneApp, revisionMatches, shortSha } from './decision.js';
export type {
  AppAssessment,
  AppVerdict,
  Disappearance,
  Expectations,
  FailureKind,
  Memory,
  OwnSync,
  RevisionRelation,
  Snapshot,
} from './decision.js';
export { OPERATION } from './errors.js';
export {
  DEGRADED_GRACE_BOUNDS,
  REFRESH_MODES,
  TIMEOUT_BOUNDS,
  WAIT_FOR_ARGOCD_INPUTS,
  appRefInput,
  caCertInput,
  revisionInput,
  serverInput,
  type ArgoInputNames,
} from './inputs.js';
export { failureHint, renderWaitSummary, waitOutputs, type WaitOutputs } from './outcome.js';
export { describeRollout, rolloutProgress, type RolloutProgress } from './rollout.js';
export { readJsonLines } from './stream.js';
export { appKey } from './types.js';
export type * from './types.js';
export { waitForApps, waitForArgoCd, type ArgoWaitRequest } from './wait.js';
export type { AppReport, ArgoPorts, UnhealthyResource, WaitOptions, WaitResult } from './wait-types.js';
