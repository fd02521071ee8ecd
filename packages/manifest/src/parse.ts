import { parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { ManifestError } from './errors.js';
import type { Format } from './types.js';
import { isEmptyValue } from './locate.js';
import { lineColumn } from './text.js';

export type Doc = Document.Parsed;

/** Parses every document; the first error anywhere aborts, reported with a 1-based line and column. */
export function parseStream(text: string): Doc[] {
  const docs = parseAllDocuments(text, { keepSourceTokens: true });
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) throw syntaxError(text, error);
  }
  return [...docs];
}

function syntaxError(text: string, error: YAMLError): ManifestError {
  const { line, col } = error.linePos?.[0] ?? lineColumn(text, error.pos[0]);
  // The parser appends its own position and a source excerpt; keep only the reason.
  const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
  return new ManifestError(`Invalid YAML at line ${line}, column ${col}: ${reason}`);
}

/**
 * Helm values and kustomizations are one document; a stray leading '---' or trailing empty document is
 * harmless, several documents mean the wrong format was chosen. Null when the file holds no content.
 */
export function singleDocument(text: string, format: Format): Doc | null {
  const docs = parseStream(text);
  const real = docs.filter((doc) => !isEmptyValue(doc.contents));
  if (real.length > 1) {
    const lines = real.map((doc) => lineColumn(text, doc.range[0]).line).join(', ');
    throw new ManifestError(
      `${format} expects one YAML document, found ${real.length} (starting at lines ${lines}); ` +
        `for multi-document Kubernetes manifests use format: manifest`,
    );
  }
  return real[0] ?? null;
}
