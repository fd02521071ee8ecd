export {
  AwsCallError,
  toAwsCallError,
  assumeRoleWithWebIdentity,
  getEcrAuthorizationTokens,
  type AssumeRoleParams,
  type AssumedRole,
  type AwsCredentials,
  type EcrAuthorization,
} from './clients.js';
export {
  awsSdk,
  loginToAws,
  type AwsLoginInputNames,
  type AwsLoginPorts,
  type AwsLoginRequest,
  type AwsLoginResult,
  type AwsPorts,
} from './login.js';
export { explainAccessDenied, matchingCondition } from './trust.js';
export { renderAwsLoginSummary } from './summary.js';
