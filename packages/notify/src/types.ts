import type { Clock, Logger } from '@gitops-actions/kit';

export const STATUSES = ['success', 'failure', 'cancelled', 'started'] as const;
export type NotifyStatus = (typeof STATUSES)[number];

export const EVENTS = ['deploy', 'promotion-opened', 'promotion-merged', 'wait', 'rollback'] as const;
export type NotifyEvent = (typeof EVENTS)[number];

/**
 * What happened, as the workflow tells it. Every string is outside text (a branch name, a tag, a
 * commit message): the Slack message escapes it, the JSON carries it as data.
 */
export interface Notification {
  status: NotifyStatus;
  event: NotifyEvent;
  service: string;
  environment: string;
  image: string;
  tag: string;
  digest: string;
  /** A commit SHA, or ''. */
  gitopsCommit: string;
  /** `owner/name`, or ''. */
  gitopsRepository: string;
  pullRequestUrl: string;
  argocdUrl: string;
  runUrl: string;
  message: string;
  /** GITHUB_SERVER_URL, to link the GitOps commit. */
  serverUrl: string;
  /** GITHUB_REPOSITORY and GITHUB_SHA: the run that sends the notification. */
  repository: string;
  sha: string;
}

/** Where one notification goes; `url` is a secret (a Slack webhook URL is its own credential). */
export interface NotifyTarget {
  url: string;
  /** Extra request headers (`Authorization: …`); their values are secrets too. */
  headers: Record<string, string>;
  /** The caller's input naming the URL, for the warning. */
  input: string;
}

export interface NotifyRequest {
  notification: Notification;
  slack?: NotifyTarget;
  webhook?: NotifyTarget;
  /** How long one target may take, retries included. */
  timeoutMs: number;
}

export interface NotifyPorts {
  log: Logger;
  clock: Clock;
  random?: () => number;
  fetch?: typeof fetch;
}

export type DeliveryOutcome = 'sent' | 'failed' | 'skipped';

export interface NotifyResult {
  slack: DeliveryOutcome;
  webhook: DeliveryOutcome;
}
