export { resolveEntry, runDist } from './run-dist.js';
export type { RunOptions, RunResult } from './run-dist.js';
export { repoRoot } from './repo-root.js';
export { actionNode, ensureFreshBundle } from './runtime.js';
export { fixturePath, fixturesDir } from './fixtures.js';
export { closeServer, listenOnLoopback } from './http.js';
export {
  MARKER,
  PROPERTY_TITLES,
  assertProperties,
  checkProperties,
  describeRun,
  fuzzSettings,
  runInProcess,
  secretForms,
} from './fuzz.js';
export type {
  ActionEntry,
  FuzzCase,
  FuzzRun,
  InProcessOptions,
  PropertyName,
  PropertySpec,
  Violation,
} from './fuzz.js';
export {
  PAYLOADS,
  corruptInputs,
  fc,
  fuzzInputs,
  fuzzParameters,
  hostileValue,
  payload,
  refuse,
  secret,
  onRegistry,
} from './fuzz-values.js';
export type { CorruptedInputs, Hostile, InputRule, InputRules } from './fuzz-values.js';
export { MESSAGE_KEYS, hostileAnswer, poisonJson, startHostileServer } from './fuzz-server.js';
export type { HostileAnswer, HostileRequest, HostileServer } from './fuzz-server.js';
export { runCampaign } from './fuzz-run.js';
export type { Campaign, CampaignResult } from './fuzz-run.js';
