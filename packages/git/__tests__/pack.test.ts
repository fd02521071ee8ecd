// (16.6) Packfiles read and written from Node, with git itself as the oracle: a pack git made
// (deltas included) reads to the objects git lists, and a pack written here is one git accepts.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyDelta, PackError, readPack, writePack } from '../src/pack.js';
import { objectId, parseTree, treeData } from '../src/objects.js';

let dir: string;
const git = (args: string[], input?: Buffer | string) =>
  execFileSync('git', ['-C', dir, ...args], { input, maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'git-pack-'));
  git(['init', '-q']);
  // Growing files in a few folders: pack-objects stores most of them as deltas of each other.
  for (let i = 1; i <= 12; i++) {
    const lines = Array.from({ length: i * 40 }, (_, n) => `line ${n}`).join('\n');
    git(['hash-object', '-w', '--stdin'], lines);
    execFileSync('sh', ['-c', `mkdir -p d${i % 3} && printf '%s' "$1" > d${i % 3}/f${i}`, 'sh', lines], {
      cwd: dir,
    });
    git(['add', '-A']);
    git(['-c', 'user.name=a', '-c', 'user.email=a@example.com', 'commit', '-q', '-m', `c${i}`]);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const allObjects = () =>
  git(['rev-list', '--objects', '--all'])
    .toString()
    .trim()
    .split('\n')
    .map((l) => l.slice(0, 40));

describe('(16.6) packfiles', () => {
  it('reads every object of a pack git made, deltas resolved and each id checked', () => {
    const oids = allObjects();
    const pack = git(['pack-objects', '--stdout', '--delta-base-offset'], `${oids.join('\n')}\n`);
    const objects = readPack(pack, () => undefined);
    expect([...objects.keys()].sort()).toEqual([...oids].sort());
    for (const oid of oids.slice(0, 5)) {
      const object = objects.get(oid);
      expect(object?.data).toEqual(git(['cat-file', object?.type ?? 'blob', oid]));
    }
    // git stored some as deltas: this pack did exercise them.
    const idx = path.join(dir, 'check.pack');
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', idx], { input: pack });
    git(['index-pack', idx]);
    expect(git(['verify-pack', '-v', idx.replace(/pack$/, 'idx')]).toString()).toMatch(/chain length = 1/);
  });

  it('resolves a REF_DELTA against an object the reader already holds (a thin pack)', () => {
    // One line changed in the largest file: the thin pack sends it as a delta of the old blob.
    execFileSync('sh', ['-c', 'printf "changed\\n" >> d0/f12'], { cwd: dir });
    git(['-c', 'user.name=a', '-c', 'user.email=a@example.com', 'commit', '-q', '-a', '-m', 'edit']);
    const [newest, ...older] = git(['rev-list', '--all']).toString().trim().split('\n');
    const thin = git(['pack-objects', '--stdout', '--thin', '--revs'], `${newest}\n^${older[0]}\n`);
    const known = readPack(
      git(['pack-objects', '--stdout'], `${allObjects().join('\n')}\n`),
      () => undefined,
    );
    const objects = readPack(thin, (oid) => known.get(oid));
    expect(objects.has(newest ?? '')).toBe(true);
    expect(() => readPack(thin, () => undefined)).toThrow(PackError);
  });

  it('writes a pack git indexes and reads back', () => {
    const tree = treeData([
      { mode: '100644', name: 'a.yaml', oid: objectId('blob', Buffer.from('tag: 1\n')) },
    ]);
    const objects = [
      { type: 'blob' as const, data: Buffer.from('tag: 1\n') },
      { type: 'tree' as const, data: tree },
      { type: 'blob' as const, data: Buffer.alloc(70_000, 'x') },
    ];
    const out = git(['index-pack', '--stdin'], writePack(objects)).toString();
    expect(out).toMatch(/^pack\t[0-9a-f]{40}\n$/);
    expect(git(['cat-file', '-p', objectId('tree', tree)]).toString()).toContain('a.yaml');
    expect(parseTree(tree)).toEqual([
      { mode: '100644', name: 'a.yaml', oid: objectId('blob', Buffer.from('tag: 1\n')) },
    ]);
    const back = readPack(writePack(objects), () => undefined);
    expect([...back.values()].map((o) => o.data.length)).toEqual([7, tree.length, 70_000]);
  });

  it('refuses a damaged pack and a delta that reaches out of its base', () => {
    const pack = writePack([{ type: 'blob', data: Buffer.from('hello\n') }]);
    const damaged = Buffer.from(pack);
    damaged.writeUInt8((damaged.at(-25) ?? 0) ^ 1, damaged.length - 25);
    expect(() => readPack(damaged, () => undefined)).toThrow(/checksum/);
    expect(() => readPack(Buffer.from('PACK'), () => undefined)).toThrow(PackError);
    // base size 2, result 4, copy 4 bytes from offset 0: more than the base holds.
    expect(() => applyDelta(Buffer.from('ab'), Buffer.from([2, 4, 0x90, 4]))).toThrow(/out of range/);
    expect(applyDelta(Buffer.from('ab'), Buffer.from([2, 3, 0x90, 2, 1, 0x63]))).toEqual(Buffer.from('abc'));
  });
});
