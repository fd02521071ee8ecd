import { code, escapeCell, heading, link, table } from '@gitops-actions/kit';
import type { Verdict } from './gate.js';
import { findingPath } from './sarif.js';
import type { Finding, Report } from './report.js';
import { SEVERITIES, type Severity } from './severity.js';

export interface SummaryOptions {
  title: string;
  severities: ReadonlySet<Severity>;
  ignoreUnfixed: boolean;
  /** Rows of the blocking table; the step summary is capped at 1 MiB by GitHub. */
  maxRows?: number;
}

/** The job summary: verdict, counts per severity, blocking findings, exceptions. */
export function renderSummary(report: Report, verdict: Verdict, opts: SummaryOptions): string {
  const maxRows = opts.maxRows ?? 100;
  const gated = SEVERITIES.filter((s) => opts.severities.has(s)).join(', ');
  const status = verdict.passed
    ? `✅ Passed: no ${gated} findings block${opts.ignoreUnfixed ? ' (unfixed ones are not gated)' : ''}.`
    : `❌ Failed: ${verdict.blocking.length} blocking finding(s)${verdict.expired.length ? ` and ${verdict.expired.length} expired exception(s)` : ''}.`;
  const parts = [
    heading(`${opts.title}: ${code(report.artifactName || 'report')}`),
    `${status}\n`,
    table(
      SEVERITIES.map((s) => (opts.severities.has(s) ? `${s} (gated)` : s)),
      [SEVERITIES.map((s) => String(verdict.counts[s]))],
    ),
  ];
  if (verdict.unfixed > 0)
    parts.push(`\n${verdict.unfixed} gated finding(s) have no fixed version yet and do not block.\n`);
  if (verdict.blocking.length > 0) {
    parts.push(`\n${heading('Blocking findings', 4)}`);
    parts.push(
      table(
        ['ID', 'Severity', 'Package', 'Installed → fixed', 'Title', 'Target'],
        verdict.blocking.slice(0, maxRows).map((f) => blockingRow(report, f)),
      ),
    );
    if (verdict.blocking.length > maxRows) {
      parts.push(
        `\n…and ${verdict.blocking.length - maxRows} more; the SARIF report and the JSON report list all of them.\n`,
      );
    }
  }
  if (verdict.expired.length > 0) {
    parts.push(`\n${heading('Expired exceptions (they fail the gate)', 4)}`);
    parts.push(
      table(
        ['ID', 'Expired on', 'Reason', 'Entry', 'Findings it covered'],
        verdict.expired.map(({ exception: e, findings }) => [
          code(e.id),
          e.expires,
          escapeCell(e.reason),
          `${escapeCell(e.source)} line ${e.line}`,
          String(findings),
        ]),
      ),
    );
  }
  if (verdict.applied.length > 0) {
    parts.push(`\n${heading('Exceptions applied', 4)}`);
    parts.push(
      table(
        ['ID', 'Reason', 'Expires', 'Entry', 'Findings'],
        verdict.applied.map(({ exception: e, findings }) => [
          code(e.id),
          escapeCell(e.reason),
          e.expires || 'never',
          `${escapeCell(e.source)} line ${e.line}`,
          String(findings),
        ]),
      ),
    );
  }
  if (verdict.unmatched.length > 0) {
    parts.push(
      `\nExceptions that matched nothing (remove them?): ${verdict.unmatched.map((e) => `${code(e.id)} (${escapeCell(e.source)} line ${e.line})`).join(', ')}\n`,
    );
  }
  return parts.join('');
}

function blockingRow(report: Report, f: Finding): string[] {
  const rule = report.rules.get(f.id);
  const versions = f.scanner === 'vuln' ? `${code(f.installed)} → ${f.fixed ? code(f.fixed) : 'no fix'}` : '';
  return [
    link(code(f.id), rule?.url || undefined),
    f.severity,
    f.pkgName ? code(f.pkgName) : '',
    versions,
    escapeCell(rule?.title ?? ''),
    code(findingPath(report, f, '')) + (f.line > 0 ? `:${f.line}` : ''),
  ];
}

export interface Annotation {
  file: string;
  line: number;
  title: string;
  message: string;
}

/**
 * Blocking findings of a filesystem scan as annotations on the file that brings them (the lockfile
 * line of the package, the config block, the secret), one per file and line.
 */
export function fileAnnotations(report: Report, verdict: Verdict, root: string, max = 50): Annotation[] {
  if (report.artifactType === 'container_image') return [];
  const byPlace = new Map<string, Finding[]>();
  for (const finding of verdict.blocking) {
    if (finding.result.class === 'os-pkgs') continue;
    const key = `${findingPath(report, finding, root)}\0${finding.line}`;
    const list = byPlace.get(key);
    if (list) list.push(finding);
    else byPlace.set(key, [finding]);
  }
  const out: Annotation[] = [];
  for (const [key, findings] of byPlace) {
    if (out.length >= max) break;
    const [file = '', line = '0'] = key.split('\0');
    const first = findings[0]!;
    const what = first.pkgName ? `${first.pkgName} ${first.installed}` : first.result.target;
    out.push({
      file,
      line: Number(line) || 1,
      title: `${findings.length} blocking finding(s) in ${what}`,
      message: findings
        .map((f) => {
          const fix = f.scanner === 'vuln' ? (f.fixed ? ` (fixed in ${f.fixed})` : ' (no fix yet)') : '';
          return `${f.severity} ${f.id}${fix}: ${report.rules.get(f.id)?.title ?? ''}`;
        })
        .join('\n'),
    });
  }
  return out;
}
