import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import { readFileAtBranch, startGitServer, type GitServer } from '@gitops-actions/standin-git-server';
import { generateGitOpsRepo, imageName, newTagOf, overlayPath, type GitOpsRepo } from './gitops-repo.js';
import type { BenchContext, BenchReport } from './report.js';
import { seedBump } from './seed-pipeline.js';
import { describe, formatBytes, formatMs, formatRatio, median, timed } from './stats.js';
import { describeSteps, gitSteps } from './trace.js';

const RUNS = 7;
const SERVICES = 500;
const COMMITS = 5000;
const SERVICE = 123;
const TOKEN = 'ghs_benchBumpToken0123456789';
const FULL_NAME = 'acme/gitops';

interface Sample {
  ms: number;
  bytesSent: number;
  bytesReceived: number;
  requests: number;
}

interface Target {
  server: GitServer;
  repo: GitOpsRepo;
  root: string;
  workDir: string;
  entry: string;
}

const file = overlayPath(SERVICE, 'dev');
const image = imageName(SERVICE);

async function expectTag(t: Target, tag: string, who: string): Promise<void> {
  const actual = newTagOf(await readFileAtBranch(t.root, FULL_NAME, t.repo.branch, file));
  if (actual !== tag) throw new Error(`${who} did not land: ${file} has newTag ${actual}, expected ${tag}`);
}

async function actionBump(t: Target, tag: string, env: Record<string, string> = {}): Promise<Sample> {
  t.server.stats.reset();
  const { ms, value: result } = await timed(() =>
    runDist(t.entry, {
      inputs: {
        repository: t.server.repoUrl(FULL_NAME),
        token: TOKEN,
        files: file,
        image,
        tag,
      },
      env,
      timeoutMs: 120_000,
    }),
  );
  const sample = { ms, ...pickStats(t.server) };
  if (result.exitCode !== 0 || result.outputs['changed'] !== 'true') {
    throw new Error(
      `bump-manifest failed (exit ${String(result.exitCode)}, changed=${result.outputs['changed']}):\n${result.stdout}${result.stderr}`,
    );
  }
  await expectTag(t, tag, 'bump-manifest');
  return sample;
}

async function baselineBump(t: Target, tag: string, env: Record<string, string> = {}): Promise<Sample> {
  t.server.stats.reset();
  const result = await seedBump({
    url: t.server.repoUrl(FULL_NAME),
    token: TOKEN,
    branch: t.repo.branch,
    file,
    image,
    tag,
    workDir: t.workDir,
    env,
  });
  const sample = { ms: result.ms, ...pickStats(t.server) };
  await expectTag(t, tag, 'seed pipeline');
  return sample;
}

function pickStats(server: GitServer): Omit<Sample, 'ms'> {
  const { bytesSent, bytesReceived, requests } = server.stats;
  return { bytesSent, bytesReceived, requests };
}

/** One untimed run of each with GIT_TRACE2_EVENT, to show where the time goes. */
async function traced(t: Target, ctx: BenchContext): Promise<string[]> {
  const actionTrace = join(t.workDir, 'trace-action.json');
  const seedTrace = join(t.workDir, 'trace-seed.json');
  const action = await actionBump(t, 'trace-action-1', { GIT_TRACE2_EVENT: actionTrace });
  const seed = await baselineBump(t, 'trace-seed-1', { GIT_TRACE2_EVENT: seedTrace });
  const actionSteps = await gitSteps(actionTrace);
  const seedSteps = await gitSteps(seedTrace);
  const actionGitMs = actionSteps.reduce((sum, s) => sum + s.ms, 0);
  ctx.log(`  traced one run of each (${actionSteps.length} and ${seedSteps.length} git processes)`);
  return [
    `bump-manifest, one traced run (${formatMs(action.ms)}): ${describeSteps(actionSteps)}; ` +
      `outside git (Node start, runner files, edit): ~${formatMs(action.ms - actionGitMs)}`,
    `seed pipeline, one traced run (${formatMs(seed.ms)}): ${describeSteps(seedSteps)}`,
  ];
}

export async function benchBump(ctx: BenchContext): Promise<BenchReport> {
  const root = join(ctx.workDir, 'bump-server');
  const workDir = join(ctx.workDir, 'bump-work');
  await mkdir(root, { recursive: true });
  await mkdir(workDir, { recursive: true });
  ctx.log(`  generating ${SERVICES} services × 4 kustomizations with ${COMMITS} commits ...`);
  const repo = await generateGitOpsRepo({ root, fullName: FULL_NAME, services: SERVICES, commits: COMMITS });
  ctx.log(
    `  generated ${repo.files} files, ${repo.commits} commits, pack ${formatBytes(repo.packBytes)} in ${formatMs(repo.generateMs)}`,
  );
  const server = await startGitServer({ root, token: TOKEN });
  const t: Target = { server, repo, root, workDir, entry: ctx.entry };
  try {
    // Warm-up pair (page cache, first git start), not counted.
    await actionBump(t, 'warmup-action-1');
    await baselineBump(t, 'warmup-seed-1');

    const action: Sample[] = [];
    const seed: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      // ABBA order, so a drift in machine load hits both sides alike.
      const steps: Array<() => Promise<void>> = [
        async () => void action.push(await actionBump(t, `bench-action-${i + 1}`)),
        async () => void seed.push(await baselineBump(t, `bench-seed-${i + 1}`)),
      ];
      if (i % 2 === 1) steps.reverse();
      for (const step of steps) await step();
      ctx.log(
        `  run ${i + 1}/${RUNS}: bump-manifest ${formatMs(action.at(-1)?.ms ?? NaN)}, seed ${formatMs(seed.at(-1)?.ms ?? NaN)}`,
      );
    }
    const notes = await traced(t, ctx);

    const msA = median(action.map((s) => s.ms));
    const msB = median(seed.map((s) => s.ms));
    const bytesA = median(action.map((s) => s.bytesSent));
    const bytesB = median(seed.map((s) => s.bytesSent));
    const reqA = median(action.map((s) => s.requests));
    const reqB = median(seed.map((s) => s.requests));
    const upA = median(action.map((s) => s.bytesReceived));
    const upB = median(seed.map((s) => s.bytesReceived));
    return {
      rows: [
        {
          figure: `1. one bump, wall time (median of ${RUNS})`,
          measured: formatMs(msA),
          reference: `seed ${formatMs(msB)}`,
          ratio: formatRatio(msA / msB),
          target: '≤ 0.25×',
          pass: msA / msB <= 0.25,
        },
        {
          figure: `1. one bump, bytes fetched (median of ${RUNS})`,
          measured: formatBytes(bytesA),
          reference: `seed ${formatBytes(bytesB)}`,
          ratio: formatRatio(bytesA / bytesB),
          target: '≤ 0.10×',
          pass: bytesA / bytesB <= 0.1,
        },
        {
          figure: '1. one bump, git HTTP requests',
          measured: String(reqA),
          reference: `seed ${reqB}`,
          ratio: formatRatio(reqA / reqB),
          target: '—',
          pass: undefined,
        },
      ],
      notes: [
        `repo: ${repo.files} files (${SERVICES} services), ${repo.commits} commits, pack ${formatBytes(repo.packBytes)}, ` +
          `generated in ${formatMs(repo.generateMs)}; bump of ${file}`,
        `bump-manifest wall ${describe(
          action.map((s) => s.ms),
          formatMs,
        )}; seed ${describe(
          seed.map((s) => s.ms),
          formatMs,
        )}`,
        `bytes fetched: bump-manifest ${describe(
          action.map((s) => s.bytesSent),
          formatBytes,
        )}; seed ${describe(
          seed.map((s) => s.bytesSent),
          formatBytes,
        )}`,
        `bytes uploaded to the server (requests + pushed pack, median): bump-manifest ${formatBytes(upA)}, seed ${formatBytes(upB)}`,
        ...notes,
      ],
    };
  } finally {
    await server.close();
  }
}
