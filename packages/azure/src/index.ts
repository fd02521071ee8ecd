export { armScope, parseAcrHosts, parseAuthorityHost, parseGuid } from './inputs.js';
export { ACR_REFRESH_TOKEN_USER, loginToAzure, type AzureLoginRequest } from './login.js';
export { renderAzureLoginSummary } from './summary.js';
