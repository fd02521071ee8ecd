// The deploy's scan: the built image, saved as a docker-archive, scanned before it leaves the runner,
// with the same pieces as scan-gate (exceptions, install, one run, report, gate, summary).
import { tmpdir } from 'node:os';
import { loadExceptions } from './exceptions.js';
import { blockingReason, type GateVerdict } from './gate.js';
import type { Report } from './report.js';
import { gateReport, readReport, scanOnce, type TrivyGateRequest, type TrivyPorts } from './scan.js';
import { renderSummary } from './summary.js';

export interface ImageScanRequest extends TrivyGateRequest {
  /** The image reference the report and the summary name. */
  ref: string;
  /** The image saved as a docker-archive (`docker save`, `podman save`). */
  archive: string;
}

export interface ImageScan {
  passed: boolean;
  verdict: GateVerdict;
  report: Report;
  summary: string;
  /** What blocks the image, in one line; '' when it passed. */
  blocking: string;
}

/** Scans the archive for vulnerabilities, without a registry or a daemon, and gates on the result. */
export async function scanImageArchive(request: ImageScanRequest, ports: TrivyPorts): Promise<ImageScan> {
  const exceptions = await loadExceptions(request, ports.workspace, request.inputNames);
  const output = await scanOnce(
    request,
    {
      scanType: 'image',
      target: request.ref,
      scanners: ['vuln'],
      dir: ports.tempDir ?? tmpdir(),
      // Trivy reads every flag from TRIVY_<FLAG>: `--input` makes it scan the archive.
      env: { TRIVY_INPUT: request.archive },
    },
    ports,
  );
  const report = await readReport(output, 'of the image');
  const verdict = gateReport(report, request, ['vuln'], exceptions, ports.clock);
  // With --input, Trivy names the archive; the summary should name the image.
  const summary = renderSummary({ ...report, artifactName: request.ref }, verdict, {
    title: 'Image scan',
    severities: request.severities,
    ignoreUnfixed: request.ignoreUnfixed,
  });
  return { passed: verdict.passed, verdict, report, summary, blocking: blockingReason(verdict) };
}
