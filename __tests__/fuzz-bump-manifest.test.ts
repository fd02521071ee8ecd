// Property-based fuzzing of bump-manifest (issue 12), through both transports: git (a bare
// repository, file://) and api (the GitHub stand-in, behind a hostile proxy). Hostile inputs; values
// files whose lines beside the tag (block scalars, comments) hold workflow commands, shown by the
// dry-run diff; GitHub answering garbage or free text holding workflow commands.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { bareRepoPath, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/bump-manifest/src/main.js';

const TOKEN = 'ghs_fuzzBumpManifestToken7Hq2p9ZkL0';
const REPO = 'acme/gitops';
const VALID_FILE = 'envs/dev/api/values.yaml';

/** Helm values whose neighbours of the tag hold `p`: a block scalar, a comment, a plain scalar. */
const evilValues = (p: string) => {
  const block = p
    .split(/\r?\n/)
    .map((line) => `    ${line}`)
    .join('\n');
  return `# api${p.replace(/[\r\n]/g, ' ')}\nimage:\n  repository: ghcr.io/acme/api\n  tag: "1.0.0"\n  notes: |\n    before\n${block}\n    after\nreplicas: 2\n`;
};

/** A Deployment whose Flux setter-marked image sits between a payload comment and a block scalar. */
const evilFlux = (p: string) => {
  const block = p
    .split(/\r?\n/)
    .map((line) => `              ${line}`)
    .join('\n');
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api # ${p.replace(/[\r\n]/g, ' ')}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.0.0 # {"$imagepolicy": "flux-system:api"}\n          args:\n            - |\n${block}\n`;
};

let root: string;
let gh: GitHubServer;
let proxy: HostileServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fuzz-bump-'));
  gh = await startGitHubServer({ root, token: TOKEN });
  proxy = await startHostileServer({ upstream: gh.url });
  const files: Record<string, string> = {
    [VALID_FILE]: 'image:\n  repository: ghcr.io/acme/api\n  tag: "1.0.0"\nreplicas: 2\n',
  };
  for (const [i, p] of PAYLOADS.entries()) {
    files[`envs/dev/evil${i}/values.yaml`] = evilValues(p);
    files[`envs/dev/flux${i}/deployment.yaml`] = evilFlux(p);
  }
  await createBareRepo(root, REPO, files);
}, 60_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), gh?.close()]);
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const RULES: InputRules = {
  repository: {
    url: true,
    // eslint-disable-next-line no-control-regex
    refuses: (v) => refuse.credentials(v) || /[\s\u0000-\u001f\u007f]/.test(v),
  },
  token: { refuses: refuse.secret, values: secret().map((value) => ({ value, secrets: [value] })) },
  transport: { refuses: refuse.oneOf(['auto', 'git', 'api']) },
  branch: { refuses: refuse.branch },
  files: { refuses: (v) => refuse.required(v) || refuse.repoPath(v) },
  image: {},
  tag: {
    refuses: (v) => v !== '' && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(v),
    values: payload().map((p) => ({ value: `2.0.0${p}`, secrets: [] })),
  },
  digest: { refuses: (v) => v !== '' && !/^sha256:[0-9a-f]{64}$/.test(v) },
  key: { refuses: refuse.keyPath },
  'digest-key': { refuses: refuse.keyPath },
  format: { refuses: refuse.oneOf(['auto', 'helm', 'kustomize', 'manifest', 'flux']) },
  'create-missing': { refuses: refuse.boolean },
  'commit-message': {},
  'author-name': {},
  'author-email': {},
  'max-attempts': { refuses: refuse.integer(1, 100) },
  'dry-run': { refuses: refuse.boolean },
};

type Transport = 'git' | 'api';
type Drawn =
  | { kind: 'inputs'; transport: Transport; g: CorruptedInputs }
  | { kind: 'seeded'; transport: Transport; file: number; dryRun: boolean; flux: boolean }
  | { kind: 'answer'; answer: HostileAnswer; times: number; method: string };

it('bump-manifest holds the properties of issue 12 on hostile inputs, files and GitHub answers', async () => {
  const gitUrl = pathToFileURL(bareRepoPath(root, REPO)).href;
  const valid = (transport: Transport): Record<string, string> => ({
    repository: transport === 'git' ? gitUrl : REPO,
    token: TOKEN,
    transport,
    files: VALID_FILE,
    tag: '2.0.0',
    'dry-run': 'true',
  });
  const transport = fc.constantFrom<Transport>('git', 'git', 'api');
  const cases: fc.Arbitrary<Drawn> = fc.oneof(
    {
      weight: 12,
      arbitrary: transport.chain((t) =>
        fuzzInputs(valid(t), RULES).map((g): Drawn => ({ kind: 'inputs', transport: t, g })),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          transport,
          file: fc.nat(PAYLOADS.length - 1),
          dryRun: fc.boolean(),
          flux: fc.boolean(),
        })
        .map((s): Drawn => ({ kind: 'seeded', ...s })),
    },
    {
      // GitHub's retries pause with real backoff: a small share of the cases.
      weight: 1,
      arbitrary: fc
        .record({
          answer: fc.oneof(
            hostileAnswer({ hangs: false }),
            payload().map((p): HostileAnswer => ({ kind: 'poison', payload: p })),
          ),
          times: fc.constantFrom(1, 2),
          method: fc.constantFrom('GET', 'POST', 'PATCH', 'any'),
        })
        .map((a): Drawn => ({ kind: 'answer', ...a })),
    },
  );
  const env = {
    GITHUB_API_URL: `${proxy.url}/api/v3`,
    GITHUB_SERVER_URL: gh.url,
    GITHUB_REPOSITORY: REPO,
  };
  const hosts = [proxy.host, new URL(gh.url).host];
  const result = await runCampaign({
    action: 'bump-manifest',
    entry: run,
    cases,
    prepare: (d) => {
      if (d.kind === 'inputs') return { ...d.g, env, secrets: [TOKEN, ...d.g.secrets], hosts };
      if (d.kind === 'seeded') {
        // A new tag each time, so that the diff (and a commit) always shows the lines around it.
        const inputs = {
          ...valid(d.transport),
          ...(d.flux
            ? { files: `envs/dev/flux${d.file}/deployment.yaml`, format: 'flux', key: 'flux-system:api' }
            : { files: `envs/dev/evil${d.file}/values.yaml` }),
          tag: `2.0.${++seq}`,
          'dry-run': String(d.dryRun),
        };
        return {
          inputs,
          env,
          secrets: [TOKEN],
          hosts,
          label: `${d.transport}: ${d.flux ? 'flux' : 'evil'}${d.file} holds a payload beside the tag${d.dryRun ? ' (dry run)' : ''}`,
        };
      }
      let left = d.times;
      proxy.answer = (req) =>
        (d.method === 'any' || req.method === d.method) && left-- > 0 ? d.answer : { kind: 'pass' };
      return {
        inputs: { ...valid('api'), tag: `3.0.${++seq}`, 'dry-run': 'false' },
        env,
        secrets: [TOKEN],
        hosts,
        label: `${d.method} answered ${JSON.stringify(d.answer).slice(0, 200)} ×${d.times}`,
      };
    },
    cleanup: () => proxy.reset(),
    spec: { inputNames: Object.keys(RULES) },
    // A run that reaches git clones the repository (about 0.5 s here; 200 cases took 52 s, 80 took 40 s
    // on the shared CI machine): FUZZ_RUNS for more.
    defaultRuns: 40,
  });
  console.log(`fuzz bump-manifest: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
  // Every request the action made, hostile inputs included, is one GitHub's OpenAPI description admits.
  expect(gh.violations.slice(0, 5)).toEqual([]);
}, 600_000);
