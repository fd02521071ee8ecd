import { exec } from '@gitops-actions/kit';

export interface GitResult {
  stdout: string;
  stderr: string;
}

export interface GitCallOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string | Buffer;
}

/** A fixed identity keeps sandbox commits reproducible and independent of the machine's git config. */
export const SANDBOX_IDENTITY: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Sandbox Bot',
  GIT_AUTHOR_EMAIL: 'sandbox@gitops-actions.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Sandbox Bot',
  GIT_COMMITTER_EMAIL: 'sandbox@gitops-actions.invalid',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

const OPTIONS_WITH_VALUE = new Set(['--git-dir', '-C', '-c']);

/** Names the failing step (`rev-parse`), not the global options before it, in error messages. */
function subcommand(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return '';
}

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${subcommand(args)} failed (exit ${String(exitCode)}): ${stderr.trim()}`);
    this.name = 'GitCommandError';
  }
}

/**
 * Inherited GIT_* variables (e.g. GIT_DIR when tests run inside a hook) would redirect every
 * call to the wrong repository, so they are stripped before our own are applied.
 */
export function cleanGitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', ...extra };
}

export async function git(args: readonly string[], opts: GitCallOptions = {}): Promise<GitResult> {
  const result = await exec('git', args, {
    cwd: opts.cwd,
    env: cleanGitEnv(opts.env),
    input: opts.input ?? '',
  });
  if (result.code !== 0) throw new GitCommandError(args, result.code, result.stderr);
  return { stdout: result.stdout, stderr: result.stderr };
}
