import { InputError, shown } from '@gitops-actions/kit';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A webhook URL: https, or http only to this machine (127.0.0.1, localhost, [::1]: a local relay or a
 * test). Any https host is accepted, not only hooks.slack.com, so Slack-compatible receivers
 * (Mattermost, a proxy) work. The URL is a secret: no message echoes it, not even in part, since the
 * error is printed before it can be masked.
 */
export function webhookUrlInput(input: string, value: string, example: string): string {
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, `is not a URL (expected ${example}); check the secret it comes from`);
  }
  if (url.username || url.password) {
    throw new InputError(input, 'holds credentials (user:password@); give them in headers instead');
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new InputError(
      input,
      `must use https:// (http:// only to 127.0.0.1 or localhost): the URL is a credential and travels in the clear over http, host ${shown(url.host)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, `must use https://, got ${shown(url.protocol)}`);
  }
  return url.href;
}

// RFC 9110 field-name: a token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Set by fetch itself or by this package; a caller's value would break the request. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'content-type']);

/**
 * Lines of `Name: value`. Values are secrets (an `Authorization` header), so no message echoes one,
 * nor a line that failed to parse; a message names the line by its number.
 */
export function webhookHeadersInput(input: string, text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!HEADER_NAME.test(name) || value === '') {
      throw new InputError(
        input,
        `line ${index + 1} is not \`Name: value\` (the line is not shown: it may hold a secret)`,
      );
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
      throw new InputError(
        input,
        `line ${index + 1} (${shown(name)}) holds a control character in its value`,
      );
    }
    if (RESERVED.has(name.toLowerCase())) {
      throw new InputError(input, `line ${index + 1} sets ${shown(name)}, which the request sets itself`);
    }
    if (Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase())) {
      throw new InputError(input, `line ${index + 1} sets ${shown(name)} a second time`);
    }
    headers[name] = value;
  });
  return headers;
}

/** The values of `headers` a log could show: each whole value, and its credential after a scheme word. */
export function headerSecrets(headers: Record<string, string>): string[] {
  return Object.values(headers).flatMap((v) => {
    const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(v)?.[1];
    return credential && credential.length >= 6 ? [v, credential] : [v];
  });
}

/** What the runner masks for a webhook URL: the URL, and its path and query, where Slack's secret is. */
export function urlSecrets(url: string): string[] {
  if (!url) return [];
  const { pathname, search, href } = new URL(url);
  const secretPart = `${pathname}${search}`;
  // A bare `/hook` is no secret; masking it would blank every mention of the word in the log.
  return secretPart.length >= 12 ? [url, href, secretPart] : [url, href];
}

/** A link given as an input (PR, Argo CD app, run): http(s), one line, no credentials, or ''. */
export function linkInput(input: string, value: string, example: string): string {
  if (value === '') return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (!url || !/^https?:$/.test(url.protocol) || /[\s\u0000-\u001f\u007f]/.test(value)) {
    throw new InputError(input, `must be an http(s) URL such as ${example}, got ${shown(value)}`);
  }
  if (url.username || url.password) {
    throw new InputError(input, 'holds credentials (user:password@); a link in a message must not');
  }
  return url.href;
}

/** A git commit SHA (7 to 64 hex digits), or ''. */
export function commitInput(input: string, value: string): string {
  if (value !== '' && !/^[0-9a-f]{7,64}$/i.test(value)) {
    throw new InputError(input, `must be a commit SHA (7 to 64 hex digits), got ${shown(value)}`);
  }
  return value.toLowerCase();
}

/** An OCI digest (`sha256:<64 hex>`, or another `algorithm:hex`), or ''. */
export function digestInput(input: string, value: string): string {
  if (value !== '' && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{32,}$/.test(value)) {
    throw new InputError(
      input,
      `must be an image digest such as sha256:<64 hex digits>, got ${shown(value)}`,
    );
  }
  return value;
}
