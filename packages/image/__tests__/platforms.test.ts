import type { ExecResult } from '@gitops-actions/kit';
import { selectBuilder } from '@gitops-actions/image';

const request = (platforms: string[]) => ({
  context: '/src',
  file: '/src/Dockerfile',
  refs: ['ghcr.io/acme/app:1.0.0', 'ghcr.io/acme/app:latest'],
  buildArgs: [],
  labels: [],
  platforms,
  target: '',
  timestamp: undefined,
  cache: undefined,
});

/** A builder whose commands are recorded and succeed, so its command lines can be read. */
async function recorded(name: 'buildx' | 'docker' | 'buildah') {
  const calls: string[][] = [];
  const ok: ExecResult = { code: 0, stdout: '', stderr: '' };
  const builder = await selectBuilder(name, (command, args) => {
    calls.push([command, ...args]);
    return Promise.resolve(ok);
  });
  calls.length = 0;
  return { builder, calls };
}

describe('several platforms', () => {
  it('refuses them with buildx and docker, which cannot keep a manifest list for the push, and runs nothing', async () => {
    for (const name of ['buildx', 'docker'] as const) {
      const { builder, calls } = await recorded(name);
      await expect(builder.build(request(['linux/amd64', 'linux/arm64']))).rejects.toThrow(
        /^'linux\/amd64', 'linux\/arm64' make a manifest list, which (buildx|docker) cannot keep/,
      );
      expect(calls).toEqual([]);
    }
  });

  it('builds one tagged image for a single platform, as before', async () => {
    const { builder, calls } = await recorded('buildah');
    await builder.build(request(['linux/arm64']));
    expect(calls).toHaveLength(1);
    const args = calls[0]!;
    expect(args.slice(0, 2)).toEqual(['buildah', 'bud']);
    expect(args.filter((a, i) => args[i - 1] === '-t')).toEqual([
      'ghcr.io/acme/app:1.0.0',
      'ghcr.io/acme/app:latest',
    ]);
    expect(args).not.toContain('--manifest');
  });

  it('pushes a manifest list whole with buildah', async () => {
    const { builder, calls } = await recorded('buildah');
    await builder.push({ ref: 'ghcr.io/acme/app:1.0.0', list: true, insecure: false, authFile: undefined });
    expect(calls).toEqual([
      ['buildah', 'manifest', 'push', '--all', 'ghcr.io/acme/app:1.0.0', 'docker://ghcr.io/acme/app:1.0.0'],
    ]);
  });
});
