import { InputError, type InputReader } from '@gitops-actions/kit';
import type { SonarRequest } from '@gitops-actions/sonar';
import type { ScanGateInputNames, ScanGateRequest, Scanner, Severity } from '@gitops-actions/trivy';

// Kept here rather than imported from @gitops-actions/trivy so that input errors are reported
// before the report parser, YAML and the installer are loaded (cold start).
const SEVERITY_NAMES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const SCANNERS: readonly Scanner[] = ['vuln', 'secret', 'misconfig'];
const SEVERITY_LIST = { noun: 'severity', upperCase: true };
export const SCAN_TYPES = ['fs', 'image', 'report'] as const;

/** The inputs that the package's errors and hints name. */
const INPUT_NAMES: ScanGateInputNames = {
  scanType: 'scan-type',
  target: 'target',
  ignoreFile: 'ignore-file',
  trivyPath: 'trivy-path',
  trivyUrl: 'trivy-url',
  trivyChecksum: 'trivy-checksum',
  dbRepository: 'db-repository',
};
const SONAR_INPUT_NAMES = {
  hostUrl: 'sonar-host-url',
  token: 'sonar-token',
  projectKey: 'sonar-project-key',
};

export interface Inputs extends ScanGateRequest {
  fail: boolean;
}

/** Parses and validates every input once; each error names the input at fault. */
export function getInputs(raw: InputReader): Inputs {
  return {
    scanType: raw.enum('scan-type', SCAN_TYPES, 'fs'),
    target: raw.string('target', { default: '.' }),
    severities: new Set(raw.enumList('severity', SEVERITY_NAMES, ['HIGH', 'CRITICAL'], SEVERITY_LIST)),
    ignoreUnfixed: raw.boolean('ignore-unfixed', true),
    scanners: raw.enumList('scanners', SCANNERS, ['vuln'], { noun: 'scanner' }),
    ignoreFile: raw.string('ignore-file', { default: '.trivyignore.yaml' }),
    policy: raw.string('policy'),
    trivyVersion: raw.exactVersion('trivy-version', '0.58.1'),
    trivyUrl: raw.string('trivy-url'),
    trivyChecksum: raw.sha256('trivy-checksum'),
    trivyPath: raw.string('trivy-path'),
    dbRepositories: raw.list('db-repository'),
    sarif: raw.string('sarif'),
    fail: raw.boolean('fail', true),
    sonar: sonar(raw),
    inputNames: INPUT_NAMES,
  };
}

function sonar(raw: InputReader): SonarRequest | undefined {
  const hostUrl = raw.string('sonar-host-url').replace(/\/+$/, '');
  const token = raw.secret('sonar-token');
  const projectKey = raw.string('sonar-project-key');
  if (!hostUrl && !token && !projectKey) return undefined;
  if (!hostUrl)
    throw new InputError('sonar-host-url', 'is required when sonar-token or sonar-project-key is set');
  if (!/^https?:\/\//i.test(hostUrl))
    throw new InputError('sonar-host-url', `must be an http(s) URL, got '${hostUrl}'`);
  if (!token) throw new InputError('sonar-token', 'is required to query the SonarQube quality gate');
  return { hostUrl, token, projectKey, inputNames: SONAR_INPUT_NAMES };
}
