// (16.4) The promotion merged at the commit it wrote, and never at a later one: `merge`, the merge
// queue and auto-merge against the local GitHub, which refuses a stale head as GitHub does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, describeFailure, silentLogger } from '@gitops-actions/kit';
import { execFileSync } from 'node:child_process';
import {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  readFileAtBranch,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { RepoClient, createClient, type PullMergeMethod, type PullRequest } from '@gitops-actions/github';
import { renderSummary, type PromotionRequest } from '@gitops-actions/promotion';
import { promote } from '../src/promote.js';

const TOKEN = 'ghs_promotionMergeToken1234567890';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}"\n`;
const PROD = 'envs/prod/api/values.yaml';

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promotion-merge-'));
  gh = await startGitHubServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, {
    'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
    [PROD]: values('1.3.0-0000000'),
  });
  gh.reset();
});

afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function request(values: Partial<PromotionRequest> = {}): PromotionRequest {
  return {
    repository: repo,
    token: TOKEN,
    base: 'main',
    files: [PROD],
    image: 'ghcr.io/acme/api',
    tag: '',
    fromFile: 'envs/dev/api/values.yaml',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    environment: 'production',
    branch: 'promote/{environment}/{image-name}',
    title: 'Promote {image-name} {tag} to {environment}',
    body: '',
    labels: [],
    reviewers: [],
    teamReviewers: [],
    assignees: [],
    draft: false,
    autoMerge: '',
    ...values,
  };
}

/** What someone else does between the promotion's write and its merge request. */
type Meddle = (pull: PullRequest) => Promise<void>;

/** The real client, with someone acting just before the merge (or auto-merge) request leaves. */
class RacedClient extends RepoClient {
  constructor(private readonly meddle?: Meddle) {
    super(createClient({ token: TOKEN, baseUrl: gh.apiUrl, log: silentLogger }), repo);
  }
  override async mergePull(number: number, sha: string, method: PullMergeMethod, body?: string) {
    await this.meddle?.(await this.pull(number));
    return super.mergePull(number, sha, method, body);
  }
  override async enableAutoMerge(pull: PullRequest, method: PullMergeMethod, head?: string, body?: string) {
    await this.meddle?.(pull);
    return super.enableAutoMerge(pull, method, head, body);
  }
}

const run = (values: Partial<PromotionRequest>, meddle?: Meddle) =>
  promote(request(values), {
    client: new RacedClient(meddle),
    log: silentLogger,
    serverUrl: gh.url,
    runUrl: '',
  });

/** A commit on `branch` changing `file`, through the local GitHub as anyone's push would land. */
async function pushTo(branch: string, file: string, text: string): Promise<string> {
  const client = new RepoClient(createClient({ token: TOKEN, baseUrl: gh.apiUrl, log: silentLogger }), repo);
  const tip = (await client.branch(branch))!;
  const sha = await client.commitFiles({
    parent: tip.sha,
    baseTree: tip.tree,
    files: { [file]: text },
    message: 'meddle',
  });
  await client.moveBranch(branch, sha, false);
  return sha;
}

describe('(16.4) merge at the reviewed commit', () => {
  it('(16.4) merge: squash merges the pull request at the head the promotion wrote', async () => {
    const result = await run({ merge: 'squash' });
    const main = await branchHead(root, repo, 'main');
    expect(result.merge).toEqual({ state: 'merged', head: result.headSha, commit: main, position: 0 });
    expect(await readFileAtBranch(root, repo, 'main', PROD)).toBe(values('1.4.0-abc1234'));
    expect(gh.pulls(repo)[0]).toMatchObject({ merged: true, state: 'closed', mergeCommit: main });
    expect(renderSummary(request(), result)).toContain(
      `Merged #1 at \`${result.headSha.slice(0, 12)}\` as \`${main!.slice(0, 12)}\`.`,
    );
  });

  it('(16.2) the squash or merge commit on the base carries the service commit trailers', async () => {
    const sha = 'a'.repeat(40);
    await commitFiles(
      root,
      repo,
      { 'envs/dev/api/values.yaml': values('1.4.1-aaaaaaa') },
      {
        message: `deploy\n\nArgocd-reference-commit-sha: ${sha}\nArgocd-reference-commit-repourl: https://github.com/acme/api\n`,
      },
    );
    for (const method of ['squash', 'merge'] as const) {
      if (method === 'merge') {
        repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
        await createBareRepo(root, repo, {
          'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
          [PROD]: values('1.3.0-0000000'),
        });
        await commitFiles(
          root,
          repo,
          { 'envs/dev/api/values.yaml': values('1.4.1-aaaaaaa') },
          { message: `deploy\n\nArgocd-reference-commit-sha: ${sha}\n` },
        );
      }
      await run({ merge: method });
      const message = execFileSync(
        'git',
        ['--git-dir', bareRepoPath(root, repo), 'log', '-1', '--format=%B', 'main'],
        {
          encoding: 'utf8',
        },
      );
      const trailers = execFileSync('git', ['interpret-trailers', '--parse'], {
        input: message,
        encoding: 'utf8',
      });
      expect(trailers).toContain(`Argocd-reference-commit-sha: ${sha}\n`);
    }
  });

  it('(16.2) auto-merge asks for the trailers in the commit body, in a mutation the schema accepts', async () => {
    await commitFiles(
      root,
      repo,
      { 'envs/dev/api/values.yaml': values('1.4.1-aaaaaaa') },
      { message: `deploy\n\nArgocd-reference-commit-sha: ${'b'.repeat(40)}\n` },
    );
    const result = await run({ autoMerge: 'squash' });
    expect(result.merge?.state).toBe('auto-merge');
    expect(gh.pulls(repo)[0]?.autoMerge).toBe('squash');
  });

  it('(16.4) a push to the branch between the write and the merge: 409, a clear error, nothing merged', async () => {
    const main = await branchHead(root, repo, 'main');
    let pushed = '';
    const error = await run({ merge: 'merge' }, async (pull) => {
      pushed = await pushTo(pull.headRef, 'envs/prod/api/extra.yaml', 'unreviewed: true\n');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    const message = describeFailure(error, 'promote');
    expect(message).toMatch(
      /^Could not merge #1 at [0-9a-f]{12}: someone pushed to 'promote\/production\/api' after this run wrote/,
    );
    expect(message).toContain('Head branch was modified. Review and try the merge again.');
    expect(message).toContain('Nothing was merged.');
    expect(await branchHead(root, repo, 'main')).toBe(main);
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'open', merged: false });
    expect(await branchHead(root, repo, 'promote/production/api')).toBe(pushed);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/merge').map((r) => r.status)).toEqual([409]);
  });

  it('(16.4) a base that requires the merge queue: the pull request is queued at that head, and the queue merges it', async () => {
    gh.requireMergeQueue(repo, 'main');
    const result = await run({ merge: 'merge' });
    expect(result.merge).toEqual({ state: 'queued', head: result.headSha, commit: '', position: 1 });
    expect(gh.mergeQueue(repo)).toMatchObject([{ number: 1, head: result.headSha }]);
    expect(renderSummary(request(), result)).toContain('Added #1 to the merge queue');
    const [merged] = await gh.runMergeQueue(repo, 'main');
    expect(await branchHead(root, repo, 'main')).toBe(merged!.sha);
    expect(await readFileAtBranch(root, repo, 'main', PROD)).toBe(values('1.4.0-abc1234'));
  });

  it('(16.4) blocked by the base (a conflict): the error names the merge input; with auto-merge it falls back to it', async () => {
    let n = 0;
    const conflict: Meddle = async () => {
      await pushTo('main', PROD, values(`9.9.${++n}-conflict`));
    };
    const error = await run({ merge: 'merge' }, conflict).catch((e: unknown) => e);
    const message = describeFailure(error, 'promote');
    expect(message).toContain(
      "Could not merge #1 (the merge input): GitHub refused the merge (405 'Pull Request is not mergeable')",
    );
    expect(message).toContain('Set auto-merge (merge, squash or rebase)');
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'open', merged: false });

    const fallback = await run({ merge: 'squash', autoMerge: 'squash' }, conflict);
    expect(fallback.merge).toMatchObject({ state: 'auto-merge', head: fallback.headSha });
    expect(gh.pulls(repo)[0]).toMatchObject({ autoMerge: 'squash', merged: false });
  });

  it('(16.4) auto-merge carries the head it wrote; a push before it is refused and auto-merge stays off', async () => {
    const result = await run({ autoMerge: 'rebase' });
    expect(result.merge).toEqual({ state: 'auto-merge', head: result.headSha, commit: '', position: 0 });
    expect(gh.pulls(repo)[0]?.autoMerge).toBe('rebase');

    repo = `${repo}-stale`;
    await createBareRepo(root, repo, {
      'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
      [PROD]: values('1.3.0-0000000'),
    });
    const error = await run({ autoMerge: 'squash' }, async (pull) => {
      await pushTo(pull.headRef, 'envs/prod/api/extra.yaml', 'unreviewed: true\n');
    }).catch((e: unknown) => e);
    expect(describeFailure(error, 'promote')).toMatch(
      /^Could not enable auto-merge on #1 at [0-9a-f]{12}: someone pushed to .*'Head branch was modified/,
    );
    expect(gh.pulls(repo)[0]?.autoMerge).toBeNull();
  });
});
