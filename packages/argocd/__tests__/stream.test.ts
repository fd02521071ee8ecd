import { PassThrough } from 'node:stream';
import { readJsonLines } from '@gitops-actions/argocd';

async function read(chunks: string[]): Promise<unknown[]> {
  const stream = new PassThrough();
  const out: unknown[] = [];
  const done = readJsonLines(stream, (v) => out.push(v));
  for (const c of chunks) stream.write(c);
  stream.end();
  await done;
  return out;
}

describe('readJsonLines', () => {
  it('reads JSON lines split across chunks', async () => {
    expect(await read(['{"a":', '1}\n{"b"', ':2}\n'])).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('reads SSE frames and skips keep-alives', async () => {
    expect(await read([':\n', 'data: {"a":1}\n\n', 'event: x\ndata: {"b":2}\n\n'])).toEqual([
      { a: 1 },
      { b: 2 },
    ]);
  });

  it('rejects a line that is not JSON (a proxy page)', async () => {
    await expect(read(['<html>\n'])).rejects.toThrow(/unreadable watch stream line/);
  });
});
