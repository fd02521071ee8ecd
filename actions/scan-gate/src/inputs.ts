import { InputError, type Inputs as RawInputs } from '@gitops-actions/kit';
import type { Scanner, Severity } from '@gitops-actions/trivy';

// Kept here rather than imported from @gitops-actions/trivy so that input errors are reported
// before the report parser, YAML and the installer are loaded (cold start).
const SEVERITY_NAMES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const SCANNERS: readonly Scanner[] = ['vuln', 'secret', 'misconfig'];
export const SCAN_TYPES = ['fs', 'image', 'report'] as const;

export interface SonarInputs {
  hostUrl: string;
  token: string;
  projectKey: string;
}

export interface Inputs {
  scanType: (typeof SCAN_TYPES)[number];
  target: string;
  severities: Set<Severity>;
  ignoreUnfixed: boolean;
  scanners: Scanner[];
  ignoreFile: string;
  policy: string;
  trivyVersion: string;
  trivyUrl: string;
  trivyChecksum: string;
  trivyPath: string;
  dbRepositories: string[];
  sarif: string;
  fail: boolean;
  sonar: SonarInputs | undefined;
}

/** Parses and validates every input once; each error names the input at fault. */
export function getInputs(raw: RawInputs): Inputs {
  const scanType = raw.enum('scan-type', SCAN_TYPES, 'fs');
  return {
    scanType,
    target: raw.string('target', { default: '.' }),
    severities: severities(raw.list('severity').length ? raw.list('severity') : ['HIGH', 'CRITICAL']),
    ignoreUnfixed: raw.boolean('ignore-unfixed', true),
    scanners: scanners(raw.list('scanners').length ? raw.list('scanners') : ['vuln']),
    ignoreFile: raw.string('ignore-file', { default: '.trivyignore.yaml' }),
    policy: raw.string('policy'),
    trivyVersion: exactVersion(raw.string('trivy-version')),
    trivyUrl: raw.string('trivy-url'),
    trivyChecksum: checksum(raw.string('trivy-checksum')),
    trivyPath: raw.string('trivy-path'),
    dbRepositories: raw.list('db-repository'),
    sarif: raw.string('sarif'),
    fail: raw.boolean('fail', true),
    sonar: sonar(raw),
  };
}

function severities(values: string[]): Set<Severity> {
  const out = new Set<Severity>();
  for (const value of values) {
    const upper = value.toUpperCase() as Severity;
    if (!SEVERITY_NAMES.includes(upper)) {
      throw new InputError('severity', `has unknown severity '${value}'; use ${SEVERITY_NAMES.join(', ')}`);
    }
    out.add(upper);
  }
  return out;
}

function scanners(values: string[]): Scanner[] {
  for (const value of values) {
    if (!(SCANNERS as readonly string[]).includes(value)) {
      throw new InputError('scanners', `has unknown scanner '${value}'; use ${SCANNERS.join(', ')}`);
    }
  }
  return [...new Set(values as Scanner[])];
}

/** An exact release only: `latest` or `v0.58` are mutable and could be repointed at another build. */
function exactVersion(value: string): string {
  if (value === '') return '';
  if (!/^v?\d+\.\d+\.\d+$/.test(value)) {
    throw new InputError(
      'trivy-version',
      `must be an exact release such as 0.58.1, got '${value}' (tags can be moved)`,
    );
  }
  return value.replace(/^v/, '');
}

function checksum(value: string): string {
  const hex = value.replace(/^sha256:/i, '').toLowerCase();
  if (hex && !/^[0-9a-f]{64}$/.test(hex)) {
    throw new InputError('trivy-checksum', 'must be a SHA-256 of 64 hex digits');
  }
  return hex;
}

function sonar(raw: RawInputs): SonarInputs | undefined {
  const hostUrl = raw.string('sonar-host-url').replace(/\/+$/, '');
  const token = raw.string('sonar-token');
  const projectKey = raw.string('sonar-project-key');
  if (!hostUrl && !token && !projectKey) return undefined;
  if (!hostUrl)
    throw new InputError('sonar-host-url', 'is required when sonar-token or sonar-project-key is set');
  if (!/^https?:\/\//i.test(hostUrl))
    throw new InputError('sonar-host-url', `must be an http(s) URL, got '${hostUrl}'`);
  if (!token) throw new InputError('sonar-token', 'is required to query the SonarQube quality gate');
  return { hostUrl, token, projectKey };
}
