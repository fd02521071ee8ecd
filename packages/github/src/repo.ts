// The Git Data API and pull-request calls this project makes, each one request, typed by what the
// callers read. Failures become ActionErrors naming the step (see toActionError).
import { createHash } from 'node:crypto';
import { ActionError } from '@gitops-actions/kit';
import type { GitHubClient } from './octokit.js';
import { isHttpError, toActionError } from './errors.js';

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
  };
}

export interface RepoClientOptions {
  /** The caller's input holding the token, named in the hint for a refused token. */
  tokenInput?: string;
}

export class RepoClient {
  readonly owner: string;
  readonly repo: string;
  private readonly tokenInput: string;

  constructor(
    readonly octokit: GitHubClient,
    fullName: string,
    options: RepoClientOptions = {},
  ) {
    const [owner = '', repo = ''] = fullName.split('/');
    this.owner = owner;
    this.repo = repo;
    this.tokenInput = options.tokenInput ?? 'token';
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  private failure(error: unknown, operation: string): unknown {
    return toActionError(error, operation, this.tokenInput);
  }

  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw this.failure(error, operation);
    }
  }

  /** One request for the tip and its tree; undefined when the branch does not exist. */
  async branch(name: string): Promise<BranchTip | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({
        owner: this.owner,
        repo: this.repo,
        branch: name,
      });
      return { name, sha: data.commit.sha, tree: data.commit.commit.tree.sha };
    } catch (error) {
      if (isHttpError(error, 404)) return undefined;
      throw this.failure(error, `read branch ${name} of ${this.fullName}`);
    }
  }

  /** Tells a missing repository (or one the token cannot see) from a missing branch. */
  async repositoryExists(): Promise<boolean> {
    try {
      await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo });
      return true;
    } catch (error) {
      if (isHttpError(error, 404)) return false;
      throw this.failure(error, `read repository ${this.fullName}`);
    }
  }

  private content(path: string, ref: string) {
    return this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref });
  }

  async readFile(path: string, ref: string): Promise<RepoFile | undefined> {
    try {
      const { data } = await this.content(path, ref);
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
        throw new ActionError(
          `read ${path}`,
          `it is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`,
        );
      }
      return { path, text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    } catch (error) {
      if (isHttpError(error, 404)) return undefined;
      throw this.failure(error, `read ${path} at ${ref.slice(0, 12)}`);
    }
  }

  /**
   * The entry names of a folder at `ref`, [] when there is no such folder (or it is a file). The
   * root folder (`.`) is not listed (undefined): that would need another endpoint.
   */
  async listFolder(folder: string, ref: string): Promise<string[] | undefined> {
    const path = folder.replace(/\/+$/, '');
    if (path === '' || path === '.') return undefined;
    try {
      const { data } = await this.content(path, ref);
      return Array.isArray(data) ? data.map((entry) => entry.name).sort() : [];
    } catch (error) {
      if (isHttpError(error, 404)) return [];
      throw this.failure(error, `list ${path} at ${ref.slice(0, 12)}`);
    }
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

  /** Creates `refs/heads/<branch>`; false when it already exists (a retried or racing create). */
  async createBranch(branch: string, sha: string): Promise<boolean> {
    try {
      await this.octokit.rest.git.createRef({
        owner: this.owner,
        repo: this.repo,
        ref: `refs/heads/${branch}`,
        sha,
      });
      return true;
    } catch (error) {
      if (isHttpError(error, 422)) return false;
      throw this.failure(error, `create branch ${branch}`);
    }
  }

  /** Deletes a branch this run created, so a failure after it leaves nothing half-done. */
  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.octokit.rest.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
    } catch (error) {
      if (isHttpError(error, 422)) return;
      throw this.failure(error, `delete branch ${branch}`);
    }
  }

  /** Moves a branch; with force false a moved branch gives false (422 "not a fast forward"). */
  async moveBranch(branch: string, sha: string, force: boolean): Promise<boolean> {
    try {
      await this.octokit.rest.git.updateRef({
        owner: this.owner,
        repo: this.repo,
        ref: `heads/${branch}`,
        sha,
        force,
      });
      return true;
    } catch (error) {
      if (isHttpError(error, 422)) return false;
      throw this.failure(error, `move branch ${branch}`);
    }
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
    try {
      const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...input });
      return { pull: toPull(data), created: true };
    } catch (error) {
      if (
        isHttpError(error, 422) &&
        /already exists/i.test(
          JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ''),
        )
      ) {
        const existing = await this.findOpenPull(input.head, input.base);
        if (existing) return { pull: existing, created: false };
      }
      throw this.failure(error, `open the pull request from ${input.head} to ${input.base}`);
    }
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
    try {
      await this.octokit.rest.pulls.requestReviewers({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        ...(reviewers.length > 0 ? { reviewers } : {}),
        ...(teams.length > 0 ? { team_reviewers: teams } : {}),
      });
    } catch (error) {
      if (isHttpError(error, 422)) throw error;
      throw this.failure(error, `request reviews on #${number}`);
    }
  }

  async addAssignees(number: number, assignees: string[]): Promise<void> {
    await this.call(`assign #${number}`, () =>
      this.octokit.rest.issues.addAssignees({ ...this.issue(number), assignees }),
    );
  }

  async enableAutoMerge(pull: PullRequest, method: 'merge' | 'squash' | 'rebase'): Promise<void> {
    await this.call(`enable auto-merge on #${pull.number}`, async () => {
      const result = await this.octokit.graphql<{ enablePullRequestAutoMerge?: unknown }>(
        `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number }
  }
}`,
        { pullRequestId: pull.nodeId, mergeMethod: method.toUpperCase() },
      );
      return result;
    });
  }
}
