// Multi-platform images through the shipped build-tag-push bundle: buildah builds a manifest list
// (FROM scratch + COPY, so no emulator is needed for the foreign platform), pushes it whole to a real
// registry, and a re-run or a changed image is judged by the platforms' image configs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RegistryClient } from '@gitops-actions/registry';
import { runDist, type RunResult } from '@gitops-actions/testkit';
import {
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';

const PASSWORD = 'ghp_platformsPassword0123456789abcdef';
const SHA = '89abcdef0123456789abcdef0123456789abcdef';

function missingTools(): string | null {
  const buildah = spawnSync('buildah', ['version'], { stdio: 'ignore' });
  if (buildah.error || buildah.status !== 0) return 'buildah is not installed (apt-get install -y buildah)';
  return registryUnavailableReason();
}
const reason = missingTools();
if (reason) console.log(`Skipping the multi-platform build tests: ${reason}`);
const describeIfTools = reason ? describe.skip : describe;

let root: string;
let registry: RegistryServer;
let storageEnv: Record<string, string>;

beforeAll(async () => {
  if (reason) return;
  root = await mkdtemp(path.join(tmpdir(), 'build-platforms-'));
  const storageConf = path.join(root, 'storage.conf');
  writeFileSync(
    storageConf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${root}/storage"\nrunroot = "${root}/run"\n`,
  );
  storageEnv = { CONTAINERS_STORAGE_CONF: storageConf, BUILDAH_ISOLATION: 'chroot' };
  registry = await startRegistryServer({ auth: { username: 'octocat', password: PASSWORD } });
}, 60_000);

afterAll(async () => {
  if (reason) return;
  await registry?.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function workspace(name: string, content: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
  writeFileSync(path.join(dir, 'app.txt'), content);
  writeFileSync(path.join(dir, 'VERSION'), '5.0.0\n');
  return dir;
}

const build = (cwd: string, inputs: Record<string, string> = {}, builder = 'buildah') =>
  runDist('build-tag-push', {
    cwd,
    inputs: {
      image: `${registry.host}/acme/multi`,
      builder,
      platforms: 'linux/amd64,linux/arm64',
      username: 'octocat',
      password: PASSWORD,
      ...inputs,
    },
    env: { ...storageEnv, SOURCE_DATE_EPOCH: '1767225600', GITHUB_SHA: SHA },
    timeoutMs: 120_000,
  });

const errorOf = (result: RunResult) => result.commands.find((c) => c.command === 'error')?.message ?? '';
const manifestPuts = () =>
  registry.requests.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
const client = () =>
  new RegistryClient({
    host: registry.host,
    credentials: { username: 'octocat', password: PASSWORD, source: 'test' },
  });

/** The platforms an index in the registry names, read from each image's own config blob. */
async function platformsOf(repository: string, tag: string): Promise<string[]> {
  const index = await client().manifest(repository, tag);
  const out: string[] = [];
  for (const digest of index?.manifests ?? []) {
    const child = await client().manifest(repository, digest);
    const res = await fetch(`http://${registry.host}/v2/${repository}/blobs/${child?.configDigest}`, {
      headers: { authorization: `Basic ${Buffer.from(`octocat:${PASSWORD}`).toString('base64')}` },
    });
    const config = (await res.json()) as { os: string; architecture: string };
    out.push(`${config.os}/${config.architecture}`);
  }
  return out.sort();
}

describeIfTools('dist/build-tag-push with several platforms', () => {
  it('pushes one manifest list holding every platform, under every tag, and outputs its digest', async () => {
    const result = await build(workspace('multi', 'one\n'), { 'extra-tags': 'latest', cache: 'registry' });
    expect(errorOf(result)).toBe('');
    // buildah's layer cache would have put one platform's image in both slots.
    const warning = result.commands.find((c) => c.command === 'warning')?.message ?? '';
    expect(warning).toMatch(/^cache: registry is off for this multi-platform build/);
    const digest = await client().digest('acme/multi', '5.0.0-89abcde');
    expect(result.outputs['digest']).toBe(digest);
    expect(await client().digest('acme/multi', 'latest')).toBe(digest);
    const index = await client().manifest('acme/multi', '5.0.0-89abcde');
    expect(index?.mediaType).toMatch(/manifest\.list|image\.index/);
    expect(await platformsOf('acme/multi', '5.0.0-89abcde')).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('is a no-op on a re-run of the same commit, and refuses to move a tag to another image', async () => {
    const cwd = workspace('rerun', 'two\n');
    const image = { image: `${registry.host}/acme/rerun` };
    const first = await build(cwd, image);
    expect(errorOf(first)).toBe('');
    const puts = manifestPuts().length;

    const again = await build(cwd, image);
    expect(errorOf(again)).toBe('');
    expect(again.stdout).toContain('Already in the registry with the same image: 5.0.0-89abcde');
    expect(again.outputs['digest']).toBe(first.outputs['digest']);
    expect(manifestPuts().length).toBe(puts);
    // Rebuilding on the same runner must not carry the previous run's images into the list.
    expect(await platformsOf('acme/rerun', '5.0.0-89abcde')).toEqual(['linux/amd64', 'linux/arm64']);

    writeFileSync(path.join(cwd, 'app.txt'), 'changed\n');
    const changed = await build(cwd, image);
    expect(changed.exitCode).toBe(1);
    expect(errorOf(changed)).toMatch(/already exists with digest sha256:[0-9a-f]{64}, a different image/);
    expect(manifestPuts().length).toBe(puts);

    const overwritten = await build(cwd, { ...image, immutable: 'false' });
    expect(errorOf(overwritten)).toBe('');
    expect(overwritten.outputs['digest']).not.toBe(first.outputs['digest']);
    // The list built on this runner before holds only this build's images, not the last run's too.
    expect(await platformsOf('acme/rerun', '5.0.0-89abcde')).toEqual(['linux/amd64', 'linux/arm64']);
  });

  const podman = spawnSync('podman', ['--version'], { stdio: 'ignore' });
  const itIfPodman = podman.error || podman.status !== 0 ? it.skip : it;
  itIfPodman('does the same with podman: one list, re-run a no-op', async () => {
    const cwd = workspace('podman', 'podman\n');
    const image = { image: `${registry.host}/acme/podman` };
    const first = await build(cwd, image, 'podman');
    expect(errorOf(first)).toBe('');
    expect(first.outputs['digest']).toBe(await client().digest('acme/podman', '5.0.0-89abcde'));
    expect(await platformsOf('acme/podman', '5.0.0-89abcde')).toEqual(['linux/amd64', 'linux/arm64']);
    const again = await build(cwd, image, 'podman');
    expect(errorOf(again)).toBe('');
    expect(again.stdout).toContain('Already in the registry with the same image: 5.0.0-89abcde');
  });
});
