import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { basicAuth, type Logger } from '@gitops-actions/kit';

export interface RegistryCredentials {
  username: string;
  password: string;
  /** Where they came from, for error messages (never the value). */
  source: string;
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`: where docker, and oidc-login, keep logins. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['DOCKER_CONFIG'] || join(env['HOME'] || homedir(), '.docker'), 'config.json');
}

/** Auth files in the order podman/buildah read them: REGISTRY_AUTH_FILE, then the docker config. */
export function authFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env['REGISTRY_AUTH_FILE'], dockerConfigPath(env)].filter((f): f is string => Boolean(f));
}

/** The stored login for `host` (`auths[host].auth`, base64 `user:password`), or null. */
export function readStoredCredentials(
  host: string,
  env: NodeJS.ProcessEnv = process.env,
): RegistryCredentials | null {
  for (const file of authFiles(env)) {
    if (!existsSync(file)) continue;
    let config: { auths?: Record<string, { auth?: string }> };
    try {
      config = JSON.parse(readFileSync(file, 'utf8')) as typeof config;
    } catch {
      continue;
    }
    const entry = config.auths?.[host] ?? config.auths?.[`https://${host}`];
    if (!entry?.auth) continue;
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) continue;
    return {
      username: decoded.slice(0, colon),
      password: decoded.slice(colon + 1),
      source: `the login for ${host} in ${file}`,
    };
  }
  return null;
}

/** What undoing one login needs, without the secret itself. */
export interface AddedLogin {
  host: string;
  /** sha256 of the `auth` value written, so a login replaced since then is left alone. */
  authHash: string;
}

/** What `addLogins` wrote where: plain data, so a post step can undo it from saved state. */
export interface AddedLogins {
  path: string;
  logins: AddedLogin[];
}

type DockerConfig = { auths?: Record<string, { auth?: string }> } & Record<string, unknown>;

const hash = (auth: string): string => createHash('sha256').update(auth).digest('hex');

async function readConfig(path: string): Promise<DockerConfig> {
  if (!existsSync(path)) return {};
  const text = await readFile(path, 'utf8');
  if (text.trim() === '') return {};
  return JSON.parse(text) as DockerConfig;
}

async function writeConfig(path: string, config: DockerConfig): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}

/** Adds `auths[host].auth` entries, keeping everything else in the file (credHelpers, other logins). */
export async function addLogins(
  path: string,
  logins: Array<{ host: string; username: string; password: string }>,
): Promise<AddedLogins> {
  const config = await readConfig(path);
  const auths = (config.auths ??= {});
  const added = logins.map(({ host, username, password }) => {
    const auth = basicAuth(username, password);
    auths[host] = { ...auths[host], auth };
    return { host, authHash: hash(auth) };
  });
  await writeConfig(path, config);
  return { path, logins: added };
}

/** Removes exactly the entries `addLogins` wrote that still hold what it wrote; returns their hosts. */
export async function removeLogins({ path, logins }: AddedLogins): Promise<string[]> {
  if (!existsSync(path)) return [];
  const config = await readConfig(path);
  const removed: string[] = [];
  for (const { host, authHash } of logins) {
    const entry = config.auths?.[host];
    if (entry?.auth && hash(entry.auth) === authHash) {
      delete config.auths?.[host];
      removed.push(host);
    }
  }
  if (removed.length > 0) await writeConfig(path, config);
  return removed;
}

/**
 * The one way a cloud login reaches docker, podman and buildah: `auths` entries in the docker config
 * `env` points at, said in the log by host (never the secret), returned so a post step can undo them.
 */
export async function saveLogins(
  logins: Array<{ host: string; username: string; password: string }>,
  ports: { env: NodeJS.ProcessEnv; log: Pick<Logger, 'info'> },
): Promise<AddedLogins> {
  const path = dockerConfigPath(ports.env);
  const added = await addLogins(path, logins);
  ports.log.info(`Logged in to ${logins.map((r) => r.host).join(', ')} (written to ${path})`);
  return added;
}
