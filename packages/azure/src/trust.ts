import { explainRefusedToken, type TokenClaims } from '@gitops-actions/oidc';

/** The AADSTS codes of "no federated credential matches this token" (issuer, audience, subject, case). */
export const FEDERATION_MISMATCH = new Set([70021, 700211, 700212, 700213, 7002137, 7002138]);

export interface FederatedCredential {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description: string;
}

/** The federated identity credential that admits exactly this token, as Microsoft Graph takes it. */
export function matchingFederatedCredential(claims: TokenClaims): FederatedCredential {
  // Graph's rule for names: 3–120 characters, letters, digits, '-' and '_', starting with either of the first two.
  const name = `github-${claims.sub}`
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+$/, '')
    .slice(0, 120);
  return {
    name,
    issuer: claims.iss,
    subject: claims.sub,
    audiences: [claims.aud],
    description: claims.repository ? `GitHub Actions in ${claims.repository}` : 'GitHub Actions',
  };
}

/**
 * What to tell a person whose app registration (or managed identity) refused the token: the claims,
 * then the federated credential that would admit it. Given as a file for `--parameters @file`, not
 * inline: a ref may hold a quote that would break the shell command a person pastes.
 */
export function explainFederationRefusal(
  clientId: string,
  claims: TokenClaims,
  aadsts: number[] = [],
): string {
  const credential = JSON.stringify(matchingFederatedCredential(claims), null, 2).split('\n');
  const caseOnly = aadsts.includes(7002138);
  return explainRefusedToken(`Application ${clientId}`, claims, [
    'A federated credential admitting it (issuer, subject and audience are compared exactly, case included):',
    ...credential.map((line) => `  ${line}`),
    `Save that as credential.json and run: az ad app federated-credential create --id ${clientId} --parameters @credential.json`,
    '(for a user-assigned managed identity: az identity federated-credential create --name <name> --identity-name <identity> --resource-group <group> --issuer, --subject and --audiences as above.)',
    caseOnly
      ? 'Entra says the subject matches when case is ignored: fix the case of the owner, repository or environment in the credential.'
      : '',
  ]);
}
