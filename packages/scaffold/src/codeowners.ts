// CODEOWNERS lines: each environment's folder belongs to its owner; what every environment renders
// from (the chart or the base), the Argo CD objects and the workflows belong to production's owner,
// since a change there reaches production too.
import { argocdFolder, envFolder, gitopsWorkflowFile, production, sharedFolder } from './layout.js';
import type { ScaffoldRequest } from './request.js';

export function codeownersLines(req: ScaffoldRequest): string[] {
  const prodOwner = req.owners[production(req)]!;
  return [
    ...req.environments.map((env) => `/${envFolder(req, env)}/ ${req.owners[env]!}`),
    `/${sharedFolder(req)}/ ${prodOwner}`,
    `/${argocdFolder(req)}/ ${prodOwner}`,
    `/${gitopsWorkflowFile(req)} ${prodOwner}`,
  ];
}

export function codeowners(req: ScaffoldRequest): string {
  return [
    `# ${req.service} (gitops-actions init). With branch protection on ${req.branch} requiring code owner`,
    '# reviews, no change reaches an environment without its owner, and none is pushed directly.',
    ...codeownersLines(req),
    '',
  ].join('\n');
}
