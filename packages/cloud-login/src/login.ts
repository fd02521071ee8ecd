import { rm, writeFile } from 'node:fs/promises';
import type { Logger } from '@gitops-actions/kit';
import type { OidcPorts } from '@gitops-actions/oidc';
import { loginToAws, renderAwsLoginSummary, type AwsLoginRequest, type AwsPorts } from '@gitops-actions/aws';
import type { AzureLoginRequest } from '@gitops-actions/azure';
import type { GcpLoginRequest } from '@gitops-actions/gcp';
import { removeLogins, saveLogins, type AddedLogins } from '@gitops-actions/registry';

export const PROVIDERS = ['aws', 'gcp', 'azure'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** One provider's login, already validated by the provider package's parsers. */
export type CloudLoginRequest =
  | { provider: 'aws'; aws: AwsLoginRequest }
  | { provider: 'gcp'; gcp: GcpLoginRequest }
  | { provider: 'azure'; azure: AzureLoginRequest };

export interface CloudLoginPorts extends OidcPorts {
  log: Logger;
  /** AWS's calls; the SDK behind them loads only when the provider is aws. */
  aws: AwsPorts;
}

/** What the post step removes: plain data, saved in the action's state. */
export interface CloudCleanup {
  files: string[];
  dockerLogins?: AddedLogins;
}

/** A login as every provider leaves it: what to export, what to output, what to undo. */
export interface CloudLogin {
  outputs: Record<string, string>;
  /** Variables the cloud's own tools read, for the caller to export (secret values already masked). */
  environment: Record<string, string>;
  cleanup: CloudCleanup;
  summary: string;
}

interface ProviderLogin {
  outputs: Record<string, string>;
  environment: Record<string, string>;
  files: Array<{ path: string; content: string }>;
  registries: Array<{ host: string; username: string; password: string }>;
  summary: string;
}

async function providerLogin(request: CloudLoginRequest, ports: CloudLoginPorts): Promise<ProviderLogin> {
  switch (request.provider) {
    case 'aws': {
      const r = await loginToAws(request.aws, ports);
      return {
        outputs: {
          'aws-account-id': r.accountId,
          'authenticated-arn': r.assumedRoleArn,
          expiration: r.expiration.toISOString(),
          registry: r.registries.map((l) => l.host).join('\n'),
        },
        environment: r.environment,
        files: [],
        registries: r.registries,
        summary: renderAwsLoginSummary(r),
      };
    }
    case 'gcp': {
      // Each cloud's code loads only for its provider: an AWS login starts as fast as before they existed.
      const { loginToGcp, renderGcpLoginSummary } = await import('@gitops-actions/gcp');
      const r = await loginToGcp(request.gcp, ports);
      return {
        outputs: {
          'gcp-access-token': r.accessToken,
          expiration: r.expiration.toISOString(),
          registry: r.registries.map((l) => l.host).join('\n'),
        },
        environment: r.environment,
        files: r.files,
        registries: r.registries,
        summary: renderGcpLoginSummary(r),
      };
    }
    case 'azure': {
      const { loginToAzure, renderAzureLoginSummary } = await import('@gitops-actions/azure');
      const r = await loginToAzure(request.azure, ports);
      return {
        outputs: {
          'azure-access-token': r.accessToken,
          expiration: r.expiration.toISOString(),
          registry: r.registries.map((l) => l.host).join('\n'),
        },
        environment: r.environment,
        files: [],
        registries: r.registries,
        summary: renderAzureLoginSummary(r),
      };
    }
  }
}

/**
 * The job's OIDC token → the provider's credentials → the files its tools read (mode 0600) and one
 * docker-config login per registry, written by the same path for every cloud. `onCleanup` hears of each
 * thing written as soon as it exists, so a failure half-way still leaves the post step a full list.
 */
export async function loginToCloud(
  request: CloudLoginRequest,
  ports: CloudLoginPorts,
  onCleanup: (cleanup: CloudCleanup) => void = () => undefined,
): Promise<CloudLogin> {
  const login = await providerLogin(request, ports);
  const cleanup: CloudCleanup = { files: [] };
  for (const file of login.files) {
    cleanup.files.push(file.path);
    onCleanup(cleanup);
    await writeFile(file.path, file.content, { mode: 0o600, flag: 'w' });
  }
  if (login.registries.length > 0) {
    cleanup.dockerLogins = await saveLogins(login.registries, ports);
    onCleanup(cleanup);
  }
  return { outputs: login.outputs, environment: login.environment, cleanup, summary: login.summary };
}

/** Removes what `loginToCloud` left, and only that; says what it removed. */
export async function undoCloudLogin(cleanup: CloudCleanup, log: Pick<Logger, 'info'>): Promise<void> {
  for (const file of cleanup.files) {
    await rm(file, { force: true });
    log.info(`Removed ${file}`);
  }
  if (!cleanup.dockerLogins) return;
  const removed = (await removeLogins(cleanup.dockerLogins)).join(', ');
  log.info(
    removed ? `Removed the logins for ${removed} from ${cleanup.dockerLogins.path}` : 'No logins to remove',
  );
}
