export { startGitServer } from './git-server.js';
export type { GitServer, GitServerFaults, GitServerOptions, GitServerStats } from './git-server.js';
export {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
} from './bare-repo.js';
export type {
  BareRepo,
  CommitFilesOptions,
  CommitInfo,
  CreateBareRepoOptions,
  FileChanges,
} from './bare-repo.js';
export { GitCommandError, SANDBOX_IDENTITY } from './exec-git.js';
export { AUTH_REALM } from './auth.js';
export { fixturePath, fixturesDir } from './fixtures.js';
export { startOidcProvider } from './oidc-provider.js';
export type { GitHubClaims, OidcProvider, OidcProviderOptions } from './oidc-provider.js';
export { conditionsMatch, startStsServer, stringLike } from './sts-server.js';
export type { IssuedCredentials, StsRole, StsServer, StsServerOptions, TrustPolicy } from './sts-server.js';
export { sigv4Signature, startEcrServer } from './ecr-server.js';
export type { EcrServer, EcrServerOptions } from './ecr-server.js';
export { registryUnavailableReason, startRegistryServer } from './registry-server.js';
export type { RegistryRequest, RegistryServer, RegistryServerOptions } from './registry-server.js';
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
export type { PullRecord } from './github-routes.js';
export { startArgoCd } from './argocd-server.js';
export type { ArgoCdOptions, ArgoCdServer, ArgoCdStats } from './argocd-server.js';
export type { ArgoAppBehaviour, ArgoAppConfig, ArgoRolloutScript } from './argocd-model.js';
export { SwaggerValidator, defaultSwaggerPath } from './argocd-validate.js';
export { startSonarServer } from './sonar-server.js';
export type {
  SonarGate,
  SonarGateCondition,
  SonarGateStatus,
  SonarProjectConfig,
  SonarRequestRecord,
  SonarServer,
  SonarServerOptions,
  SonarTaskScript,
} from './sonar-server.js';
export {
  APP_MAP,
  APPS,
  FAILING_VERSION,
  GITOPS_REPO,
  OLD_DIGEST,
  OLD_TAG,
  PREBUILT_IMAGE,
  SERVICE_REPO,
  SERVICE_VERSION,
  appsTouched,
  buildahStorageEnv,
  builderUnavailableReason,
  cleanFsReport,
  createBusyboxBase,
  createTrivyStandIn,
  envFiles,
  gitopsFiles,
  imageReport,
  renderMarkdown,
  runFlow,
  serviceFiles,
  startSandbox,
} from './flow/index.js';
export type {
  Env,
  FlowOptions,
  FlowResult,
  Sandbox,
  SandboxOptions,
  SandboxSecrets,
  StepRecord,
  TrivyReport,
  TrivyStandIn,
} from './flow/index.js';
