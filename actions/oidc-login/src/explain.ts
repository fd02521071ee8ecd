import type { TokenClaims } from './id-token.js';

/** `https://token.actions.githubusercontent.com` → the IAM condition-key prefix `token.actions.githubusercontent.com`. */
export function providerName(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

/** The trust-policy Condition block that admits exactly this token, as IAM evaluates it. */
export function matchingCondition(claims: TokenClaims): Record<string, Record<string, string>> {
  const provider = providerName(claims.iss);
  return { StringEquals: { [`${provider}:aud`]: claims.aud, [`${provider}:sub`]: claims.sub } };
}

/** What to tell a person whose role refused the token: what the token says and what would match it. */
export function explainAccessDenied(roleArn: string, claims: TokenClaims): string {
  const provider = providerName(claims.iss);
  const account = roleArn.split(':')[4] ?? '<account>';
  const shown: Array<[string, string | undefined]> = [
    ['sub', claims.sub],
    ['aud', claims.aud],
    ['repository', claims.repository],
    ['ref', claims.ref],
    ['environment', claims.environment],
    ['job_workflow_ref', claims.job_workflow_ref],
  ];
  const condition = JSON.stringify({ Condition: matchingCondition(claims) }, null, 2)
    .split('\n')
    .slice(1, -1);
  return [
    `The trust policy of ${roleArn} does not admit this job's token. The token's claims:`,
    ...shown.map(([k, v]) => `  ${k}: ${v ?? '(not set)'}`),
    'A trust-policy statement matching them needs',
    `  "Principal": { "Federated": "arn:aws:iam::${account}:oidc-provider/${provider}" },`,
    '  "Action": "sts:AssumeRoleWithWebIdentity",',
    ...condition,
    claims.repository
      ? `(to admit every ref of the repository instead, use "StringLike": { "${provider}:sub": "repo:${claims.repository}:*" }.)`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
