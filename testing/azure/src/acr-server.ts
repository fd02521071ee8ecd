import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';
import type { EntraServer } from './entra-server.js';

export interface AcrRegistry {
  /** The login server, e.g. `acme.azurecr.io`: what the client sends as `service`. */
  host: string;
  tenantId: string;
  /** Client IDs whose service principal holds AcrPush (or AcrPull) on the registry. */
  pushers: string[];
}

export interface AcrIssuedRefreshToken {
  host: string;
  clientId: string;
  tenantId: string;
  expiresAt: number;
}

export interface AcrRequest {
  method: string;
  path: string;
  contentType: string;
  form: Record<string, string>;
}

export interface AcrServerOptions {
  registries: AcrRegistry[];
  /** The Entra stand-in whose access tokens are accepted (ACR asks Resource Manager; this asks it). */
  entra: EntraServer;
  /** The resource an access token must be for; Resource Manager's by default. */
  audience?: string;
}

export interface AcrServer {
  /** What the client uses in place of `https://<registry>` (one server stands in for every registry). */
  url: string;
  registries: AcrRegistry[];
  issued: Map<string, AcrIssuedRefreshToken>;
  requests: AcrRequest[];
  /** The next `n` requests answer `status` in ACR's error body before any check. */
  failNext(n: number, status: number): void;
  close(): Promise<void>;
}

class AcrError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const UNAUTHORIZED = 'authentication required, visit https://aka.ms/acr/authorization for more information.';

/**
 * ACR's `POST /oauth2/exchange` (https://github.com/Azure/acr/blob/main/docs/AAD-OAuth.md): a
 * form-encoded `grant_type=access_token`, `service`, `tenant` and an Entra access token for Resource
 * Manager in → `{"refresh_token": …}` out, for the null-GUID docker login. Errors in ACR's
 * `{"errors": [{"code", "message"}]}` body.
 */
export async function startAcrServer(opts: AcrServerOptions): Promise<AcrServer> {
  const server = createServer();
  const url = await listenOnLoopback(server);
  const faults = { n: 0, status: 503 };
  const audience = opts.audience ?? 'https://management.azure.com';
  const acr: AcrServer = {
    url,
    registries: opts.registries,
    issued: new Map(),
    requests: [],
    failNext(n, status) {
      Object.assign(faults, { n, status });
    },
    close: () => closeServer(server),
  };

  function exchange(form: URLSearchParams): Record<string, string> {
    const grant = form.get('grant_type') ?? '';
    if (grant !== 'access_token') {
      // The refresh-token grants are deprecated; a federated client never holds an Entra refresh token.
      throw new AcrError(400, 'UNSUPPORTED', `grant_type '${grant}' is not supported; use access_token.`);
    }
    const service = form.get('service') ?? '';
    const tenant = form.get('tenant') ?? '';
    const token = form.get('access_token') ?? '';
    if (!service || !tenant || !token) {
      throw new AcrError(400, 'BAD_REQUEST', 'service, tenant and access_token are required.');
    }
    const registry = acr.registries.find((r) => r.host === service);
    if (!registry) throw new AcrError(400, 'BAD_REQUEST', `The service '${service}' is not this registry.`);
    const issued = opts.entra.issued.get(token);
    if (
      !issued ||
      issued.expiresAt <= Date.now() ||
      issued.audience !== audience ||
      issued.tenantId !== tenant
    ) {
      throw new AcrError(401, 'UNAUTHORIZED', UNAUTHORIZED);
    }
    if (registry.tenantId !== tenant || !registry.pushers.includes(issued.clientId)) {
      throw new AcrError(401, 'UNAUTHORIZED', UNAUTHORIZED);
    }
    const now = Math.floor(Date.now() / 1000);
    const refresh = [
      Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'RS256' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({
          jti: randomUUID(),
          sub: issued.clientId,
          iss: 'Azure Container Registry',
          aud: service,
          grant_type: 'refresh_token',
          tenant,
          nbf: now,
          iat: now,
          exp: now + 3 * 3600,
        }),
      ).toString('base64url'),
      randomBytes(32).toString('base64url'),
    ].join('.');
    acr.issued.set(refresh, {
      host: service,
      clientId: issued.clientId,
      tenantId: tenant,
      expiresAt: (now + 3 * 3600) * 1000,
    });
    return { refresh_token: refresh };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const contentType = String(req.headers['content-type'] ?? '');
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = new URL(req.url ?? '/', url).pathname;
    acr.requests.push({ method: req.method ?? '', path, contentType, form: Object.fromEntries(form) });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    try {
      if (faults.n > 0) {
        faults.n -= 1;
        throw new AcrError(
          faults.status,
          faults.status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE',
          'service unavailable',
        );
      }
      if (path !== '/oauth2/exchange' || req.method !== 'POST') {
        throw new AcrError(404, 'NOT_FOUND', 'not found');
      }
      if (!contentType.startsWith('application/x-www-form-urlencoded')) {
        throw new AcrError(400, 'BAD_REQUEST', 'expected a form-encoded body.');
      }
      send(200, exchange(form));
    } catch (error) {
      const e = error instanceof AcrError ? error : new AcrError(500, 'INTERNAL', String(error));
      send(e.status, { errors: [{ code: e.code, message: e.message }] });
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res));
  return acr;
}
