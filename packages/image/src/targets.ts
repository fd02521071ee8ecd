import { ActionError } from '@gitops-actions/kit';
import { registryKindOf, type ImageName, type RegistryKind } from '@gitops-actions/registry';
import { checkEcrTarget } from './ecr.js';

/** How oidc-login is told to log in to a cloud's registry, for the hint that sends a person there. */
const CLOUD_LOGIN: Record<'gar' | 'acr', { name: string; fix: (host: string) => string }> = {
  gar: {
    name: 'Artifact Registry',
    fix: (host) => `Run oidc-login with provider: gcp and gcp-registries: ${host}`,
  },
  acr: {
    name: 'ACR',
    fix: (host) => `Run oidc-login with provider: azure and acr-registries: ${host}`,
  },
};

/**
 * Before anything is built, compares the image's registry with the logins this job has: a push to a cloud
 * registry without its login fails late (a 401 after the whole build) and says nothing of which login is
 * missing. `kind` is the caller's `registry` input; with `auto`, only a login for another host of the same
 * cloud is taken as a sign of a mistake, since a credential store may hold a login the config does not list.
 */
export function checkRegistryTarget(
  kind: RegistryKind | 'auto',
  image: ImageName,
  env: NodeJS.ProcessEnv,
  loginHosts: string[],
  explicitLogin: boolean,
): void {
  const actual = registryKindOf(image.registry);
  if (actual === 'ecr') return checkEcrTarget(image, env, loginHosts, explicitLogin);
  if ((actual !== 'gar' && actual !== 'acr') || explicitLogin || loginHosts.includes(image.registry)) return;
  const cloud = CLOUD_LOGIN[actual];
  const others = loginHosts.filter((h) => registryKindOf(h) === actual);
  if (others.length === 0 && kind === 'auto') return;
  const found =
    others.length > 0
      ? `${cloud.name} logins only for ${others.join(', ')}`
      : `no login for ${image.registry}`;
  throw new ActionError(
    `check the ${cloud.name} registry`,
    `the image ${image.name} is on ${image.registry}, but the docker config has ${found}`,
    { hint: `${cloud.fix(image.registry)} (or give username and password).` },
  );
}
