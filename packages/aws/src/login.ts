import { ActionError, basicAuth, retry, type Logger } from '@gitops-actions/kit';
import { requestGitHubIdentity, type OidcPorts, type TokenClaims } from '@gitops-actions/oidc';
import type { AssumeRoleParams, AssumedRole, AwsCredentials, EcrAuthorization } from './clients.js';
import { assumeRoleWithWebIdentity, getEcrAuthorizationTokens, serviceHost } from './clients.js';
import { explainAccessDenied } from './trust.js';

/** The AWS calls, each one attempt: retries are decided by the login. */
export interface AwsPorts {
  assumeRoleWithWebIdentity(params: AssumeRoleParams): Promise<AssumedRole>;
  getEcrAuthorizationTokens(
    credentials: AwsCredentials,
    region: string,
    registryIds: string[],
  ): Promise<EcrAuthorization[]>;
}

/** The SDK-backed calls; the SDK itself loads on the first call, so failing on inputs never pays for it. */
export const awsSdk: AwsPorts = {
  assumeRoleWithWebIdentity: (params) => assumeRoleWithWebIdentity(params),
  getEcrAuthorizationTokens: (credentials, region, ids) =>
    getEcrAuthorizationTokens(credentials, region, ids),
};

export interface AwsLoginPorts extends OidcPorts {
  aws: AwsPorts;
  log: Logger;
}

/** The caller's names of the inputs a hint may send a person to. */
export interface AwsLoginInputNames {
  region: string;
  registries: string;
  allowedAccountIds: string;
  durationSeconds: string;
  sessionName: string;
}

/** A login, already validated: the role, where, for how long, and which ECR registries. */
export interface AwsLoginRequest {
  roleArn: string;
  /** Account ID taken from the role ARN. */
  roleAccount: string;
  region: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  ecrLogin: boolean;
  /** ECR account IDs to log in to; empty means the role's account. */
  registries: string[];
  /** Accounts whose credentials are accepted; empty accepts any. */
  allowedAccountIds: string[];
  maskAccountId: boolean;
  inputNames: AwsLoginInputNames;
}

export interface AwsLoginResult {
  accountId: string;
  assumedRoleArn: string;
  expiration: Date;
  credentials: AwsCredentials;
  claims: TokenClaims;
  registries: EcrAuthorization[];
  /** The variables AWS's tools read the session from, for the caller to export. */
  environment: Record<string, string>;
}

interface AwsFailure {
  code: string;
  message: string;
  retryable: boolean;
  unreachable: boolean;
}

/** `STS at <host> answered <Code>: <message>`, or `… <why nothing answered>`. */
function failureText(
  service: 'STS' | 'ECR',
  aws: AwsFailure,
  region: string,
  env: NodeJS.ProcessEnv,
): string {
  const where = `${service} at ${serviceHost(service, region, env)}`;
  return aws.unreachable ? `${where} ${aws.message}` : `${where} answered ${aws.code}: ${aws.message}`;
}

const asAwsFailure = (error: unknown): AwsFailure | null =>
  error && typeof error === 'object' && (error as { name?: string }).name === 'AwsCallError'
    ? (error as AwsFailure)
    : null;

const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };

function retryOptions(ports: AwsLoginPorts, what: string) {
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

/**
 * The job's OIDC token → STS credentials for the role (masked) → ECR logins (masked). Nothing is written
 * or exported here: the caller writes the logins and `environment` where its runner wants them.
 */
export async function loginToAws(request: AwsLoginRequest, ports: AwsLoginPorts): Promise<AwsLoginResult> {
  const { token, claims } = await requestGitHubIdentity(request.audience, ports);
  const role = await assumeRole(request, token, claims, ports);
  const accountId = role.assumedRoleArn.split(':')[4] ?? request.roleAccount;
  if (request.allowedAccountIds.length > 0 && !request.allowedAccountIds.includes(accountId)) {
    throw new ActionError(
      'assume the role',
      `the credentials are for account ${accountId}, which ${request.inputNames.allowedAccountIds} does not allow`,
    );
  }
  const registries = request.ecrLogin ? await ecrLogin(request, role.credentials, ports) : [];
  // Only now: the errors above name the account, and the person reading them needs it.
  if (request.maskAccountId) ports.secrets.add(accountId);
  return {
    accountId,
    assumedRoleArn: role.assumedRoleArn,
    expiration: role.expiration,
    credentials: role.credentials,
    claims,
    registries,
    environment: sessionEnvironment(role.credentials, request.region),
  };
}

function sessionEnvironment(credentials: AwsCredentials, region: string): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
  };
}

async function assumeRole(
  request: AwsLoginRequest,
  token: string,
  claims: TokenClaims,
  ports: AwsLoginPorts,
): Promise<AssumedRole> {
  try {
    const role = await retry(
      () =>
        ports.aws.assumeRoleWithWebIdentity({
          region: request.region,
          roleArn: request.roleArn,
          roleSessionName: request.sessionName,
          webIdentityToken: token,
          durationSeconds: request.durationSeconds,
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
    throw new ActionError(`assume ${request.roleArn}`, failureText('STS', aws, request.region, ports.env), {
      hint: stsHint(aws, request, claims),
    });
  }
}

function stsHint(aws: AwsFailure, request: AwsLoginRequest, claims: TokenClaims): string | undefined {
  switch (aws.code) {
    case 'AccessDenied':
      return explainAccessDenied(request.roleArn, claims);
    case 'ExpiredTokenException':
      return "The OIDC token expired before STS saw it; check the runner's clock and re-run the job.";
    case 'InvalidIdentityToken':
      return `Is the OIDC provider for ${claims.iss} registered in account ${request.roleAccount} (IAM → Identity providers) with audience ${claims.aud}?`;
    case 'IDPCommunicationError':
    case 'Throttling':
      return 'STS kept failing after retries with backoff; re-run the job, or stagger large matrix builds.';
    case 'ValidationError':
      return `Check ${request.inputNames.durationSeconds} against the role's maximum session duration and ${request.inputNames.sessionName}.`;
    default:
      return undefined;
  }
}

async function ecrLogin(
  request: AwsLoginRequest,
  credentials: AwsCredentials,
  ports: AwsLoginPorts,
): Promise<EcrAuthorization[]> {
  const ids = request.registries.length > 0 ? request.registries : [request.roleAccount];
  try {
    const data = await retry(
      () => ports.aws.getEcrAuthorizationTokens(credentials, request.region, ids),
      retryOptions(ports, 'ECR GetAuthorizationToken'),
    );
    for (const d of data) {
      ports.secrets.add(d.password);
      ports.secrets.add(basicAuth(d.username, d.password));
    }
    return data;
  } catch (error) {
    const aws = asAwsFailure(error);
    if (!aws) throw error;
    const { registries, region } = request.inputNames;
    throw new ActionError(
      `log in to ECR in ${request.region} for ${ids.join(', ')}`,
      failureText('ECR', aws, request.region, ports.env),
      {
        hint:
          aws.code === 'AccessDeniedException'
            ? `Allow ecr:GetAuthorizationToken for the role, and check that ${registries} (${ids.join(', ')}) and ${region} (${request.region}) are those of the repositories.`
            : undefined,
      },
    );
  }
}
