import { code, escapeCell, heading, link, table } from '@gitops-actions/kit';
import type { ExceptionUse, GateVerdict } from './gate.js';
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
export function renderSummary(report: Report, verdict: GateVerdict, opts: SummaryOptions): string {
  return [
    heading(`${opts.title}: ${code(report.artifactName || 'report')}`),
    `${status(verdict, opts)}\n`,
    table(
      SEVERITIES.map((s) => (opts.severities.has(s) ? `${s} (gated)` : s)),
      [SEVERITIES.map((s) => String(verdict.counts[s]))],
    ),
    verdict.unfixed > 0
      ? `\n${verdict.unfixed} gated finding(s) have no fixed version yet and do not block.\n`
      : '',
    blockingSection(report, verdict, opts.maxRows ?? 100),
    exceptionSection('Expired exceptions (they fail the gate)', verdict.expired, EXPIRED_COLUMNS),
    exceptionSection('Exceptions applied', verdict.applied, APPLIED_COLUMNS),
    verdict.unmatched.length > 0
      ? `\nExceptions that matched nothing (remove them?): ${verdict.unmatched.map((e) => `${code(e.id)} (${escapeCell(e.source)} line ${e.line})`).join(', ')}\n`
      : '',
  ].join('');
}

function status(verdict: GateVerdict, opts: SummaryOptions): string {
  const gated = SEVERITIES.filter((s) => opts.severities.has(s)).join(', ');
  return verdict.passed
    ? `✅ Passed: no ${gated} findings block${opts.ignoreUnfixed ? ' (unfixed ones are not gated)' : ''}.`
    : `❌ Failed: ${verdict.blocking.length} blocking finding(s)${verdict.expired.length ? ` and ${verdict.expired.length} expired exception(s)` : ''}.`;
}

function blockingSection(report: Report, verdict: GateVerdict, maxRows: number): string {
  if (verdict.blocking.length === 0) return '';
  const rows = verdict.blocking.slice(0, maxRows).map((f) => blockingRow(report, f));
  const more =
    verdict.blocking.length > maxRows
      ? `\n…and ${verdict.blocking.length - maxRows} more; the SARIF report and the JSON report list all of them.\n`
      : '';
  return `\n${heading('Blocking findings', 4)}${table(['ID', 'Severity', 'Package', 'Installed → fixed', 'Title', 'Target'], rows)}${more}`;
}

/** A column of an exceptions table: its header and its cell for one use of an exception. */
type ExceptionColumn = [header: string, cell: (use: ExceptionUse) => string];

const ID_COLUMN: ExceptionColumn = ['ID', ({ exception: e }) => code(e.id)];
const REASON_COLUMN: ExceptionColumn = ['Reason', ({ exception: e }) => escapeCell(e.reason)];
const ENTRY_COLUMN: ExceptionColumn = [
  'Entry',
  ({ exception: e }) => `${escapeCell(e.source)} line ${e.line}`,
];
const EXPIRED_COLUMNS: ExceptionColumn[] = [
  ID_COLUMN,
  ['Expired on', ({ exception: e }) => escapeCell(e.expires)],
  REASON_COLUMN,
  ENTRY_COLUMN,
  ['Findings it covered', ({ findings }) => String(findings)],
];
const APPLIED_COLUMNS: ExceptionColumn[] = [
  ID_COLUMN,
  REASON_COLUMN,
  ['Expires', ({ exception: e }) => escapeCell(e.expires) || 'never'],
  ENTRY_COLUMN,
  ['Findings', ({ findings }) => String(findings)],
];

function exceptionSection(title: string, uses: ExceptionUse[], columns: ExceptionColumn[]): string {
  if (uses.length === 0) return '';
  return `\n${heading(title, 4)}${table(
    columns.map(([header]) => header),
    uses.map((use) => columns.map(([, cell]) => cell(use))),
  )}`;
}

function blockingRow(report: Report, f: Finding): string[] {
  const rule = report.rules.get(f.id);
  const versions = f.scanner === 'vuln' ? `${code(f.installed)} → ${f.fixed ? code(f.fixed) : 'no fix'}` : '';
  // Every cell is the report's text: code spans and escaped cells keep the table's shape.
  return [
    link(code(f.id), webUrl(rule?.url)),
    escapeCell(f.severity),
    f.pkgName ? code(f.pkgName) : '',
    versions,
    escapeCell(rule?.title ?? ''),
    code(findingPath(report, f, '')) + (f.line > 0 ? `:${f.line}` : ''),
  ];
}

/** Only web links: a report's `javascript:` or `data:` URL is not made a link. */
function webUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
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
export function fileAnnotations(report: Report, verdict: GateVerdict, root: string, max = 50): Annotation[] {
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
