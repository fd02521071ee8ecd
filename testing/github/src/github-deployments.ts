// GitHub Deployments: create and list deployments, create and list their statuses. Answers are
// checked against the description's schemas too, and GitHub's server-side rules are modelled: a
// description over 140 characters is refused, and `auto_inactive` marks earlier successful
// deployments of the environment `inactive` (non-transient, non-production ones only, as documented).
import { resolveCommitish } from './github-git-data.js';
import {
  notFound,
  unprocessable,
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type Route,
  type RouteContext,
} from './github-routes.js';
import { nodeId, simpleUser } from './github-shapes.js';

/** GitHub's limit on a status description. */
const DESCRIPTION_LIMIT = 140;

// GitHub's ids grow with time, and clients read "earlier" from them: so do these.
let lastId = 1_000;
const nextId = (): number => ++lastId;

function deploymentJson(ctx: RouteContext, d: DeploymentRecord) {
  const repo = `${ctx.urls.api}/repos/${ctx.fullName}`;
  return {
    url: `${repo}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('DE', String(d.id)),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx.urls, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${repo}/deployments/${d.id}/statuses`,
    repository_url: repo,
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: null,
  };
}

function statusJson(ctx: RouteContext, d: DeploymentRecord, s: DeploymentStatusRecord) {
  const deployment = `${ctx.urls.api}/repos/${ctx.fullName}/deployments/${d.id}`;
  return {
    url: `${deployment}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', String(s.id)),
    state: s.state,
    creator: simpleUser(ctx.urls, s.creator),
    description: s.description,
    environment: s.environment,
    // GitHub sets target_url to log_url (the older name of the same link).
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deployment,
    repository_url: `${ctx.urls.api}/repos/${ctx.fullName}`,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  };
}

/** `per_page` and `page`, newest first, as GitHub lists deployments and statuses. */
function page<T>(ctx: RouteContext, newestFirst: T[]): T[] {
  const perPage = Number(ctx.query['per_page'] ?? 30);
  const at = Number(ctx.query['page'] ?? 1);
  return newestFirst.slice((at - 1) * perPage, at * perPage);
}

function findDeployment(ctx: RouteContext): DeploymentRecord | undefined {
  const id = Number(ctx.params['deployment_id']);
  return ctx.state.deployments.find((d) => d.id === id);
}

const createDeployment: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/deployments',
  permission: ['deployments', 'write'],
  checkResponse: true,
  async handle(ctx) {
    // The request was checked against GitHub's description, so these fields have their types.
    const b = ctx.body as {
      ref: string;
      task?: string;
      payload?: unknown;
      environment?: string;
      description?: string | null;
      transient_environment?: boolean;
      production_environment?: boolean;
    };
    const sha = await resolveCommitish(ctx.gitDir, b.ref);
    if (!sha) return unprocessable(`No ref found for: ${b.ref}`);
    const environment = b.environment ?? 'production';
    const record: DeploymentRecord = {
      id: nextId(),
      sha,
      ref: b.ref,
      task: b.task ?? 'deploy',
      payload: b.payload === undefined || b.payload === '' ? {} : b.payload,
      environment,
      originalEnvironment: environment,
      description: b.description ?? '',
      transient: b.transient_environment ?? false,
      production: b.production_environment ?? environment === 'production',
      creator: ctx.actor,
      createdAt: ctx.now(),
      statuses: [],
    };
    ctx.state.deployments.push(record);
    const body = deploymentJson(ctx, record);
    return { status: 201, body, headers: { Location: body.url } };
  },
};

const listDeployments: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/deployments',
  permission: ['deployments', 'read'],
  checkResponse: true,
  handle(ctx) {
    const { sha, ref, task, environment } = ctx.query;
    const matching = [...ctx.state.deployments]
      .reverse()
      .filter((d) => (!sha || d.sha === sha) && (!ref || d.ref === ref))
      .filter((d) => (!task || d.task === task) && (!environment || d.environment === environment));
    return Promise.resolve({ status: 200, body: page(ctx, matching).map((d) => deploymentJson(ctx, d)) });
  },
};

/** GitHub's auto_inactive: earlier deployments of the environment whose last state is success. */
function inactivateEarlier(ctx: RouteContext, current: DeploymentRecord, logUrl: string): void {
  const earlier = ctx.state.deployments.slice(0, ctx.state.deployments.indexOf(current));
  for (const d of earlier) {
    if (d.environment !== current.environment || d.transient || d.production) continue;
    if (d.statuses.at(-1)?.state !== 'success') continue;
    d.statuses.push({
      id: nextId(),
      state: 'inactive',
      description: '',
      environment: d.environment,
      logUrl,
      environmentUrl: d.statuses.at(-1)?.environmentUrl ?? '',
      creator: ctx.actor,
      createdAt: ctx.now(),
    });
  }
}

const createStatus: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  permission: ['deployments', 'write'],
  checkResponse: true,
  handle(ctx) {
    const deployment = findDeployment(ctx);
    if (!deployment) return Promise.resolve(notFound());
    const b = ctx.body as {
      state: string;
      target_url?: string;
      log_url?: string;
      description?: string;
      environment?: string;
      environment_url?: string;
      auto_inactive?: boolean;
    };
    const description = b.description ?? '';
    if ([...description].length > DESCRIPTION_LIMIT) {
      return Promise.resolve(
        unprocessable('Validation Failed', [
          {
            resource: 'DeploymentStatus',
            field: 'description',
            code: 'custom',
            message: `description is too long (maximum is ${DESCRIPTION_LIMIT} characters)`,
          },
        ]),
      );
    }
    if (b.environment) deployment.environment = b.environment;
    const status: DeploymentStatusRecord = {
      id: nextId(),
      state: b.state,
      description,
      environment: deployment.environment,
      logUrl: b.log_url ?? b.target_url ?? '',
      environmentUrl: b.environment_url ?? '',
      creator: ctx.actor,
      createdAt: ctx.now(),
    };
    deployment.statuses.push(status);
    if (b.state === 'success' && b.auto_inactive !== false) inactivateEarlier(ctx, deployment, status.logUrl);
    const body = statusJson(ctx, deployment, status);
    return Promise.resolve({ status: 201, body, headers: { Location: body.url } });
  },
};

const listStatuses: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  permission: ['deployments', 'read'],
  checkResponse: true,
  handle(ctx) {
    const deployment = findDeployment(ctx);
    if (!deployment) return Promise.resolve(notFound());
    const newest = [...deployment.statuses].reverse();
    return Promise.resolve({
      status: 200,
      body: page(ctx, newest).map((s) => statusJson(ctx, deployment, s)),
    });
  },
};

export const DEPLOYMENT_ROUTES: readonly Route[] = [
  createDeployment,
  listDeployments,
  createStatus,
  listStatuses,
];
