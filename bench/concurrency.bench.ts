import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runDist, type RunResult } from '@gitops-actions/testkit';
import {
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { generateGitOpsRepo, imageName, newTagOf, overlayPath, type GitOpsRepo } from './gitops-repo.js';
import { cpuSeconds } from './cpu.js';
import type { BenchContext, BenchReport } from './report.js';
import { describe, formatMs, formatRatio, max, median, nowMs, timed } from './stats.js';

const ROUNDS = 3;
const WRITERS = 20;
const SERVICES = 50;
const COMMITS = 500;
const TOKEN = 'ghs_benchConcurrencyToken0123456789';
const FULL_NAME = 'acme/gitops-small';

interface Target {
  server: GitServer;
  repo: GitOpsRepo;
  root: string;
  entry: string;
}

interface RoundResult {
  ms: number;
  landed: number;
  attempts: number[];
  requests: number;
  newCommits: number;
  /** CPU seconds of the whole process tree (server, actions, git) during the round. */
  cpuSeconds: number;
  /** Per writer: its own wall time and the backoff it slept, from its log lines. */
  writerMs: number[];
  backoffMs: number[];
}

/**
 * bump-manifest logs `... retrying on the new tip in <n> ms` before each backoff sleep, and
 * `... waited <n> ms for our turn in the queue` after each wait in the branch's queue.
 */
function backoffOf(stdout: string): number {
  let total = 0;
  for (const match of stdout.matchAll(/retrying on the new tip in (\d+) ms|waited (\d+) ms for our turn/g)) {
    total += Number(match[1] ?? match[2]);
  }
  return total;
}

/** Writer i bumps its own service's dev overlay, spread over the repository. */
function service(i: number): number {
  return Math.floor((i * SERVICES) / WRITERS);
}

function bumpOne(t: Target, i: number, tag: string): Promise<RunResult> {
  return runDist(t.entry, {
    inputs: {
      repository: t.server.repoUrl(FULL_NAME),
      token: TOKEN,
      files: overlayPath(service(i), 'dev'),
      image: imageName(service(i)),
      // bump-manifest's default max-attempts: every writer must land with it.
      tag,
    },
    timeoutMs: 150_000,
  });
}

async function round(t: Target, mode: 'concurrent' | 'sequential', label: string): Promise<RoundResult> {
  const tags = Array.from({ length: WRITERS }, (_, i) => `${label}-w${i + 1}`);
  const before = (await listCommits(t.root, FULL_NAME, t.repo.branch)).length;
  t.server.stats.reset();
  const cpuStart = cpuSeconds();
  const start = nowMs();
  let runs: Array<{ ms: number; value: RunResult }>;
  if (mode === 'concurrent') {
    runs = await Promise.all(tags.map((tag, i) => timed(() => bumpOne(t, i, tag))));
  } else {
    runs = [];
    for (const [i, tag] of tags.entries()) runs.push(await timed(() => bumpOne(t, i, tag)));
  }
  const ms = nowMs() - start;
  const cpu = cpuSeconds() - cpuStart;
  const requests = t.server.stats.requests;
  const results = runs.map((r) => r.value);

  const failures = results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.exitCode !== 0)
    .map(
      ({ r, i }) =>
        `writer ${i + 1}: exit ${String(r.exitCode)} ${r.commands.find((c) => c.command === 'error')?.message ?? r.stderr.trim()}`,
    );
  let landed = 0;
  for (const [i, tag] of tags.entries()) {
    const content = await readFileAtBranch(t.root, FULL_NAME, t.repo.branch, overlayPath(service(i), 'dev'));
    if (newTagOf(content) === tag) landed++;
  }
  const after = (await listCommits(t.root, FULL_NAME, t.repo.branch)).length;
  // A writer that gave up is a figure (landed < 20), not a crash of the bench.
  if (failures.length > 0) console.error(`  ${mode} round ${label}: ${failures.join('; ')}`);
  return {
    ms,
    landed,
    // A writer that gave up made every attempt the default allows.
    attempts: results.map((r) => Number(r.outputs['attempts'] ?? 10)),
    requests,
    newCommits: after - before,
    cpuSeconds: cpu,
    writerMs: runs.map((r) => r.ms),
    backoffMs: results.map((r) => backoffOf(r.stdout)),
  };
}

export async function benchConcurrency(ctx: BenchContext): Promise<BenchReport> {
  const root = join(ctx.workDir, 'concurrency-server');
  await mkdir(root, { recursive: true });
  const repo = await generateGitOpsRepo({ root, fullName: FULL_NAME, services: SERVICES, commits: COMMITS });
  ctx.log(`  generated ${repo.files} files, ${repo.commits} commits in ${formatMs(repo.generateMs)}`);
  const server = await startGitServer({ root, token: TOKEN });
  const t: Target = { server, repo, root, entry: ctx.entry };
  try {
    const concurrent: RoundResult[] = [];
    const sequential: RoundResult[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order: Array<'concurrent' | 'sequential'> =
        r % 2 === 0 ? ['concurrent', 'sequential'] : ['sequential', 'concurrent'];
      for (const mode of order) {
        const result = await round(t, mode, `r${r + 1}-${mode.slice(0, 3)}`);
        (mode === 'concurrent' ? concurrent : sequential).push(result);
        ctx.log(
          `  round ${r + 1}/${ROUNDS} ${mode}: ${formatMs(result.ms)}, ${result.landed}/${WRITERS} landed, ` +
            `${result.newCommits} new commits, attempts max ${max(result.attempts)}, ${result.requests} requests, ` +
            `CPU ${result.cpuSeconds.toFixed(1)} s`,
        );
      }
    }
    const msC = median(concurrent.map((r) => r.ms));
    const msS = median(sequential.map((r) => r.ms));
    const allLanded = [...concurrent, ...sequential].every(
      (r) => r.landed === WRITERS && r.newCommits === WRITERS,
    );
    const landedC = concurrent.map((r) => `${r.landed}/${WRITERS}`).join(', ');
    const attempts = concurrent.flatMap((r) => r.attempts);
    const cpuC = median(concurrent.map((r) => r.cpuSeconds));
    const cpuS = median(sequential.map((r) => r.cpuSeconds));
    const reqC = median(concurrent.map((r) => r.requests));
    const reqS = median(sequential.map((r) => r.requests));
    // The writer that finished last decides the concurrent wall time: how much of it was backoff?
    const slowest = concurrent.map((r) => {
      const i = r.writerMs.indexOf(max(r.writerMs));
      return { ms: r.writerMs[i] ?? NaN, backoff: r.backoffMs[i] ?? NaN };
    });
    return {
      rows: [
        {
          figure: `2. ${WRITERS} bumps, one branch, total wall (median of ${ROUNDS})`,
          measured: `concurrent ${formatMs(msC)}`,
          reference: `sequential ${formatMs(msS)}`,
          ratio: formatRatio(msC / msS),
          target: '≤ 1.50×',
          pass: msC / msS <= 1.5,
        },
        {
          figure: `2. ${WRITERS} bumps, one branch, CPU (median of ${ROUNDS})`,
          measured: `concurrent ${cpuC.toFixed(1)} s`,
          reference: `sequential ${cpuS.toFixed(1)} s`,
          ratio: formatRatio(cpuC / cpuS),
          target: '≤ 2.00×',
          pass: cpuC / cpuS <= 2,
        },
        {
          figure: `2. ${WRITERS} concurrent bumps landed (default max-attempts)`,
          measured: landedC,
          reference: `sequential ${sequential.map((r) => `${r.landed}/${WRITERS}`).join(', ')}`,
          ratio: '—',
          target: 'all, 1 commit each',
          pass: allLanded,
        },
        {
          figure: '2. push attempts per concurrent writer',
          measured: `median ${median(attempts)}, max ${max(attempts)}`,
          reference: 'sequential 1',
          ratio: '—',
          target: 'median ≤ 4',
          pass: median(attempts) <= 4,
        },
        {
          figure: '2. git HTTP requests per round (median)',
          measured: `concurrent ${reqC}`,
          reference: `sequential ${reqS}`,
          ratio: formatRatio(reqC / reqS),
          target: '—',
          pass: undefined,
        },
      ],
      notes: [
        `repo: ${repo.files} files (${SERVICES} services), ${repo.commits} commits; ${WRITERS} writers, default max-attempts (10)`,
        `concurrent ${describe(
          concurrent.map((r) => r.ms),
          formatMs,
        )}; sequential ${describe(
          sequential.map((r) => r.ms),
          formatMs,
        )}`,
        `CPU time per round (server + actions + git, medians): concurrent ${cpuC.toFixed(1)} s ` +
          `(${(cpuC / (msC / 1000)).toFixed(2)} cores busy on average), sequential ${cpuS.toFixed(1)} s ` +
          `(${(cpuS / (msS / 1000)).toFixed(2)} cores) on ${availableParallelism()} cores`,
        `slowest concurrent writer (median of rounds): ${formatMs(median(slowest.map((s) => s.ms)))}, of which ` +
          `${formatMs(median(slowest.map((s) => s.backoff)))} waiting (queue or backoff); waits summed over all writers ` +
          `${formatMs(median(concurrent.map((r) => r.backoffMs.reduce((a, b) => a + b, 0))))} per round; ` +
          `sequential bump ${formatMs(median(sequential.flatMap((r) => r.writerMs)))} each (median)`,
        `push attempts per concurrent writer: median ${median(attempts)}, max ${max(attempts)}, ` +
          `total ${attempts.reduce((a, b) => a + b, 0)} for ${attempts.length} bumps; ` +
          `git HTTP requests per round: concurrent ${median(concurrent.map((r) => r.requests))}, ` +
          `sequential ${median(sequential.map((r) => r.requests))} (medians)`,
      ],
    };
  } finally {
    await server.close();
  }
}
