// pullImage reads back what a client pushed: a gzip layer made by the real `tar`, unpacked to its files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  OCI_MANIFEST,
  basicAuth,
  pullImage,
  registryUnavailableReason,
  startRegistryServer,
  uploadBlob,
  type RegistryServer,
} from '../src/index.js';

const USER = { username: 'octocat', password: 'ghp_pullPassword0123456789abcdef' };
const reason = registryUnavailableReason();
if (reason) console.log(`Skipping the pullImage test: ${reason}`);
const describeIfRegistry = reason ? describe.skip : describe;

let registry: RegistryServer;
let dir: string;
beforeAll(async () => {
  if (reason) return;
  registry = await startRegistryServer({ auth: USER });
  dir = await mkdtemp(path.join(tmpdir(), 'pull-image-'));
});
afterAll(async () => {
  await registry?.close();
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

describeIfRegistry('pullImage', () => {
  it('unpacks the layers of a pushed image into its files', async () => {
    const root = path.join(dir, 'root');
    mkdirSync(path.join(root, 'etc', `${'deep/'.repeat(25)}x`), { recursive: true });
    writeFileSync(path.join(root, 'digest'), 'abc123\n');
    writeFileSync(path.join(root, 'etc', `${'deep/'.repeat(25)}x`, 'long.txt'), 'long path\n');
    const archive = path.join(dir, 'layer.tar.gz');
    const tar = spawnSync('tar', ['-czf', archive, '-C', root, '.'], { encoding: 'utf8' });
    expect(tar.stderr).toBe('');
    const layer = readFileSync(archive);
    const authorization = basicAuth(USER.username, USER.password);
    const config = Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' } }),
    );
    const configDigest = await uploadBlob(registry, 'acme/pull', config, authorization);
    const layerDigest = await uploadBlob(registry, 'acme/pull', layer, authorization);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layerDigest, size: layer.length },
      ],
    });
    const put = await fetch(`${registry.url}/v2/acme/pull/manifests/1.0.0`, {
      method: 'PUT',
      headers: { authorization, 'content-type': OCI_MANIFEST },
      body: manifest,
    });
    expect(put.status).toBe(201);

    const image = await pullImage(registry, 'acme/pull', '1.0.0', authorization);
    expect(image.digest).toBe(`sha256:${createHash('sha256').update(manifest).digest('hex')}`);
    expect(image.config.equals(config)).toBe(true);
    expect(image.files.get('digest')?.toString()).toBe('abc123\n');
    expect(image.files.get(`etc/${'deep/'.repeat(25)}x/long.txt`)?.toString()).toBe('long path\n');
    expect(image.layers).toHaveLength(1);
  });
});
