// The CLI's library face (the bundle entry is bin.ts) (the test harness reads action.yml the same way).
export { evaluateDefault, listActions, readAction, type ActionMeta, type InputMeta } from './action-meta.js';
