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
export { deploymentInputs } from './deployment-inputs.js';
export {
  deploymentOutputs,
  deploymentSummary,
  waitAndReport,
  type WaitInputs,
  type Waited,
} from './deployment-report.js';
export { describeHydration, isHydratorApp } from './hydrator.js';
export {
  analysisReport,
  describeAnalysis,
  type AnalysisReport,
  type Measurement,
  type MetricReport,
} from './analysis.js';
export { CronError, nextStart, parseCron, parseGoDuration, zoneOffset, type CronSchedule } from './cron.js';
export { ARGO_ACTION } from './rollout-action.js';
export {
  blockedNow,
  describeWindow,
  nextOpening,
  wallTime,
  WINDOW_SEARCH_DAYS,
  type SyncWindow,
  type SyncWindowsAnswer,
} from './windows.js';
export {
  DEGRADED_GRACE_BOUNDS,
  REFRESH_MODES,
  SYNC_WINDOW_MODES,
  TIMEOUT_BOUNDS,
  WAIT_FOR_ARGOCD_INPUTS,
  appRefInput,
  caCertInput,
  revisionInput,
  serverInput,
  type ArgoInputNames,
} from './inputs.js';
export { failureHint, renderWaitSummary, waitOutputs, waitVerdict, type WaitOutputs } from './outcome.js';
export { describeRollout, rolloutProgress, type RolloutProgress } from './rollout.js';
export { readJsonLines } from './stream.js';
export { appKey } from './types.js';
export type * from './types.js';
export { waitForApps, waitForArgoCd, type ArgoWaitRequest } from './wait.js';
export { ROLLOUT_ACTIONS } from './wait-types.js';
export type {
  AppReport,
  ArgoPorts,
  RolloutAction,
  SyncWindowBlock,
  UnhealthyResource,
  WaitOptions,
  WaitResult,
} from './wait-types.js';
