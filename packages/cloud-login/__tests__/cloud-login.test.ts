import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger, type Logger } from '@gitops-actions/kit';
import type { AwsPorts } from '@gitops-actions/aws';
import {
  loginToCloud,
  undoCloudLogin,
  type CloudCleanup,
  type CloudLoginPorts,
} from '@gitops-actions/cloud-login';
import { startOidcProvider, type OidcProvider } from '@gitops-actions/standin-aws';
import { startAcrServer, startEntraServer } from '@gitops-actions/standin-azure';
import { startGcpStandIn } from '@gitops-actions/standin-gcp';

const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github';
const POOL = 'iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github';
const SA = 'ci-pusher@acme-prod.iam.gserviceaccount.com';
const GAR = 'europe-west1-docker.pkg.dev';
const CLIENT = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const ACR = 'acmeregistry.azurecr.io';

let oidc: OidcProvider;
let dir: string;
beforeAll(async () => {
  oidc = await startOidcProvider({ repository: 'acme/app', ref: 'refs/heads/main' });
});
afterAll(() => oidc.close());
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cloud-login-'));
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

const noAws: AwsPorts = {
  assumeRoleWithWebIdentity: () => Promise.reject(new Error('not this provider')),
  getEcrAuthorizationTokens: () => Promise.reject(new Error('not this provider')),
};

function ports(logged: string[] = []): CloudLoginPorts {
  const log: Logger = { ...silentLogger, info: (t: string) => void logged.push(t) };
  return {
    aws: noAws,
    log,
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      DOCKER_CONFIG: path.join(dir, 'docker'),
    },
    fetch: globalThis.fetch,
    clock: { now: () => Date.now(), sleep: () => Promise.resolve() },
    secrets: { add: () => undefined },
  };
}

const auths = (): Record<string, { auth: string }> =>
  (
    JSON.parse(readFileSync(path.join(dir, 'docker', 'config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>;
    }
  ).auths;

describe('loginToCloud', () => {
  it('(15.1) gcp: writes the credential files 0600 and the docker login, and the post step removes only them', async () => {
    const google = await startGcpStandIn({
      providers: [{ name: PROVIDER, issuer: oidc.issuer }],
      serviceAccounts: [
        { email: SA, workloadIdentityUsers: [`principalSet://${POOL}/attribute.repository/acme/app`] },
      ],
    });
    try {
      const seen: string[][] = [];
      const login = await loginToCloud(
        {
          provider: 'gcp',
          gcp: {
            workloadIdentityProvider: PROVIDER,
            serviceAccount: SA,
            registries: [GAR],
            stsEndpoint: google.stsUrl,
            iamEndpoint: google.iamUrl,
            credentialsDir: dir,
            inputNames: {
              workloadIdentityProvider: 'workload-identity-provider',
              serviceAccount: 'service-account',
              registries: 'gcp-registries',
              tokenLifetime: 'token-lifetime',
              audience: 'audience',
              stsEndpoint: 'gcp-sts-endpoint',
              iamEndpoint: 'gcp-iam-endpoint',
            },
          },
        },
        ports(),
        (c: CloudCleanup) => seen.push([...c.files, ...(c.dockerLogins?.logins.map((l) => l.host) ?? [])]),
      );
      const token = login.outputs['gcp-access-token']!;
      expect(google.issued.get(token)?.email).toBe(SA);
      expect(login.outputs['registry']).toBe(GAR);
      const credentials = login.environment['GOOGLE_APPLICATION_CREDENTIALS']!;
      expect(login.cleanup.files).toContain(credentials);
      for (const file of login.cleanup.files) expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(credentials, 'utf8'))).toMatchObject({ type: 'external_account' });
      expect(Buffer.from(auths()[GAR]!.auth, 'base64').toString()).toBe(`oauth2accesstoken:${token}`);
      // Every file was announced before it was written, the login once it was.
      expect(seen.at(-1)).toEqual([...login.cleanup.files, GAR]);

      // Someone else's login beside ours survives the post step.
      const config = JSON.parse(readFileSync(path.join(dir, 'docker', 'config.json'), 'utf8')) as {
        auths: Record<string, unknown>;
      };
      config.auths['ghcr.io'] = { auth: 'b3RoZXI6bG9naW4=' };
      writeFileSync(path.join(dir, 'docker', 'config.json'), JSON.stringify(config));
      const logged: string[] = [];
      await undoCloudLogin(login.cleanup, { info: (t) => void logged.push(t) });
      for (const file of login.cleanup.files) expect(existsSync(file)).toBe(false);
      expect(Object.keys(auths())).toEqual(['ghcr.io']);
      expect(logged.at(-1)).toBe(
        `Removed the logins for ${GAR} from ${path.join(dir, 'docker', 'config.json')}`,
      );
    } finally {
      await google.close();
    }
  });

  it('(15.1) azure: logs in to ACR through the same docker-config path and writes no file', async () => {
    const entra = await startEntraServer({
      apps: [
        {
          clientId: CLIENT,
          tenantId: TENANT,
          federatedCredentials: [
            {
              issuer: oidc.issuer,
              subject: 'repo:acme/app:ref:refs/heads/main',
              audiences: ['api://AzureADTokenExchange'],
            },
          ],
        },
      ],
    });
    const acr = await startAcrServer({
      registries: [{ host: ACR, tenantId: TENANT, pushers: [CLIENT] }],
      entra,
    });
    try {
      const login = await loginToCloud(
        {
          provider: 'azure',
          azure: {
            clientId: CLIENT,
            tenantId: TENANT,
            registries: [ACR],
            authorityHost: entra.url,
            acrEndpoint: acr.url,
            inputNames: {
              clientId: 'azure-client-id',
              tenantId: 'azure-tenant-id',
              registries: 'acr-registries',
              audience: 'audience',
              authorityHost: 'azure-authority-host',
            },
          },
        },
        ports(),
      );
      expect(login.cleanup.files).toEqual([]);
      expect(login.environment).toMatchObject({ AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT });
      const [user, password] = Buffer.from(auths()[ACR]!.auth, 'base64').toString().split(':');
      expect(user).toBe('00000000-0000-0000-0000-000000000000');
      expect(acr.issued.has(password!)).toBe(true);
      expect(login.outputs['azure-access-token']).toBeTruthy();
    } finally {
      await Promise.all([entra.close(), acr.close()]);
    }
  });
});
