// Every step that uses one of this repository's actions, and every caller of its reusable
// workflows, passes only inputs the callee declares and every input it requires; callers grant
// what the called jobs ask for; and no job silently inherits a skip from up its `needs` chain.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
      'job dev: .github/workflows/dev-deploy.yml job image-ecr asks for id-token: write',
      'job dev: .github/workflows/dev-deploy.yml job attest asks for id-token: write',
      'job dev: .github/workflows/dev-deploy.yml job attest asks for attestations: write',
    ]);
  });

  it('would catch an undeclared input and a missing required one', () => {
    expect(problems({ nope: 1 }, { files: { required: true } }, 'input')).toEqual([
      "input 'nope' is not declared",
      "required input 'files' is missing",
    ]);
  });
});
