import { spawn } from 'node:child_process';
import { nowMs } from './stats.js';

export interface ProcResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Spawn to exit of the child, from the monotonic clock. */
  ms: number;
}

export interface ProcOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string | Buffer;
  timeoutMs?: number;
}

/**
 * The environment every child gets: PATH and HOME only, plus what the caller adds. Dropping the
 * rest removes NODE_EXTRA_CA_CERTS (this machine sets it; it costs ~50 ms per Node start),
 * NODE_OPTIONS and any GIT_* that would redirect git.
 */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/tmp',
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
  delete env['NODE_EXTRA_CA_CERTS'];
  return env;
}

/** Runs a command from an argument array (no shell) and measures only the child's lifetime. */
export function run(command: string, args: readonly string[], opts: ProcOptions = {}): Promise<ProcResult> {
  return new Promise((resolve, reject) => {
    const start = nowMs();
    const child = spawn(command, [...args], {
      cwd: opts.cwd,
      env: opts.env ?? childEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let exitedAt = 0;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined);
    child.on('exit', () => {
      exitedAt = nowMs();
    });
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: (exitedAt || nowMs()) - start,
      });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs git and throws with its stderr when it fails. */
export async function git(
  args: readonly string[],
  opts: ProcOptions = {},
): Promise<{ stdout: string; stderr: string }> {
  const result = await run('git', args, opts);
  if (result.code !== 0) {
    const command = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--git-dir')[0] ?? '';
    throw new Error(`git ${command} failed (exit ${String(result.code)}): ${result.stderr.trim()}`);
  }
  return result;
}
