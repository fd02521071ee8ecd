import { createPublicKey, randomBytes, verify, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

/** An IAM trust policy, as written in the role's AssumeRolePolicyDocument. */
export interface TrustPolicy {
  Version?: string;
  Statement: Array<{
    Effect: 'Allow' | 'Deny';
    Principal: { Federated: string };
    Action: string | string[];
    Condition?: Record<string, Record<string, string | string[]>>;
  }>;
}

export interface StsRole {
  arn: string;
  trustPolicy: TrustPolicy;
  /** Upper bound of DurationSeconds (IAM's MaxSessionDuration, 3600 by default). */
  maxSessionDuration?: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  account: string;
  arn: string;
}

export interface StsStats {
  requests: number;
  actions: string[];
  errors: string[];
}

export interface StsServer {
  url: string;
  /** Credentials issued so far, by access key ID; the ECR stand-in verifies signatures with them. */
  issued: Map<string, IssuedCredentials>;
  stats: StsStats;
  /** The next `n` requests are answered with the given STS error before any check. */
  failNext(n: number, code: 'Throttling' | 'IDPCommunicationError' | 'InternalFailure'): void;
  close(): Promise<void>;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
  }
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function errorXml(error: StsError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${NS}">\n  <Error>\n    <Type>${error.type}</Type>\n    <Code>${error.code}</Code>\n` +
    `    <Message>${xmlEscape(error.message)}</Message>\n  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`
  );
}

/** IAM's StringLike: `*` matches any run of characters, `?` exactly one; case-sensitive. */
export function stringLike(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}

/**
 * IAM condition evaluation for the operators GitHub trust policies use: every operator and every key
 * must match (AND); any of a key's values may match (OR). A claim absent from the token fails the key.
 */
export function conditionsMatch(
  condition: Record<string, Record<string, string | string[]>> | undefined,
  context: Record<string, string | undefined>,
): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, expected] of Object.entries(keys)) {
      const actual = context[key];
      const values = Array.isArray(expected) ? expected : [expected];
      if (actual === undefined) return false;
      const ok =
        operator === 'StringEquals'
          ? values.includes(actual)
          : operator === 'StringLike'
            ? values.some((v) => stringLike(v, actual))
            : operator === 'StringNotEquals'
              ? !values.includes(actual)
              : false;
      if (!ok) return false;
    }
  }
  return true;
}

interface JwtParts {
  header: { alg?: string; kid?: string };
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

/** A claim as the trust policy compares it: '' when absent; a list (`aud` may be one) joined as String() joins it. */
function claimText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(claimText).join(',');
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

function decodeJwt(token: string): JwtParts {
  const parts = token.split('.');
  if (parts.length !== 3)
    throw new StsError(400, 'InvalidIdentityToken', 'The ID Token provided is not a valid JWT.');
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8')) as JwtParts['header'],
      claims: JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2] ?? '', 'base64url'),
    };
  } catch {
    throw new StsError(400, 'InvalidIdentityToken', 'The ID Token provided is not a valid JWT.');
  }
}

async function fetchJwks(issuer: string): Promise<Array<JsonWebKey & { kid?: string }>> {
  try {
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!discovery.ok) throw new Error(`discovery ${discovery.status}`);
    const { jwks_uri } = (await discovery.json()) as { jwks_uri: string };
    const jwks = await fetch(jwks_uri);
    if (!jwks.ok) throw new Error(`jwks ${jwks.status}`);
    return ((await jwks.json()) as { keys: Array<JsonWebKey & { kid?: string }> }).keys;
  } catch {
    throw new StsError(
      400,
      'IDPCommunicationError',
      `Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements`,
    );
  }
}

/** `https://token.actions.githubusercontent.com` → `token.actions.githubusercontent.com`, the IAM provider name. */
const providerName = (issuer: string): string => issuer.replace(/^https?:\/\//, '').replace(/\/+$/, '');

function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

export interface StsServerOptions {
  roles: StsRole[];
  /** OIDC providers registered in the account (issuer URLs); tokens from other issuers are refused. */
  issuers: string[];
}

/**
 * STS speaking the Query protocol (form-encoded POST, XML answers) for AssumeRoleWithWebIdentity:
 * verifies the RS256 signature against the issuer's JWKS, the token's expiry and the role's trust
 * policy, then issues temporary credentials. Errors carry the codes and HTTP statuses STS uses.
 */
export async function startStsServer(opts: StsServerOptions): Promise<StsServer> {
  const server = createServer();
  const url = await listenOnLoopback(server);
  const issued = new Map<string, IssuedCredentials>();
  const stats: StsStats = { requests: 0, actions: [], errors: [] };
  const faults = { n: 0, code: 'Throttling' as string };

  async function assume(params: URLSearchParams): Promise<string> {
    for (const required of ['RoleArn', 'RoleSessionName', 'WebIdentityToken']) {
      if (!params.get(required)) {
        throw new StsError(400, 'MissingParameter', `The request must contain the parameter ${required}`);
      }
    }
    const roleArn = params.get('RoleArn') ?? '';
    const sessionName = params.get('RoleSessionName') ?? '';
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
      throw new StsError(
        400,
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    const duration = Number(params.get('DurationSeconds') ?? '3600');
    const jwt = decodeJwt(params.get('WebIdentityToken') ?? '');
    if (jwt.header.alg !== 'RS256')
      throw new StsError(400, 'InvalidIdentityToken', 'Unsupported signing algorithm.');
    const issuer = claimText(jwt.claims['iss']);
    if (!opts.issuers.includes(issuer)) {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        `No OpenIDConnect provider found in your account for ${issuer}`,
      );
    }
    const keys = await fetchJwks(issuer);
    const jwk = keys.find((k) => k.kid === jwt.header.kid) ?? (keys.length === 1 ? keys[0] : undefined);
    const valid =
      jwk &&
      verify(
        'sha256',
        Buffer.from(jwt.signingInput),
        createPublicKey({ key: jwk, format: 'jwk' }),
        jwt.signature,
      );
    if (!valid)
      throw new StsError(
        400,
        'InvalidIdentityToken',
        'The ID Token provided is not valid: its signature does not verify against the issuer keys.',
      );
    if (typeof jwt.claims['exp'] !== 'number' || jwt.claims['exp'] * 1000 <= Date.now()) {
      throw new StsError(
        400,
        'ExpiredTokenException',
        'Token expired: current date/time is after the token expiry.',
      );
    }
    const role = opts.roles.find((r) => r.arn === roleArn);
    const provider = providerName(issuer);
    const context = {
      [`${provider}:aud`]: claimText(jwt.claims['aud']),
      [`${provider}:sub`]: claimText(jwt.claims['sub']),
    };
    const allowed = role?.trustPolicy.Statement.some(
      (s) =>
        s.Effect === 'Allow' &&
        s.Principal.Federated.endsWith(`:oidc-provider/${provider}`) &&
        [s.Action].flat().includes('sts:AssumeRoleWithWebIdentity') &&
        conditionsMatch(s.Condition, context),
    );
    if (!role || !allowed)
      throw new StsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
      throw new StsError(
        400,
        'ValidationError',
        `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
      );
    }
    if (duration > (role.maxSessionDuration ?? 3600)) {
      throw new StsError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
    const account = accountOf(roleArn);
    const roleName = roleArn.split('/').pop() ?? '';
    const creds: IssuedCredentials = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64').slice(0, 40),
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(96).toString('base64')}`,
      expiration: new Date(Math.floor(Date.now() / 1000 + duration) * 1000),
      account,
      arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
    };
    issued.set(creds.accessKeyId, creds);
    return (
      `<AssumeRoleWithWebIdentityResponse xmlns="${NS}">\n  <AssumeRoleWithWebIdentityResult>\n` +
      `    <SubjectFromWebIdentityToken>${xmlEscape(claimText(jwt.claims['sub']))}</SubjectFromWebIdentityToken>\n` +
      `    <Audience>${xmlEscape(claimText(jwt.claims['aud']))}</Audience>\n` +
      `    <AssumedRoleUser>\n      <Arn>${xmlEscape(creds.arn)}</Arn>\n      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xmlEscape(sessionName)}</AssumedRoleId>\n    </AssumedRoleUser>\n` +
      `    <Credentials>\n      <SessionToken>${creds.sessionToken}</SessionToken>\n      <SecretAccessKey>${creds.secretAccessKey}</SecretAccessKey>\n` +
      `      <Expiration>${creds.expiration.toISOString().replace('.000Z', 'Z')}</Expiration>\n      <AccessKeyId>${creds.accessKeyId}</AccessKeyId>\n    </Credentials>\n` +
      `    <Provider>${xmlEscape(provider)}</Provider>\n  </AssumeRoleWithWebIdentityResult>\n` +
      `  <ResponseMetadata>\n    <RequestId>${randomBytes(16).toString('hex')}</RequestId>\n  </ResponseMetadata>\n</AssumeRoleWithWebIdentityResponse>\n`
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomBytes(16).toString('hex');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    stats.requests += 1;
    try {
      if (
        req.method !== 'POST' ||
        !String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')
      ) {
        throw new StsError(
          400,
          'InvalidAction',
          'Could not find operation for the request (expected a form-encoded POST).',
        );
      }
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const action = params.get('Action') ?? '';
      stats.actions.push(action);
      if (faults.n > 0) {
        faults.n -= 1;
        throw faults.code === 'Throttling'
          ? new StsError(400, 'Throttling', 'Rate exceeded')
          : faults.code === 'IDPCommunicationError'
            ? new StsError(
                400,
                'IDPCommunicationError',
                "Couldn't retrieve verification key from your identity provider",
              )
            : new StsError(500, 'InternalFailure', 'An internal error occurred.', 'Receiver');
      }
      if (params.get('Version') !== '2011-06-15')
        throw new StsError(400, 'InvalidParameterValue', 'Unsupported Version');
      if (action !== 'AssumeRoleWithWebIdentity')
        throw new StsError(400, 'InvalidAction', `Unsupported action ${action}`);
      if (req.headers.authorization) {
        // AssumeRoleWithWebIdentity is unsigned: a signed request means the client used some ambient credentials.
        throw new StsError(400, 'InvalidParameterValue', 'AssumeRoleWithWebIdentity must not be signed');
      }
      const body = await assume(params);
      res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
      res.end(body);
    } catch (error) {
      const e =
        error instanceof StsError ? error : new StsError(500, 'InternalFailure', String(error), 'Receiver');
      stats.errors.push(e.code);
      res.writeHead(e.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
      res.end(errorXml(e, requestId));
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res));
  return {
    url,
    issued,
    stats,
    failNext(n, code) {
      faults.n = n;
      faults.code = code;
    },
    close: () => closeServer(server),
  };
}
