import { code, heading, table } from '@gitops-actions/kit';
import type { GcpLoginResult } from './login.js';

/** The job summary of a login: who the job acts as, until when, who the token said it is, the registry logins. */
export function renderGcpLoginSummary(result: GcpLoginResult): string {
  const rows = [
    [
      'acts as',
      result.serviceAccount ? code(result.serviceAccount) : 'the federated principal (no service account)',
    ],
    ['expires', result.expiration.toISOString()],
    ['token sub', code(result.claims.sub)],
    ...result.registries.map((r) => ['Artifact Registry login', code(r.host)]),
    ...(result.credentialsFile ? [['credentials file', code(result.credentialsFile.path)]] : []),
  ];
  return heading('Google Cloud login') + table(['', ''], rows);
}
