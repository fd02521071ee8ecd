import { InputError } from './errors.js';
import type { InputReader } from './inputs.js';
import { LINE_BREAKING, shown } from './outside-text.js';

// The rules of `git check-ref-format --branch`, each with the reason a person can act on.
const BRANCH_RULES: [RegExp, string][] = [
  // eslint-disable-next-line no-control-regex
  [/[\u0000-\u0020\u007f]/, 'holds a space or a control character'],
  [/[~^:?*[\\]/, 'holds one of ~ ^ : ? * [ \\'],
  [/\.\./, "holds '..'"],
  [/@\{/, "holds '@{'"],
  [/^-/, "starts with '-'"],
  [/^\/|\/$|\/\//, "starts or ends with '/', or holds '//'"],
  [/(^|\/)\./, "has a part starting with '.'"],
  [/\.lock(\/|$)|\.$/, "has a part ending with '.lock', or ends with '.'"],
  [/^(@|HEAD)$/, 'is reserved by git'],
];

/** A git branch name as `git check-ref-format --branch` would accept it (`refs/heads/` stripped). */
export function branchInput(input: string, value: string): string {
  const name = value.replace(/^refs\/heads\//, '');
  if (name === '') throw new InputError(input, 'is an empty branch name');
  const broken = BRANCH_RULES.find(([rule]) => rule.test(name));
  if (broken) throw new InputError(input, `${shown(value)} is not a valid branch name: it ${broken[1]}`);
  return name;
}

/** Repository-relative, normalized, and unable to leave the repository. */
export function repoPathInput(input: string, value: string): string {
  const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '');
  if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized)) {
    throw new InputError(input, `${shown(value)} is absolute; give paths relative to the repository root`);
  }
  const parts = normalized.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..'))
    throw new InputError(input, `${shown(value)} leaves the repository ('..' is not allowed)`);
  if (parts.length === 0 || parts[0] === '.git')
    throw new InputError(input, `${shown(value)} is not a file in the repository`);
  return parts.join('/');
}

/** `owner/name` as GitHub spells repository names. */
export function fullNameInput(input: string, value: string): string {
  const name = value.replace(/\.git$/, '');
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(name)) {
    throw new InputError(input, `must be owner/name, got ${shown(value)}`);
  }
  return name;
}

/**
 * A GitOps repository given as `owner/name` (on `serverUrl`) or as a full git URL. `repository` is
 * the `owner/name` when the repository lives on `serverUrl` (for links and the API), else null.
 */
export function gitRepositoryInput(
  input: string,
  value: string,
  serverUrl: string,
  tokenInput: string,
): { url: string; repository: string | null } {
  if (/^(https?|file):\/\//i.test(value)) {
    refuseCredentials(input, value, tokenInput);
    const withoutGit = value.replace(/\.git$/, '');
    const onServer = withoutGit.startsWith(`${serverUrl}/`) ? withoutGit.slice(serverUrl.length + 1) : null;
    return { url: value, repository: onServer && /^[^/]+\/[^/]+$/.test(onServer) ? onServer : null };
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) {
    throw new InputError(
      input,
      `must be owner/name or a https://, http:// or file:// URL, got ${shownUrl(value)}`,
    );
  }
  const repository = value.replace(/\.git$/, '');
  return { url: `${serverUrl}/${repository}.git`, repository };
}

/**
 * The `username`/`password` pair of a registry login: both or neither. On ghcr.io they default to the
 * workflow's actor and GITHUB_TOKEN, which is what pushing a package of the same repository needs; when
 * those are not in the environment and neither input is set, there is no login here and the docker config's
 * logins (docker/login-action's, say) are used.
 */
export function registryLoginInputs(
  raw: InputReader,
  registry: string,
  env: NodeJS.ProcessEnv,
): { username: string; password: string } {
  const givenUsername = raw.string('username');
  const givenPassword = raw.secret('password');
  const isGhcr = registry === 'ghcr.io';
  const username = givenUsername || (isGhcr ? (env['GITHUB_ACTOR'] ?? '') : '');
  const password = givenPassword || (isGhcr ? (env['GITHUB_TOKEN'] ?? '') : '');
  if (username && password) return { username, password };
  if (!givenUsername && !givenPassword) return { username: '', password: '' };
  throw new InputError(
    givenUsername ? 'password' : 'username',
    'is required when the other of username/password is given',
  );
}

/**
 * How a repository is written to: `auto` is the API for `owner/name` (a repository on GITHUB_SERVER_URL)
 * and git for an explicit git URL, which may be any git server.
 */
export function gitTransportInput(
  input: string,
  choice: 'auto' | 'git' | 'api',
  repository: { value: string; fullName: string | null },
): 'git' | 'api' {
  if (choice === 'auto') return /^(https?|file):\/\//i.test(repository.value) ? 'git' : 'api';
  if (choice === 'api' && !repository.fullName) {
    throw new InputError(
      input,
      `api needs the repository as owner/name on GITHUB_SERVER_URL, got ${shown(repository.value)}; use git for other servers`,
    );
  }
  return choice;
}

/** The REST API of GITHUB_SERVER_URL: the runner says it; outside a runner, GHES serves it at /api/v3. */
export function githubApiUrl(env: NodeJS.ProcessEnv, serverUrl: string): string {
  const given = env['GITHUB_API_URL'];
  if (given) return given.replace(/\/+$/, '');
  return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}

/** GITHUB_SERVER_URL without a trailing slash; github.com outside a runner. */
export const githubServerUrl = (env: NodeJS.ProcessEnv): string =>
  (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');

/**
 * Whether a URL holds userinfo. A pasted token may hold `/` (base64), which ends the authority for a
 * URL parser, so `user:to/ken@host` counts too, not only what `new URL` would call a username.
 */
function holdsCredentials(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@|[^@]*:[^@]*@)/i.test(value);
}

/** A URL-like value echoed in a message: whatever precedes an `@` after the scheme is dropped. */
function shownUrl(value: string): string {
  return shown(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i, '$1…@'));
}

/**
 * Credentials in a URL would reach git's argv, error messages and logs in encodings the runner
 * does not mask (`%40` for `@`), so a URL input holding them is refused and the token sent where it
 * belongs.
 */
function refuseCredentials(input: string, value: string, tokenInput: string): void {
  if (holdsCredentials(value)) {
    throw new InputError(
      input,
      `holds credentials (user:token@); give the URL without them and the token in '${tokenInput}', which is masked and never put in a URL`,
    );
  }
}

/**
 * An http(s) base URL without a trailing slash; `https://` is assumed when no scheme is given.
 * Refused: other schemes, whitespace or control characters, and credentials (the token has its input).
 */
export function httpUrlInput(
  input: string,
  value: string,
  opts: { tokenInput: string; example: string },
): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  refuseCredentials(input, withScheme, opts.tokenInput);
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) {
    throw new InputError(
      input,
      `${shownUrl(value)} holds whitespace or a control character; expected a URL such as ${opts.example}`,
    );
  }
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new InputError(input, `${shownUrl(value)} is not a valid URL (expected ${opts.example})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, `must use https:// (or http://), got ${shown(url.protocol)}`);
  }
  return url.toString().replace(/\/+$/, '');
}

/**
 * A path, an image reference or a registry: one line without control characters. Such a value goes
 * into argv and into messages, where a line break or an escape would forge log lines.
 */
export function oneLineInput(input: string, value: string): string {
  if (LINE_BREAKING.test(value)) {
    throw new InputError(input, `${shown(value)} holds a line break or a control character`);
  }
  return value;
}

/**
 * An http(s) URL template such as a download mirror's (`…/v{version}/{asset}`): only the given
 * placeholders, no credentials (`credentials` says what to do instead), and a valid URL once filled.
 * Kept as given: the parsed form would percent-encode the placeholders' braces.
 */
export function urlTemplateInput(
  input: string,
  value: string,
  opts: { placeholders: readonly string[]; example: string; credentials: string },
): string {
  if (!value) return '';
  if (holdsCredentials(value)) {
    throw new InputError(input, `holds credentials (user:token@); ${opts.credentials}`);
  }
  const unknown = value.match(/\{[^}]*\}/g)?.find((p) => !opts.placeholders.includes(p));
  if (unknown !== undefined) {
    throw new InputError(
      input,
      `has unknown placeholder ${shown(unknown)}; use ${opts.placeholders.join(', ')}`,
    );
  }
  httpUrlInput(input, value, { tokenInput: input, example: opts.example });
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
}

/** The `host[:port]` a URL names, for messages; the URL without userinfo when it names none (file://). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || displayUrl(url);
  } catch {
    return displayUrl(url);
  }
}

/** A URL fit for a message: userinfo, query and fragment dropped (they are where tokens hide). */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i, '$1');
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The origin of a service the job's OIDC token is sent to (a token exchange, an authority): https, or
 * http on loopback only, since a token sent in the clear elsewhere is a token given away; no path,
 * query or credentials, because the endpoints' paths are the documented ones.
 */
export function tokenOriginInput(input: string, value: string, example: string): string {
  const url = new URL(httpUrlInput(input, value.trim(), { tokenInput: input, example }));
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new InputError(
      input,
      `must use https:// (the job's token is sent there), got ${shown(`http://${url.host}`)}`,
    );
  }
  if (url.search || url.hash || url.pathname !== '/') {
    throw new InputError(input, `must be the origin only (e.g. ${example}), got ${shown(value)}`);
  }
  return url.origin;
}
