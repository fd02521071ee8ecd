// Property-based fuzzing of build-tag-push (issue 12): hostile inputs; VERSION files holding workflow
// commands, line breaks, bidi marks or 100,000 characters; an image engine whose output holds them;
// a registry (behind a hostile proxy) answering garbage. Nothing is built: `buildah` on PATH is a
// script that answers as if it had built the image already in the registry, and `docker`/`podman`
// there fail their probes, so `builder: auto` finds the fake too.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { basicAuth } from '@gitops-actions/kit';
import {
  PAYLOADS,
  fc,
  fuzzInputs,
  hostileAnswer,
  payload,
  onRegistry,
  refuse,
  runCampaign,
  secret,
  startHostileServer,
  type CorruptedInputs,
  type HostileAnswer,
  type HostileServer,
  type InputRules,
} from '@gitops-actions/testkit';
import {
  OCI_MANIFEST,
  fetchToken,
  pushTestImage,
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/build-tag-push/src/main.js';

const LOGIN = { username: 'octocat', password: 'ghp_fuzzBuildTagPushPassword0123' };
const TAG = '1.2.0-0123456';

/** buildah without a build: FAKE_ENGINE_OUTPUT is what it prints, FAKE_ENGINE_EXIT how it ends a build or push. */
const FAKE_BUILDAH = `#!/bin/sh
case "$1" in
  version) echo "Version: 1.33.7 (fake)"; exit 0 ;;
  inspect) echo "$FAKE_IMAGE_ID"; exit 0 ;;
  bud|build|push)
    [ -n "$FAKE_ENGINE_OUTPUT" ] && printf '%s\\n' "$FAKE_ENGINE_OUTPUT" && printf '%s\\n' "$FAKE_ENGINE_OUTPUT" >&2
    exit "\${FAKE_ENGINE_EXIT:-0}" ;;
  *) exit 0 ;;
esac
`;
const NO_ENGINE = '#!/bin/sh\necho "Cannot connect to the engine (fake)" >&2\nexit 125\n';

let dir: string;
let bin: string;
let registry: RegistryServer | undefined;
let proxy: HostileServer;
let imageId = '';
let seq = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fuzz-build-tag-push-'));
  bin = path.join(dir, 'bin');
  await mkdir(bin);
  for (const [name, script] of [
    ['buildah', FAKE_BUILDAH],
    ['podman', NO_ENGINE],
    ['docker', NO_ENGINE],
  ] as const) {
    await writeFile(path.join(bin, name), script);
    await chmod(path.join(bin, name), 0o755);
  }
  const unavailable = registryUnavailableReason();
  if (unavailable) throw new Error(`The registry stand-in cannot run: ${unavailable}`);
  registry = await startRegistryServer({ auth: { ...LOGIN, scheme: 'token' } });
  await pushTestImage(registry, 'acme/api', TAG, LOGIN);
  const token = await fetchToken(registry, 'repository:acme/api:pull', LOGIN);
  const res = await fetch(`${registry.url}/v2/acme/api/manifests/${TAG}`, {
    headers: { authorization: `Bearer ${token}`, accept: OCI_MANIFEST },
  });
  imageId = ((await res.json()) as { config: { digest: string } }).config.digest.replace(/^sha256:/, '');
  proxy = await startHostileServer({ upstream: registry.url });
}, 60_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), registry?.close()]);
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const RULES: InputRules = {
  image: { refuses: (v) => refuse.required(v) || /[\sA-Z]/.test(v) || refuse.credentials(v) },
  context: { refuses: refuse.repoPath },
  file: { refuses: refuse.repoPath },
  version: {
    refuses: (v) => v !== '' && !/^[A-Za-z0-9_][A-Za-z0-9._+-]{0,127}$/.test(v.replace(/^v(?=\d)/, '')),
  },
  'tag-template': {},
  'extra-tags': {},
  'build-args': {},
  'build-secrets': {},
  labels: {},
  platforms: {},
  target: {},
  mode: { refuses: refuse.oneOf(['build-push', 'build', 'push']) },
  builder: { refuses: refuse.oneOf(['auto', 'buildx', 'docker', 'podman', 'buildah']) },
  immutable: { refuses: refuse.boolean },
  cache: {},
  username: {},
  password: { refuses: refuse.secret, values: secret().map((value) => ({ value, secrets: [value] })) },
  retries: { refuses: refuse.integer(0, 10) },
};

type Drawn =
  | { kind: 'inputs'; g: CorruptedInputs }
  | { kind: 'version-file'; text: string }
  | { kind: 'engine'; output: string; exit: number; mode: 'build' | 'build-push' }
  | { kind: 'answer'; answer: HostileAnswer; times: number; method: string };

/** The workspace each drawn case runs in (a Dockerfile, and its VERSION file when it has one). */
const workspaces = new WeakMap<Drawn, string>();

const versionText = fc.oneof(
  payload().map((p) => `1.0${p}`),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(
    '1.0\n2.0',
    ' v1.2.3 \n',
    '1.0\u202e',
    '..',
    '-1',
    '+x',
    '1.0 beta',
    '\ufeff1.0',
    '1.0\r\n',
  ),
  fc.integer({ min: 129, max: 100_000 }).map((n) => '9'.repeat(n)),
);

it('build-tag-push holds the properties of issue 12 on hostile inputs, versions, engine output and registry answers', async () => {
  const valid = () => ({
    image: `${proxy.host}/acme/api`,
    version: '1.2.0',
    builder: 'buildah',
    ...LOGIN,
    retries: '1',
  });
  const cases: fc.Arbitrary<Drawn> = fc.oneof(
    {
      weight: 14,
      arbitrary: fc
        .constant(null)
        .chain(() => fuzzInputs(valid(), RULES))
        .map((g): Drawn => ({ kind: 'inputs', g })),
    },
    { weight: 4, arbitrary: versionText.map((text): Drawn => ({ kind: 'version-file', text })) },
    {
      // A push the engine fails is retried with real backoff: a small share.
      weight: 1,
      arbitrary: fc
        .record({
          output: payload().map((p) => `STEP 1/2: FROM scratch${p}`),
          exit: fc.constantFrom(0, 1, 125),
          mode: fc.constantFrom<'build' | 'build-push'>('build', 'build-push'),
        })
        .map((e): Drawn => ({ kind: 'engine', ...e })),
    },
    {
      // The registry client retries with real backoff (retries: 1 bounds it): a small share.
      weight: 1,
      arbitrary: fc
        .record({
          answer: fc.oneof(
            hostileAnswer({ hangs: false }),
            payload().map((p): HostileAnswer => ({
              kind: 'poison',
              payload: p,
              keys: ['message', 'detail'],
            })),
          ),
          times: fc.constantFrom(1, 2),
          method: fc.constantFrom('HEAD', 'GET', 'any'),
        })
        .map((a): Drawn => ({ kind: 'answer', ...a })),
    },
  );
  const hosts = () => [proxy.host, registry!.host];
  const secretForms = [basicAuth(LOGIN.username, LOGIN.password)];
  const result = await runCampaign({
    action: 'build-tag-push',
    entry: run,
    cases,
    prepare: async (d) => {
      const workspace = path.join(dir, `ws${++seq}`);
      await mkdir(workspace);
      await writeFile(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
      workspaces.set(d, workspace);
      const env = { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, FAKE_IMAGE_ID: imageId };
      const base = { env, secrets: [LOGIN.password], secretForms, hosts: hosts() };
      if (d.kind === 'inputs') {
        const inputs = { ...d.g.inputs, image: onRegistry(d.g.inputs['image'], proxy.host) };
        return { ...base, ...d.g, inputs, secrets: [LOGIN.password, ...d.g.secrets] };
      }
      if (d.kind === 'version-file') {
        await writeFile(path.join(workspace, 'VERSION'), d.text);
        const version = d.text.trim().replace(/^v(?=\d)/, '');
        return {
          ...base,
          inputs: { ...valid(), version: '' },
          mustFail:
            version !== '' && !/^[A-Za-z0-9_][A-Za-z0-9._+-]{0,127}$/.test(version)
              ? `the VERSION file holds ${JSON.stringify(d.text.slice(0, 60))}`
              : undefined,
          label: `VERSION holds ${JSON.stringify(d.text.slice(0, 200))} (${d.text.length} characters)`,
        };
      }
      if (d.kind === 'engine') {
        return {
          ...base,
          env: { ...env, FAKE_ENGINE_OUTPUT: d.output, FAKE_ENGINE_EXIT: String(d.exit) },
          // A new version, so that the push really runs (and is not "already in the registry").
          inputs: { ...valid(), mode: d.mode, version: `9.0.${seq}` },
          label: `the engine printed ${JSON.stringify(d.output)} and exited ${d.exit} (${d.mode})`,
        };
      }
      let left = d.times;
      proxy.answer = (req) =>
        (d.method === 'any' || req.method === d.method) && req.url.startsWith('/v2/') && left-- > 0
          ? d.answer
          : { kind: 'pass' };
      return {
        ...base,
        inputs: valid(),
        label: `${d.method} answered ${JSON.stringify(d.answer).slice(0, 200)} ×${d.times}`,
      };
    },
    inProcess: (d) => ({ workspace: workspaces.get(d) }),
    cleanup: () => proxy.reset(),
    spec: { inputNames: Object.keys(RULES) },
    // Refused inputs cost ~80 ms (the engine probes), engine and registry faults 0.5–0.7 s (backoff):
    // 200 cases took 46 s, 150 took 39 s on the shared CI machine. FUZZ_RUNS for more.
    defaultRuns: 80,
  });
  console.log(`fuzz build-tag-push: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
}, 600_000);
