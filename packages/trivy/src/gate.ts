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

export interface Verdict {
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

/** The gate: one pass over the findings, exceptions looked up by ID. */
export function evaluate(report: Report, opts: GateOptions): Verdict {
  const active = new Map<string, ExceptionUse[]>();
  const expiredPolicy = new Map<string, ExceptionUse[]>();
  const uses: ExceptionUse[] = [];
  for (const exception of opts.exceptions) {
    const use = { exception, findings: 0 };
    uses.push(use);
    // An expired ignore-file entry simply stops applying, as in Trivy; an expired policy entry fails.
    const expired = isExpired(exception, opts.now);
    if (expired && exception.origin === 'ignore-file') continue;
    const index = expired ? expiredPolicy : active;
    const list = index.get(exception.id);
    if (list) list.push(use);
    else index.set(exception.id, [use]);
  }

  const verdict: Verdict = {
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
  for (const finding of report.findings) {
    if (!opts.scanners.has(finding.scanner)) {
      verdict.outOfScope++;
      continue;
    }
    verdict.findings.push(finding);
    for (const use of expiredPolicy.get(finding.id) ?? [])
      if (matches(use.exception, finding)) use.findings++;
    const use = active.get(finding.id)?.find((u) => matches(u.exception, finding));
    if (use) {
      use.findings++;
      verdict.suppressed.set(finding, use.exception);
      continue;
    }
    verdict.counts[finding.severity]++;
    if (!opts.severities.has(finding.severity)) continue;
    if (opts.ignoreUnfixed && finding.scanner === 'vuln' && finding.fixed === '') {
      verdict.unfixed++;
      continue;
    }
    verdict.blocking.push(finding);
  }
  verdict.blocking.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  for (const use of uses) {
    const expired = isExpired(use.exception, opts.now);
    if (expired && use.exception.origin === 'policy') verdict.expired.push(use);
    else if (!expired && use.findings > 0) verdict.applied.push(use);
    else if (!expired) verdict.unmatched.push(use.exception);
  }
  verdict.passed = verdict.blocking.length === 0 && verdict.expired.length === 0;
  return verdict;
}
