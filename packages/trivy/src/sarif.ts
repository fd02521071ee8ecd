import { open } from 'node:fs/promises';
import type { GateVerdict } from './gate.js';
import type { Finding, Report, ResultInfo, Rule } from './report.js';
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
  verdict: GateVerdict,
  opts: SarifOptions,
): Promise<void> {
  const handle = await open(file, 'w');
  try {
    // Few large writes: one per ~4 MiB of text, instead of one per result or per small batch.
    let pending: string[] = [];
    let size = 0;
    for (const chunk of sarifChunks(report, verdict, opts)) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= WRITE_CHUNK) {
        await handle.write(pending.join(''));
        pending = [];
        size = 0;
      }
    }
    if (pending.length) await handle.write(pending.join(''));
  } finally {
    await handle.close();
  }
}

export function sarifText(report: Report, verdict: GateVerdict, opts: SarifOptions): string {
  return [...sarifChunks(report, verdict, opts)].join('');
}

const WRITE_CHUNK = 4 * 1024 * 1024;

function* sarifChunks(report: Report, verdict: GateVerdict, opts: SarifOptions): Generator<string> {
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
  const writer = new ResultWriter(report, verdict, index, opts);
  // Joined in batches: one flat string per batch instead of a deep chain of concatenations.
  const batch: string[] = [];
  const findings = verdict.findings;
  for (let i = 0; i < findings.length; i++) {
    batch.push(writer.result(findings[i]!));
    if (batch.length === 4096) {
      yield (i + 1 === batch.length ? '' : ',') + batch.join(',');
      batch.length = 0;
    }
  }
  yield `${batch.length && findings.length > batch.length ? ',' : ''}${batch.join(',')}]}]}\n`;
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

/**
 * One SARIF result as JSON text. A 100,000-finding report repeats the same rules, packages, versions
 * and files over and over, so their JSON-escaped forms are computed once and results are assembled
 * from them, instead of building an object per result and `JSON.stringify`-ing it.
 */
class ResultWriter {
  /** JSON-escaped string contents, without the quotes. */
  private readonly escaped = new Map<string, string>();
  /** Per Trivy result (one lockfile or image layer): the artifact location all its findings share. */
  private readonly artifact = new Map<ResultInfo, string>();
  private readonly ruleHead = new Map<string, string>();

  constructor(
    private readonly report: Report,
    private readonly verdict: GateVerdict,
    private readonly index: ReadonlyMap<string, number>,
    private readonly opts: SarifOptions,
  ) {}

  private esc(value: string): string {
    let out = this.escaped.get(value);
    if (out === undefined) {
      out = JSON.stringify(value).slice(1, -1);
      // Bounded: versions and IDs repeat; a pathological report must not grow this without limit.
      if (this.escaped.size < 200_000) this.escaped.set(value, out);
    }
    return out;
  }

  private head(finding: Finding): string {
    const key = `${finding.severity}\u0000${finding.id}`;
    let out = this.ruleHead.get(key);
    if (out === undefined) {
      out = `{"ruleId":"${this.esc(finding.id)}","ruleIndex":${this.index.get(finding.id) ?? 0},"level":"${LEVEL[finding.severity]}"`;
      this.ruleHead.set(key, out);
    }
    return out;
  }

  private location(result: ResultInfo, finding: Finding): string {
    let out = this.artifact.get(result);
    if (out === undefined) {
      const uri = encodeURI(findingPath(this.report, finding, this.opts.root));
      out = `{"physicalLocation":{"artifactLocation":{"uri":"${this.esc(uri)}","uriBaseId":"ROOTPATH"},"region":`;
      this.artifact.set(result, out);
    }
    return out;
  }

  result(finding: Finding): string {
    const e = (v: string) => this.esc(v);
    const line = finding.line > 0 ? finding.line : 1;
    const message = finding.pkgName
      ? `Package: ${e(finding.pkgName)}\\nInstalled Version: ${e(finding.installed)}\\nVulnerability ${e(finding.id)}` +
        `\\nSeverity: ${finding.severity}\\nFixed Version: ${e(finding.fixed || 'none')}`
      : `${RULE_NAME[finding.scanner]} ${e(finding.id)}\\nSeverity: ${finding.severity}\\nTarget: ${e(finding.result.target)}`;
    const where = finding.pkgId
      ? `${e(finding.result.target)}: ${e(finding.pkgId)}`
      : e(finding.result.target);
    const exception = this.verdict.suppressed.get(finding);
    const suppressions = exception
      ? `,"suppressions":${JSON.stringify([
          {
            kind: 'external',
            status: 'accepted',
            justification: `${exception.reason} (${exception.source} line ${exception.line}${exception.expires ? `, until ${exception.expires}` : ''})`,
          },
        ])}`
      : '';
    return (
      `${this.head(finding)},"message":{"text":"${message}"},"locations":[${this.location(finding.result, finding)}` +
      `{"startLine":${line},"startColumn":1,"endLine":${line},"endColumn":1}},"message":{"text":"${where}"}}]${suppressions}}`
    );
  }
}
