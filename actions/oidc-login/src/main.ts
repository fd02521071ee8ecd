import { createContext, runAction, systemClock, type ActionContext } from '@gitops-actions/kit';
import { awsSdk, loginToAws, renderAwsLoginSummary, type AwsPorts } from '@gitops-actions/aws';
import { removeLogins, type AddedLogins } from '@gitops-actions/registry';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext(), aws: AwsPorts = awsSdk): Promise<void> {
  return runAction(
    'log in to AWS',
    async ({ runner, inputs: raw, secrets, log }) => {
      // Saved first: the post step must know it is the post step whatever happens below.
      runner.saveState('isPost', 'true');
      const ports = { aws, log, secrets, env: process.env, fetch, clock: systemClock };
      const result = await loginToAws(getInputs(raw), ports);
      for (const [name, value] of Object.entries(result.environment)) runner.exportVariable(name, value);
      if (result.dockerLogins) runner.saveState('dockerLogins', JSON.stringify(result.dockerLogins));
      runner.setOutput('aws-account-id', result.accountId);
      runner.setOutput('authenticated-arn', result.assumedRoleArn);
      runner.setOutput('expiration', result.expiration.toISOString());
      runner.setOutput('registry', result.registries.map((r) => r.host).join('\n'));
      runner.appendSummary(secrets.redact(renderAwsLoginSummary(result)));
    },
    ctx,
  );
}

/** The post step: removes the docker-config logins the main step added, and nothing else. */
export function post(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'remove the ECR logins',
    async ({ runner, log }) => {
      const saved = runner.getState('dockerLogins');
      if (!saved) return;
      const added = JSON.parse(saved) as AddedLogins;
      const removed = (await removeLogins(added)).join(', ');
      log.info(removed ? `Removed the logins for ${removed} from ${added.path}` : 'No logins to remove');
    },
    ctx,
  );
}
