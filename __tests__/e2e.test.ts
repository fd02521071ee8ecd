// The whole flow, end to end, through the shipped bundles against the local stand-ins (the same code
// as `npm run demo`): scan → build → scan image → push → bump dev → wait dev → promotion PR → merge →
// wait prod; then the other path: an image with a blocking finding reaches neither the registry nor
// the GitOps repository.
import { execFileSync } from 'node:child_process';
import {
  APPS,
  GITOPS_REPO,
  OLD_DIGEST,
  OLD_TAG,
  builderUnavailableReason,
  envFiles,
  runFlow,
  startSandbox,
  type FlowResult,
  type Sandbox,
} from '@gitops-actions/demo';
import { bareRepoPath, branchHead, readFileAtBranch } from '@gitops-actions/standin-git-server';

const reason = builderUnavailableReason();
if (reason) console.log(`e2e: skipping the build and registry part (${reason}); using a prebuilt reference`);
const itWithRegistry = reason ? it.skip : it;

let sandbox: Sandbox;
let flow: FlowResult;

beforeAll(async () => {
  sandbox = await startSandbox();
  flow = await runFlow(sandbox);
}, 120_000);

afterAll(async () => {
  await sandbox?.stop();
});

const git = (...args: string[]) =>
  execFileSync('git', ['--git-dir', bareRepoPath(sandbox.gitRoot, GITOPS_REPO), ...args], {
    encoding: 'utf8',
  });

/** The changed lines of `file` between `sha~1` and `sha`, as `-old`/`+new`. */
function changedLines(sha: string, file: string): string[] {
  return git('diff', '-U0', '--no-color', `${sha}~1`, sha, '--', file)
    .split('\n')
    .filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
}

/** The registry's answer to a HEAD of the manifest, asked with all four manifest types. */
async function headManifest(tag: string): Promise<{ status: number; digest: string }> {
  const { registry, secrets } = sandbox;
  const auth = Buffer.from(`${secrets.registryUser}:${secrets.registryPassword}`).toString('base64');
  const res = await fetch(`${registry!.url}/v2/acme/api/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      authorization: `Basic ${auth}`,
      accept: [
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.oci.image.index.v1+json',
      ].join(', '),
    },
  });
  return { status: res.status, digest: res.headers.get('docker-content-digest') ?? '' };
}

function appStatus(name: string): { sync: string; health: string; revision: string } {
  const status = sandbox.argocd.app(name)['status'] as {
    sync: { status: string; revision: string };
    health: { status: string };
  };
  return { sync: status.sync.status, health: status.health.status, revision: status.sync.revision };
}

async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

describe('the whole flow through the shipped bundles', () => {
  it('runs every step of dev-deploy, promote and wait-deploy', () => {
    const failed = flow.steps.filter((s) => !s.ok).map((s) => `${s.id}: ${s.error}\n${s.stderr}`);
    expect(failed).toEqual([]);
    expect(flow.ok).toBe(true);
    expect(flow.steps.map((s) => s.id)).toEqual([
      'scan-source',
      'build',
      'scan-image',
      'push',
      'bump-dev',
      'wait-dev',
      'promote',
      'merge',
      'changed-apps',
      'wait-prod',
    ]);
    expect(flow.tag).toBe(`1.4.0-${flow.serviceSha.slice(0, 7)}`);
    expect(flow.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(flow.prodApps).toEqual([APPS.prod]);
  });

  it('leaves the new tag in the dev and prod files, changing only the tag and digest lines', async () => {
    const expected = (file: string) =>
      file.endsWith('values.yaml')
        ? [
            `-  tag: "${OLD_TAG}"`,
            `-  digest: "${OLD_DIGEST}"`,
            `+  tag: "${flow.tag}"`,
            `+  digest: "${flow.digest}"`,
          ]
        : [
            `-    newTag: ${OLD_TAG} # set by CI`,
            `-    digest: ${OLD_DIGEST}`,
            `+    newTag: ${flow.tag} # set by CI`,
            `+    digest: ${flow.digest}`,
          ];
    const devCommit = flow.devCommit!;
    expect(git('diff', '--name-only', `${devCommit}~1`, devCommit).trim().split('\n')).toEqual(
      envFiles('dev'),
    );
    for (const file of envFiles('dev')) expect(changedLines(devCommit, file)).toEqual(expected(file));
    const merge = flow.mergeCommit!;
    expect(git('diff', '--name-only', `${merge}~1`, merge).trim().split('\n')).toEqual(envFiles('prod'));
    for (const file of envFiles('prod')) expect(changedLines(merge, file)).toEqual(expected(file));
    for (const file of [...envFiles('dev'), ...envFiles('prod')]) {
      expect(await readFileAtBranch(sandbox.gitRoot, GITOPS_REPO, 'main', file)).toContain(flow.tag);
    }
    expect(await branchHead(sandbox.gitRoot, GITOPS_REPO, 'main')).toBe(merge);
  });

  it('merged one promotion pull request whose body shows the change and links it', () => {
    const pulls = sandbox.github.pulls(GITOPS_REPO);
    expect(pulls).toHaveLength(1);
    const [pr] = pulls;
    expect(pr).toMatchObject({
      number: Number(flow.pullNumber),
      title: `Promote api ${flow.tag} to production`,
      head: 'promote/production/api',
      base: 'main',
      merged: true,
      state: 'closed',
      mergeCommit: flow.mergeCommit,
      labels: ['promotion'],
      reviewers: ['alice'],
    });
    const url = sandbox.github.url;
    expect(pr!.body).toContain(
      `| \`envs/prod/api/values.yaml\` | \`image.tag\` | \`${OLD_TAG}\` | \`${flow.tag}\` |`,
    );
    expect(pr!.body).toContain(`\`${flow.digest}\``);
    expect(pr!.body).toContain(`${url}/${GITOPS_REPO}/compare/main...promote/production/api`);
    expect(pr!.body).toContain(`${url}/acme/api/actions/runs/`);
    expect(sandbox.github.violations).toEqual([]);
  });

  it('has both Argo CD apps Synced and Healthy at the right revisions', async () => {
    const waited = (id: string) =>
      JSON.parse(flow.steps.find((s) => s.id === id)!.outputs['applications'] ?? '[]') as unknown[];
    expect(waited('wait-dev')).toEqual([
      expect.objectContaining({
        name: APPS.dev,
        sync: 'Synced',
        health: 'Healthy',
        revision: flow.devCommit,
      }),
    ]);
    expect(waited('wait-prod')).toEqual([
      expect.objectContaining({
        name: APPS.prod,
        sync: 'Synced',
        health: 'Healthy',
        revision: flow.mergeCommit,
      }),
    ]);
    // Both apps follow main: after the merge, dev runs the merge commit too.
    const final = { sync: 'Synced', health: 'Healthy', revision: flow.mergeCommit };
    await eventually(
      () => appStatus(APPS.dev).revision === flow.mergeCommit && appStatus(APPS.dev).health === 'Healthy',
    );
    expect(appStatus(APPS.dev)).toEqual(final);
    expect(appStatus(APPS.prod)).toEqual(final);
    expect(sandbox.argocd.violations).toEqual([]);
  });

  itWithRegistry(
    'pushed the image the outputs name: the registry serves that digest for the tag',
    async () => {
      expect(await headManifest(flow.tag)).toEqual({ status: 200, digest: flow.digest });
      const push = flow.steps.find((s) => s.id === 'push')!;
      expect(push.outputs['image-ref']).toBe(`${sandbox.image}@${flow.digest}`);
    },
  );

  it('prints no secret in any step: stdout, stderr, outputs or summary', () => {
    const { githubToken, argocdToken, registryPassword } = sandbox.secrets;
    for (const step of flow.steps) {
      const printed = [
        step.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        step.stderr,
        JSON.stringify(step.outputs),
        step.summary,
        step.error,
      ].join('\n');
      for (const secret of [githubToken, argocdToken, registryPassword]) {
        expect({ step: step.id, leaked: printed.includes(secret) }).toEqual({ step: step.id, leaked: false });
      }
    }
    // Each bundle that received a secret masked it before anything else.
    const masked = (id: string, secret: string) =>
      expect(flow.steps.find((s) => s.id === id)!.stdout).toContain(`::add-mask::${secret}`);
    masked('bump-dev', githubToken);
    masked('promote', githubToken);
    masked('wait-prod', argocdToken);
    if (!reason) masked('push', registryPassword);
  });
});

describe('an image with a blocking finding', () => {
  let blocked: FlowResult;
  let headBefore: string | undefined;
  let commitsBefore: number;
  let registryRequestsBefore: number;

  beforeAll(async () => {
    headBefore = await branchHead(sandbox.gitRoot, GITOPS_REPO, 'main');
    commitsBefore = git('rev-list', '--all').trim().split('\n').length;
    registryRequestsBefore = sandbox.registry?.requests.length ?? 0;
    blocked = await runFlow(sandbox, { failing: true });
  }, 60_000);

  it('fails the image scan and stops there', () => {
    expect(blocked.ok).toBe(false);
    expect(blocked.failedStep).toBe('scan-image');
    expect(blocked.steps.map((s) => s.id)).toEqual(['scan-source', 'build', 'scan-image']);
    const scan = blocked.steps.at(-1)!;
    expect(scan.exitCode).toBe(1);
    expect(scan.outputs).toMatchObject({ passed: 'false', blocking: '1', high: '1' });
    expect(scan.error).toMatch(/^Scan gate failed: 1 finding\(s\) block the gate \(1 HIGH\): CVE-2024-58251/);
    expect(blocked.tag).toBe(`1.5.0-${blocked.serviceSha.slice(0, 7)}`);
  });

  itWithRegistry('never reaches the registry', async () => {
    const during = sandbox.registry!.requests.slice(registryRequestsBefore);
    expect(during.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect((await headManifest(blocked.tag)).status).toBe(404);
  });

  it('never reaches the GitOps repository', async () => {
    expect(await branchHead(sandbox.gitRoot, GITOPS_REPO, 'main')).toBe(headBefore);
    expect(git('rev-list', '--all').trim().split('\n')).toHaveLength(commitsBefore);
    expect(sandbox.github.pulls(GITOPS_REPO)).toHaveLength(1);
  });
});
