// The whole flow, end to end, through the shipped bundles against the local stand-ins (the same code
// as `npm run demo`): scan → build → scan image → push → bump dev → wait dev, then the chain
// dev → staging → prod (promotion PR → merge → wait, per hop); then a rollback (deploy B to dev, a
// teammate's change, roll back to A, wait); then the other path: an image with a blocking finding
// reaches neither the registry nor the GitOps repository.
import { execFileSync } from 'node:child_process';
import {
  APPS,
  GITOPS_REPO,
  NEXT_VERSION,
  OLD_DIGEST,
  OLD_TAG,
  SCALED_REPLICAS,
  builderUnavailableReason,
  envFiles,
  runFlow,
  runRollback,
  startSandbox,
  type Env,
  type FlowResult,
  type RollbackFlowResult,
  type Sandbox,
  type StepRecord,
} from '@gitops-actions/demo';
import { bareRepoPath, branchHead } from '@gitops-actions/standin-git-server';

const reason = builderUnavailableReason();
if (reason) console.log(`e2e: skipping the build and registry part (${reason}); using a prebuilt reference`);
const itWithRegistry = reason ? it.skip : it;

let sandbox: Sandbox;
let flow: FlowResult;

beforeAll(async () => {
  sandbox = await startSandbox();
  flow = await runFlow(sandbox);
}, 180_000);

afterAll(async () => {
  await sandbox?.stop();
});

const git = (...args: string[]) =>
  execFileSync('git', ['--git-dir', bareRepoPath(sandbox.gitRoot, GITOPS_REPO), ...args], {
    encoding: 'utf8',
  });

/** `file` as committed at `sha`. */
const fileAt = (sha: string, file: string) => git('show', `${sha}:${file}`);

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

/** The lines a deploy of `to` over `from` changes in `file`, as changedLines lists them. */
function deployLines(file: string, from: Pinned, to: Pinned): string[] {
  return file.endsWith('values.yaml')
    ? [
        `-  tag: "${from.tag}"`,
        `-  digest: "${from.digest}"`,
        `+  tag: "${to.tag}"`,
        `+  digest: "${to.digest}"`,
      ]
    : [
        `-    newTag: ${from.tag} # set by CI`,
        `-    digest: ${from.digest}`,
        `+    newTag: ${to.tag} # set by CI`,
        `+    digest: ${to.digest}`,
      ];
}

interface Pinned {
  tag: string;
  digest: string;
}

/** The tag and digest a file pins, read as Argo CD's renderers would (Helm values or Kustomize images). */
function pinned(text: string): Pinned {
  const value = (re: RegExp) => re.exec(text)?.[1] ?? '';
  return {
    tag: value(/^\s+(?:tag|newTag): "?([^"\s]+)"?/m),
    digest: value(/^\s+digest: "?(sha256:[0-9a-f]{64})"?/m),
  };
}

/** The apps one wait-for-argocd step reported. */
const waited = (steps: StepRecord[], id: string) =>
  JSON.parse(steps.find((s) => s.id === id)!.outputs['applications'] ?? '[]') as unknown[];

const deployed = (name: string, revision: string | undefined): unknown =>
  expect.objectContaining({ name, sync: 'Synced', health: 'Healthy', revision });

/** Everything a step printed or handed on, where a secret must never appear. */
function printed(step: StepRecord): string {
  return [
    step.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    step.stderr,
    JSON.stringify(step.outputs),
    step.summary,
    step.error,
  ].join('\n');
}

async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

describe('the whole flow through the shipped bundles: dev, then dev → staging → prod', () => {
  const hop = (to: Env) => flow.hops.find((h) => h.to === to)!;
  const A = (): Pinned => ({ tag: flow.tag, digest: flow.digest });
  const OLD: Pinned = { tag: OLD_TAG, digest: OLD_DIGEST };

  it('runs every step of dev-deploy, then promote and wait-deploy for each hop', () => {
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
      ...['staging', 'prod'].flatMap((env) => [
        `promote-${env}`,
        `merge-${env}`,
        `changed-apps-${env}`,
        `wait-${env}`,
      ]),
    ]);
    expect(flow.tag).toBe(`1.4.0-${flow.serviceSha.slice(0, 7)}`);
    expect(flow.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(flow.hops.map((h) => [h.from, h.to, h.apps])).toEqual([
      ['dev', 'staging', [APPS.staging]],
      ['staging', 'prod', [APPS.prod]],
    ]);
  });

  it('(13.7) moves the tag and digest dev got into staging, then prod, changing only those lines', async () => {
    const devCommit = flow.devCommit!;
    expect(git('diff', '--name-only', `${devCommit}~1`, devCommit).trim().split('\n')).toEqual(
      envFiles('dev'),
    );
    for (const file of envFiles('dev'))
      expect(changedLines(devCommit, file)).toEqual(deployLines(file, OLD, A()));
    for (const env of ['staging', 'prod'] as const) {
      const merge = hop(env).mergeCommit;
      expect(git('diff', '--name-only', `${merge}~1`, merge).trim().split('\n')).toEqual(envFiles(env));
      for (const file of envFiles(env))
        expect(changedLines(merge, file)).toEqual(deployLines(file, OLD, A()));
    }
    // At the end of the chain every environment pins what dev got, in both layouts.
    const end = hop('prod').mergeCommit;
    expect(await branchHead(sandbox.gitRoot, GITOPS_REPO, 'main')).toBe(end);
    for (const [i, file] of ['dev', 'staging', 'prod'].map((env) => envFiles(env as Env)).entries()) {
      expect({
        env: i,
        values: pinned(fileAt(end, file[0]!)),
        overlay: pinned(fileAt(end, file[1]!)),
      }).toEqual({
        env: i,
        values: A(),
        overlay: A(),
      });
    }
  });

  it('(13.7) merged one pull request per hop, each titled with its hop and merged at its head', () => {
    const pulls = sandbox.github.pulls(GITOPS_REPO);
    expect(pulls).toHaveLength(2);
    const url = sandbox.github.url;
    for (const [i, { from, to }] of [
      { from: 'dev', to: 'staging' },
      { from: 'staging', to: 'prod' },
    ].entries()) {
      const h = hop(to as Env);
      expect(pulls[i]).toMatchObject({
        number: Number(h.pullNumber),
        title: `Promote api ${flow.tag} from ${from} to ${to}`,
        head: `promote/${to}/api`,
        base: 'main',
        merged: true,
        state: 'closed',
        mergeCommit: h.mergeCommit,
        labels: ['promotion'],
        reviewers: ['alice'],
      });
      // The merge took the head the promotion left (the expected sha the reviewer's merge sent).
      expect(git('rev-parse', `${h.mergeCommit}^2`).trim()).toBe(h.headSha);
      const body = pulls[i]!.body;
      expect(body).toContain(
        `| \`envs/${to}/api/values.yaml\` | \`image.tag\` | \`${OLD_TAG}\` | \`${flow.tag}\` |`,
      );
      expect(body).toContain(`\`${flow.digest}\``);
      expect(body).toContain(`${url}/${GITOPS_REPO}/compare/main...promote/${to}/api`);
      expect(body).toContain(`${url}/acme/api/actions/runs/`);
    }
    expect(sandbox.github.violations).toEqual([]);
  });

  it('(13.7) has each Argo CD app Synced and Healthy at the commit that deployed it', async () => {
    expect(waited(flow.steps, 'wait-dev')).toEqual([deployed(APPS.dev, flow.devCommit)]);
    expect(waited(flow.steps, 'wait-staging')).toEqual([deployed(APPS.staging, hop('staging').mergeCommit)]);
    expect(waited(flow.steps, 'wait-prod')).toEqual([deployed(APPS.prod, hop('prod').mergeCommit)]);
    // Every app follows main: after the last merge, all three run the prod merge commit.
    const final = { sync: 'Synced', health: 'Healthy', revision: hop('prod').mergeCommit };
    const apps = Object.values(APPS);
    await eventually(() => apps.every((a) => JSON.stringify(appStatus(a)) === JSON.stringify(final)));
    expect(apps.map(appStatus)).toEqual(apps.map(() => final));
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
      for (const secret of [githubToken, argocdToken, registryPassword]) {
        expect({ step: step.id, leaked: printed(step).includes(secret) }).toEqual({
          step: step.id,
          leaked: false,
        });
      }
    }
    // Each bundle that received a secret masked it before anything else.
    const masked = (id: string, secret: string) =>
      expect(flow.steps.find((s) => s.id === id)!.stdout).toContain(`::add-mask::${secret}`);
    masked('bump-dev', githubToken);
    masked('promote-staging', githubToken);
    masked('promote-prod', githubToken);
    masked('wait-prod', argocdToken);
    if (!reason) masked('push', registryPassword);
  });
});

describe('(13.7) a rollback: deploy A, deploy B, a teammate changes dev, roll back', () => {
  let rolled: RollbackFlowResult;
  let beforeRollback: string;
  const A = (): Pinned => ({ tag: flow.tag, digest: flow.digest });
  const B = (): Pinned => ({ tag: rolled.tag, digest: rolled.digest });
  const rollbackCommit = () => rolled.rollback?.['commit-sha'] ?? '';

  beforeAll(async () => {
    rolled = await runRollback(sandbox);
    beforeRollback = rolled.scaleCommit ?? '';
  }, 120_000);

  it('deploys B through dev-deploy, then runs the rollback bundle and waits for Argo CD', () => {
    const failed = rolled.steps.filter((s) => !s.ok).map((s) => `${s.id}: ${s.error}\n${s.stderr}`);
    expect(failed).toEqual([]);
    expect(rolled.ok).toBe(true);
    expect(rolled.steps.map((s) => s.id)).toEqual([
      'scan-source',
      'build',
      'scan-image',
      'push',
      'bump-dev',
      'wait-dev',
      'scale-dev',
      'rollback',
      'wait-rollback',
    ]);
    expect(rolled.tag).toBe(`${NEXT_VERSION}-${rolled.serviceSha.slice(0, 7)}`);
    expect(B()).not.toEqual(A());
    expect(waited(rolled.steps, 'wait-dev')).toEqual([deployed(APPS.dev, rolled.devCommit)]);
  });

  it('returns to A, the value dev ran before B, and commits it on main', async () => {
    const head = await branchHead(sandbox.gitRoot, GITOPS_REPO, 'main');
    expect(rolled.rollback).toEqual({
      'restored-tag': flow.tag,
      'restored-digest': flow.digest,
      'previous-tag': rolled.tag,
      'commit-sha': head,
      'pull-request-url': '',
      changed: 'true',
    });
    expect(git('rev-parse', `${head!}~1`).trim()).toBe(beforeRollback);
    expect(git('log', '-1', '--format=%s', head!)).toMatch(/^Rollback /);
  });

  it('sets back only the tag and digest: every other byte is B’s file, the teammate’s change included', () => {
    const sha = rollbackCommit();
    expect(git('diff', '--name-only', `${sha}~1`, sha).trim().split('\n')).toEqual(envFiles('dev'));
    for (const file of envFiles('dev')) {
      expect(changedLines(sha, file)).toEqual(deployLines(file, B(), A()));
      const today = fileAt(beforeRollback, file);
      expect(fileAt(sha, file)).toBe(today.replace(B().tag, A().tag).replace(B().digest, A().digest));
      expect(pinned(fileAt(sha, file))).toEqual(A());
      // B's file, as B's deploy wrote it, differs from the rollback only where the teammate changed it.
      expect(fileAt(rolled.devCommit!, file).replace(B().tag, A().tag).replace(B().digest, A().digest)).toBe(
        fileAt(sha, file).replace(`replicaCount: ${SCALED_REPLICAS}\n`, 'replicaCount: 1\n'),
      );
    }
    expect(fileAt(sha, envFiles('dev')[0]!)).toContain(`replicaCount: ${SCALED_REPLICAS}\n`);
    // Staging and prod were not touched: they still run A.
    for (const env of ['staging', 'prod'] as const)
      for (const file of envFiles(env))
        expect(fileAt(sha, file)).toBe(fileAt(flow.hops.at(-1)!.mergeCommit, file));
  });

  it('has dev Synced and Healthy at the rollback commit', async () => {
    const sha = rollbackCommit();
    expect(waited(rolled.steps, 'wait-rollback')).toEqual([deployed(APPS.dev, sha)]);
    await eventually(() => appStatus(APPS.dev).revision === sha && appStatus(APPS.dev).health === 'Healthy');
    expect(appStatus(APPS.dev)).toEqual({ sync: 'Synced', health: 'Healthy', revision: sha });
    expect(sandbox.argocd.violations).toEqual([]);
    expect(sandbox.github.violations).toEqual([]);
  });

  it('prints no secret in any step, and the rollback bundle masked its token', () => {
    const { githubToken, argocdToken, registryPassword } = sandbox.secrets;
    for (const step of rolled.steps) {
      for (const secret of [githubToken, argocdToken, registryPassword]) {
        expect({ step: step.id, leaked: printed(step).includes(secret) }).toEqual({
          step: step.id,
          leaked: false,
        });
      }
    }
    expect(rolled.steps.find((s) => s.id === 'rollback')!.stdout).toContain(`::add-mask::${githubToken}`);
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
    expect(sandbox.github.pulls(GITOPS_REPO)).toHaveLength(2);
  });
});
