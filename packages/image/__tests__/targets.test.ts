import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, InputError, InputReader } from '@gitops-actions/kit';
import {
  parseImageName,
  registryKindOf,
  registryKindProblem,
  type ImageName,
} from '@gitops-actions/registry';
import { checkRegistryTarget, readImageInputs, storedLoginHosts } from '@gitops-actions/image';

const image = (text: string): ImageName => {
  const parsed = parseImageName(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const thrown = (fn: () => void): Error => {
  try {
    fn();
  } catch (e) {
    if (e instanceof Error) return e;
    throw e;
  }
  throw new Error('did not throw');
};
const inputs = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('(15.6) registry kinds', () => {
  it.each([
    ['ghcr.io', 'ghcr'],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'ecr'],
    ['europe-west1-docker.pkg.dev', 'gar'],
    ['us-docker.pkg.dev', 'gar'],
    ['acmeprod.azurecr.io', 'acr'],
    ['acmeprod.azurecr.cn', 'acr'],
    ['docker.io', 'generic'],
    ['127.0.0.1:5000', 'generic'],
    ['docker.pkg.dev', 'generic'],
    ['ab.azurecr.io', 'generic'],
  ])('%s is %s', (host, kind) => expect(registryKindOf(host)).toBe(kind));

  it('says which host a kind needs, and takes any host for generic', () => {
    expect(registryKindProblem('gar', 'ghcr.io')).toBe(
      "needs an image on <location>-docker.pkg.dev (e.g. europe-west1-docker.pkg.dev), and the image's host is 'ghcr.io'",
    );
    expect(registryKindProblem('acr', 'acmeprod.azurecr.io')).toBeNull();
    expect(registryKindProblem('generic', 'acme.azurecr.io')).toBeNull();
  });
});

describe('(15.6) the registry input', () => {
  it('refuses an image whose host is not of the kind named, naming the input', () => {
    const error = thrown(() => readImageInputs(inputs({ image: 'ghcr.io/acme/api', registry: 'acr' }), {}));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "Input 'registry' is acr, which needs an image on <name>.azurecr.io, and the image's host is 'ghcr.io'",
    );
  });

  it('requires username and password with generic', () => {
    const error = thrown(() =>
      readImageInputs(inputs({ image: 'docker.io/acme/api', registry: 'generic' }), {}),
    );
    expect(error.message).toMatch(/^Input 'username' is required with registry: generic, and so is password/);
    const ok = readImageInputs(
      inputs({ image: 'acme/api', registry: 'generic', username: 'acme', password: 'dckr_pat_0123456789' }),
      {},
    );
    expect(ok.registry).toBe('generic');
    expect(ok.image.registry).toBe('docker.io');
  });

  it('defaults to auto and keeps every existing image valid', () => {
    expect(readImageInputs(inputs({ image: 'ghcr.io/acme/api' }), {}).registry).toBe('auto');
    expect(
      thrown(() => readImageInputs(inputs({ image: 'ghcr.io/acme/api', registry: 'gcr' }), {})).message,
    ).toMatch(/^Input 'registry'/);
  });
});

describe('(15.6) checkRegistryTarget', () => {
  const gar = image('europe-west1-docker.pkg.dev/acme-prod/apps/api');
  const acr = image('acmeprod.azurecr.io/apps/api');

  it('names the Artifact Registry logins the job has when the image is on another location', () => {
    const error = thrown(() => checkRegistryTarget('auto', gar, {}, ['us-docker.pkg.dev'], false));
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).operation).toBe('check the Artifact Registry registry');
    expect(error.message).toContain(
      'the image europe-west1-docker.pkg.dev/acme-prod/apps/api is on europe-west1-docker.pkg.dev, but the docker config has Artifact Registry logins only for us-docker.pkg.dev',
    );
    expect((error as ActionError).hint).toBe(
      'Run oidc-login with provider: gcp and gcp-registries: europe-west1-docker.pkg.dev (or give username and password).',
    );
  });

  it('requires a login for the ACR host when registry: acr is named, and points at oidc-login', () => {
    const error = thrown(() => checkRegistryTarget('acr', acr, {}, ['ghcr.io'], false));
    expect(error.message).toContain('but the docker config has no login for acmeprod.azurecr.io');
    expect((error as ActionError).hint).toMatch(
      /^Run oidc-login with provider: azure and acr-registries: acmeprod\.azurecr\.io/,
    );
  });

  it('lets matching logins, explicit credentials and auto without any cloud login through', () => {
    expect(() => checkRegistryTarget('acr', acr, {}, ['acmeprod.azurecr.io'], false)).not.toThrow();
    expect(() => checkRegistryTarget('acr', acr, {}, [], true)).not.toThrow();
    expect(() => checkRegistryTarget('auto', gar, {}, [], false)).not.toThrow();
    expect(() =>
      checkRegistryTarget('auto', image('ghcr.io/a/b'), {}, ['acme.azurecr.io'], false),
    ).not.toThrow();
  });

  it('keeps the ECR checks for ECR images', () => {
    const ecr = image('123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/app');
    expect(
      thrown(() => checkRegistryTarget('ecr', ecr, { AWS_REGION: 'us-east-1' }, [], false)).message,
    ).toContain('is in region eu-west-1, but AWS_REGION is us-east-1');
  });
});

describe('storedLoginHosts with credential helpers', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'login-hosts-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

  it('counts a credHelpers entry (gcloud auth configure-docker) as a login', async () => {
    await writeFile(
      path.join(dir, 'config.json'),
      JSON.stringify({ credHelpers: { 'europe-west1-docker.pkg.dev': 'gcloud' } }),
    );
    const hosts = storedLoginHosts({ DOCKER_CONFIG: dir });
    expect(hosts).toEqual(['europe-west1-docker.pkg.dev']);
    const gar = image('europe-west1-docker.pkg.dev/acme-prod/apps/api');
    expect(() => checkRegistryTarget('gar', gar, {}, hosts, false)).not.toThrow();
  });
});
