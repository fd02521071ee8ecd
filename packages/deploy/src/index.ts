// Light on purpose: the stages (builders, Trivy, YAML, git) load inside deploy(), not on import.
export { deploy } from './deploy.js';
export { deployOutputs, deploySecrets, type DeployOutputs } from './outputs.js';
export { renderDeploySummary } from './summary.js';
export type {
  DeployPorts,
  DeployReport,
  DeployRequest,
  DeployScanRequest,
  DeployWaitRequest,
  Stage,
} from './request.js';
