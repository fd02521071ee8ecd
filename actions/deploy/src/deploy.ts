// The dev auto-deploy in one step: build → scan the built image → push → bump the GitOps files →
// wait for Argo CD at the bumped revision. Each stage records what it did in the report, so the
// summary tells how far a failed deploy got.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, systemClock, type Clock, type Exec, type Logger } from '@gitops-actions/kit';
import { publish, selectBuilder, type PublishResult } from '@gitops-actions/image';
import { bump, type BumpResult } from '@gitops-actions/bump';
import type { WaitResult } from '@gitops-actions/argocd';
import type { ArgoInputs, Inputs } from './inputs.js';
import { blockingReason, scanImage, type ImageScan } from './scan.js';

export interface DeployPorts {
  exec: Exec;
  log: Logger;
  clock?: Clock;
  env: NodeJS.ProcessEnv;
  workspace: string;
  tempDir?: string;
  now?: () => Date;
}

export type Stage = 'build' | 'scan' | 'push' | 'bump' | 'wait' | 'done';

export interface DeployReport {
  /** The stage running, or that failed; `done` at the end. */
  stage: Stage;
  image: string;
  tag: string;
  built?: PublishResult;
  scan?: ImageScan;
  pushed?: PublishResult;
  bump?: BumpResult;
  argocd?: WaitResult & { server: string };
}

export function newReport(inputs: Inputs): DeployReport {
  return { stage: 'build', image: inputs.image.image.name, tag: '' };
}

export async function deploy(inputs: Inputs, ports: DeployPorts, report: DeployReport): Promise<void> {
  const work = await mkdtemp(path.join(ports.tempDir ?? tmpdir(), 'deploy-'));
  try {
    const publishPorts = {
      exec: ports.exec,
      log: ports.log,
      clock: ports.clock ?? systemClock,
      env: ports.env,
      workspace: ports.workspace,
      tempDir: work,
    };
    ports.log.info('▶ Building the image');
    report.built = await publish({ ...inputs.image, mode: 'build' }, publishPorts);
    report.tag = report.built.tags[0] ?? '';
    const ref = `${report.image}:${report.tag}`;

    report.stage = 'scan';
    ports.log.info('▶ Scanning the image before it leaves the runner');
    report.scan = await scan(inputs, ref, work, ports);
    if (!report.scan.passed) {
      throw new ActionError(
        'deploy the image',
        `the scan of ${ref} blocks it: ${blockingReason(report.scan.verdict)}`,
        {
          hint: 'Nothing was pushed and the GitOps repository is unchanged. Upgrade the packages listed in the summary, or record an exception (with a reason and an expiry) in the ignore file.',
        },
      );
    }

    report.stage = 'push';
    ports.log.info('▶ Pushing the image');
    report.pushed = await publish({ ...inputs.image, mode: 'push' }, publishPorts);
    const digest = report.pushed.digest;

    report.stage = 'bump';
    ports.log.info('▶ Bumping the GitOps files');
    report.bump = await bump(
      { ...inputs.gitops, image: report.image, tag: report.tag, digest: inputs.pinDigest ? digest : '' },
      { log: ports.log, exec: ports.exec, clock: ports.clock, tempDir: work },
    );

    if (inputs.argocd) {
      report.stage = 'wait';
      ports.log.info('▶ Waiting for Argo CD');
      report.argocd = await waitForArgo(inputs.argocd, report.bump.commitSha, ports.log);
      if (report.argocd.outcome !== 'done') throw argoFailure(report.argocd);
    } else {
      ports.log.info('Not waiting for Argo CD (no argocd-server, or wait is false)');
    }
    report.stage = 'done';
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The built image, saved to an archive Trivy reads directly: nothing leaves the runner before the gate. */
async function scan(inputs: Inputs, ref: string, work: string, ports: DeployPorts): Promise<ImageScan> {
  const builder = await selectBuilder(inputs.image.builder, ports.exec);
  const archive = path.join(work, 'image.tar');
  await builder.saveArchive(ref, archive);
  try {
    return await scanImage(inputs.scan, ref, archive, {
      exec: ports.exec,
      log: ports.log,
      workspace: ports.workspace,
      workDir: work,
      env: ports.env,
      now: ports.now ?? (() => new Date()),
    });
  } finally {
    await rm(archive, { force: true });
  }
}

async function waitForArgo(
  argo: ArgoInputs,
  revision: string,
  log: Logger,
): Promise<WaitResult & { server: string }> {
  // The Argo CD client loads only when there is something to wait for.
  const { ArgoClient, waitForApps } = await import('@gitops-actions/argocd');
  const client = new ArgoClient({ server: argo.server, token: argo.token });
  try {
    const result = await waitForApps(
      {
        apps: argo.applications,
        expect: { revision, acceptSuspended: false, degradedGraceMs: 30_000 },
        refresh: 'normal',
        sync: argo.sync,
        timeoutMs: argo.timeoutMs,
        server: argo.server,
      },
      { api: client, log },
    );
    return { ...result, server: argo.server };
  } finally {
    client.close();
  }
}

function argoFailure(result: WaitResult): ActionError {
  return new ActionError('wait for Argo CD', result.message, {
    hint:
      result.outcome === 'timeout'
        ? 'The image is pushed and the GitOps commit is in place. Raise argocd-timeout if the rollout is just slow; for apps without auto-sync set argocd-sync: true.'
        : 'The image is pushed and the GitOps commit is in place; fix what Argo CD reports above and re-run.',
  });
}
