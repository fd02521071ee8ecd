// Every step that uses one of this repository's actions, and every caller of its reusable
// workflows, passes only inputs the callee declares and every input it requires.
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
interface Job {
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

  it('would catch an undeclared input and a missing required one', () => {
    expect(problems({ nope: 1 }, { files: { required: true } }, 'input')).toEqual([
      "input 'nope' is not declared",
      "required input 'files' is missing",
    ]);
  });
});
