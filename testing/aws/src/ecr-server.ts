import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';
import type { IssuedCredentials } from './sts-server.js';

export interface EcrServerOptions {
  region: string;
  /** Credentials the STS stand-in issued (its `issued` map); requests signed by anything else are refused. */
  credentials: Map<string, IssuedCredentials>;
  /** The registry the token is for: its URL (proxyEndpoint) and the password the registry expects for user AWS. */
  registry: { url: string; password: string };
  /** Accounts whose registries these credentials may read; default: the credentials' own account. */
  allowedRegistryIds?: string[];
}

export interface EcrServer {
  url: string;
  stats: { requests: number; targets: string[]; errors: string[] };
  close(): Promise<void>;
}

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';

class EcrError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

function parseAuthorization(header: string | undefined): ParsedAuthorization {
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([a-f0-9]{64})$/.exec(
      header ?? '',
    );
  if (!m) throw new EcrError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  return {
    accessKeyId: m[1] ?? '',
    date: m[2] ?? '',
    region: m[3] ?? '',
    service: m[4] ?? '',
    signedHeaders: (m[5] ?? '').split(';'),
    signature: m[6] ?? '',
  };
}

/** Recomputes the SigV4 signature (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html). */
export function sigv4Signature(
  req: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: Buffer },
  auth: Omit<ParsedAuthorization, 'signature' | 'accessKeyId'>,
  secretAccessKey: string,
): string {
  const [path, query = ''] = req.path.split('?');
  const canonicalQuery = query.split('&').filter(Boolean).sort().join('&');
  const canonicalHeaders = auth.signedHeaders
    .map(
      (h) =>
        `${h}:${String(req.headers[h] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonicalRequest = [
    req.method,
    path,
    canonicalQuery,
    canonicalHeaders,
    auth.signedHeaders.join(';'),
    String(req.headers['x-amz-content-sha256'] ?? sha256(req.body)),
  ].join('\n');
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const kDate = hmac(`AWS4${secretAccessKey}`, auth.date);
  const kSigning = hmac(hmac(hmac(kDate, auth.region), auth.service), 'aws4_request');
  return createHmac('sha256', kSigning).update(stringToSign).digest('hex');
}

function verifyRequest(req: IncomingMessage, body: Buffer, opts: EcrServerOptions): IssuedCredentials {
  const auth = parseAuthorization(req.headers.authorization);
  const creds = opts.credentials.get(auth.accessKeyId);
  if (!creds || req.headers['x-amz-security-token'] !== creds.sessionToken) {
    throw new EcrError(
      400,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
  if (creds.expiration.getTime() <= Date.now()) {
    throw new EcrError(400, 'ExpiredTokenException', 'The security token included in the request is expired');
  }
  if (auth.service !== 'ecr' || auth.region !== opts.region) {
    throw new EcrError(
      400,
      'InvalidSignatureException',
      `Credential should be scoped to a valid region and service 'ecr'; got '${auth.region}/${auth.service}', expected '${opts.region}/ecr'.`,
    );
  }
  for (const required of ['host', 'x-amz-date']) {
    if (!auth.signedHeaders.includes(required)) {
      throw new EcrError(400, 'InvalidSignatureException', `'${required}' must be a signed header.`);
    }
  }
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const signedAt = Date.parse(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  if (!amzDate.startsWith(auth.date) || !(Math.abs(Date.now() - signedAt) < 5 * 60_000)) {
    throw new EcrError(
      400,
      'InvalidSignatureException',
      'Signature expired or X-Amz-Date does not match the credential scope.',
    );
  }
  const expected = sigv4Signature(
    { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body },
    auth,
    creds.secretAccessKey,
  );
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(auth.signature))) {
    throw new EcrError(
      400,
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  }
  return creds;
}

/**
 * ECR speaking JSON 1.1 (`X-Amz-Target`, `application/x-amz-json-1.1`) for GetAuthorizationToken:
 * the request must be SigV4-signed with credentials the STS stand-in issued; the answer is a token
 * (`base64("AWS:<password>")`) for the local registry.
 */
export async function startEcrServer(opts: EcrServerOptions): Promise<EcrServer> {
  const server = createServer();
  const url = await listenOnLoopback(server);
  const stats: EcrServer['stats'] = { requests: 0, targets: [], errors: [] };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    stats.requests += 1;
    try {
      const target = String(req.headers['x-amz-target'] ?? '');
      stats.targets.push(target);
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/x-amz-json-1.1') {
        throw new EcrError(
          400,
          'SerializationException',
          'Expected a POST with Content-Type application/x-amz-json-1.1',
        );
      }
      const creds = verifyRequest(req, body, opts);
      if (target !== `${TARGET_PREFIX}GetAuthorizationToken`) {
        throw new EcrError(400, 'UnknownOperationException', `Unknown operation ${target}`);
      }
      const input = JSON.parse(body.toString('utf8') || '{}') as { registryIds?: unknown };
      const ids = input.registryIds ?? [creds.account];
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || !/^\d{12}$/.test(id))) {
        throw new EcrError(
          400,
          'InvalidParameterException',
          "Invalid parameter at 'registryIds' failed to satisfy constraint: 'Member must satisfy regular expression pattern: [0-9]{12}'",
        );
      }
      const allowed = opts.allowedRegistryIds ?? [creds.account];
      const denied = (ids as string[]).find((id) => !allowed.includes(id));
      if (denied) {
        throw new EcrError(
          400,
          'AccessDeniedException',
          `User: ${creds.arn} is not authorized to perform: ecr:GetAuthorizationToken on resource: arn:aws:ecr:${opts.region}:${denied}:repository/*`,
        );
      }
      const token = Buffer.from(`AWS:${opts.registry.password}`).toString('base64');
      const expiresAt = Math.floor(Date.now() / 1000) + 12 * 3600;
      res.writeHead(200, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomBytes(16).toString('hex'),
      });
      res.end(
        JSON.stringify({
          authorizationData: (ids as string[]).map(() => ({
            authorizationToken: token,
            expiresAt,
            proxyEndpoint: opts.registry.url,
          })),
        }),
      );
    } catch (error) {
      const e = error instanceof EcrError ? error : new EcrError(500, 'ServerException', String(error));
      stats.errors.push(e.type);
      res.writeHead(e.status, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomBytes(16).toString('hex'),
      });
      res.end(JSON.stringify({ __type: e.type, message: e.message }));
    }
  }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res));
  return { url, stats, close: () => closeServer(server) };
}
