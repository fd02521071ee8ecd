/**
 * The parts of Argo CD's `v1alpha1Application` this package reads. Every field is optional because
 * Argo CD omits empty ones; the swagger (`assets/swagger.json`) is the full description.
 */
export interface AppHealth {
  status?: string;
  message?: string;
}

export interface ResourceResult {
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  status?: string;
  message?: string;
  hookPhase?: string;
  syncPhase?: string;
}

export interface OperationState {
  phase?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  operation?: { sync?: { revision?: string; revisions?: string[] } };
  syncResult?: { revision?: string; revisions?: string[]; resources?: ResourceResult[] };
}

/** `v1alpha1HydrateOperation` (current) and `v1alpha1SuccessfulHydrateOperation` (last successful, no times). */
export interface HydrateOperation {
  drySHA?: string;
  hydratedSHA?: string;
  /** `Hydrating`, `Failed` or `Hydrated`. */
  phase?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
}

/** `v1alpha1SourceHydrator`: the dry source CI pushes to, and the branch hydrated manifests are synced from. */
export interface SourceHydrator {
  drySource?: { repoURL?: string; path?: string; targetRevision?: string };
  syncSource?: { repoURL?: string; path?: string; targetBranch?: string };
  hydrateTo?: { targetBranch?: string };
}

export interface RevisionHistory {
  id?: number | string;
  revision?: string;
  revisions?: string[];
  deployedAt?: string;
  deployStartedAt?: string;
  initiatedBy?: { username?: string; automated?: boolean };
}

export interface ResourceStatus {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  status?: string;
  health?: AppHealth;
}

export interface Application {
  metadata?: {
    name?: string;
    namespace?: string;
    resourceVersion?: string;
    /** Set once a delete is requested; the app stays until its resources finalizer has pruned them. */
    deletionTimestamp?: string;
  };
  spec?: {
    project?: string;
    source?: { repoURL?: string; path?: string; targetRevision?: string };
    sources?: { repoURL?: string; path?: string; targetRevision?: string }[];
    syncPolicy?: { automated?: { enabled?: boolean } };
    sourceHydrator?: SourceHydrator;
  };
  operation?: { sync?: { revision?: string } };
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] };
    health?: AppHealth;
    operationState?: OperationState;
    history?: RevisionHistory[];
    reconciledAt?: string;
    resources?: ResourceStatus[];
    sourceHydrator?: {
      currentOperation?: HydrateOperation;
      lastSuccessfulOperation?: HydrateOperation;
      lastComparedDryRevision?: string;
    };
  };
}

export interface ResourceNode {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  health?: AppHealth;
  parentRefs?: { kind?: string; name?: string }[];
}

export interface ApplicationTree {
  nodes?: ResourceNode[];
}

/** The part of `v1alpha1AppProject` the wait reads: its sync windows, which carry their time zones. */
export interface AppProject {
  metadata?: { name?: string };
  spec?: {
    syncWindows?: {
      kind?: string;
      schedule?: string;
      duration?: string;
      timeZone?: string;
      manualSync?: boolean;
      applications?: string[];
      namespaces?: string[];
      clusters?: string[];
    }[];
  };
}

/** `name` or `namespace/name` as the user wrote it, split once. */
export interface AppRef {
  name: string;
  /** Only for apps outside the control-plane namespace (`appNamespace` query parameter). */
  namespace?: string;
}

export function appKey(ref: AppRef): string {
  return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}
