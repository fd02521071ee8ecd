// Validates SARIF against the SARIF 2.1.0 JSON schema shipped by @microsoft/jest-sarif
// (sarif-2.1.0-rtm.5.json, the schemastore copy of the OASIS schema). It is written in draft-04;
// the keywords it uses mean the same in draft-07 except `id`, renamed `$id` here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under Node's ESM loader its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const require = createRequire(import.meta.url);

function loadSchema(): Record<string, unknown> {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  return schema;
}

let validator: ValidateFunction | undefined;

export function sarifErrors(log: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(loadSchema());
  }
  return validator(log) ? [] : (validator.errors ?? []);
}
