// Every value in a Slack message is outside text. Slack's mrkdwn gives meaning to exactly three
// characters, `&`, `<` and `>` (links, mentions such as `<!channel>`, and their escapes), so those
// are escaped in every value, and a link is built only from a URL this package checked.

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;
const CONTROLS_BUT_NEWLINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;

/** A one-line value: line breaks, controls and bidi marks become one space. */
export function oneLine(value: string): string {
  return value.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Free text (the `message`): line breaks kept (CRLF as LF), every other control removed. */
export function multiLine(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_NEWLINE, ' ').trim();
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `value` escaped for mrkdwn and cut so the escaped text is at most `max` characters (an escape is
 * never split; `…` marks the cut). Slack counts what it receives, so the limit is on the escaped form.
 */
export function mrkdwn(value: string, max: number): string {
  return cutEscaped(
    [...value].map((c) => ESCAPES[c] ?? c),
    max,
  );
}

/**
 * `value` cut to `max` characters for a `plain_text` object. Slack shows plain_text as written, but
 * receivers that call themselves Slack-compatible may not: `<` and `>` become look-alikes, so no
 * reader of the text can take a value for a link or a mention.
 */
export function plain(value: string, max: number): string {
  return cutEscaped([...value.replace(/</g, '‹').replace(/>/g, '›')], max);
}

function cutEscaped(pieces: string[], max: number): string {
  const total = pieces.reduce((n, p) => n + p.length, 0);
  if (total <= max) return pieces.join('');
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/**
 * `<url|text>`: the URL was checked as http(s) and is written with `|`, `<`, `>` and whitespace
 * percent-encoded (so it cannot end the link or start another) and `&` escaped; the text is escaped.
 */
export function slackLink(url: string, text: string, maxText = 80): string {
  const target = url
    .replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/&/g, '&amp;');
  return `<${target}|${mrkdwn(text, maxText).replace(/\|/g, '¦')}>`;
}
