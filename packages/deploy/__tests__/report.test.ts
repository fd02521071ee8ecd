// What a deploy gives its step from the report alone: outputs, secrets to mask, and the summary of a
// deploy that finished or stopped part-way.
import { assessApp, type Application } from '@gitops-actions/argocd';
import type { BumpResult } from '@gitops-actions/bump';
import {
  deployOutputs,
  deploySecrets,
  renderDeploySummary,
  type DeployReport,
  type DeployRequest,
} from '@gitops-actions/deploy';
import type { PublishResult } from '@gitops-actions/image';

const SHA = 'c'.repeat(40);
const DIGEST = `sha256:${'d'.repeat(64)}`;

const request = {
  image: { username: 'octocat', password: 'registry-password' },
  gitops: {
    token: 'gitops-token',
    repository: 'acme/gitops',
    serverUrl: 'https://github.com',
    branch: 'main',
  },
  argocd: { token: 'argocd-token' },
} as unknown as DeployRequest;

const pushed = { tags: ['1.2.0-abc1234'], digest: DIGEST, pushed: ['1.2.0-abc1234'], unchanged: [] };
const bumped: BumpResult = {
  changed: true,
  commitSha: SHA,
  previousTag: '1.1.0',
  changedFiles: ['apps/api/dev/values.yaml'],
  attempts: 1,
  edits: [],
  diff: '',
};

function argo(): DeployReport['argocd'] {
  const app: Application = {
    metadata: { name: 'api-dev' },
    status: { sync: { status: 'Synced', revision: SHA }, health: { status: 'Healthy' } },
  };
  const expect = { revision: SHA, acceptSuspended: false, degradedGraceMs: 30_000 };
  const assessment = assessApp(app, expect, 0, {});
  return {
    outcome: 'done',
    apps: [{ key: 'api-dev', assessment, resources: [], mode: 'stream' }],
    durationMs: 4200,
    message: '',
  };
}

const done: DeployReport = {
  stage: 'done',
  image: 'ghcr.io/acme/api',
  tag: '1.2.0-abc1234',
  pushed: pushed as unknown as PublishResult,
  bump: bumped,
  argocd: argo(),
};

describe('deployOutputs', () => {
  it('gives every output of a finished deploy', () => {
    expect(deployOutputs(done)).toEqual({
      tag: '1.2.0-abc1234',
      digest: DIGEST,
      'image-ref': `ghcr.io/acme/api@${DIGEST}`,
      'scan-passed': '',
      'commit-sha': SHA,
      'sync-status': 'Synced',
      'health-status': 'Healthy',
    });
  });

  it('leaves the outputs of stages not reached empty', () => {
    const stopped: DeployReport = {
      stage: 'build',
      image: 'ghcr.io/acme/api',
      tag: '',
      error: new Error('x'),
    };
    expect(Object.values(deployOutputs(stopped)).every((v) => v === '')).toBe(true);
  });
});

describe('deploySecrets', () => {
  it('lists every credential, and the registry login as it goes on the wire', () => {
    expect(deploySecrets(request)).toEqual([
      'registry-password',
      Buffer.from('octocat:registry-password').toString('base64'),
      'gitops-token',
      'argocd-token',
    ]);
    expect(deploySecrets({ ...request, argocd: undefined })).not.toContain('argocd-token');
  });
});

describe('renderDeploySummary', () => {
  it('reports every stage of a finished deploy', () => {
    const summary = renderDeploySummary(done, request);
    expect(summary).toContain('Deployed `ghcr.io/acme/api`');
    expect(summary).toContain(`| Digest | \`${DIGEST}\` |`);
    expect(summary).toContain('| Push | ✅ pushed `1.2.0-abc1234` |');
    expect(summary).toContain(
      `[\`${SHA.slice(0, 12)}\`](https://github.com/acme/gitops/commit/${SHA}) on \`main\``,
    );
    expect(summary).toContain('| Argo CD | ✅ `api-dev` Synced/Healthy at `ccccccc` (4.2s) |');
  });

  it('shows where a stopped deploy failed and what it did not reach', () => {
    const stopped: DeployReport = {
      stage: 'push',
      image: 'ghcr.io/acme/api',
      tag: '1.2.0-abc1234',
      error: new Error('refused'),
    };
    const summary = renderDeploySummary(stopped, request);
    expect(summary).toContain('Deploy of `ghcr.io/acme/api` stopped');
    expect(summary).toContain('| Push | ❌ failed |');
    expect(summary).toContain('| GitOps commit | ⏭️ not reached |');
    expect(renderDeploySummary(stopped, { ...request, argocd: undefined })).toContain(
      '| Argo CD | not waited for |',
    );
  });
});
