// The Git Data API and pull-request calls this project makes, each one request, typed by what the
// callers read. Failures become ActionErrors naming the step (see toActionError).
import { createHash } from 'node:crypto';
import { ActionError, hostOf, retry, shown, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import type { GitHubClient } from './octokit.js';
import {
  attemptFailure,
  githubMessage,
  graphqlErrors,
  isHttpError,
  isTransient,
  toActionError,
} from './errors.js';
import { BranchProtected, protectionRefusal } from './branch.js';

export interface BranchTip {
  name: string;
  sha: string;
  tree: string;
}

export interface RepoFile {
  path: string;
  text: string;
  /** The blob SHA, comparable with gitBlobSha(). */
  sha: string;
}

export interface CompareResult {
  aheadBy: number;
  behindBy: number;
  commits: Array<{ sha: string; message: string; author: string }>;
}

/** One commit of a path's history, as the commits endpoint lists it. */
export interface CommitSummary {
  sha: string;
  message: string;
  /** ISO 8601 committer date. */
  date: string;
}

export interface PullRequest {
  number: number;
  nodeId: string;
  url: string;
  state: string;
  title: string;
  body: string;
  draft: boolean;
  headRef: string;
  headSha: string;
  labels: string[];
  reviewers: string[];
  teams: string[];
  assignees: string[];
  autoMerge: boolean;
  /** Set from the pulls endpoints' answers; absent in answers that do not say. */
  merged?: boolean;
  mergeCommitSha?: string | null;
}

export type PullMergeMethod = 'merge' | 'squash' | 'rebase';

/**
 * What GitHub answered a merge at an expected head: merged (the merge commit), `head-moved` (409:
 * the head is no longer the commit the caller saw), or `refused` (405: the base's rules, a
 * conflict, a draft, a disallowed method; `mergeQueue` when the base requires its merge queue).
 */
export type MergeAnswer =
  | { kind: 'merged'; sha: string }
  | { kind: 'head-moved'; message: string }
  | { kind: 'refused'; message: string; mergeQueue: boolean };

/** A merge queue entry, as `enqueuePullRequest` answers it. */
export interface QueueEntry {
  position: number;
  state: string;
}

/**
 * GitHub refused a GraphQL merge operation (enqueue, auto-merge) because the pull request's head
 * is no longer `expected`: someone pushed to the branch after the caller read or wrote it.
 */
export class HeadMoved extends Error {
  constructor(
    readonly number: number,
    readonly expected: string,
    readonly githubMessage: string,
  ) {
    super(`the head of #${number} is no longer ${expected.slice(0, 12)} (${githubMessage})`);
    this.name = 'HeadMoved';
  }
}

/** The SHA git (and GitHub) gives a blob with this content; lets callers skip no-op writes. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

interface PullData {
  number: number;
  node_id: string;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  draft?: boolean;
  head: { ref: string; sha: string };
  labels?: Array<{ name?: string } | string>;
  requested_reviewers?: Array<{ login: string }> | null;
  requested_teams?: Array<{ slug: string }> | null;
  assignees?: Array<{ login: string }> | null;
  auto_merge?: unknown;
  merged?: boolean;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
}

function toPull(p: PullData): PullRequest {
  return {
    number: p.number,
    nodeId: p.node_id,
    url: p.html_url,
    state: p.state,
    title: p.title,
    body: p.body ?? '',
    draft: p.draft ?? false,
    headRef: p.head.ref,
    headSha: p.head.sha,
    labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    reviewers: (p.requested_reviewers ?? []).map((u) => u.login),
    teams: (p.requested_teams ?? []).map((t) => t.slug),
    assignees: (p.assignees ?? []).map((u) => u.login),
    autoMerge: Boolean(p.auto_merge),
    merged: p.merged ?? Boolean(p.merged_at),
    mergeCommitSha: p.merge_commit_sha ?? null,
  };
}

export interface RepoClientOptions {
  /** The caller's input holding the token, named in the hint for a refused token. */
  tokenInput?: string;
  /** Tries per request when the network or GitHub fails in passing (reset, timeout, 5xx, 429); 4 by default. */
  attempts?: number;
  clock?: Clock;
  random?: () => number;
  /** Told about each retry. */
  log?: Logger;
}

/** What a request's failure may mean instead of an error: a missing branch is `undefined`, say. */
type Expected<T> = (error: unknown) => { value: T } | undefined;

export class RepoClient {
  readonly owner: string;
  readonly repo: string;
  private readonly tokenInput: string;
  private readonly options: RepoClientOptions;

  constructor(
    readonly octokit: GitHubClient,
    fullName: string,
    options: RepoClientOptions = {},
  ) {
    const [owner = '', repo = ''] = fullName.split('/');
    this.owner = owner;
    this.repo = repo;
    this.tokenInput = options.tokenInput ?? 'token';
    this.options = options;
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /**
   * One request: retried with jittered backoff while the failure may pass (a reset, a timeout, a
   * 5xx, a 429), at once final otherwise (401, 403, 404, 422, a name that does not resolve).
   * `expected` turns the failures a caller reads as an answer (a 404, a 422) into a value.
   */
  private async call<T>(operation: string, fn: () => Promise<T>, expected?: Expected<T>): Promise<T> {
    let attempts = 0;
    const { attempts: budget = 4, clock = systemClock, random, log } = this.options;
    try {
      return await retry(
        async (attempt) => {
          attempts = attempt;
          return fn();
        },
        {
          attempts: budget,
          baseMs: 500,
          maxMs: 8000,
          clock,
          random,
          retryable: isTransient,
          onRetry: ({ attempt, delayMs, error }) =>
            log?.info(
              `${operation}: attempt ${attempt} failed (${attemptFailure(error)}); retrying in ${delayMs} ms`,
            ),
        },
      );
    } catch (error) {
      const answer = expected?.(error);
      if (answer) return answer.value;
      if (error instanceof ActionError) throw error;
      throw toActionError(error, operation, this.tokenInput, attempts);
    }
  }

  /** One request for the tip and its tree; undefined when the branch does not exist. */
  async branch(name: string): Promise<BranchTip | undefined> {
    return this.call(
      `read branch ${name} of ${this.fullName}`,
      async (): Promise<BranchTip | undefined> => {
        const { data } = await this.octokit.rest.repos.getBranch({
          owner: this.owner,
          repo: this.repo,
          branch: name,
        });
        // An answer without them is not GitHub's (a proxy, another service at GITHUB_API_URL).
        const sha = (data as Partial<typeof data>).commit?.sha;
        const tree = (data as Partial<typeof data>).commit?.commit?.tree?.sha;
        if (typeof sha !== 'string' || typeof tree !== 'string') throw this.notGitHub(`branch ${name}`);
        return { name, sha, tree };
      },
      answers(404, undefined),
    );
  }

  private notGitHub(what: string): ActionError {
    const base = String(this.octokit.request.endpoint.DEFAULTS.baseUrl ?? '');
    const host = base ? hostOf(base) : 'the GitHub API';
    return new ActionError(
      `read ${what} of ${this.fullName}`,
      `${host} answered without the ${what}'s commit`,
      {
        hint: `Check GITHUB_API_URL / GITHUB_SERVER_URL (they choose ${host}; a GitHub Enterprise Server's API is <server>/api/v3), and any proxy in between.`,
      },
    );
  }

  /** Tells a missing repository (or one the token cannot see) from a missing branch. */
  async repositoryExists(): Promise<boolean> {
    return this.call(
      `read repository ${this.fullName}`,
      async () => {
        await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo });
        return true;
      },
      answers(404, false),
    );
  }

  private content(path: string, ref: string) {
    return this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref });
  }

  async readFile(path: string, ref: string): Promise<RepoFile | undefined> {
    const read = async () => (await this.content(path, ref)).data;
    const data = await this.call<Awaited<ReturnType<typeof read>> | undefined>(
      `read ${path} at ${ref.slice(0, 12)}`,
      read,
      answers(404, undefined),
    );
    if (data === undefined) return undefined;
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new ActionError(
        `read ${path}`,
        `it is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`,
      );
    }
    return { path, text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  }

  /**
   * The entry names of a folder at `ref`, [] when there is no such folder (or it is a file). The
   * root folder (`.`) is not listed (undefined): that would need another endpoint.
   */
  async listFolder(folder: string, ref: string): Promise<string[] | undefined> {
    const path = folder.replace(/\/+$/, '');
    if (path === '' || path === '.') return undefined;
    return this.call(
      `list ${path} at ${ref.slice(0, 12)}`,
      async () => {
        const { data } = await this.content(path, ref);
        return Array.isArray(data) ? data.map((entry) => entry.name).sort() : [];
      },
      answers(404, []),
    );
  }

  /** A tree on top of `baseTree` with the given files (GitHub writes the blobs) and a commit of it. */
  async commitFiles(input: {
    parent: string;
    baseTree: string;
    files: Record<string, string>;
    message: string;
    /** The commit author; GitHub's default (the token's identity) when absent. */
    author?: { name: string; email: string };
  }): Promise<string> {
    const tree = await this.call('create the tree', async () => {
      const { data } = await this.octokit.rest.git.createTree({
        owner: this.owner,
        repo: this.repo,
        base_tree: input.baseTree,
        tree: Object.entries(input.files).map(([path, content]) => ({
          path,
          mode: '100644' as const,
          type: 'blob' as const,
          content,
        })),
      });
      return data.sha;
    });
    return this.call('create the commit', async () => {
      const { data } = await this.octokit.rest.git.createCommit({
        owner: this.owner,
        repo: this.repo,
        message: input.message,
        tree,
        parents: [input.parent],
        ...(input.author ? { author: input.author } : {}),
      });
      return data.sha;
    });
  }

  /**
   * Creates `refs/heads/<branch>`; false when it already exists (a retried or racing create). A
   * ruleset restricting creation is a BranchProtected error.
   */
  async createBranch(branch: string, sha: string): Promise<boolean> {
    return this.call(
      `create branch ${branch}`,
      async () => {
        await this.octokit.rest.git.createRef({
          owner: this.owner,
          repo: this.repo,
          ref: `refs/heads/${branch}`,
          sha,
        });
        return true;
      },
      this.unlessProtected(branch, answers(422, false)),
    );
  }

  /** Deletes a branch this run created, so a failure after it leaves nothing half-done. */
  async deleteBranch(branch: string): Promise<void> {
    await this.call(
      `delete branch ${branch}`,
      async () => {
        await this.octokit.rest.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
      },
      answers(422, undefined),
    );
  }

  /**
   * Moves a branch; with force false a moved branch gives false (422 "not a fast forward"). Branch
   * protection or a ruleset refusing it is a BranchProtected error, never false: another attempt
   * would only be refused again.
   */
  async moveBranch(branch: string, sha: string, force: boolean): Promise<boolean> {
    return this.call(
      `move branch ${branch}`,
      async () => {
        await this.octokit.rest.git.updateRef({
          owner: this.owner,
          repo: this.repo,
          ref: `heads/${branch}`,
          sha,
          force,
        });
        return true;
      },
      this.unlessProtected(branch, answers(422, false)),
    );
  }

  private unlessProtected<T>(branch: string, otherwise: Expected<T>): Expected<T> {
    return (error) => {
      const refusal = protectionRefusal(error);
      if (refusal) throw new BranchProtected(branch, refusal, this.fullName);
      return otherwise(error);
    };
  }

  async compare(base: string, head: string): Promise<CompareResult> {
    return this.call(`compare ${head} with ${base}`, async () => {
      const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
        owner: this.owner,
        repo: this.repo,
        basehead: `${base}...${head}`,
      });
      return {
        aheadBy: data.ahead_by,
        behindBy: data.behind_by,
        commits: data.commits.map((c) => ({
          sha: c.sha,
          message: c.commit.message,
          author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
        })),
      };
    });
  }

  /**
   * The newest commits reachable from `ref` that changed `path`, newest first, at most `perPage`
   * (one request: callers that walk history keep it bounded).
   */
  async listCommits(ref: string, path: string, perPage: number): Promise<CommitSummary[]> {
    return this.call(`list the commits of ${path} on ${ref}`, async () => {
      const { data } = await this.octokit.rest.repos.listCommits({
        owner: this.owner,
        repo: this.repo,
        sha: ref,
        path,
        per_page: perPage,
      });
      return data.map((c) => ({
        sha: c.sha,
        message: c.commit.message,
        date: c.commit.committer?.date ?? c.commit.author?.date ?? '',
      }));
    });
  }

  async findOpenPull(head: string, base: string): Promise<PullRequest | undefined> {
    return this.call('list pull requests', async () => {
      const { data } = await this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        head: `${this.owner}:${head}`,
        base,
        state: 'open',
      });
      const first = data[0];
      return first ? toPull(first) : undefined;
    });
  }

  /** Creates the PR; if one appeared meanwhile (a retried request, a parallel job) returns that one. */
  async createPull(input: {
    head: string;
    base: string;
    title: string;
    body: string;
    draft: boolean;
  }): Promise<{
    pull: PullRequest;
    created: boolean;
  }> {
    const operation = `open the pull request from ${input.head} to ${input.base}`;
    const created = await this.call<{ pull: PullRequest | undefined; error: unknown }>(
      operation,
      async () => {
        const { data } = await this.octokit.rest.pulls.create({
          owner: this.owner,
          repo: this.repo,
          ...input,
        });
        return { pull: toPull(data), error: undefined as unknown };
      },
      (error) => (alreadyExists(error) ? { value: { pull: undefined, error } } : undefined),
    );
    if (created.pull) return { pull: created.pull, created: true };
    const existing = await this.findOpenPull(input.head, input.base);
    if (existing) return { pull: existing, created: false };
    throw toActionError(created.error, operation, this.tokenInput);
  }

  async updatePull(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest> {
    return this.call(`update pull request #${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.update({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        ...fields,
      });
      return toPull(data);
    });
  }

  /** Pull requests are issues to the labels, assignees and comments endpoints. */
  private issue(number: number): { owner: string; repo: string; issue_number: number } {
    return { owner: this.owner, repo: this.repo, issue_number: number };
  }

  async comment(number: number, body: string): Promise<void> {
    await this.call(`comment on #${number}`, () =>
      this.octokit.rest.issues.createComment({ ...this.issue(number), body }),
    );
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    await this.call(`label #${number}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.issue(number), labels }),
    );
  }

  /** Throws the raw 422 for non-collaborators so the caller can warn and keep the PR. */
  async requestReviewers(number: number, reviewers: string[], teams: string[]): Promise<void> {
    await this.call(
      `request reviews on #${number}`,
      async () => {
        await this.octokit.rest.pulls.requestReviewers({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          ...(reviewers.length > 0 ? { reviewers } : {}),
          ...(teams.length > 0 ? { team_reviewers: teams } : {}),
        });
      },
      (error) => {
        // The caller warns and keeps the pull request; it reads GitHub's own 422.
        if ((error as { status?: unknown }).status === 422) throw error;
        return undefined;
      },
    );
  }

  async addAssignees(number: number, assignees: string[]): Promise<void> {
    await this.call(`assign #${number}`, () =>
      this.octokit.rest.issues.addAssignees({ ...this.issue(number), assignees }),
    );
  }

  /** One request for the pull request as GitHub holds it now. */
  async pull(number: number): Promise<PullRequest> {
    return this.call(`read pull request #${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.get({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
      });
      return toPull(data);
    });
  }

  /**
   * Merges the pull request only if its head is still `sha` (GitHub compares it and answers 409
   * otherwise), so a commit pushed after the caller looked is never merged unseen.
   */
  /** `body`, when given, is the merge or squash commit's message below its title (a rebase keeps each commit's). */
  async mergePull(number: number, sha: string, method: PullMergeMethod, body?: string): Promise<MergeAnswer> {
    const answer = await this.call<MergeAnswer>(
      `merge pull request #${number}`,
      async () => {
        const { data } = await this.octokit.rest.pulls.merge({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          sha,
          merge_method: method,
          ...(body && method !== 'rebase' ? { commit_message: body } : {}),
        });
        return { kind: 'merged', sha: data.sha };
      },
      (error) => {
        if (isHttpError(error, 409)) return { value: { kind: 'head-moved', message: githubMessage(error) } };
        if (!isHttpError(error, 405)) return undefined;
        const message = githubMessage(error);
        return { value: { kind: 'refused', message, mergeQueue: /merge queue/i.test(message) } };
      },
    );
    if (answer.kind !== 'refused') return answer;
    // A retried merge whose first answer was lost finds the pull request merged already.
    const now = await this.pull(number);
    if (now.merged && now.headSha === sha && now.mergeCommitSha)
      return { kind: 'merged', sha: now.mergeCommitSha };
    return answer;
  }

  /** Adds the pull request to the base branch's merge queue, only while its head is `expectedHead`. */
  async enqueuePull(pull: PullRequest, expectedHead: string): Promise<QueueEntry> {
    return this.graphqlAt(pull, expectedHead, `add #${pull.number} to the merge queue`, async () => {
      const result = await this.octokit.graphql<{
        enqueuePullRequest?: { mergeQueueEntry?: { position: number; state: string } | null } | null;
      }>(
        `mutation($pullRequestId: ID!, $expectedHeadOid: GitObjectID!) {
  enqueuePullRequest(input: { pullRequestId: $pullRequestId, expectedHeadOid: $expectedHeadOid }) {
    mergeQueueEntry { position state }
  }
}`,
        { pullRequestId: pull.nodeId, expectedHeadOid: expectedHead },
      );
      const entry = result.enqueuePullRequest?.mergeQueueEntry;
      return { position: entry?.position ?? 0, state: entry?.state ?? 'QUEUED' };
    });
  }

  /**
   * Auto-merge of the head the caller saw (`expectedHead`): GitHub refuses it when the branch has
   * moved since, so what merges later is what was pushed and reviewed. With a merge queue GitHub
   * ignores the method and queues the pull request once it is ready.
   */
  async enableAutoMerge(
    pull: PullRequest,
    method: PullMergeMethod,
    expectedHead = pull.headSha,
    body?: string,
  ): Promise<void> {
    await this.graphqlAt(pull, expectedHead, `enable auto-merge on #${pull.number}`, async () => {
      // commitBody only when there is one: GitHub's default message is the repository's setting.
      const withBody = body && method !== 'rebase';
      await this.octokit.graphql<{ enablePullRequestAutoMerge?: unknown }>(
        `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID!${withBody ? ', $commitBody: String!' : ''}) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid${withBody ? ', commitBody: $commitBody' : ''} }) {
    pullRequest { number }
  }
}`,
        {
          pullRequestId: pull.nodeId,
          mergeMethod: method.toUpperCase(),
          expectedHeadOid: expectedHead,
          ...(withBody ? { commitBody: body } : {}),
        },
      );
    });
  }

  /** A GraphQL merge operation at an expected head; GitHub's refusal of a moved head is HeadMoved. */
  private async graphqlAt<T>(
    pull: PullRequest,
    expectedHead: string,
    operation: string,
    fn: () => Promise<T>,
  ): Promise<T> {
    try {
      return await this.call(operation, fn);
    } catch (error) {
      const messages = graphqlMessages(error);
      const moved = messages.find((m) => /head branch was modified|expected head/i.test(m));
      if (moved !== undefined) throw new HeadMoved(pull.number, expectedHead, moved);
      if (messages.length > 0) {
        throw new ActionError(operation, `GitHub answered: ${shown(messages.join('; '))}`, { cause: error });
      }
      throw error;
    }
  }
}

/** The messages of a GraphQL answer's `errors[]` (@octokit/graphql's GraphqlResponseError). */
function graphqlMessages(error: unknown): string[] {
  return (graphqlErrors(error) ?? [])
    .map((e) => e.message)
    .filter((m): m is string => typeof m === 'string' && m !== '');
}

/** A status the caller reads as an answer, not a failure. */
function answers<T>(status: number, value: T): Expected<T> {
  return (error) => (isHttpError(error, status) ? { value } : undefined);
}

function alreadyExists(error: unknown): boolean {
  const data = (error as { response?: { data?: unknown } }).response?.data ?? '';
  return isHttpError(error, 422) && /already exists/i.test(JSON.stringify(data));
}
