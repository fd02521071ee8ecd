// The two callers' paths through the same pieces: scanGate (scan-gate) and scanImageArchive (the
// root action), with the stand-in trivy executable and real Trivy reports.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, exec, silentLogger, type Clock, type Exec } from '@gitops-actions/kit';
import { writeStandinBinary } from '@gitops-actions/standin-trivy';
import { fixturePath } from '@gitops-actions/testkit';
import {
  scanGate,
  scanImageArchive,
  type ImageScanRequest,
  type ScanGateRequest,
  type TrivyPorts,
} from '../src/index.js';

const FIXTURES = fixturePath('trivy');
const clock: Clock = { now: () => Date.parse('2026-06-01T00:00:00Z'), sleep: async () => {} };

let work: string;
let argsFile: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'trivy-scan-'));
  await writeStandinBinary(path.join(work, 'bin'));
  argsFile = path.join(work, 'args.txt');
});
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }));

/** The stand-in answers with `report`; every run's arguments and TRIVY_INPUT are recorded. */
function ports(report: string): TrivyPorts {
  const standin: Exec = (cmd, args, opts) =>
    exec(cmd, args, {
      ...opts,
      env: { PATH: process.env['PATH'], STANDIN_REPORT: path.join(FIXTURES, report), STANDIN_ARGS: argsFile },
    }).then(async (result) => {
      await writeFile(path.join(work, 'input.txt'), opts?.env?.['TRIVY_INPUT'] ?? '');
      return result;
    });
  return { log: silentLogger, workspace: work, tempDir: path.join(work, 'temp'), exec: standin, clock };
}

const names = {
  ignoreFile: 'ignore-file',
  trivyPath: 'trivy-path',
  trivyUrl: 'trivy-url',
  trivyChecksum: 'trivy-checksum',
  dbRepository: 'db-repository',
};

function gateRequest(over: Partial<ScanGateRequest> = {}): ScanGateRequest {
  return {
    scanType: 'fs',
    target: '.',
    severities: new Set(['HIGH', 'CRITICAL']),
    ignoreUnfixed: true,
    scanners: ['vuln'],
    ignoreFile: '.trivyignore.yaml',
    policy: '',
    trivyVersion: '0.58.1',
    trivyUrl: '',
    trivyChecksum: '',
    trivyPath: path.join(work, 'bin', 'trivy'),
    dbRepositories: [],
    sarif: '',
    sonar: undefined,
    inputNames: { ...names, scanType: 'scan-type', target: 'target' },
    ...over,
  };
}

describe('scanGate', () => {
  it('runs Trivy once and derives verdict, counts, SARIF, summary and the failure line', async () => {
    const result = await scanGate(
      gateRequest({ scanType: 'image', target: 'alpine:3.10', sarif: 'out/t.sarif' }),
      ports('alpine-39-high-critical.json'),
    );
    expect((await readFile(argsFile, 'utf8')).trim().split('\n')).toHaveLength(1);
    expect(result.passed).toBe(false);
    expect(result.counts.critical).toBe(result.verdict.counts.CRITICAL);
    expect(result.failure).toBe('Scan gate failed: 2 finding(s) block the gate (2 CRITICAL): CVE-2019-14697');
    expect(result.summary).toContain('### scan-gate: `testdata/fixtures/images/alpine-39.tar.gz`');
    expect(result.sarifPath).toBe(path.join(work, 'out/t.sarif'));
    expect(JSON.parse(await readFile(result.sarifPath, 'utf8'))).toHaveProperty('version', '2.1.0');
    expect(result.reportPath.startsWith(path.join(work, 'temp', 'scan-gate'))).toBe(true);
    expect(result.annotations).toEqual([]);
  });

  it("reads an existing report without Trivy, and its hint names the caller's inputs", async () => {
    const result = await scanGate(
      gateRequest({ scanType: 'report', target: path.join(FIXTURES, 'npm.json'), trivyPath: '/nonexistent' }),
      ports('npm.json'),
    );
    expect(result.reportPath).toBe(path.join(FIXTURES, 'npm.json'));
    const missing = scanGate(
      gateRequest({
        scanType: 'report',
        target: 'nope.json',
        inputNames: { ...names, scanType: 'kind', target: 'report-file' },
      }),
      ports('npm.json'),
    );
    await expect(missing).rejects.toThrow(ActionError);
    await expect(missing).rejects.toMatchObject({
      hint: "With kind: report, report-file is the JSON report written by an earlier 'trivy --format json' step.",
    });
  });
});

describe('scanImageArchive', () => {
  const request = (over: Partial<ImageScanRequest> = {}): ImageScanRequest => ({
    severities: new Set(['CRITICAL']),
    ignoreUnfixed: false,
    ignoreFile: '.trivyignore.yaml',
    trivyVersion: '',
    trivyUrl: '',
    trivyChecksum: '',
    trivyPath: 'bin/trivy',
    dbRepositories: [],
    inputNames: { ...names, ignoreFile: 'scan-ignore-file' },
    ref: 'ghcr.io/acme/app:1.2.0',
    archive: path.join(work, 'image.tar'),
    ...over,
  });

  it('scans the archive through TRIVY_INPUT (vuln only) and names the image, not the archive', async () => {
    const scan = await scanImageArchive(request(), ports('alpine-39-high-critical.json'));
    const args = (await readFile(argsFile, 'utf8')).trim();
    expect(args).toMatch(/^image .*--scanners vuln .*ghcr\.io\/acme\/app:1\.2\.0$/);
    expect(await readFile(path.join(work, 'input.txt'), 'utf8')).toBe(path.join(work, 'image.tar'));
    expect(scan.summary).toContain('Image scan: `ghcr.io/acme/app:1.2.0`');
    expect(scan.passed).toBe(false);
    expect(scan.blocking).toBe('2 finding(s) block the gate (2 CRITICAL): CVE-2019-14697');
  });

  it("honours the ignore file, and a missing one named on purpose points at the caller's input", async () => {
    const first = await scanImageArchive(request(), ports('alpine-39-high-critical.json'));
    const ids = [...new Set(first.verdict.blocking.map((f) => f.id))];
    await writeFile(path.join(work, '.trivyignore'), `${ids.join('\n')}\n`);
    const ignored = await scanImageArchive(
      request({ ignoreFile: '.trivyignore' }),
      ports('alpine-39-high-critical.json'),
    );
    expect(ignored.passed).toBe(true);
    expect(ignored.blocking).toBe('');
    await expect(
      scanImageArchive(request({ ignoreFile: 'missing.yaml' }), ports('alpine-39-high-critical.json')),
    ).rejects.toMatchObject({
      operation: 'read the ignore file',
      message: "'missing.yaml' (scan-ignore-file) does not exist",
      hint: 'Fix scan-ignore-file, or leave it at its default .trivyignore.yaml.',
    });
  });
});
