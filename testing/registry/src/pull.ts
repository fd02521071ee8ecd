// Reading an image back from the registry, as a test checks what a build put in it: the manifest,
// the config and every layer unpacked (gzip or not) into the files it holds.
import { gunzipSync } from 'node:zlib';
import type { RegistryServer } from './registry-server.js';

const ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ');

export interface PulledImage {
  /** The manifest digest the registry served. */
  digest: string;
  manifest: string;
  config: Buffer;
  /** Each layer as an uncompressed tar, in order. */
  layers: Buffer[];
  /** The image's files after applying the layers in order (path without a leading `./` or `/`). */
  files: Map<string, Buffer>;
}

async function get(
  registry: RegistryServer,
  path: string,
  headers: Record<string, string>,
): Promise<Response> {
  const res = await fetch(`${registry.url}${path}`, { headers });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** One single-platform image, `authorization` as the registry wants it (`Basic …` or `Bearer …`). */
export async function pullImage(
  registry: RegistryServer,
  repository: string,
  reference: string,
  authorization: string,
): Promise<PulledImage> {
  const auth = { authorization };
  const res = await get(registry, `/v2/${repository}/manifests/${reference}`, { ...auth, accept: ACCEPT });
  const manifest = await res.text();
  const parsed = JSON.parse(manifest) as { config: { digest: string }; layers: Array<{ digest: string }> };
  const blob = async (digest: string) =>
    Buffer.from(await (await get(registry, `/v2/${repository}/blobs/${digest}`, auth)).arrayBuffer());
  const config = await blob(parsed.config.digest);
  const layers: Buffer[] = [];
  const files = new Map<string, Buffer>();
  for (const { digest } of parsed.layers) {
    const bytes = await blob(digest);
    const tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    layers.push(tar);
    for (const [name, content] of readTar(tar)) files.set(name, content);
  }
  return { digest: res.headers.get('docker-content-digest') ?? '', manifest, config, layers, files };
}

const field = (block: Buffer, start: number, length: number): string =>
  block
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '');

/** The regular files of a tar (ustar, pax, or GNU long names), by path. */
export function readTar(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longPath: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    // Only POSIX ustar keeps a name prefix there; GNU tar keeps times in those bytes.
    const prefix = field(header, 257, 6) === 'ustar' ? field(header, 345, 155) : '';
    const body = tar.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      longPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    } else if (type === 'L') {
      longPath = body.toString('utf8').replace(/\0.*$/s, '');
    } else {
      const name = longPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
      longPath = undefined;
      if (type === '0' || type === '\0') files.set(name.replace(/^\.?\/+/, ''), Buffer.from(body));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
