import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ActionError,
  exec as systemExec,
  heading,
  table,
  code,
  link,
  type Clock,
  type Exec,
  type Logger,
} from '@gitops-actions/kit';
import {
  DEFAULT_TRIVY_VERSION,
  PolicyError,
  ReportError,
  evaluate,
  fileAnnotations,
  installTrivy,
  parseIgnoreFile,
  parsePolicy,
  parseReport,
  renderSummary,
  runTrivy,
  writeSarif,
  type Annotation,
  type Exception,
  type Report,
  type Verdict,
} from '@gitops-actions/trivy';
import type { Inputs } from './inputs.js';
import { checkSonar, describeCondition, type SonarResult } from './sonar.js';

export interface Ports {
  log: Logger;
  /** The repository checkout; relative inputs resolve against it. */
  workspace: string;
  tempDir?: string;
  exec?: Exec;
  clock?: Clock;
  now?: () => Date;
  env?: Record<string, string | undefined>;
}

export interface ScanResult {
  passed: boolean;
  verdict: Verdict;
  report: Report;
  counts: Record<'critical' | 'high' | 'medium' | 'low' | 'unknown', number>;
  reportPath: string;
  sarifPath: string;
  annotations: Annotation[];
  sonar: SonarResult | undefined;
  summary: string;
}

/** One Trivy run (or an existing report), then everything derived from that one report. */
export async function scanGate(inputs: Inputs, ports: Ports): Promise<ScanResult> {
  const exceptions = await loadExceptions(inputs, ports);
  const reportPath =
    inputs.scanType === 'report' ? await existingReport(inputs, ports) : await scan(inputs, ports);
  const report = await readReport(reportPath);
  const verdict = evaluate(report, {
    severities: inputs.severities,
    ignoreUnfixed: inputs.ignoreUnfixed,
    scanners: new Set(inputs.scanners),
    exceptions,
    now: (ports.now ?? (() => new Date()))(),
  });
  if (verdict.outOfScope > 0) {
    ports.log.info(
      `${verdict.outOfScope} finding(s) from scanners other than ${inputs.scanners.join(', ')} are left out`,
    );
  }
  for (const e of verdict.unmatched) {
    ports.log.warning(
      `Exception ${e.id} (${e.source} line ${e.line}) matches no finding; remove it if it is no longer needed`,
    );
  }
  for (const { exception: e } of verdict.expired) {
    ports.log.warning(`Exception ${e.id} (${e.source} line ${e.line}) expired on ${e.expires}: ${e.reason}`);
  }
  const root = scannedRoot(inputs, report, ports.workspace);
  const sarifPath = inputs.sarif ? path.resolve(ports.workspace, inputs.sarif) : '';
  if (sarifPath) {
    await mkdir(path.dirname(sarifPath), { recursive: true });
    await writeSarif(sarifPath, report, verdict, {
      toolVersion: inputs.scanType === 'report' ? '' : inputs.trivyVersion || DEFAULT_TRIVY_VERSION,
      root,
    });
  }
  const sonar = inputs.sonar
    ? await checkSonar(inputs.sonar, { log: ports.log, workspace: ports.workspace, clock: ports.clock })
    : undefined;
  const c = verdict.counts;
  let summary = renderSummary(report, verdict, {
    title: 'scan-gate',
    severities: inputs.severities,
    ignoreUnfixed: inputs.ignoreUnfixed,
  });
  if (sonar) summary += sonarSummary(sonar);
  return {
    passed: verdict.passed && (sonar?.passed ?? true),
    verdict,
    report,
    counts: { critical: c.CRITICAL, high: c.HIGH, medium: c.MEDIUM, low: c.LOW, unknown: c.UNKNOWN },
    reportPath,
    sarifPath,
    annotations: inputs.scanType === 'image' ? [] : fileAnnotations(report, verdict, root),
    sonar,
    summary,
  };
}

/** One line for the failed step, distinct from the `Could not …` of an error. */
export function gateFailure(result: ScanResult): string {
  const reasons: string[] = [];
  const blocking = result.verdict.blocking;
  if (blocking.length) {
    const bySeverity = new Map<string, number>();
    for (const f of blocking) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
    const ids = [...new Set(blocking.slice(0, 200).map((f) => f.id))];
    reasons.push(
      `${blocking.length} finding(s) block the gate (${parts}): ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`,
    );
  }
  for (const { exception: e } of result.verdict.expired) {
    reasons.push(`exception ${e.id} (${e.source} line ${e.line}) expired on ${e.expires}`);
  }
  if (result.sonar && !result.sonar.passed) {
    const conditions = result.sonar.failed.map(describeCondition).join('; ');
    reasons.push(
      `SonarQube quality gate of ${result.sonar.projectKey} is ${result.sonar.status}${conditions ? `: ${conditions}` : ''}`,
    );
  }
  return `Scan gate failed: ${reasons.join('; ')}`;
}

async function loadExceptions(inputs: Inputs, ports: Ports): Promise<Exception[]> {
  const out: Exception[] = [];
  try {
    if (inputs.policy) out.push(...parsePolicy(await policyText(inputs.policy, ports.workspace), 'policy'));
    const ignorePath = path.resolve(ports.workspace, inputs.ignoreFile);
    const text = await readFile(ignorePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      // The default file is optional; one named on purpose must exist.
      if (error.code === 'ENOENT' && inputs.ignoreFile === '.trivyignore.yaml') return '';
      throw new ActionError(
        'read the ignore file',
        `${inputs.ignoreFile}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
        {
          hint: 'Fix ignore-file, or leave it at its default .trivyignore.yaml.',
        },
      );
    });
    out.push(...parseIgnoreFile(text, inputs.ignoreFile));
  } catch (error) {
    if (error instanceof PolicyError) throw new ActionError('read the exceptions', error.message);
    throw error;
  }
  return out;
}

/** `policy` is YAML, or the path of a YAML file in the repository. */
async function policyText(value: string, workspace: string): Promise<string> {
  if (!/\n/.test(value) && /\.ya?ml$/i.test(value)) {
    try {
      return await readFile(path.resolve(workspace, value), 'utf8');
    } catch (error) {
      throw new ActionError(
        'read the policy',
        `${value}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
    }
  }
  return value;
}

async function existingReport(inputs: Inputs, ports: Ports): Promise<string> {
  const file = path.resolve(ports.workspace, inputs.target);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    throw new ActionError(
      'read the Trivy report',
      `${inputs.target} ${info ? 'is not a file' : 'does not exist'}`,
      {
        hint: "With scan-type: report, target is the JSON report written by an earlier 'trivy --format json' step.",
      },
    );
  }
  return file;
}

async function readReport(file: string): Promise<Report> {
  try {
    return parseReport(await readFile(file));
  } catch (error) {
    if (error instanceof ReportError) {
      throw new ActionError(`read the Trivy report ${file}`, `it ${error.message}`, {
        hint: 'Give the output of trivy --format json (SchemaVersion 2).',
      });
    }
    throw error;
  }
}

async function scan(inputs: Inputs, ports: Ports): Promise<string> {
  const binary = inputs.trivyPath
    ? path.resolve(ports.workspace, inputs.trivyPath)
    : (
        await installTrivy({
          version: inputs.trivyVersion || DEFAULT_TRIVY_VERSION,
          urlTemplate: inputs.trivyUrl,
          checksum: inputs.trivyChecksum,
          log: ports.log,
        })
      ).path;
  const dir = path.join(ports.tempDir ?? tmpdir(), 'scan-gate');
  await mkdir(dir, { recursive: true });
  const output = path.join(dir, `trivy-${inputs.scanType}-${randomBytes(4).toString('hex')}.json`);
  await runTrivy({
    binary,
    scanType: inputs.scanType === 'image' ? 'image' : 'fs',
    target: inputs.target,
    scanners: inputs.scanners,
    dbRepositories: inputs.dbRepositories,
    output,
    cwd: ports.workspace,
    env: ports.env ?? process.env,
    exec: ports.exec ?? systemExec,
    log: ports.log,
    clock: ports.clock,
  });
  return output;
}

/** Folder the report's file targets are relative to, as a repository-relative path. */
function scannedRoot(inputs: Inputs, report: Report, workspace: string): string {
  if (report.artifactType === 'container_image' || inputs.scanType === 'image') return '';
  const scanned = inputs.scanType === 'fs' ? inputs.target : report.artifactName;
  if (!scanned) return '';
  const relative = path.relative(workspace, path.resolve(workspace, scanned)).split(path.sep).join('/');
  return relative.startsWith('..') ? '' : relative;
}

function sonarSummary(sonar: SonarResult): string {
  const head = `\n${heading(`SonarQube quality gate: ${link(code(sonar.projectKey), sonar.dashboardUrl)}`, 4)}`;
  const status = sonar.passed ? `✅ ${sonar.status}\n` : `❌ ${sonar.status}\n`;
  if (sonar.failed.length === 0) return `${head}${status}`;
  return `${head}${status}\n${table(
    ['Metric', 'Threshold', 'Actual'],
    sonar.failed.map((c) => [code(c.metric), c.threshold ? `${c.comparator} ${c.threshold}` : '—', c.actual]),
  )}`;
}
