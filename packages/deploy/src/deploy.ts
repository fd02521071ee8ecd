// The dev auto-deploy in one step: build → scan the built image → push → bump the GitOps files →
// wait for Argo CD at the bumped revision, composed from the packages the single actions call.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DeployPorts, DeployReport, DeployRequest } from './request.js';

/**
 * Runs the deploy and returns how far it got. A failure is recorded as `report.error`, not thrown, so
 * the caller writes the outputs and the summary of a stopped deploy before failing the step.
 */
export async function deploy(request: DeployRequest, ports: DeployPorts): Promise<DeployReport> {
  const report: DeployReport = { stage: 'build', image: request.image.image.name, tag: '' };
  let work: string | undefined;
  try {
    work = await mkdtemp(path.join(ports.tempDir ?? tmpdir(), 'deploy-'));
    // The builders, Trivy, YAML and git load only here, once the caller found the inputs good.
    const { runStages } = await import('./stages.js');
    await runStages(request, report, { ...ports, tempDir: work });
    report.stage = 'done';
  } catch (error) {
    report.error = error instanceof Error ? error : new Error(String(error));
  } finally {
    if (work) await rm(work, { recursive: true, force: true });
  }
  return report;
}
