export { rollback } from './rollback.js';
export { renderSummary } from './summary.js';
export { HISTORY_LIMIT } from './history.js';
export {
  ROLLBACK_INPUTS,
  type RollbackInputNames,
  type RollbackMode,
  type RollbackRequest,
} from './request.js';
export type { Deployed, RollbackPorts, RollbackResult } from './types.js';
