export { createClient, type ClientOptions, type GitHubClient } from './octokit.js';
export { githubMessage, isHttpError, toActionError } from './errors.js';
export {
  HeadMoved,
  RepoClient,
  gitBlobSha,
  type MergeAnswer,
  type PullMergeMethod,
  type QueueEntry,
  type BranchTip,
  type CommitSummary,
  type CompareResult,
  type PullRequest,
  type RepoClientOptions,
  type RepoFile,
} from './repo.js';
export {
  BranchMoved,
  BranchProtected,
  protectionRefusal,
  readBranchTip,
  type BranchTipHints,
  type ProtectionRefusal,
} from './branch.js';
export {
  BranchCommits,
  graphqlProtectionRefusal,
  headlineAndBody,
  type BranchCommit,
  type BranchSnapshot,
} from './commit-on-branch.js';
export {
  DeploymentsClient,
  STATUS_DESCRIPTION_LIMIT,
  isProductionEnvironment,
  statusDescription,
  type Deployment,
  type DeploymentRequest,
  type DeploymentState,
  type DeploymentStatusUpdate,
} from './deployments.js';
export {
  reportDeployment,
  type DeploymentPorts,
  type DeploymentReport,
  type DeploymentReportRequest,
  type DeploymentVerdict,
  type Reported,
} from './deployment-report.js';
