import { shown } from '@gitops-actions/kit';
import { isExpired, matches, type Exception } from './policy.js';
import type { Finding, Report, Scanner } from './report.js';
import { emptyCounts, type Counts, type Severity } from './severity.js';

export interface GateOptions {
  /** Severities that fail the gate. */
  severities: ReadonlySet<Severity>;
  /** Vulnerabilities without a fixed version do not fail the gate (they are still reported). */
  ignoreUnfixed: boolean;
  /** Findings of other scanners in a report are left out entirely. */
  scanners: ReadonlySet<Scanner>;
  exceptions: readonly Exception[];
  now: Date;
}

export interface ExceptionUse {
  exception: Exception;
  findings: number;
}

/** What the Trivy gate decided about one report (not to be confused with Argo CD's wait verdicts). */
export interface GateVerdict {
  passed: boolean;
  /** Findings that fail the gate, most severe first. */
  blocking: Finding[];
  /** Reported findings (in scope, not excepted) by severity. */
  counts: Counts;
  /** Findings in scope (selected scanners), excepted ones included: what SARIF lists. */
  findings: Finding[];
  /** Which exception covers a finding; SARIF marks these as suppressed. */
  suppressed: Map<Finding, Exception>;
  applied: ExceptionUse[];
  /** Policy entries past their date: they fail the gate, and cover nothing. */
  expired: ExceptionUse[];
  /** Unexpired entries that matched no finding. */
  unmatched: Exception[];
  /** Gated-severity vulnerabilities let through because no fix exists yet. */
  unfixed: number;
  /** Findings of scanners not selected. */
  outOfScope: number;
}

const RANK: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };

/** Exceptions by ID, so the pass over a large report looks each finding up once. */
interface ExceptionIndex {
  uses: ExceptionUse[];
  active: Map<string, ExceptionUse[]>;
  expiredPolicy: Map<string, ExceptionUse[]>;
}

function indexExceptions(exceptions: readonly Exception[], now: Date): ExceptionIndex {
  const index: ExceptionIndex = { uses: [], active: new Map(), expiredPolicy: new Map() };
  for (const exception of exceptions) {
    const use = { exception, findings: 0 };
    index.uses.push(use);
    // An expired ignore-file entry simply stops applying, as in Trivy; an expired policy entry fails.
    const expired = isExpired(exception, now);
    if (expired && exception.origin === 'ignore-file') continue;
    const byId = expired ? index.expiredPolicy : index.active;
    const list = byId.get(exception.id);
    if (list) list.push(use);
    else byId.set(exception.id, [use]);
  }
  return index;
}

function emptyVerdict(): GateVerdict {
  return {
    passed: true,
    blocking: [],
    counts: emptyCounts(),
    findings: [],
    suppressed: new Map(),
    applied: [],
    expired: [],
    unmatched: [],
    unfixed: 0,
    outOfScope: 0,
  };
}

function judge(finding: Finding, index: ExceptionIndex, opts: GateOptions, verdict: GateVerdict): void {
  if (!opts.scanners.has(finding.scanner)) {
    verdict.outOfScope++;
    return;
  }
  verdict.findings.push(finding);
  for (const use of index.expiredPolicy.get(finding.id) ?? [])
    if (matches(use.exception, finding)) use.findings++;
  const use = index.active.get(finding.id)?.find((u) => matches(u.exception, finding));
  if (use) {
    use.findings++;
    verdict.suppressed.set(finding, use.exception);
    return;
  }
  verdict.counts[finding.severity]++;
  if (!opts.severities.has(finding.severity)) return;
  if (opts.ignoreUnfixed && finding.scanner === 'vuln' && finding.fixed === '') {
    verdict.unfixed++;
    return;
  }
  verdict.blocking.push(finding);
}

function sortUses(uses: ExceptionUse[], now: Date, verdict: GateVerdict): void {
  for (const use of uses) {
    const expired = isExpired(use.exception, now);
    if (expired && use.exception.origin === 'policy') verdict.expired.push(use);
    else if (!expired && use.findings > 0) verdict.applied.push(use);
    else if (!expired) verdict.unmatched.push(use.exception);
  }
}

/** The gate: one pass over the findings, exceptions looked up by ID. */
export function evaluateGate(report: Report, opts: GateOptions): GateVerdict {
  const index = indexExceptions(opts.exceptions, opts.now);
  const verdict = emptyVerdict();
  for (const finding of report.findings) judge(finding, index, opts, verdict);
  verdict.blocking.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  sortUses(index.uses, opts.now, verdict);
  verdict.passed = verdict.blocking.length === 0 && verdict.expired.length === 0;
  return verdict;
}

/**
 * What blocks the gate, in one line: counts by severity and the first IDs, then expired exceptions.
 * Empty when the gate passed.
 */
export function blockingReason(verdict: GateVerdict): string {
  const reasons: string[] = [];
  const blocking = verdict.blocking;
  if (blocking.length) {
    const bySeverity = new Map<string, number>();
    for (const f of blocking) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
    const ids = firstIds(blocking, 6);
    reasons.push(
      `${blocking.length} finding(s) block the gate (${parts}): ${ids.slice(0, 5).map(asId).join(', ')}${ids.length > 5 ? ', …' : ''}`,
    );
  }
  for (const { exception: e } of verdict.expired) {
    reasons.push(`exception ${asId(e.id)} (${asId(e.source)} line ${e.line}) expired on ${e.expires}`);
  }
  return reasons.join('; ');
}

/** A report's or a policy's ID as it came when it looks like one (`CVE-2019-14697`), else quoted by `shown`. */
function asId(id: string): string {
  return /^[\w.:/@+-]{1,80}$/.test(id) ? id : shown(id);
}

/** The first `max` distinct IDs, without walking all of a report with many thousands of findings. */
function firstIds(findings: readonly Finding[], max: number): string[] {
  const ids = new Set<string>();
  for (const f of findings) {
    ids.add(f.id);
    if (ids.size >= max) break;
  }
  return [...ids];
}
