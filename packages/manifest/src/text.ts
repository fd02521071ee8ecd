/** Replace text[start, end) with `text`; an insertion has start === end. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  // Apply from the end so that earlier offsets stay valid.
  const sorted = [...splices].sort((a, b) => b.start - a.start);
  let out = text;
  for (const splice of sorted) out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
  return out;
}

/** New lines follow the file's first line ending, so a CRLF file stays CRLF throughout. */
export function detectEol(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break ending the line that holds `offset` (before a '\r\n'), or text.length. */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Back up over whitespace and line breaks: node ranges of block nodes run on to the next line. */
export function trimBack(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i -= 1;
  return i;
}

/** The (1-based) line and column of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - lineStart(text, offset) + 1 };
}
