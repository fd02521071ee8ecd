import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, silentLogger, type Clock } from '@gitops-actions/kit';
import { fixturePath } from '@gitops-actions/testkit';
import {
  sarifErrors,
  buildReleaseArchive,
  serveFiles,
  writeStandinBinary,
} from '@gitops-actions/standin-trivy';
import {
  evaluateGate,
  installTrivy,
  parseIgnoreFile,
  parseReport,
  runTrivy,
  sarifText,
  sha256File,
  writeSarif,
  type Report,
} from '../src/index.js';

const FIXTURES = fixturePath('trivy');
const INPUT_NAMES = {
  trivyPath: 'trivy-path',
  trivyUrl: 'trivy-url',
  trivyChecksum: 'trivy-checksum',
  dbRepository: 'db-repository',
  ignoreFile: 'ignore-file',
};
const load = async (name: string): Promise<Report> => parseReport(await readFile(path.join(FIXTURES, name)));

describe('parseReport', () => {
  it('reads every fixture like JSON.parse does', async () => {
    for (const name of [
      'alpine-310.json',
      'centos-7.json',
      'npm.json',
      'gomod-vex.json',
      'dockerfile.json',
      'debian-buster.json',
    ]) {
      const text = await readFile(path.join(FIXTURES, name), 'utf8');
      const full = JSON.parse(text) as {
        Results?: {
          Vulnerabilities?: { VulnerabilityID: string; PkgName: string; FixedVersion?: string }[];
          Misconfigurations?: unknown[];
        }[];
      };
      const report = parseReport(Buffer.from(text));
      const expected = (full.Results ?? []).flatMap((r) => [
        ...(r.Vulnerabilities ?? []).map((v) => `${v.VulnerabilityID} ${v.PkgName} ${v.FixedVersion ?? ''}`),
        ...(r.Misconfigurations ?? []).map(() => 'misconfig'),
      ]);
      const actual = report.findings.map((f) =>
        f.scanner === 'vuln' ? `${f.id} ${f.pkgName} ${f.fixed}` : f.scanner,
      );
      expect(actual).toEqual(expected);
    }
  });

  it('decodes escapes and keeps lockfile lines', () => {
    const report = parseReport(
      Buffer.from(
        '{"SchemaVersion":2,"ArtifactName":"a\\"b","Results":[{"Target":"package-lock.json","Class":"lang-pkgs",' +
          '"Vulnerabilities":[{"VulnerabilityID":"CVE-1","PkgID":"x@1","PkgName":"x","InstalledVersion":"1","Severity":"HIGH","Title":"t\\u00e9 \\\\"}],' +
          '"Packages":[{"ID":"x@1","Locations":[{"StartLine":7,"EndLine":9}]}]}]}',
      ),
    );
    expect(report.artifactName).toBe('a"b');
    expect(report.findings[0]).toMatchObject({ id: 'CVE-1', severity: 'HIGH', line: 7 });
    expect(report.rules.get('CVE-1')?.title).toBe('té \\');
  });

  it('rejects what is not a Trivy report, saying what it is', () => {
    const err = (text: string) => () => parseReport(Buffer.from(text));
    expect(err('')).toThrow(/is empty/);
    expect(err('[1]')).toThrow(/is a JSON array/);
    expect(err('{"bomFormat":"CycloneDX"}')).toThrow(/CycloneDX SBOM/);
    expect(err('{"SchemaVersion":1}')).toThrow(/SchemaVersion 1/);
    expect(err('{"SchemaVersion":2,\n"Results":[{"Target":}]}')).toThrow(
      /not valid JSON: expected a value but found '}' at line 2/,
    );
  });
});

describe('evaluateGate and SARIF', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('applies .trivyignore expiry as Trivy does and gates the rest', async () => {
    const report = await load('debian-buster.json');
    const exceptions = parseIgnoreFile('CVE-2019-18224 exp:2026-01-01\nCVE-2019-18276\n', '.trivyignore');
    const verdict = evaluateGate(report, {
      severities: new Set(['CRITICAL', 'LOW']),
      ignoreUnfixed: false,
      scanners: new Set(['vuln']),
      exceptions,
      now,
    });
    expect(verdict.blocking.map((f) => f.id)).toEqual(['CVE-2019-18224']);
    expect(verdict.applied.map((u) => u.exception.id)).toEqual(['CVE-2019-18276']);
    expect(verdict.expired).toEqual([]);
    expect(verdict.passed).toBe(false);
  });

  it('writes SARIF that the 2.1.0 schema accepts, and the validator rejects a broken log', async () => {
    for (const name of ['alpine-310.json', 'npm.json', 'dockerfile.json', 'gomod-vex.json']) {
      const report = await load(name);
      const verdict = evaluateGate(report, {
        severities: new Set(['HIGH']),
        ignoreUnfixed: true,
        scanners: new Set(['vuln', 'misconfig']),
        exceptions: [],
        now,
      });
      expect(
        sarifErrors(JSON.parse(sarifText(report, verdict, { toolVersion: '0.58.1', root: 'svc' }))),
      ).toEqual([]);
    }
    expect(sarifErrors(JSON.parse(await readFile(path.join(FIXTURES, 'alpine-310.sarif'), 'utf8')))).toEqual(
      [],
    );
    expect(
      sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] })
        .length,
    ).toBeGreaterThan(0);
  });

  it('writes every result of a report larger than one write batch, escaped and in order', async () => {
    const base = await load('npm.json');
    const quirky = { ...base.findings[0]!, pkgName: 'jq"u\\ery\nü', installed: '3.3.9', line: 0 };
    const report: Report = {
      ...base,
      findings: Array.from({ length: 9000 }, (_, i) =>
        i === 8999 ? quirky : base.findings[i % base.findings.length]!,
      ),
    };
    const verdict = evaluateGate(report, {
      severities: new Set(['HIGH']),
      ignoreUnfixed: true,
      scanners: new Set(['vuln']),
      exceptions: [],
      now,
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'sarif-'));
    try {
      await writeSarif(path.join(dir, 'out.sarif'), report, verdict, { toolVersion: '', root: '' });
      const text = await readFile(path.join(dir, 'out.sarif'), 'utf8');
      expect(text).toBe(sarifText(report, verdict, { toolVersion: '', root: '' }));
      const log = JSON.parse(text) as {
        runs: {
          results: {
            message: { text: string };
            locations: { physicalLocation: { region: { startLine: number } } }[];
          }[];
        }[];
      };
      const results = log.runs[0]!.results;
      expect(results).toHaveLength(9000);
      expect(results[8999]!.message.text).toContain('Package: jq"u\\ery\nü\nInstalled Version: 3.3.9');
      expect(results[8999]!.locations[0]!.physicalLocation.region.startLine).toBe(1);
      expect(sarifErrors({ ...log, runs: [{ ...log.runs[0]!, results: results.slice(8990) }] })).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});

describe('installTrivy', () => {
  let dir: string;
  const env = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'trivy-install-'));
    process.env['RUNNER_TOOL_CACHE'] = path.join(dir, 'cache');
    process.env['RUNNER_TEMP'] = path.join(dir, 'temp');
  });
  afterEach(async () => {
    process.env = { ...env };
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('verifies against the table, caches, and reuses the cached copy without downloading', async () => {
    const releases = path.join(dir, 'releases');
    await mkdir(releases);
    const sha = await sha256File(await buildReleaseArchive(releases, '1.2.3'));
    const server = await serveFiles(releases);
    try {
      const opts = {
        version: 'v1.2.3',
        urlTemplate: `${server.url}/{asset}`,
        table: { '1.2.3': { 'Linux-64bit': sha } },
        platform: { os: 'Linux', arch: '64bit' },
        inputNames: INPUT_NAMES,
        log: silentLogger,
      };
      const first = await installTrivy(opts);
      expect(first).toMatchObject({ version: '1.2.3', fromCache: false, sha256: sha });
      expect(
        (
          await exec(first.path, ['--output', path.join(dir, 'r.json')], {
            env: { STANDIN_REPORT: path.join(FIXTURES, 'npm.json') },
          })
        ).code,
      ).toBe(0);
      const second = await installTrivy(opts);
      expect(second).toMatchObject({ fromCache: true, path: first.path });
      expect(server.requests).toEqual(['/trivy_1.2.3_Linux-64bit.tar.gz']);
      await expect(
        installTrivy({
          ...opts,
          version: '1.2.3',
          table: { '1.2.3': { 'Linux-64bit': '0'.repeat(64) } },
          platform: { os: 'Linux', arch: 'ARM64' },
        }),
      ).rejects.toThrow(/no SHA-256/);
      await expect(installTrivy({ ...opts, version: 'latest' })).rejects.toThrow(
        /not an exact release version/,
      );
    } finally {
      await server.close();
    }
  });
});

describe('runTrivy', () => {
  it('retries TOOMANYREQUESTS, then falls back to the next DB mirror', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'trivy-run-'));
    try {
      const binary = await writeStandinBinary(path.join(dir, 'bin'));
      const slept: number[] = [];
      const clock: Clock = {
        now: () => 0,
        sleep: (ms) => {
          slept.push(ms);
          return Promise.resolve();
        },
      };
      const args = path.join(dir, 'args.txt');
      let calls = 0;
      await runTrivy({
        binary,
        scanType: 'image',
        target: 'alpine:3.10',
        scanners: ['vuln'],
        dbRepositories: ['mirror-a.example/trivy-db', 'mirror-b.example/trivy-db'],
        output: path.join(dir, 'out.json'),
        inputNames: INPUT_NAMES,
        // The first mirror is rate-limited every time; the second answers.
        exec: (cmd, a, o) => {
          calls++;
          const fail = a.includes('mirror-a.example/trivy-db') ? 'ratelimit' : '';
          return exec(cmd, a, {
            ...o,
            env: {
              PATH: process.env['PATH'],
              STANDIN_REPORT: path.join(FIXTURES, 'alpine-310.json'),
              STANDIN_FAIL: fail,
              STANDIN_ARGS: args,
            },
          });
        },
        log: silentLogger,
        clock,
        random: () => 0.5,
        attempts: 2,
      });
      expect(calls).toBe(3);
      expect(slept).toEqual([1000]);
      expect((await readFile(path.join(dir, 'out.json'), 'utf8')).length).toBeGreaterThan(100);
      expect((await readFile(args, 'utf8')).trim().split('\n').pop()).toMatch(
        /--db-repository mirror-b.example\/trivy-db alpine:3.10$/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});
