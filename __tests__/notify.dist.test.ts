// Issue 14.5 through the shipped bundle: dist/notify against the local receiver, run as the runner
// runs it. A lost notification is a warning and exit code 0; the URLs and header values are masked.
import { runDist, type RunResult } from '@gitops-actions/testkit';
import { startWebhookReceiver, type WebhookReceiver } from '@gitops-actions/standin-webhook';

const TOKEN = 'hook-token-0123456789abcdef';
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver({ requiredHeaders: { authorization: `Bearer ${TOKEN}` } });
});
afterAll(() => receiver.close());
beforeEach(() => receiver.reset());

const inputs = () => ({
  status: 'success',
  event: 'deploy',
  service: 'api',
  environment: 'prod',
  tag: '1.4.2',
  digest: `sha256:${'ab'.repeat(32)}`,
  'gitops-commit': '0123456789abcdef0123456789abcdef01234567',
  'gitops-repository': 'acme/gitops',
  'argocd-url': 'https://argocd.example.com/applications/argocd/api-prod',
  'slack-webhook-url': receiver.slackUrl,
  'webhook-url': receiver.webhookUrl,
  'webhook-headers': `Authorization: Bearer ${TOKEN}`,
  timeout: '5s',
});

/** Everything the step prints or writes, except the mask commands themselves. */
function visible(r: RunResult): string {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
}

function expectNoSecret(r: RunResult): void {
  const secret = new URL(receiver.slackUrl).pathname;
  expect(r.stdout).toContain(`::add-mask::${receiver.slackUrl}`);
  expect(visible(r)).not.toContain(secret.split('/').at(-1));
  expect(visible(r)).not.toContain('/services/');
  expect(visible(r)).not.toContain(TOKEN);
}

describe('dist/notify', () => {
  it('(14.5) posts a valid Block Kit message and the JSON body with its header', async () => {
    const r = await runDist('notify', {
      inputs: inputs(),
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/api', GITHUB_RUN_ID: '7' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ slack: 'sent', webhook: 'sent' });
    const slack = receiver.requests.find((q) => q.target === 'slack')!;
    expect(slack).toMatchObject({ status: 200, problems: [] });
    expect(JSON.stringify(slack.json)).toContain('<https://github.com/acme/api/actions/runs/7|Workflow run>');
    const hook = receiver.requests.find((q) => q.target === 'webhook')!;
    expect(hook.status).toBe(204);
    expect(hook.json).toMatchObject({
      status: 'success',
      service: 'api',
      runUrl: 'https://github.com/acme/api/actions/runs/7',
    });
    expectNoSecret(r);
  });

  it('(14.5) a refused message is one warning and the step succeeds', async () => {
    receiver.fail({ kind: 'slack-error', code: 'channel_is_archived' });
    const r = await runDist('notify', { inputs: { ...inputs(), 'webhook-url': '' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ slack: 'failed', webhook: 'skipped' });
    const shown = r.commands.filter((c) => c.command !== 'add-mask');
    expect(shown.map((c) => c.command)).toEqual(['warning']);
    expect(shown[0]!.message).toMatch(/answered 410 'channel_is_archived'/);
    expectNoSecret(r);
  });

  it('(14.5) a hanging receiver is given up at the timeout; the step succeeds', async () => {
    receiver.fail({ kind: 'hang' });
    const r = await runDist('notify', { inputs: { ...inputs(), 'webhook-url': '', timeout: '500ms' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ slack: 'failed' });
    expect(r.commands.find((c) => c.command === 'warning')!.message).toMatch(/did not answer within 0\.5 s/);
  });

  it('(14.5) hostile values forge no command and are escaped for Slack', async () => {
    const r = await runDist('notify', {
      inputs: {
        ...inputs(),
        'webhook-url': '',
        service: '<!channel>\n::error::forged',
        message: '::error::x\n<https://evil|x>',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.commands.filter((c) => c.command !== 'add-mask')).toEqual([]);
    const slack = receiver.requests.find((q) => q.target === 'slack')!;
    expect(slack.problems).toEqual([]);
    expect(slack.body).not.toMatch(/<!channel>|<https:\/\/evil/);
  });

  it('(14.5) a bad input fails with one error naming it, and sends nothing', async () => {
    const r = await runDist('notify', { inputs: { ...inputs(), status: 'done' } });
    expect(r.exitCode).toBe(1);
    expect(r.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      "Input 'status' must be one of success, failure, cancelled, started, got 'done'",
    ]);
    expect(receiver.requests).toEqual([]);
  });
});
