// Cold start of the root action (dist/deploy) to the ::error:: of a missing required input, measured
// side by side with build-tag-push (one of the bundles it folds in) and `node -e 0`. The deploy
// bundle carries builders, Trivy, YAML, git and the Argo CD client, all behind dynamic imports.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveEntry } from '@gitops-actions/testkit';
import type { BenchContext, BenchReport, Row } from './report.js';
import { childEnv, run } from './proc.js';
import { describe, formatMs, formatRatio, median } from './stats.js';

const RUNS = 25;
const WARMUP = 3;
const TARGET_MS = 100;

export async function benchDeployColdStart(ctx: BenchContext): Promise<BenchReport> {
  const dir = join(ctx.workDir, 'deploy-cold-start');
  await mkdir(dir, { recursive: true });
  const output = join(dir, 'github_output');
  await writeFile(output, '');
  // Every input but the required gitops-files, so the action parses the rest before it fails.
  const env = childEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
    INPUT_IMAGE: 'ghcr.io/acme/api',
    'INPUT_GITOPS-REPOSITORY': 'acme/gitops',
    'INPUT_ARGOCD-SERVER': 'https://argocd.example.com',
    'INPUT_ARGOCD-TOKEN': 'argocd-bench-token',
    'INPUT_ARGOCD-APPLICATIONS': 'api-dev',
  });
  const bundles = [
    { name: 'deploy', missing: 'gitops-files' },
    { name: 'build-tag-push', missing: 'image' },
  ];
  const times: Record<string, number[]> = { node: [] };
  const once = async (name: string, missing: string): Promise<number> => {
    const r = await run(process.execPath, [resolveEntry(name)], {
      cwd: dir,
      env: name === 'deploy' ? env : childEnv({ GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output }),
      timeoutMs: 30_000,
    });
    if (r.code !== 1 || !r.stdout.includes(`Input '${missing}' is required`)) {
      throw new Error(
        `${name}: expected exit 1 naming '${missing}', got ${String(r.code)}: ${r.stdout}${r.stderr}`,
      );
    }
    return r.ms;
  };
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const keep = i >= WARMUP;
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
      figure: `8. ${b.name} cold start to ::error:: (median of ${RUNS})`,
      measured: formatMs(m),
      reference: `node -e 0 ${formatMs(bare)}`,
      ratio: formatRatio(m / bare),
      target: b.name === 'deploy' ? `≤ ${TARGET_MS} ms` : 'info',
      pass: b.name === 'deploy' ? m <= TARGET_MS : undefined,
    };
  });
  return { rows, notes: bundles.map((b) => `${b.name} cold start ${describe(times[b.name]!, formatMs)}`) };
}
