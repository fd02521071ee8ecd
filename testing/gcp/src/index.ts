import {
  startIamCredentials,
  type IssuedServiceAccountToken,
  type ServiceAccountConfig,
} from './iam-server.js';
import {
  startSts,
  type FederatedPrincipal,
  type Fault,
  type ReceivedRequest,
  type WorkloadIdentityProviderConfig,
} from './sts-server.js';

export { membersOf } from './iam-server.js';
export type { IssuedServiceAccountToken, ServiceAccountConfig } from './iam-server.js';
export type { FederatedPrincipal, ReceivedRequest, WorkloadIdentityProviderConfig } from './sts-server.js';
export { decodeJwt, signatureVerifies, type Jwt } from './jwt.js';

export interface GcpStandInOptions {
  providers: WorkloadIdentityProviderConfig[];
  serviceAccounts?: ServiceAccountConfig[];
  /** IAM Credentials' ceiling on `lifetime`: 3600 s unless the org policy extends it (to 43200 s). */
  maxLifetimeSeconds?: number;
  /** The services' clock (expiry of tokens); a later one than the client's makes its GitHub token expired. */
  now?: () => number;
}

export interface GcpStandIn {
  /** Base URL of Google STS (`POST /v1/token`). */
  stsUrl: string;
  /** Base URL of IAM Credentials (`POST /v1/projects/-/serviceAccounts/<email>:generateAccessToken`). */
  iamUrl: string;
  received: { sts: ReceivedRequest[]; iam: ReceivedRequest[] };
  /** Federated tokens STS issued, by token. */
  federated: Map<string, FederatedPrincipal>;
  /** Service-account tokens IAM Credentials issued, by token. */
  issued: Map<string, IssuedServiceAccountToken>;
  /** The next `n` requests to `service` are answered `status` (in its JSON error shape, or a proxy's HTML page). */
  failNext(n: number, status: number, service?: 'sts' | 'iam', shape?: 'json' | 'html'): void;
  close(): Promise<void>;
}

/**
 * Google STS and IAM Credentials, each on its own loopback port, checking what the client sends as
 * Google documents it and answering in Google's shapes: STS's OAuth errors (`{error,
 * error_description}`), IAM's `google.rpc.Status` (`{error: {code, message, status}}`).
 */
export async function startGcpStandIn(opts: GcpStandInOptions): Promise<GcpStandIn> {
  const now = opts.now ?? (() => Date.now());
  const federated = new Map<string, FederatedPrincipal>();
  const issued = new Map<string, IssuedServiceAccountToken>();
  const received = { sts: [] as ReceivedRequest[], iam: [] as ReceivedRequest[] };
  const faults: Record<'sts' | 'iam', Fault> = {
    sts: { left: 0, status: 503, shape: 'json' },
    iam: { left: 0, status: 503, shape: 'json' },
  };
  const sts = await startSts({
    providers: opts.providers,
    federated,
    received: received.sts,
    fault: faults.sts,
    now,
  });
  const iam = await startIamCredentials({
    serviceAccounts: opts.serviceAccounts ?? [],
    federated,
    issued,
    maxLifetimeSeconds: opts.maxLifetimeSeconds ?? 3600,
    received: received.iam,
    fault: faults.iam,
    now,
  });
  return {
    stsUrl: sts.url,
    iamUrl: iam.url,
    received,
    federated,
    issued,
    failNext(n, status, service = 'sts', shape = 'json') {
      Object.assign(faults[service], { left: n, status, shape });
    },
    close: async () => {
      await Promise.all([sts.close(), iam.close()]);
    },
  };
}
