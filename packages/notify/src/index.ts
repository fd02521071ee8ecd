export {
  EVENTS,
  STATUSES,
  type DeliveryOutcome,
  type Notification,
  type NotifyEvent,
  type NotifyPorts,
  type NotifyRequest,
  type NotifyResult,
  type NotifyStatus,
  type NotifyTarget,
} from './types.js';
export { notify } from './notify.js';
export { deliver, RETRY_AFTER_CAP_MS } from './deliver.js';
export { slackMessage, SLACK_LIMITS, type SlackBlock, type SlackMessage } from './slack.js';
export { webhookPayload, type WebhookPayload } from './webhook.js';
export { mrkdwn, multiLine, oneLine, slackLink } from './text.js';
export {
  commitInput,
  digestInput,
  headerSecrets,
  linkInput,
  urlSecrets,
  webhookHeadersInput,
  webhookUrlInput,
} from './inputs.js';
