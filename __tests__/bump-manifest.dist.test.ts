// The shipped bundle, run as the runner runs it, against a real git server that requires a token.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/sandbox';
import { runDist } from '@gitops-actions/testkit';

const TOKEN = 'ghs_sandboxToken1234567890';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/svc\n  tag: ${tag} # CI\n`;

let root: string;
let server: GitServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-dist-'));
  server = await startGitServer({ root, token: TOKEN });
});

beforeEach(async () => {
  const name = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`apps/svc-${i}/values.yaml`] = values('1.0.0');
  files['apps/web/kustomization.yaml'] = 'images:\n  - name: ghcr.io/acme/web\n    newTag: "0.9"\n';
  await createBareRepo(root, name, files);
  repo = name;
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const run = (inputs: Record<string, string>) =>
  runDist('bump-manifest', {
    inputs: { repository: server.repoUrl(repo), token: TOKEN, ...inputs },
    timeoutMs: 60_000,
  });

describe('dist/bump-manifest over smart HTTP', () => {
  it('bumps, sets outputs and a summary, masks the token and never prints it', async () => {
    const result = await run({ files: 'apps/svc-1/values.yaml', tag: '1.1.0-abc1234' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [head] = await listCommits(root, repo, 'main');
    expect(result.outputs).toEqual({
      changed: 'true',
      'commit-sha': head!.sha,
      'previous-tag': '1.0.0',
      files: '["apps/svc-1/values.yaml"]',
      attempts: '1',
    });
    expect(await readFileAtBranch(root, repo, 'main', 'apps/svc-1/values.yaml')).toBe(
      values('1.1.0-abc1234'),
    );
    expect(result.summary).toContain('`apps/svc-1/values.yaml` | `image.tag` | `1.0.0` → `1.1.0-abc1234`');
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  it('edits a Kustomize overlay found by format auto', async () => {
    const result = await run({ files: 'apps/web/kustomization.yaml', image: 'ghcr.io/acme/web', tag: '1.0' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['previous-tag']).toBe('0.9');
    expect(await readFileAtBranch(root, repo, 'main', 'apps/web/kustomization.yaml')).toBe(
      'images:\n  - name: ghcr.io/acme/web\n    newTag: "1.0"\n',
    );
  });

  it('fails once, clearly, on a wrong token and pushes nothing', async () => {
    server.stats.reset();
    const result = await runDist('bump-manifest', {
      inputs: {
        repository: server.repoUrl(repo),
        token: 'wrong-token',
        files: 'apps/svc-1/values.yaml',
        tag: '2.0.0',
      },
    });
    expect(result.exitCode).toBe(1);
    const error = result.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(/^Could not clone .* authentication|^Could not clone/i);
    expect(error?.message).toContain('The token was refused');
    expect(error?.message).not.toContain('wrong-token');
    expect(server.stats.requests).toBeLessThanOrEqual(3);
    expect(await listCommits(root, repo, 'main')).toHaveLength(1);
  });

  it('reports a missing required input and exits 1', async () => {
    const result = await runDist('bump-manifest', { inputs: { tag: '1.0.0' } });
    expect(result.exitCode).toBe(1);
    expect(result.commands.find((c) => c.command === 'error')?.message).toBe(
      "Input 'files' is required and was not supplied",
    );
  });

  it('lands all of 20 concurrent bumps of 20 services on one branch', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        run({ files: `apps/svc-${i}/values.yaml`, tag: `2.0.${i}`, 'max-attempts': '30' }),
      ),
    );
    for (const r of results) expect(r.exitCode).toBe(0);
    for (let i = 0; i < 20; i++) {
      expect(await readFileAtBranch(root, repo, 'main', `apps/svc-${i}/values.yaml`)).toBe(
        values(`2.0.${i}`),
      );
    }
    expect(await listCommits(root, repo, 'main')).toHaveLength(21);
  });
});
