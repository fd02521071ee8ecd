import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveEntry } from '@gitops-actions/testkit';
import type { BenchContext, BenchReport, Row } from './report.js';
import { childEnv, run } from './proc.js';
import { describe, formatMs, formatRatio, median } from './stats.js';

const RUNS = 25;
const TARGET_MS = 100;

/** Cold start of oidc-login and build-tag-push to the ::error:: of a missing required input, vs `node -e 0`. */
export async function benchAwsBuildColdStart(ctx: BenchContext): Promise<BenchReport> {
  const dir = join(ctx.workDir, 'aws-build-cold-start');
  await mkdir(dir, { recursive: true });
  const output = join(dir, 'github_output');
  await writeFile(output, '');
  const env = childEnv({ GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, RUNNER_TEMP: dir });
  const bundles = [
    { name: 'oidc-login', missing: 'role-to-assume' },
    { name: 'build-tag-push', missing: 'image' },
  ];
  const times: Record<string, number[]> = { node: [] };
  const once = async (name: string, missing: string): Promise<number> => {
    const r = await run(process.execPath, [resolveEntry(name)], { cwd: dir, env, timeoutMs: 30_000 });
    if (r.code !== 1 || !r.stdout.includes(`Input '${missing}' is required`)) {
      throw new Error(
        `${name}: expected exit 1 naming '${missing}', got ${String(r.code)}: ${r.stdout}${r.stderr}`,
      );
    }
    return r.ms;
  };
  for (let i = 0; i < RUNS + 3; i++) {
    const keep = i >= 3;
    for (const b of bundles) {
      const ms = await once(b.name, b.missing);
      if (keep) (times[b.name] ??= []).push(ms);
    }
    const bare = await run(process.execPath, ['-e', '0'], { cwd: dir, env: childEnv() });
    if (keep) times['node']!.push(bare.ms);
  }
  const bare = median(times['node']!);
  const rows: Row[] = bundles.map((b) => {
    const m = median(times[b.name]!);
    ctx.log(`  ${b.name} ${formatMs(m)} (node -e 0 ${formatMs(bare)})`);
    return {
      figure: `5. ${b.name} cold start to ::error:: (median of ${RUNS})`,
      measured: formatMs(m),
      reference: `node -e 0 ${formatMs(bare)}`,
      ratio: formatRatio(m / bare),
      target: `≤ ${TARGET_MS} ms`,
      pass: m <= TARGET_MS,
    };
  });
  return {
    rows,
    notes: bundles.map((b) => `${b.name} cold start ${describe(times[b.name]!, formatMs)}`),
  };
}
