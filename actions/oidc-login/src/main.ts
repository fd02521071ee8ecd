import { createContext, runAction, systemClock, type ActionContext } from '@gitops-actions/kit';
import { awsSdk, type AwsPorts } from '@gitops-actions/aws';
import { loginToCloud, undoCloudLogin, type CloudCleanup } from '@gitops-actions/cloud-login';
import { getInputs } from './inputs.js';

const PROVIDER_NAMES = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' } as const;

export function run(ctx: ActionContext = createContext(), aws: AwsPorts = awsSdk): Promise<void> {
  return runAction(
    'log in to the cloud',
    async ({ runner, inputs: raw, secrets, log }) => {
      // Saved first: the post step must know it is the post step whatever happens below.
      runner.saveState('isPost', 'true');
      const request = getInputs(raw);
      log.info(`Logging in to ${PROVIDER_NAMES[request.provider]} with the job's OIDC token`);
      const ports = { aws, log, secrets, env: process.env, fetch, clock: systemClock };
      const saveCleanup = (cleanup: CloudCleanup) => runner.saveState('cleanup', JSON.stringify(cleanup));
      const result = await loginToCloud(request, ports, saveCleanup);
      for (const [name, value] of Object.entries(result.environment)) runner.exportVariable(name, value);
      for (const [name, value] of Object.entries(result.outputs)) runner.setOutput(name, value);
      runner.appendSummary(secrets.redact(result.summary));
    },
    ctx,
  );
}

/** The post step: removes the files and docker-config logins the main step added, and nothing else. */
export function post(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'remove the cloud login',
    async ({ runner, log }) => {
      const saved = runner.getState('cleanup');
      if (saved) await undoCloudLogin(JSON.parse(saved) as CloudCleanup, log);
    },
    ctx,
  );
}
