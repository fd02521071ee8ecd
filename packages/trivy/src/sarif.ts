import { writeFile } from 'node:fs/promises';
import type { Verdict } from './gate.js';
import type { Finding, Report, Rule } from './report.js';
import type { Severity } from './severity.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
  /** Where targets of a filesystem scan live, relative to the repository root ('' for the root). */
  root: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};

/** GitHub ranks alerts by `security-severity`; without a CVSS score, the middle of each band. */
const BAND: Record<Severity, number> = { CRITICAL: 9.5, HIGH: 8.0, MEDIUM: 5.5, LOW: 2.0, UNKNOWN: 0.0 };

const RULE_NAME = { vuln: 'Vulnerability', misconfig: 'Misconfiguration', secret: 'Secret' } as const;

/** Writes the SARIF log of every finding in scope (excepted ones as suppressed) without building it in memory. */
export async function writeSarif(
  file: string,
  report: Report,
  verdict: Verdict,
  opts: SarifOptions,
): Promise<void> {
  await writeFile(file, sarifChunks(report, verdict, opts));
}

export function sarifText(report: Report, verdict: Verdict, opts: SarifOptions): string {
  return [...sarifChunks(report, verdict, opts)].join('');
}

function* sarifChunks(report: Report, verdict: Verdict, opts: SarifOptions): Generator<string> {
  const index = new Map<string, number>();
  const rules: unknown[] = [];
  for (const finding of verdict.findings) {
    if (index.has(finding.id)) continue;
    index.set(finding.id, rules.length);
    rules.push(sarifRule(report.rules.get(finding.id), finding));
  }
  const driver = {
    name: 'Trivy',
    fullName: 'Trivy Vulnerability Scanner',
    informationUri: 'https://github.com/aquasecurity/trivy',
    ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
    rules,
  };
  const properties = { artifactName: report.artifactName, artifactType: report.artifactType };
  yield (
    `{"version":"2.1.0","$schema":${JSON.stringify(SARIF_SCHEMA)},"runs":[{"tool":{"driver":${JSON.stringify(driver)}},` +
    `"columnKind":"utf16CodeUnits","originalUriBaseIds":{"ROOTPATH":{"uri":"file:///"}},` +
    `"properties":${JSON.stringify(properties)},"results":[`
  );
  const batch: string[] = [];
  let first = true;
  for (const finding of verdict.findings) {
    batch.push(JSON.stringify(sarifResult(report, verdict, finding, index.get(finding.id) ?? 0, opts)));
    if (batch.length === 2000) {
      yield (first ? '' : ',') + batch.join(',');
      first = false;
      batch.length = 0;
    }
  }
  if (batch.length) yield (first ? '' : ',') + batch.join(',');
  yield ']}]}\n';
}

function sarifRule(rule: Rule | undefined, finding: Finding): unknown {
  const title = rule?.title || finding.id;
  const description = rule?.description || title;
  const score = rule?.score ?? BAND[finding.severity];
  const link = rule?.url ? `[${finding.id}](${rule.url})` : finding.id;
  return {
    id: finding.id,
    name: RULE_NAME[finding.scanner],
    shortDescription: { text: title },
    fullDescription: { text: description },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    ...(isUri(rule?.url) ? { helpUri: rule!.url } : {}),
    help: {
      text: `${title}\nSeverity: ${finding.severity}\nLink: ${link}\n${description}`,
      markdown: `**${title}**\n| Severity | Link |\n| --- | --- |\n|${finding.severity}|${link}|\n\n${description}`,
    },
    properties: {
      precision: 'very-high',
      'security-severity': score.toFixed(1),
      tags: [finding.scanner === 'vuln' ? 'vulnerability' : finding.scanner, 'security', finding.severity],
    },
  };
}

function isUri(value: string | undefined): boolean {
  if (!value) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Image findings point at the image; filesystem findings at the file, under the scanned folder. */
export function findingPath(report: Report, finding: Finding, root: string): string {
  if (finding.result.class === 'os-pkgs' || report.artifactType === 'container_image') {
    return report.artifactName || finding.result.target;
  }
  const target = finding.result.target.replace(/^\.\//, '');
  return root && root !== '.' ? `${root.replace(/\/+$/, '')}/${target}` : target;
}

function sarifResult(
  report: Report,
  verdict: Verdict,
  finding: Finding,
  ruleIndex: number,
  opts: SarifOptions,
): unknown {
  const where = findingPath(report, finding, opts.root);
  const line = finding.line > 0 ? finding.line : 1;
  const message = finding.pkgName
    ? `Package: ${finding.pkgName}\nInstalled Version: ${finding.installed}\nVulnerability ${finding.id}\n` +
      `Severity: ${finding.severity}\nFixed Version: ${finding.fixed || 'none'}`
    : `${RULE_NAME[finding.scanner]} ${finding.id}\nSeverity: ${finding.severity}\nTarget: ${finding.result.target}`;
  const exception = verdict.suppressed.get(finding);
  return {
    ruleId: finding.id,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(where), uriBaseId: 'ROOTPATH' },
          region: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
        },
        message: {
          text: finding.pkgId ? `${finding.result.target}: ${finding.pkgId}` : finding.result.target,
        },
      },
    ],
    ...(exception
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${exception.reason} (${exception.source} line ${exception.line}${exception.expires ? `, until ${exception.expires}` : ''})`,
            },
          ],
        }
      : {}),
  };
}
