import { readFileSync } from 'node:fs';
import { parseAllDocuments, parseDocument } from 'yaml';
import { applyEdit, ManifestError, type EditRequest, type EditResult } from '@gitops-actions/manifest';

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;

export function corpus(name: string): string {
  return readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

function uniqueIndex(input: string, context: string): number {
  const at = input.indexOf(context);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(input.indexOf(context, at + 1)).toBe(-1);
  return at;
}

/** The output is the input with exactly `oldText` (found inside the unique `context`) replaced. */
export function expectSplice(
  input: string,
  output: string,
  context: string,
  oldText: string,
  newText: string,
) {
  const start = uniqueIndex(input, context) + context.indexOf(oldText);
  expect(context.includes(oldText)).toBe(true);
  expect(output).toBe(input.slice(0, start) + newText + input.slice(start + oldText.length));
}

/** The output is the input with `inserted` added right after the unique `context`. */
export function expectInsertion(input: string, output: string, context: string, inserted: string) {
  const at = uniqueIndex(input, context) + context.length;
  expect(output).toBe(input.slice(0, at) + inserted + input.slice(at));
}

/** Every YAML reader we care about (1.2 core and Helm's 1.1) reads the new value back as that string. */
export function expectStringAt(text: string, path: Array<string | number>, value: string, docIndex = 0) {
  for (const version of ['1.1', '1.2'] as const) {
    const doc = parseAllDocuments(text, { version })[docIndex];
    const node = doc?.getIn(path);
    expect(typeof node).toBe('string');
    expect(node).toBe(value);
  }
}

/** Apart from the edited paths, the output means exactly what the input meant. */
export function expectOthersUnchanged(
  input: string,
  output: string,
  edits: Array<[Array<string | number>, unknown]>,
) {
  const expected = parseDocument(input);
  for (const [path, value] of edits) expected.setIn(path, value);
  expect(parseDocument(output).toJS()).toEqual(expected.toJS());
}

/** Applies the edit, then checks that a second run changes nothing and that CRLF input gives CRLF output. */
export function edit(input: string, req: EditRequest): EditResult {
  const result = applyEdit(input, req);
  expect(result.changed).toBe(result.text !== input);
  const again = applyEdit(result.text, req);
  expect(again.changed).toBe(false);
  expect(again.text).toBe(result.text);
  expect(again.changes).toEqual([]);
  if (input.includes('\n') && !input.includes('\r\n'))
    expect(applyEdit(toCrlf(input), req).text).toBe(toCrlf(result.text));
  return result;
}

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestError);
    return (error as Error).message;
  }
  throw new Error('expected a ManifestError');
}
