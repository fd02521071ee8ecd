import { code, heading, table } from '@gitops-actions/kit';
import type { AwsLoginResult } from './login.js';

/** The job summary of a login: the session, when it ends, who the token said the job is, the ECR logins. */
export function renderAwsLoginSummary(result: AwsLoginResult): string {
  const rows = [
    ['role session', code(result.assumedRoleArn)],
    ['expires', result.expiration.toISOString()],
    ['token sub', code(result.claims.sub)],
    ...result.registries.map((r) => ['ECR login', code(r.host)]),
  ];
  return heading('AWS login') + table(['', ''], rows);
}
