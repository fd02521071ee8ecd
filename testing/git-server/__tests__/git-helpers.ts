import { spawn } from 'node:child_process';
import { cleanGitEnv, SANDBOX_IDENTITY } from '../src/exec-git.js';

export interface GitRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real git CLI like a client would; never throws so tests can assert on failures. */
export function runGit(args: string[], cwd: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: cleanGitEnv(SANDBOX_IDENTITY),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function mustGit(args: string[], cwd: string): Promise<string> {
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function basicHeader(token: string, user = 'x-access-token'): string {
  return `http.extraHeader=Authorization: Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
}
