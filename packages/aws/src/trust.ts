import {
  explainRefusedToken,
  providerName,
  repositoryWideSubject,
  type TokenClaims,
} from '@gitops-actions/oidc';

/** The trust-policy Condition block that admits exactly this token, as IAM evaluates it. */
export function matchingCondition(claims: TokenClaims): Record<string, Record<string, string>> {
  const provider = providerName(claims.iss);
  return { StringEquals: { [`${provider}:aud`]: claims.aud, [`${provider}:sub`]: claims.sub } };
}

/** What to tell a person whose role refused the token: what the token says and the statement that would admit it. */
export function explainAccessDenied(roleArn: string, claims: TokenClaims): string {
  const provider = providerName(claims.iss);
  const account = roleArn.split(':')[4] ?? '<account>';
  const condition = JSON.stringify({ Condition: matchingCondition(claims) }, null, 2)
    .split('\n')
    .slice(1, -1);
  const wide = repositoryWideSubject(claims);
  return explainRefusedToken(`The trust policy of ${roleArn}`, claims, [
    'A trust-policy statement matching them needs',
    `  "Principal": { "Federated": "arn:aws:iam::${account}:oidc-provider/${provider}" },`,
    '  "Action": "sts:AssumeRoleWithWebIdentity",',
    ...condition,
    wide
      ? `(to admit every ref of the repository instead, use "StringLike": { "${provider}:sub": "${wide}" }.)`
      : '',
    environmentNote(provider, claims),
  ]);
}

/** How the environment form scopes the role, for a job that has one and for one that does not. */
function environmentNote(provider: string, claims: TokenClaims): string {
  const repo = claims.repository ?? '<owner>/<repo>';
  if (claims.environment) {
    return `(an environment sub admits the ${claims.environment} environment's jobs from any branch: its protection rules, required reviewers and deployment branches, are what guard the role.)`;
  }
  return `(for a deploy job with \`environment: production\`, the statement needs "${provider}:sub": "repo:${repo}:environment:production" instead: the tightest trust, guarded by the environment's required reviewers.)`;
}
