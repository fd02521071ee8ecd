// The release script (issue 17.1) on throw-away repositories with a bare origin, real git throughout;
// and the pin check over this repository's own workflows and examples.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@gitops-actions/testkit';
import {
  changelogSection,
  gitIn,
  moveUnreleased,
  parseArgs,
  pinSelfReferences,
  release,
  selfReferenceProblems,
  type ReleaseOptions,
} from '../scripts/release.js';

const REPO = 'acme/gitops-actions';
const DATE = '2026-05-04';
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

const WORKFLOW = `name: dev
on: workflow_call
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - id: build
        uses: acme/gitops-actions/actions/build-tag-push@v1
        with: { image: ghcr.io/acme/api }
      - uses: 'acme/gitops-actions/actions/scan-gate@v1'   # scan
      - uses: ACME/gitops-actions@v1
      - uses: other/gitops-actions/actions/x@v1
      - run: echo "uses: acme/gitops-actions/actions/x@v1 stays, it is not a uses key"
`;
const CI = `on: push\njobs:\n  ci:\n    steps:\n      - uses: acme/gitops-actions/actions/scan-gate@v1\n`;
const EXAMPLE = `jobs:\n  dev:\n    uses: acme/gitops-actions/.github/workflows/dev.yml@v1\n`;
const README = [
  '# acme',
  'Prose: `uses: acme/gitops-actions@v1` stays as written.',
  '```yaml',
  'jobs:',
  '  dev:',
  '    uses: acme/gitops-actions/.github/workflows/dev.yml@v1',
  '```',
  '```sh',
  'uses: acme/gitops-actions@v1',
  '```',
  '',
].join('\n');
const CHANGELOG = '# Changelog\n\n## Unreleased\n\n- A change.\n\n## v1.0.0 — 2026-01-01\n\n- First.\n';

let base: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'release-test-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();

let n = 0;
/** A repository released once (v1.0.0), with a bare origin holding main and the tag. */
function fixture(): { dir: string; origin: string } {
  n += 1;
  const dir = path.join(base, `repo-${n}`);
  const origin = path.join(base, `origin-${n}.git`);
  const files: Record<string, string> = {
    '.github/workflows/dev.yml': WORKFLOW,
    '.github/workflows/ci.yml': CI,
    '.github/workflows/release.yml': CI,
    'workflows-examples/service.yml': EXAMPLE,
    'README.md': README,
    'CHANGELOG.md': CHANGELOG,
    'src/code.ts': 'export {};\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'initial');
  git(dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  execFileSync('git', ['init', '--quiet', '--bare', origin], { env: ENV });
  git(dir, 'remote', 'add', 'origin', origin);
  git(dir, 'push', '--quiet', 'origin', 'main', 'v1.0.0');
  return { dir, origin };
}

const options = (dir: string, over: Partial<ReleaseOptions> = {}): ReleaseOptions => ({
  cwd: dir,
  version: '1.1.0',
  repository: REPO,
  date: DATE,
  log: () => undefined,
  ...over,
});

/** Everything a refusal must leave alone: HEAD, the tags, the tree, the origin. */
const state = (dir: string, origin: string): string[] => [
  git(dir, 'rev-parse', 'HEAD'),
  git(dir, 'tag', '--list', '--format=%(refname) %(objectname)'),
  git(dir, 'status', '--porcelain'),
  git(origin, 'for-each-ref'),
];

describe('release (17.1)', () => {
  // One release shared by the assertions below: each of them reads it, none changes it.
  let dir: string;
  let origin: string;
  let result: Awaited<ReturnType<typeof release>>;
  beforeAll(async () => {
    ({ dir, origin } = fixture());
    result = await release(options(dir, { push: true, git: gitIn(dir, ENV) }));
  });

  it('(17.1) makes two commits with the right subjects, the second on the first', () => {
    const [pin, code, initial] = git(dir, 'log', '--format=%H %P|%s', '-3').split('\n');
    expect(code).toBe(`${result.codeCommit} ${initial!.split(' ')[0]}|release: v1.1.0`);
    expect(pin).toBe(`${result.pinCommit} ${result.codeCommit}|release: pin v1.1.0 to ${result.codeCommit}`);
    expect(git(dir, 'show', '--name-only', '--format=', result.codeCommit)).toBe('CHANGELOG.md');
    expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toBe(
      '# Changelog\n\n## Unreleased\n\n## v1.1.0 — 2026-05-04\n\n- A change.\n\n## v1.0.0 — 2026-01-01\n\n- First.\n',
    );
  });

  it("(17.1) the second commit changes only this repository's uses: lines, to commit 1's SHA", () => {
    const patch = git(dir, 'diff', '--unified=0', `${result.codeCommit}`, result.pinCommit);
    const changed = patch.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    const sha = result.codeCommit;
    expect(changed).toEqual([
      '-        uses: acme/gitops-actions/actions/build-tag-push@v1',
      `+        uses: acme/gitops-actions/actions/build-tag-push@${sha} # v1.1.0`,
      "-      - uses: 'acme/gitops-actions/actions/scan-gate@v1'   # scan",
      '-      - uses: ACME/gitops-actions@v1',
      `+      - uses: 'acme/gitops-actions/actions/scan-gate@${sha}' # v1.1.0   # scan`,
      `+      - uses: ACME/gitops-actions@${sha} # v1.1.0`,
      '-    uses: acme/gitops-actions/.github/workflows/dev.yml@v1',
      `+    uses: acme/gitops-actions/.github/workflows/dev.yml@${sha} # v1.1.0`,
      '-    uses: acme/gitops-actions/.github/workflows/dev.yml@v1',
      `+    uses: acme/gitops-actions/.github/workflows/dev.yml@${sha} # v1.1.0`,
    ]);
    expect(git(dir, 'diff', '--name-only', result.codeCommit, result.pinCommit).split('\n')).toEqual([
      '.github/workflows/dev.yml',
      'README.md',
      'workflows-examples/service.yml',
    ]);
  });

  it('(17.1) the release commit has no self-reference by tag', () => {
    for (const file of ['.github/workflows/dev.yml', 'workflows-examples/service.yml', 'README.md']) {
      const text = git(dir, 'show', `${result.pinCommit}:${file}`);
      expect(
        selfReferenceProblems(text, { repository: REPO, allowMajor: false, markdown: file.endsWith('.md') }),
      ).toEqual([]);
    }
    // ... and the check does see a tag where one is left.
    expect(selfReferenceProblems(WORKFLOW, { repository: REPO, allowMajor: false })).toHaveLength(3);
  });

  it('(17.1) tags v1.1.0 (annotated) and v1 on the second commit', () => {
    expect(git(dir, 'tag', '--points-at', result.pinCommit).split('\n')).toEqual(['v1', 'v1.1.0']);
    expect(git(dir, 'cat-file', '-t', 'v1.1.0')).toBe('tag');
  });

  it('(17.1) pushes the branch and both tags to origin', () => {
    expect(git(origin, 'rev-parse', 'main', 'v1.1.0^{commit}', 'v1^{commit}').split('\n')).toEqual([
      result.pinCommit,
      result.pinCommit,
      result.pinCommit,
    ]);
    expect(result.notes).toBe('- A change.\n');
  });

  it('(17.1) a later release moves v1 on origin (the forced major tag)', async () => {
    writeFileSync(
      path.join(dir, 'CHANGELOG.md'),
      CHANGELOG.replace('## Unreleased\n', '## Unreleased\n\n- Next.\n'),
    );
    git(dir, 'commit', '--quiet', '-am', 'next');
    const next = await release(options(dir, { version: '1.2.0', push: true, git: gitIn(dir, ENV) }));
    expect(git(origin, 'rev-parse', 'v1^{commit}', 'v1.1.0^{commit}')).toBe(
      `${next.pinCommit}\n${result.pinCommit}`,
    );
    // The pins of the earlier release are replaced, comment and all.
    expect(git(dir, 'show', `${next.pinCommit}:workflows-examples/service.yml`)).toBe(
      `jobs:\n  dev:\n    uses: acme/gitops-actions/.github/workflows/dev.yml@${next.codeCommit} # v1.2.0`,
    );
  });
});

describe('release refusals change nothing (17.1)', () => {
  const refused = async (prepare: (dir: string) => void, over: Partial<ReleaseOptions>, message: RegExp) => {
    const { dir, origin } = fixture();
    prepare(dir);
    const before = state(dir, origin);
    const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    await expect(release(options(dir, { push: true, ...over }))).rejects.toThrow(message);
    expect(state(dir, origin)).toEqual(before);
    expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
  };

  it('(17.1) refuses a dirty tree', () =>
    refused(
      (dir) => writeFileSync(path.join(dir, 'src/code.ts'), 'changed\n'),
      {},
      /working tree is not clean/,
    ));
  it('(17.1) refuses an untracked file', () =>
    refused((dir) => writeFileSync(path.join(dir, 'stray'), 'x'), {}, /not clean[^]*stray/));
  it('(17.1) refuses a bad version', async () => {
    for (const version of ['v1.2.0', '1.2', '01.2.0', '1.2.0-rc.1', '1.2.0\n'])
      await refused(() => undefined, { version }, /is not X\.Y\.Z/);
  });
  it('(17.1) refuses an existing tag', () =>
    refused(() => undefined, { version: '1.0.0' }, /v1\.0\.0 already exists/));
  it('(17.1) refuses a version not above the last', () =>
    refused((dir) => git(dir, 'tag', 'v1.4.0'), { version: '1.3.9' }, /not above the last release v1\.4\.0/));
  it('(17.1) refuses an empty Unreleased section', () =>
    refused(
      (dir) => {
        writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n## v1.0.0\n');
        git(dir, 'commit', '--quiet', '-am', 'empty');
      },
      {},
      /nothing under `## Unreleased`/,
    ));
});

describe('release --dry-run (17.1)', () => {
  it('prints the plan and the diff, and commits nothing', async () => {
    const { dir, origin } = fixture();
    const before = state(dir, origin);
    const lines: string[] = [];
    const r = await release(options(dir, { dryRun: true, push: true, log: (t) => lines.push(t) }));
    const out = lines.join('\n');
    expect(state(dir, origin)).toEqual(before);
    expect(r.pinned).toEqual(['.github/workflows/dev.yml', 'workflows-examples/service.yml', 'README.md']);
    expect(out).toContain('commit 1  release: v1.1.0');
    expect(out).toContain('+## v1.1.0 — 2026-05-04');
    expect(out).toContain(
      `+    uses: acme/gitops-actions/.github/workflows/dev.yml@${'0'.repeat(40)} # v1.1.0`,
    );
    expect(out).toContain('--- a/README.md');
  });
});

describe('release helpers', () => {
  it('pins only yaml fences of Markdown, byte for byte elsewhere', () => {
    const out = pinSelfReferences(README, {
      repository: REPO,
      sha: 'a'.repeat(40),
      version: '2.0.0',
      markdown: true,
    });
    expect(out).toBe(README.replace('dev.yml@v1', `dev.yml@${'a'.repeat(40)} # v2.0.0`));
  });
  it('the changelog section is the release notes', () => {
    const moved = moveUnreleased(CHANGELOG, '1.1.0', DATE);
    expect(changelogSection(moved, '1.1.0')).toBe('- A change.\n');
    expect(changelogSection(moved, '1.0.0')).toBe('- First.\n');
    expect(changelogSection(moved, '9.0.0')).toBeNull();
  });
  it('takes the repository from GITHUB_REPOSITORY, else the default, and refuses a bad one', () => {
    const today = new Date('2026-05-04T12:00:00Z');
    expect(parseArgs(['--version', '1.0.0'], {}, today)).toMatchObject({
      repository: 'gitops-actions/gitops-actions',
      date: '2026-05-04',
    });
    expect(parseArgs(['--version', '1.0.0'], { GITHUB_REPOSITORY: 'me/fork' }, today).repository).toBe(
      'me/fork',
    );
    expect(() => parseArgs(['--repository', 'a b'], {}, today)).toThrow(/not owner\/repo/);
    expect(() => parseArgs(['--bogus'], {}, today)).toThrow(/unknown or incomplete argument/);
  });
});

describe("this repository's self-references (17.1)", () => {
  const root = repoRoot();
  const files = ['.github/workflows', 'workflows-examples'].flatMap((d) =>
    readdirSync(path.join(root, d))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `${d}/${f}`),
  );

  it.each(files)('%s names its own actions by the major tag or a full SHA', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(
      selfReferenceProblems(text, { repository: 'gitops-actions/gitops-actions', allowMajor: true }),
    ).toEqual([]);
  });

  it('the check refuses a self-reference by a full version tag or a branch', () => {
    const text =
      'steps:\n  - uses: gitops-actions/gitops-actions/actions/x@v1.2.0\n  - uses: gitops-actions/gitops-actions@main\n';
    expect(
      selfReferenceProblems(text, { repository: 'gitops-actions/gitops-actions', allowMajor: true }),
    ).toEqual([
      'line 2: gitops-actions/gitops-actions/actions/x@v1.2.0 is neither a major tag nor a full commit SHA',
      'line 3: gitops-actions/gitops-actions@main is neither a major tag nor a full commit SHA',
    ]);
  });
});

// release.yml's writing job runs `node scripts/release.ts` with no `npm ci`, so no dependency's
// code runs beside the write token: the script must stay plain Node, types stripped as Node 24 does.
describe('the release script runs on Node alone', () => {
  const source = readFileSync(path.join(repoRoot(), 'scripts/release.ts'), 'utf8');

  it('imports only node: built-ins', () => {
    const specifiers = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !s?.startsWith('node:'))).toEqual([]);
  });

  it('uses only TypeScript syntax that type stripping erases', async () => {
    const ts = (await import('typescript')).default;
    const file = path.join(repoRoot(), 'scripts/release.ts');
    const program = ts.createProgram([file], {
      noEmit: true,
      erasableSyntaxOnly: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
      strict: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
