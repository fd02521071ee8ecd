// (13.5) Branch protection as a push meets it on GitHub: the real git client gets GitHub's own
// output (GH006 / GH013 on the side band, `[remote rejected] ... (protected branch hook declined)`),
// nothing moves, and other branches still take pushes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { branchHead, createBareRepo, startGitServer, type GitServer } from '../src/index.js';
import { parseReceivePack, refusalResponse } from '../src/protection.js';
import { basicHeader, mustGit, runGit } from './git-helpers.js';

const TOKEN = 'ghs_sandboxProtectToken123';
const REPO = 'acme/gitops';

describe('(13.5) protected branches', () => {
  let root: string;
  let work: string;
  let server: GitServer;
  let clone: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sandbox-root-'));
    work = await mkdtemp(join(tmpdir(), 'sandbox-work-'));
    await createBareRepo(root, REPO, { 'values.yaml': 'image:\n  tag: v1\n' });
    server = await startGitServer({ root, token: TOKEN });
    clone = join(work, 'clone');
    await mustGit(['-c', basicHeader(TOKEN), 'clone', server.repoUrl(REPO), clone], work);
    await writeFile(join(clone, 'values.yaml'), 'image:\n  tag: v2\n');
    await mustGit(['commit', '-am', 'bump'], clone);
  });

  afterEach(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
    await rm(work, { recursive: true, force: true, maxRetries: 5 });
  });

  const push = (...args: string[]) =>
    runGit(['-c', basicHeader(TOKEN), 'push', ...args, 'origin', 'HEAD:main'], clone);

  it('(13.5) refuses a push to a protected branch with GitHub GH006 output, moving nothing', async () => {
    const before = await branchHead(root, REPO, 'main');
    server.protect(REPO, 'main');
    server.stats.reset();
    const result = await push();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      'remote: error: GH006: Protected branch update failed for refs/heads/main.',
    );
    expect(result.stderr).toContain('remote: error: Changes must be made through a pull request.');
    expect(result.stderr).toMatch(/! \[remote rejected\] HEAD -> main \(protected branch hook declined\)/);
    expect(await branchHead(root, REPO, 'main')).toBe(before);
    expect(server.stats.pushes).toBe(1);
  });

  it('(13.5) says it in porcelain form too, as bump-manifest pushes', async () => {
    server.protect(REPO, 'main', {
      rule: 'At least 1 approving review is required by reviewers with write access.',
    });
    const result = await push('--porcelain');
    expect(result.stdout).toMatch(
      /!\tHEAD:refs\/heads\/main\t\[remote rejected\] \(protected branch hook declined\)/,
    );
    expect(result.stderr).toContain(
      'remote: error: At least 1 approving review is required by reviewers with write access.',
    );
  });

  it('(13.5) refuses for a ruleset with GH013 and the rules link', async () => {
    server.protect(REPO, 'main', { kind: 'ruleset' });
    const result = await push();
    expect(result.stderr).toContain(
      'remote: error: GH013: Repository rule violations found for refs/heads/main.',
    );
    expect(result.stderr).toContain(
      `remote: Review all repository rules at ${server.url}/${REPO}/rules?ref=refs%2Fheads%2Fmain`,
    );
    expect(result.stderr).toContain('remote: - Changes must be made through a pull request.');
    expect(result.stderr).toMatch(
      /\[remote rejected\] HEAD -> main \(push declined due to repository rule violations\)/,
    );
  });

  it('(13.5) takes pushes to other branches, and to the branch once it is unprotected', async () => {
    server.protect(REPO, 'main');
    await mustGit(['-c', basicHeader(TOKEN), 'push', 'origin', 'HEAD:refs/heads/bump/x'], clone);
    const local = (await mustGit(['rev-parse', 'HEAD'], clone)).trim();
    expect(await branchHead(root, REPO, 'bump/x')).toBe(local);
    server.unprotect(REPO, 'main');
    expect((await push()).code).toBe(0);
    expect(await branchHead(root, REPO, 'main')).toBe(local);
  });

  it('reads the commands and capabilities of a receive-pack request', () => {
    const first = `${'a'.repeat(40)} ${'b'.repeat(40)} refs/heads/main\0report-status side-band-64k\n`;
    const pkt = (s: string) => `${(Buffer.byteLength(s) + 4).toString(16).padStart(4, '0')}${s}`;
    const parsed = parseReceivePack(Buffer.from(`${pkt(first)}0000PACK...`));
    expect(parsed).toEqual({
      commands: [{ oldSha: 'a'.repeat(40), newSha: 'b'.repeat(40), ref: 'refs/heads/main' }],
      capabilities: ['report-status', 'side-band-64k'],
    });
    expect(parseReceivePack(Buffer.from('0000')).commands).toEqual([]);
    const plain = refusalResponse(
      parsed.commands,
      ['report-status'],
      ['x'],
      'protected branch hook declined',
    );
    expect(plain.toString()).toBe(
      '000eunpack ok\n0036ng refs/heads/main protected branch hook declined\n0000',
    );
  });
});
