// Issue 14.5: one notify path, against the local receiver that checks Slack's format and answers
// Slack's documented errors. Pauses go through a test Clock; only the hang test waits, for its timeout.
import { Runner, parseWorkflowCommands, runnerLogger, type Clock, type Logger } from '@gitops-actions/kit';
import { startWebhookReceiver, type WebhookReceiver } from '@gitops-actions/standin-webhook';
import { notify, type Notification, type NotifyPorts, type NotifyRequest } from '@gitops-actions/notify';

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver({
    requiredHeaders: { authorization: 'Bearer hook-token-0123456789' },
  });
});
afterAll(() => receiver.close());
beforeEach(() => receiver.reset());

const BASE: Notification = {
  status: 'success',
  event: 'deploy',
  service: 'api',
  environment: 'prod',
  image: 'ghcr.io/acme/api',
  tag: '1.4.2',
  digest: `sha256:${'ab'.repeat(32)}`,
  gitopsCommit: '0123456789abcdef0123456789abcdef01234567',
  gitopsRepository: 'acme/gitops',
  pullRequestUrl: 'https://github.com/acme/gitops/pull/42',
  argocdUrl: 'https://argocd.example.com/applications/argocd/api-prod',
  runUrl: 'https://github.com/acme/api/actions/runs/99',
  message: '',
  serverUrl: 'https://github.com',
  repository: 'acme/api',
  sha: 'fedcba9876543210fedcba9876543210fedcba98',
};

/** A clock that never waits: a sleep moves time on and is recorded. */
function testClock(): Clock & { slept: number[] } {
  let now = Date.parse('2025-05-01T12:00:00Z');
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

/** Ports whose log is a real runner's, written to `lines`, so the log is read as the runner reads it. */
function ports(clock = testClock()): NotifyPorts & { lines: string[]; clock: ReturnType<typeof testClock> } {
  const lines: string[] = [];
  const log: Logger = runnerLogger(new Runner({}, (l) => lines.push(l)));
  return { log, clock, lines, random: () => 0.5 };
}

function request(over: Partial<NotifyRequest> = {}, n: Partial<Notification> = {}): NotifyRequest {
  return {
    notification: { ...BASE, ...n },
    slack: { url: receiver.slackUrl, headers: {}, input: 'slack-webhook-url' },
    timeoutMs: 10_000,
    ...over,
  };
}

const warnings = (lines: string[]) =>
  parseWorkflowCommands(lines.join('\n')).filter((c) => c.command === 'warning');

describe('(14.5) Slack incoming webhook', () => {
  it('(14.5) posts a Block Kit message Slack accepts, with every fact and link', async () => {
    const p = ports();
    const result = await notify(request(), p);
    expect(result).toEqual({ slack: 'sent', webhook: 'skipped' });
    const [got] = receiver.requests;
    expect(got).toMatchObject({ target: 'slack', method: 'POST', status: 200, answer: 'ok', problems: [] });
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.json).toEqual({
      text: ':white_check_mark: Deploy succeeded: api to prod',
      blocks: [
        {
          type: 'header',
          text: { type: 'plain_text', text: ':white_check_mark: Deploy succeeded: api to prod', emoji: true },
        },
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: '*Service*\napi' },
            { type: 'mrkdwn', text: '*Environment*\nprod' },
            { type: 'mrkdwn', text: '*Image*\nghcr.io/acme/api' },
            { type: 'mrkdwn', text: '*Tag*\n1.4.2' },
            { type: 'mrkdwn', text: '*Digest*\n`sha256:abababababab`' },
            {
              type: 'mrkdwn',
              text: '*GitOps commit*\n<https://github.com/acme/gitops/commit/0123456789abcdef0123456789abcdef01234567|acme/gitops@0123456789ab>',
            },
            { type: 'mrkdwn', text: '*Pull request*\n<https://github.com/acme/gitops/pull/42|#42>' },
          ],
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '<https://argocd.example.com/applications/argocd/api-prod|Argo CD app>  ·  <https://github.com/acme/api/actions/runs/99|Workflow run>',
            },
          ],
        },
      ],
    });
    expect(warnings(p.lines)).toEqual([]);
  });

  it('(14.5) says failure with its emoji, and a commit without repository is shown unlinked', async () => {
    await notify(request({}, { status: 'failure', event: 'rollback', gitopsRepository: '' }), ports());
    const body = receiver.requests[0]!.json as { text: string; blocks: { fields?: { text: string }[] }[] };
    expect(body.text).toBe(':x: Rollback failed: api to prod');
    expect(body.blocks[1]!.fields).toContainEqual({
      type: 'mrkdwn',
      text: '*GitOps commit*\n`0123456789ab`',
    });
    expect(receiver.requests[0]!.problems).toEqual([]);
  });

  it('(14.5) retries a 500 and a 429 (after its Retry-After), then sends', async () => {
    receiver.fail({ kind: 'slack-error', code: 'rollup_error' });
    receiver.fail({ kind: 'rate-limited', retryAfter: '3' });
    const p = ports();
    const result = await notify(request(), p);
    expect(result.slack).toBe('sent');
    expect(receiver.requests.map((r) => r.status)).toEqual([500, 429, 200]);
    // The pause after the 429 (backoff plus the rest of Retry-After) is at least the 3 s asked for.
    expect(p.clock.slept.slice(1).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
    expect(warnings(p.lines)).toEqual([]);
  });

  it('(14.5) a Retry-After beyond the cap is not waited for: one warning saying so', async () => {
    receiver.fail({ kind: 'rate-limited', retryAfter: '60' });
    const p = ports();
    expect((await notify(request(), p)).slack).toBe('failed');
    expect(receiver.requests).toHaveLength(1);
    expect(p.clock.slept).toEqual([]);
    expect(warnings(p.lines)[0]!.message).toContain("it answered 429 'rate_limited' (Retry-After 60 s).");
  });

  it('(14.5) gives up after 2 retries of 5xx with one warning, and the result is failed, not thrown', async () => {
    receiver.fail({ kind: 'status', status: 503 }, 3);
    const p = ports();
    expect(await notify(request(), p)).toEqual({ slack: 'failed', webhook: 'skipped' });
    expect(receiver.requests).toHaveLength(3);
    const [warning, ...more] = warnings(p.lines);
    expect(more).toEqual([]);
    expect(warning!.message).toMatch(
      /^Could not notify Slack at 127\.0\.0\.1:\d+ \(slack-webhook-url\): it answered 503 with \d+ characters that are not an error code after 3 attempts\. The notification is lost; the deploy is not affected\.$/,
    );
  });

  it.each([
    ['invalid_payload', 400, /Slack could not read the message/],
    ['action_prohibited', 403, /A workspace admin restricts this webhook/],
    ['no_service', 404, /The webhook was removed or disabled/],
    ['channel_is_archived', 410, /The webhook's channel is archived/],
  ] as const)('(14.5) %s (%i) is one warning with the fix, never retried', async (code, status, fix) => {
    receiver.fail({ kind: 'slack-error', code });
    const p = ports();
    expect((await notify(request(), p)).slack).toBe('failed');
    expect(receiver.requests.map((r) => r.status)).toEqual([status]);
    const [warning, ...more] = warnings(p.lines);
    expect(more).toEqual([]);
    expect(warning!.message).toContain(`it answered ${status} '${code}'.`);
    expect(warning!.message).toMatch(fix);
    // The host only: the path is the webhook's secret.
    expect(p.lines.join('\n')).not.toContain(new URL(receiver.slackUrl).pathname);
    expect(p.lines.join('\n')).not.toContain('/services/');
  });

  it('(14.5) a receiver that hangs is given up at the timeout', async () => {
    receiver.fail({ kind: 'hang' });
    // The real time: the request timeout is an AbortSignal's.
    const p = ports({ ...testClock(), now: () => Date.now(), slept: [] });
    const result = await notify(request({ timeoutMs: 300 }), p);
    expect(result.slack).toBe('failed');
    expect(warnings(p.lines).map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^Could not notify Slack at 127\.0\.0\.1:\d+ \(slack-webhook-url\): it did not answer within 0\.3 s\./,
      ),
    ]);
  });

  it('(14.5) a refused connection is a warning too', async () => {
    const closed = await startWebhookReceiver();
    const url = closed.slackUrl;
    await closed.close();
    const p = ports();
    const result = await notify(request({ slack: { url, headers: {}, input: 'slack-webhook-url' } }), p);
    expect(result.slack).toBe('failed');
    expect(warnings(p.lines)[0]!.message).toContain('refused the connection');
  });
});

describe('(14.5) hostile values', () => {
  const hostile: Partial<Notification> = {
    service: '<!channel> api',
    environment: 'prod\n::error::forged',
    tag: '<https://evil.example|click me>',
    image: 'a & b > c',
    message: 'line one\n::warning::forged\n<!here> <@U123> <https://evil.example|x>\r\n%0A::error::x',
  };

  it('(14.5) cannot mention, link or break a link in Slack', async () => {
    const p = ports();
    await notify(
      request({}, { ...hostile, runUrl: 'https://github.com/acme/api/actions/runs/9?a=1&b=|x>y' }),
      p,
    );
    const got = receiver.requests[0]!;
    expect(got.problems).toEqual([]);
    // Slack parses mrkdwn and the fallback `text`; a header's plain_text is shown as written.
    const body = got.json as { text: string };
    const texts: string[] = [body.text];
    JSON.stringify(got.json, (_key, value: unknown) => {
      const o = value as { type?: unknown; text?: unknown };
      if (o && o.type === 'mrkdwn' && typeof o.text === 'string') texts.push(o.text);
      return value;
    });
    expect(texts.length).toBeGreaterThan(4);
    for (const text of texts) {
      expect(text).not.toMatch(/<!|<@|<https:\/\/evil/);
      // Every `<` left opens a link this package built, to a host it was given.
      for (const open of text.match(/<[^>]*>/g) ?? []) {
        expect(open).toMatch(/^<https:\/\/(github\.com|argocd\.example\.com)\/[^|<>\s]*\|[^<>]*>$/);
      }
    }
    const fields = JSON.stringify(got.json);
    expect(fields).toContain('&lt;!channel&gt; api');
    expect(fields).toContain('&lt;https://evil.example|click me&gt;');
    expect(fields).toContain('a &amp; b &gt; c');
    expect(fields).toContain('prod ::error::forged');
    expect(fields).toContain('runs/9?a=1&amp;b=%7Cx%3Ey|Workflow run>');
  });

  it('(14.5) cannot forge a workflow command in the log', async () => {
    const p = ports();
    receiver.fail({ kind: 'slack-error', code: 'invalid_payload' });
    await notify(request({}, hostile), p);
    expect(parseWorkflowCommands(p.lines.join('\n')).map((c) => c.command)).toEqual(['warning']);
  });

  it('(14.5) long values are cut inside Slack limits', async () => {
    const long = 'x'.repeat(5000);
    await notify(
      request({}, { service: long, environment: '&'.repeat(3000), message: `${'<'.repeat(4000)}` }),
      ports(),
    );
    const got = receiver.requests[0]!;
    expect(got.problems).toEqual([]);
    expect(got.status).toBe(200);
  });
});

describe('(14.5) generic JSON webhook', () => {
  it('(14.5) posts the facts as JSON with the given headers', async () => {
    const p = ports();
    const result = await notify(
      {
        ...request({}, { message: 'multi\nline <!here>' }),
        slack: undefined,
        webhook: {
          url: receiver.webhookUrl,
          headers: { Authorization: 'Bearer hook-token-0123456789', 'X-Team': 'platform' },
          input: 'webhook-url',
        },
      },
      p,
    );
    expect(result).toEqual({ slack: 'skipped', webhook: 'sent' });
    const [got] = receiver.requests;
    expect(got).toMatchObject({ target: 'webhook', status: 204 });
    expect(got!.headers).toMatchObject({
      authorization: 'Bearer hook-token-0123456789',
      'x-team': 'platform',
      'content-type': 'application/json',
    });
    expect(got!.json).toEqual({
      status: 'success',
      event: 'deploy',
      service: 'api',
      environment: 'prod',
      image: 'ghcr.io/acme/api',
      tag: '1.4.2',
      digest: BASE.digest,
      gitopsCommit: BASE.gitopsCommit,
      gitopsRepository: 'acme/gitops',
      pullRequestUrl: BASE.pullRequestUrl,
      argocdUrl: BASE.argocdUrl,
      runUrl: BASE.runUrl,
      message: 'multi\nline <!here>',
      repository: 'acme/api',
      sha: BASE.sha,
      timestamp: '2025-05-01T12:00:00.000Z',
    });
  });

  it('(14.5) a refused token is a warning pointing at the headers', async () => {
    const p = ports();
    const result = await notify(
      {
        ...request(),
        slack: undefined,
        webhook: { url: receiver.webhookUrl, headers: {}, input: 'webhook-url' },
      },
      p,
    );
    expect(result.webhook).toBe('failed');
    expect(warnings(p.lines)[0]!.message).toContain('answered 401');
    expect(warnings(p.lines)[0]!.message).toContain('Check the headers given with webhook-url.');
  });

  it('(14.5) sends to both at once; one failing does not stop the other', async () => {
    receiver.fail({ kind: 'slack-error', code: 'channel_is_archived' });
    const result = await notify(
      {
        ...request(),
        webhook: {
          url: receiver.webhookUrl,
          headers: { Authorization: 'Bearer hook-token-0123456789' },
          input: 'webhook-url',
        },
      },
      ports(),
    );
    expect(result.webhook).toBe('sent');
    expect(result.slack).toBe('failed');
  });

  it('(14.5) nothing given: both skipped, nothing sent', async () => {
    const result = await notify({ ...request(), slack: undefined }, ports());
    expect(result).toEqual({ slack: 'skipped', webhook: 'skipped' });
    expect(receiver.requests).toEqual([]);
  });
});
