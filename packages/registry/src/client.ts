import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { basicAuth, displayUrl, networkFailure, shown, systemClock, type Clock } from '@gitops-actions/kit';
import type { RegistryCredentials } from './docker-config.js';

/** All four, or the registry may answer with a converted manifest's digest, or 404 for an index. */
export const MANIFEST_ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

export interface RegistryResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP status or network failure from the registry; `retryable` for 5xx, 429 and network errors. */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface ManifestInfo {
  digest: string;
  mediaType: string;
  /** The image config digest (the local image ID) for single-platform manifests. */
  configDigest: string | undefined;
  /** The platforms' manifest digests of an image index (manifest list); empty for a single image. */
  manifests: string[];
}

export interface RegistryClientOptions {
  host: string;
  credentials?: RegistryCredentials | null;
  timeoutMs?: number;
  /** When tokens expire; the system clock unless a test says otherwise. */
  clock?: Clock;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** A socket error in words that name the registry, with the fix where there is one. */
function unreachable(host: string, error: Error, timeoutMs: number): { text: string; transient: boolean } {
  const failure = networkFailure(error);
  if (failure.code === 'ETIMEDOUT')
    return { text: `${host} did not answer within ${timeoutMs} ms`, transient: true };
  const fix = /CERT|TLS/.test(failure.code)
    ? "; give the runner the registry's CA (NODE_EXTRA_CA_CERTS)"
    : failure.code === 'ENOTFOUND'
      ? "; check the image's registry host and the runner's network"
      : '';
  return { text: `${host} ${failure.reason}${fix}`, transient: failure.transient };
}

const isLoopback = (host: string): boolean => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);

/** How the registry wants to be spoken to, from its first `WWW-Authenticate` challenge. */
type Challenge = { scheme: 'basic' } | { scheme: 'bearer'; realm: string; service: string | undefined };

interface Token {
  value: string;
  /** The clock's time after which the token is not sent again. */
  refreshAt: number;
}

/** Per the token spec a token without expires_in lives 60 s; a few seconds of slack for the round trip. */
const TOKEN_DEFAULT_SECONDS = 60;
const TOKEN_SLACK_MS = 5_000;

function parseChallenge(header: string): Challenge | 'unknown' | undefined {
  const scheme = /^\s*(\w+)/.exec(header)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  if (scheme === 'basic') return { scheme: 'basic' };
  if (scheme !== 'bearer') return 'unknown';
  const params = Object.fromEntries(
    [...header.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((m) => [
      m[1]?.toLowerCase() ?? '',
      m[2] ?? m[3],
    ]),
  );
  const realm = params['realm'];
  if (!realm)
    throw new RegistryError(`the registry's auth challenge has no realm: ${shown(header)}`, 401, false);
  return { scheme: 'bearer', realm, service: params['service'] };
}

/**
 * A small OCI distribution API client: HEAD/GET manifests, with basic auth or the bearer-token
 * dance (WWW-Authenticate: Bearer realm=..., service=..., scope=...). Like docker, it speaks plain
 * HTTP to loopback registries that do not speak TLS.
 *
 * Credentials are never sent before the registry has said how it wants them: GHCR answers Basic
 * credentials on /v2/ with 403 DENIED rather than a challenge, so the client first asks /v2/
 * anonymously (as docker and containers/image do) and then sends Basic credentials or fetches a
 * token per repository and actions. The scope comes from the request, not from the challenge:
 * GHCR's challenge on /v2/ names a placeholder repository.
 */
export class RegistryClient {
  private challenge: Challenge | undefined;
  private pinged = false;
  private readonly tokens = new Map<string, Token>();
  private scheme: 'https' | 'http' = 'https';

  private readonly clock: Clock;

  constructor(private readonly opts: RegistryClientOptions) {
    this.clock = opts.clock ?? systemClock;
  }

  /** `http` once a loopback registry turned out to be plain HTTP (builders need --tls-verify=false then). */
  get protocol(): 'https' | 'http' {
    return this.scheme;
  }

  /** The manifest behind `reference` (tag or digest), or null when the registry has no such tag. */
  async manifest(repository: string, reference: string): Promise<ManifestInfo | null> {
    const path = `/v2/${repository}/manifests/${reference}`;
    const res = await this.send('GET', path, { accept: MANIFEST_ACCEPT }, 'pull', repository);
    if (res.status === 404) return null;
    if (res.status !== 200) throw this.failure(res, `GET ${this.opts.host}${path}`);
    // The registry's word: kept only when it is a digest, since messages repeat it.
    const header = String(res.headers['docker-content-digest'] ?? '');
    const digest = DIGEST.test(header) ? header : '';
    let body: { mediaType?: string; config?: { digest?: string }; manifests?: Array<{ digest?: string }> };
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      throw new RegistryError(
        `GET ${this.opts.host}${path} answered a manifest that is not JSON`,
        200,
        false,
      );
    }
    return {
      digest,
      mediaType: String(res.headers['content-type'] ?? body.mediaType ?? ''),
      configDigest: body.config?.digest,
      manifests: (body.manifests ?? []).map((m) => String(m.digest)),
    };
  }

  /** HEAD with all four Accept types: the digest the registry serves for `reference`, or null. */
  async digest(repository: string, reference: string): Promise<string | null> {
    const path = `/v2/${repository}/manifests/${reference}`;
    const res = await this.send('HEAD', path, { accept: MANIFEST_ACCEPT }, 'pull', repository);
    if (res.status === 404) return null;
    if (res.status !== 200) throw this.failure(res, `HEAD ${this.opts.host}${path}`);
    const digest = res.headers['docker-content-digest'];
    if (typeof digest !== 'string' || !DIGEST.test(digest)) {
      throw new RegistryError(
        `HEAD ${this.opts.host}${path} answered without a Docker-Content-Digest header`,
        res.status,
        false,
      );
    }
    return digest;
  }

  private failure(res: RegistryResponse, what: string): RegistryError {
    const retryable = res.status >= 500 || res.status === 429;
    if (res.status === 401 || res.status === 403) {
      const who = this.opts.credentials
        ? `with ${this.opts.credentials.source} (user ${shown(this.opts.credentials.username)})`
        : 'without credentials';
      return new RegistryError(
        `${what}: the registry ${this.opts.host} refused access (${res.status}) ${who}`,
        res.status,
        false,
      );
    }
    // The body is the registry's (or a proxy's) text: quoted and cut, never printed as it came.
    const body = res.body.trim() ? `: ${shown(res.body.trim())}` : '';
    return new RegistryError(
      `${what}: the registry ${this.opts.host} answered ${res.status}${body}`,
      res.status,
      retryable,
    );
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    actions: string,
    repository: string,
  ): Promise<RegistryResponse> {
    const scope = `repository:${repository}:${actions}`;
    if (this.opts.credentials && !this.pinged) await this.ping();
    const res = await this.raw(method, path, await this.authorize(headers, scope));
    if (res.status !== 401) return res;
    const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
    if (!challenge || challenge === 'unknown') return res;
    const sentBasic = this.challenge?.scheme === 'basic' && !!this.opts.credentials;
    if (challenge.scheme === 'basic' && (sentBasic || !this.opts.credentials)) return res;
    // A bearer 401 after a token means it expired or was revoked: one fresh token, one more try.
    this.challenge = challenge;
    this.tokens.delete(scope);
    return this.raw(method, path, await this.authorize(headers, scope));
  }

  /** `GET /v2/` without credentials: the registry's challenge says which kind of credentials it takes. */
  private async ping(): Promise<void> {
    const res = await this.raw('GET', '/v2/', {});
    if (res.status >= 500 || res.status === 429) throw this.failure(res, `GET ${this.opts.host}/v2/`);
    this.pinged = true;
    if (res.status !== 401) return;
    const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
    if (challenge && challenge !== 'unknown') this.challenge = challenge;
  }

  private async authorize(headers: Record<string, string>, scope: string): Promise<Record<string, string>> {
    const c = this.opts.credentials;
    const challenge = this.challenge;
    if (challenge?.scheme === 'bearer') {
      let token = this.tokens.get(scope);
      if (!token || token.refreshAt <= this.clock.now()) {
        token = await this.fetchToken(challenge, scope);
        this.tokens.set(scope, token);
      }
      return { ...headers, authorization: `Bearer ${token.value}` };
    }
    if (challenge?.scheme === 'basic' && c)
      return {
        ...headers,
        authorization: `Basic ${basicAuth(c.username, c.password)}`,
      };
    return headers;
  }

  private async fetchToken(challenge: Challenge & { scheme: 'bearer' }, scope: string): Promise<Token> {
    const url = new URL(challenge.realm);
    if (challenge.service) url.searchParams.set('service', challenge.service);
    url.searchParams.set('scope', scope);
    const c = this.opts.credentials;
    const headers: Record<string, string> = c
      ? { authorization: `Basic ${basicAuth(c.username, c.password)}` }
      : {};
    // The realm is the registry's word: printed without userinfo or query, where tokens hide.
    const what = `GET ${displayUrl(`${url.origin}${url.pathname}`)} (a token for ${scope})`;
    const res = await this.request(url, 'GET', headers);
    if (res.status !== 200) throw this.failure(res, what);
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      throw new RegistryError(`${what}: the answer is not JSON`, res.status, false);
    }
    const value = body.token ?? body.access_token;
    if (typeof value !== 'string' || value === '')
      throw new RegistryError(`${what}: the answer holds no token`, res.status, false);
    const seconds = Math.max(Number(body.expires_in) || TOKEN_DEFAULT_SECONDS, TOKEN_DEFAULT_SECONDS);
    return { value, refreshAt: this.clock.now() + seconds * 1000 - TOKEN_SLACK_MS };
  }

  private async raw(
    method: string,
    path: string,
    headers: Record<string, string>,
  ): Promise<RegistryResponse> {
    try {
      return await this.request(new URL(`${this.scheme}://${this.opts.host}${path}`), method, headers);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      // A plain-HTTP server answering a TLS hello: docker treats loopback registries as insecure too.
      if (
        this.scheme === 'https' &&
        isLoopback(this.opts.host) &&
        (code === 'EPROTO' || /wrong version number/i.test(String(error)))
      ) {
        this.scheme = 'http';
        return this.raw(method, path, headers);
      }
      throw error;
    }
  }

  private request(url: URL, method: string, headers: Record<string, string>): Promise<RegistryResponse> {
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        url,
        {
          method,
          headers: { 'user-agent': 'gitops-actions', ...headers },
          timeout: this.opts.timeoutMs ?? 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(
          Object.assign(new Error(`timed out after ${this.opts.timeoutMs ?? 30_000} ms`), {
            code: 'ETIMEDOUT',
          }),
        ),
      );
      req.on('error', (error) => {
        const code = (error as { code?: string }).code ?? '';
        if (code === 'EPROTO' || /wrong version number/i.test(error.message)) return reject(error);
        const failure = unreachable(url.host, error, this.opts.timeoutMs ?? 30_000);
        reject(
          Object.assign(
            new RegistryError(
              `${method} ${displayUrl(`${url.origin}${url.pathname}`)}: ${failure.text}`,
              undefined,
              failure.transient,
            ),
            { code },
          ),
        );
      });
      req.end();
    });
  }
}
