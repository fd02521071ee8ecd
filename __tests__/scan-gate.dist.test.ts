// The shipped bundle, run as the runner runs it, on real Trivy reports; Trivy itself is a stand-in
// installed from a release archive served on 127.0.0.1 (the real one needs a vulnerability DB).
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, runDist, type RunResult } from '@gitops-actions/testkit';
import {
  sarifErrors,
  buildReleaseArchive,
  serveFiles,
  writeStandinBinary,
  type FileServer,
} from '@gitops-actions/standin-trivy';
import { sha256File } from '@gitops-actions/trivy';

const FIXTURES = fixturePath('trivy');
const fixture = (name: string) => path.join(FIXTURES, name);

let work: string;
let server: FileServer;
let archiveSha: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scan-gate-dist-'));
  const releases = path.join(work, 'releases');
  await mkdir(releases);
  archiveSha = await sha256File(await buildReleaseArchive(releases, '0.58.1'));
  server = await serveFiles(releases);
});

afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true, maxRetries: 5 });
});

async function workspace(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'ws-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const errorOf = (r: RunResult) =>
  r.commands.find((c) => c.command === 'error' && !c.properties['file'])?.message;

/**
 * A secret-scan report in Trivy's JSON shape (SchemaVersion 2, `Results[].Secrets[]` with `Code.Lines`),
 * written for this test: ../shared/fixtures/trivy has none. As Trivy does, `Match` and the cause line are
 * redacted, while the `Code` lines around a finding are the file as it is, here a live-looking password.
 */
function secretFinding(f: {
  rule: string;
  category: string;
  severity: string;
  title: string;
  line: number;
  file: string[];
}) {
  const redacted = f.file[f.line - 1]!.replace(/=(.*)$/, (_m, v: string) => `=${'*'.repeat(v.length)}`);
  const lines = f.file.map((text, i) => {
    const cause = i + 1 === f.line;
    const content = cause ? redacted : text;
    return {
      Number: i + 1,
      Content: content,
      IsCause: cause,
      Annotation: '',
      Truncated: false,
      Highlighted: content,
      FirstCause: cause,
      LastCause: cause,
    };
  });
  return {
    RuleID: f.rule,
    Category: f.category,
    Severity: f.severity,
    Title: f.title,
    StartLine: f.line,
    EndLine: f.line,
    Code: { Lines: lines.slice(Math.max(0, f.line - 3), f.line + 1) },
    Match: redacted,
    Offset: f.file.slice(0, f.line - 1).join('\n').length + 1,
  };
}

const RUNTIME_ENV = [
  '# billing service runtime settings',
  'LOG_LEVEL=info',
  'DB_PASSWORD=correct-horse-battery-staple-42',
  'STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'REGION=eu-west-1',
  'FEATURE_FLAGS=checkout,refunds',
  '',
  '# internal',
  'BILLING_API_KEY=bk_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
];

const SECRETS_REPORT = {
  SchemaVersion: 2,
  CreatedAt: '2026-11-20T09:15:00.000000000Z',
  ArtifactName: 'services/billing',
  ArtifactType: 'filesystem',
  Results: [
    {
      Target: 'config/runtime.env',
      Class: 'secret',
      Secrets: [
        secretFinding({
          rule: 'stripe-secret-token',
          category: 'Stripe',
          severity: 'CRITICAL',
          title: 'Stripe Secret Key',
          line: 4,
          file: RUNTIME_ENV,
        }),
        secretFinding({
          rule: 'billing-api-key',
          category: 'Custom',
          severity: 'HIGH',
          title: 'Billing API key',
          line: 9,
          file: RUNTIME_ENV,
        }),
      ],
    },
  ],
};

/** Everything of the report that is the file's text: the `Match` and every `Code` line. */
const SECRET_TEXTS = [
  ...new Set(
    SECRETS_REPORT.Results.flatMap((r) => r.Secrets).flatMap((s) => [
      s.Match,
      ...s.Code.Lines.flatMap((l) => [l.Content, l.Highlighted ?? '']),
    ]),
  ),
].filter(Boolean);

/** Everything a run leaves where people or other steps can read it. */
const everythingPrinted = (r: RunResult, ...files: string[]) =>
  [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.commands), ...files].join('\n');

describe('dist/scan-gate with scan-type: report', () => {
  it('fails on fixed CRITICAL findings with counts, summary and a schema-valid SARIF', async () => {
    const cwd = await workspace();
    const result = await runDist('scan-gate', {
      cwd,
      inputs: {
        'scan-type': 'report',
        target: fixture('alpine-39-high-critical.json'),
        sarif: 'out/trivy.sarif',
      },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      blocking: '2',
      critical: '2',
      high: '0',
      medium: '0',
      low: '0',
      report: fixture('alpine-39-high-critical.json'),
      sarif: path.join(cwd, 'out/trivy.sarif'),
    });
    expect(JSON.parse(result.outputs['counts']!)).toEqual({
      critical: 2,
      high: 0,
      medium: 0,
      low: 0,
      unknown: 0,
    });
    expect(errorOf(result)).toMatch(
      /^Scan gate failed: 2 finding\(s\) block the gate \(2 CRITICAL\): CVE-2019-14697/,
    );
    expect(result.summary).toContain('[`CVE-2019-14697`](https://avd.aquasec.com/nvd/cve-2019-14697)');
    expect(result.summary).toContain('`1.1.20-r4` → `1.1.20-r5`');
    expect(result.summary).toContain('| CRITICAL (gated) | HIGH (gated) | MEDIUM | LOW | UNKNOWN |');
    const sarif = JSON.parse(await readFile(path.join(cwd, 'out/trivy.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['CVE-2019-14697', 'error'],
      ['CVE-2019-14697', 'error'],
    ]);
    // An image report: no file annotations.
    expect(result.commands.filter((c) => c.properties['file'])).toEqual([]);
  });

  it('passes on MEDIUM-only findings under the default gate and still reports them', async () => {
    const result = await runDist('scan-gate', {
      inputs: { 'scan-type': 'report', target: fixture('alpine-310.json') },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', blocking: '0', medium: '4', sarif: '' });
    expect(result.summary).toContain('✅ Passed');
  });

  it('annotates the lockfile line that brings a blocking finding of a filesystem report', async () => {
    const result = await runDist('scan-gate', {
      inputs: { 'scan-type': 'report', target: fixture('npm.json'), severity: 'MEDIUM,HIGH,CRITICAL' },
    });
    expect(result.exitCode).toBe(1);
    const annotation = result.commands.find((c) => c.command === 'error' && c.properties['file']);
    expect(annotation?.properties).toMatchObject({
      file: 'testdata/fixtures/repo/npm/package-lock.json',
      line: '11',
      title: '1 blocking finding(s) in jquery 3.3.9',
    });
    expect(annotation?.message).toContain('MEDIUM CVE-2019-11358 (fixed in 3.4.0)');
  });

  it('does not gate unfixed findings unless ignore-unfixed is false', async () => {
    const inputs = { 'scan-type': 'report', target: fixture('centos-7.json'), severity: 'LOW' };
    const lenient = await runDist('scan-gate', { inputs });
    expect(lenient.outputs).toMatchObject({ blocking: '1', low: '2' });
    expect(lenient.summary).toContain('1 gated finding(s) have no fixed version yet');
    const strict = await runDist('scan-gate', { inputs: { ...inputs, 'ignore-unfixed': 'false' } });
    expect(strict.outputs).toMatchObject({ blocking: '2', low: '2' });
  });

  it('applies policy exceptions, lists them with their reason and suppresses them in SARIF', async () => {
    const cwd = await workspace();
    const policy = [
      '- id: CVE-2019-14697',
      '  reason: musl is not used at runtime',
      '  expires: 2999-12-31',
      '  packages: [musl]',
      '- id: CVE-2000-0001',
      '  reason: stale entry',
      '  expires: 2999-12-31',
    ].join('\n');
    const result = await runDist('scan-gate', {
      cwd,
      inputs: {
        'scan-type': 'report',
        target: fixture('alpine-39-high-critical.json'),
        policy,
        sarif: 'x.sarif',
      },
    });
    expect(result.outputs).toMatchObject({ passed: 'false', blocking: '1', critical: '1' });
    expect(result.summary).toContain(
      '| `CVE-2019-14697` | musl is not used at runtime | 2999-12-31 | policy line 1 | 1 |',
    );
    const warning = result.commands.find((c) => c.command === 'warning');
    expect(warning?.message).toContain("'CVE-2000-0001' (policy line 5) matches no finding");
    const sarif = JSON.parse(await readFile(path.join(cwd, 'x.sarif'), 'utf8')) as {
      runs: { results: { suppressions?: { justification: string }[] }[] }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(
      sarif.runs[0]!.results.filter((r) => r.suppressions).map((r) => r.suppressions![0]!.justification),
    ).toEqual(['musl is not used at runtime (policy line 1, until 2999-12-31)']);
  });

  it('fails the gate on an expired exception and says when it expired', async () => {
    const policy = '- id: CVE-2019-1549\n  reason: accepted for Q1\n  expires: 2020-03-31\n';
    const result = await runDist('scan-gate', {
      inputs: { 'scan-type': 'report', target: fixture('alpine-310.json'), policy },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['blocking']).toBe('0');
    expect(errorOf(result)).toBe(
      'Scan gate failed: exception CVE-2019-1549 (policy line 1) expired on 2020-03-31',
    );
    expect(result.summary).toContain('Expired exceptions (they fail the gate)');
  });

  it('honours a .trivyignore.yaml in the workspace and fail: false', async () => {
    const cwd = await workspace({
      '.trivyignore.yaml':
        'vulnerabilities:\n  - id: CVE-2019-14697\n    paths: ["testdata/**"]\n    statement: not reachable\n',
    });
    const ignored = await runDist('scan-gate', {
      cwd,
      inputs: { 'scan-type': 'report', target: fixture('alpine-39-high-critical.json') },
    });
    expect(ignored.outputs).toMatchObject({ passed: 'true', blocking: '0', critical: '0' });
    expect(ignored.summary).toContain('not reachable');
    const soft = await runDist('scan-gate', {
      inputs: { 'scan-type': 'report', target: fixture('alpine-39-high-critical.json'), fail: 'false' },
    });
    expect(soft.exitCode).toBe(0);
    expect(soft.outputs['passed']).toBe('false');
    expect(soft.commands.find((c) => c.command === 'warning')?.message).toMatch(
      /^Scan gate failed: .*fail is false/,
    );
  });
});

describe('dist/scan-gate with scanners: secret,misconfig', () => {
  let secretsReport: string;
  beforeAll(async () => {
    secretsReport = path.join(work, 'secrets.json');
    await writeFile(secretsReport, JSON.stringify(SECRETS_REPORT, null, 2));
  });

  it('fails on a blocking misconfiguration from the Trivy run and names it everywhere', async () => {
    const cwd = await workspace({ Dockerfile: 'FROM alpine:3.20\nCMD ["sh"]\n' });
    const trivy = await writeStandinBinary(path.join(work, 'bin-misconfig'));
    const args = path.join(work, 'args-misconfig.txt');
    const result = await runDist('scan-gate', {
      cwd,
      inputs: { 'trivy-path': trivy, scanners: 'secret,misconfig', sarif: 'trivy.sarif' },
      env: { STANDIN_REPORT: fixture('dockerfile.json'), STANDIN_ARGS: args },
    });
    expect(result.stderr).toBe('');
    expect(await readFile(args, 'utf8')).toMatch(/ --scanners secret,misconfig /);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', blocking: '1', critical: '0', high: '1' });
    expect(errorOf(result)).toBe('Scan gate failed: 1 finding(s) block the gate (1 HIGH): DS-0002');
    expect(result.summary).toContain(
      "| [`DS-0002`](https://avd.aquasec.com/misconfig/ds-0002) | HIGH |  |  | Image user should not be 'root' | `Dockerfile` |",
    );
    const annotations = result.commands.filter((c) => c.properties['file']);
    expect(annotations.map((c) => [c.command, c.properties, c.message])).toEqual([
      [
        'error',
        { file: 'Dockerfile', line: '1', title: '1 blocking finding(s) in Dockerfile' },
        "HIGH DS-0002: Image user should not be 'root'",
      ],
    ]);
    const sarif = JSON.parse(await readFile(path.join(cwd, 'trivy.sarif'), 'utf8')) as {
      runs: { tool: { driver: { rules: { id: string; name: string }[] } }; results: { level: string }[] }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => [r.id, r.name])).toEqual([
      ['DS-0002', 'Misconfiguration'],
    ]);
    expect(sarif.runs[0]!.results.map((r) => r.level)).toEqual(['error']);
  });

  it('leaves misconfigurations out when scanners is left at vuln', async () => {
    const result = await runDist('scan-gate', {
      inputs: { 'scan-type': 'report', target: fixture('dockerfile.json') },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', blocking: '0', high: '0' });
    expect(result.stdout).toContain('1 finding(s) from scanners other than vuln are left out');
  });

  it('fails on secrets, says where they are, and never prints what Trivy saw of them', async () => {
    const cwd = await workspace();
    const result = await runDist('scan-gate', {
      cwd,
      inputs: {
        'scan-type': 'report',
        target: secretsReport,
        scanners: 'secret,misconfig',
        sarif: 's.sarif',
      },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', blocking: '2', critical: '1', high: '1' });
    expect(errorOf(result)).toBe(
      'Scan gate failed: 2 finding(s) block the gate (1 CRITICAL, 1 HIGH): stripe-secret-token, billing-api-key',
    );
    expect(result.summary).toContain(
      '| `stripe-secret-token` | CRITICAL |  |  | Stripe Secret Key | `config/runtime.env`:4 |',
    );
    expect(result.summary).toContain(
      '| `billing-api-key` | HIGH |  |  | Billing API key | `config/runtime.env`:9 |',
    );
    const annotations = result.commands.filter((c) => c.properties['file']);
    expect(annotations.map((c) => [c.properties['file'], c.properties['line'], c.message])).toEqual([
      ['services/billing/config/runtime.env', '4', 'CRITICAL stripe-secret-token: Stripe Secret Key'],
      ['services/billing/config/runtime.env', '9', 'HIGH billing-api-key: Billing API key'],
    ]);
    const sarif = await readFile(path.join(cwd, 's.sarif'), 'utf8');
    expect(sarifErrors(JSON.parse(sarif))).toEqual([]);
    const printed = everythingPrinted(result, sarif);
    expect(SECRET_TEXTS).toContain('DB_PASSWORD=correct-horse-battery-staple-42');
    for (const text of SECRET_TEXTS) expect(printed).not.toContain(text);
    expect(printed).not.toContain('correct-horse');
    expect(printed).not.toContain('sk_live_');
    expect(printed).not.toContain('****');
  });

  it('does not block on findings below the gated severities, and still counts them', async () => {
    const misconfig = await runDist('scan-gate', {
      inputs: {
        'scan-type': 'report',
        target: fixture('dockerfile.json'),
        scanners: 'secret,misconfig',
        severity: 'CRITICAL',
      },
    });
    expect(misconfig.exitCode).toBe(0);
    expect(misconfig.outputs).toMatchObject({ passed: 'true', blocking: '0', high: '1' });
    expect(misconfig.summary).toContain('✅ Passed: no CRITICAL findings block');
    expect(misconfig.commands.filter((c) => c.command === 'error')).toEqual([]);

    const secrets = await runDist('scan-gate', {
      inputs: {
        'scan-type': 'report',
        target: secretsReport,
        scanners: 'secret,misconfig',
        severity: 'CRITICAL',
      },
    });
    expect(secrets.exitCode).toBe(1);
    expect(secrets.outputs).toMatchObject({ passed: 'false', blocking: '1', critical: '1', high: '1' });
    expect(errorOf(secrets)).toBe(
      'Scan gate failed: 1 finding(s) block the gate (1 CRITICAL): stripe-secret-token',
    );
    expect(secrets.commands.filter((c) => c.properties['file']).map((c) => c.properties['line'])).toEqual([
      '4',
    ]);
  });
});

describe('dist/scan-gate bad input', () => {
  const bad = async (inputs: Record<string, string>, files: Record<string, string> = {}) => {
    const result = await runDist('scan-gate', {
      cwd: await workspace(files),
      inputs: { 'scan-type': 'report', ...inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({});
    return errorOf(result);
  };

  it('says what a non-Trivy report is', async () => {
    expect(await bad({ target: fixture('alpine-310.sarif') })).toMatch(
      /^Could not read the Trivy report '.*' \(target\): it is JSON but not a Trivy report: a SARIF log/,
    );
    expect(await bad({ target: 'r.json' }, { 'r.json': '<html>502 Bad Gateway</html>' })).toMatch(
      /^Could not read the Trivy report 'r\.json' \(target\): it is an HTML page/,
    );
    expect(await bad({ target: 'r.json' }, { 'r.json': '{"SchemaVersion": 2, "Results": [' })).toMatch(
      /it is truncated JSON: it ends at line 1/,
    );
    expect(await bad({ target: 'missing.json' })).toMatch(/'missing\.json' \(target\) does not exist/);
    // (12.9) A file that is not a report is described, never quoted.
    const passwd = await bad({ target: 'r.json' }, { 'r.json': 'root:x:0:0:root:/root:/bin/bash\n' });
    expect(passwd).toMatch(/\(target\): it looks like a text file, not JSON/);
    expect(passwd).not.toContain('root:x');
  });

  it('names the input of an unknown severity or a mutable version', async () => {
    expect(await bad({ target: 'x', severity: 'HIGH,SEVERE' })).toBe(
      "Input 'severity' has unknown severity 'SEVERE'; use CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN",
    );
    expect(await bad({ target: 'x', 'trivy-version': 'latest' })).toMatch(
      /^Input 'trivy-version' must be an exact release/,
    );
  });

  it('gives the line of a broken policy and of an entry without reason or expiry', async () => {
    const target = fixture('alpine-310.json');
    expect(await bad({ target, policy: '- id: CVE-1\n  reason: [unclosed\n' })).toMatch(
      /the 'policy' input is not valid YAML at line \d/,
    );
    expect(
      await bad({
        target,
        policy: '- id: CVE-1\n  reason: ok\n  expires: 2030-01-01\n- id: CVE-2\n  expires: 2030-01-01\n',
      }),
    ).toBe(
      "Could not read the exceptions: the 'policy' input entry 2 (line 4) ('CVE-2') has no reason; say why the finding is accepted",
    );
    expect(await bad({ target, policy: '- id: CVE-3\n  reason: ok\n' })).toMatch(
      /entry 1 \(line 1\) \('CVE-3'\) has no expires date/,
    );
  });
});

describe('dist/scan-gate running Trivy', () => {
  const url = () => `${server.url}/v{version}/trivy_{version}_{os}-{arch}.tar.gz`;

  it('installs Trivy from a verified archive, scans the filesystem once and annotates the lockfile', async () => {
    const cwd = await workspace({ 'app/package-lock.json': '{}\n' });
    const args = path.join(work, 'args.txt');
    const result = await runDist('scan-gate', {
      cwd,
      inputs: { target: 'app', 'trivy-url': url(), 'trivy-checksum': archiveSha, severity: 'MEDIUM' },
      env: { STANDIN_REPORT: fixture('npm.json'), STANDIN_ARGS: args },
    });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ passed: 'false', blocking: '1', medium: '1' });
    expect(result.outputs['report']).toMatch(/scan-gate\/trivy-fs-[0-9a-f]+\.json$/);
    const invocations = (await readFile(args, 'utf8')).trim().split('\n');
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toMatch(
      /^fs --format json --output \S+ --exit-code 0 --severity UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL --scanners vuln .* app$/,
    );
    expect(result.commands.find((c) => c.properties['file'])?.properties).toMatchObject({
      file: 'app/package-lock.json',
      line: '11',
    });
    expect(result.stdout).toContain(`Installed Trivy 0.58.1 (sha256 ${archiveSha})`);
  });

  it('refuses an archive whose checksum does not match and runs nothing', async () => {
    const args = path.join(work, 'args-refused.txt');
    const result = await runDist('scan-gate', {
      inputs: { 'trivy-url': url(), 'trivy-checksum': 'a'.repeat(64) },
      env: { STANDIN_REPORT: fixture('npm.json'), STANDIN_ARGS: args },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      new RegExp(
        `^Could not install Trivy 0.58.1: the checksum of .* does not match: expected a{64}, got ${archiveSha}\\nThe archive was refused`,
      ),
    );
    await expect(readFile(args)).rejects.toThrow();
    expect(result.outputs).toEqual({});
  });

  it('refuses a version without a known checksum', async () => {
    const result = await runDist('scan-gate', { inputs: { 'trivy-url': url(), 'trivy-version': '0.57.0' } });
    expect(errorOf(result)).toMatch(
      /^Could not install Trivy 0.57.0: this action has no SHA-256 for trivy_0.57.0_Linux-64bit.tar.gz\nSet trivy-checksum/,
    );
  });

  it('refuses the pinned default release when the served archive is not the one in the table', async () => {
    const result = await runDist('scan-gate', { inputs: { 'trivy-url': url() } });
    expect(errorOf(result)).toMatch(
      /^Could not install Trivy 0.58.1: the checksum of .* does not match: expected 21a5eea3/,
    );
  });

  it('tells an unreachable image apart from findings', async () => {
    const bin = path.join(work, 'bin-image');
    await mkdir(bin, { recursive: true });
    const trivy = await writeStandinBinary(bin);
    const result = await runDist('scan-gate', {
      inputs: { 'scan-type': 'image', target: 'ghcr.io/acme/nope:1', 'trivy-path': trivy },
      env: { STANDIN_REPORT: fixture('npm.json'), STANDIN_FAIL: 'image' },
    });
    expect(result.exitCode).toBe(1);
    const error = errorOf(result) ?? '';
    expect(error).toMatch(
      /^Could not scan the image 'ghcr.io\/acme\/nope:1': Trivy failed with exit code 1 \(an error, not findings\)/,
    );
    expect(error).toContain('unable to find the specified image');
    expect(error).toContain("Trivy cannot reach the image 'ghcr.io/acme/nope:1'");
  });

  it('copies nothing into the repository', async () => {
    const cwd = await workspace();
    await copyFile(fixture('npm.json'), path.join(cwd, 'r.json'));
    const result = await runDist('scan-gate', { cwd, inputs: { 'scan-type': 'report', target: 'r.json' } });
    expect(result.outputs['report']).toBe(path.join(cwd, 'r.json'));
  });
});
