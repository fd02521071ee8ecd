// runRollback(): after runFlow has deployed A everywhere, the other way back. dev-deploy.yml ships a
// version B to dev; a teammate changes something else in dev's values; then rollback.yml: the
// rollback bundle (mode push) sets dev's tag and digest back to A's, found in the files' history,
// keeping every other byte of today's files, and the Argo CD wait at the rollback commit.
import { commitFiles, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { createRun, deployToDev, type FlowOptions, type FlowResult, type Run } from './flow.js';
import { APPS, envFiles, serviceFiles } from './layout.js';
import { GITOPS_REPO, type Sandbox } from './sandbox.js';
import { runLocalStep } from './steps.js';

/** The version B the rollback undoes. */
export const NEXT_VERSION = '1.4.1';
/** dev's replicas after the teammate's change between B and the rollback. */
export const SCALED_REPLICAS = 2;

export interface RollbackFlowResult extends FlowResult {
  /** The teammate's commit after B: a change the rollback must keep. */
  scaleCommit?: string;
  /** The rollback bundle's outputs (`restored-tag`, `previous-tag`, `commit-sha`, ...). */
  rollback?: Record<string, string>;
}

/** A direct commit to the GitOps repository that changes dev's replicas and nothing else. */
async function scaleDev(run: Run & { result: RollbackFlowResult }): Promise<boolean> {
  const { sandbox, result } = run;
  const file = envFiles('dev')[0]!;
  const step = await runLocalStep(
    'scale-dev',
    `A teammate scales dev to ${SCALED_REPLICAS} replicas (a direct commit)`,
    'git',
    async () => {
      const text = await readFileAtBranch(sandbox.gitRoot, GITOPS_REPO, 'main', file);
      const scaled = text.replace(/^replicaCount: \d+$/m, `replicaCount: ${SCALED_REPLICAS}`);
      const sha = await commitFiles(
        sandbox.gitRoot,
        GITOPS_REPO,
        { [file]: scaled },
        { message: `Scale api in dev to ${SCALED_REPLICAS} replicas` },
      );
      result.scaleCommit = sha;
      return {
        outputs: { sha },
        summary: `Committed \`${sha.slice(0, 12)}\`: \`replicaCount: ${SCALED_REPLICAS}\` in \`${file}\`.`,
      };
    },
  );
  return run.record(step);
}

/** rollback.yml on dev: the rollback bundle (mode push), then the Argo CD wait at its commit. */
async function rollbackDev(run: Run & { result: RollbackFlowResult }): Promise<boolean> {
  const { sandbox, result } = run;
  const rolled = await run.dist({
    id: 'rollback',
    title: 'Roll dev back to the tag it ran before (rollback, mode push)',
    action: 'rollback',
    inputs: {
      repository: GITOPS_REPO,
      token: sandbox.secrets.githubToken,
      branch: 'main',
      files: envFiles('dev').join('\n'),
      image: sandbox.image,
      key: 'image.tag',
      'digest-key': 'image.digest',
      format: 'auto',
      mode: 'push',
      environment: 'dev',
      reason: `${NEXT_VERSION} misbehaves in dev`,
    },
  });
  if (!rolled) return false;
  result.rollback = rolled.outputs;
  const revision = rolled.outputs['commit-sha'] ?? '';
  const waited = await run.dist({
    id: 'wait-rollback',
    title: `Wait for Argo CD: ${APPS.dev} at the rollback commit (wait-for-argocd)`,
    action: 'wait-for-argocd',
    inputs: {
      server: sandbox.argocd.url,
      token: sandbox.secrets.argocdToken,
      applications: APPS.dev,
      revision,
      timeout: run.timeout,
    },
  });
  return Boolean(waited);
}

/** Deploys B to dev, lets a teammate change dev, and rolls dev back; stops at the first failed step. */
export async function runRollback(sandbox: Sandbox, opts: FlowOptions = {}): Promise<RollbackFlowResult> {
  const sha = await sandbox.commitService(
    { 'package.json': serviceFiles(NEXT_VERSION)['package.json']! },
    `api ${NEXT_VERSION}: the version that will be rolled back`,
  );
  const run = createRun(sandbox, opts, sha, NEXT_VERSION) as Run & { result: RollbackFlowResult };
  for (const job of [deployToDev, scaleDev, rollbackDev]) {
    if (!(await job(run))) return run.result;
  }
  run.result.ok = true;
  return run.result;
}
