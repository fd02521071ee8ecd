// The image scan of a deploy: Trivy installed (or given), run once on the built image before it is
// pushed, and the gate derived from that one JSON report with packages/trivy.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, type Exec, type Logger } from '@gitops-actions/kit';
import {
  DEFAULT_TRIVY_VERSION,
  PolicyError,
  ReportError,
  evaluate,
  installTrivy,
  parseIgnoreFile,
  parseReport,
  renderSummary,
  runTrivy,
  type Exception,
  type Report,
  type Verdict,
} from '@gitops-actions/trivy';
import type { ScanInputs } from './inputs.js';

export interface ScanPorts {
  exec: Exec;
  log: Logger;
  workspace: string;
  /** A private folder for the report. */
  workDir: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export interface ImageScan {
  passed: boolean;
  verdict: Verdict;
  report: Report;
  summary: string;
}

/** Scans `archive` (the built image saved as a docker-archive) and reports it as `ref`. */
export async function scanImage(
  inputs: ScanInputs,
  ref: string,
  archive: string,
  ports: ScanPorts,
): Promise<ImageScan> {
  const exceptions = await loadIgnoreFile(inputs, ports.workspace);
  const binary = await trivyBinary(inputs, ports);
  const output = path.join(ports.workDir, `trivy-image-${randomBytes(4).toString('hex')}.json`);
  await runTrivy({
    binary,
    scanType: 'image',
    target: ref,
    scanners: ['vuln'],
    dbRepositories: inputs.dbRepositories,
    output,
    cwd: ports.workspace,
    // Trivy reads every flag from TRIVY_<FLAG>: `--input` makes it scan the archive, no registry or daemon.
    env: { ...ports.env, TRIVY_INPUT: archive },
    exec: ports.exec,
    log: ports.log,
  });
  const report = await readReport(output);
  const verdict = evaluate(report, {
    severities: inputs.severities,
    ignoreUnfixed: inputs.ignoreUnfixed,
    scanners: new Set(['vuln']),
    exceptions,
    now: ports.now(),
  });
  // With --input, Trivy names the archive; the summary should name the image.
  const summary = renderSummary({ ...report, artifactName: ref }, verdict, {
    title: 'Image scan',
    severities: inputs.severities,
    ignoreUnfixed: inputs.ignoreUnfixed,
  });
  return { passed: verdict.passed, verdict, report, summary };
}

/** One line naming what blocks the gate, for the error of the step. */
export function blockingReason(verdict: Verdict): string {
  const reasons: string[] = [];
  if (verdict.blocking.length) {
    const bySeverity = new Map<string, number>();
    for (const f of verdict.blocking) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
    const ids = [...new Set(verdict.blocking.map((f) => f.id))];
    reasons.push(
      `${verdict.blocking.length} finding(s) block the gate (${parts}): ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`,
    );
  }
  for (const { exception: e } of verdict.expired) {
    reasons.push(`exception ${e.id} (${e.source} line ${e.line}) expired on ${e.expires}`);
  }
  return reasons.join('; ');
}

async function trivyBinary(inputs: ScanInputs, ports: ScanPorts): Promise<string> {
  if (inputs.trivyPath) return path.resolve(ports.workspace, inputs.trivyPath);
  const installed = await installTrivy({
    version: inputs.trivyVersion || DEFAULT_TRIVY_VERSION,
    urlTemplate: inputs.trivyUrl,
    checksum: inputs.trivyChecksum,
    log: ports.log,
  });
  return installed.path;
}

async function loadIgnoreFile(inputs: ScanInputs, workspace: string): Promise<Exception[]> {
  const file = path.resolve(workspace, inputs.ignoreFile);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    // The default file is optional; one named on purpose must exist.
    if (error.code === 'ENOENT' && inputs.ignoreFile === '.trivyignore.yaml') return '';
    throw new ActionError(
      'read the ignore file',
      `${inputs.ignoreFile}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      { hint: 'Fix ignore-file, or leave it at its default .trivyignore.yaml.' },
    );
  });
  try {
    return parseIgnoreFile(text, inputs.ignoreFile);
  } catch (error) {
    if (error instanceof PolicyError) throw new ActionError('read the ignore file', error.message);
    throw error;
  }
}

async function readReport(file: string): Promise<Report> {
  try {
    return parseReport(await readFile(file));
  } catch (error) {
    if (error instanceof ReportError) {
      throw new ActionError('read the Trivy report of the image', `it ${error.message}`);
    }
    throw error;
  }
}
