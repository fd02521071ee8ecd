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
    subjectForm(claims),
    ...admitting,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Which form of `sub` the token carries. A job with `environment:` presents the environment form
 * instead of the ref form, and a policy written for the branch then refuses it: a very common cause
 * of AccessDenied after a team adds approvals to its deploy job.
 */
export function subjectForm(claims: TokenClaims): string {
  const repo = claims.repository ?? '<owner>/<repo>';
  if (claims.environment) {
    const ref = claims.ref ? `repo:${repo}:ref:${claims.ref}` : `repo:${repo}:ref:<ref>`;
    return (
      `This job runs in the environment ${claims.environment}, so its sub is the environment form ` +
      `repo:${repo}:environment:${claims.environment}, not the ref form (${ref}): ` +
      'a policy that names the branch does not admit it.'
    );
  }
  return (
    `This job has no environment, so its sub names the ref (repo:${repo}:ref:<ref>; the event for a pull request); ` +
    `a job with \`environment: <name>\` presents the environment form repo:${repo}:environment:<name> instead.`
  );
}
