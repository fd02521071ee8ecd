import { ActionError, basicAuth, retry, type Logger } from '@gitops-actions/kit';
import { requestGitHubIdentity, type OidcPorts, type TokenClaims } from '@gitops-actions/oidc';
import { armScope } from './inputs.js';
import { AzureCallError, exchangeForAcrRefreshToken, requestEntraToken } from './rest.js';
import { FEDERATION_MISMATCH, explainFederationRefusal } from './trust.js';

export const AZURE_DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
export const AZURE_DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';
/** The user name that tells ACR the password is one of its refresh tokens (the "null GUID"). */
export const ACR_REFRESH_TOKEN_USER = '00000000-0000-0000-0000-000000000000';

export interface AzureLoginPorts extends OidcPorts {
  log: Logger;
}

/** The caller's names of the inputs a hint may send a person to. */
export interface AzureLoginInputNames {
  clientId: string;
  tenantId: string;
  registries: string;
  audience: string;
  authorityHost: string;
}

/** A login, already validated (`parseGuid`, `parseAcrHosts`, `parseAuthorityHost`). */
export interface AzureLoginRequest {
  clientId: string;
  tenantId: string;
  subscriptionId?: string;
  /** ACR login servers (`acme.azurecr.io`); empty: no registry login. */
  registries: string[];
  /** `api://AzureADTokenExchange` unless given. */
  audience?: string;
  /** `https://login.microsoftonline.com` unless given. */
  authorityHost?: string;
  /** The access token's scope; Resource Manager's in the authority's cloud unless given. */
  scope?: string;
  /** Where every registry's `/oauth2/exchange` is served in place of `https://<host>` (tests, a proxy). */
  acrEndpoint?: string;
  inputNames: AzureLoginInputNames;
}

export interface AcrLogin {
  host: string;
  username: string;
  /** The ACR refresh token (masked). */
  password: string;
}

export interface AzureLoginResult {
  clientId: string;
  tenantId: string;
  subscriptionId: string | undefined;
  /** The Entra access token for `scope` (masked). */
  accessToken: string;
  expiration: Date;
  registries: AcrLogin[];
  /** What az CLI and azure-identity read to know the app; never a token (see the README). */
  environment: Record<string, string>;
  claims: TokenClaims;
}

const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };

function retryOptions(ports: AzureLoginPorts, what: string) {
  return {
    ...RETRY,
    clock: ports.clock,
    random: ports.random,
    retryable: (e: unknown) => e instanceof AzureCallError && e.retryable,
    onRetry: ({ attempt, delayMs, error }: { attempt: number; delayMs: number; error: unknown }) =>
      ports.log.info(
        `${what}: ${error instanceof AzureCallError ? `${error.status ?? error.code}` : 'error'} on attempt ${attempt}, retrying in ${delayMs} ms`,
      ),
  };
}

/**
 * The job's OIDC token → a Microsoft Entra access token for the app (client assertion) → an ACR
 * refresh token per registry, each masked as it arrives. Nothing is written or exported here: the
 * caller writes the logins (`registries`) and `environment` where its runner wants them.
 */
export async function loginToAzure(
  request: AzureLoginRequest,
  ports: AzureLoginPorts,
): Promise<AzureLoginResult> {
  const { token, claims } = await requestGitHubIdentity(request.audience ?? AZURE_DEFAULT_AUDIENCE, ports);
  const started = ports.clock.now();
  const entra = await entraToken(request, token, claims, ports);
  const registries: AcrLogin[] = [];
  for (const host of request.registries) {
    const password = await acrRefreshToken(request, host, entra.accessToken, ports);
    registries.push({ host, username: ACR_REFRESH_TOKEN_USER, password });
  }
  return {
    clientId: request.clientId,
    tenantId: request.tenantId,
    subscriptionId: request.subscriptionId,
    accessToken: entra.accessToken,
    expiration: new Date(started + entra.expiresIn * 1000),
    registries,
    environment: azureEnvironment(request),
    claims,
  };
}

function azureEnvironment(request: AzureLoginRequest): Record<string, string> {
  const authority = request.authorityHost ?? AZURE_DEFAULT_AUTHORITY;
  return {
    AZURE_CLIENT_ID: request.clientId,
    AZURE_TENANT_ID: request.tenantId,
    ...(request.subscriptionId ? { AZURE_SUBSCRIPTION_ID: request.subscriptionId } : {}),
    ...(authority !== AZURE_DEFAULT_AUTHORITY ? { AZURE_AUTHORITY_HOST: authority } : {}),
  };
}

async function entraToken(
  request: AzureLoginRequest,
  assertion: string,
  claims: TokenClaims,
  ports: AzureLoginPorts,
) {
  const authorityHost = request.authorityHost ?? AZURE_DEFAULT_AUTHORITY;
  const params = {
    authorityHost,
    tenantId: request.tenantId,
    clientId: request.clientId,
    scope: request.scope ?? armScope(authorityHost),
    assertion,
  };
  try {
    const token = await retry(
      () => requestEntraToken(params, ports.fetch),
      retryOptions(ports, 'Microsoft Entra token'),
    );
    // Masked before anything else can print it.
    ports.secrets.add(token.accessToken);
    return token;
  } catch (error) {
    if (!(error instanceof AzureCallError)) throw error;
    throw new ActionError(`sign in as application ${request.clientId}`, error.message, {
      hint: entraHint(error, request, claims),
    });
  }
}

function entraHint(
  error: AzureCallError,
  request: AzureLoginRequest,
  claims: TokenClaims,
): string | undefined {
  const { clientId, tenantId, audience, authorityHost } = request.inputNames;
  const has = (...codes: number[]) => codes.some((c) => error.aadsts.includes(c));
  if (error.aadsts.some((c) => FEDERATION_MISMATCH.has(c))) {
    const why = explainFederationRefusal(request.clientId, claims, error.aadsts);
    return has(700212) ? `${why}\nOr set ${audience} to the audience the credential lists.` : why;
  }
  if (has(700016)) {
    return `No application with client ID ${request.clientId} exists in tenant ${request.tenantId}: check ${clientId} (the app registration's or managed identity's "Application (client) ID", not its object ID) and ${tenantId}.`;
  }
  if (has(90002, 900023, 90013)) {
    return `Check ${tenantId} (${request.tenantId}): it must be the directory (tenant) ID of the app's tenant, and ${authorityHost} that tenant's cloud.`;
  }
  if (has(700024)) {
    return "The OIDC token was outside its valid time range when Entra checked it; check the runner's clock and re-run the job.";
  }
  if (error.retryable) return 'Microsoft Entra kept failing after retries with backoff; re-run the job.';
  if (error.code === 'MalformedAnswer' || error.status === undefined) {
    return `Check ${authorityHost} (${request.authorityHost ?? AZURE_DEFAULT_AUTHORITY}): it must be Microsoft Entra's authority for the app's cloud.`;
  }
  return undefined;
}

async function acrRefreshToken(
  request: AzureLoginRequest,
  host: string,
  accessToken: string,
  ports: AzureLoginPorts,
): Promise<string> {
  const params = {
    host,
    endpoint: request.acrEndpoint ?? `https://${host}`,
    tenantId: request.tenantId,
    accessToken,
  };
  try {
    const token = await retry(
      () => exchangeForAcrRefreshToken(params, ports.fetch),
      retryOptions(ports, `ACR exchange at ${host}`),
    );
    ports.secrets.add(token);
    ports.secrets.add(basicAuth(ACR_REFRESH_TOKEN_USER, token));
    return token;
  } catch (error) {
    if (!(error instanceof AzureCallError)) throw error;
    throw new ActionError(`log in to ${host}`, error.message, { hint: acrHint(error, request, host) });
  }
}

function acrHint(error: AzureCallError, request: AzureLoginRequest, host: string): string | undefined {
  const { registries } = request.inputNames;
  if (error.status === 401 || error.status === 403) {
    return [
      `The application's service principal may not push to ${host}. Grant it AcrPush on the registry:`,
      `  az role assignment create --assignee ${request.clientId} --role AcrPush --scope "$(az acr show --name ${host.split('.')[0]} --query id --output tsv)"`,
      `and check that ${registries} names a registry of tenant ${request.tenantId}.`,
    ].join('\n');
  }
  if (error.status === undefined || error.code === 'MalformedAnswer' || error.status === 404) {
    return `Check ${registries} (${host}): it must be the registry's login server, as \`az acr show --query loginServer\` prints it.`;
  }
  if (error.retryable) return `${host} kept failing after retries with backoff; re-run the job.`;
  return undefined;
}
