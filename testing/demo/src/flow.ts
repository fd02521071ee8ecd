// runFlow(): the whole pipeline through the shipped bundles, step by step as the reusable workflows
// run them: dev-deploy.yml (scan source, build, scan image, push, bump dev, wait dev), then each hop
// of the chain dev → staging → prod: promote.yml (promotion pull request), the reviewer's merge, and
// wait-deploy.yml in the GitOps repository.
import { createHash } from 'node:crypto';
import { appsTouched, parseAppMap } from '@gitops-actions/changes';
import { bareRepoPath, git } from '@gitops-actions/standin-git-server';
import { APP_MAP, APPS, ENVS, envFiles, serviceFiles, type Env } from './layout.js';
import { GITOPS_REPO, SERVICE_REPO, SERVICE_VERSION, type Sandbox } from './sandbox.js';
import { runDistStep, runLocalStep, skippedStep, type DistStep, type StepRecord } from './steps.js';
import { cleanFsReport, imageReport } from './reports.js';

export interface FlowOptions {
  /** Commit a service change whose image has a blocking (HIGH, fixed) finding. */
  failing?: boolean;
  /** Called after each step, e.g. to print its summary as the flow goes. */
  onStep?: (step: StepRecord) => void;
  /** Seconds each Argo CD wait may take. */
  waitTimeout?: number;
}

/** One hop of the chain: the promotion pull request into `to`, its merge, and the wait. */
export interface Hop {
  from: Env;
  to: Env;
  pullNumber: string;
  /** The head of the pull request's branch, merged as seen (the merge's expected `sha`). */
  headSha: string;
  mergeCommit: string;
  /** Apps wait-deploy.yml found touched by the merge. */
  apps: string[];
}

export interface FlowResult {
  ok: boolean;
  /** Id of the step that failed; the flow stops there, as a job does. */
  failedStep?: string;
  steps: StepRecord[];
  serviceSha: string;
  image: string;
  tag: string;
  digest: string;
  builtImage: boolean;
  devCommit?: string;
  /** The hops done, in order: dev → staging, then staging → prod. */
  hops: Hop[];
}

export const FAILING_VERSION = '1.5.0';
const HELM_KEYS = { key: 'image.tag', 'digest-key': 'image.digest' };

/** The variables every job of the service repository's run has. */
export function jobEnv(sandbox: Sandbox, repository: string, sha: string): Record<string, string> {
  const { github } = sandbox;
  return {
    GITHUB_SERVER_URL: github.url,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: sha,
    GITHUB_ACTOR: sandbox.secrets.registryUser,
    HOME: sandbox.home,
    DOCKER_CONFIG: `${sandbox.home}/.docker`,
    ...(sandbox.buildEnv ?? {}),
  };
}

/** Without a builder the flow goes on with a fixed reference, as a pipeline reusing a built image would. */
function prebuilt(version: string, sha: string): { tag: string; digest: string } {
  const digest = `sha256:${createHash('sha256').update(`prebuilt ${version} ${sha}`).digest('hex')}`;
  return { tag: `${version}-${sha.slice(0, 7)}`, digest };
}

/** The reviewer's merge, of the head they reviewed: GitHub refuses it (409) if the branch moved since. */
export async function mergePull(
  github: { apiUrl: string; token: string },
  number: string,
  headSha: string,
): Promise<string> {
  const res = await fetch(`${github.apiUrl}/repos/${GITOPS_REPO}/pulls/${number}/merge`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${github.token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ merge_method: 'merge', sha: headSha }),
  });
  const body = (await res.json()) as { sha?: string; message?: string };
  if (!res.ok || !body.sha) throw new Error(`merge of #${number} answered ${res.status}: ${body.message}`);
  return body.sha;
}

async function changedFiles(sandbox: Sandbox, sha: string): Promise<string[]> {
  const gitDir = bareRepoPath(sandbox.gitRoot, GITOPS_REPO);
  // As the workflow's script: unquoted, so non-ASCII paths reach the globs as committed.
  const { stdout } = await git([
    '--git-dir',
    gitDir,
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-only',
    `${sha}~1`,
    sha,
  ]);
  return stdout.split('\n').filter(Boolean);
}

/** What the jobs of one run share: the sandbox, the result being filled, and how a step is run. */
export interface Run {
  sandbox: Sandbox;
  /** The service version this run builds (the prebuilt tag's, without a builder). */
  version: string;
  opts: FlowOptions;
  result: FlowResult;
  timeout: string;
  /** Records a step (and reports it); false when it failed, so the job stops there. */
  record(step: StepRecord): boolean;
  dist(step: Omit<DistStep, 'env'> & { env?: Record<string, string> }): Promise<StepRecord | undefined>;
}

export function createRun(sandbox: Sandbox, opts: FlowOptions, sha: string, version: string): Run {
  const result: FlowResult = {
    ok: false,
    steps: [],
    serviceSha: sha,
    image: sandbox.image,
    tag: '',
    digest: '',
    builtImage: Boolean(sandbox.buildEnv),
    hops: [],
  };
  const env = jobEnv(sandbox, SERVICE_REPO, sha);
  const record = (step: StepRecord): boolean => {
    result.steps.push(step);
    opts.onStep?.(step);
    if (!step.ok) result.failedStep = step.id;
    return step.ok;
  };
  return {
    sandbox,
    version,
    opts,
    result,
    timeout: String(opts.waitTimeout ?? 60),
    record,
    dist: async (step) => {
      const done = await runDistStep({ ...step, env: { ...env, ...step.env } });
      return record(done) ? done : undefined;
    },
  };
}

const scanInputs = (sandbox: Sandbox) => ({ severity: 'HIGH,CRITICAL', 'trivy-path': sandbox.trivy.binary });

/** dev-deploy.yml, job scan-source. */
export async function scanSource(run: Run): Promise<boolean> {
  const { sandbox } = run;
  await sandbox.trivy.setReport('fs', cleanFsReport('.'));
  const step = await run.dist({
    id: 'scan-source',
    title: 'Scan the source (scan-gate, scan-type fs)',
    action: 'scan-gate',
    cwd: sandbox.workspace,
    inputs: { ...scanInputs(sandbox), 'scan-type': 'fs', target: '.' },
  });
  return Boolean(step);
}

/** dev-deploy.yml, job image-ghcr: build, scan the image, push (or a prebuilt reference without a builder). */
export async function imageJob(run: Run): Promise<boolean> {
  const { sandbox, result } = run;
  // The workflow leaves `builder` on auto (docker buildx on GitHub's runners); here it is buildah.
  const buildInputs = {
    image: sandbox.image,
    context: '.',
    file: 'Dockerfile',
    version: '',
    builder: 'buildah',
  };
  const noBuilder = `no builder: ${sandbox.builderSkipReason}`;
  let imageToScan: string;
  if (sandbox.buildEnv) {
    const built = await run.dist({
      id: 'build',
      title: 'Build the image (build-tag-push, mode build)',
      action: 'build-tag-push',
      cwd: sandbox.workspace,
      inputs: { ...buildInputs, mode: 'build' },
    });
    if (!built) return false;
    result.tag = built.outputs['tag'] ?? '';
    imageToScan = built.outputs['image'] ?? '';
  } else {
    Object.assign(result, prebuilt(run.version, result.serviceSha));
    imageToScan = `${sandbox.image}:${result.tag}`;
    run.record(skippedStep('build', 'Build the image', 'dist/build-tag-push', noBuilder));
  }

  await sandbox.trivy.setReport('image', imageReport(imageToScan, Boolean(run.opts.failing)));
  const scanned = await run.dist({
    id: 'scan-image',
    title: 'Scan the image (scan-gate, scan-type image)',
    action: 'scan-gate',
    cwd: sandbox.workspace,
    inputs: { ...scanInputs(sandbox), 'scan-type': 'image', target: imageToScan },
  });
  if (!scanned) return false;

  if (!sandbox.buildEnv)
    return run.record(skippedStep('push', 'Push the image', 'dist/build-tag-push', noBuilder));
  const pushed = await run.dist({
    id: 'push',
    title: 'Push the image (build-tag-push, mode push)',
    action: 'build-tag-push',
    cwd: sandbox.workspace,
    inputs: {
      ...buildInputs,
      mode: 'push',
      username: sandbox.secrets.registryUser,
      password: sandbox.secrets.registryPassword,
    },
  });
  if (!pushed) return false;
  result.tag = pushed.outputs['tag'] ?? '';
  result.digest = pushed.outputs['digest'] ?? '';
  return true;
}

/** dev-deploy.yml, jobs bump-dev and wait-dev. */
export async function deployDev(run: Run): Promise<boolean> {
  const { sandbox, result } = run;
  const bumped = await run.dist({
    id: 'bump-dev',
    title: 'Bump the dev files (bump-manifest)',
    action: 'bump-manifest',
    inputs: {
      repository: sandbox.github.repoUrl(GITOPS_REPO),
      token: sandbox.secrets.githubToken,
      branch: 'main',
      files: envFiles('dev').join('\n'),
      image: sandbox.image,
      tag: result.tag,
      digest: result.digest,
      format: 'auto',
      ...HELM_KEYS,
    },
  });
  if (!bumped) return false;
  result.devCommit = bumped.outputs['commit-sha'] ?? '';
  const waited = await run.dist({
    id: 'wait-dev',
    title: `Wait for Argo CD: ${APPS.dev} at the bumped commit (wait-for-argocd)`,
    action: 'wait-for-argocd',
    inputs: {
      server: sandbox.argocd.url,
      token: sandbox.secrets.argocdToken,
      applications: APPS.dev,
      revision: result.devCommit,
      timeout: run.timeout,
    },
  });
  return Boolean(waited);
}

/** promote.yml for one hop: the pull request moving what `from` runs into `to`'s files. */
async function openPromotion(run: Run, from: Env, to: Env): Promise<StepRecord | undefined> {
  const { sandbox, result } = run;
  return run.dist({
    id: `promote-${to}`,
    title: `Open the promotion pull request ${from} → ${to} (open-promotion-pr)`,
    action: 'open-promotion-pr',
    inputs: {
      repository: GITOPS_REPO,
      token: sandbox.secrets.githubToken,
      base: 'main',
      files: envFiles(to).join('\n'),
      image: sandbox.image,
      // The tag is what the source environment's file holds on main, as promote.yml reads it.
      tag: '',
      'from-file': envFiles(from)[0]!,
      digest: result.digest,
      format: 'auto',
      environment: to,
      // As promote.yml titles it: both ends of the hop, so the chain's pull requests read apart.
      title: `Promote {image-name} {tag} from ${from} to {environment}`,
      labels: 'promotion',
      reviewers: 'alice',
      ...HELM_KEYS,
    },
  });
}

/** The reviewer merges the pull request at the head the promotion left. */
async function merge(run: Run, hop: Hop): Promise<boolean> {
  const { sandbox } = run;
  const { pullNumber: number, headSha } = hop;
  const step = await runLocalStep(
    `merge-${hop.to}`,
    `A reviewer merges the ${hop.to} pull request`,
    'local GitHub API',
    async () => {
      const github = { apiUrl: sandbox.github.apiUrl, token: sandbox.secrets.githubToken };
      hop.mergeCommit = await mergePull(github, number, headSha);
      const route = `PUT /repos/${GITOPS_REPO}/pulls/${number}/merge`;
      return {
        outputs: { sha: hop.mergeCommit },
        summary: `Merged #${number} (head \`${headSha.slice(0, 12)}\`) into \`main\` as \`${hop.mergeCommit.slice(0, 12)}\` (${route}).`,
      };
    },
  );
  return run.record(step);
}

/** wait-deploy.yml in the GitOps repository, on the merge commit: changed-apps, then wait. */
async function waitDeploy(run: Run, hop: Hop): Promise<boolean> {
  const { sandbox } = run;
  const { mergeCommit } = hop;
  const mapped = await runLocalStep(
    `changed-apps-${hop.to}`,
    'Find the apps the merge touches',
    'changed-apps (@gitops-actions/changes)',
    async () => {
      const files = await changedFiles(sandbox, mergeCommit);
      hop.apps = appsTouched(files, parseAppMap(APP_MAP, 'app-map'));
      const list = (items: string[]) => items.map((i) => `\`${i}\``).join(', ');
      return {
        outputs: { apps: hop.apps.join('\n') },
        summary: `Changed: ${list(files)} → apps ${list(hop.apps)}`,
      };
    },
  );
  if (!run.record(mapped)) return false;
  const waited = await run.dist({
    id: `wait-${hop.to}`,
    title: `Wait for Argo CD: ${hop.apps.join(', ')} at the merge commit (wait-for-argocd)`,
    action: 'wait-for-argocd',
    env: jobEnv(sandbox, GITOPS_REPO, mergeCommit),
    inputs: {
      server: sandbox.argocd.url,
      token: sandbox.secrets.argocdToken,
      applications: hop.apps.join('\n'),
      revision: mergeCommit,
      timeout: run.timeout,
    },
  });
  return Boolean(waited);
}

/** One hop of the chain: promotion pull request, merge, wait-deploy. */
async function promoteHop(run: Run, from: Env, to: Env): Promise<boolean> {
  const promoted = await openPromotion(run, from, to);
  if (!promoted) return false;
  const hop: Hop = {
    from,
    to,
    pullNumber: promoted.outputs['pull-request-number'] ?? '',
    headSha: promoted.outputs['head-sha'] ?? '',
    mergeCommit: '',
    apps: [],
  };
  run.result.hops.push(hop);
  return (await merge(run, hop)) && waitDeploy(run, hop);
}

/** dev-deploy.yml's jobs, in order; false at the first failed step, as the workflow's `needs` stop. */
export async function deployToDev(run: Run): Promise<boolean> {
  for (const job of [scanSource, imageJob, deployDev]) {
    if (!(await job(run))) return false;
  }
  return true;
}

/** Runs the jobs in order and stops at the first failed step, as the workflows' `needs` do. */
export async function runFlow(sandbox: Sandbox, opts: FlowOptions = {}): Promise<FlowResult> {
  if (opts.failing) {
    await sandbox.commitService(
      { 'package.json': serviceFiles(FAILING_VERSION)['package.json']! },
      `api ${FAILING_VERSION}: brings a package with a known HIGH vulnerability`,
    );
  }
  const version = opts.failing ? FAILING_VERSION : SERVICE_VERSION;
  const run = createRun(sandbox, opts, await sandbox.serviceHead(), version);
  if (!(await deployToDev(run))) return run.result;
  for (const [i, to] of ENVS.entries()) {
    if (i > 0 && !(await promoteHop(run, ENVS[i - 1]!, to))) return run.result;
  }
  run.result.ok = true;
  return run.result;
}
