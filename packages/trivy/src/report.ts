import { shown } from '@gitops-actions/kit';
import { JsonCursor, JsonSyntaxError, type Span } from './json-scan.js';
import { toSeverity, type Severity } from './severity.js';

export type Scanner = 'vuln' | 'misconfig' | 'secret';

/** One Trivy `Results[]` entry: a lockfile, an OS package database, a config file. Shared by its findings. */
export interface ResultInfo {
  target: string;
  /** `os-pkgs`, `lang-pkgs`, `config`, `secret`, `license`... */
  class: string;
  type: string;
}

/**
 * One finding, kept lean on purpose: a 100,000-finding report must fit in a few times its size, so
 * rule-level text (title, description, links) lives once per rule in `Report.rules`.
 */
export interface Finding {
  scanner: Scanner;
  id: string;
  severity: Severity;
  pkgName: string;
  /** `name@version` as Trivy gives it; '' for misconfigurations and secrets. */
  pkgId: string;
  installed: string;
  fixed: string;
  status: string;
  result: ResultInfo;
  /** Line in `result.target` (the lockfile entry, the misconfigured block, the secret); 0 when unknown. */
  line: number;
}

export interface Rule {
  id: string;
  scanner: Scanner;
  title: string;
  description: string;
  url: string;
  /** CVSS v3 base score when Trivy has one. */
  score: number | undefined;
}

export interface Report {
  schemaVersion: number;
  artifactName: string;
  /** `container_image`, `repository`, `filesystem`... */
  artifactType: string;
  findings: Finding[];
  rules: Map<string, Rule>;
}

/** The input is not a Trivy JSON report; the message says what it is instead. */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}

const VULN_KEYS = new Set([
  'VulnerabilityID',
  'PkgID',
  'PkgName',
  'InstalledVersion',
  'FixedVersion',
  'Status',
  'Severity',
  'Title',
  'Description',
  'PrimaryURL',
  'CVSS',
]);
const MISCONF_KEYS = new Set([
  'ID',
  'AVDID',
  'Title',
  'Description',
  'Message',
  'Severity',
  'PrimaryURL',
  'Status',
  'CauseMetadata',
]);
const SECRET_KEYS = new Set(['RuleID', 'Category', 'Severity', 'Title', 'StartLine']);
const PACKAGE_KEYS = new Set(['ID', 'Name', 'Version', 'Locations']);

/** Parses a Trivy `--format json` report (SchemaVersion 2) from its bytes. */
export function parseReport(bytes: Buffer): Report {
  const cursor = new JsonCursor(bytes);
  // A report saved again by a Windows editor may carry a UTF-8 byte order mark.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) cursor.pos = 3;
  const first = cursor.peek();
  if (first === -1) {
    throw new ReportError(
      `is empty${bytes.length ? ' (blank space only)' : ''}; Trivy writes a JSON object even when it finds nothing`,
    );
  }
  if (looksBinary(bytes)) throw new ReportError('is binary data, not a Trivy JSON report');
  if (first !== 0x7b) throw new ReportError(describeNonObject(bytes, cursor.pos));
  try {
    return readRoot(cursor);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    if (error.truncated) {
      throw new ReportError(
        `is truncated JSON: it ends at line ${error.line} before the report is complete (cut off while written or copied?)`,
      );
    }
    throw new ReportError(`is not valid JSON: ${error.message}`);
  }
}

/**
 * Whether the file is not text: a NUL, or several control characters or invalid UTF-8 sequences in
 * its first 8 KiB (one may be a multi-byte character cut at the edge).
 */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  let odd = 0;
  for (const b of head)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) odd++;
  const replaced = new TextDecoder('utf-8').decode(head).split('\ufffd').length - 1;
  return odd + replaced > 4;
}

/** What a file that does not start with `{` is, in words: its bytes are never echoed. */
function describeNonObject(bytes: Buffer, at: number): string {
  const head = bytes.toString('utf8', at, Math.min(bytes.length, at + 512)).toLowerCase();
  if (head.startsWith('[')) {
    return 'is a JSON array, not a Trivy report (an object with SchemaVersion and Results)';
  }
  if (head.startsWith('<')) {
    return /^<(!doctype\s+html|html|head|body|title|meta|!--|script|div|h1|p\b)/.test(head)
      ? "is an HTML page (a proxy's error or a login page?), not a Trivy JSON report"
      : 'is XML or other markup, not a Trivy JSON report';
  }
  if (/^("|-?\d|true\b|false\b|null\b)/.test(head)) {
    return 'is a single JSON value, not a Trivy report (an object with SchemaVersion and Results)';
  }
  return 'looks like a text file, not JSON (expected the output of trivy --format json)';
}

const ROOT_STRINGS = { ArtifactName: 'artifactName', ArtifactType: 'artifactType' } as const;
const RESULT_STRINGS = { Target: 'target', Class: 'class', Type: 'type' } as const;

/** Stores the string under `key` in the field `fields` maps it to; false when it maps none. */
function stringField<T>(
  cursor: JsonCursor,
  key: string,
  fields: Readonly<Record<string, keyof T & string>>,
  into: T,
): boolean {
  // Own keys only: a report key such as `constructor` is not one of ours.
  if (!Object.hasOwn(fields, key)) return false;
  (into as Record<string, unknown>)[fields[key]!] = cursor.decodeString(cursor.skipValue());
  return true;
}

function readRoot(cursor: JsonCursor): Report {
  const report: Report = {
    schemaVersion: 0,
    artifactName: '',
    artifactType: '',
    findings: [],
    rules: new Map(),
  };
  const keys: string[] = [];
  let schemaText = '';
  cursor.object((key) => {
    keys.push(key);
    if (stringField(cursor, key, ROOT_STRINGS, report)) return;
    if (key === 'SchemaVersion') {
      const span = cursor.skipValue();
      schemaText = cursor.bytes.toString('utf8', span[0], span[1]);
      report.schemaVersion = Number(cursor.decode(span));
    } else if (key === 'Results') cursor.array(() => readResult(cursor, report));
    else cursor.skip();
  });
  if (!cursor.atEnd()) cursor.fail('the end of the file after the report object');
  if (!keys.includes('SchemaVersion')) throw new ReportError(describeForeign(keys));
  if (report.schemaVersion !== 2) {
    throw new ReportError(
      `has SchemaVersion ${asGiven(schemaText)}; this action reads SchemaVersion 2 (Trivy 0.20 and later)`,
    );
  }
  return report;
}

function describeForeign(keys: string[]): string {
  const has = (k: string) => keys.includes(k);
  // Keys are the file's text: only the formats recognised by them are named, the keys never shown.
  const kind =
    has('runs') && has('version')
      ? ': a SARIF log (use --format json, not sarif)'
      : has('bomFormat')
        ? ': a CycloneDX SBOM (use --format json, not cyclonedx)'
        : has('spdxVersion')
          ? ': an SPDX document (use --format json, not spdx-json)'
          : keys.length === 0
            ? ' (an empty object)'
            : ` (no SchemaVersion${has('Results') ? '' : '/Results'})`;
  return `is JSON but not a Trivy report${kind}`;
}

/** A number as the file gave it; anything else quoted and cut. */
function asGiven(text: string): string {
  return /^-?\d{1,12}(\.\d{1,6})?$/.test(text) ? text : shown(text);
}

function readResult(cursor: JsonCursor, report: Report): void {
  const result: ResultInfo = { target: '', class: '', type: '' };
  const start = report.findings.length;
  const lines = new Map<string, number>();
  cursor.object((key) => {
    if (stringField(cursor, key, RESULT_STRINGS, result)) return;
    switch (key) {
      case 'Vulnerabilities':
        cursor.array(() => report.findings.push(readVulnerability(cursor, result, report.rules)));
        break;
      case 'Misconfigurations':
        cursor.array(() => {
          const finding = readMisconfiguration(cursor, result, report.rules);
          if (finding) report.findings.push(finding);
        });
        break;
      case 'Secrets':
        cursor.array(() => report.findings.push(readSecret(cursor, result, report.rules)));
        break;
      case 'Packages':
        cursor.array(() => readPackageLine(cursor, lines));
        break;
      default:
        cursor.skip();
    }
  });
  // Packages may come before or after the findings, so lockfile lines are joined at the end.
  if (lines.size === 0) return;
  for (let i = start; i < report.findings.length; i++) {
    const finding = report.findings[i]!;
    if (finding.scanner === 'vuln' && finding.line === 0) finding.line = lines.get(finding.pkgId) ?? 0;
  }
}

function text(cursor: JsonCursor, fields: Map<string, Span>, key: string): string {
  const span = fields.get(key);
  return span ? cursor.decodeString(span) : '';
}

/** Rule text is decoded once per ID: a report repeats one CVE for many packages and targets. */
function addRule(
  rules: Map<string, Rule>,
  id: string,
  scanner: Scanner,
  describe: () => Omit<Rule, 'id' | 'scanner'>,
): void {
  if (!rules.has(id)) rules.set(id, { id, scanner, ...describe() });
}

/** A misconfiguration or a secret: found in a file, not in a package. */
function fileFinding(
  found: Pick<Finding, 'scanner' | 'id' | 'severity' | 'status' | 'result' | 'line'>,
): Finding {
  const { scanner, id, severity, status, result, line } = found;
  return { scanner, id, severity, pkgName: '', pkgId: '', installed: '', fixed: '', status, result, line };
}

function readVulnerability(cursor: JsonCursor, result: ResultInfo, rules: Map<string, Rule>): Finding {
  const f = cursor.pick(VULN_KEYS);
  const id = text(cursor, f, 'VulnerabilityID');
  addRule(rules, id, 'vuln', () => ({
    title: text(cursor, f, 'Title'),
    description: text(cursor, f, 'Description'),
    url: text(cursor, f, 'PrimaryURL'),
    score: cvssScore(f.has('CVSS') ? cursor.decode(f.get('CVSS')!) : undefined),
  }));
  const pkgName = text(cursor, f, 'PkgName');
  const installed = text(cursor, f, 'InstalledVersion');
  return {
    scanner: 'vuln',
    id,
    severity: toSeverity(text(cursor, f, 'Severity')),
    pkgName,
    pkgId: text(cursor, f, 'PkgID') || `${pkgName}@${installed}`,
    installed,
    fixed: text(cursor, f, 'FixedVersion'),
    status: text(cursor, f, 'Status'),
    result,
    line: 0,
  };
}

function readMisconfiguration(
  cursor: JsonCursor,
  result: ResultInfo,
  rules: Map<string, Rule>,
): Finding | undefined {
  const f = cursor.pick(MISCONF_KEYS);
  const status = text(cursor, f, 'Status');
  // With --include-non-failures Trivy also lists passed checks; they are not findings.
  if (status !== '' && status !== 'FAIL') return undefined;
  const id = text(cursor, f, 'ID') || text(cursor, f, 'AVDID');
  addRule(rules, id, 'misconfig', () => ({
    title: text(cursor, f, 'Title'),
    description: [text(cursor, f, 'Description'), text(cursor, f, 'Message')].filter(Boolean).join('\n'),
    url: text(cursor, f, 'PrimaryURL'),
    score: undefined,
  }));
  const cause = f.has('CauseMetadata')
    ? (cursor.decode(f.get('CauseMetadata')!) as { StartLine?: unknown })
    : {};
  const line = typeof cause?.StartLine === 'number' ? cause.StartLine : 0;
  const severity = toSeverity(text(cursor, f, 'Severity'));
  return fileFinding({ scanner: 'misconfig', id, severity, status, result, line });
}

/** The secret itself (Trivy's `Match`, `Code`) is deliberately never read. */
function readSecret(cursor: JsonCursor, result: ResultInfo, rules: Map<string, Rule>): Finding {
  const f = cursor.pick(SECRET_KEYS);
  const id = text(cursor, f, 'RuleID');
  addRule(rules, id, 'secret', () => ({
    title: text(cursor, f, 'Title'),
    description: `${text(cursor, f, 'Category')} secret`.trim(),
    url: '',
    score: undefined,
  }));
  const startLine = Number(text(cursor, f, 'StartLine'));
  const line = Number.isInteger(startLine) ? startLine : 0;
  const severity = toSeverity(text(cursor, f, 'Severity'));
  return fileFinding({ scanner: 'secret', id, severity, status: '', result, line });
}

function readPackageLine(cursor: JsonCursor, lines: Map<string, number>): void {
  const f = cursor.pick(PACKAGE_KEYS);
  const locations = f.has('Locations') ? cursor.decode(f.get('Locations')!) : undefined;
  const first = Array.isArray(locations) ? (locations[0] as { StartLine?: unknown } | undefined) : undefined;
  if (typeof first?.StartLine !== 'number') return;
  const id = text(cursor, f, 'ID') || `${text(cursor, f, 'Name')}@${text(cursor, f, 'Version')}`;
  lines.set(id, first.StartLine);
}

/** NVD's v3 score first (what GitHub shows), else the first vendor's. */
function cvssScore(cvss: unknown): number | undefined {
  if (!cvss || typeof cvss !== 'object') return undefined;
  const entries = cvss as Record<string, { V3Score?: unknown; V40Score?: unknown }>;
  const ordered = [entries['nvd'], ...Object.values(entries)];
  for (const entry of ordered) {
    const score = entry?.V3Score ?? entry?.V40Score;
    if (typeof score === 'number') return score;
  }
  return undefined;
}
