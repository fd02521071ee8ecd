export {
  ROOT_ACTION,
  actionDir,
  evaluateDefault,
  listActions,
  readAction,
  type ActionMeta,
  type InputMeta,
} from './action-meta.js';
