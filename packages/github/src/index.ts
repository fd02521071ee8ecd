export { createClient, type ClientOptions, type GitHubClient } from './octokit.js';
export { githubMessage, isHttpError, toActionError } from './errors.js';
export {
  RepoClient,
  gitBlobSha,
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
