// (17.4) Every action.yml carries what a GitHub Marketplace listing needs: a name, a description of
// at most 125 characters, an author, and branding from GitHub's Feather icon set and colors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { actionDir, listActions } from '@gitops-actions/action-meta';
import { repoRoot } from '@gitops-actions/testkit';

const root = repoRoot();
const MAX_DESCRIPTION = 125;
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
// Feather icons GitHub's branding list carries (a subset: add one from that list when an action needs it).
const ICONS = new Set([
  'activity',
  'alert-triangle',
  'anchor',
  'archive',
  'bell',
  'box',
  'check-circle',
  'clock',
  'cloud',
  'filter',
  'git-branch',
  'git-commit',
  'git-merge',
  'git-pull-request',
  'layers',
  'lock',
  'package',
  'refresh-cw',
  'rotate-ccw',
  'send',
  'shield',
  'tag',
  'upload',
  'upload-cloud',
  'zap',
]);

interface Metadata {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  branding?: { icon?: unknown; color?: unknown };
}

function metadataProblems(meta: Metadata): string[] {
  const problems: string[] = [];
  for (const key of ['name', 'description', 'author'] as const)
    if (typeof meta[key] !== 'string' || meta[key].trim() === '') problems.push(`no ${key}`);
  if (typeof meta.description === 'string' && meta.description.length > MAX_DESCRIPTION)
    problems.push(`description is ${meta.description.length} characters, over ${MAX_DESCRIPTION}`);
  if (!ICONS.has(String(meta.branding?.icon))) problems.push(`branding.icon ${String(meta.branding?.icon)}`);
  if (!COLORS.includes(String(meta.branding?.color)))
    problems.push(`branding.color ${String(meta.branding?.color)}`);
  return problems;
}

const files = listActions(root).map((name) =>
  path.relative(root, path.join(actionDir(root, name), 'action.yml')),
);

describe('(17.4) Marketplace metadata', () => {
  it('lists the root action and the actions under actions/', () => {
    expect(files).toEqual(expect.arrayContaining(['action.yml', 'actions/build-tag-push/action.yml']));
  });

  it.each(files)('%s has a name, a short description, an author and branding', (file) => {
    expect(metadataProblems(parse(readFileSync(path.join(root, file), 'utf8')) as Metadata)).toEqual([]);
  });

  it('would catch a long description, a missing author and an icon or color outside the set', () => {
    expect(
      metadataProblems({
        name: 'x',
        description: 'd'.repeat(126),
        branding: { icon: 'rocket', color: 'pink' },
      }),
    ).toEqual([
      'no author',
      'description is 126 characters, over 125',
      'branding.icon rocket',
      'branding.color pink',
    ]);
  });
});
