// RegistryClient against the registry stand-in in its GHCR-like token mode (and once in basic mode):
// the bearer-token dance, token reuse, and refusals that name the registry but never the password.
import {
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
  pushTestImage,
} from '@gitops-actions/standin-registry';
import { RegistryClient, RegistryError, type RegistryCredentials } from '../src/index.js';

const USER = { username: 'octocat', password: 'ghp_clientPassword0123456789abcdef' };
const credentials = (password = USER.password): RegistryCredentials => ({
  username: USER.username,
  password,
  source: 'the username/password inputs',
});

const reason = registryUnavailableReason();
if (reason) console.log(`Skipping RegistryClient token tests: ${reason}`);
const describeIfRegistry = reason ? describe.skip : describe;

let ghcr: RegistryServer;
let app: string;
let worker: string;

beforeAll(async () => {
  if (reason) return;
  ghcr = await startRegistryServer({ auth: { ...USER, scheme: 'token' } });
  app = await pushTestImage(ghcr, 'acme/app', '1.0.0', USER);
  worker = await pushTestImage(ghcr, 'acme/worker', '2.0.0', USER);
});

afterAll(async () => {
  await ghcr?.close();
});

const since = (registry: RegistryServer, from: number) => registry.requests.slice(from);
const tokenRequests = (registry: RegistryServer, from: number) =>
  since(registry, from).filter((r) => r.path.startsWith('/token'));

async function refusal(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryError);
  return error as RegistryError;
}

describeIfRegistry('RegistryClient, GHCR-like token auth', () => {
  it('reads the digest of a pushed tag through the token flow', async () => {
    const from = ghcr.requests.length;
    const client = new RegistryClient({ host: ghcr.host, credentials: credentials() });
    expect(await client.digest('acme/app', '1.0.0')).toBe(app);
    expect(client.protocol).toBe('http');
    const tokens = tokenRequests(ghcr, from);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ method: 'GET', status: 200, auth: 'basic' });
    const query = new URL(tokens[0]!.path, ghcr.url).searchParams;
    expect(query.get('service')).toBe(ghcr.host);
    expect(query.getAll('scope')).toEqual(['repository:acme/app:pull']);
    // The manifest itself was read with the token, never with the password.
    const reads = since(ghcr, from).filter((r) => r.path === '/v2/acme/app/manifests/1.0.0');
    expect(reads.at(-1)).toMatchObject({ method: 'HEAD', status: 200, auth: 'bearer' });
    expect(since(ghcr, from).filter((r) => r.path.startsWith('/v2/') && r.auth === 'basic')).toEqual([]);
  });

  it('reads manifests and missing tags with the same token', async () => {
    const from = ghcr.requests.length;
    const client = new RegistryClient({ host: ghcr.host, credentials: credentials() });
    expect(await client.digest('acme/app', '1.0.0')).toBe(app);
    expect(await client.manifest('acme/app', '1.0.0')).toMatchObject({
      digest: app,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      configDigest: expect.stringMatching(/^sha256:/) as unknown,
    });
    expect(await client.digest('acme/app', 'no-such-tag')).toBeNull();
    expect(await client.manifest('acme/app', 'no-such-tag')).toBeNull();
    expect(await client.digest('acme/app', '1.0.0')).toBe(app);
    expect(tokenRequests(ghcr, from)).toHaveLength(1);
    expect(since(ghcr, from).filter((r) => r.status === 401 || r.status === 403).length).toBeLessThanOrEqual(
      1,
    );
  });

  it('keeps one token per repository, so going back and forth never meets a 403', async () => {
    const from = ghcr.requests.length;
    const client = new RegistryClient({ host: ghcr.host, credentials: credentials() });
    for (let i = 0; i < 2; i++) {
      expect(await client.digest('acme/app', '1.0.0')).toBe(app);
      expect(await client.digest('acme/worker', '2.0.0')).toBe(worker);
    }
    const scopes = tokenRequests(ghcr, from).map((r) => new URL(r.path, ghcr.url).searchParams.get('scope'));
    expect(scopes).toEqual(['repository:acme/app:pull', 'repository:acme/worker:pull']);
    expect(since(ghcr, from).filter((r) => r.status === 403)).toEqual([]);
  });

  it('fetches a new token when the old one expired', async () => {
    const client = new RegistryClient({ host: ghcr.host, credentials: credentials() });
    expect(await client.digest('acme/app', '1.0.0')).toBe(app);
    ghcr.expireTokens();
    const from = ghcr.requests.length;
    expect(await client.digest('acme/app', '1.0.0')).toBe(app);
    expect(tokenRequests(ghcr, from)).toHaveLength(1);
  });

  it('reports a refused password with the registry and the credentials’ source, never the password', async () => {
    const wrong = 'ghp_wrongPassword9876543210fedcba';
    const client = new RegistryClient({ host: ghcr.host, credentials: credentials(wrong) });
    const error = await refusal(client.digest('acme/app', '1.0.0'));
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(403);
    expect(error.message).toContain(ghcr.host);
    expect(error.message).toContain("the username/password inputs (user 'octocat')");
    const everything = `${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`;
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(Buffer.from(`octocat:${wrong}`).toString('base64'));
  });

  it('says it had no credentials when the token endpoint wants some', async () => {
    const client = new RegistryClient({ host: ghcr.host });
    const error = await refusal(client.digest('acme/app', '1.0.0'));
    expect(error.status).toBe(401);
    expect(error.message).toContain(ghcr.host);
    expect(error.message).toContain('without credentials');
  });

  it('retries nothing itself but marks a 5xx from the token endpoint as retryable', async () => {
    ghcr.failNext(1, 503, { path: /^\/token/ });
    const client = new RegistryClient({ host: ghcr.host, credentials: credentials() });
    const error = await refusal(client.digest('acme/app', '1.0.0'));
    expect(error.retryable).toBe(true);
    expect(await client.digest('acme/app', '1.0.0')).toBe(app);
  });
});

describeIfRegistry('RegistryClient, htpasswd basic auth', () => {
  let basic: RegistryServer;
  beforeAll(async () => {
    basic = await startRegistryServer({ auth: USER });
  });
  afterAll(async () => {
    await basic?.close();
  });

  it('answers the Basic challenge with the credentials and keeps sending them', async () => {
    const client = new RegistryClient({ host: basic.host, credentials: credentials() });
    expect(await client.digest('acme/app', 'missing')).toBeNull();
    expect(await client.digest('acme/app', 'missing-too')).toBeNull();
    expect(basic.requests.filter((r) => r.status === 401).length).toBeLessThanOrEqual(1);
    expect(basic.requests.at(-1)).toMatchObject({ auth: 'basic', status: 404 });

    const wrong = new RegistryClient({ host: basic.host, credentials: credentials('nope-wrong-password') });
    const error = await refusal(wrong.digest('acme/app', 'missing'));
    expect(error.status).toBe(401);
    expect(error.message).toContain(basic.host);
    expect(error.message).not.toContain('nope-wrong-password');
  });
});
