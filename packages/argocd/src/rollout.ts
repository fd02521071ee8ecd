// Progress of an Argo Rollouts `Rollout` from its live object: which canary step, what weight,
// whether it is paused. Pure, so the fixtures from argo-cd's resource_customizations test it.

export interface RolloutProgress {
  name: string;
  strategy: 'canary' | 'blueGreen' | 'unknown';
  /** Index of the step being executed (0-based); equals `steps` when every step is done. */
  stepIndex: number;
  steps: number;
  /** Canary traffic weight in percent; undefined for blue-green. */
  weight: number | undefined;
  paused: boolean;
  phase: string;
  message: string;
  /** `status.abort`: the canary was aborted (by analysis or by hand) and traffic went back to stable. */
  aborted?: boolean;
  /** Paused until someone promotes it: a `pause: {}` step, `spec.paused`, or an inconclusive analysis. */
  gate?: boolean;
  /** AnalysisRuns the Rollout's status names (step, background, blue-green pre/post promotion). */
  analysisRuns?: string[];
  namespace?: string;
}

interface AnalysisRunStatus {
  name?: string;
}

interface RolloutObject {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    paused?: boolean;
    strategy?: {
      canary?: { steps?: { setWeight?: number; pause?: { duration?: unknown } }[] };
      blueGreen?: unknown;
    };
  };
  status?: {
    currentStepIndex?: number | string;
    pauseConditions?: { reason?: string }[];
    controllerPause?: boolean;
    abort?: boolean;
    phase?: string;
    message?: string;
    canary?: {
      currentStepAnalysisRunStatus?: AnalysisRunStatus;
      currentBackgroundAnalysisRunStatus?: AnalysisRunStatus;
    };
    blueGreen?: {
      prePromotionAnalysisRunStatus?: AnalysisRunStatus;
      postPromotionAnalysisRunStatus?: AnalysisRunStatus;
    };
  };
}

export function rolloutProgress(value: unknown): RolloutProgress {
  const obj = (value ?? {}) as RolloutObject;
  const canary = obj.spec?.strategy?.canary;
  const steps = canary?.steps ?? [];
  const rawIndex = Number(obj.status?.currentStepIndex ?? 0);
  const stepIndex = Number.isFinite(rawIndex) ? Math.min(Math.max(rawIndex, 0), steps.length) : 0;
  const paused =
    obj.spec?.paused === true ||
    obj.status?.controllerPause === true ||
    (obj.status?.pauseConditions?.length ?? 0) > 0 ||
    obj.status?.phase === 'Paused';
  // A timed `pause: {duration}` resumes by itself; only an open-ended one waits for a person.
  const step = steps[stepIndex];
  const gate =
    paused &&
    (obj.spec?.paused === true ||
      (step?.pause !== undefined && step.pause.duration === undefined) ||
      (obj.status?.pauseConditions ?? []).some((c) => c.reason !== 'CanaryPauseStep'));
  return {
    name: obj.metadata?.name ?? 'rollout',
    strategy: canary ? 'canary' : obj.spec?.strategy?.blueGreen ? 'blueGreen' : 'unknown',
    stepIndex,
    steps: steps.length,
    weight: canary ? canaryWeight(steps, stepIndex) : undefined,
    paused,
    phase: obj.status?.phase ?? '',
    message: obj.status?.message ?? '',
    aborted: obj.status?.abort === true,
    gate,
    analysisRuns: analysisRunNames(obj),
    namespace: obj.metadata?.namespace,
  };
}

function analysisRunNames(obj: RolloutObject): string[] {
  const s = obj.status;
  const names = [
    s?.canary?.currentStepAnalysisRunStatus?.name,
    s?.canary?.currentBackgroundAnalysisRunStatus?.name,
    s?.blueGreen?.prePromotionAnalysisRunStatus?.name,
    s?.blueGreen?.postPromotionAnalysisRunStatus?.name,
  ];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))];
}

/** The weight set by the last `setWeight` step already reached; 100 once all steps ran. */
function canaryWeight(steps: { setWeight?: number }[], stepIndex: number): number {
  if (stepIndex >= steps.length) return 100;
  let weight = 0;
  for (let i = 0; i <= stepIndex; i++) {
    const w = steps[i]?.setWeight;
    if (typeof w === 'number') weight = w;
  }
  return weight;
}

export function describeRollout(p: RolloutProgress): string {
  const parts = [`Rollout ${p.name}`];
  if (p.steps > 0) {
    parts.push(
      p.stepIndex >= p.steps ? `all ${p.steps} steps done` : `step ${p.stepIndex + 1} of ${p.steps}`,
    );
  }
  if (p.weight !== undefined) parts.push(`weight ${p.weight}%`);
  if (p.aborted) parts.push('aborted');
  else if (p.paused) parts.push('paused');
  if (p.message && p.message !== p.phase) parts.push(p.message);
  return parts.join(', ');
}
