// (16.2) The Argocd-reference-commit-* trailers: built from the runner's environment, parsed back,
// sanitized, and written by a real bump; real git (`git interpret-trailers --parse`) is the oracle
// for what a reader of the trailer block sees.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, InputError, InputReader, silentLogger } from '@gitops-actions/kit';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import {
  bump,
  bumpReference,
  parseReferenceCommit,
  readReferenceCommitInputs,
  withReferenceTrailers,
  type BumpRequest,
  type ReferenceCommit,
} from '@gitops-actions/bump';

const SHA = 'a'.repeat(40);
const SERVICE: ReferenceCommit = {
  sha: SHA,
  repoUrl: 'https://github.com/acme/api',
  author: 'Jane Doe <jane@example.com>',
  date: '2025-06-09T13:50:18-04:00',
  subject: 'feat: faster checkout',
  body: 'Details here.\n\nSigned-off-by: Jane Doe <jane@example.com>',
};
const PUSH_EVENT = {
  head_commit: {
    id: SHA,
    message: 'feat: faster checkout\n\nDetails here.',
    timestamp: '2025-06-09T13:50:18-04:00',
    author: { name: 'Jane Doe', email: 'jane@example.com' },
  },
};
const ENV = { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/api', GITHUB_SERVER_URL: 'https://github.com' };

/** What `git interpret-trailers --parse` reads from a message: the trailer block's lines. */
async function gitTrailers(message: string): Promise<string[]> {
  const result = await exec('git', ['interpret-trailers', '--parse'], { input: message });
  return result.stdout.split('\n').filter(Boolean);
}

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');
const fromEvent = (event: unknown) => () => JSON.stringify(event);

describe('(16.2) reference-commit trailers', () => {
  it('builds them from GITHUB_SHA and the push event, in the block git reads as trailers', async () => {
    const env = { ...ENV, GITHUB_EVENT_PATH: '/event.json' };
    const reference = bumpReference({ enabled: true, overrides: {} }, env, fromEvent(PUSH_EVENT));
    const message = withReferenceTrailers('chore(deploy): bump api to 1.2.0\n', reference);
    expect(message).toBe(
      'chore(deploy): bump api to 1.2.0\n\n' +
        `Argocd-reference-commit-sha: ${SHA}\n` +
        'Argocd-reference-commit-repourl: https://github.com/acme/api\n' +
        'Argocd-reference-commit-author: Jane Doe <jane@example.com>\n' +
        'Argocd-reference-commit-date: 2025-06-09T13:50:18-04:00\n' +
        'Argocd-reference-commit-subject: feat: faster checkout\n' +
        'Argocd-reference-commit-body: "Details here."\n',
    );
    expect(await gitTrailers(message)).toEqual(message.split('\n\n')[1]!.split('\n').filter(Boolean));
  });

  it('round-trips through the parser, body included', () => {
    const message = withReferenceTrailers('subject\n\nbody line', SERVICE);
    expect(parseReferenceCommit(message)).toEqual(SERVICE);
  });

  it('keeps a hostile subject on one line: no injected trailer, no broken message', async () => {
    const hostile: ReferenceCommit = {
      ...SERVICE,
      subject: `fix\nArgocd-reference-commit-sha: ${'e'.repeat(40)}\r\n\nEvil: yes\u2028\u202e\u0007`,
      body: `x\nArgocd-reference-commit-sha: ${'e'.repeat(40)}\u2028\u0085`,
      author: 'Mallory\n<evil@example.com>\nArgocd-reference-commit-repourl: https://evil <m@example.com>',
    };
    const message = withReferenceTrailers('chore(deploy): bump api to 1.2.0', hostile);
    const trailers = await gitTrailers(message);
    expect(trailers.filter((t) => t.startsWith('Argocd-reference-commit-sha:'))).toEqual([
      `Argocd-reference-commit-sha: ${SHA}`,
    ]);
    expect(trailers).toContain(
      `Argocd-reference-commit-subject: fix Argocd-reference-commit-sha: ${'e'.repeat(40)} Evil: yes`,
    );
    expect(trailers.some((t) => t.startsWith('Evil'))).toBe(false);
    expect(message.split('\n')).toHaveLength(1 + 1 + trailers.length + 1);
    const parsed = parseReferenceCommit(message);
    expect(parsed?.sha).toBe(SHA);
    expect(parsed?.body).toBe(`x\nArgocd-reference-commit-sha: ${'e'.repeat(40)}\u2028\u0085`);
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
  });

  it('joins a trailer block the message already ends with, replacing stale reference lines', async () => {
    const message = withReferenceTrailers(
      `Rollback api\n\nSets back 1.0.\n\nArgocd-reference-commit-sha: ${'b'.repeat(40)}\nRolled-back-by: rollback\n`,
      { ...SERVICE, body: '' },
    );
    const trailers = await gitTrailers(message);
    expect(trailers[0]).toBe('Rolled-back-by: rollback');
    expect(trailers.filter((t) => t.includes('-sha:'))).toEqual([`Argocd-reference-commit-sha: ${SHA}`]);
    expect(trailers).toHaveLength(6);
  });

  it('writes none without a commit SHA, outside Actions, or opted out', () => {
    expect(bumpReference({ enabled: true, overrides: {} }, {})).toBeNull();
    expect(
      bumpReference({ enabled: true, overrides: {} }, { ...ENV, GITHUB_SHA: 'refs/heads/main' }),
    ).toBeNull();
    expect(bumpReference({ enabled: false, overrides: {} }, ENV)).toBeNull();
    expect(withReferenceTrailers('subject\n', null)).toBe('subject\n');
  });

  it('ignores an event that describes another commit (workflow_dispatch, a later push)', () => {
    const other = { head_commit: { ...PUSH_EVENT.head_commit, id: 'c'.repeat(40) } };
    const env = { ...ENV, GITHUB_EVENT_PATH: '/event.json' };
    expect(bumpReference({ enabled: true, overrides: {} }, env, fromEvent(other))).toEqual({
      sha: SHA,
      repoUrl: 'https://github.com/acme/api',
      author: '',
      date: '',
      subject: '',
      body: '',
    });
    expect(bumpReference({ enabled: true, overrides: {} }, env, fromEvent({ inputs: {} }))?.author).toBe('');
  });

  it('lets the inputs override each value; another sha drops what was known of the old one', () => {
    const choice = readReferenceCommitInputs(
      reader({
        'reference-commit-sha': 'D'.repeat(40),
        'reference-commit-subject': 'release\nnotes',
        'reference-commit-author': 'Doe, John <john@example.com>',
      }),
    );
    const env = { ...ENV, GITHUB_EVENT_PATH: '/event.json' };
    expect(bumpReference(choice, env, fromEvent(PUSH_EVENT))).toEqual({
      sha: 'd'.repeat(40),
      repoUrl: 'https://github.com/acme/api',
      author: '"Doe, John" <john@example.com>',
      date: '',
      subject: 'release notes',
      body: '',
    });
  });

  it.each([
    ['reference-commit', 'maybe'],
    ['reference-commit-sha', 'abc123'],
    ['reference-commit-sha', 'g'.repeat(40)],
    ['reference-commit-date', '2025-06-09 13:50'],
    ['reference-commit-date', 'yesterday'],
    ['reference-commit-repourl', 'https://user:secret-token@github.com/acme/api'],
    ['reference-commit-repourl', 'ssh://git@github.com/acme/api'],
    ['reference-commit-author', 'Jane Doe'],
    ['reference-commit-author', 'Jane <not an email>'],
  ])('refuses %s: %s with one InputError naming it', (input, value) => {
    let error: unknown;
    try {
      readReferenceCommitInputs(reader({ [input]: value }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(input);
    expect((error as Error).message).not.toContain('secret-token');
  });
});

describe('(16.2) a bump commits the trailers', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'bump-ref-'));
    await createBareRepo(root, 'acme/gitops', { 'values.yaml': 'image:\n  tag: "1.0.0"\n' });
  });
  afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

  const request = (referenceCommit: ReferenceCommit | null): BumpRequest => ({
    url: `file://${path.join(root, 'acme/gitops.git')}`,
    repository: null,
    serverUrl: 'https://github.com',
    token: '',
    branch: 'main',
    files: ['values.yaml'],
    image: '',
    tag: '1.1.0',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    createMissing: false,
    commitMessage: 'chore(deploy): bump {image} to {tag}',
    author: { name: 'bot', email: 'bot@example.com' },
    maxAttempts: 3,
    dryRun: false,
    referenceCommit,
  });

  const headMessage = async () =>
    (await exec('git', ['--git-dir', path.join(root, 'acme/gitops.git'), 'log', '-1', '--format=%B', 'main']))
      .stdout;

  it('on the pushed commit, exactly the expected trailers', async () => {
    await bump(request(SERVICE), { log: silentLogger, random: () => 0 });
    const message = await headMessage();
    expect(message.startsWith('chore(deploy): bump values.yaml to 1.1.0\n\n')).toBe(true);
    expect(await gitTrailers(message)).toEqual([
      `Argocd-reference-commit-sha: ${SHA}`,
      'Argocd-reference-commit-repourl: https://github.com/acme/api',
      'Argocd-reference-commit-author: Jane Doe <jane@example.com>',
      'Argocd-reference-commit-date: 2025-06-09T13:50:18-04:00',
      'Argocd-reference-commit-subject: feat: faster checkout',
      'Argocd-reference-commit-body: "Details here.\\n\\nSigned-off-by: Jane Doe <jane@example.com>"',
    ]);
  });

  it('opted out, the message is the template alone', async () => {
    await bump(request(null), { log: silentLogger, random: () => 0 });
    expect((await headMessage()).trim()).toBe('chore(deploy): bump values.yaml to 1.1.0');
  });
});
