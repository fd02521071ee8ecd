import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
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
}

export interface RegistryClientOptions {
  host: string;
  credentials?: RegistryCredentials | null;
  timeoutMs?: number;
}

const isLoopback = (host: string): boolean => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);

/**
 * A small OCI distribution API client: HEAD/GET manifests, with basic auth or the bearer-token
 * dance (WWW-Authenticate: Bearer realm=..., service=..., scope=...). Like docker, it speaks plain
 * HTTP to loopback registries that do not speak TLS.
 */
export class RegistryClient {
  private token: string | undefined;
  private scheme: 'https' | 'http' = 'https';

  constructor(private readonly opts: RegistryClientOptions) {}

  /** `http` once a loopback registry turned out to be plain HTTP (builders need --tls-verify=false then). */
  get protocol(): 'https' | 'http' {
    return this.scheme;
  }

  /** The manifest behind `reference` (tag or digest), or null when the registry has no such tag. */
  async manifest(repository: string, reference: string): Promise<ManifestInfo | null> {
    const path = `/v2/${repository}/manifests/${reference}`;
    const res = await this.send('GET', path, { accept: MANIFEST_ACCEPT }, 'pull', repository);
    if (res.status === 404) return null;
    if (res.status !== 200) throw this.failure(res, `GET ${path}`);
    const digest = String(res.headers['docker-content-digest'] ?? '');
    const body = JSON.parse(res.body) as { mediaType?: string; config?: { digest?: string } };
    return {
      digest,
      mediaType: String(res.headers['content-type'] ?? body.mediaType ?? ''),
      configDigest: body.config?.digest,
    };
  }

  /** HEAD with all four Accept types: the digest the registry serves for `reference`, or null. */
  async digest(repository: string, reference: string): Promise<string | null> {
    const path = `/v2/${repository}/manifests/${reference}`;
    const res = await this.send('HEAD', path, { accept: MANIFEST_ACCEPT }, 'pull', repository);
    if (res.status === 404) return null;
    if (res.status !== 200) throw this.failure(res, `HEAD ${path}`);
    const digest = res.headers['docker-content-digest'];
    if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(digest)) {
      throw new RegistryError(
        `HEAD ${path} answered without a Docker-Content-Digest header`,
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
        ? `with ${this.opts.credentials.source} (user '${this.opts.credentials.username}')`
        : 'without credentials';
      return new RegistryError(
        `${what}: the registry refused access (${res.status}) ${who}`,
        res.status,
        false,
      );
    }
    return new RegistryError(`${what}: HTTP ${res.status} ${res.body.slice(0, 200)}`, res.status, retryable);
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    actions: string,
    repository: string,
  ): Promise<RegistryResponse> {
    let res = await this.raw(method, path, this.authorize(headers));
    if (res.status === 401) {
      const challenge = String(res.headers['www-authenticate'] ?? '');
      if (/^bearer/i.test(challenge)) {
        this.token = await this.fetchToken(challenge, `repository:${repository}:${actions}`);
      }
      if (this.opts.credentials || this.token) res = await this.raw(method, path, this.authorize(headers));
    }
    return res;
  }

  private authorize(headers: Record<string, string>): Record<string, string> {
    const c = this.opts.credentials;
    if (this.token) return { ...headers, authorization: `Bearer ${this.token}` };
    if (c)
      return {
        ...headers,
        authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`,
      };
    return headers;
  }

  private async fetchToken(challenge: string, scope: string): Promise<string> {
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params['realm'])
      throw new RegistryError(`the registry's auth challenge has no realm: ${challenge}`, 401, false);
    const url = new URL(params['realm']);
    if (params['service']) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', params['scope'] ?? scope);
    const c = this.opts.credentials;
    const headers: Record<string, string> = c
      ? { authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}` }
      : {};
    const res = await this.request(url, 'GET', headers);
    if (res.status !== 200) throw this.failure(res, `GET ${url.origin}${url.pathname} (token)`);
    const body = JSON.parse(res.body) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError('the token endpoint answered without a token', res.status, false);
    return token;
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
        reject(
          Object.assign(
            new RegistryError(`${method} ${url.origin}${url.pathname}: ${error.message}`, undefined, true),
            { code },
          ),
        );
      });
      req.end();
    });
  }
}
