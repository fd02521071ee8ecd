// (17.2) Every third-party `uses:` in the workflows, the examples and the README's snippets is a full
// commit SHA with its release in a comment, one pin per action; Dependabot keeps the pins fresh.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@gitops-actions/testkit';
import { pinDriftFindings, pinFindings, usesOf, yamlBlocks } from '../scripts/workflow-checks.js';

const root = repoRoot();
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const workflowTexts: Array<[string, string]> = [
  ...['.github/workflows', 'workflows-examples'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f): [string, string] => [path.join(dir, f), read(path.join(dir, f))]),
  ),
  // The action READMEs' snippets are what people copy: they are held to the same pins.
  ...[
    'README.md',
    ...readdirSync(path.join(root, 'actions')).map((a) => path.join('actions', a, 'README.md')),
  ]
    .filter((file) => existsSync(path.join(root, file)))
    .flatMap((file) =>
      yamlBlocks(read(file)).map((block, i): [string, string] => [`${file} yaml block ${i + 1}`, block]),
    ),
];

const SHA = '11d5960a326750d5838078e36cf38b85af677262';

describe('(17.2) third-party actions pinned by SHA', () => {
  it.each(workflowTexts)('%s pins every third-party action', (file, text) => {
    expect(pinFindings(text, file)).toEqual([]);
  });

  it('reads the uses: of the workflows, the examples and the README snippets', () => {
    const all = workflowTexts.flatMap(([file, text]) => usesOf(text, file));
    expect(all.map((u) => u.uses)).toEqual(
      expect.arrayContaining([
        `actions/checkout@${SHA}`,
        'gitops-actions/gitops-actions/actions/bump-manifest@v1',
      ]),
    );
    expect(all.filter((u) => u.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(2);
  });

  it('pins one action to one SHA everywhere', () => {
    expect(pinDriftFindings(workflowTexts)).toEqual([]);
  });

  it('fails on a tag, a branch, a short SHA, a missing or wrong version comment, and an image by tag', () => {
    const bad = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@main',
      '      - uses: actions/checkout@11d5960',
      `      - uses: actions/checkout@${SHA}`,
      `      - uses: actions/checkout@${SHA} # latest`,
      `      - uses: "actions/checkout@${SHA.toUpperCase()}" # v4.4.0`,
      '      - uses: docker://alpine:3.20',
      '      - uses: owner/repo/path',
      '  b:',
      '    uses: acme/workflows/.github/workflows/build.yml@v2',
    ].join('\n');
    expect(pinFindings(bad, 'bad.yml').map((f) => `${f.where} ${f.message.split(':')[0]}`)).toEqual([
      'bad.yml:4 actions/checkout@v4',
      'bad.yml:5 actions/setup-node@main',
      'bad.yml:6 actions/checkout@11d5960',
      `bad.yml:7 actions/checkout@${SHA}`,
      `bad.yml:8 actions/checkout@${SHA}`,
      `bad.yml:9 actions/checkout@${SHA.toUpperCase()}`,
      'bad.yml:10 docker',
      'bad.yml:11 owner/repo/path',
      'bad.yml:13 acme/workflows/.github/workflows/build.yml@v2',
    ]);
    expect(pinFindings(bad, 'bad.yml')[3]!.message).toMatch(/# vX\.Y\.Z/);
  });

  it('passes a pinned action, an image by digest, this repository and local actions', () => {
    const good = [
      '- uses: actions/checkout@' + SHA + ' # v4.4.0',
      `- uses: docker://alpine@sha256:${'a'.repeat(64)}`,
      '- uses: gitops-actions/gitops-actions/actions/scan-gate@v1',
      '- uses: gitops-actions/gitops-actions@v1',
      '- uses: ./actions/scan-gate',
      '- run: echo "uses: actions/checkout@v4 in a script is no step"',
    ].join('\n');
    expect(pinFindings(good, 'good.yml')).toEqual([]);
  });

  it('finds the unpinned step in a README snippet', () => {
    const readme = ['# x', '```yaml', '- uses: actions/checkout@v4', '```', '```sh', 'uses: a@b', '```'].join(
      '\n',
    );
    const [block] = yamlBlocks(readme);
    expect(yamlBlocks(readme)).toHaveLength(1);
    expect(pinFindings(block!, 'README.md yaml block 1').map((f) => f.where)).toEqual([
      'README.md yaml block 1:1',
    ]);
  });

  it('fails when an example pins an action to another SHA than the workflows', () => {
    const other = 'b4ffde65f46336ab88eb53be808477a3936bae11';
    const found = pinDriftFindings([
      ['ci.yml', `jobs:\n  a:\n    steps:\n      - uses: actions/checkout@${SHA} # v4.4.0\n`],
      ['example.yml', `jobs:\n  a:\n    steps:\n      - uses: actions/checkout@${other} # v4.1.1\n`],
    ]);
    expect(found.map((f) => [f.check, f.where])).toEqual([['pin-drift', 'example.yml:4']]);
    expect(found[0]!.message).toContain(`ci.yml:4 pins actions/checkout@${SHA} # v4.4.0`);
  });
});

describe('(17.2) Dependabot', () => {
  interface Update {
    'package-ecosystem': string;
    schedule: { interval: string };
    groups?: Record<string, unknown>;
  }
  const config = parse(read('.github/dependabot.yml')) as { version: number; updates: Update[] };

  it('updates the action pins and the npm dependencies weekly, grouped', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
  });
});
