// Octokit as GitHub recommends running it in an action: `@actions/github` (proxy-aware, honours
// GITHUB_API_URL) plus the throttling plugin, so rate limits are waited out as GitHub asks. Other
// retries are RepoClient's, over the Clock: the retry plugin would also retry a name that does not
// resolve (Octokit reports any network failure as a 500), for 30 s, before saying "500".
import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { Logger } from '@gitops-actions/kit';
import { refuseNonJson } from './errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; `https://api.github.com` when unset. */
  baseUrl?: string;
  log: Logger;
  /** Extra attempts after a rate limit (throttling plugin). */
  retries?: number;
  /** Multiplier of retry delays in ms; tests of the source use a small value. */
  retryAfterBaseMs?: number;
  /** The limit on each request's answer; 30 s by default. */
  requestTimeoutMs?: number;
}

/**
 * The throttling plugin spaces every write 1 s apart (3 s for notifying ones) by default, meant
 * for bulk writers. An action makes fewer than ten writes per run, so they are only serialized
 * here; GitHub's `retry-after` answers still pace the client when a limit is actually hit.
 */
function writeGroups() {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

export function createClient(opts: ClientOptions): GitHubClient {
  const retries = opts.retries ?? 4;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      if (retryCount >= retries) {
        opts.log.warning(
          `GitHub ${kind} on ${options.method} ${options.url}: giving up after ${retryCount} retries`,
        );
        return false;
      }
      opts.log.info(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
      return true;
    };
  const baseUrl = (opts.baseUrl || process.env['GITHUB_API_URL'] || 'https://api.github.com').replace(
    /\/+$/,
    '',
  );
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl,
      log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.log.debug(m), error: () => {} },
      throttle: {
        ...writeGroups(),
        ...(opts.retryAfterBaseMs ? { retryAfterBaseValue: opts.retryAfterBaseMs } : {}),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    throttling,
  );
  octokit.hook.wrap('request', async (request, options) => {
    // Octokit sets no time limit: a host that accepts and never answers would hold the step until
    // the job's timeout. Each attempt gets one; RepoClient retries a timeout with backoff.
    const limit = AbortSignal.timeout(opts.requestTimeoutMs ?? 30_000);
    const given = options.request?.signal;
    options.request = { ...options.request, signal: given ? AbortSignal.any([given, limit]) : limit };
    const response = await request(options);
    refuseNonJson(response.status, response.headers, response.data, response.url);
    return response;
  });
  return octokit;
}
