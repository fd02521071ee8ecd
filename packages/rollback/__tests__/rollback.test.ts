// The rollback from its package function, on real bare repositories: over git smart HTTP (the
// git-server stand-in) and through the local GitHub (REST checked against GitHub's OpenAPI
// description), for a direct commit and for the pull request.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, type Logger } from '@gitops-actions/kit';
import {
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { rollback, renderSummary, type RollbackPorts, type RollbackRequest } from '@gitops-actions/rollback';

const TOKEN = 'ghs_rollbackUnitToken1234567890';
const FILE = 'envs/prod/api/values.yaml';
const OTHER = 'envs/prod/web/values.yaml';
const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;

/** A values file as the deploys write it; `replicas` changes by hand between deploys. */
const values = (tag: string, replicas = 2, digest?: string) =>
  `# api in prod\nimage:\n  repository: ghcr.io/acme/api\n  tag: "${tag}" # set by CI\n${
    digest ? `  digest: ${digest}\n` : ''
  }replicas: ${replicas}\n`;

let root: string;
let git: GitServer;
let gh: GitHubServer;
let repo: string;
const lines: string[] = [];
const log: Logger = {
  info: (m) => lines.push(m),
  warning: (m) => lines.push(m),
  debug: (m) => lines.push(m),
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rollback-'));
  git = await startGitServer({ root, token: TOKEN });
  gh = await startGitHubServer({ root, token: TOKEN });
});

afterAll(async () => {
  await git.close();
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, { [FILE]: values('1.0.0'), [OTHER]: 'image:\n  tag: "0.1.0"\n' });
  gh.reset();
  lines.length = 0;
});

afterEach(() => {
  expect(gh.violations).toEqual([]);
  // No form of the token reached a log line.
  expect(lines.join('\n')).not.toContain(TOKEN);
});

const deploy = (text: string, message: string) => commitFiles(root, repo, { [FILE]: text }, { message });
const read = (file = FILE, branch = 'main') => readFileAtBranch(root, repo, branch, file);

function request(values: Partial<RollbackRequest> = {}): RollbackRequest {
  return {
    url: git.repoUrl(repo),
    repository: repo,
    serverUrl: gh.url,
    apiUrl: gh.apiUrl,
    transport: 'git',
    token: TOKEN,
    branch: 'main',
    files: [FILE],
    image: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    maxAttempts: 5,
    toTag: '',
    mode: 'push',
    environment: 'production',
    reason: '',
    ...values,
  };
}

const ports = (extra: Partial<RollbackPorts> = {}): RollbackPorts => ({
  log,
  random: () => 0,
  clock: { now: () => 0, sleep: () => Promise.resolve() },
  env: {},
  ...extra,
});

const failure = (promise: Promise<unknown>): Promise<ActionError> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as ActionError,
  );

describe.each(['git', 'api'] as const)('rollback over the %s transport', (transport) => {
  it('(13.3) deploy A, deploy B, roll back: the file holds A and every other byte is today’s', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    // A later hand edit that is not a deploy: the rollback must keep it.
    await deploy(values('1.1.0', 5), 'scale api to 5');
    const result = await rollback(request({ transport, reason: 'errors after 1.1.0' }), ports());
    expect(result).toMatchObject({
      restoredTag: '1.0.0',
      previousTag: '1.1.0',
      changed: true,
      pullRequestUrl: '',
    });
    expect(await read()).toBe(values('1.0.0', 5));
    const [head] = await listCommits(root, repo, 'main');
    expect(head?.sha).toBe(result.commitSha);
    expect(head?.subject).toBe(`Rollback image.tag in ${FILE}: 1.1.0 → 1.0.0`);
    expect(renderSummary(request(), result)).toContain('Rollback of `production` to `1.0.0`');
  });

  it('(13.3) rolls back to the to-tag asked for, across several deploys', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    await deploy(values('1.2.0'), 'deploy 1.2.0');
    const result = await rollback(request({ transport, toTag: '1.0.0' }), ports());
    expect(result).toMatchObject({ restoredTag: '1.0.0', previousTag: '1.2.0' });
    expect(await read()).toBe(values('1.0.0'));
  });

  it('(13.3) refuses when the history holds one value only, and changes nothing', async () => {
    await deploy(values('1.0.0', 3), 'scale api to 3');
    const before = await listCommits(root, repo, 'main');
    const error = await failure(rollback(request({ transport }), ports()));
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toMatch(/nothing to go back to: the last 2 commit\(s\) only ever set '1\.0\.0'/);
    expect(await listCommits(root, repo, 'main')).toEqual(before);
  });

  it('(13.3) refuses a to-tag never deployed there, listing what was', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    const error = await failure(rollback(request({ transport, toTag: '0.9.0' }), ports()));
    expect(error.operation).toBe("roll back to '0.9.0'");
    expect(error.message).toContain("it was never deployed at key 'image.tag'");
    expect(error.hint).toMatch(
      /Deployed there, newest first: '1\.1\.0' \([0-9a-f]{7}\), '1\.0\.0' \([0-9a-f]{7}\)\. Give one of them in the to-tag input\./,
    );
    expect(await read()).toBe(values('1.1.0'));
  });

  it('(13.3) restores the digest deployed with the tag', async () => {
    await deploy(values('1.0.0', 2, DIGEST_A), 'deploy 1.0.0 pinned');
    await deploy(values('1.1.0', 2, DIGEST_B), 'deploy 1.1.0 pinned');
    const result = await rollback(request({ transport, digestKey: 'image.digest' }), ports());
    expect(result).toMatchObject({ restoredTag: '1.0.0', restoredDigest: DIGEST_A });
    expect(await read()).toBe(values('1.0.0', 2, DIGEST_A));
  });
});

describe('rollback (git transport)', () => {
  it('(13.3) lands when another file changes while it pushes (the tip moved)', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    let raced = false;
    // Another writer lands just before this push reaches the server, whichever client makes it.
    git.faults.raceNextPush(async () => {
      raced = true;
      await commitFiles(root, repo, { [OTHER]: 'image:\n  tag: "0.2.0"\n' }, { message: 'deploy web' });
    });
    const result = await rollback(request(), ports());
    expect(raced).toBe(true);
    expect(result).toMatchObject({ restoredTag: '1.0.0', changed: true });
    expect(await read()).toBe(values('1.0.0'));
    expect(await read(OTHER)).toBe('image:\n  tag: "0.2.0"\n');
    const subjects = (await listCommits(root, repo, 'main')).map((c) => c.subject);
    expect(subjects.slice(0, 2)).toEqual([`Rollback image.tag in ${FILE}: 1.1.0 → 1.0.0`, 'deploy web']);
  });

  it('(13.3) refuses a digest-pinned value it could not undo with the tag alone', async () => {
    await deploy(values('1.1.0', 2, DIGEST_B), 'deploy 1.1.0 pinned');
    const error = await failure(rollback(request({ digestKey: 'image.digest' }), ports()));
    expect(error.message).toContain('without a digest');
    expect(await read()).toBe(values('1.1.0', 2, DIGEST_B));
  });
});

describe('rollback (api transport)', () => {
  it('(13.3) reads the history lazily: one listing and only the versions it needs', async () => {
    for (const tag of ['1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0'])
      await deploy(values(tag), `deploy ${tag}`);
    const result = await rollback(request({ transport: 'api' }), ports());
    expect(result).toMatchObject({ restoredTag: '1.4.0', previousTag: '1.5.0' });
    const reads = gh.requests.filter((r) => r.operationId === 'repos/get-content');
    const listings = gh.requests.filter((r) => r.operationId === 'repos/list-commits');
    expect(listings).toHaveLength(1);
    // The current and the previous version, and the one before (which ends the previous value's
    // run); the edit reads the tip in its GraphQL query, beside its one mutation.
    expect(reads).toHaveLength(3);
    expect(gh.requests.filter((r) => r.operationId === 'graphql')).toHaveLength(2);
  });
});

describe('rollback (pr mode)', () => {
  it('(13.3) opens a pull request titled as a rollback, with the from → to table', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    const result = await rollback(request({ transport: 'api', mode: 'pr', reason: 'p99 doubled' }), ports());
    expect(result.changed).toBe(true);
    expect(result.pullRequestUrl).toMatch(/\/pull\/1$/);
    const [pull] = gh.pulls(repo);
    expect(pull?.title).toBe('Rollback production: 1.1.0 → 1.0.0');
    expect(pull?.head).toBe('rollback/production/api');
    expect(pull?.body).toContain('| `envs/prod/api/values.yaml` | `image.tag` | `1.1.0` | `1.0.0` |');
    expect(pull?.body).toContain('**Reason:** p99 doubled');
    expect(await read(FILE, 'rollback/production/api')).toBe(values('1.0.0'));
    expect(await read()).toBe(values('1.1.0'));
    expect(result.commitSha).toBe((await listCommits(root, repo, 'rollback/production/api'))[0]?.sha);
  });
});
