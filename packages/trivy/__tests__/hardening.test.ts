// Issue 12 for Trivy: the install outside a runner and against a dead or flaky mirror (no real
// waits: the Clock is injected), files that are not a report, hostile report text in the summary,
// and a Trivy that cannot be started.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, type Clock, type Logger } from '@gitops-actions/kit';
import { buildReleaseArchive, serveFiles, type FileServer } from '@gitops-actions/standin-trivy';
import { fixturePath } from '@gitops-actions/testkit';
import {
  evaluateGate,
  installTrivy,
  renderSummary,
  scanGate,
  sha256File,
  type InstallOptions,
  type Report,
  type ScanGateRequest,
} from '../src/index.js';

const NAMES = {
  trivyPath: 'trivy-path',
  trivyUrl: 'trivy-url',
  trivyChecksum: 'trivy-checksum',
  trivyVersion: 'trivy-version',
  dbRepository: 'db-repository',
  ignoreFile: 'ignore-file',
};

let dir: string;
let logged: string[];
let slept: number[];
const log: Logger = {
  info: (m) => logged.push(m),
  warning: (m) => logged.push(`warning: ${m}`),
  debug: () => {},
};
const clock: Clock = {
  now: () => Date.parse('2026-06-01T00:00:00Z'),
  sleep: (ms) => {
    slept.push(ms);
    return Promise.resolve();
  },
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'trivy-hard-'));
  logged = [];
  slept = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

describe('installTrivy outside a runner and against a bad mirror', () => {
  let releases: string;
  let server: FileServer;
  let sha: string;
  beforeEach(async () => {
    releases = path.join(dir, 'releases');
    await mkdir(releases);
    sha = await sha256File(await buildReleaseArchive(releases, '1.2.3'));
    server = await serveFiles(releases);
  });
  afterEach(() => server.close());

  const options = (over: Partial<InstallOptions> = {}): InstallOptions => ({
    version: '1.2.3',
    urlTemplate: `${server.url}/{asset}`,
    checksum: sha,
    platform: { os: 'Linux', arch: '64bit' },
    inputNames: NAMES,
    log,
    clock,
    random: () => 0.5,
    env: { RUNNER_TOOL_CACHE: path.join(dir, 'cache'), RUNNER_TEMP: path.join(dir, 'temp') },
    ...over,
  });

  it('(12.8) without RUNNER_TOOL_CACHE or RUNNER_TEMP installs under the OS temp dir and says where, once', async () => {
    const env = { TMPDIR: path.join(dir, 'os-tmp') };
    const installed = await installTrivy(options({ env }));
    const base = path.join(dir, 'os-tmp', `gitops-actions-${process.getuid?.() ?? 0}`);
    expect(installed.path).toBe(path.join(base, 'tool-cache', 'trivy', '1.2.3', '64bit', 'trivy'));
    const notices = logged.filter((m) => m.includes('not on a GitHub runner'));
    expect(notices).toEqual([
      `RUNNER_TOOL_CACHE and RUNNER_TEMP not set (not on a GitHub runner): Trivy is cached in ${path.join(base, 'tool-cache')}, downloads go to ${path.join(base, 'temp', 'trivy-download')}`,
    ]);
    expect(logged.join('\n')).not.toMatch(/Expected RUNNER_/);
    // The second run finds it in the same cache.
    expect(await installTrivy(options({ env }))).toMatchObject({ fromCache: true, path: installed.path });
  });

  it('(12.8) refuses a cache folder others may write to, where a planted trivy would run', async () => {
    const osTmp = path.join(dir, 'shared-tmp');
    const base = path.join(osTmp, `gitops-actions-${process.getuid?.() ?? 0}`);
    await mkdir(base, { recursive: true });
    await chmod(base, 0o777);
    const error = await installTrivy(options({ env: { TMPDIR: osTmp } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: `${base} is not a folder private to this user` });
  });

  it('(12.8) a refused connection fails at once, naming the host and trivy-url, with no retry', async () => {
    const port = await closedPort();
    const error = await installTrivy(
      options({ urlTemplate: `http://127.0.0.1:${port}/v{version}/{asset}` }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toBe(
      `the download of http://127.0.0.1:${port}/v1.2.3/trivy_1.2.3_Linux-64bit.tar.gz failed: 127.0.0.1:${port} (from trivy-url) refused the connection: nothing listens there (ECONNREFUSED)`,
    );
    expect((error as ActionError).hint).toMatch(/^Check trivy-url: .* set trivy-path\.$/);
    expect(slept).toEqual([]);
  });

  it('(12.8) an unknown host fails at once and, with the default URL, names trivy-version', async () => {
    const noDns: typeof fetch = () =>
      Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }));
    const error = (await installTrivy(options({ urlTemplate: '', fetch: noDns })).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error.message).toMatch(
      /^the download of https:\/\/github\.com\/aquasecurity\/trivy\/releases\/download\/v1\.2\.3\/trivy_1\.2\.3_Linux-64bit\.tar\.gz failed: github\.com \(from the default URL and trivy-version\) does not resolve/,
    );
    expect(error.hint).toMatch(/trivy-url to a mirror, or trivy-path/);
    expect(slept).toEqual([]);
  });

  it('(12.8) a 503 and a proxy page are retried with backoff over the Clock, then the archive installs', async () => {
    server.fail(503);
    server.fail('html');
    const installed = await installTrivy(options());
    expect(installed).toMatchObject({ fromCache: false, sha256: sha });
    expect(server.requests).toHaveLength(3);
    expect(slept).toEqual([500, 1000]);
    expect(logged.filter((m) => m.startsWith('The download from'))).toEqual([
      expect.stringContaining('failed (answered HTTP 503); attempt 2 of 3 in 500 ms'),
      expect.stringContaining(
        'failed (answered an HTML page instead of the archive (a proxy?)); attempt 3 of 3',
      ),
    ]);
  });

  it('(12.8) a mirror that keeps failing costs three attempts and says so; a 404 is final', async () => {
    server.fail(503, 3);
    await expect(installTrivy(options())).rejects.toThrow(/answered HTTP 503 \(3 attempts\)$/);
    expect(slept).toHaveLength(2);
    slept = [];
    server.fail(404);
    await expect(installTrivy(options())).rejects.toThrow(
      /\(from trivy-url\) has no such file \(HTTP 404\)$/,
    );
    expect(slept).toEqual([]);
  });
});

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const gateRequest = (over: Partial<ScanGateRequest> = {}): ScanGateRequest => ({
  scanType: 'report',
  target: 'r.json',
  severities: new Set(['HIGH', 'CRITICAL']),
  ignoreUnfixed: true,
  scanners: ['vuln'],
  ignoreFile: '.trivyignore.yaml',
  policy: '',
  trivyVersion: '',
  trivyUrl: '',
  trivyChecksum: '',
  trivyPath: '',
  dbRepositories: [],
  sarif: '',
  sonar: undefined,
  inputNames: { ...NAMES, scanType: 'kind', target: 'report-file' },
  ...over,
});

describe('(12.9) a file that is not the report is described, never echoed, and the input named', () => {
  const cases: [what: string, bytes: Buffer | string, expected: RegExp][] = [
    [
      '/etc/passwd',
      'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin\n',
      /looks like a text file, not JSON/,
    ],
    ['an HTML page', '<!DOCTYPE html>\n<html><body>root:x:0:0 502</body></html>', /is an HTML page/],
    [
      'binary data',
      Buffer.from([0x1f, 0x8b, 0x08, 0, 0x72, 0x6f, 0x6f, 0x74, 0x3a, 0x78, 0, 1, 2]),
      /is binary data/,
    ],
    ['an empty file', '', /is empty; Trivy writes a JSON object even when it finds nothing/],
    [
      'JSON that is no report',
      '{"root:x:0:0": 1, "users": []}',
      /is JSON but not a Trivy report \(no SchemaVersion\/Results\)/,
    ],
    [
      'truncated JSON',
      '{"SchemaVersion": 2, "Results": [{"Target": "root:x:0:0',
      /is truncated JSON: it ends at line 1/,
    ],
  ];
  it.each(cases)('(12.9) %s', async (_what, bytes, expected) => {
    await writeFile(path.join(dir, 'r.json'), bytes);
    const error = (await scanGate(gateRequest(), { log, workspace: dir, clock }).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.operation).toBe("read the Trivy report 'r.json' (report-file)");
    expect(error.message).toMatch(expected);
    expect(error.hint).toMatch(/^Set `report-file` to the JSON report/);
    expect(`${error.message} ${error.hint}`).not.toMatch(/root/);
  });
});

describe('(12.10) summary cells hold hostile report text without breaking the table', () => {
  it('(12.10) keeps every row at the header’s column count', async () => {
    const hostile = 'a|b\nc `d` <script>alert(1)</script> \\| e\r\n::warning::x';
    const base = JSON.parse(await readFile(path.join(fixturePath('trivy'), 'npm.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const report = {
      ...base,
      SchemaVersion: 2,
      ArtifactName: hostile,
      Results: [
        {
          Target: hostile,
          Class: 'lang-pkgs',
          Type: 'npm',
          Vulnerabilities: [
            {
              VulnerabilityID: hostile,
              PkgID: hostile,
              PkgName: hostile,
              InstalledVersion: hostile,
              FixedVersion: hostile,
              Severity: 'CRITICAL',
              Title: hostile,
              PrimaryURL: 'javascript:alert(1)',
            },
          ],
        },
      ],
    };
    await writeFile(path.join(dir, 'r.json'), JSON.stringify(report));
    const result = await scanGate(gateRequest(), { log, workspace: dir, clock });
    expect(result.verdict.blocking).toHaveLength(1);
    const tables = tableBlocks(result.summary);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const rows of tables) {
      const widths = rows.map(cellCount);
      expect(new Set(widths).size).toBe(1);
    }
    const blocking = tables.find((rows) => rows[0]!.startsWith('| ID |'))!;
    expect(blocking).toHaveLength(3);
    // In a code span `<script>` is shown, not run; everywhere else it must be escaped.
    expect(withoutCodeSpans(result.summary)).not.toContain('<script>');
    expect(result.summary).not.toContain('javascript:');
    expect(result.summary.split('\n').some((l) => /^\s*::/.test(l))).toBe(false);
  });

  it('(12.10) escapes exception ids, reasons, sources and dates in the exception tables', () => {
    const report: Report = {
      schemaVersion: 2,
      artifactName: 'x',
      artifactType: 'filesystem',
      findings: [],
      rules: new Map(),
    };
    const hostile = 'CVE|1\n<b>`x` \\|';
    const exception = {
      origin: 'ignore-file' as const,
      source: 'ignore|file',
      line: 1,
      id: hostile,
      reason: hostile,
      expires: `2020-01-01${hostile}`,
      paths: [],
      packages: [],
    };
    const verdict = evaluateGate(report, {
      severities: new Set(['HIGH']),
      ignoreUnfixed: false,
      scanners: new Set(['vuln']),
      exceptions: [],
      now: new Date('2026-06-01T00:00:00Z'),
    });
    verdict.expired.push({ exception, findings: 0 });
    verdict.applied.push({ exception, findings: 1 });
    const summary = renderSummary(report, verdict, {
      title: 't',
      severities: new Set(['HIGH']),
      ignoreUnfixed: false,
    });
    const tables = tableBlocks(summary);
    expect(tables).toHaveLength(3);
    for (const rows of tables) {
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map(cellCount)).size).toBe(1);
    }
    expect(withoutCodeSpans(summary)).not.toContain('<b>');
  });
});

const withoutCodeSpans = (markdown: string): string => markdown.replace(/`[^`\n]*`/g, '');

/** The markdown tables of a summary: runs of lines that start with `|`. */
function tableBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Cells of a GFM table row: split on `|` not escaped by a backslash. */
function cellCount(row: string): number {
  return row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
}

describe('(12.11) a Trivy that cannot be started is explained', () => {
  it('(12.11) names a missing trivy-path and an unexecutable one, with the fix', async () => {
    const request = gateRequest({ scanType: 'fs', target: '.', trivyPath: '/nonexistent/bin/trivy' });
    const ports = { log, workspace: dir, tempDir: path.join(dir, 'temp'), clock };
    const missing = (await scanGate(request, ports).catch((e: unknown) => e)) as ActionError;
    expect(missing.message).toBe("trivy was not found at '/nonexistent/bin/trivy' (input trivy-path)");
    expect(missing.hint).toMatch(
      /^Install Trivy there, set trivy-path to where it is, or leave trivy-path empty/,
    );
    expect(missing.message).not.toMatch(/spawn|ENOENT/);
    const plain = path.join(dir, 'trivy');
    await writeFile(plain, '#!/bin/sh\n');
    await chmod(plain, 0o644);
    const denied = (await scanGate({ ...request, trivyPath: plain }, ports).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(denied.message).toBe(`'${plain}' (input trivy-path) may not be run (permission denied)`);
    expect(denied.hint).toMatch(/^Make it executable \(chmod \+x\)/);
  });

  it('(12.11) a report that cannot be read says why in words', async () => {
    await mkdir(path.join(dir, 'r.json'));
    await expect(scanGate(gateRequest(), { log, workspace: dir, clock })).rejects.toMatchObject({
      message: "'r.json' (report-file) is not a file",
    });
    await expect(
      scanGate(gateRequest({ target: 'nope.json' }), { log, workspace: dir, clock }),
    ).rejects.toMatchObject({
      message: "'nope.json' (report-file) does not exist",
    });
  });
});
