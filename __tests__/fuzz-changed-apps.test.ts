// Property-based fuzzing of changed-apps (issue 12): hostile inputs, and a checkout whose changed
// paths hold workflow commands, control characters and bidi marks.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PAYLOADS, fc, fuzzInputs, refuse, runCampaign, type InputRules } from '@gitops-actions/testkit';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/changed-apps/src/main.js';

let repo: string;
let before: string;

const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'f',
      GIT_AUTHOR_EMAIL: 'f@x',
      GIT_COMMITTER_NAME: 'f',
      GIT_COMMITTER_EMAIL: 'f@x',
    },
  }).trim();

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'fuzz-changed-apps-'));
  git('init', '-q', '-b', 'main');
  await mkdir(path.join(repo, 'apps/api'), { recursive: true });
  await writeFile(path.join(repo, 'apps/api/values.yaml'), 'tag: 1\n');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  before = git('rev-parse', 'HEAD');
  // Changed paths that are outside text: each payload, and hidden characters, in a file name.
  for (const [i, p] of [...PAYLOADS, '\u202e\u200b'].entries()) {
    const dir = path.join(repo, 'apps', `web${i}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `f${p.replace(/\//g, '_')}`), 'x\n');
  }
  await writeFile(path.join(repo, 'apps/api/values.yaml'), 'tag: 2\n');
  git('add', '.');
  git('commit', '-q', '-m', 'two');
});

afterAll(() => rm(repo, { recursive: true, force: true, maxRetries: 5 }));

const RULES: InputRules = {
  'app-map': {
    refuses: refuse.required,
    values: fc
      .constantFrom('apps/*', '=api', 'apps/*=', '#only a comment')
      .map((value) => ({ value, secrets: [] })),
  },
  before: {
    values: fc
      .constantFrom('--output=/tmp/fuzz-pwned', '-p', 'HEAD~1000', '0'.repeat(40), 'main..HEAD')
      .map((value) => ({ value, secrets: [] })),
  },
  path: {},
};

it('changed-apps holds the properties of issue 12 on hostile inputs and file names', async () => {
  const valid = { 'app-map': 'apps/api/*=api\napps/web*=web\n# comment', before: '', path: '.' };
  const result = await runCampaign({
    action: 'changed-apps',
    entry: run,
    cases: fuzzInputs(valid, RULES),
    prepare: (g) => ({
      ...g,
      inputs: { ...g.inputs, before: g.inputs['before'] === '' ? before : (g.inputs['before'] ?? '') },
      hosts: [],
    }),
    inProcess: () => ({ workspace: repo }),
    spec: { inputNames: Object.keys(RULES) },
  });
  console.log(`fuzz changed-apps: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
}, 600_000);
