// The commit operations this project sends over GraphQL: `repository { ref { target { ... on
// Commit { file(path:) } } } }` to read a branch head and files in one query, and
// `createCommitOnBranch`, GitHub's compare-and-swap commit, made with real git plumbing on the
// bare repository. What GitHub answers, and where it was seen:
// - a stale `expectedHeadOid`: HTTP 200, `createCommitOnBranch: null`, errors[] `{ type:
//   "STALE_DATA", path: ["createCommitOnBranch"], message: 'Expected branch to point to "<oid>" but
//   it did not.  Pull and try again.' }` (two spaces, as recorded against github.com by users of the
//   mutation; the documented input is at https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch);
// - classic branch protection: type `BRANCH_PROTECTION_RULE_VIOLATION`, message "protected branch
//   '<branch>' check failed:" and the rule on the next line (microsoft/vscode-remote-repositories-github#252,
//   Thinkmill/keystatic's updating.tsx); a ruleset answers with another type (Thinkmill/keystatic#1598):
//   modelled as `UNPROCESSABLE` with REST's "Repository rule violations found" words;
// - a token without contents: write: `FORBIDDEN`, "Resource not accessible by integration";
// - `Blob.text` is null for a binary blob and cut at 512,000 bytes with `isTruncated`
//   (sveltia/sveltia-cms#950; https://docs.github.com/en/graphql/reference/objects#blob).
// Commits made by the mutation are GitHub's web-flow commits: authored by the token's identity,
// committed by `GitHub <noreply@github.com>`, and reported as signed by GitHub (Verified).
import { DEFAULT_RULE, bareRepoPath } from '@gitops-actions/standin-git-server';
import {
  createCommit,
  createTree,
  entryAt,
  GitDataError,
  listTree,
  readBlob,
  readCommit,
  resolveRef,
  updateRef,
  type CommitData,
  type Identity,
} from './github-git-data.js';
import { GraphqlFailure, type GraphqlContext, type GraphqlResolver } from './github-graphql.js';
import { repoExists } from './github-routes.js';
import { nodeId } from './github-shapes.js';

/** GitHub's cut of `Blob.text` (sveltia/sveltia-cms#950). */
export const BLOB_TEXT_LIMIT = 512_000;
export const WEB_FLOW: Pick<Identity, 'name' | 'email'> = { name: 'GitHub', email: 'noreply@github.com' };

type Node = Record<string, unknown>;

function notFoundRepository(fullName: string): GraphqlFailure {
  return new GraphqlFailure('NOT_FOUND', `Could not resolve to a Repository with the name '${fullName}'.`);
}

function gitDirOf(ctx: GraphqlContext, fullName: string): string {
  if (!/^[^/\s]+\/[^/\s]+$/.test(fullName) || !repoExists(ctx.root, fullName)) {
    throw notFoundRepository(fullName);
  }
  return bareRepoPath(ctx.root, fullName);
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

function blobNode(gitDir: string, oid: string, size: number): Node {
  const bytes = once(() => readBlob(gitDir, oid));
  // git's own test: a NUL byte in the first 8000 bytes makes a blob binary.
  const binary = async () => (await bytes()).subarray(0, 8000).includes(0);
  return {
    __typename: 'Blob',
    id: nodeId('Blob', `${gitDir}:${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: size,
    isBinary: binary,
    isTruncated: async () => !(await binary()) && size > BLOB_TEXT_LIMIT,
    text: async () =>
      (await binary()) ? null : (await bytes()).subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
  };
}

function treeNode(gitDir: string, oid: string): Node {
  return {
    __typename: 'Tree',
    id: nodeId('Tree', `${gitDir}:${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    entries: async () =>
      (await listTree(gitDir, oid)).map((e) =>
        entryNode(gitDir, { ...e, name: e.path, size: e.size ?? 0 }, e.path),
      ),
  };
}

function entryNode(
  gitDir: string,
  entry: { name: string; sha: string; mode: string; type: string; size: number },
  path: string,
): Node {
  return {
    name: entry.name,
    path,
    // GraphQL gives git's octal mode as a decimal Int (100644 → 33188).
    mode: Number.parseInt(entry.mode, 8),
    type: entry.type,
    oid: entry.sha,
    size: entry.size,
    isGenerated: false,
    object:
      entry.type === 'blob'
        ? blobNode(gitDir, entry.sha, entry.size)
        : entry.type === 'tree'
          ? treeNode(gitDir, entry.sha)
          : null,
  };
}

function actor(identity: Identity): Node {
  return { name: identity.name, email: identity.email, date: identity.date };
}

/** A commit the way GitHub's GraphQL shows it; fields are read from git only when asked for. */
export function commitNode(gitDir: string, oid: string): Node {
  const data = once(async () => {
    const commit = await readCommit(gitDir, oid);
    if (!commit) throw new Error(`commit ${oid} vanished`);
    return commit;
  });
  const field =
    <T>(pick: (c: CommitData) => T) =>
    async () =>
      pick(await data());
  const byWebFlow = (c: CommitData) => c.committer.email === WEB_FLOW.email;
  return {
    __typename: 'Commit',
    id: nodeId('C', `${gitDir}:${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    message: field((c) => c.message),
    messageHeadline: field((c) => c.message.split('\n')[0] ?? ''),
    messageBody: field((c) => c.message.split('\n').slice(1).join('\n').replace(/^\n+/, '')),
    committedDate: field((c) => c.committer.date),
    author: field((c) => actor(c.author)),
    committer: field((c) => actor(c.committer)),
    tree: field((c) => treeNode(gitDir, c.tree)),
    file: async ({ path }: { path: string }) => {
      const clean = path.replace(/^\/+|\/+$/g, '');
      const found = clean ? await entryAt(gitDir, oid, clean) : undefined;
      if (!found) return null;
      return entryNode(gitDir, { ...found, name: clean.split('/').pop() ?? clean }, clean);
    },
    signature: field((c) =>
      byWebFlow(c)
        ? {
            __typename: 'GpgSignature',
            email: WEB_FLOW.email,
            isValid: true,
            state: 'VALID',
            wasSignedByGitHub: true,
            payload: '',
            signature: '',
            keyId: 'B5690EEEBB952194',
            signer: null,
            verifiedAt: c.committer.date,
          }
        : null,
    ),
  };
}

function refNode(gitDir: string, fullName: string, name: string, oid: string): Node {
  return {
    id: nodeId('REF', `${fullName}:${name}`),
    name: name.replace(/^refs\/(heads|tags)\//, ''),
    prefix: name.replace(/[^/]+$/, ''),
    target: commitNode(gitDir, oid),
  };
}

/** `ref(qualifiedName:)`: the full name first, then the short name as a branch or a tag. */
async function findRef(gitDir: string, qualifiedName: string): Promise<{ name: string; oid: string } | null> {
  const candidates = qualifiedName.startsWith('refs/')
    ? [qualifiedName]
    : [`refs/heads/${qualifiedName}`, `refs/tags/${qualifiedName}`];
  for (const name of candidates) {
    const oid = await resolveRef(gitDir, name);
    if (oid) return { name, oid };
  }
  return null;
}

export const COMMIT_QUERIES: Record<string, GraphqlResolver> = {
  repository(args, ctx) {
    const fullName = `${String(args['owner'])}/${String(args['name'])}`;
    const gitDir = gitDirOf(ctx, fullName);
    return {
      id: nodeId('R', fullName),
      nameWithOwner: fullName,
      object: async ({ oid, expression }: { oid?: string | null; expression?: string | null }) => {
        if (expression != null || !oid) {
          ctx.violations.push('repository.object: the stand-in serves object(oid:) for commits only');
          return null;
        }
        return (await readCommit(gitDir, oid)) ? commitNode(gitDir, oid) : null;
      },
      ref: async ({ qualifiedName }: { qualifiedName: string }) => {
        const found = await findRef(gitDir, qualifiedName);
        return found ? refNode(gitDir, fullName, found.name, found.oid) : null;
      },
    };
  },
};

interface CommitInput {
  branch: { repositoryNameWithOwner?: string | null; branchName?: string | null; id?: string | null };
  expectedHeadOid: string;
  message: { headline: string; body?: string | null };
  fileChanges?: {
    additions?: Array<{ path: string; contents: string }> | null;
    deletions?: Array<{ path: string }> | null;
  } | null;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The refusal GitHub gives a protected branch (see the header for the sources). */
function protectionFailure(branch: string, protection: { kind: string; rule: string }): GraphqlFailure {
  if (protection.kind === 'ruleset') {
    return new GraphqlFailure('UNPROCESSABLE', `Repository rule violations found\n\n${protection.rule}\n\n`);
  }
  return new GraphqlFailure(
    'BRANCH_PROTECTION_RULE_VIOLATION',
    `protected branch '${branch}' check failed:\n  ${protection.rule}`,
  );
}

function treeEntries(ctx: GraphqlContext, input: CommitInput) {
  const additions = input.fileChanges?.additions ?? [];
  for (const a of additions) {
    if (!BASE64.test(a.contents)) {
      ctx.violations.push(`createCommitOnBranch: the contents of ${a.path} are not base64`);
      throw new GraphqlFailure('UNPROCESSABLE', `Invalid Base64String for ${a.path}`);
    }
  }
  return [
    ...additions.map((a) => ({
      path: a.path,
      mode: '100644',
      type: 'blob',
      content: Buffer.from(a.contents, 'base64').toString('utf8'),
    })),
    ...(input.fileChanges?.deletions ?? []).map((d) => ({
      path: d.path,
      mode: '100644',
      type: 'blob',
      sha: null,
    })),
  ];
}

/** The commit GitHub makes for the mutation: authored by the token, committed and signed by GitHub. */
async function webFlowCommit(
  ctx: GraphqlContext,
  gitDir: string,
  head: string,
  input: CommitInput,
): Promise<string> {
  const parent = await readCommit(gitDir, head);
  let tree: string;
  try {
    tree = await createTree(gitDir, treeEntries(ctx, input), parent?.tree);
  } catch (error) {
    if (error instanceof GitDataError) throw new GraphqlFailure('UNPROCESSABLE', error.message);
    throw error;
  }
  const now = ctx.now();
  const bot = ctx.login === 'github-actions[bot]';
  const author = {
    name: ctx.login,
    email: bot
      ? '41898282+github-actions[bot]@users.noreply.github.com'
      : `${ctx.login}@users.noreply.sandbox`,
    date: now,
  };
  const { headline, body } = input.message;
  const message = body ? `${headline}\n\n${body}` : headline;
  return createCommit(gitDir, {
    message,
    tree,
    parents: [head],
    author,
    committer: { ...WEB_FLOW, date: now },
  });
}

async function commitOnBranch(input: CommitInput, ctx: GraphqlContext): Promise<Node> {
  const { repositoryNameWithOwner: fullName, branchName } = input.branch;
  if (!fullName || !branchName) {
    ctx.violations.push(
      'createCommitOnBranch: the stand-in serves branch by repositoryNameWithOwner + branchName',
    );
    throw new GraphqlFailure(
      'UNPROCESSABLE',
      'A branch must be given by repositoryNameWithOwner and branchName',
    );
  }
  const gitDir = gitDirOf(ctx, fullName);
  if (!ctx.mayWrite('contents')) {
    throw new GraphqlFailure('FORBIDDEN', 'Resource not accessible by integration');
  }
  const branch = branchName.replace(/^refs\/heads\//, '');
  const ref = `refs/heads/${branch}`;
  return ctx.lock(fullName, async () => {
    const head = await resolveRef(gitDir, ref);
    if (!head) throw new GraphqlFailure('NOT_FOUND', 'Branch not found');
    const stale = () =>
      new GraphqlFailure(
        'STALE_DATA',
        `Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`,
      );
    if (head !== input.expectedHeadOid) throw stale();
    const protection = ctx.protection(fullName, branch);
    if (protection)
      throw protectionFailure(branch, {
        kind: protection.kind ?? 'branch-protection',
        rule: protection.rule ?? DEFAULT_RULE,
      });
    const oid = await webFlowCommit(ctx, gitDir, head, input);
    try {
      // A push over git does not take the API's lock: the compare-and-swap still decides.
      await updateRef(gitDir, ref, oid, head);
    } catch (error) {
      if (error instanceof GitDataError) throw stale();
      throw error;
    }
    return { commit: commitNode(gitDir, oid), ref: refNode(gitDir, fullName, ref, oid) };
  });
}

export const COMMIT_MUTATIONS: Record<string, GraphqlResolver> = {
  createCommitOnBranch: (args, ctx) => commitOnBranch(args['input'] as CommitInput, ctx),
};
