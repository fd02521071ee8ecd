import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface InputMeta {
  name: string;
  description: string;
  required: boolean;
  default: string;
}

export interface ActionMeta {
  name: string;
  description: string;
  dir: string;
  inputs: InputMeta[];
  outputs: { name: string; description: string }[];
  main: string;
  post: string | null;
}

interface ActionYaml {
  description?: string;
  // A default is a YAML scalar (`default:` alone reads as null).
  inputs?: Record<
    string,
    { description?: string; required?: boolean; default?: string | number | boolean | null }
  >;
  outputs?: Record<string, { description?: string }>;
  runs?: { main?: string; post?: string };
}

/** The repository's root action.yml (the one-step dev deploy a Marketplace listing shows) goes by this name. */
export const ROOT_ACTION = 'deploy';

/** The folder holding an action's action.yml: `actions/<name>/`, or the repository root for the root action. */
export function actionDir(root: string, name: string): string {
  const dir = path.join(root, 'actions', name);
  if (name === ROOT_ACTION && !existsSync(path.join(dir, 'action.yml'))) return root;
  return dir;
}

export function listActions(root: string): string[] {
  const dir = path.join(root, 'actions');
  const names = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, 'action.yml')));
  if (existsSync(path.join(root, 'action.yml')) && !names.includes(ROOT_ACTION)) names.push(ROOT_ACTION);
  return names.sort();
}

/** Reads an action's public contract from its action.yml, as the runner does. */
export function readAction(root: string, name: string): ActionMeta {
  const dir = actionDir(root, name);
  const file = path.join(dir, 'action.yml');
  const doc = parse(readFileSync(file, 'utf8')) as ActionYaml;
  if (!doc.runs?.main) throw new Error(`${path.relative(root, file)} has no runs.main`);
  return {
    name,
    dir,
    description: doc.description ?? '',
    inputs: Object.entries(doc.inputs ?? {}).map(([input, spec]) => ({
      name: input,
      description: spec.description ?? '',
      required: spec.required === true,
      default: spec.default === undefined ? '' : String(spec.default),
    })),
    outputs: Object.entries(doc.outputs ?? {}).map(([output, spec]) => ({
      name: output,
      description: spec.description ?? '',
    })),
    main: path.resolve(dir, doc.runs.main),
    post: doc.runs.post ? path.resolve(dir, doc.runs.post) : null,
  };
}

/** The expressions action.yml defaults use, evaluated from the environment outside GitHub. */
export function evaluateDefault(value: string, env: NodeJS.ProcessEnv): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    switch (expr) {
      case 'github.repository':
        return env['GITHUB_REPOSITORY'] ?? '';
      case 'github.token':
        return env['GITHUB_TOKEN'] ?? env['GH_TOKEN'] ?? '';
      case 'github.run_id':
        return env['GITHUB_RUN_ID'] ?? '';
      case 'github.run_attempt':
        return env['GITHUB_RUN_ATTEMPT'] ?? '';
      default:
        return '';
    }
  });
}
