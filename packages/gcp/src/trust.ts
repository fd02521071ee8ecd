import { explainRefusedToken, type TokenClaims } from '@gitops-actions/oidc';
import { providerParts } from './inputs.js';

/** A CEL string literal: the claim's text between single quotes, quotes and backslashes escaped. */
const cel = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The provider's attribute condition (CEL over `assertion`, the token's claims) that admits exactly this
 * job: its repository and its environment, or else its ref.
 */
export function attributeCondition(claims: TokenClaims): string {
  const parts = [`assertion.repository == ${cel(claims.repository ?? '')}`];
  if (claims.environment) parts.push(`assertion.environment == ${cel(claims.environment)}`);
  else if (claims.ref) parts.push(`assertion.ref == ${cel(claims.ref)}`);
  return parts.join(' && ');
}

/** The mapping the conditions and bindings below rely on. */
export const ATTRIBUTE_MAPPING = 'google.subject=assertion.sub,attribute.repository=assertion.repository';

/** `principalSet://…/attribute.repository/<repo>`: every job of the repository, as IAM bindings name it. */
export function repositoryPrincipalSet(workloadIdentityProvider: string, repository: string): string {
  const { projectNumber, pool } = providerParts(workloadIdentityProvider);
  return `principalSet://iam.googleapis.com/projects/${projectNumber}/locations/global/workloadIdentityPools/${pool}/attribute.repository/${repository}`;
}

/** `principal://…/subject/<sub>`: exactly the token's subject. */
export function subjectPrincipal(workloadIdentityProvider: string, subject: string): string {
  const { projectNumber, pool } = providerParts(workloadIdentityProvider);
  return `principal://iam.googleapis.com/projects/${projectNumber}/locations/global/workloadIdentityPools/${pool}/subject/${subject}`;
}

/** The binding that lets the repository's jobs impersonate the service account. */
function impersonationLines(provider: string, serviceAccount: string, claims: TokenClaims): string[] {
  const member = repositoryPrincipalSet(provider, claims.repository ?? '<owner>/<repo>');
  return [
    `Grant roles/iam.workloadIdentityUser (iam.serviceAccounts.getAccessToken) on ${serviceAccount} to`,
    `  ${member}`,
    `  gcloud iam service-accounts add-iam-policy-binding ${serviceAccount} \\`,
    `    --role=roles/iam.workloadIdentityUser --member='${member}'`,
  ];
}

/** What to tell a person whose workload identity provider refused the token (STS `unauthorized_client`, `invalid_grant`). */
export function explainRefusedByProvider(
  provider: string,
  serviceAccount: string | undefined,
  claims: TokenClaims,
): string {
  const admitting = [
    `The provider needs the attribute mapping ${ATTRIBUTE_MAPPING}`,
    'and an attribute condition that admits this job, such as',
    `  ${attributeCondition(claims)}`,
    claims.repository
      ? `(to admit every ref of the repository instead: assertion.repository == ${cel(claims.repository)})`
      : '',
    ...(serviceAccount
      ? impersonationLines(provider, serviceAccount, claims)
      : [
          'Without a service account the job acts as itself: grant roles/artifactregistry.writer on the repository to',
          `  ${subjectPrincipal(provider, claims.sub)}`,
          `  (or to ${repositoryPrincipalSet(provider, claims.repository ?? '<owner>/<repo>')} for every job of the repository)`,
        ]),
  ];
  return explainRefusedToken(`Workload identity provider ${provider}`, claims, admitting);
}

/** What to tell a person whose service account refused impersonation (IAM Credentials 403). */
export function explainImpersonationDenied(
  provider: string,
  serviceAccount: string,
  claims: TokenClaims,
): string {
  return explainRefusedToken(
    `Service account ${serviceAccount}`,
    claims,
    impersonationLines(provider, serviceAccount, claims),
  );
}
