import type { Readable } from 'node:stream';

/**
 * Reads a watch stream: newline-delimited JSON objects, or Server-Sent Events (`data: {...}` frames,
 * `:` keep-alive comments, `event:`/`id:` fields). Resolves when the stream ends; a line that is not
 * JSON rejects, because a proxy that rewrites the stream must send us to polling, not to silence.
 */
export function readJsonLines(stream: Readable, onObject: (value: unknown) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const handleLine = (raw: string): void => {
      const line = raw.replace(/\r$/, '');
      if (line === '' || line.startsWith(':') || /^(event|id|retry):/.test(line)) return;
      const json = line.startsWith('data:') ? line.slice(5).trimStart() : line;
      onObject(JSON.parse(json));
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      if (failed) return;
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          handleLine(line);
        } catch (error) {
          fail(new Error(`unreadable watch stream line: ${line.slice(0, 120)} (${String(error)})`));
          return;
        }
        newline = buffer.indexOf('\n');
      }
    });
    stream.on('end', () => {
      if (failed) return;
      try {
        if (buffer.trim() !== '') handleLine(buffer);
        resolve();
      } catch (error) {
        fail(error);
      }
    });
    stream.on('error', fail);
    stream.on('close', () => {
      // A connection cut mid-stream emits close without end: that is a drop, not a clean end.
      if (!failed && !stream.readableEnded) fail(new Error('watch stream closed by the server'));
    });
  });
}
