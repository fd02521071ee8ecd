// The registry stand-in's GHCR-like token mode, spoken to with plain fetch: the challenge, the
// token endpoint, and scope enforcement in front of a real docker-registry.
import {
  OCI_MANIFEST,
  basicAuth,
  fetchToken,
  pushTestImage,
  registryUnavailableReason,
  startRegistryServer,
  uploadBlob,
  type RegistryServer,
} from '../src/index.js';

const USER = { username: 'octocat', password: 'ghp_standInPassword0123456789abcdef' };
const MANIFEST_ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  OCI_MANIFEST,
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

const reason = registryUnavailableReason();
if (reason) console.log(`Skipping registry token tests: ${reason}`);
const describeIfRegistry = reason ? describe.skip : describe;

let registry: RegistryServer;
let pushed: string;

beforeAll(async () => {
  if (reason) return;
  registry = await startRegistryServer({ auth: { ...USER, scheme: 'token' } });
  pushed = await pushTestImage(registry, 'acme/app', '1.0.0', USER);
});

afterAll(async () => {
  await registry?.close();
});

/** The auth-params of a `Bearer` challenge. */
function challenge(res: Response): Record<string, string> {
  const header = res.headers.get('www-authenticate') ?? '';
  expect(header).toMatch(/^Bearer /);
  return Object.fromEntries(
    [...header.matchAll(/(\w+)="([^"]*)"/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']),
  );
}

const errors = async (res: Response) => ((await res.json()) as { errors: Array<{ code: string }> }).errors;

const head = (path: string, authorization?: string) =>
  fetch(`${registry.url}${path}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_ACCEPT, ...(authorization ? { authorization } : {}) },
  });

describeIfRegistry('registry stand-in, token scheme', () => {
  it('challenges anonymous requests with the realm, the service and the scope the request needs', async () => {
    const manifest = await fetch(`${registry.url}/v2/acme/app/manifests/1.0.0`);
    expect(manifest.status).toBe(401);
    expect(challenge(manifest)).toEqual({
      realm: `${registry.url}/token`,
      service: registry.host,
      scope: 'repository:acme/app:pull',
    });
    expect(await errors(manifest)).toEqual([{ code: 'UNAUTHORIZED', message: 'authentication required' }]);

    const upload = await fetch(`${registry.url}/v2/acme/app/blobs/uploads/`, { method: 'POST' });
    expect(upload.status).toBe(401);
    expect(challenge(upload).scope).toBe('repository:acme/app:pull,push');

    const tags = await fetch(`${registry.url}/v2/acme/team/app/tags/list`);
    expect(challenge(tags).scope).toBe('repository:acme/team/app:pull');

    // GHCR's challenge on the API base names a placeholder repository, not the one a client wants.
    const base = await fetch(`${registry.url}/v2/`);
    expect(base.status).toBe(401);
    expect(base.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    expect(challenge(base)).toEqual({
      realm: `${registry.url}/token`,
      service: registry.host,
      scope: 'repository:user/image:pull',
    });
  });

  it('refuses Basic credentials sent straight to /v2, even the right ones (403 DENIED, as GHCR)', async () => {
    const res = await head('/v2/acme/app/manifests/1.0.0', basicAuth(USER.username, USER.password));
    expect(res.status).toBe(403);
    const get = await fetch(`${registry.url}/v2/acme/app/manifests/1.0.0`, {
      headers: { authorization: basicAuth(USER.username, USER.password) },
    });
    expect(await errors(get)).toEqual([{ code: 'DENIED', message: 'invalid token' }]);
  });

  it('issues a token for the right credentials and refuses others', async () => {
    const url = `${registry.url}/token?service=${registry.host}&scope=repository:acme/app:pull`;
    const ok = await fetch(url, { headers: { authorization: basicAuth(USER.username, USER.password) } });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['token']);
    expect(body['token']).toMatch(/^[\w-]{20,}$/);

    const wrong = await fetch(url, {
      headers: { authorization: basicAuth(USER.username, 'not-the-password') },
    });
    expect(wrong.status).toBe(403);
    expect(await errors(wrong)).toEqual([{ code: 'DENIED', message: 'denied' }]);

    const otherUser = await fetch(url, { headers: { authorization: basicAuth('mallory', USER.password) } });
    expect(otherUser.status).toBe(403);

    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(challenge(anonymous)).toMatchObject({
      realm: `${registry.url}/token`,
      scope: 'repository:acme/app:pull',
    });

    const bearer = await fetch(url, { headers: { authorization: `Bearer ${String(body['token'])}` } });
    expect(bearer.status).toBe(401);
  });

  it('lets a token do what its scope grants, and nothing else', async () => {
    const pull = `Bearer ${await fetchToken(registry, 'repository:acme/app:pull', USER)}`;
    const read = await head('/v2/acme/app/manifests/1.0.0', pull);
    expect(read.status).toBe(200);
    expect(read.headers.get('docker-content-digest')).toBe(pushed);
    expect((await head('/v2/acme/app/manifests/9.9.9', pull)).status).toBe(404);
    expect((await fetch(`${registry.url}/v2/`, { headers: { authorization: pull } })).status).toBe(200);

    // A pull token may not push: 403, not a second challenge.
    const push = await fetch(`${registry.url}/v2/acme/app/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: pull },
    });
    expect(push.status).toBe(403);
    expect(push.headers.get('www-authenticate')).toBeNull();
    expect(await errors(push)).toEqual([{ code: 'DENIED', message: 'permission_denied: write_package' }]);
    const manifestPut = await fetch(`${registry.url}/v2/acme/app/manifests/evil`, {
      method: 'PUT',
      headers: { authorization: pull, 'content-type': OCI_MANIFEST },
      body: '{}',
    });
    expect(manifestPut.status).toBe(403);

    // Nor read another repository, nor one whose name merely starts the same.
    expect((await head('/v2/acme/other/manifests/1.0.0', pull)).status).toBe(403);
    expect((await head('/v2/acme/app/sub/manifests/1.0.0', pull)).status).toBe(403);

    // A token may carry several scopes (several scope parameters, or space-separated).
    const url = new URL(`${registry.url}/token`);
    url.searchParams.set('service', registry.host);
    url.searchParams.append('scope', 'repository:acme/app:pull');
    url.searchParams.append('scope', 'repository:acme/other:pull,push');
    const multi = await fetch(url, { headers: { authorization: basicAuth(USER.username, USER.password) } });
    const both = `Bearer ${((await multi.json()) as { token: string }).token}`;
    expect((await head('/v2/acme/app/manifests/1.0.0', both)).status).toBe(200);
    await expect(uploadBlob(registry, 'acme/other', Buffer.from('x'), both)).resolves.toMatch(/^sha256:/);
    await expect(uploadBlob(registry, 'acme/app', Buffer.from('x'), both)).rejects.toThrow(/403/);
  });

  it('answers an unknown or expired token with a new challenge, so a client can fetch another', async () => {
    const forged = await head('/v2/acme/app/manifests/1.0.0', 'Bearer not-a-token-it-issued');
    expect(forged.status).toBe(401);
    expect(challenge(forged)).toMatchObject({ scope: 'repository:acme/app:pull', error: 'invalid_token' });

    const token = `Bearer ${await fetchToken(registry, 'repository:acme/app:pull', USER)}`;
    expect((await head('/v2/acme/app/manifests/1.0.0', token)).status).toBe(200);
    registry.expireTokens();
    const expired = await head('/v2/acme/app/manifests/1.0.0', token);
    expect(expired.status).toBe(401);
    expect(challenge(expired).error).toBe('invalid_token');
  });

  it('records token requests and how each request authenticated, never a secret', async () => {
    const before = registry.requests.length;
    const token = await fetchToken(registry, 'repository:acme/app:pull', USER);
    await head('/v2/acme/app/manifests/1.0.0', `Bearer ${token}`);
    const recorded = registry.requests.slice(before);
    expect(recorded).toEqual([
      {
        method: 'GET',
        path: `/token?service=${encodeURIComponent(registry.host)}&scope=${encodeURIComponent('repository:acme/app:pull')}`,
        status: 200,
        auth: 'basic',
      },
      { method: 'HEAD', path: '/v2/acme/app/manifests/1.0.0', status: 200, auth: 'bearer' },
    ]);
    const all = JSON.stringify(registry.requests);
    expect(all).not.toContain(USER.password);
    expect(all).not.toContain(Buffer.from(`${USER.username}:${USER.password}`).toString('base64'));
    expect(all).not.toContain(token);
  });

  it('still injects faults, on the token endpoint too', async () => {
    registry.failNext(1, 503, { path: /^\/token/ });
    await expect(fetchToken(registry, 'repository:acme/app:pull', USER)).rejects.toThrow(/503/);
    await expect(fetchToken(registry, 'repository:acme/app:pull', USER)).resolves.toBeTruthy();
  });
});
