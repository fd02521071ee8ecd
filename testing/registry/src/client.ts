import { createHash } from 'node:crypto';
import type { RegistryServer } from './registry-server.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

export const basicAuth = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

const sha256 = (bytes: Buffer | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** `GET /token` of a token-scheme stand-in, as a client does it; throws unless a token comes back. */
export async function fetchToken(
  registry: RegistryServer,
  scope: string,
  credentials: { username: string; password: string },
): Promise<string> {
  const url = `${registry.url}/token?service=${encodeURIComponent(registry.host)}&scope=${encodeURIComponent(scope)}`;
  const res = await fetch(url, {
    headers: { authorization: basicAuth(credentials.username, credentials.password) },
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** One blob through the monolithic upload of the distribution API: POST, then PUT with the digest. */
export async function uploadBlob(
  registry: RegistryServer,
  repository: string,
  bytes: Buffer,
  authorization: string,
): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
    headers: { authorization },
  });
  if (start.status !== 202) throw new Error(`upload start: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location') ?? '', registry.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: {
      authorization,
      'content-type': 'application/octet-stream',
      'content-length': String(bytes.length),
    },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`upload: ${put.status} ${await put.text()}`);
  return digest;
}

/**
 * A tiny but valid single-layer OCI image pushed through the API with a push token; `note` makes
 * each image distinct. Returns the manifest digest the registry computed.
 */
export async function pushTestImage(
  registry: RegistryServer,
  repository: string,
  tag: string,
  credentials: { username: string; password: string },
  note = tag,
): Promise<string> {
  const token = await fetchToken(registry, `repository:${repository}:pull,push`, credentials);
  const authorization = `Bearer ${token}`;
  const layer = Buffer.from(`layer ${note}\n`);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha256(layer)] },
      config: { Labels: { note } },
    }),
  );
  const configDigest = await uploadBlob(registry, repository, config, authorization);
  const layerDigest = await uploadBlob(registry, repository, layer, authorization);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: configDigest,
      size: config.length,
    },
    layers: [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length },
    ],
  });
  const put = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { authorization, 'content-type': OCI_MANIFEST },
    body: manifest,
  });
  if (put.status !== 201) throw new Error(`manifest: ${put.status} ${await put.text()}`);
  const digest = put.headers.get('docker-content-digest') ?? '';
  if (digest !== sha256(manifest)) throw new Error(`manifest digest ${digest} is not ${sha256(manifest)}`);
  return digest;
}
