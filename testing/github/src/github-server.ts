// A local GitHub: the REST operations this project calls, validated against GitHub's OpenAPI
// description and implemented on real bare repositories, plus git smart HTTP for the same
// repositories on the same port, so `GITHUB_SERVER_URL`/`GITHUB_API_URL` can point here exactly as
// they point at a GitHub Enterprise Server.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  bareRepoPath,
  isAuthorized,
  parseAuthorization,
  startGitServer,
  type BranchProtection,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { DEPLOYMENT_ROUTES } from './github-deployments.js';
import { GitDataError } from './github-git-data.js';
import { COMMIT_MUTATIONS, COMMIT_QUERIES } from './github-graphql-commits.js';
import { PULL_MUTATIONS, runMergeQueue, type QueueResult } from './github-graphql-pulls.js';
import { executeGraphql, type GraphqlContext } from './github-graphql.js';
import { OpenApiValidator } from './github-openapi.js';
import {
  ROUTES,
  notFound,
  repoExists,
  type Permission,
  type PullRecord,
  type QueuedPull,
  type RepoState,
  type Route,
  type RouteAnswer,
  type AttestationRecord,
  type DeploymentRecord,
} from './github-routes.js';
import { idOf } from './github-shapes.js';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

export type Access = 'none' | 'read' | 'write';

export interface TokenGrant {
  /** Who the token acts as; `github-actions[bot]` by default, like GITHUB_TOKEN. */
  login?: string;
  contents?: Access;
  pull_requests?: Access;
  attestations?: Access;
  deployments?: Access;
}

export interface GitHubServerOptions {
  /** Folder holding `<owner>/<repo>.git` bare repositories (see createBareRepo). */
  root: string;
  /** The token with every permission (the `GITHUB_TOKEN` of the tests). */
  token: string;
  /** More tokens with narrower grants, to test permission errors. */
  tokens?: Record<string, TokenGrant>;
  /** Logins that may be requested as reviewers or assigned. */
  collaborators?: string[];
}

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  | { kind: 'too-many-requests'; retryAfter: number }
  | { kind: 'reset' }
  | { kind: 'slow'; delayMs: number };

export interface FaultRule {
  fault: Fault;
  /** How many matching requests get the fault; 1 by default. */
  times?: number;
  method?: string;
  /** Matched against the API path (`/repos/o/r/pulls`); every API request when absent. */
  path?: RegExp;
}

export interface ApiRequestRecord {
  method: string;
  path: string;
  operationId: string;
  status: number;
  bytesIn: number;
  bytesOut: number;
}

export interface GitHubServer {
  /** GITHUB_SERVER_URL: web links and git over HTTP (`<url>/<owner>/<repo>.git`). */
  url: string;
  /** GITHUB_API_URL. */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  repoUrl(fullName: string): string;
  /** Every API request answered, in order (faults included, with their status). */
  requests: ApiRequestRecord[];
  /** Requests GitHub's OpenAPI description would reject; tests assert this stays empty. */
  violations: string[];
  /** The git smart-HTTP server behind `<url>/<owner>/<repo>.git`. */
  git: GitServer;
  pulls(fullName: string): PullRecord[];
  /** The repository's deployments in the order they were created, each with its statuses oldest first. */
  deployments(fullName: string): DeploymentRecord[];
  /** Stores `count` attestations of `digest` in the repository, as actions/attest-build-provenance would. */
  attest(fullName: string, digest: string, count?: number): void;
  labels(fullName: string): string[];
  /**
   * Protects a branch as a classic branch protection rule or a ruleset does: pushes over git and
   * ref updates through the API are refused with GitHub's answers; merging a pull request is not.
   */
  protectBranch(fullName: string, branch: string, protection?: BranchProtection): void;
  /**
   * Makes `branch` require the merge queue: the REST merge answers 405 as GitHub does, and
   * `enqueuePullRequest` (or auto-merge) queues the pull request; runMergeQueue merges the queue.
   */
  requireMergeQueue(fullName: string, branch: string): void;
  /** The pull requests waiting in the repository's merge queues, in order. */
  mergeQueue(fullName: string): QueuedPull[];
  /**
   * Runs the branch's merge queue as GitHub does once the `merge_group` checks pass: each entry
   * merged through a `gh-readonly-queue/<branch>/…` commit that the base is then moved to.
   */
  runMergeQueue(fullName: string, branch: string): Promise<QueueResult[]>;
  inject(rule: FaultRule): void;
  reset(): void;
  close(): Promise<void>;
}

const API_PREFIX = '/api/v3';
const GRAPHQL_PATH = '/api/graphql';
const GIT_PATH = /^\/[^/]+\/[^/]+\.git(\/|$)/;
const DOCS = 'https://docs.github.com/rest';
/** The root fields of queries and mutations the local GitHub serves (one namespace in graphql-js). */
const GRAPHQL_FIELDS = { ...COMMIT_QUERIES, ...COMMIT_MUTATIONS, ...PULL_MUTATIONS };

interface CompiledRoute {
  route: Route;
  names: string[];
  exact: RegExp;
  greedy: RegExp;
}

function compileRoute(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = (last: string) =>
    route.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return name === last ? '(.+)' : '([^/]+)';
    });
  const lastName = /\{([^}]+)\}$/.exec(route.template)?.[1] ?? '';
  const exact = new RegExp(`^${source('')}$`);
  names.length = 0;
  const greedy = new RegExp(`^${source(lastName)}$`);
  return { route, names, exact, greedy };
}

const COMPILED = [...ROUTES, ...DEPLOYMENT_ROUTES].map(compileRoute);

function match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  // Octokit sends `heads%2Fmain`; other clients send `heads/main`: both must reach the same route.
  for (const pattern of ['exact', 'greedy'] as const) {
    for (const c of COMPILED) {
      if (c.route.method !== method) continue;
      const m = c[pattern].exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route: c.route, params };
    }
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function createFaultQueue() {
  const rules: Array<FaultRule & { left: number }> = [];
  return {
    add(rule: FaultRule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    take(method: string, path: string): Fault | undefined {
      const rule = rules.find(
        (r) => r.left > 0 && (!r.method || r.method === method) && (!r.path || r.path.test(path)),
      );
      if (!rule) return undefined;
      rule.left -= 1;
      return rule.fault;
    },
    clear() {
      rules.length = 0;
    },
  };
}

/** One lock per repository: GitHub serializes writes to a repository, and so must the sandbox. */
function createLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(fn, fn);
    tails.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  };
}

export async function startGitHubServer(opts: GitHubServerOptions): Promise<GitHubServer> {
  const gitServer = await startGitServer({ root: opts.root, token: opts.token });
  const validator = new OpenApiValidator();
  const requests: ApiRequestRecord[] = [];
  const violations: string[] = [];
  const faults = createFaultQueue();
  const states = new Map<string, RepoState>();
  const lock = createLocks();
  const collaborators = new Set(opts.collaborators ?? []);
  let url = '';

  const stateOf = (fullName: string): RepoState => {
    let state = states.get(fullName);
    if (!state) {
      state = { pulls: [], labels: new Map(), nextNumber: 1, attestations: new Map(), deployments: [] };
      states.set(fullName, state);
    }
    return state;
  };

  const grantOf = (req: IncomingMessage): TokenGrant | undefined => {
    const credentials = parseAuthorization(req.headers.authorization);
    if (isAuthorized(credentials, opts.token))
      return { contents: 'write', pull_requests: 'write', attestations: 'write', deployments: 'write' };
    for (const [token, grant] of Object.entries(opts.tokens ?? {})) {
      if (isAuthorized(credentials, token)) return grant;
    }
    return undefined;
  };

  const send = (res: ServerResponse, record: ApiRequestRecord, answer: RouteAnswer): void => {
    const payload = answer.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(answer.body));
    record.status = answer.status;
    record.bytesOut = payload.length;
    requests.push(record);
    res.writeHead(answer.status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': payload.length,
      'X-GitHub-Media-Type': 'github.v3; format=json',
      'X-GitHub-Api-Version-Selected': '2022-11-28',
      'X-RateLimit-Limit': '5000',
      'X-RateLimit-Remaining': '4999',
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600),
      'X-GitHub-Request-Id': `SANDBOX:${requests.length}`,
      ...answer.headers,
    });
    res.end(payload);
  };

  const applyFault = async (
    fault: Fault,
    res: ServerResponse,
    record: ApiRequestRecord,
  ): Promise<boolean> => {
    if (fault.kind === 'slow') {
      await new Promise((r) => setTimeout(r, fault.delayMs));
      return false;
    }
    if (fault.kind === 'reset') {
      record.status = 0;
      requests.push(record);
      res.socket?.destroy();
      return true;
    }
    if (fault.kind === 'status') {
      send(res, record, { status: fault.status, body: { message: 'Server Error' } });
      return true;
    }
    const message =
      fault.kind === 'secondary-rate-limit'
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        : 'API rate limit exceeded: too many requests. You have exceeded a secondary rate limit.';
    send(res, record, {
      status: fault.kind === 'secondary-rate-limit' ? 403 : 429,
      body: { message, documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api` },
      headers: { 'Retry-After': String(fault.retryAfter) },
    });
    return true;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', 'http://sandbox');
    const path = parsed.pathname.slice(API_PREFIX.length) || '/';
    const raw = await readBody(req);
    const record: ApiRequestRecord = {
      method,
      path,
      operationId: '',
      status: 0,
      bytesIn: raw.length,
      bytesOut: 0,
    };
    const found = match(method, path);
    record.operationId = found ? validator.operationId(method, found.route.template) : 'unknown';
    const fault = faults.take(method, path);
    if (fault && (await applyFault(fault, res, record))) return;

    if (!found) {
      violations.push(`${method} ${path}: not an operation the local GitHub serves`);
      return send(res, record, notFound());
    }
    const grant = grantOf(req);
    if (!grant) {
      return send(res, record, {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' },
      });
    }
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        violations.push(`${method} ${path}: the body is not JSON`);
        return send(res, record, { status: 400, body: { message: 'Problems parsing JSON' } });
      }
    }
    const query = Object.fromEntries(parsed.searchParams.entries());
    const problems = validator.validate({
      method,
      template: found.route.template,
      pathParams: found.params,
      query,
      body,
    });
    if (problems.length > 0) {
      violations.push(...problems);
      return send(res, record, {
        status: 422,
        body: { message: 'Invalid request.', errors: problems, documentation_url: DOCS, status: '422' },
      });
    }
    const fullName = `${found.params['owner']}/${found.params['repo']}`;
    if (!repoExists(opts.root, fullName)) return send(res, record, notFound());
    const [permission, level] = found.route.permission;
    if (!allows(grant, permission, level)) {
      return send(res, record, {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
        headers: { 'X-Accepted-GitHub-Permissions': `${permission}=${level}` },
      });
    }
    const run = () =>
      found.route.handle({
        urls: { api: `${url}${API_PREFIX}`, server: url },
        fullName,
        owner: found.params['owner'] ?? '',
        gitDir: bareRepoPath(opts.root, fullName),
        params: found.params,
        query,
        body: (body ?? {}) as Record<string, unknown>,
        state: stateOf(fullName),
        actor: grant.login ?? 'github-actions[bot]',
        collaborators,
        now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        protection: (branch) => gitServer.protection(fullName, branch),
      });
    try {
      const answer = method === 'GET' ? await run() : await lock(fullName, run);
      if (found.route.checkResponse)
        violations.push(
          ...validator.validateResponse(method, found.route.template, answer.status, answer.body),
        );
      send(res, record, answer);
    } catch (error) {
      if (error instanceof GitDataError) {
        return send(res, record, {
          status: error.status,
          body: { message: error.message, documentation_url: DOCS },
        });
      }
      throw error;
    }
  };

  const graphqlContext = (grant: TokenGrant): GraphqlContext => ({
    root: opts.root,
    urls: { api: `${url}${API_PREFIX}`, server: url },
    stateOf,
    states,
    login: grant.login ?? 'github-actions[bot]',
    mayWrite: (scope) => grant[scope] === 'write',
    lock,
    protection: (fullName, branch) => gitServer.protection(fullName, branch),
    now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    violations,
  });

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const record: ApiRequestRecord = {
      method: 'POST',
      path: '/graphql',
      operationId: 'graphql',
      status: 0,
      bytesIn: raw.length,
      bytesOut: 0,
    };
    const fault = faults.take('POST', '/graphql');
    if (fault && (await applyFault(fault, res, record))) return;
    const grant = grantOf(req);
    if (!grant) return send(res, record, { status: 401, body: { message: 'Bad credentials' } });
    const answer = await executeGraphql(raw, graphqlContext(grant), GRAPHQL_FIELDS);
    send(res, record, answer);
  };

  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    let work: Promise<void>;
    if (pathname === GRAPHQL_PATH) work = handleGraphql(req, res);
    else if (pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)) work = handleApi(req, res);
    else if (GIT_PATH.test(pathname)) work = proxyGit(req, res, gitServer.url);
    else {
      req.resume();
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found\n');
      return;
    }
    work.catch((error: unknown) => {
      violations.push(`internal error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Server Error' }));
    });
  });
  url = await listenOnLoopback(server);
  return {
    url,
    apiUrl: `${url}${API_PREFIX}`,
    graphqlUrl: `${url}${GRAPHQL_PATH}`,
    repoUrl: (fullName) => `${url}/${fullName.replace(/\.git$/, '')}.git`,
    requests,
    violations,
    git: gitServer,
    pulls: (fullName) => stateOf(fullName).pulls,
    deployments: (fullName) => stateOf(fullName).deployments,
    attest(fullName, digest, count = 1) {
      const list = stateOf(fullName).attestations.get(digest) ?? [];
      for (let i = 0; i < count; i++) list.push(attestation(url, fullName, digest, list.length));
      stateOf(fullName).attestations.set(digest, list);
    },
    labels: (fullName) => [...stateOf(fullName).labels.keys()],
    protectBranch: (fullName, branch, protection) => gitServer.protect(fullName, branch, protection),
    requireMergeQueue(fullName, branch) {
      const state = stateOf(fullName);
      (state.mergeQueue ??= { branches: new Set(), entries: [] }).branches.add(branch);
    },
    mergeQueue: (fullName) => [...(stateOf(fullName).mergeQueue?.entries ?? [])],
    runMergeQueue: (fullName, branch) =>
      lock(fullName, () =>
        runMergeQueue(opts.root, fullName, stateOf(fullName), branch, () =>
          new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ),
      ),
    inject: (rule) => faults.add(rule),
    reset() {
      requests.length = 0;
      violations.length = 0;
      faults.clear();
      gitServer.stats.reset();
    },
    async close() {
      await closeServer(server);
      await gitServer.close();
    },
  };
}

/** A Sigstore bundle in the shape GitHub stores (its contents are not what these tests read). */
function attestation(url: string, fullName: string, digest: string, n: number): AttestationRecord {
  const repositoryId = idOf(`repo:${fullName}`);
  return {
    bundle: {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: '' } },
      dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: '', signatures: [] },
    },
    repository_id: repositoryId,
    bundle_url: `${url}/attestation-bundles/${repositoryId}/${digest}/${n}`,
  };
}

function allows(grant: TokenGrant, permission: Permission, level: 'read' | 'write'): boolean {
  const have = grant[permission] ?? 'none';
  return have === 'write' || (have === 'read' && level === 'read');
}

/** Git traffic goes to the smart-HTTP server unchanged; it does its own auth and counting. */
function proxyGit(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
  return new Promise((resolve) => {
    const upstream = httpRequest(
      `${target}${req.url ?? '/'}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', resolve);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
      resolve();
    });
    req.pipe(upstream);
  });
}
