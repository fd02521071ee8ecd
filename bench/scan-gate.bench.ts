/**
 * scan-gate: a 100,000-finding Trivy report (real fixture findings, repeated) evaluated by the shipped
 * bundle with `scan-type: report`, with and without SARIF: wall time and the child's peak RSS against
 * the report's size; and the bundle's cold start on a bad input and on a missing report, side by side
 * with `node -e 0`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import { fixturePath, resolveEntry } from '@gitops-actions/testkit';
import { childEnv, run } from './proc.js';
import type { BenchContext, BenchReport, Row } from './report.js';
import { describe, formatBytes, formatMs, formatRatio, median } from './stats.js';

const FINDINGS = 100_000;
const PER_RESULT = 1000;
const RUNS = 5;
const COLD_RUNS = 21;
const TIME = '/usr/bin/time';
const FIXTURES = [
  'alpine-310.json',
  'alpine-39-high-critical.json',
  'centos-7.json',
  'debian-buster.json',
  'gomod-vex.json',
  'npm.json',
];

interface PoolEntry {
  cls: string;
  type: string;
  /** The vulnerability exactly as Trivy wrote it, re-indented for its depth in the new report. */
  json: string;
}

async function findingPool(): Promise<PoolEntry[]> {
  const pool: PoolEntry[] = [];
  for (const name of FIXTURES) {
    const report = JSON.parse(await readFile(fixturePath('trivy', name), 'utf8')) as {
      Results?: { Class?: string; Type?: string; Vulnerabilities?: unknown[] }[];
    };
    for (const result of report.Results ?? []) {
      for (const v of result.Vulnerabilities ?? []) {
        pool.push({
          cls: result.Class ?? '',
          type: result.Type ?? '',
          json: JSON.stringify(v, null, 2).replace(/\n/g, '\n        '),
        });
      }
    }
  }
  return pool;
}

/** Writes a Trivy JSON report (SchemaVersion 2, indented as Trivy does) of `count` findings. */
export async function writeLargeReport(file: string, count: number): Promise<number> {
  const pool = await findingPool();
  const out = await open(file, 'w');
  try {
    let buffer = `{\n  "SchemaVersion": 2,\n  "ArtifactName": "ghcr.io/acme/big:1.0.0",\n  "ArtifactType": "container_image",\n  "Results": [`;
    let written = 0;
    for (let r = 0; written < count; r++) {
      const n = Math.min(PER_RESULT, count - written);
      const first = pool[(r * PER_RESULT) % pool.length]!;
      const target =
        first.cls === 'os-pkgs' ? `ghcr.io/acme/big:1.0.0 (debian 10.1)` : `app/svc-${r}/lockfile`;
      buffer +=
        `${r ? ',' : ''}\n    {\n      "Target": ${JSON.stringify(target)},\n      "Class": ${JSON.stringify(first.cls)},` +
        `\n      "Type": ${JSON.stringify(first.type)},\n      "Vulnerabilities": [`;
      for (let i = 0; i < n; i++) {
        buffer += `${i ? ',' : ''}\n        ${pool[(written + i) % pool.length]!.json}`;
        if (buffer.length > 1 << 22) {
          await out.write(buffer);
          buffer = '';
        }
      }
      buffer += '\n      ]\n    }';
      written += n;
    }
    await out.write(`${buffer}\n  ]\n}\n`);
  } finally {
    await out.close();
  }
  return (await stat(file)).size;
}

interface Measured {
  ms: number;
  /** Peak resident set of the action process, from GNU time; NaN when it is not installed. */
  peakBytes: number;
}

async function runnerEnv(dir: string, inputs: Record<string, string>): Promise<Record<string, string>> {
  await mkdir(join(dir, 'temp'), { recursive: true });
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const f of Object.values(files)) await writeFile(f, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, 'temp'),
    ...files,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return childEnv(env);
}

async function evaluateOnce(entry: string, dir: string, inputs: Record<string, string>): Promise<Measured> {
  const env = await runnerEnv(dir, inputs);
  const timed = existsSync(TIME);
  const result = timed
    ? await run(TIME, ['-f', '%M', process.execPath, entry], { cwd: dir, env, timeoutMs: 60_000 })
    : await run(process.execPath, [entry], { cwd: dir, env, timeoutMs: 60_000 });
  const outputs = await readFile(env['GITHUB_OUTPUT']!, 'utf8');
  if (result.code !== 1 || !/blocking<<|blocking=/.test(outputs)) {
    throw new Error(
      `Expected the gate to fail with outputs; got exit ${String(result.code)}:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`,
    );
  }
  const kib = timed ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  return { ms: result.ms, peakBytes: kib * 1024 };
}

async function coldStart(
  entry: string,
  dir: string,
): Promise<{ bad: number[]; missing: number[]; bare: number[] }> {
  const badEnv = await runnerEnv(join(dir, 'bad'), {
    'scan-type': 'report',
    target: 'r.json',
    severity: 'SEVERE',
  });
  const missingEnv = await runnerEnv(join(dir, 'missing'), { 'scan-type': 'report', target: 'missing.json' });
  const expectError = async (env: Record<string, string>, pattern: RegExp): Promise<number> => {
    const result = await run(process.execPath, [entry], {
      cwd: env['GITHUB_WORKSPACE'],
      env,
      timeoutMs: 30_000,
    });
    const error = result.stdout.split('\n').find((l) => l.startsWith('::error'));
    if (result.code !== 1 || !error || !pattern.test(error)) {
      throw new Error(
        `Expected exit 1 with ${String(pattern)}; got ${String(result.code)}: ${result.stdout}`,
      );
    }
    return result.ms;
  };
  const bareEnv = childEnv();
  const bareOnce = async () => (await run(process.execPath, ['-e', '0'], { env: bareEnv })).ms;
  const out = { bad: [] as number[], missing: [] as number[], bare: [] as number[] };
  for (let i = -3; i < COLD_RUNS; i++) {
    // Interleaved, so a noisy moment costs all three alike; the first three are warm-up.
    const bad = await expectError(badEnv, /severity/);
    const missing = await expectError(missingEnv, /missing\.json does not exist/);
    const bare = await bareOnce();
    if (i < 0) continue;
    out.bad.push(bad);
    out.missing.push(missing);
    out.bare.push(bare);
  }
  return out;
}

export async function benchScanGate(ctx: BenchContext): Promise<BenchReport> {
  const entry = resolveEntry('scan-gate');
  const dir = join(ctx.workDir, 'scan-gate');
  await mkdir(dir, { recursive: true });
  const report = join(dir, 'trivy-100k.json');
  const size = await writeLargeReport(report, FINDINGS);
  ctx.log(`  report: ${FINDINGS.toLocaleString('en')} findings, ${formatBytes(size)}`);

  const plain: Measured[] = [];
  const sarif: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    const inputs = { 'scan-type': 'report', target: report };
    plain.push(await evaluateOnce(entry, join(dir, `plain-${i}`), inputs));
    sarif.push(await evaluateOnce(entry, join(dir, `sarif-${i}`), { ...inputs, sarif: 'out/trivy.sarif' }));
  }
  const sarifSize = (await stat(join(dir, `sarif-${RUNS - 1}`, 'out/trivy.sarif'))).size;
  const cold = await coldStart(entry, join(dir, 'cold'));

  const rows: Row[] = [];
  for (const [label, runs] of [
    ['without SARIF', plain],
    ['with SARIF', sarif],
  ] as const) {
    const ms = median(runs.map((r) => r.ms));
    const peak = Math.max(...runs.map((r) => r.peakBytes));
    rows.push({
      figure: `6. 100k findings ${label}: time`,
      measured: formatMs(ms),
      reference: formatBytes(size),
      ratio: '—',
      target: '≤ 2 s',
      pass: ms <= 2000,
    });
    rows.push({
      figure: `6. 100k findings ${label}: peak RSS`,
      measured: Number.isFinite(peak) ? formatBytes(peak) : 'n/a',
      reference: `report ${formatBytes(size)}`,
      ratio: formatRatio(peak / size),
      target: '≤ 3× report',
      pass: Number.isFinite(peak) ? peak <= 3 * size : undefined,
    });
  }
  const bare = median(cold.bare);
  for (const [label, values] of [
    ['bad input', cold.bad],
    ['missing report', cold.missing],
  ] as const) {
    const ms = median(values);
    rows.push({
      figure: `6. scan-gate cold start (${label})`,
      measured: formatMs(ms),
      reference: `node -e 0 ${formatMs(bare)}`,
      ratio: formatRatio(ms / bare),
      target: '≤ 100 ms',
      pass: ms <= 100,
    });
  }
  return {
    rows,
    notes: [
      `scan-gate 100k without SARIF: ${describe(
        plain.map((r) => r.ms),
        formatMs,
      )}; with SARIF: ${describe(
        sarif.map((r) => r.ms),
        formatMs,
      )}; SARIF written ${formatBytes(sarifSize)}`,
      existsSync(TIME)
        ? `scan-gate peak RSS from GNU time (%M): without SARIF ${plain.map((r) => formatBytes(r.peakBytes)).join(', ')}; with ${sarif.map((r) => formatBytes(r.peakBytes)).join(', ')}`
        : `scan-gate peak RSS not measured: install GNU time (apt-get install -y time)`,
      `scan-gate cold start: bad input ${describe(cold.bad, formatMs)}, missing report ${describe(cold.missing, formatMs)}, node -e 0 ${describe(cold.bare, formatMs)}`,
    ],
  };
}
