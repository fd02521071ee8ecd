// AWS clients are built here and only here, always with explicit credentials: the SDK's default
// provider chain would probe instance metadata (IMDS) on a runner without credentials and wait for
// its timeouts, and could silently pick up credentials nobody asked for. The SDK is imported lazily
// so an action failing on its inputs never pays for loading it.
import { networkFailure, shown } from '@gitops-actions/kit';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export interface AssumeRoleParams {
  region: string;
  roleArn: string;
  roleSessionName: string;
  webIdentityToken: string;
  durationSeconds: number;
  env?: NodeJS.ProcessEnv;
}

export interface AssumedRole {
  credentials: AwsCredentials;
  expiration: Date;
  assumedRoleArn: string;
}

export interface EcrAuthorization {
  /** Registry host, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com` (the proxyEndpoint without scheme). */
  host: string;
  username: string;
  password: string;
  expiresAt: Date | undefined;
}

/** An AWS error reduced to what callers decide on: its code, HTTP status and whether a retry can help. */
export class AwsCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    /** No answer came: the message completes "<host> …" rather than quoting one. */
    readonly unreachable = false,
  ) {
    super(message);
    this.name = 'AwsCallError';
  }
}

const RETRYABLE_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'IDPCommunicationError',
  'InternalFailure',
  'ServiceUnavailable',
  'RequestTimeout',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'TimeoutError',
]);

export function toAwsCallError(error: unknown): AwsCallError {
  const e = error as {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = e.$metadata?.httpStatusCode;
  if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(e.name ?? '')) {
    const failure = networkFailure(error);
    return new AwsCallError(failure.code || 'NetworkError', failure.reason, status, failure.transient, true);
  }
  // The SDK's parser fails with the body in its message ("Unexpected token 'F', "FORGED…"): not echoed.
  if (
    e.name === 'SyntaxError' ||
    /parse error|deserializ|not valid JSON|Unexpected token/i.test(e.message ?? '')
  ) {
    const retryable = status === undefined || status >= 500;
    return new AwsCallError(
      'MalformedAnswer',
      'answered with neither its XML nor its JSON (a proxy?)',
      status,
      retryable,
    );
  }
  // The SDK names modelled STS errors `<Code>Exception`; callers and people know STS's wire codes.
  const named = (e.name && e.name !== 'Error' ? e.name : (e.code ?? 'UnknownError')).replace(
    /^(IDPCommunicationError|InvalidIdentityToken|IDPRejectedClaim|MalformedPolicyDocument|PackedPolicyTooLarge|RegionDisabled)Exception$/,
    '$1',
  );
  // A code is an identifier; anything else came from a server and is not printed as one.
  const code = /^[A-Za-z][\w.]{0,63}$/.test(named) ? named : 'UnknownError';
  const retryable = RETRYABLE_CODES.has(code) || (status !== undefined && status >= 500);
  return new AwsCallError(code, shown(e.message ?? String(error), { max: 300 }), status, retryable);
}

function noDefaultChain(): never {
  throw new AwsCallError(
    'NoCredentials',
    'no AWS credentials given (the default provider chain is disabled)',
    undefined,
    false,
  );
}

/** Endpoint override per service, as the SDK documents it (`AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`). */
/** The host a service's requests go to, as messages name it: the endpoint override's, or AWS's own. */
export function serviceHost(service: 'STS' | 'ECR', region: string, env: NodeJS.ProcessEnv): string {
  const endpoint = endpointFor(service, env);
  if (endpoint) {
    try {
      return new URL(endpoint).host;
    } catch {
      return shown(endpoint);
    }
  }
  return service === 'STS' ? `sts.${region}.amazonaws.com` : `api.ecr.${region}.amazonaws.com`;
}

function endpointFor(service: 'STS' | 'ECR', env: NodeJS.ProcessEnv): string | undefined {
  return env[`AWS_ENDPOINT_URL_${service}`] || env['AWS_ENDPOINT_URL'] || undefined;
}

/** One attempt: retries belong to the caller, with jitter and a say in what is retryable. */
const COMMON = {
  maxAttempts: 1,
  // Bounds on each request (the SDK sets none): a host that accepts and never answers is a
  // TimeoutError, retried by the caller with backoff, not a step that hangs until the job's end.
  requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000 },
} as const;

/**
 * The SDK warns on stderr under Node < 22; actions run on node24, and on older Nodes (tests, the CLI)
 * the warning is noise that reads like a failure.
 */
function quietSdk(): void {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
}

export async function assumeRoleWithWebIdentity(params: AssumeRoleParams): Promise<AssumedRole> {
  const env = params.env ?? process.env;
  quietSdk();
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts');
  const client = new STSClient({
    ...COMMON,
    region: params.region,
    endpoint: endpointFor('STS', env),
    credentials: noDefaultChain,
  });
  try {
    const out = await client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: params.roleArn,
        RoleSessionName: params.roleSessionName,
        WebIdentityToken: params.webIdentityToken,
        DurationSeconds: params.durationSeconds,
      }),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw new AwsCallError('IncompleteResponse', 'STS answered without credentials', undefined, true);
    }
    return {
      credentials: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
      },
      expiration: c.Expiration,
      assumedRoleArn: out.AssumedRoleUser?.Arn ?? '',
    };
  } catch (error) {
    throw error instanceof AwsCallError ? error : toAwsCallError(error);
  } finally {
    client.destroy();
  }
}

export async function getEcrAuthorizationTokens(
  credentials: AwsCredentials,
  region: string,
  registryIds: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<EcrAuthorization[]> {
  quietSdk();
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  const client = new ECRClient({ ...COMMON, region, endpoint: endpointFor('ECR', env), credentials });
  try {
    const out = await client.send(
      new GetAuthorizationTokenCommand(registryIds.length > 0 ? { registryIds } : {}),
    );
    return (out.authorizationData ?? []).map((d) => {
      const decoded = Buffer.from(d.authorizationToken ?? '', 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0 || !d.proxyEndpoint) {
        throw new AwsCallError(
          'IncompleteResponse',
          'ECR answered with a malformed authorization token',
          undefined,
          false,
        );
      }
      return {
        host: d.proxyEndpoint.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        expiresAt: d.expiresAt,
      };
    });
  } catch (error) {
    throw error instanceof AwsCallError ? error : toAwsCallError(error);
  } finally {
    client.destroy();
  }
}
