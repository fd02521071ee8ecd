// One Argo CD application as the stand-in's controller sees it: compare the app's path at the
// branch head, run sync operations, and walk health from Progressing to its scripted end. Time
// is passed in, so every transition happens on the reconcile tick that observes it; with
// `holdUntilSent`, a passing state also waits until clients were sent it, so a slow client
// cannot miss it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ArgoRolloutScript {
  /** A Rollout YAML, e.g. `<fixtures>/argocd/rollouts/canary_progressing_setWeightStep.yaml`. */
  fixture: string;
  /** Time per canary step. */
  stepMs: number;
  /** Stop at the first `pause: {}` step (health Suspended) until `promote()` is called. */
  pauseIndefinitely?: boolean;
  /**
   * A step analysis that fails once the canary reaches step `failAtStep` (0-based): the Rollout aborts
   * (status.abort, Degraded) and names its AnalysisRun, whose metric `metric` has failed measurements.
   */
  analysis?: { failAtStep: number; metric?: string; values?: string[] };
}

export interface ArgoAppBehaviour {
  /** How long a sync operation runs; default 150 ms. */
  syncMs?: number;
  /** How long health stays Progressing after a sync; default 150 ms. */
  progressMs?: number;
  /** The health reached after Progressing; `{ degradedForMs }` is Degraded for a while, then Healthy. */
  health?: 'healthy' | 'degraded' | { degradedForMs: number };
  /** Every sync operation fails with this message. */
  syncFailure?: string;
  /** Auto-sync on (default) or off (apps that need `sync: true`, like prod). */
  autoSync?: boolean;
  rollout?: ArgoRolloutScript;
  /**
   * Progressing, and a passing Degraded, last until the app was sent to clients this many times while
   * in that state (GET, list and sync answers, stream events), besides their time: a test then asserts
   * what the client did with a state it was certain to see, however slowly the client started. While
   * held, every controller pass resends the app on open streams, as Argo CD does when only
   * `reconciledAt` moved, so a held state never waits on a client that is only listening.
   */
  holdUntilSent?: number;
  /** Every watch connection for this app is cut after this many events. */
  dropStreamAfter?: number;
  /** The health message while Progressing or Degraded, instead of the usual one (e.g. text holding `::` lines). */
  healthMessage?: string;
  /** Source Hydrator apps: how long hydrating a new dry commit takes (default 100 ms); a lagging hydrator. */
  hydrateMs?: number;
  /** Source Hydrator apps: hydrating a new dry commit fails with this message (`currentOperation.phase: Failed`). */
  hydrationFailure?: string;
  /** `status.conditions`, as Argo CD reports comparison and spec errors. */
  conditions?: { type: string; message: string }[];
}

export interface ArgoAppConfig {
  name: string;
  /** Namespace of the Application object; default `argocd` (the control-plane namespace). */
  namespace?: string;
  project?: string;
  /** `owner/name` of a bare repository under the stand-in's gitRoot. */
  repo: string;
  path: string;
  branch?: string;
  behaviour?: ArgoAppBehaviour;
  /**
   * `spec.sourceHydrator`: `repo`, `path` and `branch` become the dry source; the hydrator commits the
   * rendered path to `syncBranch` under `syncPath`, and the app syncs from there.
   */
  hydrator?: { syncBranch: string; syncPath: string };
}

/** `v1alpha1HydrateOperation`, times in ms. */
interface HydrateOp {
  drySHA: string;
  hydratedSHA?: string;
  phase: 'Hydrating' | 'Failed' | 'Hydrated';
  message: string;
  startedAt: number;
  finishedAt?: number;
}

interface Operation {
  revision: string;
  startedAt: number;
  initiatedBy: { automated?: boolean; username?: string };
}

type Json = Record<string, unknown>;

const iso = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export class AppModel {
  readonly name: string;
  readonly namespace: string;
  behaviour: ArgoAppBehaviour;
  resourceVersion = 1;
  /** Revision at the branch head as last compared. */
  target = '';
  /** Revision the live state was synced to. */
  deployed = '';
  private operation: Operation | undefined;
  private lastOp: Json | undefined;
  private failedRevision = '';
  private readonly history: Json[] = [];
  private healthStartedAt: number | undefined;
  private health = { status: 'Healthy', message: '', since: 0 };
  /** When the walk entered its current health, and how often clients were sent the app since. */
  private phase = { since: 0, sent: 0 };
  private reconciledAt: number;
  private readonly created: number;
  private rolloutStep = 0;
  private promoted = false;
  private rolloutObject: Json | undefined;
  /** The canary was aborted: by its analysis, or by the `abort` resource action. */
  private aborted: 'analysis' | 'action' | undefined;
  /** The Source Hydrator's operations: the latest, the last that succeeded, and the dry head it last saw. */
  private hydration: { current?: HydrateOp; last?: HydrateOp; compared?: string } = {};
  /** Whether an automated sync may start now (the project's sync windows); set by the server. */
  autoSyncAllowed: () => boolean = () => true;

  constructor(
    readonly config: ArgoAppConfig,
    readonly repoUrl: string,
    now: number,
  ) {
    this.name = config.name;
    this.namespace = config.namespace ?? 'argocd';
    this.behaviour = config.behaviour ?? {};
    this.created = now;
    this.reconciledAt = now;
    if (this.behaviour.rollout) {
      this.rolloutObject = parse(readFileSync(this.behaviour.rollout.fixture, 'utf8')) as Json;
    }
  }

  get key(): string {
    return `${this.namespace}/${this.name}`;
  }

  get running(): boolean {
    return this.operation !== undefined;
  }

  /** A new comparison against the branch head; auto-sync starts an operation when out of sync. */
  compare(head: string, now: number): void {
    this.reconciledAt = now;
    if (this.target === '') {
      // First sight: the app was already deployed at the head before the stand-in started.
      this.target = head;
      this.deployed = head;
      this.history.push(this.historyEntry(head, now, now, { automated: true }));
      return;
    }
    this.target = head;
    this.autoSync(now);
  }

  /** Argo CD retries an automated sync on every pass while the app is out of sync (a window may have closed it). */
  autoSync(now: number): void {
    const autoSync = this.behaviour.autoSync ?? true;
    const head = this.target;
    if (
      autoSync &&
      !this.operation &&
      this.deployed !== head &&
      this.failedRevision !== head &&
      this.autoSyncAllowed()
    ) {
      this.startSync(head, now, { automated: true });
    }
  }

  /** Starts a sync to the compared head; false when one is already running (Argo CD answers 400). */
  startSync(revision: string, now: number, initiatedBy: Operation['initiatedBy']): boolean {
    if (this.operation) return false;
    this.operation = { revision, startedAt: now, initiatedBy };
    this.lastOp = undefined;
    return true;
  }

  promote(): void {
    this.promoted = true;
  }

  /** The `abort` resource action: traffic back to stable, the Rollout Degraded until retried. */
  abortRollout(now: number): void {
    this.aborted ??= 'action';
    this.setHealth('Degraded', this.abortMessage(), now);
  }

  /** The hydrator saw the dry branch at `dry`: a new commit starts a hydration. */
  noteDry(dry: string, now: number): void {
    if (this.hydration.compared === dry) return;
    this.hydration.compared = dry;
    this.hydration.current = { drySHA: dry, phase: 'Hydrating', message: '', startedAt: now };
  }

  /** What the running hydration does now: nothing yet, fail, or write its hydrated commit. */
  hydrationDue(now: number): 'fail' | 'write' | undefined {
    const op = this.hydration.current;
    if (op?.phase !== 'Hydrating' || now - op.startedAt < (this.behaviour.hydrateMs ?? 100)) return undefined;
    return this.behaviour.hydrationFailure ? 'fail' : 'write';
  }

  /** The dry commit being hydrated. */
  get hydrating(): string | undefined {
    const op = this.hydration.current;
    return op?.phase === 'Hydrating' ? op.drySHA : undefined;
  }

  failHydration(now: number): void {
    const op = this.hydration.current;
    if (op) Object.assign(op, { phase: 'Failed', message: this.behaviour.hydrationFailure, finishedAt: now });
  }

  finishHydration(hydratedSHA: string, now: number): void {
    const op = this.hydration.current;
    if (!op) return;
    Object.assign(op, { phase: 'Hydrated', hydratedSHA, message: '', finishedAt: now });
    this.hydration.last = { ...op };
  }

  /** A client was sent the app's current state. */
  delivered(): void {
    this.phase.sent++;
  }

  /** A passing health still waits for deliveries (`holdUntilSent`). */
  get holding(): boolean {
    const hold = this.behaviour.rollout ? 0 : (this.behaviour.holdUntilSent ?? 0);
    return this.healthStartedAt !== undefined && this.phase.sent < hold;
  }

  /** Moves time-driven state forward: finishes operations, walks health and canary steps. */
  advance(now: number): void {
    const op = this.operation;
    if (op && now - op.startedAt >= (this.behaviour.syncMs ?? 150)) this.finishSync(op, now);
    if (this.healthStartedAt !== undefined) this.walkHealth(now - this.healthStartedAt, now);
  }

  private finishSync(op: Operation, now: number): void {
    this.operation = undefined;
    const failure = this.behaviour.syncFailure;
    const workload = this.workloadKind();
    const resource = {
      group: workload.group,
      version: workload.version,
      kind: workload.kind,
      namespace: this.config.name,
      name: this.config.name,
      syncPhase: 'Sync',
    };
    const base = {
      operation: { sync: { revision: op.revision }, initiatedBy: op.initiatedBy },
      startedAt: iso(op.startedAt),
      finishedAt: iso(now),
    };
    if (failure) {
      this.failedRevision = op.revision;
      this.lastOp = {
        ...base,
        phase: 'Failed',
        message: `one or more objects failed to apply, reason: ${failure}`,
        syncResult: {
          revision: op.revision,
          source: this.source(),
          resources: [{ ...resource, status: 'SyncFailed', message: failure, hookPhase: 'Failed' }],
        },
      };
      return;
    }
    this.deployed = op.revision;
    // Argo CD's controller compares the app again as soon as an operation completes.
    this.reconciledAt = now;
    this.lastOp = {
      ...base,
      phase: 'Succeeded',
      message: 'successfully synced (all tasks run)',
      syncResult: {
        revision: op.revision,
        source: this.source(),
        resources: [
          {
            ...resource,
            status: 'Synced',
            message: `${workload.kind.toLowerCase()}.${workload.group}/${this.config.name} configured`,
            hookPhase: 'Running',
          },
        ],
      },
    };
    this.history.push(this.historyEntry(op.revision, op.startedAt, now, op.initiatedBy));
    this.healthStartedAt = now;
    this.rolloutStep = 0;
    this.promoted = false;
    this.aborted = undefined;
    this.enterPhase(
      'Progressing',
      this.behaviour.healthMessage ??
        `Waiting for rollout to finish: 0 of 1 updated replicas are available...`,
      now,
    );
  }

  /** Progressing for `progressMs`, then Healthy, Degraded for good, or Degraded for `degradedForMs`. */
  private walkHealth(elapsed: number, now: number): void {
    const rollout = this.behaviour.rollout;
    if (rollout) return this.walkRollout(rollout, elapsed, now);
    if (this.holding) return;
    const inPhase = now - this.phase.since;
    const health = this.behaviour.health ?? 'healthy';
    if (this.health.status === 'Progressing') {
      if (inPhase < (this.behaviour.progressMs ?? 150)) return;
      if (health === 'healthy') return this.settleHealthy(now);
      const message =
        this.behaviour.healthMessage ?? `Deployment "${this.config.name}" exceeded its progress deadline`;
      this.enterPhase('Degraded', message, now);
    } else if (typeof health === 'object' && inPhase >= health.degradedForMs) {
      this.settleHealthy(now);
    }
  }

  private enterPhase(status: string, message: string, now: number): void {
    this.setHealth(status, message, now);
    this.phase = { since: now, sent: 0 };
  }

  private settleHealthy(now: number): void {
    this.enterPhase('Healthy', '', now);
    this.healthStartedAt = undefined;
  }

  private walkRollout(script: ArgoRolloutScript, elapsed: number, now: number): void {
    if (this.aborted) return this.setHealth('Degraded', this.abortMessage(), now);
    const steps = this.canarySteps();
    let index = Math.min(Math.floor(elapsed / script.stepMs), steps.length);
    const gate =
      script.pauseIndefinitely && !this.promoted ? steps.findIndex((s) => isIndefinitePause(s)) : -1;
    if (gate >= 0 && index >= gate) index = gate;
    const failAt = script.analysis?.failAtStep;
    if (failAt !== undefined && index >= failAt) {
      this.rolloutStep = failAt;
      this.aborted = 'analysis';
      return this.setHealth('Degraded', this.abortMessage(), now);
    }
    this.rolloutStep = index;
    if (index >= steps.length) {
      this.settleHealthy(now);
    } else if (gate >= 0 && index === gate) {
      this.setHealth('Suspended', 'Rollout is paused', now);
    } else {
      this.setHealth('Progressing', `Rollout step ${index + 1} of ${steps.length}`, now);
    }
  }

  private abortMessage(): string {
    const metric = this.behaviour.rollout?.analysis?.metric ?? 'success-rate';
    const why =
      this.aborted === 'analysis'
        ? `: Metric "${metric}" assessed Failed due to failed (2) > failureLimit (1)`
        : '';
    return `Rollout aborted update to revision 2${why}`;
  }

  private get analysisRunName(): string {
    return `${this.name}-${this.deployed.slice(0, 10)}-2-1`;
  }

  private setHealth(status: string, message: string, now: number): void {
    if (this.health.status === status && this.health.message === message) return;
    this.health = { status, message, since: this.health.status === status ? this.health.since : now };
  }

  private canarySteps(): Json[] {
    const spec = this.rolloutObject?.['spec'] as { strategy?: { canary?: { steps?: Json[] } } } | undefined;
    return spec?.strategy?.canary?.steps ?? [];
  }

  private workloadKind(): { group: string; version: string; kind: string } {
    return this.behaviour.rollout
      ? { group: 'argoproj.io', version: 'v1alpha1', kind: 'Rollout' }
      : { group: 'apps', version: 'v1', kind: 'Deployment' };
  }

  /** The source Argo CD syncs from: the hydrator's sync branch for a hydrator app. */
  private source(): Json {
    const hydrator = this.config.hydrator;
    if (hydrator)
      return { repoURL: this.repoUrl, path: hydrator.syncPath, targetRevision: hydrator.syncBranch };
    return { repoURL: this.repoUrl, path: this.config.path, targetRevision: this.config.branch ?? 'main' };
  }

  /** `v1alpha1SourceHydrator`: the dry source, and where hydrated manifests are committed and synced from. */
  private sourceHydrator(): Json | undefined {
    const hydrator = this.config.hydrator;
    if (!hydrator) return undefined;
    return {
      drySource: {
        repoURL: this.repoUrl,
        path: this.config.path,
        targetRevision: this.config.branch ?? 'main',
      },
      syncSource: { targetBranch: hydrator.syncBranch, path: hydrator.syncPath },
    };
  }

  /** `v1alpha1SourceHydratorStatus`; the last successful operation carries no times in Argo CD's API. */
  private hydratorStatus(): Json {
    const spec = this.sourceHydrator();
    const { current, last, compared } = this.hydration;
    const op = (o: HydrateOp): Json => ({
      drySHA: o.drySHA,
      ...(o.hydratedSHA ? { hydratedSHA: o.hydratedSHA } : {}),
      phase: o.phase,
      ...(o.message ? { message: o.message } : {}),
      startedAt: iso(o.startedAt),
      ...(o.finishedAt !== undefined ? { finishedAt: iso(o.finishedAt) } : {}),
      sourceHydrator: spec,
    });
    return {
      ...(compared ? { lastComparedDryRevision: compared } : {}),
      ...(current ? { currentOperation: op(current) } : {}),
      ...(last
        ? {
            lastSuccessfulOperation: {
              drySHA: last.drySHA,
              hydratedSHA: last.hydratedSHA,
              sourceHydrator: spec,
            },
          }
        : {}),
    };
  }

  private historyEntry(
    revision: string,
    started: number,
    now: number,
    initiatedBy: Operation['initiatedBy'],
  ): Json {
    return {
      id: this.history.length,
      revision,
      source: this.source(),
      deployStartedAt: iso(started),
      deployedAt: iso(now),
      initiatedBy,
    };
  }

  /** The `v1alpha1Application` a real server would return. */
  toJSON(): Json {
    const destination = { server: 'https://kubernetes.default.svc', namespace: this.config.name };
    const synced = this.target !== '' && this.target === this.deployed;
    const workload = this.workloadKind();
    const app: Json = {
      metadata: {
        name: this.name,
        namespace: this.namespace,
        uid: `00000000-0000-4000-8000-${Buffer.from(this.key).toString('hex').slice(0, 12).padEnd(12, '0')}`,
        resourceVersion: String(this.resourceVersion),
        generation: 1,
        creationTimestamp: iso(this.created),
      },
      spec: {
        project: this.config.project ?? 'default',
        // Argo CD refuses `source` next to `sourceHydrator`.
        ...(this.config.hydrator ? { sourceHydrator: this.sourceHydrator() } : { source: this.source() }),
        destination,
        syncPolicy: (this.behaviour.autoSync ?? true) ? { automated: { prune: true, selfHeal: true } } : {},
      },
      status: {
        sync: {
          status: synced ? 'Synced' : 'OutOfSync',
          revision: this.target,
          comparedTo: { source: this.source(), destination },
        },
        health: { status: this.health.status, lastTransitionTime: iso(this.health.since || this.created) },
        history: this.history,
        reconciledAt: iso(this.reconciledAt),
        resources: [
          {
            ...workload,
            namespace: this.config.name,
            name: this.config.name,
            status: synced ? 'Synced' : 'OutOfSync',
            health: {
              status: this.health.status,
              ...(this.health.message ? { message: this.health.message } : {}),
            },
          },
        ],
        sourceType: 'Directory',
        controllerNamespace: 'argocd',
        summary: {},
      },
    };
    const status = app['status'] as Json;
    if (this.config.hydrator) status['sourceHydrator'] = this.hydratorStatus();
    if (this.behaviour.conditions) {
      const since = iso(this.created);
      status['conditions'] = this.behaviour.conditions.map((c) => ({ ...c, lastTransitionTime: since }));
    }
    if (this.operation) {
      const op = { sync: { revision: this.operation.revision }, initiatedBy: this.operation.initiatedBy };
      app['operation'] = op;
      status['operationState'] = {
        operation: op,
        phase: 'Running',
        message: 'one or more tasks are running',
        startedAt: iso(this.operation.startedAt),
      };
    } else if (this.lastOp) {
      status['operationState'] = this.lastOp;
    }
    return app;
  }

  /** Nodes of `v1alpha1ApplicationTree`: the workload, its ReplicaSet and one Pod. */
  tree(): Json {
    const ns = this.config.name;
    const workload = this.workloadKind();
    const degraded = this.health.status === 'Degraded';
    const health = {
      status: this.health.status,
      ...(this.health.message ? { message: this.health.message } : {}),
    };
    const podHealth = degraded
      ? {
          status: 'Degraded',
          message: `back-off 5m0s restarting failed container=app pod=${this.name}-7d9f-abcde`,
        }
      : { status: this.health.status === 'Suspended' ? 'Healthy' : this.health.status };
    return {
      nodes: [
        { ...workload, namespace: ns, name: this.name, uid: `${this.name}-w`, health },
        {
          group: 'apps',
          version: 'v1',
          kind: 'ReplicaSet',
          namespace: ns,
          name: `${this.name}-7d9f`,
          uid: `${this.name}-rs`,
          parentRefs: [{ ...workload, namespace: ns, name: this.name, uid: `${this.name}-w` }],
          health: { status: degraded ? 'Progressing' : podHealth.status },
        },
        {
          group: '',
          version: 'v1',
          kind: 'Pod',
          namespace: ns,
          name: `${this.name}-7d9f-abcde`,
          uid: `${this.name}-pod`,
          parentRefs: [
            {
              group: 'apps',
              kind: 'ReplicaSet',
              namespace: ns,
              name: `${this.name}-7d9f`,
              uid: `${this.name}-rs`,
            },
          ],
          health: podHealth,
          images: [`ghcr.io/acme/${this.name}:${this.deployed.slice(0, 7)}`],
        },
        ...(this.aborted === 'analysis'
          ? [
              {
                group: 'argoproj.io',
                version: 'v1alpha1',
                kind: 'AnalysisRun',
                namespace: ns,
                name: this.analysisRunName,
                uid: `${this.name}-ar`,
                parentRefs: [{ ...workload, namespace: ns, name: this.name, uid: `${this.name}-w` }],
                health: { status: 'Degraded', message: 'Metric assessed Failed' },
              },
            ]
          : []),
      ],
    };
  }

  /** The live object of a managed resource, as `GET .../resource` returns it (`manifest` is JSON text). */
  liveManifest(kind: string, name: string): Json | undefined {
    if (kind === 'AnalysisRun' && name === this.analysisRunName && this.aborted === 'analysis') {
      return this.analysisRun();
    }
    if (name !== this.name) return undefined;
    if (kind === 'Rollout' && this.rolloutObject) return this.liveRollout();
    if (kind === 'AnalysisRun' && this.aborted === 'analysis') return this.analysisRun();
    if (kind === 'Deployment' && !this.rolloutObject) {
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: this.name, namespace: this.config.name },
        status: { replicas: 1, readyReplicas: this.health.status === 'Healthy' ? 1 : 0 },
      };
    }
    return undefined;
  }

  private analysisRun(): Json {
    const analysis = this.behaviour.rollout?.analysis;
    const values = analysis?.values ?? ['[0.42]', '[0.51]'];
    return analysisRunObject(
      this.analysisRunName,
      this.config.name,
      analysis?.metric ?? 'success-rate',
      values,
      this.health.since,
    );
  }

  private liveRollout(): Json {
    const base = this.rolloutObject ?? {};
    const steps = this.canarySteps();
    const done = this.rolloutStep >= steps.length;
    const paused = this.health.status === 'Suspended';
    const status: Json = {
      ...((base['status'] as Json | undefined) ?? {}),
      currentStepIndex: this.rolloutStep,
      phase: done ? 'Healthy' : paused ? 'Paused' : 'Progressing',
      message: done ? '' : paused ? 'CanaryPauseStep' : `more replicas need to be updated`,
    };
    if (this.aborted) {
      Object.assign(status, {
        abort: true,
        phase: 'Degraded',
        message: `RolloutAborted: ${this.abortMessage()}`,
      });
    }
    if (this.aborted === 'analysis') {
      const canary = (status['canary'] as Json | undefined) ?? {};
      status['canary'] = {
        ...canary,
        currentStepAnalysisRunStatus: {
          name: this.analysisRunName,
          status: 'Failed',
          message: 'Metric assessed Failed',
        },
      };
    }
    if (paused)
      status['pauseConditions'] = [{ reason: 'CanaryPauseStep', startTime: iso(this.health.since) }];
    else delete status['pauseConditions'];
    delete status['controllerPause'];
    return {
      ...base,
      metadata: { ...(base['metadata'] ?? {}), name: this.name },
      status,
    };
  }
}

/** An AnalysisRun as Argo Rollouts writes one whose metric failed (argoproj.io/v1alpha1, status.metricResults). */
function analysisRunObject(
  name: string,
  namespace: string,
  metric: string,
  values: string[],
  at: number,
): Json {
  const measurements = values.map((value, i) => ({
    phase: 'Failed',
    value,
    startedAt: iso(at + i * 60_000),
    finishedAt: iso(at + i * 60_000 + 1000),
  }));
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AnalysisRun',
    metadata: { name, namespace },
    spec: {
      metrics: [
        {
          name: metric,
          interval: '1m',
          failureLimit: 1,
          successCondition: 'result[0] >= 0.95',
          provider: {
            prometheus: { address: 'http://prometheus.monitoring:9090', query: 'sum(rate(ok[1m]))' },
          },
        },
      ],
    },
    status: {
      phase: 'Failed',
      message: `Metric "${metric}" assessed Failed due to failed (${values.length}) > failureLimit (1)`,
      startedAt: iso(at),
      metricResults: [
        {
          name: metric,
          phase: 'Failed',
          count: values.length,
          failed: values.length,
          measurements,
        },
      ],
    },
  };
}

function isIndefinitePause(step: Json): boolean {
  const pause = step['pause'] as Json | undefined;
  return pause !== undefined && pause['duration'] === undefined;
}
