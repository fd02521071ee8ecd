import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCommandFile } from '@gitops-actions/kit';

/** The files a runner gives each step, by env name. */
export const COMMAND_FILES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
] as const;

export interface StepFiles {
  dir: string;
  env: Record<string, string>;
  read(): {
    outputs: Record<string, string>;
    env: Record<string, string>;
    state: Record<string, string>;
    summary: string;
    paths: string[];
  };
  dispose(): void;
}

/** A fresh RUNNER_TEMP and empty command files for one step, as the runner prepares them. */
export function createStepFiles(parent = tmpdir()): StepFiles {
  const dir = mkdtempSync(path.join(parent, 'gitops-step-'));
  const env: Record<string, string> = { RUNNER_TEMP: path.join(dir, 'temp') };
  mkdirSync(env['RUNNER_TEMP']!);
  for (const name of COMMAND_FILES) {
    env[name] = path.join(dir, name.toLowerCase());
    writeFileSync(env[name], '');
  }
  const file = (name: (typeof COMMAND_FILES)[number]): string => readFileSync(env[name]!, 'utf8');
  return {
    dir,
    env,
    read: () => ({
      outputs: parseCommandFile(file('GITHUB_OUTPUT')),
      env: parseCommandFile(file('GITHUB_ENV')),
      state: parseCommandFile(file('GITHUB_STATE')),
      summary: file('GITHUB_STEP_SUMMARY'),
      paths: file('GITHUB_PATH').split('\n').filter(Boolean),
    }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `node <script>` with the given env, handing each stdout line to `onLine`. */
export function runNode(
  script: string,
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
  opts: { cwd?: string; onStderr?: (chunk: string) => void } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env,
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => opts.onStderr?.(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) onLine(pending);
      resolve(code ?? 1);
    });
  });
}
