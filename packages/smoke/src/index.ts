export { MATCH_LIMIT_MS, MAX_BODY_BYTES, checkBody, checkJson, valueAt } from './checks.js';
export { MAX_REDIRECTS, fetchAnswer, type Answer, type AnswerOptions } from './fetch-answer.js';
export {
  ATTEMPTS_BOUNDS,
  DELAY_BOUNDS,
  METHODS,
  REQUEST_TIMEOUT_BOUNDS,
  SMOKE_TEST_INPUTS,
  bodyChecksInput,
  bodyPatternInput,
  headersInput,
  jsonExpectationsInput,
  statusMatches,
  statusSetInput,
  targetInput,
  type Header,
  type JsonExpectation,
  type Method,
  type PathStep,
  type SmokeTarget,
  type StatusSet,
} from './inputs.js';
export { OPERATION, renderSmokeSummary, smokeFailure, smokeOutputs, type SmokeOutputs } from './report.js';
export {
  headerSecrets,
  smokeTest,
  type SmokeAttempt,
  type SmokeInputNames,
  type SmokePorts,
  type SmokeRequest,
  type SmokeResult,
  type SmokeTargetResult,
} from './smoke.js';
