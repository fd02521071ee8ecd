// Every step that uses one of this repository's actions, and every caller of its reusable
// workflows, passes only inputs the callee declares and every input it requires; callers grant
// what the called jobs ask for; and no job silently inherits a skip from up its `needs` chain.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@gitops-actions/testkit';

const root = repoRoot();
const SELF = 'gitops-actions/gitops-actions/';

interface Declared {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets: Record<string, { required?: boolean }>;
}
type Permissions = Record<string, string> | 'read-all' | 'write-all';
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Permissions;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

const workflowFiles = ['.github/workflows', 'workflows-examples'].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f)),
);
const load = (file: string): unknown => parse(readFileSync(path.join(root, file), 'utf8'));

/** `<owner>/gitops-actions@v1` and `./` are the root action.yml; `.../actions/<name>` an action of its own. */
function actionContract(uses: string): Declared | null {
  const isRoot = new RegExp(`^(?:${SELF.replace(/\/$/, '')}(?:@.+)?|\\./?)$`).test(uses);
  const match = new RegExp(`^(?:${SELF}|\\./)actions/([a-z0-9-]+)(?:@.+)?$`).exec(uses);
  if (!match && !isRoot) return null;
  const file = match ? path.join('actions', match[1]!, 'action.yml') : 'action.yml';
  if (!existsSync(path.join(root, file))) throw new Error(`${uses}: ${file} does not exist`);
  const yml = load(file) as { inputs?: Declared['inputs'] };
  return { inputs: yml.inputs ?? {}, secrets: {} };
}

function workflowContract(uses: string): Declared | null {
  const match = new RegExp(`^(?:${SELF}|\\./)(\\.github/workflows/[a-z0-9-]+\\.ya?ml)(?:@.+)?$`).exec(uses);
  if (!match) return null;
  const yml = load(match[1]!) as { on: { workflow_call: Partial<Declared> } };
  return { inputs: yml.on.workflow_call.inputs ?? {}, secrets: yml.on.workflow_call.secrets ?? {} };
}

function problems(given: Record<string, unknown>, declared: Declared['inputs'], what: string): string[] {
  const unknown = Object.keys(given)
    .filter((k) => !(k in declared))
    .map((k) => `${what} '${k}' is not declared`);
  const missing = Object.entries(declared)
    .filter(([k, spec]) => spec.required === true && spec.default === undefined && !(k in given))
    .map(([k]) => `required ${what} '${k}' is missing`);
  return [...unknown, ...missing];
}

function checkFile(file: string): string[] {
  const jobs = (load(file) as { jobs: Record<string, Job> }).jobs;
  return Object.entries(jobs).flatMap(([id, job]) => {
    const found: string[] = [];
    const called = job.uses ? workflowContract(job.uses) : null;
    if (called) {
      found.push(...problems(job.with ?? {}, called.inputs, 'input').map((p) => `job ${id}: ${p}`));
      if (job.secrets !== 'inherit') {
        found.push(...problems(job.secrets ?? {}, called.secrets, 'secret').map((p) => `job ${id}: ${p}`));
      }
    }
    for (const [i, step] of (job.steps ?? []).entries()) {
      const action = step.uses ? actionContract(step.uses) : null;
      if (action)
        found.push(
          ...problems(step.with ?? {}, action.inputs, 'input').map(
            (p) => `job ${id} step ${i + 1} (${step.uses}): ${p}`,
          ),
        );
    }
    return found;
  });
}

interface Workflow {
  permissions?: Permissions;
  jobs: Record<string, Job>;
}

/** The README's YAML blocks that are whole workflows (the adoption snippet). */
const readmeWorkflows: Array<[string, Workflow]> = [
  ...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g),
]
  .map((m, i): [string, Workflow] => [`README.md yaml block ${i + 1}`, parse(m[1]!) as Workflow])
  .filter(([, w]) => typeof w === 'object' && w !== null && 'jobs' in w);
const allWorkflows: Array<[string, Workflow]> = [
  ...workflowFiles.map((f): [string, Workflow] => [f, load(f) as Workflow]),
  ...readmeWorkflows,
];

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
const levelOf = (grants: Permissions | undefined, scope: string): number =>
  grants === 'write-all' ? 2 : grants === 'read-all' ? 1 : LEVEL[grants?.[scope] ?? 'none']!;

/**
 * GitHub refuses to start a run whose called workflow has a job asking for more than the caller
 * grants, whether or not that job would run.
 */
function permissionProblems(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([id, job]) => {
    const match = job.uses
      ? new RegExp(`^(?:${SELF}|\\./)(\\.github/workflows/[a-z0-9-]+\\.ya?ml)(?:@.+)?$`).exec(job.uses)
      : null;
    const granted = job.permissions ?? workflow.permissions;
    if (!match || granted === undefined) return [];
    const callee = load(match[1]!) as Workflow;
    return Object.entries(callee.jobs).flatMap(([calleeId, calleeJob]) => {
      const asked = calleeJob.permissions ?? callee.permissions ?? {};
      const scopes = typeof asked === 'string' ? Object.keys(LEVEL) : Object.keys(asked);
      return scopes
        .filter((scope) => levelOf(asked, scope) > levelOf(granted, scope))
        .map(
          (scope) =>
            `job ${id}: ${match[1]} job ${calleeId} asks for ${scope}: ${typeof asked === 'string' ? asked : asked[scope]}`,
        );
    });
  });
}

/**
 * A job's `if` without a status function means success() && …, and success() is false when any job
 * up its `needs` chain was skipped: below a job that can be skipped, a job needs always() or
 * !cancelled() with explicit `needs.<id>.result` checks, or it never runs.
 */
function skipProblems(workflow: Workflow): string[] {
  const jobs = workflow.jobs;
  const needsOf = (id: string): string[] => {
    const n = jobs[id]?.needs;
    return n === undefined ? [] : Array.isArray(n) ? n : [n];
  };
  // A reusable workflow call can skip jobs of its own; its caller's downstream jobs are exposed too.
  const canSkip = (id: string): boolean => jobs[id]?.if !== undefined || jobs[id]?.uses !== undefined;
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const n of needsOf(id)) if (!seen.has(n)) ancestors(n, seen.add(n));
    return seen;
  };
  return Object.keys(jobs)
    .filter((id) => [...ancestors(id)].some(canSkip))
    .filter((id) => !/\b(always|cancelled|failure)\(\)/.test(String(jobs[id]?.if ?? '')))
    .map((id) => `job ${id} is below a job that can be skipped, and its if has no status function`);
}

describe('workflows and examples', () => {
  it('finds the workflow files', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['.github/workflows/dev-deploy.yml', 'workflows-examples/service-repo.yml']),
    );
  });

  it.each(workflowFiles)('%s passes only declared inputs and every required one', (file) => {
    expect(checkFile(file)).toEqual([]);
  });

  it('checks steps using the root action against the root action.yml', () => {
    expect(actionContract('gitops-actions/gitops-actions@v1')?.inputs).toHaveProperty('gitops-files');
    expect(actionContract('./')?.inputs).toHaveProperty('image');
    expect(actionContract('gitops-actions/gitops-actions/actions/scan-gate@v1')?.inputs).toHaveProperty(
      'severity',
    );
    expect(actionContract('actions/checkout@v4')).toBeNull();
  });

  it.each(allWorkflows)('%s: callers grant every permission the called jobs ask for', (_name, workflow) => {
    expect(permissionProblems(workflow)).toEqual([]);
  });

  it.each(allWorkflows)('%s: no job inherits a skip from up its needs chain', (_name, workflow) => {
    expect(skipProblems(workflow)).toEqual([]);
  });

  it('reads the README adoption snippet as a workflow', () => {
    expect(readmeWorkflows.map(([, w]) => Object.keys(w.jobs))).toContainEqual(['dev']);
  });

  it('would catch a wait below a skipped image job, and a caller without id-token: write', () => {
    const chain: Workflow = {
      jobs: {
        image: { if: "inputs.registry == 'ecr'" },
        bump: { needs: 'image', if: "always() && needs.image.result == 'success'" },
        wait: { needs: 'bump', if: "inputs.argocd-server != ''" },
      },
    };
    expect(skipProblems(chain)).toEqual([
      'job wait is below a job that can be skipped, and its if has no status function',
    ]);
    const caller: Workflow = {
      jobs: {
        dev: {
          uses: `${SELF}.github/workflows/dev-deploy.yml@v1`,
          permissions: { contents: 'read', packages: 'write' },
        },
      },
    };
    expect(permissionProblems(caller)).toEqual([
      'job dev: .github/workflows/dev-deploy.yml job image-cloud asks for id-token: write',
      'job dev: .github/workflows/dev-deploy.yml job upload-sarif asks for security-events: write',
      'job dev: .github/workflows/dev-deploy.yml job upload-sarif asks for actions: read',
      'job dev: .github/workflows/dev-deploy.yml job attest asks for id-token: write',
      'job dev: .github/workflows/dev-deploy.yml job attest asks for attestations: write',
      'job dev: .github/workflows/dev-deploy.yml job wait-dev asks for deployments: write',
    ]);
  });

  it('would catch an undeclared input and a missing required one', () => {
    expect(problems({ nope: 1 }, { files: { required: true } }, 'input')).toEqual([
      "input 'nope' is not declared",
      "required input 'files' is missing",
    ]);
  });
});

// What the reusable workflows expose of the actions (issues 14 and 15.6): each input reaches the
// action input it is for, in the job and order where it means something.
interface FullStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface FullJob {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: FullStep[];
}
interface Callable {
  on: {
    workflow_call: {
      inputs: Record<string, { description?: string; type: string; default?: unknown }>;
      secrets?: Record<string, { description?: string; required?: boolean }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, FullJob>;
}
const callable = (name: string): Callable => load(`.github/workflows/${name}`) as Callable;
const dev = callable('dev-deploy.yml');
const waitDeploy = callable('wait-deploy.yml');
const promote = callable('promote.yml');
const action = (name: string): string => `${SELF}actions/${name}@v1`;
const stepsUsing = (job: FullJob, name: string): FullStep[] =>
  job.steps.filter((s) => s.uses === action(name));
const indexOf = (job: FullJob, name: string): number => job.steps.findIndex((s) => s.uses === action(name));

describe('(14) the reusable workflows expose what the actions can do', () => {
  it.each([
    ['dev-deploy.yml', dev, 'wait-dev'],
    ['wait-deploy.yml', waitDeploy, 'wait'],
  ])(
    '(14.1, 14.2, 14.4) %s passes argocd-sync and the window and Rollouts inputs to the wait',
    (_f, wf, job) => {
      const inputs = wf.on.workflow_call.inputs;
      expect(inputs['argocd-sync']).toMatchObject({ type: 'boolean', default: false });
      expect(inputs['sync-window']).toMatchObject({ type: 'string', default: 'fail' });
      const [wait] = stepsUsing(wf.jobs[job]!, 'wait-for-argocd');
      expect(wait!.with).toMatchObject({
        sync: '${{ inputs.argocd-sync }}',
        'sync-window': '${{ inputs.sync-window }}',
        'rollout-timeout': '${{ inputs.rollout-timeout }}',
        'rollout-action': '${{ inputs.rollout-action }}',
      });
    },
  );

  it.each([
    ['dev-deploy.yml', dev, 'wait-dev'],
    ['wait-deploy.yml', waitDeploy, 'wait'],
  ])('(14.3) %s smoke-tests after the wait, only with smoke-urls, headers from a secret', (_f, wf, job) => {
    const j = wf.jobs[job]!;
    const [smoke] = stepsUsing(j, 'smoke-test');
    expect(indexOf(j, 'smoke-test')).toBeGreaterThan(indexOf(j, 'wait-for-argocd'));
    expect(smoke!.if).toBe("inputs.smoke-urls != ''");
    expect(smoke!.with).toEqual({
      urls: '${{ inputs.smoke-urls }}',
      'expect-status': '${{ inputs.smoke-expect-status }}',
      retries: '${{ inputs.smoke-retries }}',
      delay: '${{ inputs.smoke-delay }}',
      headers: '${{ secrets.smoke-headers }}',
    });
    expect(wf.on.workflow_call.inputs['smoke-urls']!.default).toBe('');
    expect(wf.on.workflow_call.secrets?.['smoke-headers']?.required).toBe(false);
  });

  it.each([
    ['dev-deploy.yml', dev, 'report', 'deploy'],
    ['promote.yml', promote, 'promote', 'promotion-opened'],
    ['wait-deploy.yml', waitDeploy, 'wait', 'wait'],
  ])('(14.5) %s notifies through the notify action, on success and failure', (_f, wf, job, event) => {
    const [notify] = stepsUsing(wf.jobs[job]!, 'notify');
    expect(notify!.if).toMatch(/^always\(\)/);
    expect(notify!.with).toMatchObject({ event, 'webhook-url': '${{ secrets.notify-webhook-url }}' });
    expect(notify!.with!['slack-webhook-url']).toMatch(/^\$\{\{ secrets\.slack-webhook-url\b/);
    expect(notify!.with!['status']).toMatch(/job\.status|env\.STATUS/);
    for (const secret of ['slack-webhook-url', 'notify-webhook-url'])
      expect(wf.on.workflow_call.secrets?.[secret]?.required).toBe(false);
    expect(JSON.stringify(wf)).not.toMatch(/\bcurl\b/);
  });

  it('(14.5) the dev report reports a failed or cancelled job as such, and links the Argo CD app', () => {
    const report = dev.jobs['report']! as FullJob & { env: Record<string, string> };
    expect(report.env['STATUS']).toBe(
      "${{ contains(needs.*.result, 'failure') && 'failure' || contains(needs.*.result, 'cancelled') && 'cancelled' || 'success' }}",
    );
    expect(report.needs).toEqual(
      expect.arrayContaining(Object.keys(dev.jobs).filter((j) => j.startsWith('image-'))),
    );
    expect(report.steps.find((s) => s.id === 'facts')!.run).toContain('/applications/${app}');
    expect(promote.jobs['promote']!.steps.find((s) => s.uses === action('notify'))!.with).toMatchObject({
      'pull-request-url': '${{ steps.pr.outputs.pull-request-url }}',
    });
  });

  it('(14.6) the test command runs in the context before the source scan and the build, through env', () => {
    const job = dev.jobs['scan-source']!;
    const test = job.steps.find((s) => s.id === 'test')!;
    expect(test.env).toEqual({ TEST_COMMAND: '${{ inputs.test-command }}' });
    expect(test.run).toBe('eval "$TEST_COMMAND"');
    expect(test['working-directory']).toBe('${{ inputs.context }}');
    expect(test.if).toBe("inputs.test-command != ''");
    expect(job.steps.indexOf(test)).toBeLessThan(indexOf(job, 'scan-gate'));
    for (const id of ['image-ghcr', 'image-cloud', 'image-generic'])
      expect(dev.jobs[id]!.needs).toBe('scan-source');
  });

  it('(14.6) Sonar inputs reach the source scan; SARIF of both scans reaches code scanning', () => {
    const [source] = stepsUsing(dev.jobs['scan-source']!, 'scan-gate');
    expect(source!.with).toMatchObject({
      'sonar-host-url': '${{ inputs.sonar-host-url }}',
      'sonar-token': '${{ secrets.sonar-token }}',
      'sonar-project-key': '${{ inputs.sonar-project-key }}',
    });
    expect(dev.on.workflow_call.inputs['upload-sarif']).toMatchObject({ type: 'boolean', default: true });
    // Written only when uploaded, and kept as an artifact even when the gate failed.
    for (const id of ['scan-source', 'image-ghcr', 'image-cloud', 'image-generic']) {
      const job = dev.jobs[id]!;
      expect(stepsUsing(job, 'scan-gate').at(-1)!.with!['sarif']).toMatch(/^\$\{\{ inputs\.upload-sarif && /);
      const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
      expect(upload.if).toBe("${{ !cancelled() && steps.scan.outputs.sarif != '' }}");
    }
    const sarif = dev.jobs['upload-sarif']!;
    expect(sarif.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const others = Object.entries(dev.jobs).filter(([id]) => id !== 'upload-sarif');
    expect(others.filter(([, j]) => j.permissions?.['security-events'] !== undefined)).toEqual([]);
    const uploads = sarif.steps.filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(uploads.map((u) => u.with!['category'])).toEqual([
      'trivy-source:${{ inputs.image }}',
      'trivy-image:${{ inputs.image }}',
    ]);
    expect(sarif.if).toContain('inputs.upload-sarif');
  });

  it('(14.7) every build-tag-push step gets the build inputs; the image checkouts see the v* tags', () => {
    const build = [
      'tag-template',
      'extra-tags',
      'build-args',
      'cache',
      'platforms',
      'builder',
      'target',
      'file',
    ];
    for (const id of ['image-ghcr', 'image-cloud', 'image-generic']) {
      const job = dev.jobs[id]!;
      const steps = stepsUsing(job, 'build-tag-push');
      expect(steps).toHaveLength(2);
      for (const step of steps) {
        for (const input of [...build, 'registry']) expect(step.with![input]).toBe(`\${{ inputs.${input} }}`);
      }
      // git describe needs HEAD's history down to the tag; a shallow clone falls back to 0.0.0.
      expect(job.steps[0]!.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
      for (const input of build) expect(dev.on.workflow_call.inputs[input]!.description).toBeTruthy();
    }
  });

  it('(14.7) the monorepo example starts one deploy per changed service, from apps-json', () => {
    const example = load('workflows-examples/monorepo-matrix.yml') as {
      jobs: Record<
        string,
        FullJob & { outputs?: Record<string, string>; strategy?: { matrix: Record<string, string> } }
      >;
    };
    const changes = example.jobs['changes']!;
    const [changed] = stepsUsing(changes, 'changed-apps');
    expect(changes.outputs!['changed-services']).toBe(`\${{ steps.${changed!.id}.outputs.apps-json }}`);
    const declared = (load('actions/changed-apps/action.yml') as { outputs: Record<string, unknown> })
      .outputs;
    expect(declared).toHaveProperty('apps-json');
    const devJob = example.jobs['dev']!;
    expect(devJob.strategy!.matrix['service']).toBe(
      '${{ fromJSON(needs.changes.outputs.changed-services) }}',
    );
    expect(devJob.if).toBe("needs.changes.outputs.changed-services != '[]'");
  });
});

describe('(15.6) dev-deploy.yml registries: ghcr, ecr, gar, acr, generic', () => {
  const jobIf = (id: string): string => dev.jobs[id]!.if ?? '';
  const runsFor = (registry: string): string[] =>
    ['image-ghcr', 'image-cloud', 'image-generic'].filter((id) => {
      const cond = jobIf(id);
      const list = /contains\(fromJSON\('(\[.*?\])'\), inputs\.registry\)/.exec(cond);
      return list
        ? (JSON.parse(list[1]!) as string[]).includes(registry)
        : cond === `inputs.registry == '${registry}'`;
    });

  it.each([
    ['ghcr', 'image-ghcr'],
    ['ecr', 'image-cloud'],
    ['gar', 'image-cloud'],
    ['acr', 'image-cloud'],
    ['generic', 'image-generic'],
  ])('registry %s runs exactly %s', (registry, job) => {
    expect(runsFor(registry)).toEqual([job]);
  });

  /** `a == 'x' && 'y' || b == 'z' && 'w' || 'default'`, as the runner evaluates it for one registry. */
  const provider = (expression: string, registry: string): string => {
    const body = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    for (const part of body.split('||').map((p) => p.trim())) {
      const pair = /^inputs\.registry == '(\w+)' && '(\w+)'$/.exec(part);
      if (!pair) return /^'(\w+)'$/.exec(part)![1]!;
      if (pair[1] === registry) return pair[2]!;
    }
    throw new Error(`no value for ${registry}`);
  };

  it.each(['image-cloud', 'attest'])('%s logs in to the cloud of the registry, at the image host', (id) => {
    const [login] = stepsUsing(dev.jobs[id]!, 'oidc-login');
    const w = login!.with!;
    expect(['ecr', 'gar', 'acr'].map((r) => provider(w['provider']!, r))).toEqual(['aws', 'gcp', 'azure']);
    expect(w).toMatchObject({
      'workload-identity-provider': '${{ inputs.gcp-workload-identity-provider }}',
      'service-account': '${{ inputs.gcp-service-account }}',
      'azure-client-id': '${{ inputs.azure-client-id }}',
      'azure-tenant-id': '${{ inputs.azure-tenant-id }}',
      'azure-subscription-id': '${{ inputs.azure-subscription-id }}',
      'gcp-registries': "${{ inputs.registry == 'gar' && steps.host.outputs.host || '' }}",
      'acr-registries': "${{ inputs.registry == 'acr' && steps.host.outputs.host || '' }}",
    });
    const hostStep = dev.jobs[id]!.steps.findIndex((s) => s.id === 'host');
    expect(hostStep).toBeGreaterThanOrEqual(0);
    expect(hostStep).toBeLessThan(indexOf(dev.jobs[id]!, 'oidc-login'));
  });

  it('the host step takes the first path segment of the image, and refuses an image without one', () => {
    const script = dev.jobs['image-cloud']!.steps.find((s) => s.id === 'host')!.run!;
    const run = (image: string): { code: number; out: string } => {
      const dir = mkdtempSync(path.join(tmpdir(), 'host-step-'));
      const output = path.join(dir, 'out');
      writeFileSync(output, '');
      const r = spawnSync('bash', ['-e', '-c', script], {
        env: { PATH: process.env['PATH'], IMAGE: image, GITHUB_OUTPUT: output },
        encoding: 'utf8',
      });
      const out = readFileSync(output, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      return { code: r.status ?? -1, out };
    };
    expect(run('europe-west1-docker.pkg.dev/acme/apps/api')).toEqual({
      code: 0,
      out: 'host=europe-west1-docker.pkg.dev\n',
    });
    expect(run('acme.azurecr.io/api')).toEqual({ code: 0, out: 'host=acme.azurecr.io\n' });
    expect(run('localhost:5000/api').out).toBe('host=localhost:5000\n');
    expect(run('api')).toEqual({ code: 1, out: '' });
    // A line break cannot add an output of its own.
    expect(run('evil.io\nhost=attacker.example/x')).toEqual({ code: 1, out: '' });
  });

  it('the generic job holds contents: read only and logs in with the registry secrets', () => {
    const job = dev.jobs['image-generic']!;
    expect(job.permissions).toEqual({ contents: 'read' });
    for (const step of stepsUsing(job, 'build-tag-push'))
      expect(step.with).toMatchObject({
        username: '${{ secrets.registry-username }}',
        password: '${{ secrets.registry-password }}',
      });
    for (const secret of ['registry-username', 'registry-password'])
      expect(dev.on.workflow_call.secrets?.[secret]?.required).toBe(false);
  });

  it('every job reading an image job reads all three; outputs too', () => {
    const text = readFileSync(path.join(root, '.github/workflows/dev-deploy.yml'), 'utf8');
    expect(text).not.toMatch(/image-ecr/);
    for (const [, expr] of text.matchAll(/\$\{\{([^}]*(?:needs|jobs)\.image-[^}]*)\}\}/g)) {
      for (const field of expr!.matchAll(/(?:needs|jobs)\.image-ghcr\.(outputs\.[\w-]+|result)/g))
        for (const other of ['image-cloud', 'image-generic']) expect(expr).toContain(`.${other}.${field[1]}`);
    }
  });

  it('(14) every input and secret of the reusable workflows has a description', () => {
    for (const wf of [dev, waitDeploy, promote]) {
      const { inputs, secrets = {} } = wf.on.workflow_call;
      for (const [name, spec] of [...Object.entries(inputs), ...Object.entries(secrets)])
        expect([name, typeof spec.description === 'string' && spec.description.length > 10]).toEqual([
          name,
          true,
        ]);
    }
  });
});

describe('(13.1, 13.2) the environment chain', () => {
  type JobWithEnv = Job & { environment?: string; with?: Record<string, unknown> };
  const jobsOf = (file: string) => (load(file) as { jobs: Record<string, JobWithEnv> }).jobs;

  it('runs the jobs that change an environment in the GitHub environment the caller names', () => {
    const devJobs = jobsOf('.github/workflows/dev-deploy.yml');
    for (const id of ['bump-dev', 'wait-dev'])
      expect([id, devJobs[id]?.environment]).toEqual([id, '${{ inputs.github-environment }}']);
    // Building and scanning change no environment: their jobs stay outside, unreviewed.
    expect(devJobs['image-ghcr']?.environment).toBeUndefined();
    expect(jobsOf('.github/workflows/promote.yml')['promote']?.environment).toBe(
      '${{ inputs.github-environment }}',
    );
    expect(jobsOf('.github/workflows/wait-deploy.yml')['wait']?.environment).toBe(
      '${{ inputs.environment }}',
    );
    expect(dev.on.workflow_call.inputs['github-environment']?.default).toBe('');
  });

  it('(13.4) reports the dev wait and the merge wait as GitHub Deployments, with the job token', () => {
    const waitStep = (file: string, job: string) =>
      jobsOf(file)[job]!.steps!.find((st) => st.uses?.includes('wait-for-argocd'))!;
    expect(waitStep('.github/workflows/dev-deploy.yml', 'wait-dev').with).toMatchObject({
      'deployment-environment':
        "${{ inputs.github-deployment && (inputs.github-environment || 'dev') || '' }}",
      'github-token': '${{ github.token }}',
      tag: '${{ needs.bump-dev.outputs.tag }}',
      digest: '${{ needs.bump-dev.outputs.digest }}',
    });
    expect(waitStep('.github/workflows/wait-deploy.yml', 'wait').with).toMatchObject({
      'deployment-environment': "${{ inputs.github-deployment && inputs.environment || '' }}",
    });
    for (const [file, job] of [
      ['.github/workflows/dev-deploy.yml', 'wait-dev'],
      ['.github/workflows/wait-deploy.yml', 'wait'],
    ] as const)
      expect(jobsOf(file)[job]?.permissions).toMatchObject({ deployments: 'write' });
  });

  it('promotes from any environment to the next: source named, target files, old prod-files still read', () => {
    const step = jobsOf('.github/workflows/promote.yml')['promote']!.steps!.find((s) =>
      s.uses?.includes('open-promotion-pr'),
    )!;
    expect(step.with).toMatchObject({
      files: '${{ inputs.target-files || inputs.prod-files }}',
      'from-file': '${{ inputs.from-file }}',
      title: 'Promote {image-name} {tag} from ${{ inputs.source-environment }} to {environment}',
    });
    expect((promote.on.workflow_call.inputs['prod-files'] as { required?: boolean }).required).not.toBe(true);
  });

  it('chains dev → staging → prod in the examples, each hop moving what the previous one runs', () => {
    const service = jobsOf('workflows-examples/three-tier.yml');
    expect(service['staging']?.needs).toBe('dev');
    expect(service['staging']?.with).toMatchObject({
      tag: '${{ needs.dev.outputs.tag }}',
      digest: '${{ needs.dev.outputs.digest }}',
      'target-files': 'envs/staging/api/values.yaml',
      environment: 'staging',
    });
    expect(service['dev']?.with).toMatchObject({ 'github-environment': 'dev', 'pin-digest': true });
    const gitops = jobsOf('workflows-examples/gitops-repo-wait.yml');
    expect(gitops['promote-prod']?.needs).toBe('wait-staging');
    expect(gitops['promote-prod']?.with).toMatchObject({
      'source-environment': 'staging',
      'from-file': 'envs/staging/api/values.yaml',
      'target-files': 'envs/prod/api/values.yaml',
    });
  });
});
