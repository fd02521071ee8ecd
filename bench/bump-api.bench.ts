// bump-manifest through the GitHub API (transport api) against the local GitHub: requests per bump
// (16.5: one GraphQL query and one createCommitOnBranch), what that leaves of a GitHub App's hourly
// budget (15,000 requests an hour, against 2,000 deploys an hour across a 500-service repository),
// and the bytes a bump moves in a 500-service repository against a 5-service one (only the target
// file is read, so the figure must not grow with the repository). Also the cold start of a run
// whose repository is `owner/name` (auto → api) that fails on a missing input: Octokit is loaded
// lazily, so it must not cost anything there; and, for information, one bump's wall time through
// the API against the git transport (sparse clone + push) on the same 500-service repository.
import { join } from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { childEnv, run } from './proc.js';
import type { BenchContext, BenchReport, Row } from './report.js';
import { describe, formatMs, formatRatio, median, nowMs } from './stats.js';

const TOKEN = 'ghs_benchBumpApiToken00000000';
const ROUNDS = 5;
const COLD_RUNS = 15;
/** A GitHub App installation's hourly request budget, and the deploy rate it must carry (issue 16). */
const HOURLY_BUDGET = 15_000;
const DEPLOYS_PER_HOUR = 2_000;
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/svc\n  tag: "${tag}"\n`;

async function seed(root: string, name: string, services: number): Promise<void> {
  const files: Record<string, string> = {};
  for (let i = 0; i < services; i++) {
    files[`envs/dev/svc-${i}/values.yaml`] = values('1.0.0');
    files[`envs/prod/svc-${i}/values.yaml`] = values('1.0.0');
  }
  await createBareRepo(root, name, files);
}

interface Measured {
  changed: string;
  requests: number;
  bytes: number;
  gitRequests: number;
  ms: number;
}

async function bumpOnce(
  ctx: BenchContext,
  gh: GitHubServer,
  repo: string,
  tag: string,
  transport = 'api',
): Promise<Measured> {
  const before = gh.requests.length;
  gh.git.stats.reset();
  const start = nowMs();
  const result = await runDist(ctx.entry, {
    inputs: { repository: repo, token: TOKEN, files: 'envs/dev/svc-1/values.yaml', tag, transport },
    env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url },
    timeoutMs: 60_000,
  });
  const ms = nowMs() - start;
  if (result.exitCode !== 0) throw new Error(`bump of ${repo} failed: ${result.stdout}${result.stderr}`);
  const made = gh.requests.slice(before);
  return {
    changed: result.outputs['changed'] ?? '',
    requests: made.length,
    bytes: made.reduce((sum, r) => sum + r.bytesIn + r.bytesOut, 0),
    gitRequests: gh.git.stats.requests,
    ms,
  };
}

/** Spawn to exit of the bundle failing on the missing `files` input, against `node -e 0`. */
async function coldStart(ctx: BenchContext): Promise<{ action: number[]; bare: number[] }> {
  const env = childEnv({
    GITHUB_ACTIONS: 'true',
    INPUT_REPOSITORY: 'acme/gitops',
    INPUT_TOKEN: TOKEN,
    INPUT_TAG: '1.2.3',
    INPUT_TRANSPORT: 'auto',
  });
  const action = async () => {
    const r = await run(process.execPath, [ctx.entry], { env, timeoutMs: 30_000 });
    if (r.code !== 1 || !/::error::Input 'files'/.test(r.stdout)) {
      throw new Error(`expected a fast ::error:: naming files, got exit ${String(r.code)}: ${r.stdout}`);
    }
    return r.ms;
  };
  const bare = async () => (await run(process.execPath, ['-e', '0'], { env: childEnv() })).ms;
  await action();
  await bare();
  const out = { action: [] as number[], bare: [] as number[] };
  for (let i = 0; i < COLD_RUNS; i++) {
    out.action.push(await action());
    out.bare.push(await bare());
  }
  return out;
}

export async function benchBumpApi(ctx: BenchContext): Promise<BenchReport> {
  const cold = await coldStart(ctx);
  const root = join(ctx.workDir, 'bump-api');
  const gh = await startGitHubServer({ root, token: TOKEN });
  try {
    await seed(root, 'acme/small', 5);
    await seed(root, 'acme/large', 500);
    const small: Measured[] = [];
    const large: Measured[] = [];
    const viaGit: Measured[] = [];
    const viaApi: Measured[] = [];
    // Interleaved, with tags of one length so every bump writes the same number of bytes.
    for (let i = 0; i < ROUNDS; i++) {
      small.push(await bumpOnce(ctx, gh, 'acme/small', `2.0.${i}`));
      large.push(await bumpOnce(ctx, gh, 'acme/large', `2.0.${i}`));
      viaGit.push(await bumpOnce(ctx, gh, 'acme/large', `3.0.${i}`, 'git'));
      viaApi.push(await bumpOnce(ctx, gh, 'acme/large', `4.0.${i}`, 'api'));
    }
    const unchanged = await bumpOnce(ctx, gh, 'acme/small', `2.0.${ROUNDS - 1}`);
    if ([...small, ...large].some((m) => m.changed !== 'true' || m.gitRequests > 0)) {
      throw new Error('an API bump did not commit, or used git');
    }
    const requests = Math.max(...[...small, ...large].map((m) => m.requests));
    const bumpsPerHour = Math.floor(HOURLY_BUDGET / requests);
    const smallBytes = median(small.map((m) => m.bytes));
    const largeBytes = median(large.map((m) => m.bytes));
    const ratio = largeBytes / smallBytes;
    const coldMs = median(cold.action);
    const bareMs = median(cold.bare);
    const apiMs = median(viaApi.map((m) => m.ms));
    const gitMs = median(viaGit.map((m) => m.ms));
    const rows: Row[] = [
      {
        figure: '16.5 API bump: requests per bump (max of runs)',
        measured: String(requests),
        reference: 'REST transport: 5',
        ratio: formatRatio(requests / 5),
        target: '2',
        pass: requests <= 2,
      },
      {
        figure: `16.5 bumps an hour on ${HOURLY_BUDGET.toLocaleString('en')} requests`,
        measured: `${bumpsPerHour.toLocaleString('en')}`,
        reference: `${DEPLOYS_PER_HOUR.toLocaleString('en')} deploys`,
        ratio: formatRatio(bumpsPerHour / DEPLOYS_PER_HOUR),
        target: `>= ${DEPLOYS_PER_HOUR.toLocaleString('en')}`,
        pass: bumpsPerHour >= DEPLOYS_PER_HOUR,
      },
      {
        figure: '7. API bump bytes, 500 vs 5 services',
        measured: `${largeBytes} B`,
        reference: `${smallBytes} B`,
        ratio: formatRatio(ratio),
        target: 'within 10%',
        pass: Math.abs(ratio - 1) <= 0.1,
      },
      {
        figure: '7. unchanged API re-run: requests',
        measured: String(unchanged.requests),
        reference: '',
        ratio: '',
        target: '1 (the query), no writes',
        pass: unchanged.changed === 'false' && unchanged.requests === 1,
      },
      {
        figure: `7. cold start, owner/name (api), missing input (median of ${COLD_RUNS})`,
        measured: formatMs(coldMs),
        reference: `node -e 0 ${formatMs(bareMs)}`,
        ratio: formatRatio(coldMs / bareMs),
        target: '≤ 100 ms',
        pass: coldMs <= 100,
      },
      {
        figure: '7. one bump of the 500-service repo, api vs git',
        measured: formatMs(apiMs),
        reference: `git ${formatMs(gitMs)}`,
        ratio: formatRatio(apiMs / gitMs),
        target: 'info',
        pass: undefined,
      },
    ];
    return {
      rows,
      notes: [
        `hourly budget: ${HOURLY_BUDGET} requests / ${requests} per bump = ${bumpsPerHour} bumps an hour, against ${DEPLOYS_PER_HOUR} deploys an hour (${formatRatio(bumpsPerHour / DEPLOYS_PER_HOUR)}); REST at 5 a bump gave ${HOURLY_BUDGET / 5}`,
        `API bump: ${small[0]?.requests} requests; bytes small ${small.map((m) => m.bytes).join(', ')}, large ${large.map((m) => m.bytes).join(', ')}`,
        `cold start owner/name: ${describe(cold.action, formatMs)}; node -e 0 ${describe(cold.bare, formatMs)}`,
        `500-service bump wall time: api ${describe(
          viaApi.map((m) => m.ms),
          formatMs,
        )}, git ${describe(
          viaGit.map((m) => m.ms),
          formatMs,
        )} (git: ${viaGit[0]?.gitRequests} smart-HTTP requests)`,
        `violations of GitHub's OpenAPI and GraphQL schema: ${gh.violations.length}`,
      ],
    };
  } finally {
    await gh.close();
  }
}
