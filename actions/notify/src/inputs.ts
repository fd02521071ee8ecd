import { fullNameInput, githubServerUrl, oneLineInput, type InputReader } from '@gitops-actions/kit';
import {
  EVENTS,
  STATUSES,
  commitInput,
  digestInput,
  linkInput,
  webhookHeadersInput,
  webhookUrlInput,
  type NotifyRequest,
  type NotifyTarget,
} from '@gitops-actions/notify';

/** Read once; only these inputs can fail the step: a receiver's failure is a warning. */
export function getInputs(inputs: InputReader, env: NodeJS.ProcessEnv = process.env): NotifyRequest {
  inputs.string('status', { required: true });
  const status = inputs.enum('status', STATUSES, 'success');
  const event = inputs.enum('event', EVENTS, 'deploy');
  const slackUrl = webhookUrlInput(
    'slack-webhook-url',
    inputs.secret('slack-webhook-url'),
    'https://hooks.slack.com/services/T…/B…/…',
  );
  const webhookUrl = webhookUrlInput('webhook-url', inputs.secret('webhook-url'), 'https://example.com/hook');
  const headers = webhookHeadersInput('webhook-headers', inputs.string('webhook-headers'));
  const serverUrl = githubServerUrl(env);
  const target = (url: string, input: string, h: Record<string, string>): NotifyTarget | undefined =>
    url ? { url, headers: h, input } : undefined;
  const repository = inputs.string('gitops-repository');
  return {
    notification: {
      status,
      event,
      service: inputs.string('service'),
      environment: inputs.string('environment'),
      image: inputs.string('image'),
      tag: inputs.string('tag'),
      digest: digestInput('digest', inputs.string('digest')),
      gitopsCommit: commitInput('gitops-commit', inputs.string('gitops-commit')),
      gitopsRepository: repository ? fullNameInput('gitops-repository', repository) : '',
      pullRequestUrl: linkInput(
        'pull-request-url',
        inputs.string('pull-request-url'),
        `${serverUrl}/o/r/pull/1`,
      ),
      argocdUrl: linkInput(
        'argocd-url',
        inputs.string('argocd-url'),
        'https://argocd.example.com/applications/argocd/app',
      ),
      runUrl: linkInput(
        'run-url',
        inputs.string('run-url') || defaultRunUrl(env, serverUrl),
        `${serverUrl}/o/r/actions/runs/1`,
      ),
      message: inputs.string('message'),
      serverUrl,
      repository: oneLineInput('GITHUB_REPOSITORY', env['GITHUB_REPOSITORY'] ?? ''),
      sha: env['GITHUB_SHA'] ?? '',
    },
    slack: target(slackUrl, 'slack-webhook-url', {}),
    webhook: target(webhookUrl, 'webhook-url', headers),
    timeoutMs: inputs.duration('timeout', { default: 10_000, min: 100, max: 300_000 }),
  };
}

function defaultRunUrl(env: NodeJS.ProcessEnv, serverUrl: string): string {
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '';
}
