import {
  createContext,
  runAction,
  systemClock,
  table,
  heading,
  code,
  type ActionContext,
} from '@gitops-actions/kit';
import { dockerConfigPath } from '@gitops-actions/registry';
import { addLogins, removeLogins, type AddedLogin } from './docker-login.js';
import { getInputs } from './inputs.js';
import { login, type Aws, type LoginResult } from './login.js';

/** Loaded on first use, so failing on inputs never loads the AWS SDK. */
const lazyAws: Aws = {
  assumeRoleWithWebIdentity: async (p) => (await import('@gitops-actions/aws')).assumeRoleWithWebIdentity(p),
  getEcrAuthorizationTokens: async (c, r, ids) =>
    (await import('@gitops-actions/aws')).getEcrAuthorizationTokens(c, r, ids),
};

export function run(ctx: ActionContext = createContext(), aws: Aws = lazyAws): Promise<void> {
  return runAction(
    'log in to AWS',
    async ({ runner, inputs: raw, secrets, log }) => {
      // Saved first: the post step must know it is the post step whatever happens below.
      runner.saveState('isPost', 'true');
      const inputs = getInputs(raw);
      const result = await login(inputs, { aws, env: process.env, fetch, clock: systemClock, log, secrets });
      if (inputs.maskAccountId) secrets.add(result.accountId);
      exportCredentials(ctx, inputs.region, result);
      if (result.registries.length > 0) {
        const path = dockerConfigPath();
        const added = addLogins(path, result.registries);
        runner.saveState('dockerConfig', path);
        runner.saveState('logins', JSON.stringify(added));
        log.info(`Logged in to ${result.registries.map((r) => r.host).join(', ')} (written to ${path})`);
      }
      runner.setOutput('aws-account-id', result.accountId);
      runner.setOutput('authenticated-arn', result.assumedRoleArn);
      runner.setOutput('expiration', result.expiration.toISOString());
      runner.setOutput('registry', result.registries.map((r) => r.host).join('\n'));
      runner.appendSummary(secrets.redact(renderSummary(result)));
    },
    ctx,
  );
}

function exportCredentials({ runner }: ActionContext, region: string, result: LoginResult): void {
  runner.exportVariable('AWS_ACCESS_KEY_ID', result.credentials.accessKeyId);
  runner.exportVariable('AWS_SECRET_ACCESS_KEY', result.credentials.secretAccessKey);
  runner.exportVariable('AWS_SESSION_TOKEN', result.credentials.sessionToken);
  runner.exportVariable('AWS_REGION', region);
  runner.exportVariable('AWS_DEFAULT_REGION', region);
}

function renderSummary(result: LoginResult): string {
  const rows = [
    ['role session', code(result.assumedRoleArn)],
    ['expires', result.expiration.toISOString()],
    ['token sub', code(result.claims.sub)],
    ...result.registries.map((r) => ['ECR login', code(r.host)]),
  ];
  return heading('AWS login') + table(['', ''], rows);
}

/** The post step: removes the docker-config logins the main step added, and nothing else. */
export function post(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'remove the ECR logins',
    async ({ runner, log }) => {
      const path = runner.getState('dockerConfig');
      const logins = runner.getState('logins');
      if (!path || !logins) return;
      const removed = removeLogins(path, JSON.parse(logins) as AddedLogin[]);
      log.info(
        removed.length > 0
          ? `Removed the logins for ${removed.join(', ')} from ${path}`
          : 'No logins to remove',
      );
    },
    ctx,
  );
}
