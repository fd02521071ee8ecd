import { existsSync, readFileSync } from 'node:fs';
import { ActionError } from '@gitops-actions/kit';
import { authFiles, parseEcrHost, type ImageName } from '@gitops-actions/registry';

/**
 * The registry hosts that have a login in the auth files podman, buildah and docker read: a stored one
 * (`auths`) or a credential helper's (`credHelpers`, as `gcloud auth configure-docker` writes).
 */
export function storedLoginHosts(env: NodeJS.ProcessEnv): string[] {
  const hosts: string[] = [];
  for (const file of authFiles(env)) {
    if (!existsSync(file)) continue;
    try {
      const config = JSON.parse(readFileSync(file, 'utf8')) as {
        auths?: Record<string, unknown>;
        credHelpers?: Record<string, unknown>;
      };
      const names = [...Object.keys(config.auths ?? {}), ...Object.keys(config.credHelpers ?? {})];
      hosts.push(...names.map((h) => h.replace(/^https?:\/\//, '')));
    } catch {
      // An unreadable auth file holds no login we could compare against; the push reports it if it matters.
    }
  }
  return [...new Set(hosts)];
}

/**
 * An ECR image whose region or account does not match the AWS session oidc-login set up fails late and
 * opaquely (a 401 or "no basic auth credentials" after a whole build); this says which two disagree, before
 * anything is built. Explicit username/password skip it: the caller then brings their own ECR token.
 */
export function checkEcrTarget(
  image: ImageName,
  env: NodeJS.ProcessEnv,
  loginHosts: string[],
  explicitLogin: boolean,
): void {
  const target = parseEcrHost(image.registry);
  if (!target || explicitLogin) return;
  const regionVar = env['AWS_REGION'] ? 'AWS_REGION' : env['AWS_DEFAULT_REGION'] ? 'AWS_DEFAULT_REGION' : '';
  const region = regionVar ? (env[regionVar] ?? '') : '';
  if (region && region !== target.region) {
    throw new ActionError(
      'check the ECR registry',
      `the image ${image.name} is in region ${target.region}, but ${regionVar} is ${region} (the AWS session, e.g. from oidc-login, is for ${region})`,
      {
        hint: `Set aws-region: ${target.region} in oidc-login, or push to ${target.account}.dkr.ecr.${region}.amazonaws.com/${image.repository}.`,
      },
    );
  }
  if (loginHosts.includes(image.registry)) return;
  const others = loginHosts.filter((h) => parseEcrHost(h) !== null);
  if (others.length === 0) return;
  const accounts = [...new Set(others.map((h) => parseEcrHost(h)?.account))];
  const sameAccount = others.filter((h) => parseEcrHost(h)?.account === target.account);
  const fix =
    sameAccount.length > 0
      ? `Run oidc-login with aws-region: ${target.region}, or push to ${sameAccount[0]}/${image.repository}.`
      : `Add registries: ${target.account} to oidc-login (the role needs ecr:GetAuthorizationToken and push rights there), or assume a role in account ${target.account}.`;
  throw new ActionError(
    'check the ECR registry',
    `the image ${image.name} is in account ${target.account} (${target.region}), but the docker config has ECR logins only for ${others.join(', ')} (account ${accounts.join(', ')})`,
    { hint: fix },
  );
}
