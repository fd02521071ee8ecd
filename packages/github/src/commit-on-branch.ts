// Commits through GitHub's GraphQL API in two requests: one query reads a branch's head and every
// target file's text at it, one `createCommitOnBranch` mutation commits the new contents only if
// the branch still points at that head (`expectedHeadOid`, a compare-and-swap). GitHub makes the
// commit as the token's identity and signs it (Verified); it takes no author.
// GitHub's answers, as recorded against github.com by the mutation's users (see the local GitHub's
// github-graphql-commits.ts for the sources): a moved head is HTTP 200 with errors[].type
// STALE_DATA; classic branch protection is BRANCH_PROTECTION_RULE_VIOLATION ("protected branch
// '<b>' check failed:" and the rule); a ruleset names "Repository rule violations found"; a token
// without contents: write is FORBIDDEN. Blob.text is null for a binary blob and cut at 512,000
// bytes (isTruncated): such a file is read through the contents API instead.
import { ActionError, retry, shown, systemClock } from '@gitops-actions/kit';
import type { GitHubClient } from './octokit.js';
import { attemptFailure, graphqlErrors, isTransient, toActionError, type GraphqlError } from './errors.js';
import { BranchMoved, BranchProtected, type BranchTipHints, type ProtectionRefusal } from './branch.js';
import { RepoClient, gitBlobSha, type RepoClientOptions, type RepoFile } from './repo.js';

/** A branch's head and the files asked for, all read at that head in one request. */
export interface BranchSnapshot {
  branch: string;
  /** The head commit's SHA: the `expectedHead` of the commit that follows. */
  head: string;
  /** One per path asked for, in order; undefined when the path does not exist at the head. */
  files: Array<RepoFile | undefined>;
}

export interface BranchCommit {
  branch: string;
  /** The head the edit was made on; GitHub refuses the commit when the branch has moved. */
  expectedHead: string;
  /** The whole message: its first line becomes GitHub's headline, the rest its body. */
  message: string;
  /** New contents by path. */
  files: Record<string, string>;
}

interface BlobData {
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
}
interface EntryData {
  type: string;
  oid: string;
  object?: BlobData | null;
}

const READ_LIMIT = 100;

/** The query for the head and `count` files, aliased f0…fN. */
function readQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `, $p${i}: String!`).join('');
  const files = Array.from(
    { length: count },
    (_, i) => `f${i}: file(path: $p${i}) { type oid object { ... on Blob { text isBinary isTruncated } } }`,
  ).join('\n          ');
  return `query($owner: String!, $name: String!, $ref: String!${vars}) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          ${files}
        }
      }
    }
  }
}`;
}

const COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

const LIST_QUERY = `query($owner: String!, $name: String!, $oid: GitObjectID!, $path: String!) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) {
      ... on Commit {
        file(path: $path) { object { ... on Tree { entries { name } } } }
      }
    }
  }
}`;

/** GitHub's headline and body: the first line, then the rest without the blank line between. */
export function headlineAndBody(message: string): { headline: string; body?: string } {
  const newline = message.indexOf('\n');
  if (newline < 0) return { headline: message };
  const body = message.slice(newline + 1).replace(/^\n+/, '');
  return body ? { headline: message.slice(0, newline), body } : { headline: message.slice(0, newline) };
}

/** The errors GitHub put beside `data` (Octokit's GraphqlResponseError), or undefined. */

const PROTECTION =
  /Repository rule violations|protected branch|must be made through a pull request|required status check|approving review|verified signatures|merge queue/i;

/** The refusal behind a GraphQL error, when branch protection or a ruleset made it. */
export function graphqlProtectionRefusal(error: GraphqlError): ProtectionRefusal | undefined {
  if (error.type !== 'BRANCH_PROTECTION_RULE_VIOLATION' && !PROTECTION.test(error.message)) return undefined;
  const ruleset = /Repository rule violations/i.test(error.message);
  const lines = error.message
    .split('\n')
    .map((l) => l.replace(/^[-*]\s*/, '').trim())
    .filter(Boolean)
    .filter((l) => !/^Repository rule violations found|^protected branch .* check failed:?$/i.test(l));
  return { ruleset, rule: lines.join(' ') || error.message.trim() };
}

export class BranchCommits {
  readonly owner: string;
  readonly repo: string;
  private readonly rest: RepoClient;

  constructor(
    readonly octokit: GitHubClient,
    fullName: string,
    private readonly options: RepoClientOptions = {},
  ) {
    const [owner = '', repo = ''] = fullName.split('/');
    this.owner = owner;
    this.repo = repo;
    this.rest = new RepoClient(octokit, fullName, options);
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /** One request, retried while the failure may pass; GraphQL's typed errors are the caller's. */
  private async call<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<T> {
    let attempts = 0;
    const { attempts: budget = 4, clock = systemClock, random, log } = this.options;
    try {
      return await retry(
        async (attempt) => {
          attempts = attempt;
          return this.octokit.graphql<T>(query, variables);
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
      if (graphqlErrors(error)) throw error;
      throw toActionError(error, operation, this.options.tokenInput ?? 'token', attempts);
    }
  }

  /**
   * The branch's head and each path's text at it, in one request (up to 100 paths). A missing
   * repository or branch fails as readBranchTip says it; a missing path is undefined.
   */
  async readBranch(branch: string, paths: readonly string[], hints: BranchTipHints): Promise<BranchSnapshot> {
    if (paths.length > READ_LIMIT) {
      throw new ActionError(`read ${this.fullName}`, `at most ${READ_LIMIT} files can be read at once`);
    }
    const variables: Record<string, unknown> = {
      owner: this.owner,
      name: this.repo,
      ref: `refs/heads/${branch}`,
      ...Object.fromEntries(paths.map((p, i) => [`p${i}`, p])),
    };
    type Answer = { repository: { ref: { target: Record<string, unknown> | null } | null } | null };
    const data = await this.call<Answer>(
      `read branch ${branch} of ${this.fullName}`,
      readQuery(paths.length),
      variables,
    ).catch((error: unknown) => {
      const errors = graphqlErrors(error);
      if (errors?.some((e) => e.type === 'NOT_FOUND' && e.path?.[0] === 'repository'))
        return { repository: null };
      throw this.failure(`read branch ${branch} of ${this.fullName}`, error);
    });
    if (!data.repository) throw missingRepository(this.fullName, hints);
    const target = data.repository.ref?.target;
    if (!data.repository.ref) throw missingBranch(this.fullName, branch, hints);
    const head = target?.['oid'];
    if (typeof head !== 'string') {
      throw new ActionError(
        `read branch ${branch}`,
        `${shown(branch)} of ${this.fullName} does not point at a commit`,
      );
    }
    const files = await Promise.all(
      paths.map((path, i) => this.fileAt(path, head, target?.[`f${i}`] as EntryData | null | undefined)),
    );
    return { branch, head, files };
  }

  /** A file from the query's answer; a blob GraphQL gives no whole text for is read over REST. */
  private async fileAt(
    path: string,
    head: string,
    entry: EntryData | null | undefined,
  ): Promise<RepoFile | undefined> {
    if (!entry) return undefined;
    if (entry.type !== 'blob') {
      throw new ActionError(
        `read ${path}`,
        `it is a ${entry.type === 'tree' ? 'directory' : entry.type}, not a file`,
      );
    }
    const blob = entry.object ?? {};
    if (blob.isBinary === true) throw new ActionError(`read ${shown(path)}`, 'it is a binary file, not text');
    if (typeof blob.text === 'string' && blob.isTruncated === false && gitBlobSha(blob.text) === entry.oid) {
      return { path, text: blob.text, sha: entry.oid };
    }
    // Cut at 512,000 bytes: the contents API gives the blob up to 1 MB. Past that it answers an
    // empty content, and text that is not UTF-8 decodes changed: editing either would rewrite the
    // file, so the text must hash to the blob GitHub holds.
    const read = await this.rest.readFile(path, head);
    if (read && gitBlobSha(read.text) !== entry.oid) {
      throw new ActionError(
        `read ${shown(path)}`,
        'the file is over 1 MB or not UTF-8 text, which the API transport cannot edit faithfully',
        { hint: 'Use transport: git for this file.' },
      );
    }
    return read;
  }

  /**
   * The entry names of a folder at `head` (the root included), [] when it is a file or absent.
   * Only asked after a target is missing, to name what is there instead.
   */
  async listFolder(folder: string, head: string): Promise<string[] | undefined> {
    const path = folder.replace(/\/+$/, '');
    if (path === '' || path === '.') return undefined;
    type Answer = {
      repository: {
        object: { file: { object: { entries?: Array<{ name: string }> } | null } | null } | null;
      } | null;
    };
    const data = await this.call<Answer>(`list ${path} at ${head.slice(0, 12)}`, LIST_QUERY, {
      owner: this.owner,
      name: this.repo,
      oid: head,
      path,
    }).catch((error: unknown) => {
      throw this.failure(`list ${path}`, error);
    });
    const entries = data.repository?.object?.file?.object?.entries;
    return entries ? entries.map((e) => e.name).sort() : [];
  }

  /**
   * Commits `files` on top of `expectedHead` and moves the branch to it, in one request. A branch
   * that moved meanwhile is BranchMoved (retry on the new head); branch protection or a ruleset is
   * BranchProtected (final).
   */
  async commit(input: BranchCommit): Promise<string> {
    const operation = `commit to ${input.branch} of ${this.fullName}`;
    type Answer = { createCommitOnBranch: { commit: { oid: string } | null } | null };
    const data = await this.call<Answer>(operation, COMMIT_MUTATION, {
      input: {
        branch: { repositoryNameWithOwner: this.fullName, branchName: input.branch },
        expectedHeadOid: input.expectedHead,
        message: headlineAndBody(input.message),
        fileChanges: {
          additions: Object.entries(input.files).map(([path, text]) => ({
            path,
            contents: Buffer.from(text, 'utf8').toString('base64'),
          })),
        },
      },
    }).catch((error: unknown) => {
      throw this.commitFailure(input.branch, operation, error);
    });
    const oid = data.createCommitOnBranch?.commit?.oid;
    if (!oid) throw new ActionError(operation, 'GitHub answered without the new commit');
    return oid;
  }

  private commitFailure(branch: string, operation: string, error: unknown): unknown {
    const errors = graphqlErrors(error) ?? [];
    if (errors.some((e) => e.type === 'STALE_DATA')) {
      return new BranchMoved(branch, 'the branch moved after it was read (GitHub: STALE_DATA)');
    }
    for (const e of errors) {
      const refusal = graphqlProtectionRefusal(e);
      if (refusal) return new BranchProtected(branch, refusal, this.fullName);
    }
    return this.failure(operation, error);
  }

  /** A GraphQL error as `Could not <operation>` with the fix GitHub's type points to. */
  private failure(operation: string, error: unknown): unknown {
    const errors = graphqlErrors(error);
    if (!errors) return error;
    const said = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ');
    const forbidden = errors.find((e) => e.type === 'FORBIDDEN');
    if (forbidden) {
      return new ActionError(
        operation,
        `the token is not allowed to do this (FORBIDDEN ${shown(forbidden.message)})`,
        {
          hint: 'The token needs `contents: write`: add `permissions: { contents: write }` to the job, or use a token that has it.',
        },
      );
    }
    if (errors.some((e) => !e.type && /createCommitOnBranch|doesn't exist on type/.test(e.message))) {
      return new ActionError(
        operation,
        `GitHub does not offer createCommitOnBranch (${shown(said, { max: 300 })})`,
        {
          hint: 'An older GitHub Enterprise Server lacks this mutation: use the git transport instead.',
        },
      );
    }
    return new ActionError(operation, `GitHub answered ${shown(said, { max: 300 })}`);
  }
}

function missingRepository(fullName: string, hints: BranchTipHints): ActionError {
  return new ActionError(`read ${fullName}`, 'the repository does not exist or the token cannot see it', {
    hint: `Check the ${hints.repositoryInput} input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).`,
  });
}

function missingBranch(fullName: string, branch: string, hints: BranchTipHints): ActionError {
  const note = hints.branchNote ? `; ${hints.branchNote}.` : '.';
  return new ActionError(`read branch ${branch}`, `${fullName} has no branch ${shown(branch)}`, {
    hint: `Check the ${hints.branchInput} input${note}`,
  });
}
