import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inputEnvName } from '@gitops-actions/kit';
import { resolveEntry } from '@gitops-actions/testkit';
import type { BenchContext, BenchReport, Row } from './report.js';
import { childEnv, run } from './proc.js';
import { describe, formatMs, formatRatio, median } from './stats.js';

const RUNS = 25;
const TARGET_MS = 100;
/** oidc-login as bundled before issue 15 (provider aws only), copied aside by hand; its row is skipped when absent. */
const OIDC_BEFORE = '/tmp/oidc-before/index.js';
/** "No slower than before", with room for the spread of medians of 25 runs on a shared machine. */
const BEFORE_TOLERANCE = 1.1;

interface Subject {
  label: string;
  entry: string;
  inputs: Record<string, string>;
  missing: string;
}

function subjects(): Subject[] {
  const oidc = resolveEntry('oidc-login');
  const list: Subject[] = [
    { label: 'oidc-login', entry: oidc, inputs: {}, missing: 'role-to-assume' },
    {
      label: 'oidc-login provider: gcp',
      entry: oidc,
      inputs: { provider: 'gcp' },
      missing: 'workload-identity-provider',
    },
    {
      label: 'oidc-login provider: azure',
      entry: oidc,
      inputs: { provider: 'azure' },
      missing: 'azure-client-id',
    },
    { label: 'build-tag-push', entry: resolveEntry('build-tag-push'), inputs: {}, missing: 'image' },
  ];
  if (existsSync(OIDC_BEFORE)) {
    list.push({
      label: 'oidc-login before issue 15',
      entry: OIDC_BEFORE,
      inputs: {},
      missing: 'role-to-assume',
    });
  }
  return list;
}

/**
 * Cold start of oidc-login (each provider, and the bundle from before issue 15 when it is at hand) and
 * build-tag-push to the ::error:: of a missing required input, vs `node -e 0`, interleaved in one loop
 * so that every figure meets the same machine load.
 */
export async function benchAwsBuildColdStart(ctx: BenchContext): Promise<BenchReport> {
  const dir = join(ctx.workDir, 'aws-build-cold-start');
  await mkdir(dir, { recursive: true });
  const output = join(dir, 'github_output');
  await writeFile(output, '');
  const env = childEnv({ GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, RUNNER_TEMP: dir });
  const list = subjects();
  if (!existsSync(OIDC_BEFORE)) ctx.log(`  ${OIDC_BEFORE} is missing: no row for oidc-login before issue 15`);
  const times: Record<string, number[]> = { node: [] };
  const once = async (s: Subject): Promise<number> => {
    const inputs = Object.fromEntries(Object.entries(s.inputs).map(([k, v]) => [inputEnvName(k), v]));
    const r = await run(process.execPath, [s.entry], {
      cwd: dir,
      env: { ...env, ...inputs },
      timeoutMs: 30_000,
    });
    if (r.code !== 1 || !r.stdout.includes(`Input '${s.missing}' is required`)) {
      throw new Error(
        `${s.label}: expected exit 1 naming '${s.missing}', got ${String(r.code)}: ${r.stdout}${r.stderr}`,
      );
    }
    return r.ms;
  };
  for (let i = 0; i < RUNS + 3; i++) {
    const keep = i >= 3;
    for (const s of list) {
      const ms = await once(s);
      if (keep) (times[s.label] ??= []).push(ms);
    }
    const bare = await run(process.execPath, ['-e', '0'], { cwd: dir, env: childEnv() });
    if (keep) times['node']!.push(bare.ms);
  }
  const bare = median(times['node']!);
  const rows: Row[] = list.map((s) => {
    const m = median(times[s.label]!);
    ctx.log(`  ${s.label} ${formatMs(m)} (node -e 0 ${formatMs(bare)})`);
    return {
      figure: `5. ${s.label} cold start to ::error:: (median of ${RUNS})`,
      measured: formatMs(m),
      reference: `node -e 0 ${formatMs(bare)}`,
      ratio: formatRatio(m / bare),
      target: `≤ ${TARGET_MS} ms`,
      pass: m <= TARGET_MS,
    };
  });
  const before = times['oidc-login before issue 15'];
  if (before) {
    const now = median(times['oidc-login']!);
    const then = median(before);
    rows.push({
      figure: '5. oidc-login (aws) now vs before issue 15, same loop',
      measured: formatMs(now),
      reference: `before ${formatMs(then)}`,
      ratio: formatRatio(now / then),
      target: `≤ ${BEFORE_TOLERANCE}× before`,
      pass: now <= then * BEFORE_TOLERANCE,
    });
  }
  return {
    rows,
    notes: list.map((s) => `${s.label} cold start ${describe(times[s.label]!, formatMs)}`),
  };
}
