import type { ExecResult } from '@gitops-actions/kit';
import { parseImageName, type ImageName } from '@gitops-actions/registry';
import { registryCacheTo, selectBuilder } from '@gitops-actions/image';

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

describe('buildx build with cache: registry', () => {
  it('passes --cache-from and --cache-to with image-manifest=true for an ECR image', async () => {
    const calls: string[][] = [];
    const ok: ExecResult = { code: 0, stdout: '', stderr: '' };
    const builder = await selectBuilder('buildx', async (command, args) => {
      calls.push([command, ...args]);
      return ok;
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
      cache: image(ECR),
    });
    const build = calls.find((c) => c[2] === 'build') ?? [];
    const after = (flag: string) => build[build.indexOf(flag) + 1];
    expect(after('--cache-from')).toBe(`type=registry,ref=${ECR}:buildcache`);
    expect(after('--cache-to')).toBe(
      `type=registry,ref=${ECR}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
    );
    expect(build.at(-1)).toBe('/src');
  });
});
