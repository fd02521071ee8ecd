import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the post step needs to undo one login, without the secret itself. */
export interface AddedLogin {
  host: string;
  /** sha256 of the `auth` value written, so a login replaced since then is left alone. */
  authHash: string;
}

type DockerConfig = { auths?: Record<string, { auth?: string }> } & Record<string, unknown>;

const hash = (auth: string): string => createHash('sha256').update(auth).digest('hex');

function readConfig(path: string): DockerConfig {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return {};
  return JSON.parse(text) as DockerConfig;
}

function writeConfig(path: string, config: DockerConfig): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}

/** Adds `auths[host].auth` entries, keeping everything else in the file (credHelpers, other logins). */
export function addLogins(
  path: string,
  logins: Array<{ host: string; username: string; password: string }>,
): AddedLogin[] {
  const config = readConfig(path);
  const auths = (config.auths ??= {});
  const added = logins.map(({ host, username, password }) => {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    auths[host] = { ...auths[host], auth };
    return { host, authHash: hash(auth) };
  });
  writeConfig(path, config);
  return added;
}

/** Removes exactly the entries this action wrote and that still hold what it wrote. */
export function removeLogins(path: string, added: AddedLogin[]): string[] {
  if (!existsSync(path)) return [];
  const config = readConfig(path);
  const removed: string[] = [];
  for (const { host, authHash } of added) {
    const entry = config.auths?.[host];
    if (entry?.auth && hash(entry.auth) === authHash) {
      delete config.auths?.[host];
      removed.push(host);
    }
  }
  if (removed.length > 0) writeConfig(path, config);
  return removed;
}
