// (13.6) `gitops-actions init` in-process on a real folder: writes, skips identical files, leaves
// changed ones alone, dry-runs, and refuses a bad flag with exit code 2 naming it.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '@gitops-actions/cli';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'cli-init-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

async function init(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['init', ...args],
    { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: dir },
    dir,
  );
  return { code, out, err };
}
const flags = ['--service', 'api', '--image', 'ghcr.io/acme/api', '--layout', 'kustomize', '--dir', '.'];

describe('(13.6) gitops-actions init', () => {
  it('writes every file, then finds them identical; a changed file is left alone', async () => {
    const first = await init(flags);
    expect(first.code).toBe(0);
    expect(first.out.every((l) => l.startsWith('wrote'))).toBe(true);
    expect(first.out.join('\n')).toContain('wrote  overlays/prod/api/kustomization.yaml');
    const second = await init(flags);
    expect(second.out.map((l) => l.split('  ')[0])).toEqual(first.out.map(() => 'exists, identical'));
    await writeFile(path.join(dir, '.github/CODEOWNERS'), '* @acme/everyone\n');
    const third = await init(flags);
    expect(third.code).toBe(0);
    expect(third.out).toContain('exists, differs — left alone  .github/CODEOWNERS');
    expect(third.out).toContain('  /overlays/prod/api/ @acme/platform');
    expect(await readFile(path.join(dir, '.github/CODEOWNERS'), 'utf8')).toBe('* @acme/everyone\n');
    expect(third.err.join('\n')).toMatch(/1 existing file\(s\) differ/);
  });

  it('--dry-run lists what it would write and writes nothing', async () => {
    const result = await init([...flags, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^would write {2}base\/api\/kustomization.yaml$/);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    [['--owners', 'qa=@acme/qa'], "Input '--owners' 'qa=@acme/qa' is not <environment>=<owner>"],
    [['--environments', 'dev,dev'], "Input '--environments' names 'dev' twice"],
  ])('refuses %j with one error naming the flag, writing nothing', async (extra, message) => {
    const result = await init([...flags, ...extra]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringContaining(message)]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an unknown flag and a missing --dir', async () => {
    expect((await init([...flags, '--colour', 'x'])).err[0]).toMatch(/^Unknown flag --colour for init/);
    const noDir = await init(flags.slice(0, -2));
    expect(noDir.code).toBe(2);
    expect(noDir.err).toEqual(["Input '--dir' is required: the GitOps repository checkout to write into"]);
  });
});
