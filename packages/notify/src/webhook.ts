import type { Notification } from './types.js';

/** The generic webhook's JSON body: the facts as given (JSON carries them safely), and when. */
export interface WebhookPayload {
  status: string;
  event: string;
  service: string;
  environment: string;
  image: string;
  tag: string;
  digest: string;
  gitopsCommit: string;
  gitopsRepository: string;
  pullRequestUrl: string;
  argocdUrl: string;
  runUrl: string;
  message: string;
  repository: string;
  sha: string;
  /** ISO 8601, UTC. */
  timestamp: string;
}

export function webhookPayload(n: Notification, now: number): WebhookPayload {
  return {
    status: n.status,
    event: n.event,
    service: n.service,
    environment: n.environment,
    image: n.image,
    tag: n.tag,
    digest: n.digest,
    gitopsCommit: n.gitopsCommit,
    gitopsRepository: n.gitopsRepository,
    pullRequestUrl: n.pullRequestUrl,
    argocdUrl: n.argocdUrl,
    runUrl: n.runUrl,
    message: n.message,
    repository: n.repository,
    sha: n.sha,
    timestamp: new Date(now).toISOString(),
  };
}
