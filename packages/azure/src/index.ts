export { armScope, parseAcrHosts, parseAuthorityHost, parseGuid } from './inputs.js';
export {
  ACR_REFRESH_TOKEN_USER,
  AZURE_DEFAULT_AUDIENCE,
  AZURE_DEFAULT_AUTHORITY,
  loginToAzure,
  type AcrLogin,
  type AzureLoginInputNames,
  type AzureLoginPorts,
  type AzureLoginRequest,
  type AzureLoginResult,
} from './login.js';
export {
  AzureCallError,
  exchangeForAcrRefreshToken,
  requestEntraToken,
  type AcrExchangeParams,
  type AzureService,
  type EntraToken,
  type EntraTokenParams,
} from './rest.js';
export {
  FEDERATION_MISMATCH,
  explainFederationRefusal,
  matchingFederatedCredential,
  type FederatedCredential,
} from './trust.js';
export { renderAzureLoginSummary } from './summary.js';
