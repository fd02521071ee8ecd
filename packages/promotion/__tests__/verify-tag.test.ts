// (13.1) A promotion with an explicit tag is checked in the registry (the real docker-registry
// stand-in, GHCR-like token auth, the login read from the docker config) before anything is
// written: a tag the registry lacks, or a pinned digest it does not serve for the tag, refuses the
// promotion naming the input, and the local GitHub received no write at all.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError, type Logger } from '@gitops-actions/kit';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import {
  pushTestImage,
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';
import { promoteOnGitHub, type PromotionRequest } from '@gitops-actions/promotion';

const TOKEN = 'ghs_verifyTagToken0123456789ab';
const USER = { username: 'octocat', password: 'ghp_verifyTagPassword0123456789' };

const reason = registryUnavailableReason();
if (reason) console.log(`Skipping verify-tag tests: ${reason}`);
const describeIfRegistry = reason ? describe.skip : describe;

let root: string;
let gh: GitHubServer;
let registry: RegistryServer;
let image: string;
let digest: string;
let repo: string;
let dockerConfig: string;
const lines: string[] = [];
const log: Logger = { info: (m) => lines.push(m), warning: (m) => lines.push(m), debug: () => undefined };

beforeAll(async () => {
  if (reason) return;
  root = await mkdtemp(path.join(tmpdir(), 'verify-tag-'));
  gh = await startGitHubServer({ root, token: TOKEN });
  registry = await startRegistryServer({ auth: { ...USER, scheme: 'token' } });
  image = `${registry.host}/acme/api`;
  digest = await pushTestImage(registry, 'acme/api', '1.4.0', USER);
  await pushTestImage(registry, 'acme/api', '1.5.0', USER);
  dockerConfig = path.join(root, 'docker');
  await mkdir(dockerConfig);
  const auth = Buffer.from(`${USER.username}:${USER.password}`).toString('base64');
  await writeFile(
    path.join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [registry.host]: { auth } } }),
  );
});

beforeEach(async () => {
  if (reason) return;
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  const values = (tag: string) => `image:\n  repository: ${image}\n  tag: "${tag}"\n`;
  await createBareRepo(root, repo, {
    'envs/dev/api/values.yaml': values('9.9.9'),
    'envs/prod/api/values.yaml': values('1.3.0'),
  });
  gh.reset();
  lines.length = 0;
});

afterEach(() => {
  if (!reason) expect(gh.violations).toEqual([]);
});

afterAll(async () => {
  await gh?.close();
  await registry?.close();
  if (root) await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function request(values: Partial<PromotionRequest> = {}): PromotionRequest {
  return {
    repository: repo,
    token: TOKEN,
    base: 'main',
    files: ['envs/prod/api/values.yaml'],
    image,
    tag: '1.4.0',
    fromFile: '',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    environment: 'production',
    branch: 'promote/{environment}/{image-name}',
    title: 'Promote {image-name} {tag} to {environment}',
    body: '',
    labels: [],
    reviewers: [],
    teamReviewers: [],
    assignees: [],
    draft: false,
    autoMerge: '',
    verifyTag: 'true',
    ...values,
  };
}

const promote = (
  values: Partial<PromotionRequest> = {},
  env: NodeJS.ProcessEnv = { DOCKER_CONFIG: dockerConfig },
) => promoteOnGitHub(request(values), log, { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url, ...env });

/** Nothing was written to the GitOps repository: no branch, commit, ref, PR, label or comment. */
const writes = () => gh.requests.filter((r) => r.method !== 'GET');

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describeIfRegistry('(13.1) verify-tag', () => {
  it('(13.1) promotes a tag the registry has, with its digest pinned', async () => {
    const result = await promote({ digest, digestKey: 'image.digest', createMissing: true });
    expect(result.operation).toBe('created');
    expect(gh.pulls(repo)).toHaveLength(1);
    expect(lines).toContain(`Checked in ${registry.host}: ${image}:1.4.0 is ${digest}`);
  });

  it('(13.1) refuses a tag the registry does not have, naming the tag input, writing nothing', async () => {
    const error = await refusal(promote({ tag: '1.4.1' }));
    expect(error.message).toBe(
      `Input 'tag' '1.4.1' does not exist in ${image}: the registry ${registry.host} has no such tag; nothing was written`,
    );
    expect(writes()).toEqual([]);
    expect(gh.pulls(repo)).toEqual([]);
  });

  it('(13.1) refuses a pinned digest that is not the tag, naming the digest input, writing nothing', async () => {
    const other = `sha256:${'0'.repeat(64)}`;
    const error = await refusal(promote({ tag: '1.5.0', digest: other, digestKey: 'image.digest' }));
    expect(error.message).toMatch(
      new RegExp(
        `^Input 'digest' '${other}' is not ${image.replace(/\./g, '\\.')}:1\\.5\\.0: the registry .* serves sha256:[0-9a-f]{64} for that tag`,
      ),
    );
    expect(error.message).not.toContain(digest);
    expect(writes()).toEqual([]);
  });

  it('(13.1) names from-file when the tag it holds is not in the registry', async () => {
    const error = await refusal(
      promote({ tag: '', fromFile: 'envs/dev/api/values.yaml', verifyTag: 'auto' }),
    );
    expect(error.message).toMatch(/^Input 'from-file' '9\.9\.9' does not exist in /);
    expect(writes()).toEqual([]);
  });

  it('(13.1) auto without a login for the registry checks nothing and promotes', async () => {
    const before = registry.requests.length;
    const empty = path.join(root, 'no-docker');
    const result = await promote({ tag: '1.4.1', verifyTag: 'auto' }, { DOCKER_CONFIG: empty, HOME: empty });
    expect(result.operation).toBe('created');
    expect(registry.requests.length).toBe(before);
    expect(lines.some((l) => l.includes('no login for it in the docker config (verify-tag: auto)'))).toBe(
      true,
    );
  });

  it('(13.1) true with a registry that refuses the login fails before any write, saying how to go on', async () => {
    const bad = path.join(root, 'bad-docker');
    await mkdir(bad, { recursive: true });
    const auth = Buffer.from(`${USER.username}:wrong-password-000000`).toString('base64');
    await writeFile(path.join(bad, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }));
    const error = (await promote({}, { DOCKER_CONFIG: bad }).catch((e: unknown) => e)) as Error & {
      hint?: string;
    };
    expect(error.message).toContain('refused access');
    expect(error.message).not.toContain('wrong-password');
    expect(error.hint).toContain('set verify-tag: false');
    expect(writes()).toEqual([]);
  });
});
