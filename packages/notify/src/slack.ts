import type { Notification, NotifyEvent, NotifyStatus } from './types.js';
import { mrkdwn, multiLine, oneLine, plain, slackLink } from './text.js';

// Slack's documented Block Kit limits: a header's plain_text ≤ 150 characters, a section's text
// ≤ 3000, its fields ≤ 10 of ≤ 2000 each, a context's elements ≤ 10. Values are cut well inside them.
export const SLACK_LIMITS = { header: 150, sectionText: 3000, fields: 10, fieldText: 2000, context: 10 };
const VALUE_MAX = 200;
const MESSAGE_MAX = 2000;

const EMOJI: Record<NotifyStatus, string> = {
  success: ':white_check_mark:',
  failure: ':x:',
  cancelled: ':black_square_for_stop:',
  started: ':rocket:',
};
const VERB: Record<NotifyStatus, string> = {
  success: 'succeeded',
  failure: 'failed',
  cancelled: 'was cancelled',
  started: 'started',
};
const EVENT: Record<NotifyEvent, string> = {
  deploy: 'Deploy',
  'promotion-opened': 'Promotion opened',
  'promotion-merged': 'Promotion merged',
  wait: 'Rollout wait',
  rollback: 'Rollback',
};

interface TextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
}
export type SlackBlock =
  | { type: 'header'; text: TextObject }
  | { type: 'section'; text?: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] };

export interface SlackMessage {
  /** The fallback shown in notifications and where blocks cannot be. */
  text: string;
  blocks: SlackBlock[];
}

/** `deploy succeeded: api to prod`, the words the header and the fallback share. */
function headline(n: Notification): string {
  const what = [oneLine(n.service), oneLine(n.environment) && `to ${oneLine(n.environment)}`]
    .filter(Boolean)
    .join(' ');
  // promotion-opened reads as "Promotion opened …", not "Promotion opened succeeded".
  const verb = n.event.startsWith('promotion-') && n.status === 'success' ? '' : ` ${VERB[n.status]}`;
  return `${EVENT[n.event]}${verb}${what ? `: ${what}` : ''}`;
}

const field = (label: string, value: string): TextObject => ({
  type: 'mrkdwn',
  text: `*${label}*\n${value}`,
});
const short = (sha: string): string => sha.slice(0, 12);

function commitField(n: Notification): TextObject | undefined {
  if (!n.gitopsCommit) return undefined;
  const text = `\`${short(n.gitopsCommit)}\``;
  if (!n.gitopsRepository) return field('GitOps commit', text);
  const url = `${n.serverUrl}/${n.gitopsRepository}/commit/${n.gitopsCommit}`;
  return field('GitOps commit', slackLink(url, `${n.gitopsRepository}@${short(n.gitopsCommit)}`));
}

function fields(n: Notification): TextObject[] {
  const value = (v: string): string => mrkdwn(oneLine(v), VALUE_MAX);
  const digest = n.digest.replace(/^(\w+:)([0-9a-f]{12})[0-9a-f]*$/, '$1$2');
  const list = [
    n.service && field('Service', value(n.service)),
    n.environment && field('Environment', value(n.environment)),
    n.image && field('Image', value(n.image)),
    n.tag && field('Tag', value(n.tag)),
    digest && field('Digest', `\`${mrkdwn(digest, VALUE_MAX)}\``),
    commitField(n),
    n.pullRequestUrl && field('Pull request', slackLink(n.pullRequestUrl, prLabel(n.pullRequestUrl))),
  ];
  return list.filter((f): f is TextObject => Boolean(f)).slice(0, SLACK_LIMITS.fields);
}

/** `#42` for a pull request URL that ends in its number, else "Open". */
function prLabel(url: string): string {
  const number = /\/pull\/(\d+)\/?$/.exec(new URL(url).pathname)?.[1];
  return number ? `#${number}` : 'Open';
}

/** The Block Kit message: header (status and event), the facts as fields, the message, the links. */
export function slackMessage(n: Notification): SlackMessage {
  const title = headline(n);
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: plain(`${EMOJI[n.status]} ${title}`, SLACK_LIMITS.header),
        emoji: true,
      },
    },
  ];
  const facts = fields(n);
  if (facts.length) blocks.push({ type: 'section', fields: facts });
  const message = multiLine(n.message);
  if (message) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn(message, MESSAGE_MAX) } });
  const links = [
    n.argocdUrl && slackLink(n.argocdUrl, 'Argo CD app'),
    n.runUrl && slackLink(n.runUrl, 'Workflow run'),
  ].filter(Boolean);
  if (links.length)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join('  ·  ') }] });
  return { text: `${EMOJI[n.status]} ${mrkdwn(title, 300)}`, blocks };
}
