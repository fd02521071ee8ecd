// Property-based fuzzing of oidc-login (issue 12), main step then post step: hostile inputs; the
// runner's token endpoint, STS and ECR answering garbage (HTML, truncated JSON, 5xx, resets) or
// free text holding workflow commands; OIDC claims holding them, echoed in a refusal's explanation.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCommandFile, type ActionContext } from '@gitops-actions/kit';
import { awsSdk, type AwsPorts } from '@gitops-actions/aws';
import {
  fc,
  fuzzInputs,
  hostileAnswer,
  payload,
  refuse,
  runCampaign,
  startHostileServer,
  type CorruptedInputs,
  type FuzzCase,
  type HostileAnswer,
  type HostileServer,
  type InputRules,
} from '@gitops-actions/testkit';
import {
  startEcrServer,
  startOidcProvider,
  startStsServer,
  type EcrServer,
  type OidcProvider,
  type StsServer,
} from '@gitops-actions/standin-aws';
// An action is an entry point, not a library: its main.ts is run in process from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { post, run } from '../actions/oidc-login/src/main.js';

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci-deploy`;
const REGISTRY_PASSWORD = 'ecr-fuzz-registry-password-0123456789';

let dir: string;
let oidc: OidcProvider;
let sts: StsServer;
let ecr: EcrServer;
const proxies: Record<Target, HostileServer> = {} as Record<Target, HostileServer>;

type Target = 'oidc' | 'sts' | 'ecr';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fuzz-oidc-login-'));
  oidc = await startOidcProvider({ repository: 'acme/service' });
  const provider = oidc.issuer.replace(/^http:\/\//, '');
  sts = await startStsServer({
    issuers: [oidc.issuer],
    roles: [
      {
        arn: ROLE,
        maxSessionDuration: 43_200,
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${provider}` },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: {
                StringEquals: { [`${provider}:aud`]: 'sts.amazonaws.com' },
                StringLike: { [`${provider}:sub`]: 'repo:acme/service:*' },
              },
            },
          ],
        },
      },
    ],
  });
  ecr = await startEcrServer({
    region: 'eu-west-1',
    credentials: sts.issued,
    registry: { url: 'https://127.0.0.1:5999', password: REGISTRY_PASSWORD },
  });
  proxies.oidc = await startHostileServer({ upstream: oidc.issuer });
  proxies.sts = await startHostileServer({ upstream: sts.url });
  // ECR checks the SigV4 signature, which covers the Host header the SDK sent to the proxy.
  proxies.ecr = await startHostileServer({ upstream: ecr.url, preserveHost: true });
}, 60_000);

afterAll(async () => {
  await Promise.all([
    ...Object.values(proxies).map((p) => p.close()),
    oidc?.close(),
    sts?.close(),
    ecr?.close(),
  ]);
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const accounts = (v: string) =>
  v
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const badAccounts = (v: string) => accounts(v).some((a) => !/^\d{12}$/.test(a));
/** The session name template filled in as the action fills it on the fuzz runner. */
const sessionName = (v: string) =>
  (v || 'GitHubActions-{run_id}-{run_attempt}').replace(
    /\{(\w+)\}/g,
    (whole, key: string) =>
      ({ run_id: '1000000001', run_attempt: '1', repository: 'acme-service', job: 'fuzz' })[key] ?? whole,
  );

const RULES: InputRules = {
  'role-to-assume': {
    refuses: (v) => !/^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(v),
    values: fc
      .constantFrom(
        `arn:aws:iam::${ACCOUNT}:role/other`,
        'arn:aws:iam::210987654321:role/ci-deploy',
        `arn:aws:iam::${ACCOUNT}:role/a/../b`,
        `arn:aws:iam::${ACCOUNT}:user/ci`,
      )
      .map((value) => ({ value, secrets: [] })),
  },
  'aws-region': { refuses: (v) => !/^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(v) },
  audience: {},
  'role-session-name': { refuses: (v) => !/^[\w+=,.@-]{2,64}$/.test(sessionName(v)) },
  'role-duration-seconds': { refuses: refuse.integer(900, 43_200) },
  'ecr-login': { refuses: refuse.boolean },
  registries: {
    refuses: badAccounts,
    values: fc.constantFrom('999999999999', `${ACCOUNT},${ACCOUNT}`).map((value) => ({ value, secrets: [] })),
  },
  'allowed-account-ids': {
    refuses: (v) => badAccounts(v) || (accounts(v).length > 0 && !accounts(v).includes(ACCOUNT)),
    values: fc.constantFrom(ACCOUNT, '210987654321').map((value) => ({ value, secrets: [] })),
  },
  'mask-aws-account-id': { refuses: refuse.boolean },
  // (15.1) Another provider needs inputs this valid set leaves empty (workload-identity-provider,
  // azure-client-id), and no generated value is one: it must be refused before any token is asked for.
  provider: {
    refuses: (v) => v !== '' && v !== 'aws',
    values: fc.constantFrom('gcp', 'azure', 'AWS', 'aws,gcp').map((value) => ({ value, secrets: [] })),
  },
  // The other providers' inputs: ignored with provider aws, whatever they hold.
  ...Object.fromEntries(
    [
      'workload-identity-provider',
      'service-account',
      'gcp-registries',
      'token-lifetime',
      'gcp-sts-endpoint',
      'gcp-iam-endpoint',
      'azure-client-id',
      'azure-tenant-id',
      'azure-subscription-id',
      'acr-registries',
      'azure-authority-host',
    ].map((name) => [name, {}]),
  ),
};

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** STS's Query-protocol answers, well-formed XML whose text holds a payload. */
function stsAnswer(): fc.Arbitrary<HostileAnswer> {
  const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
  const error = fc
    .tuple(
      fc.constantFrom(400, 403, 500, 503),
      fc.constantFrom('AccessDenied', 'Throttling', 'ValidationError', 'InvalidIdentityToken', 'Odd'),
      payload(),
      fc.boolean(),
    )
    .map(([status, code, p, codeToo]): HostileAnswer => ({
      kind: 'text',
      status,
      contentType: 'text/xml',
      body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${xml(codeToo ? `${code}${p}` : code)}</Code><Message>${xml(`refused${p}`)}</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
    }));
  const success = fc.tuple(payload(), fc.boolean()).map(([p, inAccount]): HostileAnswer => ({
    kind: 'text',
    status: 200,
    contentType: 'text/xml',
    body:
      `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult>` +
      `<AssumedRoleUser><Arn>${xml(inAccount ? `arn:aws:sts::${p}:assumed-role/ci-deploy/s` : `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/s${p}`)}</Arn><AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser>` +
      `<Credentials><SessionToken>zQ7vFakeSessionToken0123</SessionToken><SecretAccessKey>zQ7vFakeSecretKey0123</SecretAccessKey>` +
      `<Expiration>2099-01-01T00:00:00Z</Expiration><AccessKeyId>ASIAFAKE0123</AccessKeyId></Credentials>` +
      `<Provider>${xml(`p${p}`)}</Provider></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>`,
  }));
  return fc.oneof(error, success);
}

type Drawn =
  | { kind: 'inputs'; g: CorruptedInputs }
  | { kind: 'answer'; target: Target; answer: HostileAnswer; times: number }
  | { kind: 'claims'; claim: 'sub' | 'ref' | 'environment' | 'job_workflow_ref' | 'aud'; text: string };

const answerFor = (target: Target): fc.Arbitrary<HostileAnswer> => {
  const poison = payload().map((p): HostileAnswer => ({
    kind: 'poison',
    payload: p,
    keys: ['message', 'proxyEndpoint', 'value'],
  }));
  const garbage = hostileAnswer({ hangs: false });
  return target === 'sts' ? fc.oneof(garbage, stsAnswer()) : fc.oneof(garbage, poison);
};

/** The case being run: secrets the action learns during the run (the ID token, STS's keys) join it. */
let current: FuzzCase | undefined;

/** The SDK calls, recording what they were given and got, so no form of it may be shown. */
const recordingAws: AwsPorts = {
  async assumeRoleWithWebIdentity(params) {
    current?.secrets.push(params.webIdentityToken);
    const role = await awsSdk.assumeRoleWithWebIdentity(params);
    const c = role.credentials;
    // Exported to GITHUB_ENV for later steps, which is the action's job; shown nowhere else.
    current?.exportedSecrets?.push(c.secretAccessKey, c.sessionToken);
    return role;
  },
  getEcrAuthorizationTokens: (credentials, region, ids) =>
    awsSdk.getEcrAuthorizationTokens(credentials, region, ids),
};

const entry = (ctx: ActionContext) => run(ctx, recordingAws);

it('oidc-login holds the properties of issue 12 on hostile inputs, answers and claims', async () => {
  const valid = { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1' };
  const cases: fc.Arbitrary<Drawn> = fc.oneof(
    { weight: 7, arbitrary: fuzzInputs(valid, RULES).map((g): Drawn => ({ kind: 'inputs', g })) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom<Target>('oidc', 'sts', 'ecr')
        .chain((target) =>
          fc.record({
            target: fc.constant(target),
            answer: answerFor(target),
            // Every retryable failure costs a real backoff (up to 0.4–6 s): mostly once or twice.
            times: fc.constantFrom(1, 1, 2, 1000),
          }),
        )
        .map((a): Drawn => ({ kind: 'answer', ...a })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          claim: fc.constantFrom('sub', 'ref', 'environment', 'job_workflow_ref', 'aud'),
          text: payload().map((p) => `repo:acme/other:ref:refs/heads/x${p}`),
        })
        .map((c): Drawn => ({ kind: 'claims', ...c })),
    },
  );
  const env = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl.replace(oidc.issuer, proxies.oidc.url),
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    AWS_ENDPOINT_URL_STS: proxies.sts.url,
    AWS_ENDPOINT_URL_ECR: proxies.ecr.url,
    DOCKER_CONFIG: path.join(dir, 'docker'),
    AWS_ACCESS_KEY_ID: '',
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
    AWS_CONFIG_FILE: path.join(dir, 'no-config'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  const hosts = () => [
    ...Object.values(proxies).map((p) => p.host),
    new URL(oidc.issuer).host,
    new URL(sts.url).host,
    new URL(ecr.url).host,
  ];
  const secrets = () => [oidc.requestToken, REGISTRY_PASSWORD];
  const result = await runCampaign({
    action: 'oidc-login',
    entry,
    cases,
    prepare: (d) => {
      let fuzzCase: FuzzCase;
      if (d.kind === 'inputs') {
        fuzzCase = { ...d.g, env: env(), secrets: [...secrets(), ...d.g.secrets], hosts: hosts() };
      } else if (d.kind === 'claims') {
        oidc.claims = { [d.claim]: d.text };
        fuzzCase = {
          inputs: valid,
          env: env(),
          secrets: secrets(),
          hosts: hosts(),
          label: `the OIDC token's ${d.claim} claim is ${JSON.stringify(d.text)}`,
        };
      } else {
        let left = d.times;
        const proxy = proxies[d.target];
        proxy.answer = () => (left-- > 0 ? d.answer : { kind: 'pass' });
        fuzzCase = {
          inputs: valid,
          env: env(),
          secrets: secrets(),
          hosts: hosts(),
          label: `${d.target} answered ${JSON.stringify(d.answer).slice(0, 300)} ×${d.times}`,
        };
      }
      current = { ...fuzzCase, exportedSecrets: [] };
      return current;
    },
    cleanup: () => {
      oidc.claims = {};
      current = undefined;
      for (const proxy of Object.values(proxies)) proxy.reset();
    },
    post: { entry: post, state: (files) => parseCommandFile(files['GITHUB_STATE'] ?? '') },
    spec: { inputNames: Object.keys(RULES) },
  });
  console.log(`fuzz oidc-login: ${result.cases} cases in ${result.ms} ms (seed ${result.seed})`);
}, 600_000);
