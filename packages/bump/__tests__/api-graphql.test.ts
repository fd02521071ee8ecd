// (16.5) The api transport through GitHub's GraphQL against the local GitHub (executed against
// GitHub's schema): two requests a bump (one query, one createCommitOnBranch), a compare-and-swap
// that re-applies the edit on the new head when another writer moved the branch in between, the
// same refusals and errors as before, and no request outside the schema.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, silentLogger } from '@gitops-actions/kit';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  git,
  listCommits,
  readFileAtBranch,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { RepoClient, createClient } from '@gitops-actions/github';
import { bump, BUMP_MANIFEST_INPUTS, type BumpPorts, type BumpRequest } from '@gitops-actions/bump';

const TOKEN = 'ghs_bumpGraphqlToken01234567';
const READ_ONLY = 'ghs_bumpGraphqlReadOnly01234';
const REPO = 'acme/gitops';
const values = (tag: string, replicas = 2) =>
  `# api\nimage:\n  repository: ghcr.io/acme/api\n  tag: "${tag}" # set by CI\nreplicas: ${replicas}\n`;

let root: string;
let gh: GitHubServer;
let head: string;
const lines: string[] = [];
const clock = { now: () => 0, sleep: () => Promise.resolve() };
const ports = (extra: Partial<BumpPorts> = {}): BumpPorts => ({
  log: { info: (m) => lines.push(m), warning: (m) => lines.push(m), debug: () => undefined },
  clock,
  random: () => 0,
  ...extra,
});

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-graphql-'));
  head = (
    await createBareRepo(root, REPO, {
      'envs/dev/api/values.yaml': values('1.0.0'),
      'envs/dev/web/values.yaml': values('0.1.0'),
      'envs/prod/api/values.yaml': values('1.0.0'),
    })
  ).head;
  gh = await startGitHubServer({ root, token: TOKEN, tokens: { [READ_ONLY]: { contents: 'read' } } });
  lines.length = 0;
});

afterEach(async () => {
  // Every query and mutation the transport sent is valid against GitHub's schema.
  expect(gh.violations).toEqual([]);
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function request(values: Partial<BumpRequest> = {}): BumpRequest {
  return {
    url: gh.repoUrl(REPO),
    repository: REPO,
    serverUrl: gh.url,
    apiUrl: gh.apiUrl,
    transport: 'api',
    token: TOKEN,
    branch: 'main',
    files: ['envs/dev/api/values.yaml'],
    image: 'ghcr.io/acme/api',
    tag: '1.1.0',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    createMissing: false,
    commitMessage: 'chore(deploy): bump {image} to {tag}\n\nFrom {previous-tag}.\nRefs: deploy',
    author: { name: 'ignored', email: 'ignored@example.com' },
    maxAttempts: 5,
    dryRun: false,
    inputNames: BUMP_MANIFEST_INPUTS,
    ...values,
  };
}

const read = (file = 'envs/dev/api/values.yaml') => readFileAtBranch(root, REPO, 'main', file);
const gitDir = () => path.join(root, `${REPO}.git`);
const rawCommit = async (sha: string) =>
  (await git(['--git-dir', gitDir(), 'cat-file', 'commit', sha])).stdout;
const mutations = () => gh.requests.filter((r) => r.operationId === 'graphql').length;

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('(16.5) api transport over GraphQL', () => {
  it('(16.5) bumps in 2 requests: one query, one createCommitOnBranch, signed by GitHub', async () => {
    const result = await bump(request(), ports());
    expect(result).toMatchObject({ changed: true, attempts: 1, previousTag: '1.0.0' });
    expect(gh.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/graphql', 200],
      ['POST', '/graphql', 200],
    ]);
    expect(gh.git.stats.requests).toBe(0);
    expect(await read()).toBe(values('1.1.0'));
    expect(await read('envs/prod/api/values.yaml')).toBe(values('1.0.0'));
    expect(await branchHead(root, REPO, 'main')).toBe(result.commitSha);
    const raw = await rawCommit(result.commitSha);
    expect(raw).toContain(`parent ${head}\n`);
    expect(raw).toMatch(
      /\nauthor github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>/,
    );
    expect(raw).toMatch(/\ncommitter GitHub <noreply@github\.com>/);
    // The whole message survives the headline/body split.
    expect(raw.slice(raw.indexOf('\n\n') + 2)).toBe(
      'chore(deploy): bump ghcr.io/acme/api to 1.1.0\n\nFrom 1.0.0.\nRefs: deploy',
    );
  });

  it('(16.5) reads several files in the same one query and commits them in one mutation', async () => {
    const files = ['envs/dev/api/values.yaml', 'envs/prod/api/values.yaml'];
    const result = await bump(request({ files }), ports());
    expect(result.changedFiles).toEqual(files);
    expect(gh.requests).toHaveLength(2);
    expect(await read('envs/prod/api/values.yaml')).toBe(values('1.1.0'));
    expect(await listCommits(root, REPO, 'main')).toHaveLength(2);
  });

  it('(16.5) nothing to change: one query and no write', async () => {
    await bump(request(), ports());
    gh.reset();
    const again = await bump(request(), ports());
    expect(again).toMatchObject({ changed: false, attempts: 1 });
    expect(gh.requests).toHaveLength(1);
    expect(await listCommits(root, REPO, 'main')).toHaveLength(2);
  });

  it('(16.5) a dry run answers the diff from the one query and commits nothing', async () => {
    const result = await bump(request({ dryRun: true }), ports());
    expect(result.changed).toBe(true);
    expect(result.diff).toContain('-  tag: "1.0.0" # set by CI\n+  tag: "1.1.0" # set by CI');
    expect(gh.requests).toHaveLength(1);
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('(16.5) a write between the query and the mutation: STALE_DATA, one retry, the edit re-applied on the new head', async () => {
    const octokit = createClient({ token: TOKEN, baseUrl: gh.apiUrl, log: silentLogger });
    let human: string | undefined;
    // A person changes the same file right after the first read, before the commit is sent.
    octokit.hook.after('request', async (_response, options) => {
      const query = (options as { query?: string }).query ?? '';
      if (human === undefined && query.startsWith('query')) {
        human = await commitFiles(root, REPO, { 'envs/dev/api/values.yaml': values('1.0.0', 5) });
      }
    });
    const github = new RepoClient(octokit, REPO);
    const result = await bump(request({ tag: '2.0.0' }), ports({ github }));
    expect(result).toMatchObject({ changed: true, attempts: 2, previousTag: '1.0.0' });
    expect(gh.requests).toHaveLength(4);
    expect(mutations()).toBe(4);
    expect(await read()).toBe(values('2.0.0', 5));
    const [top, second] = await listCommits(root, REPO, 'main');
    expect(top?.sha).toBe(result.commitSha);
    expect(second?.sha).toBe(human);
    expect(lines.some((l) => /Attempt 1 failed \(.*STALE_DATA.*\); re-reading main/.test(l))).toBe(true);
  });

  it('(16.5) a branch that keeps moving gives up after max attempts with the concurrency hint', async () => {
    const octokit = createClient({ token: TOKEN, baseUrl: gh.apiUrl, log: silentLogger });
    let n = 0;
    octokit.hook.after('request', async (_response, options) => {
      if (((options as { query?: string }).query ?? '').startsWith('query')) {
        await commitFiles(root, REPO, { [`other-${n++}.txt`]: 'x\n' });
      }
    });
    const error = await failure(
      bump(request({ maxAttempts: 3 }), ports({ github: new RepoClient(octokit, REPO) })),
    );
    expect(error.message).toBe('the branch still moved first after 3 attempts');
    expect(error.hint).toContain('max-attempts');
    expect(gh.requests).toHaveLength(6);
  });

  it.each([
    [
      {},
      "GitHub refused to move 'main' of acme/gitops: branch protection: 'Changes must be made through a pull request.'",
    ],
    [
      { kind: 'ruleset' as const, rule: 'Commits must have verified signatures.' },
      "GitHub refused to move 'main' of acme/gitops: a repository ruleset: 'Commits must have verified signatures.'",
    ],
  ])(
    '(16.5) a protected branch %j is final at the first mutation, explained as before',
    async (protection, message) => {
      gh.protectBranch(REPO, 'main', protection);
      const error = await failure(bump(request(), ports()));
      expect(error.message).toBe(message);
      expect(error.hint).toContain('set mode: pr');
      expect(error.hint).not.toMatch(/max-attempts|concurrency group/);
      expect(gh.requests).toHaveLength(2);
      expect(await branchHead(root, REPO, 'main')).toBe(head);
    },
  );

  it('(16.5) a missing file names the files beside it, with no write', async () => {
    const error = await failure(bump(request({ files: ['envs/dev/api/value.yaml'] }), ports()));
    expect(error.message).toBe('no such file on branch main (files)');
    expect(error.hint).toBe('Files in envs/dev/api: values.yaml');
    const other = await failure(bump(request({ files: ['envs/dev/cart/values.yaml'] }), ports()));
    expect(other.hint).toBe('Files in envs/dev: api, web');
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('(16.5) a missing branch and a missing repository are told apart in one query', async () => {
    const branch = await failure(bump(request({ branch: 'release' }), ports()));
    expect(branch.message).toBe("acme/gitops has no branch 'release'");
    expect(branch.hint).toBe('Check the branch input; the bump commits to an existing branch.');
    gh.reset();
    const repo = await failure(bump(request({ repository: 'acme/missing' }), ports()));
    expect(repo.message).toBe('the repository does not exist or the token cannot see it');
    expect(gh.requests).toHaveLength(1);
  });

  it('(16.5) a read-only token is told it needs contents: write', async () => {
    const error = await failure(bump(request({ token: READ_ONLY }), ports()));
    expect(error.message).toBe(
      "the token is not allowed to do this (FORBIDDEN 'Resource not accessible by integration')",
    );
    expect(error.hint).toContain('contents: write');
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('(16.5) a file GraphQL cuts at 512,000 bytes is read whole through the contents API', async () => {
    const big = `${values('1.0.0')}notes: "${'x'.repeat(520_000)}"\n`;
    await commitFiles(root, REPO, { 'envs/dev/api/values.yaml': big });
    const result = await bump(request(), ports());
    expect(result.changed).toBe(true);
    expect(await read()).toBe(big.replace('"1.0.0"', '"1.1.0"'));
    expect(gh.requests.map((r) => r.operationId)).toEqual(['graphql', 'repos/get-content', 'graphql']);
  });

  it('(16.5) a file over 1 MB is refused, naming transport git, and nothing is written', async () => {
    const huge = `${values('1.0.0')}notes: "${'x'.repeat(1_100_000)}"\n`;
    await commitFiles(root, REPO, { 'envs/dev/api/values.yaml': huge });
    const error = await bump(request(), ports()).catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/over 1 MB or not UTF-8/);
    expect(await read()).toBe(huge);
    expect(gh.requests.map((r) => r.operationId)).toEqual(['graphql', 'repos/get-content']);
  });

  it('(16.5) a transient failure of a GraphQL request is retried inside the attempt', async () => {
    gh.inject({ fault: { kind: 'status', status: 502 }, path: /\/graphql/ });
    const result = await bump(request(), ports());
    expect(result).toMatchObject({ changed: true, attempts: 1 });
    expect(gh.requests.map((r) => r.status)).toEqual([502, 200, 200]);
  });
});
