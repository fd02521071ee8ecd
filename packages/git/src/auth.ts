/**
 * Git credentials passed through the environment (GIT_CONFIG_COUNT/KEY/VALUE), never argv or
 * .git/config, so they cannot leak through `ps`, the clone left behind, or a remote URL.
 */
export function authEnv(url: string, token: string | undefined, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // The action's inputs stay out of git's environment: git reads none, one holds the token, and a
  // long one (an input of 130 KB) would make every spawn of git fail with E2BIG.
  const kept = Object.fromEntries(Object.entries(base).filter(([name]) => !/^INPUT_/i.test(name)));
  const env: NodeJS.ProcessEnv = {
    ...kept,
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    // A caller's GIT_TRACE_CURL or GIT_CURL_VERBOSE must not print the Authorization header.
    GIT_TRACE_REDACT: '1',
    // A server that accepts and then stalls (or never answers) ends the transfer after 30 s below
    // 1 KB/s, instead of holding the step until the job's own timeout. A caller's values win.
    GIT_HTTP_LOW_SPEED_LIMIT: base['GIT_HTTP_LOW_SPEED_LIMIT'] ?? '1000',
    GIT_HTTP_LOW_SPEED_TIME: base['GIT_HTTP_LOW_SPEED_TIME'] ?? '30',
  };
  const config: [string, string][] = [
    ['commit.gpgsign', 'false'],
    ['core.hooksPath', '/dev/null'],
  ];
  const origin = httpOrigin(url);
  if (token && origin) {
    // Scoped to the server's origin so the header is never sent to another host.
    config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: ${authorizationHeader(token)}`]);
  }
  let index = Number(base['GIT_CONFIG_COUNT'] ?? 0) || 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${index}`] = key;
    env[`GIT_CONFIG_VALUE_${index}`] = value;
    index++;
  }
  env['GIT_CONFIG_COUNT'] = String(index);
  return env;
}

function httpOrigin(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return new URL(url).origin;
}

/** The Authorization value git sends for the token (GitHub's documented form for HTTPS git). */
export function authorizationHeader(token: string): string {
  return `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
