import { readFileSync } from 'node:fs';
import { InputError, shown } from '@gitops-actions/kit';
import { TAG_PATTERN } from '@gitops-actions/registry';

export interface TagValues {
  version: string;
  sha: string;
  branch: string;
  runNumber: string;
}

/** The pushed head: for pull requests GITHUB_SHA is a merge commit nobody pushed, so use the PR head. */
export function gitContext(env: NodeJS.ProcessEnv): { sha: string; branch: string } {
  let event: { pull_request?: { head?: { sha?: string; ref?: string } } } = {};
  try {
    if (env['GITHUB_EVENT_PATH'])
      event = JSON.parse(readFileSync(env['GITHUB_EVENT_PATH'], 'utf8')) as typeof event;
  } catch {
    event = {};
  }
  const head = event.pull_request?.head;
  return {
    sha: head?.sha ?? env['GITHUB_SHA'] ?? '',
    branch: head?.ref ?? env['GITHUB_HEAD_REF'] ?? env['GITHUB_REF_NAME'] ?? '',
  };
}

/** Branch names may hold `/` and other characters tags cannot. */
const tagSafe = (value: string): string => value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');

export function renderTag(template: string, values: TagValues, input: string): string {
  const map: Record<string, string> = {
    version: tagSafe(values.version),
    sha: values.sha,
    sha7: values.sha.slice(0, 7),
    branch: tagSafe(values.branch),
    run_number: values.runNumber,
  };
  const tag = template.replace(/\{([a-z_0-9]+)\}/g, (whole, key: string) => {
    const value = map[key];
    if (value === undefined)
      throw new InputError(
        input,
        `${shown(template)} has an unknown placeholder ${shown(whole)} (known: {version} {sha} {sha7} {branch} {run_number})`,
      );
    return value;
  });
  if (!TAG_PATTERN.test(tag)) {
    throw new InputError(
      input,
      `${shown(template)} yields ${shown(tag)}, which is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`,
    );
  }
  return tag;
}
