// The deploy's stages, each one call of the package the matching action calls, given this request's
// part of the inputs (names included). Loaded lazily by deploy.ts: it pulls in everything heavy.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, systemClock } from '@gitops-actions/kit';
import { failureHint, waitForArgoCd, type WaitResult } from '@gitops-actions/argocd';
import { bump } from '@gitops-actions/bump';
import { publish, selectBuilder, type ImagePorts } from '@gitops-actions/image';
import { scanImageArchive, type ImageScan } from '@gitops-actions/trivy';
import type { DeployPorts, DeployReport, DeployRequest, DeployWaitRequest } from './request.js';

/** The ports of one deploy, with its own private folder. */
type StagePorts = DeployPorts & { tempDir: string };

/** Fills `report` stage by stage; throws at the first stage that fails, with `report.stage` on it. */
export async function runStages(
  request: DeployRequest,
  report: DeployReport,
  ports: StagePorts,
): Promise<void> {
  const { log } = ports;
  const publishPorts: ImagePorts = { ...ports, clock: ports.clock ?? systemClock };
  log.info('▶ Building the image');
  report.built = await publish({ ...request.image, mode: 'build' }, publishPorts);
  report.tag = report.built.tags[0] ?? '';
  const ref = `${report.image}:${report.tag}`;

  report.stage = 'scan';
  log.info('▶ Scanning the image before it leaves the runner');
  report.scan = await scan(request, ref, ports);
  if (!report.scan.passed) throw blocked(ref, report.scan);

  report.stage = 'push';
  log.info('▶ Pushing the image');
  report.pushed = await publish({ ...request.image, mode: 'push' }, publishPorts);

  report.stage = 'bump';
  log.info('▶ Bumping the GitOps files');
  const digest = request.pinDigest ? report.pushed.digest : '';
  report.bump = await bump(
    { ...request.gitops, image: report.image, tag: report.tag, digest },
    { log, exec: ports.exec, clock: ports.clock, tempDir: ports.tempDir },
  );

  if (!request.argocd) {
    log.info('Not waiting for Argo CD (no argocd-server, or wait is false)');
    return;
  }
  report.stage = 'wait';
  log.info('▶ Waiting for Argo CD');
  report.argocd = await waitForArgoCd(
    {
      ...request.argocd,
      expect: { revision: report.bump.commitSha, acceptSuspended: false, degradedGraceMs: 30_000 },
      refresh: 'normal',
    },
    { log, clock: ports.clock },
  );
  if (report.argocd.outcome !== 'done') throw argoFailure(report.argocd, request.argocd);
}

/** The built image, saved to an archive Trivy reads directly: nothing leaves the runner before the gate. */
async function scan(request: DeployRequest, ref: string, ports: StagePorts): Promise<ImageScan> {
  const builder = await selectBuilder(request.image.builder, ports.exec, { log: ports.log });
  const archive = path.join(ports.tempDir, 'image.tar');
  await builder.saveArchive(ref, archive);
  try {
    return await scanImageArchive(
      { ...request.scan, ref, archive },
      { ...ports, clock: ports.clock ?? systemClock },
    );
  } finally {
    await rm(archive, { force: true });
  }
}

function blocked(ref: string, scan: ImageScan): ActionError {
  return new ActionError('deploy the image', `the scan of ${ref} blocks it: ${scan.blocking}`, {
    hint: 'Nothing was pushed and the GitOps repository is unchanged. Upgrade the packages listed in the summary, or record an exception (with a reason and an expiry) in the ignore file.',
  });
}

/** Argo CD's own hint, in the caller's input names, after what the failure leaves in place. */
function argoFailure(result: WaitResult, argo: DeployWaitRequest): ActionError {
  const fix =
    failureHint(result, { sync: argo.sync, inputs: argo.inputs }) ??
    'Fix what Argo CD reports above and re-run.';
  return new ActionError('wait for Argo CD', result.message, {
    hint: `The image is pushed and the GitOps commit is in place. ${fix}`,
  });
}
