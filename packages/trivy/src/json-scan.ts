/**
 * A forward-only cursor over JSON bytes. Trivy reports can be hundreds of megabytes, so instead of
 * `JSON.parse` on the whole text (a second full-size copy as a string plus the object tree), the
 * report parser walks the raw buffer, skips what it does not need without decoding it, and decodes
 * only the few fields it keeps.
 */
import { shown } from '@gitops-actions/kit';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

export class JsonSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly line: number,
    readonly column: number,
    /** The text ended before the JSON did. */
    readonly truncated = false,
  ) {
    super(`${detail} at line ${line}, column ${column}`);
    this.name = 'JsonSyntaxError';
  }
}

export type Span = readonly [start: number, end: number];

export class JsonCursor {
  pos = 0;
  private readonly keys = new Map<number, string>();

  constructor(readonly bytes: Buffer) {}

  /** Skips whitespace and returns the next byte without consuming it, or -1 at the end. */
  peek(): number {
    const b = this.bytes;
    let p = this.pos;
    while (p < b.length) {
      const c = b[p]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      p++;
    }
    this.pos = p;
    return p < b.length ? b[p]! : -1;
  }

  fail(expected: string, at = this.pos): never {
    const before = this.bytes.subarray(0, at);
    let line = 1;
    let lineStart = 0;
    for (let i = before.indexOf(0x0a); i >= 0; i = before.indexOf(0x0a, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const truncated = at >= this.bytes.length;
    const found = truncated ? 'the end of the file' : shown(String.fromCharCode(this.bytes[at]!));
    throw new JsonSyntaxError(`expected ${expected} but found ${found}`, line, at - lineStart + 1, truncated);
  }

  private expect(byte: number, what: string): void {
    if (this.peek() !== byte) this.fail(what);
    this.pos++;
  }

  /** Index just past the closing quote of the string that opens at `start`. */
  private stringEnd(start: number): number {
    const b = this.bytes;
    let p = start + 1;
    for (;;) {
      const q = b.indexOf(QUOTE, p);
      if (q < 0) this.fail('the end of a string', b.length);
      let slashes = 0;
      while (b[q - 1 - slashes] === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return q + 1;
      p = q + 1;
    }
  }

  /** Consumes one value of any type and returns where it lies, without decoding it. */
  skipValue(): Span {
    this.peek();
    const start = this.pos;
    this.skip();
    return [start, this.pos];
  }

  /** `skipValue` without the span: most values of a report are skipped, and each span is garbage. */
  skip(): void {
    const c = this.peek();
    const start = this.pos;
    const b = this.bytes;
    if (c === QUOTE) {
      this.pos = this.stringEnd(start);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      let depth = 0;
      let p = start;
      for (;;) {
        if (p >= b.length) this.fail(`the end of the ${c === OPEN_OBJECT ? 'object' : 'array'}`, p);
        const x = b[p]!;
        if (x === QUOTE) {
          p = this.stringEnd(p);
          continue;
        }
        if (x === OPEN_OBJECT || x === OPEN_ARRAY) depth++;
        else if ((x === CLOSE_OBJECT || x === CLOSE_ARRAY) && --depth === 0) {
          p++;
          break;
        }
        p++;
      }
      this.pos = p;
    } else if (c === -1) {
      this.fail('a value');
    } else {
      let p = start;
      while (p < b.length) {
        const x = b[p]!;
        if (x === COMMA || x === CLOSE_OBJECT || x === CLOSE_ARRAY || x <= 0x20) break;
        p++;
      }
      if (p === start) this.fail('a value');
      this.pos = p;
    }
  }

  /**
   * An object key. A report repeats the same few dozen keys millions of times, so plain keys are
   * looked up by a hash of their bytes (checked byte for byte) instead of being decoded each time.
   */
  readKey(): string {
    if (this.peek() !== QUOTE) this.fail('a string');
    const b = this.bytes;
    const start = this.pos + 1;
    let hash = 0x811c9dc5;
    let p = start;
    for (; p < b.length; p++) {
      const c = b[p]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH || c >= 0x80) return this.readString();
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    if (p >= b.length) this.fail('the end of a string', b.length);
    const length = p - start;
    const cached = this.keys.get(hash);
    if (cached !== undefined && cached.length === length && this.sameBytes(cached, start)) {
      this.pos = p + 1;
      return cached;
    }
    const key = b.toString('latin1', start, p);
    if (cached === undefined && this.keys.size < 4096) this.keys.set(hash, key);
    this.pos = p + 1;
    return key;
  }

  private sameBytes(key: string, at: number): boolean {
    const b = this.bytes;
    for (let i = 0; i < key.length; i++) if (b[at + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  readString(): string {
    if (this.peek() !== QUOTE) this.fail('a string');
    return this.decodeString(this.skipValue());
  }

  /** The value at `span` as a string: JSON strings decoded, null as '', anything else as its JSON text. */
  decodeString(span: Span): string {
    const [start, end] = span;
    const b = this.bytes;
    if (b[start] !== QUOTE) {
      const text = b.toString('utf8', start, end);
      return text === 'null' ? '' : text;
    }
    // Most values (IDs, versions, severities) are short plain ASCII: one pass, no escapes, no UTF-8.
    let plain = true;
    for (let p = start + 1; p < end - 1; p++) {
      const c = b[p]!;
      if (c === BACKSLASH || c >= 0x80) {
        plain = false;
        break;
      }
    }
    if (plain) return b.toString('latin1', start + 1, end - 1);
    try {
      return JSON.parse(b.toString('utf8', start, end)) as string;
    } catch {
      // JSON.parse's own message would quote the file; say where instead.
      return this.fail('a string with valid escapes', start);
    }
  }

  /** `JSON.parse` of one small value. */
  decode(span: Span): unknown {
    try {
      return JSON.parse(this.bytes.toString('utf8', span[0], span[1]));
    } catch {
      return this.fail('a JSON value', span[0]);
    }
  }

  /** Calls `onEntry` for each key; `onEntry` must consume the value (skipValue or a nested walk). */
  object(onEntry: (key: string) => void): void {
    this.expect(OPEN_OBJECT, "'{'");
    if (this.peek() === CLOSE_OBJECT) {
      this.pos++;
      return;
    }
    for (;;) {
      const key = this.readKey();
      this.expect(COLON, "':'");
      this.peek();
      onEntry(key);
      const next = this.peek();
      this.pos++;
      if (next === CLOSE_OBJECT) return;
      if (next !== COMMA) this.fail("',' or '}'", this.pos - 1);
    }
  }

  /** Calls `onItem` for each element; `onItem` must consume it. `null` counts as an empty array. */
  array(onItem: () => void): void {
    if (this.peek() === 0x6e) {
      this.skipValue();
      return;
    }
    this.expect(OPEN_ARRAY, "'['");
    if (this.peek() === CLOSE_ARRAY) {
      this.pos++;
      return;
    }
    for (;;) {
      this.peek();
      onItem();
      const next = this.peek();
      this.pos++;
      if (next === CLOSE_ARRAY) return;
      if (next !== COMMA) this.fail("',' or ']'", this.pos - 1);
    }
  }

  /** Keys and value spans of one flat object whose keys are in `wanted`; other values are skipped. */
  pick(wanted: ReadonlySet<string>): Map<string, Span> {
    const fields = new Map<string, Span>();
    this.object((key) => {
      if (wanted.has(key)) fields.set(key, this.skipValue());
      else this.skip();
    });
    return fields;
  }

  atEnd(): boolean {
    return this.peek() === -1;
  }
}
