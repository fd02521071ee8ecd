// The shipped bump-manifest bundle through its api transport (no clone: (16.5) one GraphQL query
// for the branch head and the files, one createCommitOnBranch at that head), run as the runner runs
// it against the local GitHub (REST validated against GitHub's OpenAPI description, GraphQL
// executed against GitHub's schema, on real bare repositories).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_bumpApiToken1234567890';
const READ_ONLY = 'ghs_bumpReadOnly1234567890';
const values = (tag: string, replicas = 2) =>
  `# svc\nimage:\n  repository: ghcr.io/acme/svc\n  tag: "${tag}" # set by CI\nreplicas: ${replicas}\n`;

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-api-dist-'));
  gh = await startGitHubServer({ root, token: TOKEN, tokens: { [READ_ONLY]: { contents: 'read' } } });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`apps/svc-${i}/values.yaml`] = values('1.0.0');
  await createBareRepo(root, repo, files);
  gh.reset();
});

afterEach(() => {
  // Any request GitHub's OpenAPI description would reject fails the test that made it.
  expect(gh.violations).toEqual([]);
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const bump = (inputs: Record<string, string> = {}, timeoutMs = 60_000) =>
  runDist('bump-manifest', {
    inputs: { repository: repo, token: TOKEN, files: 'apps/svc-1/values.yaml', tag: '1.1.0', ...inputs },
    env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url },
    timeoutMs,
  });

const errorOf = (r: { commands: Array<{ command: string; message: string }> }) =>
  r.commands.find((c) => c.command === 'error')?.message ?? '';
// Every GraphQL request is a POST: what was written is read from the repository itself.
const commitCount = async () => (await listCommits(root, repo, 'main')).length;
const read = (file = 'apps/svc-1/values.yaml') => readFileAtBranch(root, repo, 'main', file);

describe('dist/bump-manifest through the GitHub API', () => {
  it('(16.5) commits through the API in 2 requests, then re-runs in 1 without a commit', async () => {
    const result = await bump();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [head, parent] = await listCommits(root, repo, 'main');
    expect(result.outputs).toEqual({
      changed: 'true',
      'commit-sha': head!.sha,
      'previous-tag': '1.0.0',
      files: '["apps/svc-1/values.yaml"]',
      attempts: '1',
      'pull-request-url': '',
      'pull-request-number': '',
    });
    expect(head).toMatchObject({
      subject: 'chore(deploy): bump apps/svc-1/values.yaml to 1.1.0',
      author: 'github-actions[bot]',
    });
    expect(parent).toBeDefined();
    // Byte-minimal: only the tag scalar changed, quoting and comment kept; other files untouched.
    expect(await read()).toBe(values('1.1.0'));
    expect(await read('apps/svc-2/values.yaml')).toBe(values('1.0.0'));
    // No clone: one query for the head and the file, one createCommitOnBranch.
    expect(gh.git.stats.requests).toBe(0);
    expect(gh.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/graphql', 200],
      ['POST', '/graphql', 200],
    ]);
    expect(result.summary).toContain('`apps/svc-1/values.yaml` | `image.tag` | `1.0.0` → `1.1.0`');
    expect(result.summary).toContain(`${gh.url}/${repo}/commit/${head!.sha}`);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);

    gh.reset();
    const again = await bump();
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ changed: 'false', 'commit-sha': head!.sha, files: '[]' });
    expect(gh.requests).toHaveLength(1);
    expect(await listCommits(root, repo, 'main')).toHaveLength(2);
  });

  it('(16.5) re-reads and re-applies the edit when the branch moves between the query and the commit', async () => {
    // The query and the commit each wait before they run; once the query is answered, a person
    // changes the same file on main while the commit waits.
    gh.inject({ fault: { kind: 'slow', delayMs: 1500 }, path: /^\/graphql$/, times: 2 });
    const running = bump({ tag: '2.0.0' });
    const deadline = Date.now() + 20_000;
    while (gh.requests.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const human = await commitFiles(
      root,
      repo,
      { 'apps/svc-1/values.yaml': values('1.0.0', 5) },
      { message: 'scale svc-1', author: { name: 'Alice', email: 'alice@example.com' } },
    );
    const result = await running;
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ changed: 'true', attempts: '2', 'previous-tag': '1.0.0' });
    // Query, commit refused (STALE_DATA), query of the new head, commit.
    expect(gh.requests.map((r) => r.operationId)).toEqual(['graphql', 'graphql', 'graphql', 'graphql']);
    // The semantic edit was re-applied on the new tip: the person's change is kept.
    expect(await read()).toBe(values('2.0.0', 5));
    const [head, second] = await listCommits(root, repo, 'main');
    expect(head!.sha).toBe(result.outputs['commit-sha']);
    expect(second!.sha).toBe(human);
  }, 30_000);

  // The race is the same with ten writers as with twenty, at a quarter of the suite's time; the
  // bench (npm run bench -- concurrency) lands twenty.
  const WRITERS = 10;
  it('lands all of 10 concurrent API bumps of 10 services', async () => {
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        // The local GitHub serializes writes to a repository (as GitHub does), so on a loaded
        // 2-core machine the last of them can take minutes (215 s seen beside other work): generous
        // limits, no timing asserted.
        bump({ files: `apps/svc-${i}/values.yaml`, tag: `2.0.${i}`, 'max-attempts': '40' }, 300_000),
      ),
    );
    for (const r of results) expect(r.exitCode).toBe(0);
    for (let i = 0; i < WRITERS; i++)
      expect(await read(`apps/svc-${i}/values.yaml`)).toBe(values(`2.0.${i}`));
    expect(await listCommits(root, repo, 'main')).toHaveLength(WRITERS + 1);
    expect(gh.git.stats.requests).toBe(0);
    // (16.5) Two requests an attempt: every loser re-read the new head once per lost commit.
    const attempts = results.reduce((sum, r) => sum + Number(r.outputs['attempts']), 0);
    expect(gh.requests).toHaveLength(2 * attempts);
  }, 310_000);

  it('ends with exactly one commit under 5xx, 429, secondary rate limits and a reset connection', async () => {
    // In this order on the GraphQL endpoint: the query meets the first ones, the commit the rest.
    gh.inject({ fault: { kind: 'reset' }, path: /^\/graphql$/ });
    gh.inject({ fault: { kind: 'status', status: 502 }, path: /^\/graphql$/ });
    gh.inject({ fault: { kind: 'too-many-requests', retryAfter: 1 }, path: /^\/graphql$/ });
    gh.inject({ fault: { kind: 'secondary-rate-limit', retryAfter: 1 }, path: /^\/graphql$/ });
    gh.inject({ fault: { kind: 'status', status: 500 }, path: /^\/graphql$/ });
    const result = await bump();
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ changed: 'true', attempts: '1' });
    expect(gh.requests.filter((r) => [0, 403, 429, 500, 502].includes(r.status))).toHaveLength(5);
    expect(await listCommits(root, repo, 'main')).toHaveLength(2);
    expect(await read()).toBe(values('1.1.0'));
  }, 30_000);

  it('names the missing permission of a read-only token and commits nothing', async () => {
    const before = await branchHead(root, repo, 'main');
    const result = await bump({ token: READ_ONLY });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('contents: write');
    expect(errorOf(result)).not.toContain(READ_ONLY);
    expect(await branchHead(root, repo, 'main')).toBe(before);
  });

  it('shows the diff in a dry run and writes nothing', async () => {
    const result = await bump({ 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ changed: 'true', files: '["apps/svc-1/values.yaml"]' });
    expect(result.stdout).toContain('-  tag: "1.0.0" # set by CI\n+  tag: "1.1.0" # set by CI');
    expect(result.summary).toContain('Dry run');
    expect(gh.requests).toHaveLength(1);
    expect(await listCommits(root, repo, 'main')).toHaveLength(1);
  });

  it.each([
    [
      { files: 'apps/svc-1/value.yaml' },
      "Could not read 'apps/svc-1/value.yaml': no such file on branch main (files)",
      'Files in apps/svc-1: values.yaml',
    ],
    [
      { files: 'apps/svc-x/values.yaml' },
      'no such file on branch main (files)',
      'Files in apps: svc-0, svc-1',
    ],
    [{ branch: 'release' }, `has no branch 'release'`, 'Check the branch input'],
    [{ repository: 'acme/missing' }, 'Could not read acme/missing: the repository does not exist', ''],
    [{ key: 'api.image.tag' }, 'Could not edit apps/svc-1/values.yaml', ''],
    [{ token: 'ghs_wrongToken000000000000' }, 'refused the token (401', ''],
  ])('fails clearly and writes nothing for %j', async (inputs, message, hint) => {
    const result = await bump(inputs);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
    expect(errorOf(result)).toContain(hint);
    if (!('repository' in inputs)) expect(await commitCount()).toBe(1);
  });

  it('rejects transport api for a git URL that is not on the GitHub server, before any request', async () => {
    const result = await bump({ repository: 'https://git.example.com/acme/gitops.git', transport: 'api' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("Input 'transport' api needs the repository as owner/name");
    expect(gh.requests).toEqual([]);
  });

  it('(13.5) a protected branch fails at the first commit, naming the rule and mode: pr', async () => {
    gh.protectBranch(repo, 'main');
    const before = await branchHead(root, repo, 'main');
    const result = await bump();
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(
      "GitHub refused to move 'main' of " +
        repo +
        ": branch protection: 'Changes must be made through a pull request.'",
    );
    expect(errorOf(result)).toContain('set mode: pr');
    // (16.5) One query, one refused createCommitOnBranch, no retry.
    expect(gh.requests).toHaveLength(2);
    expect(await branchHead(root, repo, 'main')).toBe(before);
  });

  it('(13.5) the same push over git fails at the first push, with GH006 explained', async () => {
    gh.protectBranch(repo, 'main', { kind: 'ruleset' });
    gh.git.stats.reset();
    const result = await bump({ transport: 'git' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("refused the push to 'main': a repository ruleset (GH013)");
    expect(errorOf(result)).toContain('set mode: pr');
    // Its queue ticket, the branch once, the ticket's deletion.
    expect(gh.git.stats.pushes).toBe(3);
  });

  it('(13.5) mode pr opens the pull request into the protected branch and outputs it; a re-run keeps it', async () => {
    gh.protectBranch(repo, 'main');
    const before = await branchHead(root, repo, 'main');
    const result = await bump({ mode: 'pr' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [pull] = gh.pulls(repo);
    expect(pull).toBeDefined();
    const head = await branchHead(root, repo, pull!.head);
    expect(result.outputs).toEqual({
      changed: 'true',
      'commit-sha': head,
      'previous-tag': '1.0.0',
      files: '["apps/svc-1/values.yaml"]',
      attempts: '1',
      'pull-request-url': `${gh.url}/${repo}/pull/${pull!.number}`,
      'pull-request-number': String(pull!.number),
    });
    expect(pull!.head).toMatch(/^bump\/[0-9a-f]{10}\/1\.1\.0$/);
    expect(pull!.title).toBe('Bump image.tag to 1.1.0 in apps/svc-1/values.yaml');
    expect(pull!.body).toContain('| `apps/svc-1/values.yaml` | `image.tag` | `1.0.0` | `1.1.0` |');
    expect(result.summary).toContain(`Opened [#${pull!.number}]`);
    expect(await branchHead(root, repo, 'main')).toBe(before);
    const again = await bump({ mode: 'pr' });
    expect(again.outputs).toMatchObject({
      changed: 'false',
      'commit-sha': head,
      'pull-request-number': String(pull!.number),
    });
    expect(gh.pulls(repo)).toHaveLength(1);
  });

  it('still clones and pushes with transport git for an owner/name repository', async () => {
    const result = await bump({ transport: 'git' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['changed']).toBe('true');
    expect(gh.requests).toEqual([]);
    expect(gh.git.stats.requests).toBeGreaterThan(0);
    expect(await read()).toBe(values('1.1.0'));
  });
});
