export { startSonarServer } from './sonar-server.js';
export type {
  SonarGate,
  SonarGateCondition,
  SonarFault,
  SonarGateStatus,
  SonarProjectConfig,
  SonarRequestRecord,
  SonarServer,
  SonarServerOptions,
  SonarTaskScript,
} from './sonar-server.js';
