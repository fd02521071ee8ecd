import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';
import {
  answerFault,
  readBody,
  sendHtml,
  sendJson,
  type FederatedPrincipal,
  type Fault,
  type ReceivedRequest,
} from './sts-server.js';

/** A service account and the members granted roles/iam.workloadIdentityUser on it. */
export interface ServiceAccountConfig {
  email: string;
  /** `principal://…/subject/<sub>`, `principalSet://…/attribute.<name>/<value>` or `principalSet://…/workloadIdentityPools/<pool>/*`. */
  workloadIdentityUsers: string[];
}

export interface IssuedServiceAccountToken {
  email: string;
  expireTime: string;
}

export interface IamState {
  serviceAccounts: ServiceAccountConfig[];
  federated: Map<string, FederatedPrincipal>;
  issued: Map<string, IssuedServiceAccountToken>;
  /** 3600 s; 43200 s where the org policy iam.allowServiceAccountCredentialLifetimeExtension allows it. */
  maxLifetimeSeconds: number;
  received: ReceivedRequest[];
  fault: Fault;
  now: () => number;
}

const RPC_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** A `google.rpc.Status` error, the shape Google's REST APIs answer in. */
class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
  get body(): object {
    return { error: { code: this.code, message: this.message, status: RPC_STATUS[this.code] ?? 'UNKNOWN' } };
  }
}

/** The members a federated principal is known by in IAM policies. */
export function membersOf(principal: FederatedPrincipal): string[] {
  const pool = principal.provider.replace(/\/providers\/[^/]+$/, '');
  const base = `iam.googleapis.com/${pool}`;
  return [
    `principal://${base}/subject/${principal.subject}`,
    `principalSet://${base}/*`,
    ...Object.entries(principal.attributes).map(([k, v]) => `principalSet://${base}/attribute.${k}/${v}`),
  ];
}

const PATH = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/;

function generate(state: IamState, path: string, authorization: string | undefined, body: unknown): object {
  const bearer = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  const principal = bearer ? state.federated.get(bearer) : undefined;
  if (!principal || principal.expiresAt <= state.now()) {
    throw new RpcError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
  }
  const email = decodeURIComponent(PATH.exec(path)?.[1] ?? '');
  const request = body && typeof body === 'object' ? (body as { scope?: unknown; lifetime?: unknown }) : {};
  if (
    !Array.isArray(request.scope) ||
    request.scope.length === 0 ||
    !request.scope.every((s) => typeof s === 'string')
  ) {
    throw new RpcError(400, 'Request contains an invalid argument: scope must be a non-empty list.');
  }
  const lifetimeText = typeof request.lifetime === 'string' ? request.lifetime : '3600s';
  const lifetime = /^\d+(\.\d{1,9})?s$/.test(lifetimeText) ? Number(lifetimeText.slice(0, -1)) : NaN;
  if (Number.isNaN(lifetime))
    throw new RpcError(
      400,
      `Invalid value at 'lifetime' (type.googleapis.com/google.protobuf.Duration), "${lifetimeText}"`,
    );
  const account = state.serviceAccounts.find((a) => a.email === email);
  const members = membersOf(principal);
  if (!account || !account.workloadIdentityUsers.some((m) => members.includes(m))) {
    // IAM does not tell a caller without permission whether the account exists.
    throw new RpcError(
      403,
      "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
    );
  }
  if (lifetime > state.maxLifetimeSeconds) {
    throw new RpcError(
      400,
      `The lifetime ${lifetimeText} exceeds the maximum of ${state.maxLifetimeSeconds}s allowed for this service account.`,
    );
  }
  const accessToken = `ya29.c.${randomBytes(48).toString('base64url')}`;
  const expireTime = new Date(Math.floor(state.now() / 1000 + lifetime) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
  state.issued.set(accessToken, { email, expireTime });
  return { accessToken, expireTime };
}

/** IAM Credentials `POST /v1/projects/-/serviceAccounts/<email>:generateAccessToken`. */
export async function startIamCredentials(state: IamState): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://iam').pathname;
      const contentType = String(req.headers['content-type'] ?? '');
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      state.received.push({
        method: req.method ?? '',
        path,
        contentType,
        authorization: req.headers.authorization,
        body,
      });
      if (req.method !== 'POST' || !PATH.test(path)) return sendHtml(res, 404);
      if (
        answerFault(
          state.fault,
          res,
          (status) => new RpcError(status, 'The service is currently unavailable.').body,
        )
      ) {
        return;
      }
      try {
        if (!contentType.startsWith('application/json') || !body) {
          throw new RpcError(400, 'Invalid JSON payload received.');
        }
        sendJson(res, 200, generate(state, path, req.headers.authorization, body));
      } catch (error) {
        const e = error instanceof RpcError ? error : new RpcError(500, String(error));
        sendJson(res, e.code, e.body);
      }
    })();
  });
  const url = await listenOnLoopback(server);
  return { url, close: () => closeServer(server) };
}
