// Property-based fuzzing of scan-gate (issue 12): hostile inputs; Trivy reports whose every text field
// may hold a workflow command, a `|`, a line break or a bidi mark (read with `scan-type: report`, or
// written by the Trivy stand-in); files that are no report at all; a SonarQube that answers garbage
// or whose free text holds workflow commands.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  fc,
  fixturePath,
  fuzzInputs,
  hostileAnswer,
  payload,
  refuse,
  runCampaign,
  secret,
  startHostileServer,
  type CorruptedInputs,
  type HostileAnswer,
  type HostileServer,
  type InputRules,
} from '@gitops-actions/testkit';
import { writeStandinBinary } from '@gitops-actions/standin-trivy';
import { startSonarServer, type SonarServer } from '@gitops-actions/standin-sonar';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/scan-gate/src/main.js';

const SONAR_TOKEN = 'squ_fuzzScanGateToken0123456789abcdef';
const PASSING_REPORT = fixturePath('trivy', 'alpine-310.json');

let dir: string;
let trivy: string;
let sonar: SonarServer;
let proxy: HostileServer;
let seq = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fuzz-scan-gate-'));
  await mkdir(path.join(dir, 'reports'));
  trivy = await writeStandinBinary(path.join(dir, 'bin'));
  sonar = await startSonarServer({
    tokens: [SONAR_TOKEN],
    projects: [
      {
        key: 'acme:green',
        gate: {
          status: 'OK',
          conditions: [
            {
              status: 'OK',
              metricKey: 'new_coverage',
              comparator: 'LT',
              errorThreshold: '80',
              actualValue: '91',
            },
          ],
        },
      },
      {
        key: 'acme:red',
        gate: {
          status: 'ERROR',
          conditions: [
            {
              status: 'ERROR',
              metricKey: 'new_coverage',
              comparator: 'LT',
              errorThreshold: '85',
              actualValue: '82',
            },
          ],
        },
      },
    ],
  });
  proxy = await startHostileServer({ upstream: sonar.url });
}, 60_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), sonar?.close()]);
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const items = (v: string) =>
  v
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
// eslint-disable-next-line no-control-regex
const notOneLine = (v: string) => /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v);

// `sarif` is written where it points, and this test runs as whatever user runs it: it gets only safe
// values (below), never the generic hostile paths such as /etc/passwd.
const RULES: InputRules = {
  'scan-type': { refuses: refuse.oneOf(['fs', 'image', 'report']) },
  target: { refuses: notOneLine },
  severity: {
    refuses: (v) =>
      items(v).some((s) => !['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'].includes(s.toUpperCase())),
  },
  'ignore-unfixed': { refuses: refuse.boolean },
  scanners: {
    refuses: (v) => items(v).some((s) => !['vuln', 'secret', 'misconfig'].includes(s.toLowerCase())),
  },
  'ignore-file': { refuses: notOneLine },
  policy: {
    values: payload().map((p) => ({
      value: `- id: CVE-2019-14697\n  reason: "fixed${p.replace(/["\\]/g, '')}"\n  expires: 2000-01-01`,
      secrets: [],
    })),
  },
  'trivy-version': { refuses: (v) => v !== '' && !/^v?\d+\.\d+\.\d+$/.test(v) },
  'trivy-url': { url: true, refuses: refuse.httpUrl },
  'trivy-checksum': { refuses: (v) => v !== '' && !/^(sha256:)?[0-9a-fA-F]{64}$/.test(v) },
  'trivy-path': { refuses: notOneLine },
  'db-repository': {},
  fail: { refuses: refuse.boolean },
  'sonar-host-url': { url: true, refuses: refuse.httpUrl },
  'sonar-token': { refuses: refuse.secret, values: secret().map((value) => ({ value, secrets: [value] })) },
  'sonar-project-key': {},
};

/** Text a report field may hold: plain, or with a payload, a table-breaking `|`, a line break, a bidi mark. */
const text = (plain: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(plain) },
    { weight: 4, arbitrary: payload().map((p) => `${plain}${p}`) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          '|',
          '\n',
          '\r\n| x |',
          '\u202e',
          '`',
          '<b>',
          '\\|',
          '](javascript:alert(1))',
          '%0A::x::',
        )
        .map((odd) => `${plain}${odd}${plain}`),
    },
    { weight: 1, arbitrary: payload() },
  );
const severity = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN') },
  { weight: 1, arbitrary: text('HIGH') },
);

const vulnerability = fc.record({
  VulnerabilityID: text('CVE-2024-0001'),
  PkgID: text('lodash@4.17.20'),
  PkgName: text('lodash'),
  InstalledVersion: text('4.17.20'),
  FixedVersion: text('4.17.21'),
  Status: fc.constant('fixed'),
  Severity: severity,
  Title: text('Prototype pollution'),
  Description: text('A flaw'),
  PrimaryURL: fc.oneof(text('https://avd.aquasec.com/nvd/cve-2024-0001'), fc.constant('javascript:alert(1)')),
});
const misconfiguration = fc.record({
  ID: text('DS002'),
  AVDID: text('AVD-DS-0002'),
  Title: text('Image user should not be root'),
  Description: text('Running as root'),
  Message: text('Specify at least 1 USER command'),
  Severity: severity,
  PrimaryURL: text('https://avd.aquasec.com/misconfig/ds002'),
  Status: fc.constant('FAIL'),
  CauseMetadata: fc.constant({ StartLine: 1, EndLine: 2 }),
});
const secretFinding = fc.record({
  RuleID: text('aws-access-key-id'),
  Category: text('AWS'),
  Severity: severity,
  Title: text('AWS Access Key ID'),
  StartLine: fc.constant(3),
  EndLine: fc.constant(3),
  Match: text('AWS_ACCESS_KEY_ID=********'),
});

/** A Trivy `--format json` report (SchemaVersion 2) with hostile text in its fields. */
const report = fc.record({
  SchemaVersion: fc.constant(2),
  ArtifactName: text('.'),
  ArtifactType: fc.constantFrom('filesystem', 'container_image', 'repository'),
  Results: fc.tuple(
    fc.record({
      Target: text('app/package-lock.json'),
      Class: fc.constant('lang-pkgs'),
      Type: text('npm'),
      Vulnerabilities: fc.array(vulnerability, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      Target: text('Dockerfile'),
      Class: fc.constant('config'),
      Type: fc.constant('dockerfile'),
      Misconfigurations: fc.array(misconfiguration, { maxLength: 2 }),
    }),
    fc.record({
      Target: text('config/.env'),
      Class: fc.constant('secret'),
      Secrets: fc.array(secretFinding, { maxLength: 2 }),
    }),
  ),
});

/** A file given as the report that is none: its bytes must never be echoed. */
const notAReport = fc.oneof(
  payload().map((p) => `<!DOCTYPE html><html><body><h1>Login</h1>${p}</body></html>`),
  payload().map((p) => `root:x:0:0:root:/root:/bin/bash${p}\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n`),
  payload().map((p) => JSON.stringify({ SchemaVersion: 2, Results: [{ Target: p }] }).slice(0, 30)),
  payload().map((p) => JSON.stringify([{ Target: p }])),
  payload().map((p) => JSON.stringify({ runs: [{ tool: p }], version: '2.1.0' })),
  payload().map((p) => JSON.stringify({ SchemaVersion: p, Results: [] })),
  fc.constant('\u0001\u0002\u0003\u0004\u0005\u0000binary'),
  fc.constant(''),
);

type Drawn =
  | { kind: 'inputs'; g: CorruptedInputs }
  | { kind: 'report'; body: string; via: 'report' | 'trivy'; failing: boolean; sarif: boolean }
  | { kind: 'sonar'; answer: HostileAnswer; times: number; project: string };

it('scan-gate holds the properties of issue 12 on hostile inputs, reports and SonarQube answers', async () => {
  const valid = {
    'scan-type': 'report',
    target: PASSING_REPORT,
    'trivy-path': trivy,
    'ignore-file': '.trivyignore.yaml',
    fail: 'true',
  };
  const sonarInputs = (project: string) => ({
    ...valid,
    'sonar-host-url': proxy.url,
    'sonar-token': SONAR_TOKEN,
    'sonar-project-key': project,
  });
  const cases: fc.Arbitrary<Drawn> = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .boolean()
        .chain((withSonar) => fuzzInputs(withSonar ? sonarInputs('acme:green') : valid, RULES))
        .map((g): Drawn => ({ kind: 'inputs', g })),
    },
    {
      weight: 7,
      arbitrary: fc
        .record({
          body: fc.oneof(
            { weight: 4, arbitrary: report.map((r) => JSON.stringify(r, null, 2)) },
            { weight: 1, arbitrary: notAReport },
          ),
          via: fc.constantFrom<'report' | 'trivy'>('report', 'report', 'trivy'),
          failing: fc.boolean(),
          sarif: fc.boolean(),
        })
        .map((r): Drawn => ({ kind: 'report', ...r })),
    },
    {
      // SonarQube's retries pause for up to 1–2 s each: a small share of the cases.
      weight: 1,
      arbitrary: fc
        .record({
          answer: fc.oneof(
            hostileAnswer({ hangs: false }),
            payload().map((p): HostileAnswer => ({
              kind: 'poison',
              payload: p,
              keys: [
                'msg',
                'metricKey',
                'actualValue',
                'errorThreshold',
                'comparator',
                'errorMessage',
                'status',
              ],
            })),
          ),
          times: fc.constantFrom(1, 2),
          project: fc.constantFrom('acme:green', 'acme:red'),
        })
        .map((s): Drawn => ({ kind: 'sonar', ...s })),
    },
  );
  const hosts = [proxy.host, new URL(sonar.url).host];
  const env = { STANDIN_REPORT: PASSING_REPORT };
  const result = await runCampaign({
    action: 'scan-gate',
    entry: run,
    cases,
    prepare: async (d) => {
      if (d.kind === 'inputs') return { ...d.g, env, secrets: [SONAR_TOKEN, ...d.g.secrets], hosts };
      if (d.kind === 'report') {
        const file = path.join(dir, 'reports', `r${++seq}.json`);
        await writeFile(file, d.body);
        const inputs: Record<string, string> = {
          ...valid,
          severity: d.failing ? 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL' : 'CRITICAL',
          scanners: 'vuln,secret,misconfig',
          'ignore-unfixed': 'false',
          ...(d.sarif ? { sarif: 'out/scan.sarif' } : {}),
          ...(d.via === 'trivy' ? { 'scan-type': 'fs', target: '.' } : { target: file }),
        };
        return {
          inputs,
          env: { STANDIN_REPORT: file },
          secrets: [],
          hosts,
          label: `${d.via === 'trivy' ? 'Trivy wrote' : 'the report is'} ${JSON.stringify(d.body).slice(0, 400)}`,
        };
      }
      let left = d.times;
      proxy.answer = () => (left-- > 0 ? d.answer : { kind: 'pass' });
      return {
        inputs: sonarInputs(d.project),
        env,
        secrets: [SONAR_TOKEN],
        hosts,
        label: `SonarQube (${d.project}) answered ${JSON.stringify(d.answer).slice(0, 300)} ×${d.times}`,
      };
    },
    cleanup: () => proxy.reset(),
    spec: {
      inputNames: [...Object.keys(RULES), 'sarif'],
      verdicts: [/^Scan gate failed: /],
      fileAnnotations: true,
    },
  });
  console.log(`fuzz scan-gate: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
}, 600_000);
