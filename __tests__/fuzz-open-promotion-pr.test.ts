// Property-based fuzzing of open-promotion-pr (issue 12): hostile inputs; a GitHub API whose answers
// are garbage or whose messages hold workflow commands; source files whose tag holds one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  PAYLOADS,
  fc,
  fuzzInputs,
  hostileAnswer,
  payload,
  refuse,
  runCampaign,
  secret,
  startHostileServer,
  type CorruptedInputs,
  type HostileAnswer,
  type HostileServer,
  type InputRules,
} from '@gitops-actions/testkit';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/open-promotion-pr/src/main.js';

const TOKEN = 'ghs_fuzzPromotionToken7Hq2p9ZkL0';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: ${JSON.stringify(tag)}\n`;

let root: string;
let gh: GitHubServer;
let proxy: HostileServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fuzz-promote-'));
  gh = await startGitHubServer({ root, token: TOKEN, collaborators: ['alice'] });
  proxy = await startHostileServer({ upstream: gh.url });
  const files: Record<string, string> = {
    'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
    'envs/prod/api/values.yaml': values('1.3.0-0000000'),
  };
  // Outside text seeded in the repository: source files whose tag holds a workflow command.
  for (const [i, p] of PAYLOADS.entries()) files[`envs/dev/evil${i}/values.yaml`] = values(`1.0${p}`);
  await createBareRepo(root, 'acme/gitops', files);
}, 60_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), gh?.close()]);
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const RULES: InputRules = {
  repository: {
    refuses: (v) => v !== '' && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(v.replace(/\.git$/, '')),
  },
  token: { refuses: refuse.secret, values: secret().map((value) => ({ value, secrets: [value] })) },
  base: { refuses: refuse.branch },
  files: { refuses: (v) => refuse.required(v) || refuse.repoPath(v) },
  image: {},
  tag: {},
  'from-file': { refuses: refuse.repoPath },
  digest: { refuses: (v) => v !== '' && !/^sha256:[0-9a-f]{64}$/.test(v) },
  key: { refuses: refuse.keyPath },
  'digest-key': { refuses: refuse.keyPath },
  format: { refuses: refuse.oneOf(['auto', 'helm', 'kustomize', 'manifest']) },
  environment: { refuses: (v) => v !== '' && !/^[A-Za-z0-9_.-]+$/.test(v) },
  branch: { refuses: (v) => refuse.branch(v.replace(/\{[a-z-]+\}/g, 'x')) },
  title: {},
  body: {},
  labels: {},
  reviewers: {},
  'team-reviewers': {},
  assignees: {},
  draft: { refuses: refuse.boolean },
  'auto-merge': { refuses: refuse.oneOf(['merge', 'squash', 'rebase']) },
};

type Drawn =
  | { kind: 'inputs'; g: CorruptedInputs }
  | { kind: 'answer'; answer: HostileAnswer; times: number; method: string }
  | { kind: 'seeded'; file: number };

it('open-promotion-pr holds the properties of issue 12 on hostile inputs and answers', async () => {
  const valid = {
    repository: 'acme/gitops',
    token: TOKEN,
    base: 'main',
    files: 'envs/prod/api/values.yaml',
    'from-file': 'envs/dev/api/values.yaml',
    image: 'ghcr.io/acme/api',
    environment: 'production',
  };
  const cases: fc.Arbitrary<Drawn> = fc.oneof(
    { weight: 6, arbitrary: fuzzInputs(valid, RULES).map((g): Drawn => ({ kind: 'inputs', g })) },
    {
      weight: 3,
      arbitrary: fc
        .record({
          answer: fc.oneof(
            hostileAnswer({ hangs: false }),
            payload().map((p): HostileAnswer => ({ kind: 'poison', payload: p })),
          ),
          // A GitHub that fails forever is retried for tens of seconds (no timeout input): once or a few times.
          times: fc.constantFrom(1, 2),
          method: fc.constantFrom('GET', 'POST', 'PATCH', 'any'),
        })
        .map((a): Drawn => ({ kind: 'answer', ...a })),
    },
    { weight: 1, arbitrary: fc.nat(PAYLOADS.length - 1).map((file): Drawn => ({ kind: 'seeded', file })) },
  );
  const env = {
    GITHUB_API_URL: `${proxy.url}/api/v3`,
    GITHUB_SERVER_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/gitops',
  };
  const hosts = [proxy.host, new URL(gh.url).host];
  const result = await runCampaign({
    action: 'open-promotion-pr',
    entry: run,
    cases,
    prepare: (d) => {
      if (d.kind === 'inputs') return { ...d.g, env, secrets: [TOKEN, ...d.g.secrets], hosts };
      if (d.kind === 'seeded') {
        const inputs = { ...valid, 'from-file': `envs/dev/evil${d.file}/values.yaml` };
        return {
          inputs,
          env,
          secrets: [TOKEN],
          hosts,
          label: `from-file evil${d.file} holds a payload in its tag`,
        };
      }
      let left = d.times;
      proxy.answer = (req) =>
        (d.method === 'any' || req.method === d.method) && left-- > 0 ? d.answer : { kind: 'pass' };
      return {
        inputs: valid,
        env,
        secrets: [TOKEN],
        hosts,
        label: `${d.method} answered ${JSON.stringify(d.answer).slice(0, 200)} ×${d.times}`,
      };
    },
    cleanup: () => proxy.reset(),
    spec: { inputNames: Object.keys(RULES) },
    // About 1.3 s a case against the OpenAPI-checked stand-in (200 cases took 262 s): FUZZ_RUNS for more.
    defaultRuns: 40,
  });
  console.log(`fuzz open-promotion-pr: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
}, 600_000);
