export { appsJson, appsTouched, parseAppMap, type AppRule } from './app-map.js';
export { changedApps, type ChangedApps } from './changed-apps.js';
export { changedFiles, type ChangesPorts } from './changed-files.js';
export { casePattern } from './glob.js';
