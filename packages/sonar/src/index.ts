export type { SonarInputNames, SonarRequest } from './request.js';
export { SonarClient, type SonarServer } from './client.js';
export {
  checkQualityGate,
  readReportTask,
  type SonarCondition,
  type SonarPorts,
  type SonarResult,
} from './quality-gate.js';
export { describeCondition, qualityGateFailure, renderQualityGateSummary } from './report.js';
