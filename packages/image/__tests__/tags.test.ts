import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, InputError } from '@gitops-actions/kit';
import { detectVersion, gitContext, renderTag } from '@gitops-actions/image';

const values = {
  version: '1.4.2',
  sha: '0123456789abcdef0123456789abcdef01234567',
  branch: 'feat/x',
  runNumber: '7',
};

describe('renderTag', () => {
  it('fills every placeholder and keeps branch names tag-safe', () => {
    expect(renderTag('{version}-{sha7}', values, 'tag-template')).toBe('1.4.2-0123456');
    expect(renderTag('{branch}-{run_number}', values, 'extra-tags')).toBe('feat-x-7');
  });

  it('names the input of an unknown placeholder or an invalid result', () => {
    expect(() => renderTag('{nope}', values, 'tag-template')).toThrow(InputError);
    expect(() => renderTag('{version}/{sha7}', values, 'tag-template')).toThrow(
      "Input 'tag-template' '{version}/{sha7}' yields '1.4.2/0123456'",
    );
  });
});

describe('detectVersion and gitContext', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'image-version-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

  it('reads package.json, then VERSION, then Chart.yaml appVersion, else 0.0.0', async () => {
    expect((await detectVersion([dir], exec)).version).toBe('0.0.0');
    await writeFile(path.join(dir, 'Chart.yaml'), 'name: api\nappVersion: "3.1.0" # app\n');
    expect((await detectVersion([dir], exec)).version).toBe('3.1.0');
    await writeFile(path.join(dir, 'VERSION'), 'v2.0.1\n');
    expect((await detectVersion([dir], exec)).version).toBe('2.0.1');
    await writeFile(path.join(dir, 'package.json'), '{"version":"1.0.0"}');
    expect(await detectVersion([dir], exec)).toEqual({
      version: '1.0.0',
      source: `the package.json at ${path.join(dir, 'package.json')}`,
    });
  });

  it('tags a pull request with its head commit, not the merge commit', async () => {
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { head: { sha: 'abc1234def', ref: 'fix/y' } } }));
    expect(gitContext({ GITHUB_EVENT_PATH: event, GITHUB_SHA: 'merge' })).toEqual({
      sha: 'abc1234def',
      branch: 'fix/y',
    });
  });
});
