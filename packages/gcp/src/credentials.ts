import path from 'node:path';
import { serviceAccountProject } from './inputs.js';

export const STS_ENDPOINT = 'https://sts.googleapis.com';
export const IAM_CREDENTIALS_ENDPOINT = 'https://iamcredentials.googleapis.com';
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
export const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';

/** What the credentials file describes: the provider, the impersonated account, the endpoints. */
export interface ExternalAccountSource {
  workloadIdentityProvider: string;
  serviceAccount?: string;
  tokenLifetimeSeconds?: number;
  stsEndpoint?: string;
  iamEndpoint?: string;
}

/** The `external_account` credentials google-auth-library, gcloud and Terraform read (AIP-4117). */
export interface ExternalAccountCredentials {
  type: 'external_account';
  audience: string;
  subject_token_type: typeof JWT_TOKEN_TYPE;
  token_url: string;
  credential_source: { file: string; format: { type: 'text' } };
  service_account_impersonation_url?: string;
  service_account_impersonation?: { token_lifetime_seconds: number };
}

/** STS's `audience`: the provider's full resource name (not the token's `aud`, which may differ). */
export const stsAudience = (workloadIdentityProvider: string): string =>
  `//iam.googleapis.com/${workloadIdentityProvider}`;

export const stsTokenUrl = (stsEndpoint = STS_ENDPOINT): string =>
  `${stsEndpoint.replace(/\/+$/, '')}/v1/token`;

export const generateAccessTokenUrl = (
  serviceAccount: string,
  iamEndpoint = IAM_CREDENTIALS_ENDPOINT,
): string =>
  `${iamEndpoint.replace(/\/+$/, '')}/v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`;

/**
 * The credentials file for the later steps of the job, reading the subject token from `tokenFilePath`.
 *
 * google-github-actions/auth writes the `url` credential source instead: the runner's token endpoint
 * with `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` in `headers`. That request token mints
 * OIDC tokens for any audience until the job ends, and every later step (and anything it runs) could
 * read it from the file. The `file` source holds only the GitHub JWT already issued for this provider's
 * audience, which expires within minutes: a tool that first exchanges it after that fails, and is
 * better served by the access token this login returns.
 */
export function externalAccountCredentials(
  source: ExternalAccountSource,
  tokenFilePath: string,
): ExternalAccountCredentials {
  const credentials: ExternalAccountCredentials = {
    type: 'external_account',
    audience: stsAudience(source.workloadIdentityProvider),
    subject_token_type: JWT_TOKEN_TYPE,
    token_url: stsTokenUrl(source.stsEndpoint),
    credential_source: { file: tokenFilePath, format: { type: 'text' } },
  };
  if (source.serviceAccount) {
    credentials.service_account_impersonation_url = generateAccessTokenUrl(
      source.serviceAccount,
      source.iamEndpoint,
    );
    if (source.tokenLifetimeSeconds !== undefined) {
      credentials.service_account_impersonation = { token_lifetime_seconds: source.tokenLifetimeSeconds };
    }
  }
  return credentials;
}

/** A file for the caller to write (mode 0600) and to remove in its post step. */
export interface CredentialFile {
  path: string;
  content: string;
}

/** The files and variables that hand the login to the job's later steps; the caller performs them. */
export interface GcpCredentialFiles {
  /** The `external_account` file, also in `files`. */
  credentialsPath: string;
  files: CredentialFile[];
  environment: Record<string, string>;
}

/**
 * The subject-token file and the credentials file in `dir` (the runner's temporary directory), named
 * with `id` so two logins in one job do not overwrite each other, and the variables pointing at them:
 * `GOOGLE_APPLICATION_CREDENTIALS` (client libraries), `CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE` (gcloud),
 * `GOOGLE_GHA_CREDS_PATH` (what google-github-actions/setup-gcloud looks for), and with a service account
 * its project for gcloud and the client libraries.
 */
export function gcpCredentialFiles(
  source: ExternalAccountSource,
  subjectToken: string,
  dir: string,
  id: string,
): GcpCredentialFiles {
  const tokenPath = path.join(dir, `gcp-subject-token-${id}.jwt`);
  const credentialsPath = path.join(dir, `gcp-credentials-${id}.json`);
  const credentials = externalAccountCredentials(source, tokenPath);
  const environment: Record<string, string> = {
    GOOGLE_APPLICATION_CREDENTIALS: credentialsPath,
    CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: credentialsPath,
    GOOGLE_GHA_CREDS_PATH: credentialsPath,
  };
  const project = source.serviceAccount ? serviceAccountProject(source.serviceAccount) : '';
  if (project) {
    for (const name of [
      'CLOUDSDK_CORE_PROJECT',
      'CLOUDSDK_PROJECT',
      'GCLOUD_PROJECT',
      'GCP_PROJECT',
      'GOOGLE_CLOUD_PROJECT',
    ]) {
      environment[name] = project;
    }
  }
  return {
    credentialsPath,
    files: [
      { path: tokenPath, content: subjectToken },
      { path: credentialsPath, content: `${JSON.stringify(credentials, null, 2)}\n` },
    ],
    environment,
  };
}
