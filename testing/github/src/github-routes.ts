// The REST operations the project calls, on real bare repositories. Each handler is keyed by the
// exact OpenAPI path template, so the validator checks it against GitHub's own description.
import { existsSync } from 'node:fs';
import {
  GitDataError,
  changedFiles,
  commitsBetween,
  createCommit,
  createTree,
  entryAt,
  isAncestor,
  listTree,
  mergeBase,
  readBlob,
  readCommit,
  resolveCommitish,
  resolveRef,
  updateRef,
  deleteRef,
  writeBlob,
  type CommitData,
  type Identity,
  type TreeEntryInput,
} from './github-git-data.js';
import {
  FIXED_TIME,
  gitCommit,
  idOf,
  label,
  nodeId,
  ref,
  repository,
  restCommit,
  simpleUser,
  team,
  type LabelRecord,
  type Urls,
} from './github-shapes.js';
import { bareRepoPath, git, type BranchProtection } from '@gitops-actions/standin-git-server';

export type Permission = 'contents' | 'pull_requests' | 'attestations' | 'deployments';

export interface PullRecord {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  head: string;
  base: string;
  user: string;
  labels: string[];
  reviewers: string[];
  teams: string[];
  assignees: string[];
  comments: string[];
  merged: boolean;
  mergeCommit: string | null;
  autoMerge: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One stored artifact attestation, as `GET /repos/{owner}/{repo}/attestations/{subject_digest}` lists it. */
export interface AttestationRecord {
  bundle: {
    mediaType: string;
    verificationMaterial: Record<string, unknown>;
    dsseEnvelope: Record<string, unknown>;
  };
  repository_id: number;
  bundle_url: string;
}

/** One status of a deployment, as `POST .../deployments/{id}/statuses` stored it (or auto_inactive added it). */
export interface DeploymentStatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
}

/** One deployment, with its statuses oldest first. */
export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transient: boolean;
  production: boolean;
  creator: string;
  createdAt: string;
  statuses: DeploymentStatusRecord[];
}

export interface RepoState {
  pulls: PullRecord[];
  labels: Map<string, LabelRecord>;
  nextNumber: number;
  /** Attestations by subject digest (`sha256:<hex>`). */
  attestations: Map<string, AttestationRecord[]>;
  /** Deployments in the order they were created. */
  deployments: DeploymentRecord[];
  /** Branches that require the merge queue, and the queue's entries (see github-graphql-pulls.ts). */
  mergeQueue?: MergeQueueState;
}

/** One pull request waiting in a base branch's merge queue. */
export interface QueuedPull {
  number: number;
  base: string;
  /** The head the entry was queued at; the queue merges exactly this commit. */
  head: string;
  enqueuedAt: string;
  enqueuer: string;
}

export interface MergeQueueState {
  branches: Set<string>;
  entries: QueuedPull[];
}

export interface RouteContext {
  urls: Urls;
  fullName: string;
  owner: string;
  gitDir: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  state: RepoState;
  /** The login the token acts as (`github-actions[bot]` for the default token). */
  actor: string;
  collaborators: ReadonlySet<string>;
  now: () => string;
  /** The branch's protection (classic rule or ruleset), undefined when it has none. */
  protection(branch: string): Required<BranchProtection> | undefined;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  template: string;
  /** What the token needs; GitHub names it in `X-Accepted-GitHub-Permissions`. */
  permission: [Permission, 'read' | 'write'];
  /** The answer's body is checked against the description's schema for its status too. */
  checkResponse?: boolean;
  handle(ctx: RouteContext): Promise<RouteAnswer>;
}

const BOT_EMAIL = /^(\d+\+)?([^@]+)@users\.noreply\./;

export function notFound(): RouteAnswer {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  };
}

export function unprocessable(message: string, errors?: unknown[]): RouteAnswer {
  return {
    status: 422,
    body: {
      message,
      ...(errors ? { errors } : {}),
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

export function repoExists(root: string, fullName: string): boolean {
  try {
    return existsSync(bareRepoPath(root, fullName));
  } catch {
    return false;
  }
}

async function defaultBranch(gitDir: string): Promise<string> {
  const { stdout } = await git(['--git-dir', gitDir, 'symbolic-ref', '--short', 'HEAD']).catch(() => ({
    stdout: 'main',
  }));
  return stdout.trim() || 'main';
}

function loginOf(email: string): string {
  const match = BOT_EMAIL.exec(email);
  return match?.[2] ?? email.split('@')[0] ?? 'unknown';
}

function identity(ctx: RouteContext, value: unknown): Identity {
  const given = (value ?? {}) as { name?: string; email?: string; date?: string };
  const bot = ctx.actor === 'github-actions[bot]';
  return {
    name: given.name ?? ctx.actor,
    email:
      given.email ??
      (bot ? '41898282+github-actions[bot]@users.noreply.github.com' : `${ctx.actor}@users.noreply.sandbox`),
    date: given.date ?? ctx.now(),
  };
}

function commitJson(ctx: RouteContext, c: CommitData) {
  return restCommit(ctx.urls, ctx.fullName, c, loginOf);
}

async function pullJson(ctx: RouteContext, pr: PullRecord) {
  const { urls, fullName } = ctx;
  const api = `${urls.api}/repos/${fullName}`;
  const html = `${urls.server}/${fullName}/pull/${pr.number}`;
  const repo = repository(urls, fullName, await defaultBranch(ctx.gitDir));
  const headSha =
    (await resolveRef(ctx.gitDir, `refs/heads/${pr.head}`)) ??
    (await resolveRef(ctx.gitDir, `refs/pull/${pr.number}/head`)) ??
    '';
  const baseSha = (await resolveRef(ctx.gitDir, `refs/heads/${pr.base}`)) ?? '';
  const side = (branch: string, sha: string) => ({
    label: `${ctx.owner}:${branch}`,
    ref: branch,
    sha,
    user: simpleUser(urls, ctx.owner, 'Organization'),
    repo,
  });
  const link = (href: string) => ({ href });
  return {
    url: `${api}/pulls/${pr.number}`,
    id: idOf(`pr:${fullName}#${pr.number}`),
    node_id: nodeId('PR', `${fullName}#${pr.number}`),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(urls, pr.user),
    body: pr.body,
    labels: pr.labels.map((name) =>
      label(urls, fullName, ctx.state.labels.get(name) ?? { name, color: 'ededed', description: null }),
    ),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    merge_commit_sha: pr.mergeCommit,
    assignee: pr.assignees[0] ? simpleUser(urls, pr.assignees[0]) : null,
    assignees: pr.assignees.map((login) => simpleUser(urls, login)),
    requested_reviewers: pr.reviewers.map((login) => simpleUser(urls, login)),
    requested_teams: pr.teams.map((slug) => team(urls, ctx.owner, slug)),
    head: side(pr.head, headSha),
    base: side(pr.base, baseSha),
    _links: {
      self: link(`${api}/pulls/${pr.number}`),
      html: link(html),
      issue: link(`${api}/issues/${pr.number}`),
      comments: link(`${api}/issues/${pr.number}/comments`),
      review_comments: link(`${api}/pulls/${pr.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${pr.number}/commits`),
      statuses: link(`${api}/statuses/${headSha}`),
    },
    author_association: 'MEMBER',
    auto_merge: pr.autoMerge
      ? {
          enabled_by: simpleUser(urls, pr.user),
          merge_method: pr.autoMerge,
          commit_title: '',
          commit_message: '',
        }
      : null,
    draft: pr.draft,
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: 'clean',
    merged_by: null,
    comments: pr.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: headSha && baseSha ? (await commitsBetween(ctx.gitDir, baseSha, headSha)).length : 0,
    additions: 0,
    deletions: 0,
    changed_files: headSha && baseSha ? (await changedFiles(ctx.gitDir, baseSha, headSha)).length : 0,
  };
}

function findPull(ctx: RouteContext): PullRecord | undefined {
  const number = Number(ctx.params['pull_number'] ?? ctx.params['issue_number']);
  return ctx.state.pulls.find((p) => p.number === number);
}

const getRepo: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}',
  permission: ['contents', 'read'],
  handle: async (ctx) => ({
    status: 200,
    body: repository(ctx.urls, ctx.fullName, await defaultBranch(ctx.gitDir)),
  }),
};

const getContent: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/contents/{path}',
  permission: ['contents', 'read'],
  async handle(ctx) {
    const at = ctx.query['ref'] ?? (await defaultBranch(ctx.gitDir));
    const commit = await resolveCommitish(ctx.gitDir, at);
    if (!commit)
      return {
        status: 404,
        body: {
          message: `No commit found for the ref ${at}`,
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
          status: '404',
        },
      };
    const path = (ctx.params['path'] ?? '').replace(/^\/+|\/+$/g, '');
    const entry = await entryAt(ctx.gitDir, commit, path);
    if (!entry) return notFound();
    const { urls, fullName } = ctx;
    const self = `${urls.api}/repos/${fullName}/contents/${path}?ref=${encodeURIComponent(at)}`;
    const html = `${urls.server}/${fullName}/blob/${at}/${path}`;
    const gitUrl = `${urls.api}/repos/${fullName}/git/blobs/${entry.sha}`;
    if (entry.type === 'tree') {
      const entries = await listTree(ctx.gitDir, entry.sha);
      return {
        status: 200,
        body: entries.map((e) => ({
          type: e.type === 'tree' ? 'dir' : 'file',
          size: e.size ?? 0,
          name: e.path,
          path: `${path}/${e.path}`,
          sha: e.sha,
          url: `${urls.api}/repos/${fullName}/contents/${path}/${e.path}?ref=${encodeURIComponent(at)}`,
          git_url: `${urls.api}/repos/${fullName}/git/${e.type}s/${e.sha}`,
          html_url: `${urls.server}/${fullName}/blob/${at}/${path}/${e.path}`,
          download_url: null,
          _links: { self, git: gitUrl, html },
        })),
      };
    }
    const content = await readBlob(ctx.gitDir, entry.sha);
    // Over 1 MB GitHub answers the JSON form with an empty content and encoding `none`.
    const large = content.length > 1024 * 1024;
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: large ? 'none' : 'base64',
        size: content.length,
        name: path.split('/').pop() ?? path,
        path,
        // GitHub wraps the base64 at 60 columns; clients must cope, so the sandbox does the same.
        content: large ? '' : (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        sha: entry.sha,
        url: self,
        git_url: gitUrl,
        html_url: html,
        download_url: `${urls.server}/${fullName}/raw/${at}/${path}`,
        _links: { self, git: gitUrl, html },
      },
    };
  },
};

const getBranch: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/branches/{branch}',
  permission: ['contents', 'read'],
  async handle(ctx) {
    const name = ctx.params['branch'] ?? '';
    const sha = await resolveRef(ctx.gitDir, `refs/heads/${name}`);
    if (!sha)
      return {
        status: 404,
        body: {
          message: 'Branch not found',
          documentation_url: 'https://docs.github.com/rest/branches/branches#get-a-branch',
          status: '404',
        },
      };
    const api = `${ctx.urls.api}/repos/${ctx.fullName}/branches/${name}`;
    return {
      status: 200,
      body: {
        name,
        commit: commitJson(ctx, (await readCommit(ctx.gitDir, sha))!),
        _links: { self: api, html: `${ctx.urls.server}/${ctx.fullName}/tree/${name}` },
        protected: ctx.protection(name) !== undefined,
        protection: {
          enabled: ctx.protection(name)?.kind === 'branch-protection',
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${api}/protection`,
      },
    };
  },
};

const getRef: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/git/ref/{ref}',
  permission: ['contents', 'read'],
  async handle(ctx) {
    const name = `refs/${ctx.params['ref'] ?? ''}`;
    const sha = await resolveRef(ctx.gitDir, name);
    return sha ? { status: 200, body: ref(ctx.urls, ctx.fullName, name, sha) } : notFound();
  },
};

const createRef: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/git/refs',
  permission: ['contents', 'write'],
  async handle(ctx) {
    const name = String(ctx.body['ref']);
    const sha = String(ctx.body['sha']);
    if (!/^refs\/[^/]+\/.+/.test(name)) return unprocessable(`${name} is not a valid ref name.`);
    if ((await readCommit(ctx.gitDir, sha)) === undefined) return unprocessable('Object does not exist');
    await updateRef(ctx.gitDir, name, sha, undefined);
    return {
      status: 201,
      body: ref(ctx.urls, ctx.fullName, name, sha),
      headers: { Location: `${ctx.urls.api}/repos/${ctx.fullName}/git/${name}` },
    };
  },
};

const updateRefRoute: Route = {
  method: 'PATCH',
  template: '/repos/{owner}/{repo}/git/refs/{ref}',
  permission: ['contents', 'write'],
  async handle(ctx) {
    const name = `refs/${ctx.params['ref'] ?? ''}`;
    const sha = String(ctx.body['sha']);
    const current = await resolveRef(ctx.gitDir, name);
    if (!current) return unprocessable('Reference does not exist');
    if ((await readCommit(ctx.gitDir, sha)) === undefined) return unprocessable('Object does not exist');
    const protection = name.startsWith('refs/heads/') ? ctx.protection(name.slice(11)) : undefined;
    if (protection) return protectedRefusal(protection);
    if (ctx.body['force'] !== true && !(await isAncestor(ctx.gitDir, current, sha))) {
      return unprocessable('Update is not a fast forward');
    }
    // The compare-and-swap keeps two concurrent fast-forwards from both succeeding.
    try {
      await updateRef(ctx.gitDir, name, sha, current);
    } catch (error) {
      if (error instanceof GitDataError) return unprocessable('Update is not a fast forward');
      throw error;
    }
    return { status: 200, body: ref(ctx.urls, ctx.fullName, name, sha) };
  },
};

/**
 * GitHub's answer to a ref update that branch protection or a ruleset forbids: 422 (GitHub: "These
 * restrictions are all represented by 422 errors", and the rulesets' "Repository rule violations
 * found" comes as a 422 from this same endpoint), `force` or not. A classic rule answers with the
 * rule's own words; a ruleset with the heading, then its rules.
 */
function protectedRefusal(protection: Required<BranchProtection>): RouteAnswer {
  if (protection.kind === 'ruleset') {
    return {
      status: 422,
      body: {
        message: `Repository rule violations found\n\n${protection.rule}\n\n`,
        documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
        status: '422',
      },
    };
  }
  return {
    status: 422,
    body: {
      message: protection.rule,
      documentation_url: 'https://docs.github.com/articles/about-protected-branches',
      status: '422',
    },
  };
}

const deleteRefRoute: Route = {
  method: 'DELETE',
  template: '/repos/{owner}/{repo}/git/refs/{ref}',
  permission: ['contents', 'write'],
  async handle(ctx) {
    const name = `refs/${ctx.params['ref'] ?? ''}`;
    if (!(await resolveRef(ctx.gitDir, name))) return unprocessable('Reference does not exist');
    await deleteRef(ctx.gitDir, name);
    return { status: 204 };
  },
};

const createBlob: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/git/blobs',
  permission: ['contents', 'write'],
  async handle(ctx) {
    const encoding = ctx.body['encoding'] === 'base64' ? 'base64' : 'utf8';
    const sha = await writeBlob(ctx.gitDir, Buffer.from(String(ctx.body['content']), encoding));
    return { status: 201, body: { url: `${ctx.urls.api}/repos/${ctx.fullName}/git/blobs/${sha}`, sha } };
  },
};

const createTreeRoute: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/git/trees',
  permission: ['contents', 'write'],
  async handle(ctx) {
    const entries = ctx.body['tree'] as TreeEntryInput[];
    const base = ctx.body['base_tree'] as string | undefined;
    const sha = await createTree(ctx.gitDir, entries, base);
    const api = `${ctx.urls.api}/repos/${ctx.fullName}/git`;
    const tree = (await listTree(ctx.gitDir, sha)).map((e) => ({
      ...e,
      url: `${api}/${e.type}s/${e.sha}`,
    }));
    return { status: 201, body: { sha, url: `${api}/trees/${sha}`, tree, truncated: false } };
  },
};

const getCommit: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
  permission: ['contents', 'read'],
  async handle(ctx) {
    const c = await readCommit(ctx.gitDir, ctx.params['commit_sha'] ?? '');
    return c ? { status: 200, body: gitCommit(ctx.urls, ctx.fullName, c) } : notFound();
  },
};

const createCommitRoute: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/git/commits',
  permission: ['contents', 'write'],
  async handle(ctx) {
    const author = identity(ctx, ctx.body['author']);
    const committer = ctx.body['committer'] ? identity(ctx, ctx.body['committer']) : identity(ctx, undefined);
    const sha = await createCommit(ctx.gitDir, {
      message: String(ctx.body['message']),
      tree: String(ctx.body['tree']),
      parents: (ctx.body['parents'] as string[] | undefined) ?? [],
      author,
      committer,
    });
    const c = await readCommit(ctx.gitDir, sha);
    return {
      status: 201,
      body: gitCommit(ctx.urls, ctx.fullName, c!),
      headers: { Location: `${ctx.urls.api}/repos/${ctx.fullName}/git/commits/${sha}` },
    };
  },
};

const compare: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/compare/{basehead}',
  permission: ['contents', 'read'],
  async handle(ctx) {
    const [baseName = '', headName = ''] = (ctx.params['basehead'] ?? '').split('...');
    const base = await resolveCommitish(ctx.gitDir, baseName);
    const head = await resolveCommitish(ctx.gitDir, headName);
    if (!base || !head) return notFound();
    const mb = (await mergeBase(ctx.gitDir, base, head)) ?? base;
    const ahead = await commitsBetween(ctx.gitDir, mb, head);
    const behind = await commitsBetween(ctx.gitDir, mb, base);
    const read = async (sha: string) => commitJson(ctx, (await readCommit(ctx.gitDir, sha))!);
    const status =
      ahead.length === 0 && behind.length === 0
        ? 'identical'
        : ahead.length === 0
          ? 'behind'
          : behind.length === 0
            ? 'ahead'
            : 'diverged';
    const files = (await changedFiles(ctx.gitDir, mb, head)).map((f) => ({
      sha: '',
      filename: f.path,
      status: f.status === 'A' ? 'added' : f.status === 'D' ? 'removed' : 'modified',
      additions: 0,
      deletions: 0,
      changes: 0,
      blob_url: `${ctx.urls.server}/${ctx.fullName}/blob/${head}/${f.path}`,
      raw_url: `${ctx.urls.server}/${ctx.fullName}/raw/${head}/${f.path}`,
      contents_url: `${ctx.urls.api}/repos/${ctx.fullName}/contents/${f.path}?ref=${head}`,
    }));
    const html = `${ctx.urls.server}/${ctx.fullName}/compare/${ctx.params['basehead'] ?? ''}`;
    return {
      status: 200,
      body: {
        url: `${ctx.urls.api}/repos/${ctx.fullName}/compare/${ctx.params['basehead'] ?? ''}`,
        html_url: html,
        permalink_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        base_commit: await read(base),
        merge_base_commit: await read(mb),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: await Promise.all(ahead.map(read)),
        files,
      },
    };
  },
};

// `path` keeps only commits that changed it, with git log's history simplification, as GitHub does.
const listCommitsRoute: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/commits',
  permission: ['contents', 'read'],
  async handle(ctx) {
    const start = await resolveCommitish(ctx.gitDir, ctx.query['sha'] ?? (await defaultBranch(ctx.gitDir)));
    if (!start) return notFound();
    const perPage = Math.min(100, Number(ctx.query['per_page'] ?? 30));
    const page = Number(ctx.query['page'] ?? 1);
    const path = ctx.query['path'];
    const args = ['--git-dir', ctx.gitDir, 'rev-list', `--max-count=${perPage}`];
    args.push(`--skip=${(page - 1) * perPage}`, start, '--', ...(path ? [path] : []));
    const shas = (await git(args)).stdout.split('\n').filter(Boolean);
    const read = async (sha: string) => commitJson(ctx, (await readCommit(ctx.gitDir, sha))!);
    return { status: 200, body: await Promise.all(shas.map(read)) };
  },
};

const listPulls: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/pulls',
  permission: ['pull_requests', 'read'],
  async handle(ctx) {
    const state = ctx.query['state'] ?? 'open';
    const head = ctx.query['head'];
    const base = ctx.query['base'];
    const perPage = Number(ctx.query['per_page'] ?? 30);
    const page = Number(ctx.query['page'] ?? 1);
    const matching = ctx.state.pulls
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !head || head === `${ctx.owner}:${p.head}`)
      .filter((p) => !base || base === p.base)
      .sort((a, b) => b.number - a.number)
      .slice((page - 1) * perPage, page * perPage);
    return { status: 200, body: await Promise.all(matching.map((p) => pullJson(ctx, p))) };
  },
};

const getPull: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/pulls/{pull_number}',
  permission: ['pull_requests', 'read'],
  async handle(ctx) {
    const pr = findPull(ctx);
    return pr ? { status: 200, body: await pullJson(ctx, pr) } : notFound();
  },
};

const createPull: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/pulls',
  permission: ['pull_requests', 'write'],
  async handle(ctx) {
    const head = String(ctx.body['head']).replace(new RegExp(`^${ctx.owner}:`), '');
    const base = String(ctx.body['base']);
    const field = (name: string, code: string) => [{ resource: 'PullRequest', field: name, code }];
    const headSha = await resolveRef(ctx.gitDir, `refs/heads/${head}`);
    if (!headSha) return unprocessable('Validation Failed', field('head', 'invalid'));
    const baseSha = await resolveRef(ctx.gitDir, `refs/heads/${base}`);
    if (!baseSha) return unprocessable('Validation Failed', field('base', 'invalid'));
    if (ctx.state.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      return unprocessable('Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${ctx.owner}:${head}.`,
        },
      ]);
    }
    if ((await commitsBetween(ctx.gitDir, baseSha, headSha)).length === 0) {
      return unprocessable('Validation Failed', [
        { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` },
      ]);
    }
    const now = ctx.now();
    const pr: PullRecord = {
      number: ctx.state.nextNumber++,
      // The request was checked against GitHub's description, so these fields are strings when present.
      title: (ctx.body['title'] as string | undefined) ?? head,
      body: (ctx.body['body'] as string | undefined) ?? null,
      state: 'open',
      draft: ctx.body['draft'] === true,
      head,
      base,
      user: ctx.actor,
      labels: [],
      reviewers: [],
      teams: [],
      assignees: [],
      comments: [],
      merged: false,
      mergeCommit: null,
      autoMerge: null,
      createdAt: now,
      updatedAt: now,
    };
    ctx.state.pulls.push(pr);
    const body = await pullJson(ctx, pr);
    return { status: 201, body, headers: { Location: body.url } };
  },
};

const updatePull: Route = {
  method: 'PATCH',
  template: '/repos/{owner}/{repo}/pulls/{pull_number}',
  permission: ['pull_requests', 'write'],
  async handle(ctx) {
    const pr = findPull(ctx);
    if (!pr) return notFound();
    if (typeof ctx.body['title'] === 'string') pr.title = ctx.body['title'];
    if (typeof ctx.body['body'] === 'string') pr.body = ctx.body['body'];
    if (typeof ctx.body['base'] === 'string') pr.base = ctx.body['base'];
    if (ctx.body['state'] === 'open' || ctx.body['state'] === 'closed') pr.state = ctx.body['state'];
    pr.updatedAt = ctx.now();
    return { status: 200, body: await pullJson(ctx, pr) };
  },
};

/** GitHub's answer to a merge its rules or the branches refuse (405), with its message. */
function notMergeable(message: string): RouteAnswer {
  return { status: 405, body: { message, documentation_url: MERGE_DOCS } };
}

const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';
/** GitHub's 409 for a `sha` that is not the head (REST) or an `expectedHeadOid` that is not (GraphQL). */
export const HEAD_MODIFIED = 'Head branch was modified. Review and try the merge again.';
/** What GitHub answers a merge that bypasses a required merge queue (REST and GraphQL alike). */
export const MERGE_QUEUE_REQUIRED = 'Changes must be made through the merge queue';

/**
 * The commit a merge of the pull request's head into its base makes, as GitHub's merge button
 * makes it: a merge commit (two parents) or, for squash and rebase, one commit on the base with
 * the merged tree. Undefined when the two conflict.
 */
export async function mergeCommit(
  gitDir: string,
  pr: PullRecord,
  sides: {
    base: string;
    head: string;
    method: string;
    owner: string;
    author: Identity;
    title?: string;
    body?: string;
  },
): Promise<string | undefined> {
  const { base, head, method } = sides;
  const merged = await git(['--git-dir', gitDir, 'merge-tree', '--write-tree', base, head]).catch(
    () => undefined,
  );
  const tree = merged?.stdout.split('\n')[0]?.trim();
  if (!tree) return undefined;
  const message =
    sides.title ??
    (method === 'squash'
      ? `${pr.title} (#${pr.number})`
      : `Merge pull request #${pr.number} from ${sides.owner}/${pr.head}`);
  return createCommit(gitDir, {
    message: sides.body ? `${message}\n\n${sides.body.replace(/\s+$/, '')}\n` : `${message}\n`,
    tree,
    parents: method === 'merge' ? [base, head] : [base],
    author: sides.author,
    committer: sides.author,
  });
}

/** Moves the base to the merge and records the pull request as merged, as GitHub does. */
export async function recordMerge(
  gitDir: string,
  pr: PullRecord,
  merge: { sha: string; base: string; head: string; at: string },
): Promise<void> {
  await updateRef(gitDir, `refs/heads/${pr.base}`, merge.sha, merge.base);
  await updateRef(
    gitDir,
    `refs/pull/${pr.number}/head`,
    merge.head,
    await resolveRef(gitDir, `refs/pull/${pr.number}/head`),
  );
  Object.assign(pr, { merged: true, state: 'closed', mergeCommit: merge.sha, updatedAt: merge.at });
}

const mergePull: Route = {
  method: 'PUT',
  template: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
  permission: ['contents', 'write'],
  checkResponse: true,
  async handle(ctx) {
    const pr = findPull(ctx);
    if (!pr) return notFound();
    if (pr.state !== 'open') return notMergeable('Pull Request is not mergeable');
    const head = await resolveRef(ctx.gitDir, `refs/heads/${pr.head}`);
    const base = await resolveRef(ctx.gitDir, `refs/heads/${pr.base}`);
    if (!head || !base) return unprocessable('Head or base branch is missing');
    if (ctx.body['sha'] !== undefined && ctx.body['sha'] !== head) {
      return { status: 409, body: { message: HEAD_MODIFIED, documentation_url: MERGE_DOCS } };
    }
    if (pr.draft) return notMergeable('Pull Request is still a draft');
    if (ctx.state.mergeQueue?.branches.has(pr.base)) return notMergeable(MERGE_QUEUE_REQUIRED);
    // The request was checked against GitHub's description, so these fields are strings when present.
    const sha = await mergeCommit(ctx.gitDir, pr, {
      base,
      head,
      method: (ctx.body['merge_method'] as string | undefined) ?? 'merge',
      owner: ctx.owner,
      author: identity(ctx, undefined),
      title: ctx.body['commit_title'] as string | undefined,
      body: ctx.body['commit_message'] as string | undefined,
    });
    if (!sha) return notMergeable('Pull Request is not mergeable');
    await recordMerge(ctx.gitDir, pr, { sha, base, head, at: ctx.now() });
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
  },
};

const addLabels: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
  permission: ['pull_requests', 'write'],
  handle(ctx) {
    const pr = findPull(ctx);
    if (!pr) return Promise.resolve(notFound());
    const raw = ctx.body['labels'];
    const names = (Array.isArray(raw) ? raw : []).map((l) =>
      typeof l === 'string' ? l : String((l as { name?: string }).name),
    );
    for (const name of names) {
      // Like GitHub, adding a label the repository does not have yet creates it.
      if (!ctx.state.labels.has(name))
        ctx.state.labels.set(name, { name, color: 'ededed', description: null });
      if (!pr.labels.includes(name)) pr.labels.push(name);
    }
    return Promise.resolve({
      status: 200,
      body: pr.labels.map((name) => label(ctx.urls, ctx.fullName, ctx.state.labels.get(name)!)),
    });
  },
};

const requestReviewers: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  permission: ['pull_requests', 'write'],
  async handle(ctx) {
    const pr = findPull(ctx);
    if (!pr) return notFound();
    const reviewers = (ctx.body['reviewers'] as string[] | undefined) ?? [];
    const teams = (ctx.body['team_reviewers'] as string[] | undefined) ?? [];
    if (reviewers.some((r) => !ctx.collaborators.has(r))) {
      return unprocessable(
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.fullName} repository.`,
      );
    }
    if (reviewers.includes(pr.user))
      return unprocessable('Review cannot be requested from pull request author.');
    for (const r of reviewers) if (!pr.reviewers.includes(r)) pr.reviewers.push(r);
    for (const t of teams) if (!pr.teams.includes(t)) pr.teams.push(t);
    return { status: 201, body: await pullJson(ctx, pr) };
  },
};

const addAssignees: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
  permission: ['pull_requests', 'write'],
  async handle(ctx) {
    const pr = findPull(ctx);
    if (!pr) return notFound();
    // GitHub silently ignores people who cannot be assigned.
    for (const a of (ctx.body['assignees'] as string[] | undefined) ?? []) {
      if (ctx.collaborators.has(a) && !pr.assignees.includes(a)) pr.assignees.push(a);
    }
    const body = await pullJson(ctx, pr);
    return {
      status: 201,
      body: {
        ...body,
        url: body.issue_url,
        repository_url: `${ctx.urls.api}/repos/${ctx.fullName}`,
        labels_url: `${body.issue_url}/labels{/name}`,
        events_url: `${body.issue_url}/events`,
        pull_request: {
          url: body.url,
          html_url: body.html_url,
          diff_url: body.diff_url,
          patch_url: body.patch_url,
          merged_at: body.merged_at,
        },
      },
    };
  },
};

const createComment: Route = {
  method: 'POST',
  template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  permission: ['pull_requests', 'write'],
  handle(ctx) {
    const pr = findPull(ctx);
    if (!pr) return Promise.resolve(notFound());
    const text = String(ctx.body['body']);
    pr.comments.push(text);
    const id = idOf(`comment:${ctx.fullName}#${pr.number}:${pr.comments.length}`);
    const issue = `${ctx.urls.api}/repos/${ctx.fullName}/issues/${pr.number}`;
    return Promise.resolve({
      status: 201,
      body: {
        id,
        node_id: nodeId('IC', String(id)),
        url: `${ctx.urls.api}/repos/${ctx.fullName}/issues/comments/${id}`,
        html_url: `${ctx.urls.server}/${ctx.fullName}/pull/${pr.number}#issuecomment-${id}`,
        issue_url: issue,
        body: text,
        user: simpleUser(ctx.urls, ctx.actor),
        created_at: ctx.now(),
        updated_at: ctx.now(),
        author_association: 'MEMBER',
      },
    });
  },
};

// GitHub answers 404 when no attestation has this subject (the description lists only the 200).
const listAttestations: Route = {
  method: 'GET',
  template: '/repos/{owner}/{repo}/attestations/{subject_digest}',
  permission: ['attestations', 'read'],
  checkResponse: true,
  handle(ctx) {
    const found = ctx.state.attestations.get(ctx.params['subject_digest'] ?? '') ?? [];
    const perPage = Number(ctx.query['per_page'] ?? 30);
    if (found.length === 0) return Promise.resolve(notFound());
    return Promise.resolve({ status: 200, body: { attestations: found.slice(0, perPage) } });
  },
};

export const ROUTES: readonly Route[] = [
  getRepo,
  getBranch,
  getContent,
  getRef,
  createRef,
  updateRefRoute,
  deleteRefRoute,
  createBlob,
  createTreeRoute,
  getCommit,
  createCommitRoute,
  compare,
  listCommitsRoute,
  listPulls,
  getPull,
  createPull,
  updatePull,
  mergePull,
  addLabels,
  requestReviewers,
  addAssignees,
  createComment,
  listAttestations,
];

export { FIXED_TIME };
