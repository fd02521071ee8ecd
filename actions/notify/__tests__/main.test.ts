// Issue 14.5: the notify action's edge, run in-process as the runner would run it, against the local
// receiver: masked URLs, outputs, one warning for a lost notification, one error for a bad input.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  Runner,
  createContext,
  inputEnvName,
  parseCommandFile,
  parseWorkflowCommands,
} from '@gitops-actions/kit';
import { startWebhookReceiver, type WebhookReceiver } from '@gitops-actions/standin-webhook';
import { run } from '../src/main.js';

const TOKEN = 'hook-token-0123456789abcdef';
let receiver: WebhookReceiver;
let dir: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver({ requiredHeaders: { authorization: `Bearer ${TOKEN}` } });
  dir = await mkdtemp(path.join(tmpdir(), 'notify-action-'));
});
afterAll(async () => {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => receiver.reset());

async function runWith(inputs: Record<string, string>) {
  const output = path.join(dir, `output-${Math.random()}`);
  const summary = path.join(dir, `summary-${Math.random()}`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const env = {
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  };
  const lines: string[] = [];
  const saved = process.exitCode;
  try {
    process.exitCode = undefined;
    await run(createContext(new Runner(env, (line) => lines.push(line))));
    const stdout = lines.join('\n');
    return {
      stdout,
      exitCode: process.exitCode ?? 0,
      commands: parseWorkflowCommands(stdout),
      outputs: parseCommandFile(await readFile(output, 'utf8')),
      summary: await readFile(summary, 'utf8'),
    };
  } finally {
    process.exitCode = saved;
  }
}

const BOTH = () => ({
  status: 'success',
  event: 'deploy',
  service: 'api',
  environment: 'prod',
  'slack-webhook-url': receiver.slackUrl,
  'webhook-url': receiver.webhookUrl,
  'webhook-headers': `Authorization: Bearer ${TOKEN}\nX-Team: platform`,
  'run-url': 'https://github.com/acme/api/actions/runs/7',
  timeout: '5s',
});

/** What a reader of the log sees: every line but the masks themselves. */
const visible = (r: { stdout: string; summary: string; outputs: Record<string, string> }) =>
  [
    ...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
    r.summary,
    JSON.stringify(r.outputs),
  ].join('\n');

describe('(14.5) notify action', () => {
  it('(14.5) sends to Slack and the webhook, masks both URLs and the header value', async () => {
    const r = await runWith(BOTH());
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ slack: 'sent', webhook: 'sent' });
    expect(receiver.requests.map((q) => [q.target, q.status])).toEqual(
      expect.arrayContaining([
        ['slack', 200],
        ['webhook', 204],
      ]),
    );
    const masks = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toEqual(
      expect.arrayContaining([
        receiver.slackUrl,
        new URL(receiver.slackUrl).pathname,
        receiver.webhookUrl,
        `Bearer ${TOKEN}`,
        TOKEN,
      ]),
    );
    // Masks come first, before any other line.
    expect(r.commands[0]!.command).toBe('add-mask');
  });

  it('(14.5) a refused Slack message is one warning; the step still succeeds', async () => {
    receiver.fail({ kind: 'slack-error', code: 'invalid_payload' });
    const r = await runWith({ ...BOTH(), 'webhook-url': '' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ slack: 'failed', webhook: 'skipped' });
    const notices = r.commands.filter((c) => !['add-mask'].includes(c.command));
    expect(notices.map((c) => c.command)).toEqual(['warning']);
    expect(notices[0]!.message).toMatch(
      /^Could not notify Slack at 127\.0\.0\.1:\d+ \(slack-webhook-url\): it answered 400 'invalid_payload'/,
    );
  });

  it('(14.5) the webhook URL secret never shows in stdout, outputs or summary, even on failure', async () => {
    // More faults than attempts: 1 s leaves room for one retry's pause at most.
    receiver.fail({ kind: 'status', status: 502 }, 10);
    const r = await runWith({ ...BOTH(), timeout: '1s' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ slack: 'failed', webhook: 'failed' });
    expect(r.commands.filter((c) => c.command === 'warning')).toHaveLength(2);
    const seen = visible(r);
    expect(seen).not.toContain(new URL(receiver.slackUrl).pathname.split('/').at(-1));
    expect(seen).not.toContain('/services/');
    expect(seen).not.toContain(TOKEN);
  });

  it('(14.5) hostile values forge no command and reach Slack escaped', async () => {
    const r = await runWith({
      ...BOTH(),
      'webhook-url': '',
      service: '<!channel>\n::error::forged',
      environment: '::warning::x',
      message: 'ok\n::error::forged\n<https://evil.example|x>',
    });
    expect(r.commands.filter((c) => c.command !== 'add-mask')).toEqual([]);
    const slack = receiver.requests.find((q) => q.target === 'slack')!;
    expect(slack.problems).toEqual([]);
    expect(slack.body).not.toMatch(/<!channel>|<https:\/\/evil/);
  });

  it.each([
    [{ status: '' }, /^Input 'status' is required/],
    [{ status: 'ok' }, /^Input 'status' must be one of success, failure, cancelled, started, got 'ok'$/],
    [{ event: 'release' }, /^Input 'event' must be one of deploy, /],
    [
      { 'slack-webhook-url': 'http://hooks.example.com/services/T0/B0/SECRETSECRET' },
      /^Input 'slack-webhook-url' must use https:\/\//,
    ],
    [{ 'webhook-url': 'not a url at all' }, /^Input 'webhook-url' holds a space/],
    [
      { 'webhook-url': 'https://user:SECRETSECRET@hooks.example.com/x' },
      /^Input 'webhook-url' holds credentials/,
    ],
    [
      { 'webhook-headers': 'Authorization Bearer SECRETSECRET' },
      /^Input 'webhook-headers' line 1 is not `Name: value`/,
    ],
    [
      { 'webhook-headers': 'Content-Type: text/plain' },
      /^Input 'webhook-headers' line 1 sets 'Content-Type'/,
    ],
    [{ 'gitops-commit': 'main' }, /^Input 'gitops-commit' must be a commit SHA/],
    [{ 'argocd-url': 'javascript:alert(1)' }, /^Input 'argocd-url' must be an http\(s\) URL/],
    [{ timeout: '1h' }, /^Input 'timeout' must be between/],
  ])('(14.5) a bad input is one error naming it, and nothing is sent: %j', async (bad, expected) => {
    const r = await runWith({ ...BOTH(), ...bad });
    expect(r.exitCode).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(expected);
    expect(r.stdout).not.toContain('SECRETSECRET');
    expect(receiver.requests).toEqual([]);
  });
});
