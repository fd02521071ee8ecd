import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext, BenchReport } from './report.js';
import { childEnv, run } from './proc.js';
import { describe, formatMs, formatRatio, median, quantile } from './stats.js';

const RUNS = 25;
const WARMUP = 3;
const TARGET_MS = 100;

/** Every input the runner would pass except the required `files`, so the action fails fast. */
async function actionEnv(dir: string): Promise<Record<string, string>> {
  const output = join(dir, 'github_output');
  const temp = join(dir, 'runner-temp');
  await mkdir(temp, { recursive: true });
  await writeFile(output, '');
  return childEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: temp,
    INPUT_REPOSITORY: 'http://127.0.0.1:9/acme/gitops.git',
    INPUT_TOKEN: 'ghs_benchColdStartToken0123456789',
    INPUT_TAG: '1.2.3',
    INPUT_IMAGE: 'ghcr.io/acme/svc-123',
    'INPUT_MAX-ATTEMPTS': '10',
  });
}

/** Spawns `node` directly; the figure is the child's lifetime from spawn to exit. */
export async function benchColdStart(ctx: BenchContext): Promise<BenchReport> {
  const dir = join(ctx.workDir, 'cold-start');
  await mkdir(dir, { recursive: true });
  const env = await actionEnv(dir);
  const bareEnv = childEnv();

  const action = async (): Promise<number> => {
    const result = await run(process.execPath, [ctx.entry], { cwd: dir, env, timeoutMs: 30_000 });
    const error = result.stdout.split('\n').find((line) => line.startsWith('::error'));
    if (result.code !== 1 || !error || !/files/.test(error)) {
      throw new Error(
        `Expected exit 1 with an ::error:: naming 'files'; got exit ${String(result.code)}:\n${result.stdout}${result.stderr}`,
      );
    }
    return result.ms;
  };
  const bare = async (): Promise<number> => {
    const result = await run(process.execPath, ['-e', '0'], { cwd: dir, env: bareEnv });
    if (result.code !== 0) throw new Error(`node -e 0 exited ${String(result.code)}: ${result.stderr}`);
    return result.ms;
  };

  for (let i = 0; i < WARMUP; i++) {
    await action();
    await bare();
  }
  const actionMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      actionMs.push(await action());
      bareMs.push(await bare());
    } else {
      bareMs.push(await bare());
      actionMs.push(await action());
    }
  }
  const a = median(actionMs);
  const b = median(bareMs);
  ctx.log(`  bump-manifest ${formatMs(a)}, node -e 0 ${formatMs(b)} (medians of ${RUNS})`);
  return {
    rows: [
      {
        figure: `3. cold start to ::error:: exit (median of ${RUNS})`,
        measured: formatMs(a),
        reference: `node -e 0 ${formatMs(b)}`,
        ratio: formatRatio(a / b),
        target: `≤ ${TARGET_MS} ms`,
        pass: a <= TARGET_MS,
      },
    ],
    notes: [
      `cold start: bump-manifest ${describe(actionMs, formatMs)}, p90 ${formatMs(quantile(actionMs, 0.9))}; ` +
        `node -e 0 ${describe(bareMs, formatMs)}; the action's own cost ≈ ${formatMs(a - b)} over bare Node`,
    ],
  };
}
