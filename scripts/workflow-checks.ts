// Checks over workflow files beyond actionlint: pinned third-party actions (17.2) and the security
// rules of 17.3. Pure functions over workflow text; the caller supplies the files. Used by
// scripts/validate-workflows.mjs (npm run lint:workflows) and __tests__/workflow-security.test.ts.
import { LineCounter, isScalar, parse, parseDocument, visit } from 'yaml';

/** This repository: its own actions and workflows are pinned by the release, not by this check. */
export const SELF_REPOSITORY = 'gitops-actions/gitops-actions';

export type CheckName =
  | 'pin'
  | 'pin-drift'
  | 'run-expression'
  | 'untrusted-checkout'
  | 'permissions'
  | 'persist-credentials'
  | 'secrets-inherit';

export interface Finding {
  check: CheckName;
  /** `<file> job <id> step <n>` */
  where: string;
  message: string;
}

type Level = 'none' | 'read' | 'write';
export type Grants = Record<string, Level>;
type Permissions = Grants | 'read-all' | 'write-all';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Permissions;
  uses?: string;
  secrets?: Record<string, unknown> | 'inherit';
  env?: Record<string, unknown>;
  steps?: Step[];
}
export interface Workflow {
  on?: unknown;
  permissions?: Permissions;
  jobs?: Record<string, Job>;
}

export type UsesKind = 'local' | 'self' | 'docker' | 'third-party';

/** `./…` is this checkout, `gitops-actions/gitops-actions[/…]@…` this repository, `docker://` an image. */
export function usesKind(uses: string): UsesKind {
  if (uses.startsWith('./')) return 'local';
  if (uses.startsWith('docker://')) return 'docker';
  const name = uses.split('@')[0]!.toLowerCase();
  return name === SELF_REPOSITORY || name.startsWith(`${SELF_REPOSITORY}/`) ? 'self' : 'third-party';
}

export interface UsesRef {
  where: string;
  uses: string;
  /** The comment after the value on the same line, without `#`. */
  comment: string | undefined;
}

/**
 * Every `uses:` in a workflow text or fragment (a job, a list of steps: the README's snippets), with
 * the comment that follows it on its line, located as `<file>:<line>`.
 */
export function usesOf(text: string, file: string): UsesRef[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const refs: UsesRef[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return;
      const { value, comment, range } = pair.value;
      if (typeof value !== 'string') return;
      const where = `${file}:${lines.linePos(range?.[0] ?? 0).line}`;
      refs.push({ where, uses: value, comment: comment?.trim() });
    },
  });
  return refs;
}

const FULL_SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/;

/** (17.2) Third-party actions by 40-hex commit SHA with a `# vX.Y.Z` comment; images by digest. */
export function pinFindings(text: string, file: string): Finding[] {
  return usesOf(text, file).flatMap(({ where, uses, comment }): Finding[] => {
    const kind = usesKind(uses);
    if (kind === 'docker') {
      return IMAGE_DIGEST.test(uses)
        ? []
        : [{ check: 'pin', where, message: `${uses}: pin the image by digest (@sha256:…)` }];
    }
    if (kind !== 'third-party') return [];
    const ref = uses.includes('@') ? uses.slice(uses.lastIndexOf('@') + 1) : '';
    if (!FULL_SHA.test(ref)) {
      return [
        {
          check: 'pin',
          where,
          message: `${uses}: pin to the full 40-hex commit SHA of a release, with its tag in a comment (\`@<sha> # v1.2.3\`)`,
        },
      ];
    }
    if (comment === undefined || !VERSION_COMMENT.test(comment)) {
      return [
        {
          check: 'pin',
          where,
          message: `${uses}: add the release the SHA is, as \`# vX.Y.Z\` after it (Dependabot updates both)`,
        },
      ];
    }
    return [];
  });
}

/** One action, one pin: an example or snippet lagging the workflows' SHA is a pin Dependabot missed. */
export function pinDriftFindings(files: Array<[file: string, text: string]>): Finding[] {
  const first = new Map<string, UsesRef>();
  const found: Finding[] = [];
  for (const [file, text] of files) {
    for (const ref of usesOf(text, file)) {
      if (usesKind(ref.uses) !== 'third-party' || !ref.uses.includes('@')) continue;
      const name = ref.uses.slice(0, ref.uses.lastIndexOf('@')).toLowerCase();
      const seen = first.get(name);
      if (!seen) first.set(name, ref);
      else if (seen.uses !== ref.uses || seen.comment !== ref.comment) {
        found.push({
          check: 'pin-drift',
          where: ref.where,
          message: `${ref.uses} # ${ref.comment ?? ''}: ${seen.where} pins ${seen.uses} # ${seen.comment ?? ''}; use one pin`,
        });
      }
    }
  }
  return found;
}

/** The ```yaml blocks of a Markdown text. */
export function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

/** A YAML scalar as the runner reads it into a string input; anything else as empty. */
const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
const jobsOf = (workflow: Workflow): Array<[string, Job]> => Object.entries(workflow.jobs ?? {});
const stepsOf = (job: Job): Array<[number, Step]> =>
  (job.steps ?? []).map((step, i): [number, Step] => [i + 1, step]);
const actionName = (uses: string): string => uses.split('@')[0]!.toLowerCase();
const isCheckout = (step: Step): boolean =>
  step.uses !== undefined && actionName(step.uses) === 'actions/checkout';

/**
 * Expressions a `run:` script may expand in place: values the runner or this repository's own
 * actions produce, never free text. Everything else goes through `env:` and is read as "$NAME".
 */
const SAFE_IN_RUN = [
  /^github\.(run_id|run_number|run_attempt|sha|workspace|action_path|server_url|api_url)$/,
  /^runner\.(temp|os|arch)$/,
  /^job\.status$/,
];
/** Contexts anyone who can open a pull request, issue or comment controls (named in the finding). */
const UNTRUSTED =
  /github\.(head_ref|event\.(issue|pull_request|comment|review|review_comment|discussion|pages|commits|head_commit|workflow_run)\b)|inputs\.|secrets\./;

function expressionProblem(expression: string, ownSteps: Set<string>): string | null {
  const outputOf = /^steps\.([A-Za-z0-9_-]+)\.outputs\.[A-Za-z0-9_-]+$/.exec(expression);
  if (outputOf && ownSteps.has(outputOf[1]!)) return null;
  if (SAFE_IN_RUN.some((safe) => safe.test(expression))) return null;
  return UNTRUSTED.test(expression)
    ? 'untrusted or secret text expanded into the script'
    : 'not on the allow-list of expressions a script may expand';
}

/** (17.3a) No `${{ }}` inside `run:` (or github-script's `script:`) beyond the allow-list. */
export function runExpressionFindings(workflow: Workflow, file: string): Finding[] {
  return jobsOf(workflow).flatMap(([id, job]) => {
    const ownSteps = new Set(
      (job.steps ?? [])
        .filter((s) => s.id !== undefined && s.uses !== undefined && usesKind(s.uses) !== 'third-party')
        .map((s) => s.id!),
    );
    return stepsOf(job).flatMap(([n, step]) => {
      const script =
        step.run ?? (step.uses && actionName(step.uses) === 'actions/github-script' ? step.with?.script : '');
      return [...scalar(script).matchAll(/\$\{\{([\s\S]*?)\}\}/g)].flatMap((m): Finding[] => {
        const expression = m[1]!.trim();
        const problem = expressionProblem(expression, ownSteps);
        if (problem === null) return [];
        return [
          {
            check: 'run-expression',
            where: `${file} job ${id} step ${n}`,
            message: `\${{ ${expression} }} in the script: ${problem}; set it in the step's env: and read "$NAME"`,
          },
        ];
      });
    });
  });
}

const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
const HEAD_REF =
  /github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\//;

function triggersOf(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on !== null && typeof on === 'object' ? Object.keys(on) : [];
}

/** (17.3b) A privileged trigger (secrets, a write token) never checks out the pull request's code. */
export function untrustedCheckoutFindings(workflow: Workflow, file: string): Finding[] {
  const privileged = triggersOf(workflow.on).filter((t) => PRIVILEGED_TRIGGERS.includes(t));
  if (privileged.length === 0) return [];
  return jobsOf(workflow).flatMap(([id, job]) =>
    stepsOf(job)
      .filter(([, step]) => {
        if (isCheckout(step))
          return HEAD_REF.test(`${scalar(step.with?.ref)} ${scalar(step.with?.repository)}`);
        const env = JSON.stringify({ ...job.env, ...step.env });
        const fetches = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|switch|pull|clone)\b/.test(
          step.run ?? '',
        );
        return fetches && HEAD_REF.test(`${step.run ?? ''} ${env}`);
      })
      .map(([n]) => ({
        check: 'untrusted-checkout' as const,
        where: `${file} job ${id} step ${n}`,
        message: `checks out the pull request's code under ${privileged.join(', ')}, which runs with secrets and a write token; build untrusted code in a pull_request workflow`,
      })),
  );
}

const pushesWithGit = (job: Job): boolean =>
  (job.steps ?? []).some((s) => /\bgit\b[^\n]*\bpush\b/.test(s.run ?? ''));

/** (17.3d) A checkout in a job that does not push leaves no token in .git/config. */
export function persistCredentialsFindings(workflow: Workflow, file: string): Finding[] {
  return jobsOf(workflow)
    .filter(([, job]) => !pushesWithGit(job))
    .flatMap(([id, job]) =>
      stepsOf(job)
        .filter(([, step]) => isCheckout(step) && scalar(step.with?.['persist-credentials']) !== 'false')
        .map(([n]) => ({
          check: 'persist-credentials' as const,
          where: `${file} job ${id} step ${n}`,
          message:
            'actions/checkout keeps the job token in .git/config for every later step; this job does not push: set persist-credentials: false',
        })),
    );
}

/** (17.3e) Secrets are handed one by one to a workflow outside this repository, never all of them. */
export function secretsInheritFindings(workflow: Workflow, file: string): Finding[] {
  return jobsOf(workflow)
    .filter(([, job]) => job.secrets === 'inherit' && job.uses && usesKind(job.uses) === 'third-party')
    .map(([id, job]) => ({
      check: 'secrets-inherit' as const,
      where: `${file} job ${id}`,
      message: `secrets: inherit hands every secret of the repository to ${job.uses}; pass the ones it declares by name`,
    }));
}

/** Parses a workflow text (for callers that hold text). */
export const parseWorkflow = (text: string): Workflow => (parse(text) ?? {}) as Workflow;

/**
 * What each action may use of the job token (`may`) and cannot work without (`must`). A job grants
 * nothing beyond the union of its steps' `may`/`must` (and `contents: read`); an action missing
 * here is a finding, so a new action gets its line before a workflow uses it.
 */
interface Needs {
  must?: Grants;
  may?: Grants;
}
const PACKAGES_WRITE: Grants = { packages: 'write' };
export const ACTION_PERMISSIONS: Record<string, (step: Step) => Needs> = {
  'actions/checkout': () => ({ may: { contents: 'read' } }),
  'actions/setup-node': () => ({}),
  // id-token: the Sigstore signing certificate; attestations: the attestations API; packages: only
  // to write the attestation beside a GHCR image (push-to-registry).
  'actions/attest-build-provenance': (step) => ({
    must: { 'id-token': 'write', attestations: 'write' },
    may: scalar(step.with?.['push-to-registry']) === 'true' ? PACKAGES_WRITE : {},
  }),
  // The root action pushes to GHCR with the job token and, by default, bumps with it too.
  [SELF_REPOSITORY]: () => ({ may: { packages: 'write', contents: 'write' } }),
  [`${SELF_REPOSITORY}/actions/build-tag-push`]: () => ({ may: { packages: 'write' } }),
  // Every provider (aws, gcp, azure) starts from the job's GitHub OIDC token.
  [`${SELF_REPOSITORY}/actions/oidc-login`]: () => ({ must: { 'id-token': 'write' } }),
  [`${SELF_REPOSITORY}/actions/scan-gate`]: () => ({}),
  [`${SELF_REPOSITORY}/actions/changed-apps`]: () => ({ may: { contents: 'read' } }),
  // deployment-environment reports the wait as a GitHub Deployment with the job token.
  [`${SELF_REPOSITORY}/actions/wait-for-argocd`]: (step): Needs => ({
    may: scalar(step.with?.['deployment-environment']) !== '' ? { deployments: 'write' } : {},
  }),
  // They speak to the service and to the webhooks they are given; never to GitHub's API.
  [`${SELF_REPOSITORY}/actions/smoke-test`]: () => ({}),
  [`${SELF_REPOSITORY}/actions/notify`]: () => ({}),
  // Artifacts of the same run go through the runner's own token, not the job token.
  'actions/upload-artifact': () => ({}),
  'actions/download-artifact': (step): Needs => ({
    may: scalar(step.with?.['run-id']) !== '' ? { actions: 'read' } : {},
  }),
  // actions: read lets it read the run's workflow path (its analysis key) in a private repository.
  'github/codeql-action/upload-sarif': () => ({
    must: { 'security-events': 'write' },
    may: { actions: 'read', contents: 'read' },
  }),
  // Their token input defaults to the job token, which is enough for a GitOps folder in this repository.
  [`${SELF_REPOSITORY}/actions/bump-manifest`]: () => ({ may: { contents: 'write' } }),
  [`${SELF_REPOSITORY}/actions/open-promotion-pr`]: () => ({
    may: { contents: 'write', 'pull-requests': 'write' },
  }),
  // mode push commits; pr (or a mode only known at run time) opens the pull request too.
  [`${SELF_REPOSITORY}/actions/rollback`]: (step): Needs => ({
    may: ['', 'push'].includes(scalar(step.with?.['mode']))
      ? { contents: 'write' }
      : { contents: 'write', 'pull-requests': 'write' },
  }),
};

/** What a `run:` script may do with the job token, by the commands it runs. */
const RUN_PERMISSIONS: Array<[RegExp, Grants]> = [
  [/\bgit\b[^\n]*\bpush\b/, { contents: 'write' }],
  [/\bgh\s+release\b/, { contents: 'write' }],
  [/\bgh\s+pr\s+(create|edit|merge|comment|review)\b/, { contents: 'write', 'pull-requests': 'write' }],
  // A login by itself writes nothing (and may use a credential other than the job token): a push does.
  [/\b(docker|podman|buildah)\s+push\b/, { packages: 'write' }],
];

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };
const levelIn = (grants: Permissions | undefined, scope: string): Level =>
  grants === 'write-all' ? 'write' : grants === 'read-all' ? 'read' : (grants?.[scope] ?? 'none');
const raise = (into: Grants, from: Grants | undefined): void => {
  for (const [scope, level] of Object.entries(from ?? {}))
    if (RANK[level] > RANK[into[scope] ?? 'none']) into[scope] = level;
};

/** The action a `uses:` names, as a key of ACTION_PERMISSIONS (local `./x` is this repository's). */
function actionKey(uses: string): string {
  if (uses.startsWith('./')) {
    const rest = uses.slice(2).replace(/\/$/, '');
    return rest === '' ? SELF_REPOSITORY : `${SELF_REPOSITORY}/${rest}`;
  }
  return actionName(uses);
}

/** The permissions a job of steps must hold and may hold; unknown actions are reported. */
export function stepJobNeeds(job: Job): { must: Grants; may: Grants; unknown: string[] } {
  const must: Grants = {};
  const may: Grants = { contents: 'read' };
  const unknown: string[] = [];
  for (const step of job.steps ?? []) {
    if (step.uses !== undefined && !step.uses.startsWith('docker://')) {
      const needs = ACTION_PERMISSIONS[actionKey(step.uses)];
      if (!needs) unknown.push(step.uses);
      const { must: m, may: y } = needs?.(step) ?? {};
      raise(must, m);
      raise(may, m);
      raise(may, y);
    }
    for (const [command, grants] of RUN_PERMISSIONS) if (command.test(step.run ?? '')) raise(may, grants);
  }
  return { must, may, unknown };
}

/** A called workflow of this repository: every permission any of its jobs asks for. */
function calleeNeeds(callee: Workflow): Grants {
  const asked: Grants = {};
  for (const [, job] of jobsOf(callee)) {
    const perms = job.permissions ?? callee.permissions;
    if (typeof perms === 'string') raise(asked, { contents: perms === 'write-all' ? 'write' : 'read' });
    else raise(asked, perms);
  }
  return asked;
}

/** Findings for one granted permission set against what must and may be used. */
function grantProblems(granted: Permissions, must: Grants, may: Grants): string[] {
  if (typeof granted === 'string') return [`grants ${granted}; name each scope the job uses`];
  const missing = Object.entries(must)
    .filter(([scope, level]) => RANK[levelIn(granted, scope)] < RANK[level])
    .map(([scope, level]) => `needs ${scope}: ${level}, which it does not grant`);
  const broader = Object.entries(granted)
    .filter(([scope, level]) => RANK[level] > RANK[may[scope] ?? 'none'])
    .map(([scope, level]) => `grants ${scope}: ${level}, which none of its steps uses`);
  return [...missing, ...broader];
}

/**
 * (17.3c) Permissions at workflow level (nothing written there: writes belong to the job that
 * uses them) and at every job, no broader than the job's steps or called workflow use.
 * `loadWorkflow` reads a workflow of this repository by its path (`.github/workflows/x.yml`).
 */
export function permissionFindings(
  workflow: Workflow,
  file: string,
  loadWorkflow: (path: string) => Workflow | null,
): Finding[] {
  const finding = (where: string, message: string): Finding => ({ check: 'permissions', where, message });
  const found: Finding[] = [];
  const top = workflow.permissions;
  if (top === undefined)
    found.push(finding(file, 'no workflow-level permissions: add `permissions: {}` or `contents: read`'));
  else found.push(...grantProblems(top, {}, { contents: 'read' }).map((p) => finding(file, `workflow ${p}`)));
  for (const [id, job] of jobsOf(workflow)) {
    const where = `${file} job ${id}`;
    if (job.permissions === undefined) {
      found.push(finding(where, 'no job-level permissions: name what this job uses'));
      continue;
    }
    if (job.uses !== undefined) {
      const path = /^(?:\.\/|gitops-actions\/gitops-actions\/)(\.github\/workflows\/[^@]+)/i.exec(
        job.uses,
      )?.[1];
      const callee = path ? loadWorkflow(path) : null;
      if (!callee) continue; // a workflow of another repository: only its declaration is ours to check
      const asked = calleeNeeds(callee);
      found.push(...grantProblems(job.permissions, asked, asked).map((p) => finding(where, p)));
      continue;
    }
    const { must, may, unknown } = stepJobNeeds(job);
    for (const uses of unknown)
      found.push(finding(where, `${uses} has no entry in ACTION_PERMISSIONS (scripts/workflow-checks.ts)`));
    found.push(...grantProblems(job.permissions, must, may).map((p) => finding(where, p)));
  }
  return found;
}

/** Every 17.3 security check over one workflow. */
export function securityFindings(
  workflow: Workflow,
  file: string,
  loadWorkflow: (path: string) => Workflow | null,
): Finding[] {
  return [
    ...runExpressionFindings(workflow, file),
    ...untrustedCheckoutFindings(workflow, file),
    ...permissionFindings(workflow, file, loadWorkflow),
    ...persistCredentialsFindings(workflow, file),
    ...secretsInheritFindings(workflow, file),
  ];
}
