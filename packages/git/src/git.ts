import { mkdir } from 'node:fs/promises';
import {
  ActionError,
  displayUrl,
  exec as defaultExec,
  type Exec,
  type Logger,
  silentLogger,
} from '@gitops-actions/kit';
import { authEnv } from './auth.js';
import { GIT_INPUTS, gitFailure, isRejectedPush, type GitInputNames } from './errors.js';

export interface Author {
  name: string;
  email: string;
}

export interface CloneOptions {
  url: string;
  dir: string;
  branch: string;
  /** Folders to check out (cone mode); everything else stays out of the work tree and unfetched. */
  folders: string[];
  token?: string;
  exec?: Exec;
  log?: Logger;
  env?: NodeJS.ProcessEnv;
  /** The caller's inputs, named in the hints of failures; GIT_INPUTS when absent. */
  inputs?: GitInputNames;
}

export type PushResult = { pushed: true } | { pushed: false; reason: string };

/** One git work tree driven through the git CLI, with credentials only in the environment. */
export class Git {
  private constructor(
    readonly dir: string,
    readonly url: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly exec: Exec,
    private readonly log: Logger,
    private readonly branch: string,
    private readonly inputs: GitInputNames,
  ) {}

  /** Depth-1, blob-less, sparse clone: fetches one commit's trees and only the blobs under `folders`. */
  static async clone(opts: CloneOptions): Promise<Git> {
    const exec = opts.exec ?? defaultExec;
    const log = opts.log ?? silentLogger;
    const inputs = opts.inputs ?? GIT_INPUTS;
    refuseCredentials(opts.url, inputs);
    const env = authEnv(opts.url, opts.token, opts.env ?? process.env);
    await mkdir(opts.dir, { recursive: true });
    const git = new Git(opts.dir, opts.url, env, exec, log, opts.branch, inputs);
    await git.run('clone', `clone ${displayUrl(opts.url)} (branch ${opts.branch})`, [
      'clone',
      '--quiet',
      '--depth=1',
      '--filter=blob:none',
      '--no-checkout',
      '--single-branch',
      `--branch=${opts.branch}`,
      '--',
      opts.url,
      '.',
    ]);
    const folders = opts.folders.filter((f) => f !== '' && f !== '.');
    await git.run('sparse-checkout', 'set up the sparse checkout', [
      'sparse-checkout',
      'set',
      '--cone',
      '--',
      ...folders,
    ]);
    await git.run('checkout', `check out ${opts.branch}`, ['checkout', '--quiet', opts.branch]);
    return git;
  }

  async head(): Promise<string> {
    return (await this.run('rev-parse', 'read HEAD', ['rev-parse', 'HEAD'])).trim();
  }

  /** Moves the work tree to the branch's current tip on the remote; returns the new HEAD. */
  async syncTo(branch: string): Promise<string> {
    await this.run('fetch', `fetch ${branch}`, [
      'fetch',
      '--quiet',
      '--depth=1',
      '--filter=blob:none',
      'origin',
      `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ]);
    await this.run('reset', `reset to origin/${branch}`, [
      'reset',
      '--quiet',
      '--hard',
      `refs/remotes/origin/${branch}`,
    ]);
    return this.head();
  }

  async diff(): Promise<string> {
    return this.run('diff', 'compute the diff', ['diff', '--no-color', '--no-ext-diff']);
  }

  async commit(paths: string[], message: string, author: Author): Promise<string> {
    const identity = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    // `commit -- <paths>` stages and commits in one process; this runs once per push attempt.
    await this.run('commit', 'commit', ['commit', '--quiet', '--no-verify', '--file=-', '--', ...paths], {
      input: message,
      env: identity,
    });
    return this.head();
  }

  /** Pushes HEAD to the branch; a lost race is a result, not an exception. */
  async push(branch: string): Promise<PushResult> {
    const args = ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`];
    const result = await this.exec('git', args, { cwd: this.dir, env: this.env });
    const text = `${result.stdout}\n${result.stderr}`;
    if (result.code === 0) return { pushed: true };
    if (isRejectedPush(text)) return { pushed: false, reason: rejectionReason(text) };
    throw this.error('push', `push to ${branch}`, result.stderr || result.stdout, branch);
  }

  /** Names of the entries of a folder at HEAD (works for folders outside the sparse cone too). */
  async listFolder(folder: string): Promise<string[]> {
    const spec = folder === '' || folder === '.' ? 'HEAD' : `HEAD:${folder}`;
    const result = await this.exec('git', ['ls-tree', '--name-only', spec], { cwd: this.dir, env: this.env });
    return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
  }

  private async run(
    command: string,
    operation: string,
    args: string[],
    extra: { input?: string; env?: Record<string, string> } = {},
  ): Promise<string> {
    this.log.debug(`git ${args.map(shownArg).join(' ')}`);
    const env = extra.env ? { ...this.env, ...extra.env } : this.env;
    const result = await this.exec('git', args, { cwd: this.dir, env, input: extra.input });
    if (result.code !== 0) throw this.error(command, operation, result.stderr || result.stdout);
    return result.stdout;
  }

  private error(command: string, operation: string, stderr: string, branch = this.branch) {
    return gitFailure(operation, stderr, { command, url: this.url, branch, inputs: this.inputs });
  }
}

/** URLs in a logged command line lose userinfo, query and fragment, where credentials hide. */
export function shownArg(arg: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ? displayUrl(arg) : arg;
}

/**
 * Credentials in the URL would reach git's argv (visible in `ps`), `.git/config` and git's own
 * messages in encodings the runner does not mask; the token travels only as an extra header. A URL
 * that does not parse is refused unprinted: userinfo holding a `/` is one.
 */
export function refuseCredentials(url: string, inputs: GitInputNames): void {
  const fix = `Give the ${inputs.repository} input without them and the token in the ${inputs.token} input.`;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    throw new ActionError('clone the repository', 'the repository URL is not a valid URL', {
      hint: `Check the ${inputs.repository} input; a URL must not hold credentials. ${fix}`,
    });
  }
  if (parsed.username || parsed.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url)) {
    throw new ActionError('clone the repository', 'the repository URL holds credentials (user:token@)', {
      hint: fix,
    });
  }
}

export function rejectionReason(text: string): string {
  const match = /\[(remote )?rejected\][^\n]*/.exec(text);
  return match ? match[0].trim() : 'rejected';
}
