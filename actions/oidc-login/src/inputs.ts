import { InputError, shown, tokenOriginInput, type InputReader } from '@gitops-actions/kit';
import type { AwsLoginRequest } from '@gitops-actions/aws';
import { parseAcrHosts, parseAuthorityHost, parseGuid, type AzureLoginRequest } from '@gitops-actions/azure';
import { PROVIDERS, type CloudLoginRequest } from '@gitops-actions/cloud-login';
import {
  parseArtifactRegistryHosts,
  parseServiceAccount,
  parseTokenLifetime,
  parseWorkloadIdentityProvider,
  type GcpLoginRequest,
} from '@gitops-actions/gcp';

/** The action's inputs are exactly a login request for one provider. */
export type Inputs = CloudLoginRequest;

const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;

export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  const provider = raw.enum('provider', PROVIDERS, 'aws');
  if (provider === 'gcp') return { provider, gcp: gcpInputs(raw, env) };
  if (provider === 'azure') return { provider, azure: azureInputs(raw) };
  return { provider, aws: awsInputs(raw, env) };
}

function awsInputs(raw: InputReader, env: NodeJS.ProcessEnv): AwsLoginRequest {
  const roleArn = raw.string('role-to-assume', { required: true });
  const match = ROLE_ARN.exec(roleArn);
  if (!match) {
    throw new InputError(
      'role-to-assume',
      `${shown(roleArn)} is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`,
    );
  }
  const region = raw.string('aws-region', { required: true });
  if (!REGION.test(region))
    throw new InputError('aws-region', `${shown(region)} is not an AWS region (e.g. eu-west-1)`);
  const inputs: AwsLoginRequest = {
    roleArn,
    roleAccount: match[1] ?? '',
    region,
    audience: raw.string('audience') || 'sts.amazonaws.com',
    sessionName: sessionName(
      raw.string('role-session-name', { default: 'GitHubActions-{run_id}-{run_attempt}' }),
      env,
    ),
    durationSeconds: raw.integer('role-duration-seconds', { min: 900, max: 43200, default: 3600 }),
    ecrLogin: raw.boolean('ecr-login', true),
    registries: accounts(raw, 'registries'),
    allowedAccountIds: accounts(raw, 'allowed-account-ids'),
    maskAccountId: raw.boolean('mask-aws-account-id', false),
    inputNames: {
      region: 'aws-region',
      registries: 'registries',
      allowedAccountIds: 'allowed-account-ids',
      durationSeconds: 'role-duration-seconds',
      sessionName: 'role-session-name',
    },
  };
  checkAllowed(inputs);
  return inputs;
}

function accounts(raw: InputReader, name: string): string[] {
  const values = raw.list(name);
  const bad = values.find((v) => !ACCOUNT.test(v));
  if (bad !== undefined) throw new InputError(name, `${shown(bad)} is not a 12-digit AWS account ID`);
  return [...new Set(values)];
}

/** Refuse before any token leaves the runner when the inputs already name a forbidden account. */
function checkAllowed(inputs: AwsLoginRequest): void {
  if (inputs.allowedAccountIds.length === 0) return;
  const allowed = inputs.allowedAccountIds.join(', ');
  if (!inputs.allowedAccountIds.includes(inputs.roleAccount)) {
    throw new InputError(
      'role-to-assume',
      `is in account ${inputs.roleAccount}, which allowed-account-ids (${allowed}) does not allow`,
    );
  }
  const other = inputs.registries.find((r) => !inputs.allowedAccountIds.includes(r));
  if (other)
    throw new InputError(
      'registries',
      `names account ${other}, which allowed-account-ids (${allowed}) does not allow`,
    );
}

function sessionName(template: string, env: NodeJS.ProcessEnv): string {
  const values: Record<string, string> = {
    run_id: env['GITHUB_RUN_ID'] ?? '0',
    run_attempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
    repository: (env['GITHUB_REPOSITORY'] ?? '').replace(/\//g, '-'),
    job: env['GITHUB_JOB'] ?? '',
  };
  const name = template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
    throw new InputError(
      'role-session-name',
      `${shown(name)} must be 2–64 characters of letters, digits and + = , . @ _ -`,
    );
  }
  return name;
}

function gcpInputs(raw: InputReader, env: NodeJS.ProcessEnv): GcpLoginRequest {
  const lifetime = raw.string('token-lifetime');
  const endpoint = (name: string, example: string): string | undefined => {
    const value = raw.string(name);
    return value ? tokenOriginInput(name, value, example) : undefined;
  };
  return {
    workloadIdentityProvider: parseWorkloadIdentityProvider(
      'workload-identity-provider',
      raw.string('workload-identity-provider', { required: true }),
    ),
    serviceAccount: parseServiceAccount('service-account', raw.string('service-account')),
    registries: parseArtifactRegistryHosts('gcp-registries', raw.string('gcp-registries')),
    // Undefined, not the default, when not given: the package notes a lifetime set without a service account.
    tokenLifetimeSeconds: lifetime ? parseTokenLifetime('token-lifetime', lifetime) : undefined,
    audience: raw.string('audience') || undefined,
    stsEndpoint: endpoint('gcp-sts-endpoint', 'https://sts.googleapis.com'),
    iamEndpoint: endpoint('gcp-iam-endpoint', 'https://iamcredentials.googleapis.com'),
    credentialsDir: env['RUNNER_TEMP'] || undefined,
    inputNames: {
      workloadIdentityProvider: 'workload-identity-provider',
      serviceAccount: 'service-account',
      registries: 'gcp-registries',
      tokenLifetime: 'token-lifetime',
      audience: 'audience',
      stsEndpoint: 'gcp-sts-endpoint',
      iamEndpoint: 'gcp-iam-endpoint',
    },
  };
}

function azureInputs(raw: InputReader): AzureLoginRequest {
  const subscription = raw.string('azure-subscription-id');
  const authority = raw.string('azure-authority-host');
  return {
    clientId: parseGuid('azure-client-id', raw.string('azure-client-id', { required: true })),
    tenantId: parseGuid('azure-tenant-id', raw.string('azure-tenant-id', { required: true })),
    subscriptionId: subscription ? parseGuid('azure-subscription-id', subscription) : undefined,
    registries: parseAcrHosts('acr-registries', raw.list('acr-registries')),
    audience: raw.string('audience') || undefined,
    authorityHost: authority ? parseAuthorityHost('azure-authority-host', authority) : undefined,
    inputNames: {
      clientId: 'azure-client-id',
      tenantId: 'azure-tenant-id',
      registries: 'acr-registries',
      audience: 'audience',
      authorityHost: 'azure-authority-host',
    },
  };
}
