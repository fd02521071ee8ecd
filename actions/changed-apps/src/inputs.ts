import { statSync } from 'node:fs';
import path from 'node:path';
import { InputError, oneLineInput, shown, type InputReader } from '@gitops-actions/kit';
import { parseAppMap, type AppRule } from '@gitops-actions/changes';

export interface ChangedAppsInputs {
  rules: AppRule[];
  before: string;
  cwd: string;
  inputNames: { path: string };
}

export function getInputs(inputs: InputReader): ChangedAppsInputs {
  const rules = parseAppMap(inputs.string('app-map', { required: true }), 'app-map');
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  return {
    rules,
    before: beforeInput(inputs.string('before')),
    cwd: folderInput('path', workspace, inputs.string('path', { default: '.' })),
    inputNames: { path: 'path' },
  };
}

/** `github.event.before`: a commit SHA (all zeros for a new branch), never a revision expression or an option. */
function beforeInput(value: string): string {
  if (value !== '' && !/^[0-9a-f]{4,64}$/i.test(value)) {
    throw new InputError('before', `${shown(value)} is not a commit SHA (give github.event.before)`);
  }
  return value;
}

/** A folder git can run in, resolved against the workspace; checked before git is spawned there. */
function folderInput(input: string, workspace: string, value: string): string {
  const folder = path.resolve(workspace, oneLineInput(input, value));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Missing, too long a name, or a file on the way: all mean "not a folder" to the user.
  }
  if (!isFolder) throw new InputError(input, `${shown(value)} is not a folder in the workspace`);
  return folder;
}
