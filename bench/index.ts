/**
 * `npm run bench [-- <name>...] [--entry=<bundle>]`: measures the shipped bundles against the
 * targets of their issues and prints one table. Names: the keys of BENCHES below; all by default.
 * `--entry` replaces the bump-manifest bundle of figures 1-3.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveEntry } from '@gitops-actions/testkit';
import { benchArgoCd } from './argocd.bench.js';
import { benchAwsBuildColdStart } from './aws-build.bench.js';
import { benchBump } from './bump.bench.js';
import { benchBumpApi } from './bump-api.bench.js';
import { benchColdStart } from './cold-start.bench.js';
import { benchConcurrency } from './concurrency.bench.js';
import { benchDeployColdStart } from './deploy.bench.js';
import { benchGitHub } from './github.bench.js';
import { benchScanGate } from './scan-gate.bench.js';
import { fileCreateMicros } from './fs-probe.js';
import { childEnv, run } from './proc.js';
import { renderTable, type BenchContext, type BenchReport, type Row } from './report.js';
import { formatMs, nowMs } from './stats.js';

// Every child (node, git, the helpers' own git calls) inherits from here: this machine's
// NODE_EXTRA_CA_CERTS adds ~50 ms to each Node start and is not what a runner sets.
delete process.env['NODE_EXTRA_CA_CERTS'];

const BENCHES: Record<string, { title: string; fn: (ctx: BenchContext) => Promise<BenchReport> }> = {
  'cold-start': { title: '3. cold start', fn: benchColdStart },
  bump: { title: '1. one bump vs seed pipeline', fn: benchBump },
  concurrency: { title: '2. 20 concurrent bumps vs sequential', fn: benchConcurrency },
  github: { title: '7. open-promotion-pr requests and bytes', fn: benchGitHub },
  'bump-api': { title: '8. bump-manifest through the GitHub API', fn: benchBumpApi },
  argocd: { title: '4. wait-for-argocd detection latency', fn: benchArgoCd },
  'aws-build-cold-start': { title: '5. oidc-login / build-tag-push cold start', fn: benchAwsBuildColdStart },
  'scan-gate': { title: '6. scan-gate: 100k-finding report, cold start', fn: benchScanGate },
  'deploy-cold-start': { title: '9. root action (deploy) cold start', fn: benchDeployColdStart },
};

function parseArgs(argv: readonly string[]): { names: string[]; entry: string | undefined } {
  let entry: string | undefined;
  const names: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('--entry=')) entry = resolve(arg.slice('--entry='.length));
    else if (arg in BENCHES) names.push(arg);
    else
      throw new Error(
        `Unknown argument '${arg}': expected ${Object.keys(BENCHES).join(', ')} or --entry=<bundle>`,
      );
  }
  return { names: names.length > 0 ? names : Object.keys(BENCHES), entry };
}

async function environment(): Promise<string> {
  const git = await run('git', ['--version'], { env: childEnv() });
  const cpu = cpus();
  return [
    `node ${process.version} (${process.platform}-${process.arch}, kernel ${release()})`,
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    git.stdout.trim(),
  ].join('\n');
}

function errorRow(title: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return {
    figure: title,
    measured: 'ERROR',
    reference: (message.split('\n')[0] ?? '').slice(0, 60),
    ratio: '—',
    target: '—',
    pass: false,
  };
}

async function main(): Promise<number> {
  const started = nowMs();
  const { names, entry: entryArg } = parseArgs(process.argv.slice(2));
  const entry = entryArg ?? resolveEntry('bump-manifest');
  console.log('Environment');
  console.log((await environment()).replace(/^/gm, '  '));
  console.log(`  bump-manifest bundle (figures 1-3): ${entry}`);

  const workDir = await mkdtemp(join(tmpdir(), 'gitops-bench-'));
  console.log(
    `  work folder ${workDir}: ${(await fileCreateMicros(workDir)).toFixed(0)} µs per small-file create ` +
      '(the seed clone writes 2,501 files; TMPDIR=/dev/shm npm run bench shows a fast-disk runner)',
  );
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const ctx: BenchContext = { workDir, entry, log: (line) => console.log(line) };
    for (const name of names) {
      const bench = BENCHES[name];
      if (!bench) continue;
      console.log(`\n${bench.title}`);
      const start = nowMs();
      try {
        const report = await bench.fn(ctx);
        rows.push(...report.rows);
        notes.push(...report.notes);
      } catch (error) {
        rows.push(errorRow(bench.title, error));
        notes.push(`${bench.title} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      console.log(`  (${formatMs(nowMs() - start)})`);
    }
  } finally {
    await cleanup();
  }

  console.log(
    '\nResults (medians; each pair measured interleaved in the same run; ratio = measured ÷ reference)\n',
  );
  // Cold start runs first, on the quietest machine, but the table follows the numbering.
  console.log(
    renderTable([...rows].sort((a, b) => Number.parseInt(a.figure, 10) - Number.parseInt(b.figure, 10))),
  );
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  console.log(`\nTotal bench time ${formatMs(nowMs() - started)}`);
  return rows.some((r) => r.pass === false) ? 1 : 0;
}

process.exitCode = await main();
