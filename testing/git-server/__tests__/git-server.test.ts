import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '../src/index.js';
import { basicHeader, mustGit, runGit } from './git-helpers.js';

const TOKEN = 'ghs_sandboxTestToken123';
const REPO = 'acme/gitops';

describe('git smart-HTTP server', () => {
  let root: string;
  let work: string;
  let server: GitServer;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sandbox-root-'));
    work = await mkdtemp(join(tmpdir(), 'sandbox-work-'));
    await createBareRepo(root, REPO, {
      'README.md': '# gitops\n',
      'apps/web/dev/values.yaml': 'image:\n  tag: v1.0.0\n',
    });
    server = await startGitServer({ root, token: TOKEN });
  });

  afterEach(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
    await rm(work, { recursive: true, force: true, maxRetries: 5 });
  });

  it('clones with a Basic token header and accepts a push', async () => {
    const clone = join(work, 'clone');
    await mustGit(['-c', basicHeader(TOKEN), 'clone', server.repoUrl(REPO), clone], work);
    expect(await readFile(join(clone, 'apps/web/dev/values.yaml'), 'utf8')).toBe('image:\n  tag: v1.0.0\n');

    await writeFile(join(clone, 'apps/web/dev/values.yaml'), 'image:\n  tag: v1.1.0\n');
    await mustGit(['commit', '-am', 'Deploy web v1.1.0 to dev'], clone);
    await mustGit(['-c', basicHeader(TOKEN), 'push', 'origin', 'HEAD:main'], clone);

    const localHead = (await mustGit(['rev-parse', 'HEAD'], clone)).trim();
    expect(await branchHead(root, REPO, 'main')).toBe(localHead);
    expect(await readFileAtBranch(root, REPO, 'main', 'apps/web/dev/values.yaml')).toContain('v1.1.0');
    expect((await listCommits(root, REPO, 'main'))[0]).toMatchObject({
      sha: localHead,
      subject: 'Deploy web v1.1.0 to dev',
    });
  });

  it('accepts a Bearer token and new branches over push', async () => {
    const bearer = `http.extraHeader=Authorization: Bearer ${TOKEN}`;
    const clone = join(work, 'clone');
    await mustGit(['-c', bearer, 'clone', server.repoUrl(REPO), clone], work);
    await mustGit(['commit', '--allow-empty', '-m', 'Promote'], clone);
    await mustGit(['-c', bearer, 'push', 'origin', 'HEAD:refs/heads/promote/prod'], clone);
    expect(await branchHead(root, REPO, 'promote/prod')).toBe(
      (await mustGit(['rev-parse', 'HEAD'], clone)).trim(),
    );
  });

  it('rejects a wrong token with an authentication error and changes nothing', async () => {
    const clone = join(work, 'clone');
    await mustGit(['-c', basicHeader(TOKEN), 'clone', server.repoUrl(REPO), clone], work);
    await mustGit(['commit', '--allow-empty', '-m', 'Should never land'], clone);
    const before = await branchHead(root, REPO, 'main');

    const viaHeader = await runGit(['-c', basicHeader('wrong-token'), 'push', 'origin', 'HEAD:main'], clone);
    expect(viaHeader.code).not.toBe(0);
    // With the token in a header git has no credentials of its own, so it asks for a user name.
    expect(viaHeader.stderr).toMatch(/could not read Username|Authentication failed/);

    const inUrl = server.repoUrl(REPO).replace('http://', 'http://x-access-token:wrong-token@');
    const viaUrl = await runGit(['clone', inUrl, join(work, 'denied')], work);
    expect(viaUrl.code).not.toBe(0);
    expect(viaUrl.stderr).toMatch(/Authentication failed/);
    expect(viaUrl.stderr).not.toContain(TOKEN);

    expect(await branchHead(root, REPO, 'main')).toBe(before);
    expect(await listCommits(root, REPO, 'main')).toHaveLength(1);
  });

  it('speaks protocol v0 too, whose upload-pack requests git sends gzip-compressed', async () => {
    // git gzips a v0 request body over 1 KiB; 25 wants get there, so the backend must inflate it.
    for (let i = 0; i < 25; i++) {
      await commitFiles(root, REPO, { [`env-${i}.txt`]: `${i}\n` }, { branch: `env/${i}` });
    }
    const v0 = ['-c', 'protocol.version=0', '-c', basicHeader(TOKEN)];
    const clone = join(work, 'clone');
    await mustGit([...v0, 'clone', server.repoUrl(REPO), clone], work);
    expect(await mustGit(['branch', '-r', '--list', 'origin/env/*'], clone)).toContain('origin/env/24');
    await commitFiles(root, REPO, { 'remote.txt': 'moved on\n' }, { message: 'Remote change' });
    await mustGit(['commit', '--allow-empty', '-m', 'Local change'], clone);
    await mustGit([...v0, 'pull', '--rebase', 'origin', 'main'], clone);
    await mustGit([...v0, 'push', 'origin', 'HEAD:main'], clone);
    expect((await listCommits(root, REPO, 'main')).map((c) => c.subject)).toEqual([
      'Local change',
      'Remote change',
      'Initial commit',
    ]);
  });

  it('answers an unauthenticated request with a Basic challenge', async () => {
    const response = await fetch(`${server.repoUrl(REPO)}/info/refs?service=git-upload-pack`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="gitops-actions sandbox"');
    expect(await response.text()).not.toContain(TOKEN);
  });

  it('serves a blob-less depth-1 sparse clone with fewer bytes than a full clone', async () => {
    await addHistory(root);
    server.stats.reset();
    await mustGit(['-c', basicHeader(TOKEN), 'clone', server.repoUrl(REPO), join(work, 'full')], work);
    const full = server.stats.bytesSent;

    server.stats.reset();
    const sparse = join(work, 'sparse');
    const args = ['clone', '--depth', '1', '--filter=blob:none', '--sparse', server.repoUrl(REPO), sparse];
    await mustGit(['-c', basicHeader(TOKEN), ...args], work);
    // Blobs outside the sparse cone arrive lazily, which needs allowFilter + allowAnySHA1InWant.
    await mustGit(['-c', basicHeader(TOKEN), 'sparse-checkout', 'set', 'apps/web/dev'], sparse);
    const partial = server.stats.bytesSent;

    expect(await readFile(join(sparse, 'apps/web/dev/values.yaml'), 'utf8')).toContain('tag: v9');
    expect(await mustGit(['rev-list', '--count', 'HEAD'], sparse)).toBe('1\n');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(full / 2);
  });

  it('counts requests and request bytes, and resets', async () => {
    await mustGit(['-c', basicHeader(TOKEN), 'ls-remote', server.repoUrl(REPO)], work);
    expect(server.stats.requests).toBeGreaterThan(0);
    expect(server.stats.bytesSent).toBeGreaterThan(0);
    expect(server.stats.bytesReceived).toBeGreaterThan(0);
    server.stats.reset();
    expect(server.stats).toMatchObject({ requests: 0, bytesSent: 0, bytesReceived: 0 });
  });

  it('fails exactly the next n requests with the injected status', async () => {
    server.faults.failNext(2, 503);
    const url = `${server.repoUrl(REPO)}/info/refs?service=git-upload-pack`;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url, { headers: auth })).status);
    expect(statuses).toEqual([503, 503, 200]);

    server.faults.failNext(1, 500);
    const failed = await runGit(['-c', basicHeader(TOKEN), 'ls-remote', server.repoUrl(REPO)], work);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/returned error: 500/);
    const retried = await runGit(['-c', basicHeader(TOKEN), 'ls-remote', server.repoUrl(REPO)], work);
    expect(retried.code).toBe(0);
  });

  it.each([
    ['drop', /Empty reply from server|unexpected disconnect|hung up/],
    [403, /returned error: 403|HTTP 403/],
  ] as const)(
    '(12.11) fails only the next push with %s, after the refs were read, and lets clones through',
    async (fault, said) => {
      const clone = join(work, 'clone');
      await mustGit(['-c', basicHeader(TOKEN), 'clone', server.repoUrl(REPO), clone], work);
      await mustGit(['commit', '--allow-empty', '-m', 'Change'], clone);
      const before = await branchHead(root, REPO, 'main');
      server.faults.failNextPush(1, fault);
      await mustGit(['-c', basicHeader(TOKEN), 'fetch', 'origin'], clone);
      const failed = await runGit(['-c', basicHeader(TOKEN), 'push', 'origin', 'HEAD:main'], clone);
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toMatch(said);
      expect(await branchHead(root, REPO, 'main')).toBe(before);
      await mustGit(['-c', basicHeader(TOKEN), 'push', 'origin', 'HEAD:main'], clone);
      expect(await branchHead(root, REPO, 'main')).not.toBe(before);
    },
  );

  it('drops the next request without an answer', async () => {
    server.faults.failNext(1, 'drop');
    const failed = await runGit(['-c', basicHeader(TOKEN), 'ls-remote', server.repoUrl(REPO)], work);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/Empty reply from server/);
    expect((await runGit(['-c', basicHeader(TOKEN), 'ls-remote', server.repoUrl(REPO)], work)).code).toBe(0);
  });

  it('does not require a token when none is configured', async () => {
    const open = await startGitServer({ root });
    try {
      const refs = await mustGit(['ls-remote', open.repoUrl(REPO), 'refs/heads/main'], work);
      expect(refs).toContain(await branchHead(root, REPO, 'main'));
    } finally {
      await open.close();
    }
  });

  it('answers 404 for a repository that does not exist', async () => {
    const result = await runGit(
      ['-c', basicHeader(TOKEN), 'ls-remote', server.repoUrl('acme/missing')],
      work,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not found|404/);
  });
});

/** Large, ever-changing files give the full clone something a shallow blob-less clone can skip. */
async function addHistory(root: string): Promise<void> {
  for (let version = 2; version <= 9; version++) {
    const noise = Array.from({ length: 2000 }, (_, i) => `line ${i} of release ${version} ${Math.random()}`);
    await commitFiles(
      root,
      REPO,
      { 'apps/web/dev/values.yaml': `image:\n  tag: v${version}\n`, 'docs/changelog.txt': noise.join('\n') },
      { message: `Release v${version}` },
    );
  }
}
