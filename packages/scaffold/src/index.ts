// `gitops-actions init`: a GitOps repository's files for one service, generated purely from the
// flags (scaffoldRequest → scaffoldFiles) and written through ports without overwriting (applyScaffold).
export {
  SCAFFOLD_FLAGS,
  SCAFFOLD_SWITCHES,
  scaffoldRequest,
  type Layout,
  type ScaffoldFlags,
  type ScaffoldRequest,
} from './request.js';
export { scaffoldFiles } from './scaffold.js';
export {
  applyScaffold,
  renderOutcomes,
  type FileOutcome,
  type FileStatus,
  type ScaffoldPorts,
} from './apply.js';
export { PROD_SYNC_WINDOW, application, applicationSet, applicationSpec, appProject } from './argocd.js';
export { codeownersLines } from './codeowners.js';
export { CODEOWNERS_FILE, appName, envFile, namespaceOf, production } from './layout.js';
export type { GeneratedFile } from './types.js';
