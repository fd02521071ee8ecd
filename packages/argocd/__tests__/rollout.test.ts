import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describeRollout, rolloutProgress } from '@gitops-actions/argocd';
import { fixturePath } from '@gitops-actions/testkit';

const fixture = (name: string): unknown =>
  parse(readFileSync(fixturePath('argocd', 'rollouts', `${name}.yaml`), 'utf8'));

describe('rolloutProgress on argo-cd Rollout fixtures', () => {
  it('a paused canary at its manual gate', () => {
    const p = rolloutProgress(fixture('suspended_v1.0_pausedRollout'));
    expect(p).toMatchObject({ strategy: 'canary', stepIndex: 1, steps: 8, weight: 21, paused: true });
    expect(describeRollout(p)).toBe(
      'Rollout rollouts-demo, step 2 of 8, weight 21%, paused, CanaryPauseStep',
    );
  });

  it('a canary at its last step', () => {
    const p = rolloutProgress(fixture('canary_progressing_setWeightStep'));
    expect(p).toMatchObject({ stepIndex: 3, steps: 4, weight: 40, paused: false });
  });

  it('a canary that executed all steps', () => {
    const p = rolloutProgress(fixture('canary_healthy_executedAllSteps'));
    expect(describeRollout(p)).toMatch(/all \d+ steps done, weight 100%/);
  });

  it('a blue-green rollout has no weight', () => {
    expect(rolloutProgress(fixture('bluegreen_healthy_servingActiveService'))).toMatchObject({
      strategy: 'blueGreen',
      weight: undefined,
    });
  });
});
