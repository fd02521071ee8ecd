import { code, heading, table } from '@gitops-actions/kit';
import type { AzureLoginResult } from './login.js';

/** The job summary of a login: the app and tenant, when the token ends, who the job is, the ACR logins. */
export function renderAzureLoginSummary(result: AzureLoginResult): string {
  const rows = [
    ['application', code(result.clientId)],
    ['tenant', code(result.tenantId)],
    ...(result.subscriptionId ? [['subscription', code(result.subscriptionId)]] : []),
    ['expires', result.expiration.toISOString()],
    ['token sub', code(result.claims.sub)],
    ...result.registries.map((r) => ['ACR login', code(r.host)]),
  ];
  return heading('Azure login') + table(['', ''], rows);
}
