export { authEnv, authorizationHeader } from './auth.js';
export { HttpBranch, openBranch } from './http-branch.js';
export { lsRefs, LsRefsUnavailable, type LsRefsOptions } from './ls-refs.js';
export {
  classify,
  GIT_INPUTS,
  GitError,
  gitFailure,
  isRejectedPush,
  protectionHint,
  protectionRules,
  type GitFailure,
  type GitInputNames,
} from './errors.js';
export { Git, type Author, type CloneOptions, type PushResult } from './git.js';
export {
  BareClone,
  type BareCloneOptions,
  type FileWrite,
  type RefUpdate,
  type RemoteBranch,
  type RemoteRefs,
  type TreeEntry,
} from './plumbing.js';
