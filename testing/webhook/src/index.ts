export { startWebhookReceiver } from './receiver.js';
export type {
  ReceivedRequest,
  ReceiverFault,
  SlackErrorCode,
  WebhookReceiver,
  WebhookReceiverOptions,
} from './receiver.js';
export { blockProblems } from './block-kit.js';
