import { ActionError, retry, type Clock, type Logger } from '@gitops-actions/kit';
import type { AssumeRoleParams, AssumedRole, AwsCredentials, EcrAuthorization } from '@gitops-actions/aws';
import { explainAccessDenied } from './explain.js';
import { decodeClaims, requestIdToken, type TokenClaims } from './id-token.js';
import type { Inputs } from './inputs.js';

/** The AWS calls as a port (each one attempt; retries are decided here). */
export interface Aws {
  assumeRoleWithWebIdentity(params: AssumeRoleParams): Promise<AssumedRole>;
  getEcrAuthorizationTokens(
    credentials: AwsCredentials,
    region: string,
    registryIds: string[],
  ): Promise<EcrAuthorization[]>;
}

export interface LoginPorts {
  aws: Aws;
  env: NodeJS.ProcessEnv;
  fetch: typeof fetch;
  clock: Clock;
  random?: () => number;
  log: Logger;
  secrets: { add(value: string): void };
}

export interface LoginResult {
  accountId: string;
  assumedRoleArn: string;
  expiration: Date;
  credentials: AwsCredentials;
  claims: TokenClaims;
  registries: EcrAuthorization[];
}

interface AwsFailure {
  code: string;
  message: string;
  retryable: boolean;
}

const asAwsFailure = (error: unknown): AwsFailure | null =>
  error && typeof error === 'object' && (error as { name?: string }).name === 'AwsCallError'
    ? (error as AwsFailure)
    : null;

const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };

function retryOptions(ports: LoginPorts, what: string) {
  return {
    ...RETRY,
    clock: ports.clock,
    random: ports.random,
    retryable: (e: unknown) => asAwsFailure(e)?.retryable ?? false,
    onRetry: ({ attempt, delayMs, error }: { attempt: number; delayMs: number; error: unknown }) =>
      ports.log.info(
        `${what}: ${asAwsFailure(error)?.code ?? 'error'} on attempt ${attempt}, retrying in ${delayMs} ms`,
      ),
  };
}

export async function login(inputs: Inputs, ports: LoginPorts): Promise<LoginResult> {
  const token = await requestIdToken(inputs.audience, ports);
  const claims = decodeClaims(token);
  if (claims.exp !== undefined && claims.exp * 1000 <= ports.clock.now()) {
    throw new ActionError(
      'get a GitHub OIDC token',
      `the token expired at ${new Date(claims.exp * 1000).toISOString()}`,
      {
        hint: "Check the runner's clock; tokens are valid for a few minutes after they are issued.",
      },
    );
  }
  const role = await assumeRole(inputs, token, claims, ports);
  const accountId = role.assumedRoleArn.split(':')[4] ?? inputs.roleAccount;
  if (inputs.allowedAccountIds.length > 0 && !inputs.allowedAccountIds.includes(accountId)) {
    throw new ActionError(
      'assume the role',
      `the credentials are for account ${accountId}, which allowed-account-ids does not allow`,
    );
  }
  const registries = inputs.ecrLogin ? await ecrLogin(inputs, role.credentials, ports) : [];
  return {
    accountId,
    assumedRoleArn: role.assumedRoleArn,
    expiration: role.expiration,
    credentials: role.credentials,
    claims,
    registries,
  };
}

async function assumeRole(
  inputs: Inputs,
  token: string,
  claims: TokenClaims,
  ports: LoginPorts,
): Promise<AssumedRole> {
  const operation = `assume ${inputs.roleArn}`;
  try {
    const role = await retry(
      () =>
        ports.aws.assumeRoleWithWebIdentity({
          region: inputs.region,
          roleArn: inputs.roleArn,
          roleSessionName: inputs.sessionName,
          webIdentityToken: token,
          durationSeconds: inputs.durationSeconds,
          env: ports.env,
        }),
      retryOptions(ports, 'STS AssumeRoleWithWebIdentity'),
    );
    // Masked before anything else can print them.
    ports.secrets.add(role.credentials.secretAccessKey);
    ports.secrets.add(role.credentials.sessionToken);
    ports.secrets.add(role.credentials.accessKeyId);
    return role;
  } catch (error) {
    const aws = asAwsFailure(error);
    if (!aws) throw error;
    throw new ActionError(operation, `STS answered ${aws.code}: ${aws.message}`, {
      hint: stsHint(aws, inputs, claims),
    });
  }
}

function stsHint(aws: AwsFailure, inputs: Inputs, claims: TokenClaims): string | undefined {
  switch (aws.code) {
    case 'AccessDenied':
      return explainAccessDenied(inputs.roleArn, claims);
    case 'ExpiredTokenException':
      return "The OIDC token expired before STS saw it; check the runner's clock and re-run the job.";
    case 'InvalidIdentityToken':
      return `Is the OIDC provider for ${claims.iss} registered in account ${inputs.roleAccount} (IAM → Identity providers) with audience ${claims.aud}?`;
    case 'IDPCommunicationError':
    case 'Throttling':
      return 'STS kept failing after retries with backoff; re-run the job, or stagger large matrix builds.';
    case 'ValidationError':
      return "Check role-duration-seconds against the role's maximum session duration and role-session-name.";
    default:
      return undefined;
  }
}

async function ecrLogin(
  inputs: Inputs,
  credentials: AwsCredentials,
  ports: LoginPorts,
): Promise<EcrAuthorization[]> {
  const ids = inputs.registries.length > 0 ? inputs.registries : [inputs.roleAccount];
  try {
    const data = await retry(
      () => ports.aws.getEcrAuthorizationTokens(credentials, inputs.region, ids),
      retryOptions(ports, 'ECR GetAuthorizationToken'),
    );
    for (const d of data) {
      ports.secrets.add(d.password);
      ports.secrets.add(Buffer.from(`${d.username}:${d.password}`).toString('base64'));
    }
    return data;
  } catch (error) {
    const aws = asAwsFailure(error);
    if (!aws) throw error;
    throw new ActionError(
      `log in to ECR in ${inputs.region} for ${ids.join(', ')}`,
      `ECR answered ${aws.code}: ${aws.message}`,
      {
        hint:
          aws.code === 'AccessDeniedException'
            ? `Allow ecr:GetAuthorizationToken for the role, and check that registries (${ids.join(', ')}) and aws-region (${inputs.region}) are those of the repositories.`
            : undefined,
      },
    );
  }
}
