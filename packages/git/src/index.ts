export { authEnv } from './auth.js';
export { classify, GitError, isRejectedPush, type GitFailure } from './errors.js';
export { Git, type Author, type CloneOptions, type PushResult } from './git.js';
