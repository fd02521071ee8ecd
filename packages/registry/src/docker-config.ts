import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

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
