// The shipped bundle, run as the runner runs it, against a real git server that requires a token.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec } from '@gitops-actions/kit';
import { runDist } from '@gitops-actions/testkit';
import {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'ghs_sandboxToken1234567890';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/svc\n  tag: ${tag} # CI\n`;
const DIGEST_OLD = `sha256:${'a'.repeat(64)}`;
const DIGEST_NEW = `sha256:${'b'.repeat(64)}`;
const payValues = `image:\n  repository: ghcr.io/acme/pay\n  tag: 3.1.0\n  digest: ${DIGEST_OLD}\n`;
// No api.image yet: the path the first deploy of a new chart has to create.
const API_VALUES = 'api:\n  replicas: 2 # HPA floor\nworker:\n  replicas: 1\n';
// The tag line sits right above replicas, so a replayed stale patch would conflict with a replicas edit.
const RACE_VALUES = 'image:\n  repository: ghcr.io/acme/race\n  tag: 1.0.0 # CI\nreplicas: 2\n';
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/api:1.0.0 # same image, runs the migrations
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
        - name: proxy
          image: docker.io/envoyproxy/envoy:v1.30.1
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ports:
    - port: 80
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: api-cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: cleanup
              image: "ghcr.io/acme/api:1.0.0"
            - name: tools
              image: ghcr.io/acme/api-tools:1.0.0
`;

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
  files['apps/pay/values.yaml'] = payValues;
  files['apps/pay-worker/values.yaml'] = payValues;
  files['apps/api/values.yaml'] = API_VALUES;
  files['apps/api/deploy.yaml'] = MANIFEST;
  files['apps/race/values.yaml'] = RACE_VALUES;
  await createBareRepo(root, name, files);
  repo = name;
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const git = async (...args: string[]) => {
  const result = await exec('git', ['--git-dir', bareRepoPath(root, repo), ...args]);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};

const run = (inputs: Record<string, string>, timeoutMs = 60_000) =>
  runDist('bump-manifest', {
    inputs: { repository: server.repoUrl(repo), token: TOKEN, ...inputs },
    timeoutMs,
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
      // (13.5) Set only with mode: pr.
      'pull-request-url': '',
      'pull-request-number': '',
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

  // The race is the same with ten writers as with twenty, at a quarter of the suite's time; the
  // bench (npm run bench -- concurrency) lands twenty.
  const WRITERS = 10;
  it('lands all of 10 concurrent bumps of 10 services on one branch', async () => {
    // Ten Node processes, each cloning and pushing, share two cores (and, under test:stress, two
    // CPU hogs): the last writer can take minutes. Generous limits; no timing is asserted.
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        run({ files: `apps/svc-${i}/values.yaml`, tag: `2.0.${i}`, 'max-attempts': '30' }, 170_000),
      ),
    );
    for (const r of results) expect(r.exitCode).toBe(0);
    for (let i = 0; i < WRITERS; i++) {
      expect(await readFileAtBranch(root, repo, 'main', `apps/svc-${i}/values.yaml`)).toBe(
        values(`2.0.${i}`),
      );
    }
    expect(await listCommits(root, repo, 'main')).toHaveLength(WRITERS + 1);
  }, 180_000);
});

describe('dist/bump-manifest inputs, judged by what lands in the repository', () => {
  it('creates a missing key path with create-missing: true, and without it names the deepest existing prefix', async () => {
    const inputs = { files: 'apps/api/values.yaml', key: 'api.image.tag', tag: '1.2.0' };
    const refused = await run(inputs);
    expect(refused.exitCode).toBe(1);
    expect(refused.commands.find((c) => c.command === 'error')?.message).toBe(
      "Could not edit apps/api/values.yaml: key api.image.tag not found: api exists but has no key 'image' " +
        "(keys: 'replicas'); set create-missing: true to create it",
    );
    expect(await listCommits(root, repo, 'main')).toHaveLength(1);

    const created = await run({ ...inputs, 'create-missing': 'true' });
    expect(created.exitCode).toBe(0);
    expect(created.outputs).toMatchObject({
      changed: 'true',
      'previous-tag': '',
      files: '["apps/api/values.yaml"]',
    });
    expect(await readFileAtBranch(root, repo, 'main', 'apps/api/values.yaml')).toBe(
      'api:\n  replicas: 2 # HPA floor\n  image:\n    tag: 1.2.0\nworker:\n  replicas: 1\n',
    );
  });

  it('renders every commit-message placeholder and commits as author-name <author-email>', async () => {
    const result = await run({
      files: 'apps/pay/values.yaml\napps/pay-worker/values.yaml',
      image: 'ghcr.io/acme/pay',
      tag: '3.2.0',
      digest: DIGEST_NEW,
      'digest-key': 'image.digest',
      'commit-message': 'deploy({image}): {previous-tag} -> {tag}\n\nDigest: {digest}\nFiles: {files}',
      'author-name': 'Release Bot',
      'author-email': 'release-bot@acme.example',
      // The message alone: reference-commit-trailers.dist.test.ts checks what the trailers add.
      'reference-commit': 'false',
    });
    expect(result.exitCode).toBe(0);
    const head = await branchHead(root, repo, 'main');
    expect(result.outputs['commit-sha']).toBe(head);
    const commit = await git('cat-file', 'commit', 'main');
    expect(commit.slice(commit.indexOf('\n\n') + 2)).toBe(
      `deploy(ghcr.io/acme/pay): 3.1.0 -> 3.2.0\n\nDigest: ${DIGEST_NEW}\n` +
        'Files: apps/pay/values.yaml, apps/pay-worker/values.yaml\n',
    );
    expect(await git('log', '-1', '--format=%an <%ae>', 'main')).toBe(
      'Release Bot <release-bot@acme.example>\n',
    );
    const bumped = payValues.replace('3.1.0', '3.2.0').replace(DIGEST_OLD, DIGEST_NEW);
    expect(await readFileAtBranch(root, repo, 'main', 'apps/pay/values.yaml')).toBe(bumped);
    expect(await readFileAtBranch(root, repo, 'main', 'apps/pay-worker/values.yaml')).toBe(bumped);
  });

  it('bumps every container and init container of the image across a multi-document manifest with format: manifest', async () => {
    const result = await run({
      files: 'apps/api/deploy.yaml',
      format: 'manifest',
      image: 'ghcr.io/acme/api',
      tag: '1.1.0',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'previous-tag': '1.0.0',
      files: '["apps/api/deploy.yaml"]',
    });
    // The envoy sidecar and the api-tools lookalike keep their images.
    expect(await readFileAtBranch(root, repo, 'main', 'apps/api/deploy.yaml')).toBe(
      MANIFEST.replaceAll('ghcr.io/acme/api:1.0.0', 'ghcr.io/acme/api:1.1.0'),
    );
  });

  it('re-applies the edit on the new tip when a competing commit changes another key of the same file', async () => {
    // The competitor's commit is ready on a side branch; the pre-receive hook moves main to it while
    // the action's push is in flight, so the push (leased on the old tip) fails its ref update.
    const before = await branchHead(root, repo, 'main');
    await git('branch', 'competitor', 'main');
    const competitor = await commitFiles(
      root,
      repo,
      { 'apps/race/values.yaml': RACE_VALUES.replace('replicas: 2', 'replicas: 5') },
      {
        branch: 'competitor',
        message: 'Scale race to 5',
        author: { name: 'Ops', email: 'ops@acme.example' },
      },
    );
    const hooks = path.join(bareRepoPath(root, repo), 'hooks');
    await mkdir(hooks, { recursive: true });
    await writeFile(
      path.join(hooks, 'pre-receive'),
      [
        '#!/bin/sh',
        // Only the push of main races: the action's queue ticket passes.
        'updates=$(cat)',
        'case "$updates" in *" refs/heads/main"*) ;; *) exit 0 ;; esac',
        // Git forbids ref updates from inside the push's object quarantine; the competitor is outside it.
        'unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        'competitor=$(git rev-parse --verify --quiet refs/heads/competitor) || exit 0',
        'git update-ref refs/heads/main "$competitor" && git update-ref -d refs/heads/competitor',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );

    const result = await run({ files: 'apps/race/values.yaml', tag: '2.0.0' });
    expect(result.exitCode).toBe(0);
    expect(await branchHead(root, repo, 'competitor')).toBeUndefined();
    expect(await readFileAtBranch(root, repo, 'main', 'apps/race/values.yaml')).toBe(
      'image:\n  repository: ghcr.io/acme/race\n  tag: 2.0.0 # CI\nreplicas: 5\n',
    );
    const commits = await listCommits(root, repo, 'main');
    expect(commits.map((c) => c.sha)).toEqual([result.outputs['commit-sha'], competitor, before]);
    expect(result.outputs).toMatchObject({ changed: 'true', 'previous-tag': '1.0.0', attempts: '2' });
  });
});
