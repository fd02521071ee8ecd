import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, silentLogger } from '@gitops-actions/kit';
import {
  appsJson,
  appsTouched,
  casePattern,
  changedApps,
  changedFiles,
  parseAppMap,
} from '@gitops-actions/changes';

describe('casePattern, as bash `case` reads the glob', () => {
  it.each([
    ['envs/prod/api/*', 'envs/prod/api/values.yaml', true],
    ['envs/prod/api/*', 'envs/prod/api/sub/dir/values.yaml', true],
    ['envs/*/api/*', 'envs/prod/api/values.yaml', true],
    ['envs/prod/api/*', 'envs/prod/apix/values.yaml', false],
    ['envs/prod/api-?/*', 'envs/prod/api-2/v.yaml', true],
    ['envs/prod/api-[0-9]/*', 'envs/prod/api-2/v.yaml', true],
    ['envs/prod/api-[!0-9]/*', 'envs/prod/api-2/v.yaml', false],
    ['envs/prod/api-[!0-9]/*', 'envs/prod/api-x/v.yaml', true],
    ['envs/[[:alpha:]]*/v.yaml', 'envs/prod/v.yaml', true],
    ['envs/[[:alpha:]]*/v.yaml', 'envs/1prod/v.yaml', false],
    ['envs/[[:digit:]-]/v.yaml', 'envs/-/v.yaml', true],
    ['envs/[]]/v.yaml', 'envs/]/v.yaml', true],
    ['envs/[unclosed/*', 'envs/[unclosed/v.yaml', true],
    ['envs/prod/my app/*', 'envs/prod/my app/values.yaml', true],
    ['envs/prod/café/*', 'envs/prod/café/values.yaml', true],
    ['a.b(c)+/*', 'a.b(c)+/x', true],
    ['a.b/*', 'axb/x', false],
    ['\\*', '*', true],
    ['\\*', 'x', false],
  ])('%s against %s is %s', (glob, file, matches) => {
    expect(casePattern(glob).test(file)).toBe(matches);
  });
});

describe('parseAppMap', () => {
  it('reads <glob>=<app> lines, skipping blanks and comments; the first = splits', () => {
    const rules = parseAppMap('# prod\nenvs/prod/api/*=api-prod\n\n  \nenvs/x/*=a=b\n', 'app-map');
    expect(rules.map((r) => [r.glob, r.app])).toEqual([
      ['envs/prod/api/*', 'api-prod'],
      ['envs/x/*', 'a=b'],
    ]);
  });

  it.each(['envs/prod/api/*', '=api-prod', 'envs/prod/*='])(
    'refuses %j naming the input and line',
    (line) => {
      expect(() => parseAppMap(`a/*=a\n${line}`, 'app-map')).toThrow(
        "Input 'app-map' line 2 is not <path glob>=<app>",
      );
    },
  );

  it('maps changes to apps, deduplicated and sorted; an empty change touches nothing', () => {
    const rules = parseAppMap('envs/prod/*=prod-all\nenvs/prod/api/*=api-prod\nenvs/*/api/*=api-prod', 'm');
    expect(appsTouched(['envs/prod/api/values.yaml'], rules)).toEqual(['api-prod', 'prod-all']);
    expect(appsTouched([], parseAppMap('*=everything', 'm'))).toEqual([]);
  });
});

describe('changedFiles in a real repository', () => {
  let repo: string;
  const git = async (...args: string[]) => {
    const r = await exec('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
    if (r.code !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  const commit = async (files: string[], message: string) => {
    for (const f of files) {
      await mkdir(path.dirname(path.join(repo, f)), { recursive: true });
      await writeFile(path.join(repo, f), `${message}\n`);
    }
    await git('add', '-A');
    await git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };

  beforeEach(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'changes-'));
    await git('init', '-q', '-b', 'main');
  });
  afterEach(() => rm(repo, { recursive: true, force: true, maxRetries: 5 }));

  it('spans every commit since before, and names non-ASCII paths as committed', async () => {
    const first = await commit(['README.md'], 'one');
    await commit(['envs/prod/café/values.yaml'], 'two');
    await commit(['envs/prod/web/values.yaml'], 'three');
    const { base, files } = await changedFiles(repo, first, { exec });
    expect(base).toBe(first);
    expect(files.sort()).toEqual(['envs/prod/café/values.yaml', 'envs/prod/web/values.yaml']);
  });

  it.each(['', '0000000000000000000000000000000000000000', 'deadbeefdeadbeef', 'HEAD~2; rm -rf /'])(
    'falls back to HEAD~1 when before is %j',
    async (before) => {
      await commit(['a.yaml'], 'one');
      await commit(['b.yaml'], 'two');
      expect((await changedFiles(repo, before, { exec })).files).toEqual(['b.yaml']);
    },
  );

  it("a repository's first commit changes all its files", async () => {
    await commit(['a.yaml', 'envs/b.yaml'], 'one');
    expect((await changedFiles(repo, '', { exec })).files.sort()).toEqual(['a.yaml', 'envs/b.yaml']);
  });

  it('says what to change when a shallow checkout hides the parent', async () => {
    await commit(['a.yaml'], 'one');
    await commit(['b.yaml'], 'two');
    const origin = repo;
    repo = await mkdtemp(path.join(tmpdir(), 'changes-shallow-'));
    try {
      await git('clone', '-q', '--depth=1', `file://${origin}`, '.');
      await expect(changedFiles(repo, '', { exec })).rejects.toThrow('the checkout is shallow');
    } finally {
      await rm(origin, { recursive: true, force: true, maxRetries: 5 });
    }
  });

  it('(12.11) names a folder that is no checkout, and the input that chose it, not git', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'changes-plain-'));
    try {
      const error = await changedFiles(plain, '', { exec }, 'path').then(
        (): Error & { hint?: string } => new Error('resolved'),
        (e: unknown) => e as Error & { hint?: string },
      );
      expect(error.message).toBe(`'${plain}' is not a git checkout`);
      expect(error.hint).toContain('point `path` at it');
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('changedApps: the apps of the change', async () => {
    const first = await commit(['README.md'], 'one');
    await commit(['envs/prod/api/values.yaml', 'docs/x.md'], 'two');
    const result = await changedApps(
      {
        cwd: repo,
        before: first,
        rules: parseAppMap('envs/prod/api/*=api-prod\nenvs/prod/web/*=web-prod', 'm'),
      },
      { exec, log: silentLogger },
    );
    expect(result.apps).toEqual(['api-prod']);
  });

  // The map of workflows-examples/monorepo-matrix.yml: each service's folder, and a shared library
  // that every service it is built into must rebuild for.
  const MONOREPO_MAP = [
    'services/api/*=api',
    'services/web/*=web',
    'services/worker/*=worker',
    'libs/common/*=api',
    'libs/common/*=worker',
  ].join('\n');
  const services = async (before: string): Promise<unknown> =>
    JSON.parse(
      appsJson(
        (
          await changedApps(
            { cwd: repo, before, rules: parseAppMap(MONOREPO_MAP, 'app-map') },
            { exec, log: silentLogger },
          )
        ).apps,
      ),
    );

  it('(14.7) changed-services: the services a push of several commits touches, as a matrix list', async () => {
    const first = await commit(['services/api/src/a.ts', 'services/web/a.ts', 'libs/common/x.ts'], 'one');
    await commit(['services/web/src/page.tsx'], 'two');
    await commit(['libs/common/util.ts', 'README.md'], 'three');
    expect(await services(first)).toEqual(['api', 'web', 'worker']);
  });

  it('(14.7) changed-services: a push touching no service gives [], which the example tests before the matrix', async () => {
    const first = await commit(['services/api/a.ts'], 'one');
    await commit(['docs/guide.md', 'services/README.md'], 'two');
    expect(await services(first)).toEqual([]);
  });
});

describe('appsJson', () => {
  it('(14.7) keeps names with quotes, commas and spaces as one entry each', () => {
    const names = ['a"b', 'c,d', 'my app', "e'f"];
    expect(JSON.parse(appsJson(names))).toEqual(names);
    expect(appsJson([])).toBe('[]');
  });
});
