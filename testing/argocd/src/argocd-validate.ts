// Validates the stand-in's answers against Argo CD's own API description, so the stand-in cannot
// drift from what a real server sends. Swagger 2.0 `definitions` are JSON Schema draft 4 with
// extras; ajv with `strict: false` reads them once `#/definitions/` refs point into one document.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fixturePath } from '@gitops-actions/testkit';

const SCHEMA_ID = 'argocd-swagger';

/** ajv-formats is CommonJS; its default import is the plugin itself or a namespace holding it. */
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** Argo CD's swagger from the shared fixtures, or ARGOCD_SWAGGER when set. */
export function defaultSwaggerPath(): string {
  return process.env['ARGOCD_SWAGGER'] || fixturePath('argocd', 'swagger.json');
}

export class SwaggerValidator {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(swaggerPath: string = defaultSwaggerPath()) {
    const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8')) as { definitions: Record<string, unknown> };
    const rewritten = JSON.parse(
      JSON.stringify(swagger.definitions).replace(/"#\/definitions\//g, `"${SCHEMA_ID}#/definitions/`),
    ) as Record<string, unknown>;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: SCHEMA_ID, definitions: rewritten });
  }

  /** Errors as readable lines, empty when `value` matches `#/definitions/<name>`. */
  check(definition: string, value: unknown): string[] {
    let validate = this.cache.get(definition);
    if (!validate) {
      const found = this.ajv.getSchema(`${SCHEMA_ID}#/definitions/${definition}`);
      if (!found) throw new Error(`No definition ${definition} in the Argo CD swagger`);
      validate = found;
      this.cache.set(definition, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${definition}${e.instancePath} ${e.message ?? ''}`.trim());
  }
}
