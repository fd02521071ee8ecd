import { ActionError } from '@gitops-actions/kit';
import { ArgoApiError, ArgoNetworkError } from './client.js';
import { WAIT_FOR_ARGOCD_INPUTS, type ArgoInputNames } from './inputs.js';

export const OPERATION = 'wait for Argo CD';

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

export function isTlsError(error: unknown): boolean {
  return error instanceof ArgoNetworkError && TLS_CODES.has(error.code);
}

/** Worth another attempt: the server or the network hiccuped; a refused token or a bad certificate is not. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ArgoApiError) return error.status >= 500 || error.status === 429;
  if (error instanceof ArgoNetworkError) return !isTlsError(error) && error.code !== 'ENOTFOUND';
  return false;
}

/** Turns a client failure into `Could not wait for Argo CD: <cause>` with the fix, in the caller's input names. */
export function explain(
  error: unknown,
  opts: { server: string; sync: boolean; inputs?: ArgoInputNames },
): unknown {
  if (error instanceof ActionError) return error;
  const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
  if (error instanceof ArgoApiError && error.status === 401) {
    return new ActionError(OPERATION, `Argo CD refused the token (${error.message})`, {
      hint:
        `The \`${inputs.token}\` input is wrong or expired: generate one with \`argocd account generate-token --account <ci-account>\` ` +
        'and store it as a secret.',
      cause: error,
    });
  }
  if (error instanceof ArgoApiError && error.status === 403) {
    const perms = opts.sync ? '`applications, get` and `applications, sync`' : '`applications, get`';
    return new ActionError(OPERATION, `the token lacks permission (${error.message})`, {
      hint: `Grant the token's account ${perms} on the application's project in argocd-rbac-cm.`,
      cause: error,
    });
  }
  if (isTlsError(error)) {
    return new ActionError(
      OPERATION,
      `TLS connection to ${opts.server} failed: ${(error as Error).message}`,
      { hint: tlsHint(inputs), cause: error },
    );
  }
  if (error instanceof ArgoNetworkError) {
    return new ActionError(OPERATION, `Argo CD at ${opts.server} is unreachable: ${error.message}`, {
      hint: `Check the \`${inputs.server}\` input (scheme, host, port) and that the runner can reach it.`,
      retryable: isTransient(error),
      cause: error,
    });
  }
  if (error instanceof ArgoApiError) {
    return new ActionError(OPERATION, `Argo CD answered an error: ${error.message}`, {
      retryable: isTransient(error),
      cause: error,
    });
  }
  return error;
}

function tlsHint(inputs: ArgoInputNames): string {
  if (!inputs.caCert) {
    // The client then trusts Node's CAs, which NODE_EXTRA_CA_CERTS extends.
    return "Make the runner trust the CA that signed the Argo CD server's certificate (NODE_EXTRA_CA_CERTS=<PEM file>).";
  }
  const insecure = inputs.insecure
    ? `; \`${inputs.insecure}: true\` skips verification but trusts anyone on the network path`
    : '';
  return `Pass the server's CA certificate (PEM) as \`${inputs.caCert}\`${insecure}.`;
}
