export interface CgiHead {
  status: number;
  headers: Record<string, string>;
  /** Bytes after the header block that already belong to the body. */
  rest: Buffer;
}

/** Finds the blank line ending a CGI header block; RFC 3875 allows bare LF as well as CRLF. */
function headerEnd(buffer: Buffer): { at: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return undefined;
  if (lf < 0 || (crlf >= 0 && crlf < lf)) return { at: crlf, length: 4 };
  return { at: lf, length: 2 };
}

/** Returns undefined until the whole header block has arrived. */
export function parseCgiHead(buffer: Buffer): CgiHead | undefined {
  const end = headerEnd(buffer);
  if (!end) return undefined;
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of buffer.subarray(0, end.at).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
    else headers[name] = value;
  }
  return { status, headers, rest: buffer.subarray(end.at + end.length) };
}
