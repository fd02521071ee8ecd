// Client failures turned into `Could not wait for Argo CD: <cause>` with the fix, in the caller's input
// names: what was reached (the URL), what came back, and which input chose the server.
import { ActionError, displayUrl, formatDuration, hostOf } from '@gitops-actions/kit';
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

interface ExplainOptions {
  server: string;
  sync: boolean;
  timeoutMs: number;
  inputs?: ArgoInputNames;
}

/** Turns a client failure into `Could not wait for Argo CD: <cause>` with the fix, in the caller's input names. */
export function explain(error: unknown, opts: ExplainOptions): unknown {
  if (error instanceof ActionError) return error;
  const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
  if (error instanceof ArgoApiError) return explainAnswer(error, opts, inputs);
  if (isTlsError(error)) {
    return new ActionError(
      OPERATION,
      `TLS connection to ${displayUrl(opts.server)} failed: ${(error as Error).message}`,
      { hint: tlsHint(inputs), cause: error },
    );
  }
  if (error instanceof ArgoNetworkError) {
    return new ActionError(OPERATION, `Argo CD at ${hostOf(opts.server)} is unreachable: ${error.message}`, {
      hint: `Check the \`${inputs.server}\` input (scheme, host, port) and that the runner can reach it.`,
      cause: error,
    });
  }
  return error;
}

function explainAnswer(error: ArgoApiError, opts: ExplainOptions, inputs: ArgoInputNames): ActionError {
  const make = (cause: string, hint?: string) => new ActionError(OPERATION, cause, { hint, cause: error });
  if (error.status === 401 && error.kind === 'status') {
    return make(
      `Argo CD refused the token (${error.message})`,
      `The \`${inputs.token}\` input is wrong or expired: generate one with \`argocd account generate-token --account <ci-account>\` ` +
        'and store it as a secret.',
    );
  }
  if (error.status === 403 && error.kind === 'status' && /blocked by sync window/i.test(error.detail)) {
    const mode = inputs.syncWindow ? ` Set \`${inputs.syncWindow}: wait\` to wait for it to open,` : '';
    return make(
      `Argo CD refused the sync because a sync window blocks it, not for a missing permission (${error.message})`,
      `The app's AppProject has a deny window active now, or allow windows none of which is open.${mode} ` +
        're-run once it opens, or ask a project admin for `manualSync: true` on the window.',
    );
  }
  if (error.status === 403 && error.kind === 'status') {
    const perms = opts.sync ? '`applications, get` and `applications, sync`' : '`applications, get`';
    return make(
      `the token lacks permission (${error.message})`,
      `Grant the token's account ${perms} on the application's project in argocd-rbac-cm.`,
    );
  }
  if (error.kind === 'html' || error.kind === 'redirect') return make(error.message, notArgoHint(inputs));
  if (error.kind === 'json') {
    return make(
      error.message,
      `A proxy in front of Argo CD may be cutting its answers; ${notArgoHint(inputs)}`,
    );
  }
  if (error.status === 429 && error.retryAfterMs !== undefined) {
    const wait = formatDuration(error.retryAfterMs);
    return make(
      `${error.message}, asking to retry in ${wait}, after the wait's ${formatDuration(opts.timeoutMs)} would end`,
      `Argo CD is rate limiting this runner: raise \`${inputs.timeout}\`, or run fewer waits at once.`,
    );
  }
  const tries = error.attempts > 1 ? ` (${error.attempts} attempts)` : '';
  return make(`Argo CD at ${hostOf(opts.server)} answered an error: ${error.message}${tries}`);
}

/**
 * The wait's deadline passed during a request, or while retrying one: what hung or kept failing, the
 * host, and the two inputs that decide it.
 */
export function deadlineError(error: unknown, opts: ExplainOptions): ActionError {
  const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
  const what = error instanceof Error ? error.message : String(error);
  const attempts = error instanceof ArgoApiError || error instanceof ArgoNetworkError ? error.attempts : 1;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  const cause = `timed out after ${formatDuration(opts.timeoutMs)} (\`${inputs.timeout}\`): ${what}${tries}`;
  const proxied = error instanceof ArgoApiError && (error.kind === 'html' || error.kind === 'redirect');
  const hint = proxied
    ? notArgoHint(inputs)
    : `Check that \`${inputs.server}\` (${hostOf(opts.server)}) is Argo CD's API and that nothing in between ` +
      `(a proxy, a firewall) holds requests; raise \`${inputs.timeout}\` if Argo CD is just slow.`;
  return new ActionError(OPERATION, cause, { hint, cause: error });
}

function notArgoHint(inputs: ArgoInputNames): string {
  return (
    `Is \`${inputs.server}\` the Argo CD API (the URL the argocd CLI logs in to), ` +
    'not an SSO or proxy login page in front of it?'
  );
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
