// (16.3) The shipped bump-manifest with format flux: Flux setter markers, against a real git server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import {
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'ghs_sandboxToken1234567890';
const DIGEST = `sha256:${'c'.repeat(64)}`;
// Blank lines and a block scalar: what Flux's own updater loses (image-automation-controller #844, #616).
const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api

spec:
  template:
    spec:
      containers:
        - name: api
          image: 'ghcr.io/acme/api:1.0.0' # {"$imagepolicy": "flux-system:api"}
          args:
            - |
              --config

              /etc/api.yaml

        - name: web
          image: ghcr.io/acme/web:2.0.0 # {"$imagepolicy": "flux-system:web"}
`;
const RELEASE = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: api
spec:
  values:
    image:
      repository: ghcr.io/acme/api # {"$imagepolicy": "flux-system:api:name"}
      tag: 1.0.0 # {"$imagepolicy": "flux-system:api:tag"}
      digest: "" # {"$imagepolicy": "flux-system:api:digest"}
`;
const BROKEN =
  `image: ghcr.io/acme/api:1.0.0 # {"$imagepolicy": "flux-system:api"}\n` +
  `sidecar: ghcr.io/acme/api:1.0.0 # {"$imagepolicy": flux-system:api:tag}\n`;

let root: string;
let server: GitServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-flux-dist-'));
  server = await startGitServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, {
    'apps/api/deploy.yaml': DEPLOY,
    'apps/api/release.yaml': RELEASE,
    'apps/api/broken.yaml': BROKEN,
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const run = (inputs: Record<string, string>) =>
  runDist('bump-manifest', {
    inputs: { repository: server.repoUrl(repo), token: TOKEN, format: 'flux', ...inputs },
    timeoutMs: 60_000,
  });
const read = (file: string) => readFileAtBranch(root, repo, 'main', file);

describe('(16.3) dist/bump-manifest with format flux', () => {
  it('sets every field marked for the policy across files, changing no other byte', async () => {
    const result = await run({
      files: 'apps/api/deploy.yaml\napps/api/release.yaml',
      key: 'flux-system:api',
      tag: '1.1.0',
      digest: DIGEST,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'previous-tag': '1.0.0',
      files: '["apps/api/deploy.yaml","apps/api/release.yaml"]',
    });
    expect(await read('apps/api/deploy.yaml')).toBe(
      DEPLOY.replace("'ghcr.io/acme/api:1.0.0'", `'ghcr.io/acme/api:1.1.0@${DIGEST}'`),
    );
    expect(await read('apps/api/release.yaml')).toBe(
      RELEASE.replace('tag: 1.0.0', 'tag: 1.1.0').replace('digest: ""', `digest: "${DIGEST}"`),
    );
    expect(result.summary).toContain('`doc 1: spec.values.image.tag` | `1.0.0` → `1.1.0`');
    expect(await listCommits(root, repo, 'main')).toHaveLength(2);
  });

  it('refuses a malformed marker, naming the file and the line, and pushes nothing', async () => {
    const result = await run({ files: 'apps/api/broken.yaml', key: 'flux-system:api', tag: '1.1.0' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.find((c) => c.command === 'error')?.message).toBe(
      'Could not edit apps/api/broken.yaml: the Flux marker on line 2 (\'{"$imagepolicy": flux-system:api:tag}\') ' +
        'cannot be read: it is not valid JSON; write it as {"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}',
    );
    expect(await listCommits(root, repo, 'main')).toHaveLength(1);
  });

  it('names the file and the policy when a file has no marker for it', async () => {
    const result = await run({ files: 'apps/api/deploy.yaml', key: 'flux-system:pay', tag: '1.1.0' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^Could not edit apps\/api\/deploy\.yaml: no field carries a Flux marker for policy 'flux-system:pay' \(markers found for: 'flux-system:api', 'flux-system:web'\)/,
    );
    expect(await listCommits(root, repo, 'main')).toHaveLength(1);
  });

  it('refuses a key that does not name a policy before reading anything', async () => {
    server.stats.reset();
    const result = await run({ files: 'apps/api/deploy.yaml', tag: '1.1.0' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^Input 'key' 'image\.tag' does not name a Flux ImagePolicy: expected <namespace>:<policy>/,
    );
    expect(server.stats.requests).toBe(0);
  });
});
