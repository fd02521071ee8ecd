export { startGitServer } from './git-server.js';
export { DEFAULT_RULE, type BranchProtection } from './protection.js';
export type { GitFault, GitServer, GitServerFaults, GitServerOptions, GitServerStats } from './git-server.js';
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
export { GitCommandError, SANDBOX_IDENTITY, cleanGitEnv, git } from './exec-git.js';
export type { GitCallOptions, GitResult } from './exec-git.js';
export { AUTH_REALM, isAuthorized, parseAuthorization } from './auth.js';
export type { Credentials } from './auth.js';
