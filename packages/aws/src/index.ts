export {
  AwsCallError,
  assumeRoleWithWebIdentity,
  getEcrAuthorizationTokens,
  type AssumeRoleParams,
  type AssumedRole,
  type AwsCredentials,
  type EcrAuthorization,
} from './clients.js';
