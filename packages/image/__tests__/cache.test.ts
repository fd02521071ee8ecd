import type { ExecResult } from '@gitops-actions/kit';
import { parseImageName, type ImageName } from '@gitops-actions/registry';
import { ghaCacheUnavailable, registryCacheTo, selectBuilder, type BuildCache } from '@gitops-actions/image';

const image = (text: string): ImageName => {
  const parsed = parseImageName(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/app';

describe('registryCacheTo', () => {
  it('writes the cache as an OCI image manifest for ECR, which rejects the default cache index', () => {
    expect(registryCacheTo(image(ECR))).toBe(
      `type=registry,ref=${ECR}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
    );
  });

  it('keeps the default cache manifest for other registries', () => {
    expect(registryCacheTo(image('ghcr.io/acme/app'))).toBe(
      'type=registry,ref=ghcr.io/acme/app:buildcache,mode=max',
    );
  });
});

/** The argv each builder is given for a cache, through an exec that records instead of running. */
async function buildArgs(name: 'buildx' | 'docker' | 'buildah', cache: BuildCache): Promise<string[]> {
  const calls: string[][] = [];
  const ok: ExecResult = { code: 0, stdout: '', stderr: '' };
  const builder = await selectBuilder(name, (command, args) => {
    calls.push([command, ...args]);
    return Promise.resolve(ok);
  });
  await builder.build({
    context: '/src',
    file: '/src/Dockerfile',
    refs: [`${ECR}:1.0.0`],
    buildArgs: [],
    labels: [],
    platforms: [],
    target: '',
    timestamp: undefined,
    cache,
  });
  const build = calls.find((c) => c.includes('build') || c.includes('bud')) ?? [];
  expect(build.at(-1)).toBe('/src');
  return build;
}
const flag = (args: string[], name: string) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;

describe('buildx build with cache: registry', () => {
  it('passes --cache-from and --cache-to with image-manifest=true for an ECR image', async () => {
    const build = await buildArgs('buildx', { type: 'registry', image: image(ECR) });
    expect(flag(build, '--cache-from')).toBe(`type=registry,ref=${ECR}:buildcache`);
    expect(flag(build, '--cache-to')).toBe(
      `type=registry,ref=${ECR}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
    );
  });

  it('reads the registry cache with the classic docker builder and buildah, which cannot write one', async () => {
    const docker = await buildArgs('docker', { type: 'registry', image: image(ECR) });
    expect(flag(docker, '--cache-from')).toBe(ECR);
    expect(docker).not.toContain('--cache-to');
    const buildah = await buildArgs('buildah', { type: 'registry', image: image(ECR) });
    expect(flag(buildah, '--cache-from')).toBe(ECR);
    expect(buildah).toContain('--layers');
  });
});

describe('cache: gha', () => {
  it("gives buildx the image's own scope, mode=max, and never the runtime token", async () => {
    const build = await buildArgs('buildx', { type: 'gha', scope: 'acme/app' });
    expect(flag(build, '--cache-from')).toBe('type=gha,scope=acme/app');
    expect(flag(build, '--cache-to')).toBe('type=gha,scope=acme/app,mode=max,ignore-error=true');
    expect(build.join(' ')).not.toMatch(/token|url=/i);
  });

  it('adds no cache flags for the classic docker builder', async () => {
    const build = await buildArgs('docker', { type: 'gha', scope: 'acme/app' });
    expect(build.filter((a) => a.startsWith('--cache'))).toEqual([]);
  });

  it("names what is missing from the runner's environment", () => {
    expect(ghaCacheUnavailable({})).toBe('ACTIONS_RUNTIME_TOKEN is not set');
    expect(ghaCacheUnavailable({ ACTIONS_RUNTIME_TOKEN: 't' })).toMatch(/ACTIONS_RESULTS_URL/);
    expect(ghaCacheUnavailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://r/' })).toBeNull();
    expect(ghaCacheUnavailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'https://c/' })).toBeNull();
  });
});
