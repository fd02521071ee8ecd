import { spawn } from 'node:child_process';

export interface ExecOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A process runner as a port: argument arrays only, never a shell string. */
export type Exec = (command: string, args: readonly string[], opts?: ExecOptions) => Promise<ExecResult>;

/** Runs a command to completion and reports its exit code; a non-zero exit is not an exception. */
export const exec: Exec = (command, args, opts = {}) =>
  new Promise((resolve, reject) => {
    const stdin = opts.input === undefined ? 'ignore' : 'pipe';
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: [stdin, 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    if (child.stdin) {
      // A command may exit without reading its input; that is its answer, not our failure.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
  });
