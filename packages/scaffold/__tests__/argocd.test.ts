// (13.6) What init generates for Argo CD parses and matches Argo CD's own schemas (the swagger the
// stand-in checks its answers against), with no field the schema does not know, and the ApplicationSet
// renders exactly the Applications generated one by one.
import { readFileSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { parseCron } from '@gitops-actions/argocd';
import { defaultSwaggerPath, SwaggerValidator } from '@gitops-actions/standin-argocd';
import {
  application,
  PROD_SYNC_WINDOW,
  scaffoldFiles,
  scaffoldRequest,
  type ScaffoldFlags,
} from '@gitops-actions/scaffold';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; type?: string };
const definitions = (
  JSON.parse(readFileSync(defaultSwaggerPath(), 'utf8')) as { definitions: Record<string, Schema> }
).definitions;
const validator = new SwaggerValidator();

/**
 * The swagger's definitions allow unknown properties, so a misspelt field (`selfheal`) would pass ajv;
 * Argo CD's CRDs prune it silently. This walk names every field the definition does not declare.
 * `v1JSON` (list generator elements) is free-form JSON in the CRD.
 */
function unknownFields(value: unknown, schema: Schema, at: string): string[] {
  const resolved = schema.$ref ? definitions[schema.$ref.replace('#/definitions/', '')]! : schema;
  if (schema.$ref === '#/definitions/v1JSON') return [];
  if (Array.isArray(value))
    return value.flatMap((v, i) => unknownFields(v, resolved.items ?? {}, `${at}[${i}]`));
  if (value === null || typeof value !== 'object' || !resolved.properties) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const sub = resolved.properties![key];
    if (!sub) return [`${at}.${key}`];
    return unknownFields(v, sub, `${at}.${key}`);
  });
}

function check(definition: string, object: Record<string, unknown>): string[] {
  const { apiVersion, kind, ...rest } = object;
  expect(apiVersion).toBe('argoproj.io/v1alpha1');
  expect(`v1alpha1${String(kind)}`).toBe(definition);
  return [
    ...validator.check(definition, object),
    ...unknownFields(rest, { $ref: `#/definitions/${definition}` }, kind as string),
  ];
}

const base: ScaffoldFlags = { service: 'api', image: 'ghcr.io/acme/api', environments: 'dev,staging,prod' };
const cases: Array<[string, ScaffoldFlags]> = [
  ['helm', { ...base, layout: 'helm' }],
  ['kustomize', { ...base, layout: 'kustomize' }],
  ['helm applicationset', { ...base, layout: 'helm', applicationset: true }],
  ['kustomize applicationset', { ...base, layout: 'kustomize', applicationset: true }],
];

function argoObjects(flags: ScaffoldFlags): Array<Record<string, unknown>> {
  return scaffoldFiles(scaffoldRequest(flags))
    .filter((f) => f.path.startsWith('argocd/'))
    .flatMap((f) =>
      parseAllDocuments(f.content).map((d) => {
        expect(d.errors).toEqual([]);
        return d.toJS() as Record<string, unknown>;
      }),
    );
}

describe('(13.6) init: Argo CD objects against the swagger', () => {
  it('the swagger holds the three definitions', () => {
    for (const name of ['v1alpha1Application', 'v1alpha1ApplicationSet', 'v1alpha1AppProject'])
      expect(definitions[name]).toBeDefined();
  });

  it.each(cases)('%s: every object matches its definition and uses only declared fields', (_, flags) => {
    const objects = argoObjects(flags);
    const kinds = objects.map((o) => o['kind']);
    expect(kinds).toEqual(
      flags['applicationset']
        ? ['AppProject', 'ApplicationSet']
        : ['AppProject', 'Application', 'Application', 'Application'],
    );
    for (const object of objects) expect(check(`v1alpha1${String(object['kind'])}`, object)).toEqual([]);
  });

  it('the field walk catches a misspelt field the swagger alone lets through', () => {
    const app = application(scaffoldRequest({ ...base, layout: 'helm' }), 'dev');
    (app['spec'] as { syncPolicy: Record<string, unknown> }).syncPolicy = { automated: { selfheal: true } };
    expect(validator.check('v1alpha1Application', app)).toEqual([]);
    expect(check('v1alpha1Application', app)).toEqual(['Application.spec.syncPolicy.automated.selfheal']);
  });

  it('non-production apps sync automatically with prune and selfHeal; production does not', () => {
    const apps = argoObjects({ ...base, layout: 'kustomize' }).filter((o) => o['kind'] === 'Application');
    const policies = Object.fromEntries(
      apps.map((a) => [
        (a['metadata'] as { name: string }).name,
        (a['spec'] as { syncPolicy?: unknown }).syncPolicy,
      ]),
    );
    expect(policies).toEqual({
      'api-dev': { automated: { prune: true, selfHeal: true } },
      'api-staging': { automated: { prune: true, selfHeal: true } },
      'api-prod': undefined,
    });
  });

  it("the AppProject admits only the GitOps repository and the apps' namespaces, with the prod window", () => {
    const [project] = argoObjects({ ...base, layout: 'helm', 'repo-url': 'https://github.com/acme/deploys' });
    const spec = project!['spec'] as Record<string, unknown>;
    expect(spec['sourceRepos']).toEqual(['https://github.com/acme/deploys']);
    expect(spec['destinations']).toEqual(
      ['api-dev', 'api-staging', 'api-prod'].map((namespace) => ({
        server: 'https://kubernetes.default.svc',
        namespace,
      })),
    );
    expect(spec['clusterResourceWhitelist']).toEqual([]);
    expect(spec['syncWindows']).toEqual([
      expect.objectContaining({ ...PROD_SYNC_WINDOW, applications: ['api-prod'] }),
    ]);
    const apps = argoObjects({
      ...base,
      layout: 'helm',
      'repo-url': 'https://github.com/acme/deploys',
    }).slice(1);
    for (const app of apps) {
      const appSpec = app['spec'] as { project: string; source: { repoURL: string }; destination: unknown };
      expect(appSpec.project).toBe('api');
      expect(spec['sourceRepos']).toContain(appSpec.source.repoURL);
      expect(spec['destinations']).toContainEqual(appSpec.destination);
    }
  });

  it('the prod sync window parses with the cron rules Argo CD uses: weekdays from 10:00', () => {
    const cron = parseCron(PROD_SYNC_WINDOW.schedule);
    expect(cron.minute.allowed.flatMap((on, m) => (on ? [m] : []))).toEqual([0]);
    expect(cron.hour.allowed.flatMap((on, h) => (on ? [h] : []))).toEqual([10]);
    expect(cron.dow.allowed.flatMap((on, d) => (on ? [d] : []))).toEqual([1, 2, 3, 4, 5]);
    expect(PROD_SYNC_WINDOW.duration).toBe('6h');
  });

  it.each(['helm', 'kustomize'])(
    '%s: the ApplicationSet renders the very Applications init writes one by one',
    (layout) => {
      const [, set] = argoObjects({ ...base, layout, applicationset: true });
      const apps = argoObjects({ ...base, layout }).slice(1);
      const spec = set!['spec'] as {
        generators: Array<{ list: { elements: Array<Record<string, unknown>> } }>;
        template: unknown;
        templatePatch: string;
      };
      const rendered = spec.generators[0]!.list.elements.map((element) => {
        const app = parse(goTemplate(JSON.stringify(spec.template), element)) as Record<string, unknown>;
        const patch = parse(goTemplate(spec.templatePatch, element)) as { spec?: object } | null;
        return {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'Application',
          metadata: { ...(app['metadata'] as object), namespace: 'argocd' },
          spec: { ...(app['spec'] as object), ...(patch?.spec ?? {}) },
        };
      });
      expect(rendered).toEqual(apps);
      for (const app of rendered) expect(check('v1alpha1Application', app)).toEqual([]);
    },
  );
});

/** The two Go-template forms the set uses: `{{.key}}` and `{{- if .key }}…{{- end }}`. */
function goTemplate(text: string, element: Record<string, unknown>): string {
  return text
    .replace(/\{\{- if \.(\w+) \}\}([\s\S]*?)\{\{- end \}\}/g, (_, key: string, body: string) =>
      element[key] ? body : '',
    )
    .replace(/\{\{\.(\w+)\}\}/g, (_, key: string) => {
      if (!(key in element)) throw new Error(`missingkey=error: ${key}`);
      return String(element[key]);
    });
}
