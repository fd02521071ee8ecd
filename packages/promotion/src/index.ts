// Only what loads without Octokit is exported here: promoteOnGitHub loads it when called.
export { promoteOnGitHub } from './on-github.js';
export { bumpOrPropose, proposal } from './bump-pr.js';
export { imageName, promotionBranch } from './branch-name.js';
export {
  PROMOTION_INPUTS,
  type MergeMethod,
  type PromotionInputNames,
  type PromotionRequest,
  type VerifyTag,
} from './request.js';
export type { MergeOutcome, Operation, PromotionResult } from './result.js';
export { renderSummary } from './summary.js';
export type { PromotionPorts } from './promote.js';
