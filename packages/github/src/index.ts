export { createClient, type ClientOptions, type GitHubClient } from './octokit.js';
export { githubMessage, isHttpError, toActionError } from './errors.js';
export {
  RepoClient,
  gitBlobSha,
  type BranchTip,
  type CompareResult,
  type PullRequest,
  type RepoFile,
} from './repo.js';
