import { code, escapeCell, heading, link, table } from '@gitops-actions/kit';
import { plain } from './text.js';
import type { SonarCondition, SonarResult } from './quality-gate.js';

const BOUND: Record<string, string> = { LT: 'below', GT: 'above', EQ: 'equal to', NE: 'different from' };

/** `new_coverage is 82.5 (must not be below 85)`; some conditions (e.g. open_issues) carry no threshold. */
export function describeCondition(c: SonarCondition): string {
  const bound = BOUND[c.comparator] ?? plain(c.comparator);
  const rule = c.threshold
    ? `must not be ${bound} ${plain(c.threshold)}`
    : `${plain(c.status)}, comparator ${plain(c.comparator)}`;
  return `${plain(c.metric)} is ${plain(c.actual)} (${rule})`;
}

/** Why the quality gate fails, in one line; '' when it passed. */
export function qualityGateFailure(result: SonarResult): string {
  if (result.passed) return '';
  const conditions = result.failed.map(describeCondition).join('; ');
  return `SonarQube quality gate of ${plain(result.projectKey)} is ${plain(result.status)}${conditions ? `: ${conditions}` : ''}`;
}

/** The job summary section: status, link to the dashboard, and the failed conditions. */
export function renderQualityGateSummary(result: SonarResult): string {
  const head = `\n${heading(`SonarQube quality gate: ${link(code(result.projectKey), result.dashboardUrl)}`, 4)}`;
  const status = `${result.passed ? '✅' : '❌'} ${escapeCell(result.status)}\n`;
  if (result.failed.length === 0) return `${head}${status}`;
  return `${head}${status}\n${table(
    ['Metric', 'Threshold', 'Actual'],
    // Every cell is the server's text: code spans and escaped cells keep the table's shape.
    result.failed.map((c) => [
      code(c.metric),
      c.threshold ? escapeCell(`${c.comparator} ${c.threshold}`) : '—',
      escapeCell(c.actual),
    ]),
  )}`;
}
