// Packfiles (gitformat-pack): reading the one a fetch answers, deltas included, and writing the one
// a push sends. Every object read is hashed: an id names exactly the bytes it came with.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { objectId, type GitObject, type ObjectType } from './objects.js';

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const CODES: Record<ObjectType, number> = { commit: 1, tree: 2, blob: 3, tag: 4 };
const OFS_DELTA = 6;
const REF_DELTA = 7;

export class PackError extends Error {}

/** Far beyond any manifest or tree: a header claiming more is refused, not allocated. */
const MAX_OBJECT_BYTES = 256 * 1024 * 1024;

/**
 * The objects of a pack, by id. A REF_DELTA's base may be one the caller already holds
 * (`known`); an OFS_DELTA's is earlier in the same pack.
 */
export function readPack(
  pack: Buffer,
  known: (oid: string) => GitObject | undefined,
): Map<string, GitObject> {
  return new Map(packObjects(pack, known));
}

/**
 * The objects of a pack in its order, inflated and hashed only as far as they are asked for: a
 * branch's trees come in traversal order, so the few a bump reads are found before most others.
 */
export function* packObjects(
  pack: Buffer,
  known: (oid: string) => GitObject | undefined,
): Generator<[string, GitObject], void, undefined> {
  if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK') throw new PackError('not a packfile');
  const version = pack.readUInt32BE(4);
  if (version !== 2 && version !== 3) throw new PackError(`pack version ${version}`);
  const body = pack.subarray(0, pack.length - 20);
  if (createHash('sha1').update(body).digest('hex') !== pack.subarray(body.length).toString('hex')) {
    throw new PackError('the pack checksum does not match');
  }
  const objects = new Map<string, GitObject>();
  const byOffset = new Map<number, GitObject>();
  let at = 12;
  for (let i = pack.readUInt32BE(8); i > 0; i--) {
    const entry = readEntry(body, at);
    const base =
      entry.code === OFS_DELTA
        ? byOffset.get(entry.base as number)
        : entry.code === REF_DELTA
          ? (objects.get(entry.base as string) ?? known(entry.base as string))
          : undefined;
    const { data, end } = inflate(body, entry.dataAt, entry.size);
    at = end;
    let object: GitObject;
    if (entry.code === OFS_DELTA || entry.code === REF_DELTA) {
      if (!base) throw new PackError(`the delta at byte ${entry.start} has no base in the pack`);
      object = { type: base.type, data: applyDelta(base.data, data) };
    } else {
      object = { type: TYPES[entry.code] as ObjectType, data };
    }
    const oid = objectId(object.type, object.data);
    byOffset.set(entry.start, object);
    objects.set(oid, object);
    yield [oid, object];
  }
  if (at !== body.length) throw new PackError('bytes after the last object');
}

/** One entry's header: its type, inflated size, delta base (an offset or an id) and data. */
function readEntry(pack: Buffer, start: number) {
  let at = start;
  let byte = pack[at++] ?? 0;
  const code = (byte >> 4) & 7;
  let size = byte & 15;
  for (let shift = 4; byte & 0x80; shift += 7) {
    byte = pack[at++] ?? 0;
    size += (byte & 0x7f) * 2 ** shift;
  }
  if (size > MAX_OBJECT_BYTES) throw new PackError(`an object of ${size} bytes at byte ${start}`);
  let base: number | string | undefined;
  if (code === OFS_DELTA) {
    byte = pack[at++] ?? 0;
    let offset = byte & 0x7f;
    while (byte & 0x80) {
      byte = pack[at++] ?? 0;
      offset = (offset + 1) * 128 + (byte & 0x7f);
    }
    base = start - offset;
  } else if (code === REF_DELTA) {
    base = pack.subarray(at, at + 20).toString('hex');
    at += 20;
  } else if (!TYPES[code]) {
    throw new PackError(`object type ${code} at byte ${start}`);
  }
  return { start, code, size, base, dataAt: at };
}

/** One zlib stream at `at`, which must inflate to `size` bytes; returns where it ended. */
function inflate(pack: Buffer, at: number, size: number): { data: Buffer; end: number } {
  try {
    // The output's size is known: one buffer of it, not a 16 KiB chunk per object (3,000 trees
    // of a large repository would allocate 48 MB and keep the collector busy).
    const { buffer, engine } = inflateSync(pack.subarray(at), {
      info: true,
      chunkSize: Math.max(64, size + 1),
      maxOutputLength: size + 1,
    }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    if (buffer.length !== size) throw new PackError(`object at byte ${at} is not its stated size`);
    return { data: buffer, end: at + engine.bytesWritten };
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError(`object at byte ${at} does not inflate (${(error as Error).message})`);
  }
}

function varint(delta: Buffer, from: number): [number, number] {
  let value = 0;
  let at = from;
  for (let shift = 0; ; shift += 7) {
    const byte = delta[at++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
  }
}

/** gitformat-pack's delta: the result's size, then copies from the base and literal inserts. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  const [baseSize, afterBase] = varint(delta, 0);
  const [size, start] = varint(delta, afterBase);
  if (baseSize !== base.length) throw new PackError('a delta does not fit its base');
  if (size > MAX_OBJECT_BYTES) throw new PackError(`a delta makes an object of ${size} bytes`);
  const out = Buffer.allocUnsafe(size);
  let written = 0;
  let at = start;
  while (at < delta.length) {
    const op = delta[at++] ?? 0;
    if (op & 0x80) {
      let offset = 0;
      let length = 0;
      for (let bit = 0; bit < 4; bit++) if (op & (1 << bit)) offset += (delta[at++] ?? 0) * 2 ** (8 * bit);
      for (let bit = 0; bit < 3; bit++) if (op & (16 << bit)) length += (delta[at++] ?? 0) << (8 * bit);
      if (length === 0) length = 0x10000;
      if (offset + length > base.length || written + length > size)
        throw new PackError('a delta copies out of range');
      base.copy(out, written, offset, offset + length);
      written += length;
    } else if (op > 0) {
      if (at + op > delta.length || written + op > size) throw new PackError('a delta inserts out of range');
      delta.copy(out, written, at, at + op);
      written += op;
      at += op;
    } else {
      throw new PackError('a delta holds the reserved instruction 0');
    }
  }
  if (written !== size) throw new PackError('a delta does not produce its stated size');
  return out;
}

/** A version-2 pack of whole objects (no deltas: a bump's few objects are small). */
export function writePack(objects: readonly GitObject[]): Buffer {
  const header = Buffer.alloc(12);
  header.write('PACK', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(objects.length, 8);
  const parts: Buffer[] = [header];
  for (const object of objects) {
    let size = object.data.length;
    const head = [(CODES[object.type] << 4) | (size & 15)];
    size = Math.floor(size / 16);
    while (size > 0) {
      head[head.length - 1] = (head.at(-1) ?? 0) | 0x80;
      head.push(size & 0x7f);
      size = Math.floor(size / 128);
    }
    parts.push(Buffer.from(head), deflateSync(object.data));
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
}
