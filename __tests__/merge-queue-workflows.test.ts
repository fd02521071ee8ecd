// (16.4) The workflows' side of merge queues and merges at the reviewed commit: promote.yml passes
// `merge` to open-promotion-pr, and wait-deploy.yml waits for the base-branch push the queue makes,
// never for a gh-readonly-queue/ commit or a merge_group event.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@gitops-actions/testkit';

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { if?: string; needs?: string | string[]; steps?: Step[]; outputs?: Record<string, string> };
interface Workflow {
  on: Record<string, unknown> & {
    workflow_call?: {
      inputs: Record<string, { type: string; default?: unknown }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, Job>;
}
const load = (file: string) => parse(readFileSync(path.join(repoRoot(), file), 'utf8')) as Workflow;

/**
 * A job's `if:` for one event, as the runner reads the only shapes it uses: terms joined by `&&`,
 * each `github.<field> == / != '<text>'` or `[!]startsWith(github.<field>, '<text>')` (the
 * expression language compares strings case-insensitively). Another shape fails the test.
 */
function runs(expression: string | undefined, github: Record<string, string>): boolean {
  if (expression === undefined) return true;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return expression.split('&&').every((raw) => {
    const term = raw.trim();
    const compare = /^github\.(\w+) (==|!=) '([^']*)'$/.exec(term);
    if (compare) return same(github[compare[1]!] ?? '', compare[3]!) === (compare[2] === '==');
    const starts = /^(!?)startsWith\(github\.(\w+), '([^']*)'\)$/.exec(term);
    if (!starts) throw new Error(`an if: term this test cannot read: ${term}`);
    const value = (github[starts[2]!] ?? '').toLowerCase();
    return value.startsWith(starts[3]!.toLowerCase()) === (starts[1] === '');
  });
}

describe('(16.4) merges at the reviewed commit, and merge queues, in the workflows', () => {
  it('(16.4) promote.yml passes merge through to open-promotion-pr and exposes the merge state', () => {
    const promote = load('.github/workflows/promote.yml');
    expect(promote.on.workflow_call?.inputs['merge']).toMatchObject({ type: 'string', default: 'false' });
    const step = promote.jobs['promote']!.steps!.find((s) => s.uses?.includes('/actions/open-promotion-pr@'));
    expect(step?.with).toMatchObject({
      merge: '${{ inputs.merge }}',
      'auto-merge': '${{ inputs.auto-merge }}',
    });
    expect(promote.on.workflow_call?.outputs?.['merge-state']?.value).toBe(
      '${{ jobs.promote.outputs.merge-state }}',
    );
    const action = parse(
      readFileSync(path.join(repoRoot(), 'actions/open-promotion-pr/action.yml'), 'utf8'),
    ) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    expect(action.inputs['merge']?.default).toBe('false');
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['merge-state', 'merged', 'merge-commit-sha']),
    );
  });

  it('(16.4) wait-deploy.yml waits for the push of the base, never for the merge queue’s own refs', () => {
    const wait = load('.github/workflows/wait-deploy.yml');
    const gate = wait.jobs['changed-apps']!.if;
    expect(runs(gate, { event_name: 'push', ref: 'refs/heads/main' })).toBe(true);
    expect(runs(gate, { event_name: 'workflow_dispatch', ref: 'refs/heads/main' })).toBe(true);
    expect(
      runs(gate, { event_name: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7-0123abc' }),
    ).toBe(false);
    expect(runs(gate, { event_name: 'push', ref: 'refs/heads/gh-readonly-queue/main/pr-7-0123abc' })).toBe(
      false,
    );
    // The wait needs the app list, so it is skipped with changed-apps.
    expect(wait.jobs['wait']!.needs).toBe('changed-apps');
    expect(wait.jobs['wait']!.if).toContain("needs.changed-apps.result == 'success'");
  });

  it('(16.4) the example caller triggers on push to main only, the push the merge queue makes', () => {
    const example = load('workflows-examples/gitops-repo-wait.yml');
    expect(Object.keys(example.on)).toEqual(['push']);
    expect(example.on['push']).toEqual({ branches: ['main'] });
  });
});
