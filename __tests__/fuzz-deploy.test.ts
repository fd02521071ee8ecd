// Property-based fuzzing of the root action (deploy, issue 12): hostile inputs over the whole flow,
// build → scan → push → bump, against the stand-ins: a registry, the Trivy stand-in, a bare GitOps
// repository (git transport) and Argo CD. Nothing is built: `buildah` on PATH is a script that answers
// as if it had built the image already in the registry (and writes the archive Trivy scans).
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { basicAuth } from '@gitops-actions/kit';
import {
  fc,
  fixturePath,
  fuzzInputs,
  onRegistry,
  refuse,
  runCampaign,
  secret,
  type InputRules,
} from '@gitops-actions/testkit';
import { bareRepoPath, createBareRepo } from '@gitops-actions/standin-git-server';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import {
  OCI_MANIFEST,
  fetchToken,
  pushTestImage,
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';
import { writeStandinBinary } from '@gitops-actions/standin-trivy';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/deploy/src/main.js';

const LOGIN = { username: 'octocat', password: 'ghp_fuzzDeployRegistryPassword0123' };
const GIT_TOKEN = 'ghs_fuzzDeployGitopsToken0123456789ab';
const ARGO_TOKEN = 'argocd-fuzz-deploy-token-0123456789';
const TAG = '1.2.0-0123456';
const VALUES = 'apps/api/dev/values.yaml';

/** buildah without a build: it "built" the image whose config digest is `id`. */
const fakeBuildah = (id: string) => `#!/bin/sh
case "$1" in
  version) echo "Version: 1.33.7 (fake)"; exit 0 ;;
  inspect) echo "${id}"; exit 0 ;;
  push)
    case "$3" in docker-archive:*) f="\${3#docker-archive:}"; : > "\${f%%:*}" ;; esac
    exit 0 ;;
  *) exit 0 ;;
esac
`;
const NO_ENGINE = '#!/bin/sh\necho "Cannot connect to the engine (fake)" >&2\nexit 125\n';

let dir: string;
let bin: string;
let workspace: string;
let trivy: string;
let registry: RegistryServer;
let argo: ArgoCdServer;
let imageId = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fuzz-deploy-'));
  bin = path.join(dir, 'bin');
  workspace = path.join(dir, 'service');
  await Promise.all([mkdir(bin), mkdir(workspace), mkdir(path.join(dir, 'git'))]);
  await writeFile(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
  trivy = await writeStandinBinary(path.join(dir, 'trivy'));
  const unavailable = registryUnavailableReason();
  if (unavailable) throw new Error(`The registry stand-in cannot run: ${unavailable}`);
  registry = await startRegistryServer({ auth: { ...LOGIN, scheme: 'token' } });
  await pushTestImage(registry, 'acme/api', TAG, LOGIN);
  const token = await fetchToken(registry, 'repository:acme/api:pull', LOGIN);
  const res = await fetch(`${registry.url}/v2/acme/api/manifests/${TAG}`, {
    headers: { authorization: `Bearer ${token}`, accept: OCI_MANIFEST },
  });
  imageId = ((await res.json()) as { config: { digest: string } }).config.digest.replace(/^sha256:/, '');
  // The id is written into the script: the deploy's engine commands do not all see the step's variables.
  for (const [name, script] of [
    ['buildah', fakeBuildah(imageId)],
    ['podman', NO_ENGINE],
    ['docker', NO_ENGINE],
  ] as const) {
    await writeFile(path.join(bin, name), script);
    await chmod(path.join(bin, name), 0o755);
  }
  await createBareRepo(path.join(dir, 'git'), 'acme/gitops', {
    [VALUES]: 'image:\n  repository: ghcr.io/acme/api\n  tag: 1.1.0\n',
  });
  argo = await startArgoCd({ gitRoot: path.join(dir, 'git'), token: ARGO_TOKEN, reconcileMs: 20 });
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.close(), argo?.close()]);
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const items = (v: string) =>
  v
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
// eslint-disable-next-line no-control-regex
const notOneLine = (v: string) => /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v);
const secrets = secret().map((value) => ({ value, secrets: [value] }));

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
  builder: { refuses: refuse.oneOf(['auto', 'buildx', 'docker', 'podman', 'buildah']) },
  immutable: { refuses: refuse.boolean },
  username: {},
  password: { refuses: refuse.secret, values: secrets },
  severity: {
    refuses: (v) =>
      items(v).some((s) => !['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'].includes(s.toUpperCase())),
  },
  'ignore-unfixed': { refuses: refuse.boolean },
  'ignore-file': { refuses: notOneLine },
  'trivy-version': { refuses: (v) => v !== '' && !/^v?\d+\.\d+\.\d+$/.test(v) },
  'trivy-url': { url: true, refuses: refuse.httpUrl },
  'trivy-checksum': { refuses: (v) => v !== '' && !/^(sha256:)?[0-9a-fA-F]{64}$/.test(v) },
  'trivy-path': { refuses: notOneLine },
  'db-repository': {},
  'gitops-repository': {
    url: true,
    // eslint-disable-next-line no-control-regex
    refuses: (v) => refuse.credentials(v) || /[\s\u0000-\u001f\u007f]/.test(v),
  },
  'gitops-transport': { refuses: refuse.oneOf(['auto', 'git', 'api']) },
  'gitops-token': { refuses: refuse.secret, values: secrets },
  'gitops-branch': { refuses: refuse.branch },
  'gitops-files': { refuses: (v) => refuse.required(v) || refuse.repoPath(v) },
  'gitops-key': { refuses: refuse.keyPath },
  'gitops-digest-key': { refuses: refuse.keyPath },
  'gitops-format': { refuses: refuse.oneOf(['auto', 'helm', 'kustomize', 'manifest']) },
  'pin-digest': { refuses: refuse.boolean },
  'commit-message': {},
  wait: { refuses: refuse.boolean },
  'argocd-server': { url: true, refuses: refuse.httpUrl },
  'argocd-token': { refuses: refuse.secret, values: secrets },
  'argocd-applications': {},
  'argocd-sync': { refuses: refuse.boolean },
  'argocd-timeout': { refuses: refuse.duration(86_400_000, 1000) },
};

it('the root action (deploy) holds the properties of issue 12 on hostile inputs', async () => {
  // The wait is off: an Argo CD wait costs seconds, and wait-for-argocd's own campaign covers it.
  const valid = () => ({
    image: `${registry.host}/acme/api`,
    version: '1.2.0',
    builder: 'buildah',
    // The fake's image is not recognised as the one in the registry by the deploy's push; overwriting
    // (a fake push, then the digest read back) gets the valid case to the bump.
    immutable: 'false',
    ...LOGIN,
    'trivy-path': trivy,
    'gitops-repository': pathToFileURL(bareRepoPath(path.join(dir, 'git'), 'acme/gitops')).href,
    'gitops-token': GIT_TOKEN,
    'gitops-files': VALUES,
    wait: 'false',
    'argocd-server': argo.url,
    'argocd-token': ARGO_TOKEN,
    'argocd-applications': 'api-dev',
    'argocd-timeout': '5s',
  });
  const env = {
    PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
    STANDIN_REPORT: fixturePath('trivy', 'alpine-310.json'),
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  };
  const hosts = [registry.host, new URL(argo.url).host];
  const result = await runCampaign({
    action: 'deploy',
    entry: run,
    cases: fc.constant(null).chain(() => fuzzInputs(valid(), RULES)),
    prepare: (g) => ({
      ...g,
      inputs: { ...g.inputs, image: onRegistry(g.inputs['image'], registry.host) },
      env,
      secrets: [LOGIN.password, GIT_TOKEN, ARGO_TOKEN, ...g.secrets],
      secretForms: [basicAuth(LOGIN.username, LOGIN.password)],
      hosts,
    }),
    inProcess: () => ({ workspace }),
    spec: { inputNames: Object.keys(RULES) },
    // A run that gets past the inputs builds (faked), scans, pushes and clones: 200 cases took 50 s.
    defaultRuns: 80,
  });
  console.log(`fuzz deploy: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
}, 600_000);
