// Requests per operation of the shipped open-promotion-pr bundle against the local GitHub, and the
// bytes a promotion moves in a 500-service repository against a 5-service one (the API reads only
// the target files, so the figure must not grow with the repository).
import { join } from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import type { BenchContext, BenchReport, Row } from './report.js';

const TOKEN = 'ghs_benchToken000000000000';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/svc\n  tag: "${tag}"\n`;

async function seed(root: string, name: string, services: number): Promise<void> {
  const files: Record<string, string> = {};
  for (let i = 0; i < services; i++) {
    files[`envs/dev/svc-${i}/values.yaml`] = values('2.0.0');
    files[`envs/prod/svc-${i}/values.yaml`] = values('1.0.0');
  }
  await createBareRepo(root, name, files);
}

async function promoteOnce(gh: GitHubServer, repo: string) {
  const before = gh.requests.length;
  const result = await runDist('open-promotion-pr', {
    inputs: {
      repository: repo,
      token: TOKEN,
      files: 'envs/prod/svc-1/values.yaml',
      'from-file': 'envs/dev/svc-1/values.yaml',
      image: 'ghcr.io/acme/svc',
    },
    env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url },
    timeoutMs: 60_000,
  });
  const made = gh.requests.slice(before);
  return {
    operation: result.outputs['operation'] ?? `exit ${result.exitCode}`,
    requests: made.length,
    bytes: made.reduce((sum, r) => sum + r.bytesIn + r.bytesOut, 0),
  };
}

export async function benchGitHub(ctx: BenchContext): Promise<BenchReport> {
  const root = join(ctx.workDir, 'github');
  const gh = await startGitHubServer({ root, token: TOKEN });
  try {
    await seed(root, 'acme/small', 5);
    await seed(root, 'acme/large', 500);
    const created = await promoteOnce(gh, 'acme/small');
    const rerun = await promoteOnce(gh, 'acme/small');
    await commitFiles(root, 'acme/small', { 'envs/prod/svc-1/values.yaml': values('2.0.0') });
    const closing = await promoteOnce(gh, 'acme/small'); // closes the now stale PR: comment + close
    const nothing = await promoteOnce(gh, 'acme/small');
    await commitFiles(root, 'acme/small', { 'envs/prod/svc-1/values.yaml': values('1.0.0') });
    const large = await promoteOnce(gh, 'acme/large');
    const ratio = large.bytes / created.bytes;
    const row = (figure: string, measured: number, target: number): Row => ({
      figure,
      measured: String(measured),
      reference: '',
      ratio: '',
      target: `<= ${target}`,
      pass: measured <= target,
    });
    return {
      rows: [
        row('promotion PR created: requests', created.requests, 8),
        row('base already promoted: requests', nothing.requests, 4),
        {
          figure: 'bytes, 500 vs 5 services',
          measured: `${large.bytes} B`,
          reference: `${created.bytes} B`,
          ratio: `${ratio.toFixed(2)}x`,
          target: 'within 10%',
          pass: Math.abs(ratio - 1) <= 0.1,
        },
      ],
      notes: [
        `operations: ${created.operation}, ${rerun.operation} (re-run with PR open, ${rerun.requests} requests), ${closing.operation} (closing the stale PR, ${closing.requests} requests), ${nothing.operation}, ${large.operation}`,
        `violations of GitHub's OpenAPI: ${gh.violations.length}`,
      ],
    };
  } finally {
    await gh.close();
  }
}
