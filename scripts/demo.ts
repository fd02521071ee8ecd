// npm run demo: the bump-manifest step of the flow against a throw-away GitOps repository served
// over smart HTTP with a token, driven through the gitops-actions CLI exactly as CI would run it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBareRepo, startGitServer } from '@gitops-actions/sandbox';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'packages/cli/bin/gitops-actions.js');
const token = 'demo-token-0123456789';

const values = `# Helm values for the api service in dev
replicaCount: 2
image:
  repository: ghcr.io/acme/api
  # bumped by CI on every merge
  tag: "1.3.0-0a1b2c3"
  pullPolicy: IfNotPresent
`;
const overlay = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
images:
  - name: ghcr.io/acme/web
    newTag: 2.0.0-aaaaaaa # previous release
`;

function say(text: string): void {
  process.stdout.write(`\n\x1b[1m▶ ${text}\x1b[0m\n`);
}

/** Asynchronous on purpose: the git server lives in this process and must keep answering. */
async function gitopsActions(args: string[]): Promise<void> {
  process.stdout.write(`$ gitops-actions ${args.join(' ').replace(token, '***')}\n`);
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`gitops-actions exited with ${code}`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'gitops-demo-'));
const server = await startGitServer({ root: dir, token });
try {
  await createBareRepo(dir, 'acme/gitops', {
    'envs/dev/api/values.yaml': values,
    'envs/prod/api/values.yaml': values,
    'overlays/dev/web/kustomization.yaml': overlay,
  });
  const repo = server.repoUrl('acme/gitops');
  say(`A GitOps repository at ${repo} (token required). Bump the api image in dev (Helm values):`);
  await gitopsActions([
    'bump-manifest',
    '--repository',
    repo,
    '--token',
    token,
    '--files',
    'envs/dev/api/values.yaml',
    '--tag',
    '1.4.0-9f8e7d6',
  ]);
  say('Bump the web image in its Kustomize overlay, pinning the digest too:');
  await gitopsActions([
    'bump-manifest',
    '--repository',
    repo,
    '--token',
    token,
    '--files',
    'overlays/dev/web/kustomization.yaml',
    '--image',
    'ghcr.io/acme/web',
    '--tag',
    '2.1.0-5d4c3b2',
    '--digest',
    `sha256:${'ab'.repeat(32)}`,
  ]);
  say('The same bump again changes nothing (idempotent):');
  await gitopsActions([
    'bump-manifest',
    '--repository',
    repo,
    '--token',
    token,
    '--files',
    'envs/dev/api/values.yaml',
    '--tag',
    '1.4.0-9f8e7d6',
  ]);
  say('What landed on main (only the tag bytes changed; comments and quoting kept):');
  const bare = path.join(dir, 'acme/gitops.git');
  process.stdout.write(
    execFileSync('git', ['--git-dir', bare, 'log', '--format=%h %an: %s', 'main'], { encoding: 'utf8' }),
  );
  process.stdout.write(
    execFileSync('git', ['--git-dir', bare, 'diff', 'main~2', 'main'], { encoding: 'utf8' }),
  );
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
