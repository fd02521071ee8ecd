import type { TokenClaims } from './id-token.js';

/** `https://token.actions.githubusercontent.com` → `token.actions.githubusercontent.com`, as trust policies name the issuer. */
export function providerName(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

/** The `sub` pattern that admits every ref of the token's repository, or undefined without a repository claim. */
export const repositoryWideSubject = (claims: TokenClaims): string | undefined =>
  claims.repository ? `repo:${claims.repository}:*` : undefined;

/**
 * What to tell a person whose cloud refused the token: what the token says, then the cloud's own
 * `admitting` lines (what its policy needs to admit exactly this token).
 */
export function explainRefusedToken(refusedBy: string, claims: TokenClaims, admitting: string[]): string {
  const shown: Array<[string, string | undefined]> = [
    ['sub', claims.sub],
    ['aud', claims.aud],
    ['repository', claims.repository],
    ['ref', claims.ref],
    ['environment', claims.environment],
    ['job_workflow_ref', claims.job_workflow_ref],
  ];
  return [
    `${refusedBy} does not admit this job's token. The token's claims:`,
    ...shown.map(([k, v]) => `  ${k}: ${v ?? '(not set)'}`),
    ...admitting,
  ]
    .filter(Boolean)
    .join('\n');
}
