export {
  PERMISSION_HINT,
  decodeClaims,
  requestGitHubIdentity,
  requestIdToken,
  type GitHubIdentity,
  type OidcPorts,
  type TokenClaims,
} from './id-token.js';
export { explainRefusedToken, providerName, repositoryWideSubject, subjectForm } from './explain.js';
