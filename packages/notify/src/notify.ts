import { shown } from '@gitops-actions/kit';
import { deliver } from './deliver.js';
import { slackMessage } from './slack.js';
import type { NotifyPorts, NotifyRequest, NotifyResult } from './types.js';
import { webhookPayload } from './webhook.js';

/**
 * Sends one notification to Slack and to the generic webhook, each when given, at the same time.
 * Never throws for a receiver's failure: each is one warning and the outcome `failed`, so a lost
 * notification never fails the deploy it reports.
 */
export async function notify(request: NotifyRequest, ports: NotifyPorts): Promise<NotifyResult> {
  const n = request.notification;
  const about = [n.service && `for ${shown(n.service)}`, n.environment && `in ${shown(n.environment)}`]
    .filter(Boolean)
    .join(' ');
  if (!request.slack && !request.webhook) {
    ports.log.info('No Slack or webhook URL was given: nothing to notify');
    return { slack: 'skipped', webhook: 'skipped' };
  }
  ports.log.info(`Notifying: ${n.event} ${n.status}${about ? ` ${about}` : ''}`);
  const [slack, webhook] = await Promise.all([
    request.slack
      ? deliver('Slack', request.slack, slackMessage(n), request.timeoutMs, ports)
      : Promise.resolve('skipped' as const),
    request.webhook
      ? deliver(
          'the webhook',
          request.webhook,
          webhookPayload(n, ports.clock.now()),
          request.timeoutMs,
          ports,
        )
      : Promise.resolve('skipped' as const),
  ]);
  return { slack, webhook };
}
