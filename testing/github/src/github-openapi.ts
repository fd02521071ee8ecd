// Request validation against GitHub's own OpenAPI description, so the local GitHub cannot accept a
// request that api.github.com would reject (a wrong parameter name, a missing body field, a typo in
// an enum). The description is 13 MB: it is parsed once per process and only the operations the
// server actually receives are compiled, each on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

interface OpenApiSpec {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
}

interface CompiledOperation {
  operationId: string;
  params: ValidateFunction;
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
}

export interface RequestToValidate {
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/git/refs/{ref}`. */
  template: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

let specCache: OpenApiSpec | undefined;

function loadSpec(): OpenApiSpec {
  if (!specCache) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    specCache = JSON.parse(readFileSync(file, 'utf8')) as OpenApiSpec;
  }
  return specCache;
}

// ajv-formats is CommonJS; under ESM interop its default export may be the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** Resolves a local `#/components/...` reference. */
function deref(spec: OpenApiSpec, value: Json): Json {
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  const [, section = '', name = ''] = ref.replace(/^#\/components\//, '#/').split('/');
  const target = spec.components[section]?.[name];
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return deref(spec, target);
}

/**
 * Copies a schema with every `#/components/schemas/X` reference rewritten to `#/$defs/X` and the
 * referenced schemas (transitively) collected, so ajv compiles only what this operation needs.
 */
function bundleSchema(spec: OpenApiSpec, schema: unknown): Json {
  const defs: Record<string, unknown> = {};
  const pending: string[] = [];
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/components/schemas/', '');
        if (!(name in defs)) {
          defs[name] = true;
          pending.push(name);
        }
        out[key] = `#/$defs/${name}`;
      } else if (key !== 'example' && key !== 'examples') out[key] = rewrite(value);
    }
    return out;
  };
  const root = rewrite(schema) as Json;
  while (pending.length > 0) {
    const name = pending.pop()!;
    defs[name] = rewrite(spec.components['schemas']?.[name]);
  }
  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
}

/** Strict like GitHub: an unknown top-level body field is a mistake in the client, not a no-op. */
function closeObject(schema: Json): Json {
  if (schema['type'] === 'object' && schema['properties'] && schema['additionalProperties'] === undefined) {
    return { ...schema, additionalProperties: false };
  }
  return schema;
}

// GitHub's description uses a few private formats (`repo.nwo`); ajv would warn on each compile.
const quiet = { log: () => undefined, warn: () => undefined, error: console.error };
const AJV_OPTIONS = { strict: false, allErrors: true, logger: quiet };

export class OpenApiValidator {
  private readonly compiled = new Map<string, CompiledOperation>();
  private readonly paramsAjv = addFormats(new Ajv({ ...AJV_OPTIONS, coerceTypes: true }));
  // verbose: an error carries its schema and value, which validateResponse reads (see there).
  private readonly bodyAjv = addFormats(new Ajv({ ...AJV_OPTIONS, verbose: true }));

  /** Whether the description has this operation (used to tell "not served" from "not GitHub"). */
  has(method: string, template: string): boolean {
    return Boolean(loadSpec().paths[template]?.[method.toLowerCase()]);
  }

  operationId(method: string, template: string): string {
    return this.operation(method, template).operationId;
  }

  /** Every violation as one readable line; empty when the request is valid. */
  validate(req: RequestToValidate): string[] {
    const op = this.operation(req.method, req.template);
    const where = `${req.method} ${req.template} (${op.operationId})`;
    const problems: string[] = [];
    const params = { path: { ...req.pathParams }, query: { ...req.query } };
    if (!op.params(params)) problems.push(...describe(op.params.errors, where));
    if (req.body === undefined) {
      if (op.bodyRequired) problems.push(`${where}: a request body is required`);
    } else if (!op.body) {
      problems.push(`${where}: this operation takes no request body`);
    } else if (!op.body(req.body)) {
      problems.push(...describe(op.body.errors, where, 'body'));
    }
    return problems;
  }

  /**
   * An answer's body against the description's schema for that status, as one line per problem.
   * A status the description does not list for the operation is checked no further.
   */
  validateResponse(method: string, template: string, status: number, body: unknown): string[] {
    const key = `${method.toUpperCase()} ${template} ${status}`;
    let check = this.responses.get(key);
    if (check === undefined) {
      const spec = loadSpec();
      const raw = spec.paths[template]?.[method.toLowerCase()];
      const responses = (raw?.['responses'] ?? {}) as Record<string, Json>;
      const answer = responses[String(status)] ? deref(spec, responses[String(status)]!) : undefined;
      const content = answer?.['content'] as Record<string, Json> | undefined;
      const schema = content?.['application/json']?.['schema'];
      check = schema ? this.bodyAjv.compile(bundleSchema(spec, deref(spec, schema as Json))) : null;
      this.responses.set(key, check);
    }
    if (!check || check(body)) return [];
    // GitHub's own default for a link it did not get (`target_url: ""`) fails the `uri` format the
    // same description gives it: a value the description names as the default is not a violation.
    const errors = (check.errors ?? []).filter(
      (e) => !(e.keyword === 'format' && e.data === e.parentSchema?.['default']),
    );
    return describe(errors, `${method} ${template} answered ${status}`, 'response');
  }

  private readonly responses = new Map<string, ValidateFunction | null>();

  private operation(method: string, template: string): CompiledOperation {
    const key = `${method.toUpperCase()} ${template}`;
    let op = this.compiled.get(key);
    if (!op) {
      op = this.compile(method.toLowerCase(), template);
      this.compiled.set(key, op);
    }
    return op;
  }

  private compile(method: string, template: string): CompiledOperation {
    const spec = loadSpec();
    const pathItem = spec.paths[template];
    const raw = pathItem?.[method];
    if (!pathItem || !raw) throw new Error(`${method.toUpperCase()} ${template} is not in GitHub's OpenAPI`);
    const parameters = [
      ...((pathItem['parameters'] as Json[] | undefined) ?? []),
      ...((raw['parameters'] as Json[] | undefined) ?? []),
    ].map((p) => deref(spec, p));
    const group = (location: string) => {
      const list = parameters.filter((p) => p['in'] === location);
      return {
        type: 'object',
        properties: Object.fromEntries(
          list.map((p): [string, unknown] => [p['name'] as string, p['schema'] ?? {}]),
        ),
        required: list.filter((p) => p['required']).map((p) => p['name']),
        additionalProperties: false,
      };
    };
    const params = this.paramsAjv.compile(
      bundleSchema(spec, {
        type: 'object',
        properties: { path: group('path'), query: group('query') },
      }),
    );
    const requestBody = raw['requestBody'] ? deref(spec, raw['requestBody'] as Json) : undefined;
    const content = requestBody?.['content'] as Record<string, Json> | undefined;
    const bodySchema = content?.['application/json']?.['schema'];
    const body = bodySchema
      ? this.bodyAjv.compile(closeObject(bundleSchema(spec, deref(spec, bodySchema as Json))))
      : undefined;
    return {
      operationId: String(raw['operationId']),
      params,
      body,
      bodyRequired: Boolean(requestBody?.['required']),
    };
  }
}

function describe(errors: ErrorObject[] | null | undefined, where: string, prefix = ''): string[] {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
        : e.keyword === 'enum'
          ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${where}: ${prefix}${e.instancePath || (prefix ? '' : '/')} ${e.message ?? e.keyword}${extra}`;
  });
}
