import {
  InputError,
  httpUrlInput,
  oneLineInput,
  shown,
  urlTemplateInput,
  type InputReader,
} from '@gitops-actions/kit';
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
  trivyVersion: 'trivy-version',
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
    target: oneLineInput('target', raw.string('target', { default: '.' })),
    severities: new Set(raw.enumList('severity', SEVERITY_NAMES, ['HIGH', 'CRITICAL'], SEVERITY_LIST)),
    ignoreUnfixed: raw.boolean('ignore-unfixed', true),
    scanners: raw.enumList('scanners', SCANNERS, ['vuln'], { noun: 'scanner' }),
    ignoreFile: oneLineInput('ignore-file', raw.string('ignore-file', { default: '.trivyignore.yaml' })),
    policy: raw.string('policy'),
    trivyVersion: raw.exactVersion('trivy-version', '0.58.1'),
    trivyUrl: urlTemplateInput('trivy-url', raw.string('trivy-url'), TRIVY_URL_TEMPLATE),
    trivyChecksum: raw.sha256('trivy-checksum'),
    trivyPath: oneLineInput('trivy-path', raw.string('trivy-path')),
    dbRepositories: raw.list('db-repository').map((r) => oneLineInput('db-repository', r)),
    sarif: oneLineInput('sarif', raw.string('sarif')),
    fail: raw.boolean('fail', true),
    sonar: sonar(raw),
    inputNames: INPUT_NAMES,
  };
}

/** trivyUrlTemplate(INPUT_NAMES) of @gitops-actions/trivy, kept here for the cold start above. */
export const TRIVY_URL_TEMPLATE = {
  placeholders: ['{version}', '{os}', '{arch}', '{asset}'] as const,
  example: 'https://mirror.example/trivy/v{version}/{asset}',
  credentials:
    'the download sends none: use a mirror that needs none, or install Trivy yourself and set trivy-path',
};

/** SonarQube's rule for project keys: letters, digits, `-_.:`, at least one non-digit. */
const PROJECT_KEY = /^(?=.*[^0-9])[\w.:-]{1,400}$/;

function sonar(raw: InputReader): SonarRequest | undefined {
  const given = raw.string('sonar-host-url');
  const token = raw.secret('sonar-token');
  const projectKey = raw.string('sonar-project-key');
  if (!given && !token && !projectKey) return undefined;
  if (!given)
    throw new InputError('sonar-host-url', 'is required when sonar-token or sonar-project-key is set');
  const hostUrl = httpUrlInput('sonar-host-url', given, {
    tokenInput: 'sonar-token',
    example: 'https://sonarqube.example.com',
  });
  if (!token) throw new InputError('sonar-token', 'is required to query the SonarQube quality gate');
  if (projectKey && !PROJECT_KEY.test(projectKey)) {
    throw new InputError(
      'sonar-project-key',
      `${shown(projectKey)} is not a SonarQube project key (letters, digits, '-', '_', '.', ':', at least one non-digit)`,
    );
  }
  return { hostUrl, token, projectKey, inputNames: SONAR_INPUT_NAMES };
}
