// wait-deploy.yml's changed-apps job, run as the runner runs it: the checkout its checkout step
// describes (a real GitOps repository, then no origin to fetch from, as persist-credentials: false
// leaves it), then the changed-apps bundle with the inputs the job gives it, read back from GITHUB_OUTPUT.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { exec } from '@gitops-actions/kit';
import { repoRoot, runDist } from '@gitops-actions/testkit';
import { SANDBOX_IDENTITY } from '@gitops-actions/standin-git-server';

const root = repoRoot();

interface Step {
  id?: string;
  uses?: string;
  // A step's with: values are YAML scalars.
  with?: Record<string, string | number | boolean>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}
interface Workflow {
  defaults?: { run?: { shell?: string } };
  jobs: Record<
    string,
    { defaults?: { run?: { shell?: string } }; outputs?: Record<string, string>; steps: Step[] }
  >;
}

const workflow = parse(
  readFileSync(path.join(root, '.github/workflows/wait-deploy.yml'), 'utf8'),
) as Workflow;
const job = workflow.jobs['changed-apps']!;
// The step whose output the job exports, so a renamed step cannot leave this test on the wrong one.
const stepId = /steps\.([\w-]+)\.outputs\.apps/.exec(job.outputs?.['apps'] ?? '')?.[1];
const step = job.steps.find((s) => s.id === stepId);

/** The documented caller's map (workflows-examples), as `inputs.app-map` receives it. */
const exampleCaller = parse(
  readFileSync(path.join(root, 'workflows-examples/gitops-repo-wait.yml'), 'utf8'),
) as {
  jobs: { wait: { with: Record<string, string> } };
};
const EXAMPLE_MAP = exampleCaller.jobs.wait.with['app-map']!;

/** `${{ <expr> }}` replaced by its value, as the runner does before the step starts. */
function evaluate(text: string, context: Record<string, string>, where: string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const value = context[expr];
    if (value === undefined) throw new Error(`${where} uses \${{ ${expr} }}, which this test gives no value`);
    return value;
  });
}

let work: string;
let home: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wait-deploy-script-'));
  home = path.join(work, 'home');
  await mkdir(home);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true, maxRetries: 5 });
});

/** Nothing of the machine's git configuration or of an enclosing hook's GIT_* variables. */
function baseEnv(): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await exec('git', args, { cwd, env: { ...baseEnv(), ...SANDBOX_IDENTITY } });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

async function writeFiles(dir: string, files: readonly string[], content: string): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), `# ${file}\n${content}\n`);
  }
}

const LAYOUT = [
  'README.md',
  'envs/prod/api/values.yaml',
  'envs/prod/web/values.yaml',
  'overlays/prod/kustomization.yaml',
];

interface Push {
  origin: string;
  /** `github.event.before`: main before the push. */
  before: string;
  /** `github.sha`: the pushed head. */
  after: string;
}

/**
 * A GitOps repository whose main then receives `files`: as the merge commit of a pull request
 * (what promotion pull requests become), or as one commit pushed straight to main.
 */
async function pushToMain(files: readonly string[], how: 'merge' | 'commit' = 'merge'): Promise<Push> {
  const origin = await mkdtemp(path.join(work, 'origin-'));
  await git(origin, 'init', '-q', '-b', 'main');
  await writeFiles(origin, LAYOUT, 'tag: 1.3.0');
  await git(origin, 'add', '-A');
  await git(origin, 'commit', '-q', '-m', 'GitOps layout');
  const before = await git(origin, 'rev-parse', 'HEAD');
  if (how === 'merge') await git(origin, 'checkout', '-q', '-b', 'promote');
  await writeFiles(origin, files, 'tag: 1.4.0');
  await git(origin, 'add', '-A');
  await git(origin, 'commit', '-q', '--allow-empty', '-m', 'Promote');
  if (how === 'merge') {
    await git(origin, 'checkout', '-q', 'main');
    await git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from acme/promote', 'promote');
  }
  return { origin, before, after: await git(origin, 'rev-parse', 'HEAD') };
}

/** The job's actions/checkout `with:` as git clone flags (fetch-depth 0 is the whole history). */
function checkoutArgs(): string[] {
  const checkout = job.steps?.find((st) => String(st.uses ?? '').startsWith('actions/checkout@'));
  const opts = checkout?.with ?? {};
  const depth = Number(opts['fetch-depth'] ?? 1);
  return [
    ...(depth > 0 ? ['--depth', String(depth)] : []),
    ...(opts['filter'] ? [`--filter=${String(opts['filter'])}`] : []),
  ];
}

interface ScriptRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/** actions/checkout as the job configures it, then the step's action with its inputs, as the runner runs it. */
async function runChangedApps(push: Push, appMap: string, before = push.before): Promise<ScriptRun> {
  if (!step?.uses) throw new Error(`changed-apps has no step '${String(stepId)}' producing apps`);
  const workspace = await mkdtemp(path.join(work, 'workspace-'));
  await git(push.origin, 'config', 'uploadpack.allowFilter', 'true');
  await git(work, 'clone', '-q', ...checkoutArgs(), '--branch', 'main', `file://${push.origin}`, workspace);
  // persist-credentials: false: the action cannot fetch what the checkout left out (a partial clone would
  // otherwise fetch missing objects from the origin on demand, which a private repository refuses).
  await git(workspace, 'remote', 'set-url', 'origin', `file://${path.join(work, 'no-credentials')}`);
  expect(await git(workspace, 'rev-parse', 'HEAD')).toBe(push.after);

  const context = { 'inputs.app-map': appMap, 'github.event.before': before };
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      evaluate(String(value), context, `with ${name}`),
    ]),
  );
  // The action's own default for `before` is github.event.before.
  inputs['before'] ??= before;
  const result = await runDist(actionName(step.uses), {
    cwd: workspace,
    inputs,
    env: { ...baseEnv(), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: push.after },
  });
  return {
    exitCode: result.exitCode ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: result.outputs,
  };
}

/** `gitops-actions/gitops-actions/actions/<name>@ref` → `<name>`. */
function actionName(uses: string): string {
  const name = /^gitops-actions\/gitops-actions\/actions\/([a-z-]+)@/.exec(uses)?.[1];
  if (!name) throw new Error(`changed-apps step uses ${uses}, not one of this repository's actions`);
  return name;
}

describe('wait-deploy.yml changed-apps, the job itself', () => {
  it("is the changed-apps action given the caller's app map", () => {
    expect(step?.uses).toMatch(/\/actions\/changed-apps@/);
    expect(step?.with).toEqual({ 'app-map': '${{ inputs.app-map }}' });
  });

  it('refuses to run with an expression it has no value for', () => {
    expect(() => evaluate('${{ github.event.after }}', {}, 'env X')).toThrow(
      'env X uses ${{ github.event.after }}, which this test gives no value',
    );
  });

  const cases: { name: string; files: string[]; appMap?: string; apps: string[] }[] = [
    { name: "a change in one app's path", files: ['envs/prod/api/values.yaml'], apps: ['api-prod'] },
    {
      name: 'changes in two apps',
      files: ['envs/prod/api/values.yaml', 'envs/prod/web/values.yaml', 'envs/prod/web/hpa.yaml'],
      apps: ['api-prod', 'web-prod'],
    },
    { name: 'a change matching no glob', files: ['README.md', 'docs/runbook.md'], apps: [] },
    {
      name: 'overlapping globs, deduplicated',
      files: ['envs/prod/api/values.yaml', 'envs/prod/api/pdb.yaml'],
      appMap: ['envs/prod/*=prod-all', 'envs/prod/api/*=api-prod', 'envs/*/api/*=api-prod', ''].join('\n'),
      apps: ['api-prod', 'prod-all'],
    },
    {
      name: 'paths and globs with spaces',
      files: ['envs/prod/my app/values.yaml', 'envs/prod/api/extra values.yaml'],
      appMap: `${EXAMPLE_MAP}envs/prod/my app/*=my-app\n`,
      apps: ['api-prod', 'my-app'],
    },
    {
      name: 'non-ASCII paths (git quotes them unless told not to)',
      files: ['envs/prod/café/values.yaml'],
      appMap: 'envs/prod/café/*=cafe-prod',
      apps: ['cafe-prod'],
    },
    {
      name: 'bracket expressions of the glob',
      files: ['envs/prod/api-2/values.yaml', 'envs/prod/api-x/values.yaml'],
      appMap: 'envs/prod/api-[0-9]/*=api-shards\nenvs/prod/api-[!0-9]/*=api-other',
      apps: ['api-other', 'api-shards'],
    },
    {
      name: 'a merge that changes nothing, with a glob matching everything',
      files: [],
      appMap: '*=everything',
      apps: [],
    },
  ];

  it.each(cases)('maps $name', async ({ files, appMap = EXAMPLE_MAP, apps }) => {
    const push = await pushToMain(files);
    const run = await runChangedApps(push, appMap);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['apps']).toBe(apps.join('\n'));
    expect(run.stdout).toContain(`apps touched: ${apps.length ? apps.join(', ') : 'none'}`);
    // The paths the merge really changed, as committed (no quoting of non-ASCII names).
    const changed = (await git(push.origin, 'diff', '--name-only', '-z', push.before, push.after))
      .split('\0')
      .filter(Boolean);
    expect(changed.sort()).toEqual([...new Set(files)].sort());
    expect((JSON.parse(run.outputs['files'] ?? '') as string[]).sort()).toEqual(changed);
  });

  it('diffs against the parent when the push has no usable before (new branch, or none given)', async () => {
    const push = await pushToMain(['envs/prod/web/values.yaml'], 'commit');
    for (const before of ['0000000000000000000000000000000000000000', '']) {
      const run = await runChangedApps(push, EXAMPLE_MAP, before);
      expect(run.exitCode).toBe(0);
      expect(run.outputs['apps']).toBe('web-prod');
    }
  });

  it('sees every commit of a push that brings several (rebase and merge), not only the last', async () => {
    const push = await pushToMain(['envs/prod/web/values.yaml'], 'commit');
    // A second commit on top, pushed together with the first: `before` is two commits back.
    await writeFiles(push.origin, ['envs/prod/api/values.yaml'], 'tag: 1.5.0');
    await git(push.origin, 'commit', '-q', '-am', 'Promote api');
    const after = await git(push.origin, 'rev-parse', 'HEAD');
    const run = await runChangedApps({ ...push, after }, EXAMPLE_MAP);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['apps']).toBe('api-prod\nweb-prod');
  });
});
