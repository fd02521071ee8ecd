// Property-based fuzzing of wait-for-argocd (issue 12): hostile inputs; an Argo CD whose answers
// are garbage (HTML, truncated JSON, 5xx, resets, hangs) or whose free-text fields hold workflow
// commands; apps whose sync fails with such a message, seeded through the stand-in.
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
import { branchHead, createBareRepo } from '@gitops-actions/standin-git-server';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/wait-for-argocd/src/main.js';

const TOKEN = 'argocd-fuzz-token-7Hq2p9ZkL0';
const APP_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

let root: string;
let argo: ArgoCdServer;
let proxy: HostileServer;
let head: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fuzz-argocd-'));
  argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 20 });
  proxy = await startHostileServer({ upstream: argo.url });
  await createBareRepo(root, 'acme/api', { 'app/values.yaml': 'tag: 1.0.0\n' });
  head = (await branchHead(root, 'acme/api', 'main'))!;
  await argo.addApp({
    name: 'api',
    repo: 'acme/api',
    path: 'app',
    behaviour: { syncMs: 20, progressMs: 20 },
  });
  // Outside text seeded through the stand-in: a sync that fails with a workflow command in its message.
  for (const [i, p] of PAYLOADS.entries()) {
    await argo.addApp({
      name: `failing-${i}`,
      repo: 'acme/api',
      path: 'app',
      behaviour: { autoSync: false, syncMs: 20, syncFailure: `hook failed${p}` },
    });
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), argo?.close()]);
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const secrets = secret().map((value) => ({ value, secrets: [value] }));
const RULES: InputRules = {
  server: { url: true, refuses: refuse.any(refuse.required, refuse.httpUrl) },
  token: { refuses: refuse.any(refuse.required, refuse.secret), values: secrets },
  applications: {
    refuses: (v) => {
      const lines = v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      return (
        lines.length === 0 ||
        lines.some((l) => l.split('/').length > 2 || l.split('/').some((p) => !APP_NAME.test(p)))
      );
    },
  },
  revision: { refuses: (v) => v !== '' && !/^[0-9a-fA-F]{7,40}$/.test(v) },
  refresh: { refuses: refuse.oneOf(['none', 'normal', 'hard']) },
  sync: { refuses: refuse.boolean },
  timeout: { refuses: refuse.duration(86_400_000, 1000) },
  'degraded-grace': { refuses: refuse.duration(86_400_000) },
  'accept-suspended': { refuses: refuse.boolean },
  insecure: { refuses: refuse.boolean },
  'ca-cert': { refuses: (v) => v !== '' },
};

type Route = 'get' | 'stream' | 'sync' | 'any';
const ROUTES: Record<Route, RegExp> = {
  get: /^\/api\/v1\/applications\/[^/?]+(\?|$)/,
  stream: /\/stream\//,
  sync: /\/sync$/,
  any: /./,
};

type Drawn =
  | { kind: 'inputs'; g: CorruptedInputs }
  | { kind: 'answer'; route: Route; answer: HostileAnswer; times: number; sync: boolean }
  | { kind: 'seeded'; app: number };

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The timeout a valid `timeout` input sets, in milliseconds (the property checks it held). */
function timeoutOf(value: string): number | undefined {
  const v = value.trim();
  if (v === '') return 600_000;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/^(?:(?:\d+\.?\d*|\.\d+)(?:ms|s|m|h))+$/.test(v)) return undefined;
  return [...v.matchAll(/(\d+\.?\d*|\.\d+)(ms|s|m|h)/g)].reduce(
    (t, [, n, u]) => t + Number(n) * UNITS[u!]!,
    0,
  );
}

it('wait-for-argocd holds the properties of issue 12 on hostile inputs and answers', async () => {
  const valid = () => ({
    server: proxy.url,
    token: TOKEN,
    applications: 'api',
    revision: head,
    refresh: 'normal',
    sync: 'false',
    timeout: '2s',
    'degraded-grace': '30s',
    'accept-suspended': 'false',
    insecure: 'false',
    'ca-cert': '',
  });
  const cases: fc.Arbitrary<Drawn> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .constant(null)
        .chain(() => fuzzInputs(valid(), RULES))
        .map((g): Drawn => ({ kind: 'inputs', g })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({
          route: fc.constantFrom<Route>('get', 'stream', 'sync', 'any'),
          answer: fc.oneof(
            hostileAnswer(),
            payload().map((p): HostileAnswer => ({ kind: 'poison', payload: p })),
          ),
          times: fc.constantFrom(1, 2, 1000),
          sync: fc.boolean(),
        })
        .map((a): Drawn => ({ kind: 'answer', ...a })),
    },
    { weight: 1, arbitrary: fc.nat(PAYLOADS.length - 1).map((app): Drawn => ({ kind: 'seeded', app })) },
  );
  const result = await runCampaign({
    action: 'wait-for-argocd',
    entry: run,
    cases,
    prepare: (d) => {
      const hosts = [proxy.host, new URL(argo.url).host];
      if (d.kind === 'inputs') {
        return {
          ...d.g,
          secrets: [TOKEN, ...d.g.secrets],
          hosts,
          timeoutMs: timeoutOf(d.g.inputs['timeout'] ?? ''),
        };
      }
      if (d.kind === 'seeded') {
        const inputs = { ...valid(), applications: `failing-${d.app}`, sync: 'true', revision: '' };
        return {
          inputs,
          secrets: [TOKEN],
          hosts,
          timeoutMs: 2000,
          label: `sync of failing-${d.app} fails with a payload`,
        };
      }
      let left = d.times;
      proxy.answer = (req) => (ROUTES[d.route].test(req.url) && left-- > 0 ? d.answer : { kind: 'pass' });
      const inputs = { ...valid(), sync: String(d.sync) };
      const label = `${d.route} answered ${JSON.stringify(d.answer).slice(0, 200)} ×${d.times}${d.sync ? ' with sync' : ''}`;
      return { inputs, secrets: [TOKEN], hosts, timeoutMs: 2000, label };
    },
    cleanup: () => proxy.reset(),
    // An app whose sync failed is the wait's verdict on the app, not a fault to pin on an input.
    spec: {
      inputNames: Object.keys(RULES),
      verdicts: [/^Could not wait for Argo CD: \S+: sync operation (Failed|Error) at /],
    },
  });
  console.log(`fuzz wait-for-argocd: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
  expect(argo.violations).toEqual([]);
}, 600_000);
