// scan-gate's whole job: one Trivy run (or an existing report), then the verdict, counts, SARIF,
// job summary and annotations all derived from that one report; optionally the SonarQube gate too.
import { mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, shown, type Logger } from '@gitops-actions/kit';
import {
  checkQualityGate,
  qualityGateFailure,
  renderQualityGateSummary,
  type SonarRequest,
  type SonarResult,
} from '@gitops-actions/sonar';
import { fileProblem, loadExceptions } from './exceptions.js';
import { blockingReason, type GateVerdict } from './gate.js';
import { DEFAULT_TRIVY_VERSION } from './install.js';
import type { TrivyInputNames } from './names.js';
import type { Report, Scanner } from './report.js';
import { writeSarif } from './sarif.js';
import { gateReport, readReport, scanOnce, type TrivyGateRequest, type TrivyPorts } from './scan.js';
import { fileAnnotations, renderSummary, type Annotation } from './summary.js';

export interface ScanGateInputNames extends TrivyInputNames {
  scanType: string;
  target: string;
}

export interface ScanGateRequest extends TrivyGateRequest {
  /** `report` reads an existing Trivy JSON report instead of running Trivy. */
  scanType: 'fs' | 'image' | 'report';
  /** Path, image reference, or report file. */
  target: string;
  scanners: Scanner[];
  /** Policy YAML, inline or the path of a `.yaml` file; '' for none. */
  policy: string;
  /** Where to write SARIF, relative to the workspace; '' for none. */
  sarif: string;
  /** Also gate on this SonarQube project's quality gate. */
  sonar: SonarRequest | undefined;
  inputNames: ScanGateInputNames;
}

export interface ScanGateResult {
  passed: boolean;
  verdict: GateVerdict;
  report: Report;
  counts: Record<'critical' | 'high' | 'medium' | 'low' | 'unknown', number>;
  reportPath: string;
  sarifPath: string;
  annotations: Annotation[];
  sonar: SonarResult | undefined;
  summary: string;
  /** Why the gate failed, in one line; '' when it passed. */
  failure: string;
}

/** One Trivy run (or an existing report), then everything derived from that one report. */
export async function scanGate(request: ScanGateRequest, ports: TrivyPorts): Promise<ScanGateResult> {
  const exceptions = await loadExceptions(request, ports.workspace, request.inputNames);
  const reportPath =
    request.scanType === 'report' ? await existingReport(request, ports) : await scan(request, ports);
  const names = request.inputNames;
  const report =
    request.scanType === 'report'
      ? await readReport(
          reportPath,
          `${shown(request.target)} (${names.target})`,
          `Set \`${names.target}\` to the JSON report of an earlier 'trivy --format json' step (SchemaVersion 2).`,
        )
      : await readReport(
          reportPath,
          `Trivy wrote (${reportPath})`,
          `See the Trivy log above, and check \`${request.trivyPath ? names.trivyPath : (names.trivyVersion ?? names.trivyPath)}\`, which chose this Trivy.`,
        );
  const verdict = gateReport(report, request, request.scanners, exceptions, ports.clock);
  logVerdict(verdict, request.scanners, ports.log);
  const root = scannedRoot(request, report, ports.workspace);
  const sarifPath = await sarif(request, report, verdict, root, ports.workspace);
  const sonar = request.sonar
    ? await checkQualityGate(request.sonar, {
        log: ports.log,
        workspace: ports.workspace,
        clock: ports.clock,
      })
    : undefined;
  const c = verdict.counts;
  const result: ScanGateResult = {
    passed: verdict.passed && (sonar?.passed ?? true),
    verdict,
    report,
    counts: { critical: c.CRITICAL, high: c.HIGH, medium: c.MEDIUM, low: c.LOW, unknown: c.UNKNOWN },
    reportPath,
    sarifPath,
    annotations: request.scanType === 'image' ? [] : fileAnnotations(report, verdict, root),
    sonar,
    summary:
      renderSummary(report, verdict, {
        title: 'scan-gate',
        severities: request.severities,
        ignoreUnfixed: request.ignoreUnfixed,
      }) + (sonar ? renderQualityGateSummary(sonar) : ''),
    failure: '',
  };
  result.failure = result.passed ? '' : gateFailure(result);
  return result;
}

/** One line for the failed step, distinct from the `Could not …` of an error. */
export function gateFailure(result: Pick<ScanGateResult, 'verdict' | 'sonar'>): string {
  const reasons = [blockingReason(result.verdict), result.sonar ? qualityGateFailure(result.sonar) : ''];
  return `Scan gate failed: ${reasons.filter(Boolean).join('; ')}`;
}

function logVerdict(verdict: GateVerdict, scanners: Scanner[], log: Logger): void {
  if (verdict.outOfScope > 0) {
    log.info(`${verdict.outOfScope} finding(s) from scanners other than ${scanners.join(', ')} are left out`);
  }
  for (const e of verdict.unmatched) {
    log.warning(
      `Exception ${shown(e.id)} (${e.source} line ${e.line}) matches no finding; remove it if it is no longer needed`,
    );
  }
  for (const { exception: e } of verdict.expired) {
    log.warning(
      `Exception ${shown(e.id)} (${e.source} line ${e.line}) expired on ${e.expires}: ${shown(e.reason)}`,
    );
  }
}

async function existingReport(request: ScanGateRequest, ports: TrivyPorts): Promise<string> {
  const file = path.resolve(ports.workspace, request.target);
  const names = request.inputNames;
  const { info, error } = await stat(file).then(
    (info) => ({ info, error: undefined }),
    (error: unknown) => ({ info: undefined, error }),
  );
  if (!info?.isFile()) {
    throw new ActionError(
      'read the Trivy report',
      `${shown(request.target)} (${names.target}) ${info ? 'is not a file' : fileProblem(error)}`,
      {
        hint: `With ${names.scanType}: report, ${names.target} is the JSON report written by an earlier 'trivy --format json' step.`,
      },
    );
  }
  return file;
}

function scan(request: ScanGateRequest, ports: TrivyPorts): Promise<string> {
  return scanOnce(
    request,
    {
      scanType: request.scanType === 'image' ? 'image' : 'fs',
      target: request.target,
      scanners: request.scanners,
      dir: path.join(ports.tempDir ?? tmpdir(), 'scan-gate'),
    },
    ports,
  );
}

async function sarif(
  request: ScanGateRequest,
  report: Report,
  verdict: GateVerdict,
  root: string,
  workspace: string,
): Promise<string> {
  if (!request.sarif) return '';
  const sarifPath = path.resolve(workspace, request.sarif);
  await mkdir(path.dirname(sarifPath), { recursive: true });
  await writeSarif(sarifPath, report, verdict, {
    toolVersion: request.scanType === 'report' ? '' : request.trivyVersion || DEFAULT_TRIVY_VERSION,
    root,
  });
  return sarifPath;
}

/** Folder the report's file targets are relative to, as a repository-relative path. */
function scannedRoot(request: ScanGateRequest, report: Report, workspace: string): string {
  if (report.artifactType === 'container_image' || request.scanType === 'image') return '';
  const scanned = request.scanType === 'fs' ? request.target : report.artifactName;
  if (!scanned) return '';
  const relative = path.relative(workspace, path.resolve(workspace, scanned)).split(path.sep).join('/');
  return relative.startsWith('..') ? '' : relative;
}
