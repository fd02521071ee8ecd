import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError } from '@gitops-actions/kit';
import { parseImageName, type ImageName } from '@gitops-actions/registry';
import { checkEcrTarget, storedLoginHosts } from '@gitops-actions/image';

const image = (text: string): ImageName => {
  const parsed = parseImageName(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const ecr = image('123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/app');
const thrown = (fn: () => void): ActionError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('checkEcrTarget', () => {
  it('names both regions and the fix when AWS_REGION is another region', () => {
    const error = thrown(() => checkEcrTarget(ecr, { AWS_REGION: 'us-east-1' }, [], false));
    expect(error.operation).toBe('check the ECR registry');
    expect(error.message).toBe(
      'the image 123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/app is in region eu-west-1, but AWS_REGION is us-east-1 (the AWS session, e.g. from oidc-login, is for us-east-1)',
    );
    expect(error.hint).toBe(
      'Set aws-region: eu-west-1 in oidc-login, or push to 123456789012.dkr.ecr.us-east-1.amazonaws.com/acme/app.',
    );
    expect(
      thrown(() => checkEcrTarget(ecr, { AWS_DEFAULT_REGION: 'us-east-1' }, [], false)).message,
    ).toContain('but AWS_DEFAULT_REGION is us-east-1');
  });

  it('names both accounts and the fix when the docker config has ECR logins only for another account', () => {
    const error = thrown(() =>
      checkEcrTarget(
        ecr,
        { AWS_REGION: 'eu-west-1' },
        ['210987654321.dkr.ecr.eu-west-1.amazonaws.com'],
        false,
      ),
    );
    expect(error.message).toContain(
      'is in account 123456789012 (eu-west-1), but the docker config has ECR logins only for 210987654321.dkr.ecr.eu-west-1.amazonaws.com (account 210987654321)',
    );
    expect(error.hint).toMatch(/^Add registries: 123456789012 to oidc-login/);
  });

  it('points at the region when the same account is logged in elsewhere', () => {
    const error = thrown(() =>
      checkEcrTarget(ecr, {}, ['123456789012.dkr.ecr.us-east-1.amazonaws.com'], false),
    );
    expect(error.hint).toBe(
      'Run oidc-login with aws-region: eu-west-1, or push to 123456789012.dkr.ecr.us-east-1.amazonaws.com/acme/app.',
    );
  });

  it('lets matching, unknown and non-ECR cases through', () => {
    const host = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
    expect(() => checkEcrTarget(ecr, { AWS_REGION: 'eu-west-1' }, [host], false)).not.toThrow();
    expect(() => checkEcrTarget(ecr, {}, [], false)).not.toThrow();
    expect(() => checkEcrTarget(ecr, {}, ['ghcr.io'], false)).not.toThrow();
    // Explicit username/password bring their own token: nothing to compare.
    expect(() => checkEcrTarget(ecr, { AWS_REGION: 'us-east-1' }, [], true)).not.toThrow();
    expect(() =>
      checkEcrTarget(image('ghcr.io/acme/app'), { AWS_REGION: 'us-east-1' }, [host], false),
    ).not.toThrow();
  });
});

describe('storedLoginHosts', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ecr-hosts-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

  it('lists the hosts of REGISTRY_AUTH_FILE and the docker config, without scheme', async () => {
    await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { 'https://a.example': {} } }));
    await writeFile(path.join(dir, 'auth.json'), JSON.stringify({ auths: { 'b.example:5000': {} } }));
    expect(storedLoginHosts({ DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: path.join(dir, 'auth.json') })).toEqual(
      ['b.example:5000', 'a.example'],
    );
    expect(storedLoginHosts({ DOCKER_CONFIG: path.join(dir, 'missing') })).toEqual([]);
  });
});
