import path from 'node:path';
import type { InputReader } from '@gitops-actions/kit';
import { parseAppMap, type AppRule } from '@gitops-actions/changes';

export interface ChangedAppsInputs {
  rules: AppRule[];
  before: string;
  cwd: string;
}

export function getInputs(inputs: InputReader): ChangedAppsInputs {
  const rules = parseAppMap(inputs.string('app-map', { required: true }), 'app-map');
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  return {
    rules,
    before: inputs.string('before'),
    cwd: path.resolve(workspace, inputs.string('path', { default: '.' })),
  };
}
