export { JsonSyntaxError } from './json-scan.js';
export { SEVERITIES, emptyCounts, isSeverity, toSeverity, type Counts, type Severity } from './severity.js';
export {
  ReportError,
  parseReport,
  type Finding,
  type Report,
  type ResultInfo,
  type Rule,
  type Scanner,
} from './report.js';
export {
  PolicyError,
  globToRegExp,
  isExpired,
  matches,
  parseIgnoreFile,
  parsePolicy,
  type Exception,
} from './policy.js';
export {
  blockingReason,
  evaluateGate,
  type ExceptionUse,
  type GateOptions,
  type GateVerdict,
} from './gate.js';
export { SARIF_SCHEMA, findingPath, sarifText, writeSarif, type SarifOptions } from './sarif.js';
export { fileAnnotations, renderSummary, type Annotation, type SummaryOptions } from './summary.js';
export {
  DEFAULT_TRIVY_URL,
  TRIVY_URL_PLACEHOLDERS,
  trivyUrlTemplate,
  DEFAULT_TRIVY_VERSION,
  TRIVY_SHA256,
  currentPlatform,
  installTrivy,
  normalizeVersion,
  releaseUrl,
  sha256File,
  type InstallOptions,
  type Installed,
  type Platform,
} from './install.js';
export { classify, lastError, runTrivy, type RunOptions } from './run.js';
export type { TrivyInputNames } from './names.js';
export type { TrivyGateRequest, TrivyPorts } from './scan.js';
export {
  gateFailure,
  scanGate,
  type ScanGateInputNames,
  type ScanGateRequest,
  type ScanGateResult,
} from './scan-gate.js';
export { scanImageArchive, type ImageScan, type ImageScanRequest } from './image-scan.js';
