export { startGitHubServer } from './github-server.js';
export type {
  Access,
  ApiRequestRecord,
  Fault,
  FaultRule,
  GitHubServer,
  GitHubServerOptions,
  TokenGrant,
} from './github-server.js';
export type { DeploymentRecord, DeploymentStatusRecord, PullRecord } from './github-routes.js';
