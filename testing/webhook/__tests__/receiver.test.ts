// The receiver answers as Slack's incoming webhooks do, and refuses what Block Kit refuses, so a
// client test that passes against it sends what Slack would post.
import { startWebhookReceiver, type WebhookReceiver } from '@gitops-actions/standin-webhook';

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

async function post(body: string, url = receiver.slackUrl, type = 'application/json') {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
  return [response.status, await response.text()] as const;
}
const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text } });
const field = (text: string) => ({ type: 'mrkdwn', text });

describe('Slack incoming webhook stand-in', () => {
  it('answers 200 ok to a valid message', async () => {
    const blocks = [
      header('Deploy'),
      { type: 'section', fields: [field('*a*\nb')] },
      { type: 'context', elements: [field('<https://x.example|x>')] },
      { type: 'divider' },
    ];
    expect(await post(JSON.stringify({ text: 'hi', blocks }))).toEqual([200, 'ok']);
    expect(receiver.requests.at(-1)!.problems).toEqual([]);
  });

  it.each([
    ['a header over 150 characters', [header('x'.repeat(151))], /blocks\[0\]\.text\.text has 151 characters/],
    ['a mrkdwn header', [{ type: 'header', text: field('x') }], /must be plain_text/],
    ['11 fields', [{ type: 'section', fields: Array.from({ length: 11 }, () => field('x')) }], /1 to 10/],
    ['a field over 2000', [{ type: 'section', fields: [field('x'.repeat(2001))] }], /2001 characters/],
    ['section text over 3000', [{ type: 'section', text: field('x'.repeat(3001)) }], /3001 characters/],
    ['an empty section', [{ type: 'section' }], /neither text nor fields/],
    ['emoji on mrkdwn', [{ type: 'section', text: { ...field('x'), emoji: true } }], /emoji/],
    ['an unknown block', [{ type: 'banner' }], /not a block/],
  ])('answers 400 invalid_blocks to %s', async (_name, blocks, problem) => {
    expect(await post(JSON.stringify({ text: 'x', blocks }))).toEqual([400, 'invalid_blocks']);
    expect(receiver.requests.at(-1)!.problems.join('\n')).toMatch(problem);
  });

  it('answers 400 invalid_payload to a body that is not JSON, and no_text to one without text', async () => {
    expect(await post('{"text":')).toEqual([400, 'invalid_payload']);
    expect(await post('text=hi', receiver.slackUrl, 'application/x-www-form-urlencoded')).toEqual([
      400,
      'invalid_payload',
    ]);
    expect(await post('{"username":"bot"}')).toEqual([400, 'no_text']);
  });

  it('answers 404 no_service to another webhook path', async () => {
    expect(await post('{"text":"x"}', `${receiver.url}/services/T0/B0/wrong`)).toEqual([404, 'no_service']);
  });

  it("answers scripted faults with Slack's statuses", async () => {
    receiver.fail({ kind: 'slack-error', code: 'channel_is_archived' });
    receiver.fail({ kind: 'rate-limited', retryAfter: '2' });
    expect(await post('{"text":"x"}')).toEqual([410, 'channel_is_archived']);
    const limited = await fetch(receiver.slackUrl, { method: 'POST', body: '{"text":"x"}' });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
  });
});

describe('generic webhook stand-in', () => {
  it('demands its headers and a JSON object', async () => {
    const guarded = await startWebhookReceiver({ requiredHeaders: { authorization: 'Bearer t0123456789' } });
    try {
      expect((await fetch(guarded.webhookUrl, { method: 'POST', body: '{}' })).status).toBe(401);
      const ok = await fetch(guarded.webhookUrl, {
        method: 'POST',
        headers: { authorization: 'Bearer t0123456789', 'content-type': 'application/json' },
        body: '{"status":"success"}',
      });
      expect(ok.status).toBe(204);
      expect(guarded.requests.at(-1)!.json).toEqual({ status: 'success' });
    } finally {
      await guarded.close();
    }
  });
});
