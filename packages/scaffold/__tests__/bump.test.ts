// (13.6) The files init writes are the ones the deploy bumps: bump (bump-manifest's package) on the
// generated dev file changes exactly the tag, with the defaults dev-deploy.yml passes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '@gitops-actions/kit';
import { bump, type BumpRequest } from '@gitops-actions/bump';
import { createBareRepo, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { envFile, scaffoldFiles, scaffoldRequest } from '@gitops-actions/scaffold';

let root: string;
beforeEach(async () => (root = await mkdtemp(path.join(tmpdir(), 'scaffold-bump-'))));
afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

describe('(13.6) init output is bumpable', () => {
  it.each(['helm', 'kustomize'])('%s: bump sets the new tag in the dev file only', async (layout) => {
    const req = scaffoldRequest({ service: 'api', image: 'ghcr.io/acme/api', layout });
    const files = Object.fromEntries(scaffoldFiles(req).map((f) => [f.path, f.content]));
    await createBareRepo(root, 'acme/gitops', files);
    const dev = envFile(req, 'dev');
    const request: BumpRequest = {
      url: `file://${path.join(root, 'acme/gitops.git')}`,
      repository: null,
      serverUrl: 'https://github.com',
      token: '',
      branch: 'main',
      files: [dev],
      image: 'ghcr.io/acme/api',
      tag: '1.4.0-9f8e7d6',
      digest: '',
      key: 'image.tag',
      digestKey: '',
      format: 'auto',
      createMissing: false,
      commitMessage: 'chore(deploy): bump {image} to {tag}',
      author: { name: 'ci', email: 'ci@example.com' },
      maxAttempts: 3,
      dryRun: false,
    };
    const result = await bump(request, { log: silentLogger, random: () => 0 });
    expect(result).toMatchObject({ changed: true, previousTag: 'latest', changedFiles: [dev] });
    const after = await readFileAtBranch(root, 'acme/gitops', 'main', dev);
    const tagLine = layout === 'helm' ? /^ {2}tag: latest$/m : /^ {4}newTag: latest$/m;
    expect(after).toBe(files[dev]!.replace(tagLine, (l) => l.replace('latest', '1.4.0-9f8e7d6')));
    expect(after).not.toBe(files[dev]);
    expect(await readFileAtBranch(root, 'acme/gitops', 'main', envFile(req, 'prod'))).toBe(
      files[envFile(req, 'prod')],
    );
  });
});
