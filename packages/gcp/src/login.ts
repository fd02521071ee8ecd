import { randomBytes } from 'node:crypto';
import { ActionError, basicAuth, retry, type Logger } from '@gitops-actions/kit';
import { requestGitHubIdentity, type OidcPorts, type TokenClaims } from '@gitops-actions/oidc';
import { GoogleCallError, postJson, whereOf } from './client.js';
import {
  CLOUD_PLATFORM_SCOPE,
  IAM_CREDENTIALS_ENDPOINT,
  JWT_TOKEN_TYPE,
  STS_ENDPOINT,
  gcpCredentialFiles,
  generateAccessTokenUrl,
  stsAudience,
  stsTokenUrl,
  type CredentialFile,
} from './credentials.js';
import { DEFAULT_TOKEN_LIFETIME_SECONDS } from './inputs.js';
import { explainImpersonationDenied, explainRefusedByProvider } from './trust.js';

export interface GcpLoginPorts extends OidcPorts {
  log: Logger;
}

/** The caller's names of the inputs a message may send a person to. */
export interface GcpLoginInputNames {
  workloadIdentityProvider: string;
  serviceAccount: string;
  registries: string;
  tokenLifetime: string;
  audience: string;
  stsEndpoint: string;
  iamEndpoint: string;
}

/** A login, already validated by the parsers of this package. */
export interface GcpLoginRequest {
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
  workloadIdentityProvider: string;
  /** Impersonated after the exchange; without it the federated token itself is the credential. */
  serviceAccount?: string;
  /** Artifact Registry hosts (`<location>-docker.pkg.dev`) to return logins for. */
  registries: string[];
  /** Lifetime of the impersonated token (default 3600); the federated token's is STS's own. */
  tokenLifetimeSeconds?: number;
  /** The GitHub token's `aud`; default `https://iam.googleapis.com/<workloadIdentityProvider>`. */
  audience?: string;
  stsEndpoint?: string;
  iamEndpoint?: string;
  /** Where the credentials file and the subject-token file go (RUNNER_TEMP); none are described without it. */
  credentialsDir?: string;
  inputNames: GcpLoginInputNames;
}

export interface ArtifactRegistryLogin {
  host: string;
  username: 'oauth2accesstoken';
  password: string;
}

export interface GcpLoginResult {
  /** Masked. */
  accessToken: string;
  expiration: Date;
  /** The impersonated account, or undefined when the federated token is used directly. */
  serviceAccount: string | undefined;
  claims: TokenClaims;
  registries: ArtifactRegistryLogin[];
  /** The `external_account` file (undefined without `credentialsDir`); also the last of `files`. */
  credentialsFile: { path: string; json: string } | undefined;
  /** For the caller to write (mode 0600) and remove in its post step. */
  files: CredentialFile[];
  /** For the caller to export. */
  environment: Record<string, string>;
}

/** The default `aud` of a provider without allowed audiences, as google-github-actions/auth asks for it. */
export const defaultAudience = (workloadIdentityProvider: string): string =>
  `https://iam.googleapis.com/${workloadIdentityProvider}`;

/**
 * The job's OIDC token → Google STS's federated token → (with a service account) an impersonated
 * token; every token masked as it arrives. Nothing is written here: the caller writes `files`,
 * exports `environment` and adds the `registries` logins to the docker config.
 */
export async function loginToGcp(request: GcpLoginRequest, ports: GcpLoginPorts): Promise<GcpLoginResult> {
  const audience = request.audience || defaultAudience(request.workloadIdentityProvider);
  const { token, claims } = await requestGitHubIdentity(audience, ports);
  const federated = await exchangeAtSts(request, token, claims, ports);
  const { accessToken, expiration } = request.serviceAccount
    ? await impersonate(request, request.serviceAccount, federated.accessToken, claims, ports)
    : federated;
  if (!request.serviceAccount && request.tokenLifetimeSeconds !== undefined) {
    ports.log.info(
      `${request.inputNames.tokenLifetime} applies to an impersonated service account only; the federated token lasts until ${expiration.toISOString()}`,
    );
  }
  const registries = request.registries.map((host) => ({
    host,
    username: 'oauth2accesstoken' as const,
    password: accessToken,
  }));
  for (const r of registries) ports.secrets.add(basicAuth(r.username, r.password));
  const handed = request.credentialsDir
    ? gcpCredentialFiles(request, token, request.credentialsDir, randomBytes(6).toString('hex'))
    : undefined;
  const credentialsFile = handed?.files.find((f) => f.path === handed.credentialsPath);
  return {
    accessToken,
    expiration,
    serviceAccount: request.serviceAccount,
    claims,
    registries,
    credentialsFile: credentialsFile && { path: credentialsFile.path, json: credentialsFile.content },
    files: handed?.files ?? [],
    environment: handed?.environment ?? {},
  };
}

interface IssuedToken {
  accessToken: string;
  expiration: Date;
}

const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };

function retryOptions(ports: GcpLoginPorts, what: string) {
  return {
    ...RETRY,
    clock: ports.clock,
    random: ports.random,
    retryable: (e: unknown) => e instanceof GoogleCallError && e.retryable,
    onRetry: ({ attempt, delayMs, error }: { attempt: number; delayMs: number; error: unknown }) => {
      const status = error instanceof GoogleCallError ? (error.status ?? 'no answer') : 'error';
      ports.log.info(`${what}: ${status} on attempt ${attempt}, retrying in ${delayMs} ms`);
    },
  };
}

async function exchangeAtSts(
  request: GcpLoginRequest,
  subjectToken: string,
  claims: TokenClaims,
  ports: GcpLoginPorts,
): Promise<IssuedToken> {
  const call = {
    service: 'Google STS' as const,
    url: stsTokenUrl(request.stsEndpoint ?? STS_ENDPOINT),
    endpointInput: request.inputNames.stsEndpoint,
    fetch: ports.fetch,
    body: {
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: stsAudience(request.workloadIdentityProvider),
      scope: CLOUD_PLATFORM_SCOPE,
      requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      subjectTokenType: JWT_TOKEN_TYPE,
      subjectToken,
    },
  };
  try {
    const answer = await retry(() => postJson(call), retryOptions(ports, 'Google STS token exchange'));
    const accessToken = answer['access_token'];
    if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken)) {
      throw new ActionError(
        exchangeOperation(request),
        `${whereOf(call.service, call.url, call.endpointInput)} answered without an access_token`,
      );
    }
    // Masked before anything else can print it.
    ports.secrets.add(accessToken);
    const seconds = typeof answer['expires_in'] === 'number' ? answer['expires_in'] : 3600;
    return { accessToken, expiration: new Date(ports.clock.now() + seconds * 1000) };
  } catch (error) {
    if (!(error instanceof GoogleCallError)) throw error;
    throw new ActionError(exchangeOperation(request), error.message, {
      hint: stsHint(error, request, claims),
    });
  }
}

const exchangeOperation = (request: GcpLoginRequest): string =>
  `exchange the GitHub token at ${request.workloadIdentityProvider}`;

function stsHint(error: GoogleCallError, request: GcpLoginRequest, claims: TokenClaims): string | undefined {
  const names = request.inputNames;
  const text = error.message;
  if (error.code === 'invalid_grant' && /audience/i.test(text)) {
    return `The token's aud is ${claims.aud}; the provider admits its allowed audiences (by default ${defaultAudience(request.workloadIdentityProvider)}). Set ${names.audience} to one of them, or add ${claims.aud} to the provider's allowed audiences.`;
  }
  if (error.code === 'invalid_grant' && /expired|stale|exp\b/i.test(text)) {
    return "The GitHub token expired before Google STS saw it; check the runner's clock and re-run the job.";
  }
  if (error.code === 'invalid_grant' || error.code === 'unauthorized_client') {
    return explainRefusedByProvider(request.workloadIdentityProvider, request.serviceAccount, claims);
  }
  if (error.code === 'invalid_target') {
    return `Check ${names.workloadIdentityProvider}: the pool and provider must exist and be enabled (gcloud iam workload-identity-pools providers describe).`;
  }
  if (error.retryable) return 'Google STS kept failing after retries with backoff; re-run the job.';
  if (error.status === undefined || error.code === '') {
    return `Check ${names.stsEndpoint}: it must be Google STS's base URL (${STS_ENDPOINT}, or a Private Service Connect endpoint).`;
  }
  return undefined;
}

async function impersonate(
  request: GcpLoginRequest,
  serviceAccount: string,
  federatedToken: string,
  claims: TokenClaims,
  ports: GcpLoginPorts,
): Promise<IssuedToken> {
  const lifetime = request.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
  const call = {
    service: 'IAM Credentials' as const,
    url: generateAccessTokenUrl(serviceAccount, request.iamEndpoint ?? IAM_CREDENTIALS_ENDPOINT),
    endpointInput: request.inputNames.iamEndpoint,
    fetch: ports.fetch,
    bearer: federatedToken,
    body: { scope: [CLOUD_PLATFORM_SCOPE], lifetime: `${lifetime}s` },
  };
  const operation = `impersonate ${serviceAccount}`;
  try {
    const answer = await retry(
      () => postJson(call),
      retryOptions(ports, 'IAM Credentials generateAccessToken'),
    );
    const accessToken = answer['accessToken'];
    const expireTime = typeof answer['expireTime'] === 'string' ? Date.parse(answer['expireTime']) : NaN;
    if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken) || Number.isNaN(expireTime)) {
      throw new ActionError(
        operation,
        `${whereOf(call.service, call.url, call.endpointInput)} answered without an accessToken and expireTime`,
      );
    }
    ports.secrets.add(accessToken);
    return { accessToken, expiration: new Date(expireTime) };
  } catch (error) {
    if (!(error instanceof GoogleCallError)) throw error;
    throw new ActionError(operation, error.message, {
      hint: iamHint(error, request, serviceAccount, claims),
    });
  }
}

function iamHint(
  error: GoogleCallError,
  request: GcpLoginRequest,
  serviceAccount: string,
  claims: TokenClaims,
): string | undefined {
  const names = request.inputNames;
  if (error.status === 403 || error.code === 'PERMISSION_DENIED') {
    return explainImpersonationDenied(request.workloadIdentityProvider, serviceAccount, claims);
  }
  if (error.status === 404 || error.code === 'NOT_FOUND') {
    return `Check ${names.serviceAccount}: ${serviceAccount} does not exist, or is in a project whose IAM Credentials API is disabled.`;
  }
  if (error.status === 400 && /lifetime/i.test(error.message)) {
    return `Lower ${names.tokenLifetime} to 3600 (1h), or allow longer tokens for ${serviceAccount} with the org policy constraints/iam.allowServiceAccountCredentialLifetimeExtension.`;
  }
  if (error.retryable) return 'IAM Credentials kept failing after retries with backoff; re-run the job.';
  if (error.status === undefined || error.code === '') {
    return `Check ${names.iamEndpoint}: it must be IAM Credentials' base URL (${IAM_CREDENTIALS_ENDPOINT}, or a Private Service Connect endpoint).`;
  }
  return undefined;
}
