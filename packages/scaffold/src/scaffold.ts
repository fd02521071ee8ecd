import { argocdFiles } from './argocd.js';
import { codeowners } from './codeowners.js';
import { CODEOWNERS_FILE, gitopsWorkflowFile, serviceWorkflowsFolder } from './layout.js';
import { manifestFiles } from './manifests.js';
import type { ScaffoldRequest } from './request.js';
import type { GeneratedFile } from './types.js';
import { gitopsWorkflow, serviceWorkflow } from './workflows.js';

/** Every file `init` writes for the request, by path inside the GitOps repository. Pure. */
export function scaffoldFiles(req: ScaffoldRequest): GeneratedFile[] {
  return [
    ...manifestFiles(req),
    ...argocdFiles(req),
    { path: CODEOWNERS_FILE, content: codeowners(req) },
    { path: gitopsWorkflowFile(req), content: gitopsWorkflow(req) },
    { path: `${serviceWorkflowsFolder(req)}/deploy.yml`, content: serviceWorkflow(req) },
  ];
}
