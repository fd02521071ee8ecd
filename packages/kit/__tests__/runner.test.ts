import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, createContext, formatCommand, runAction, Runner } from '@gitops-actions/kit';

function setup(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-'));
  const files = {
    GITHUB_OUTPUT: 'out',
    GITHUB_ENV: 'env',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'sum',
  };
  const env: Record<string, string> = { ...extra };
  for (const [k, f] of Object.entries(files)) {
    env[k] = path.join(dir, f);
    writeFileSync(env[k], '');
  }
  const lines: string[] = [];
  const runner = new Runner(env, (l) => lines.push(l));
  const read = (k: keyof typeof files): string => readFileSync(env[k]!, 'utf8');
  return { env, lines, runner, read };
}

describe('Runner', () => {
  it('reads inputs the way the runner names them, hyphens kept', () => {
    const { runner } = setup({ 'INPUT_MAX-ATTEMPTS': ' 3 ', INPUT_COMMIT_MESSAGE: 'x' });
    expect(runner.input('max-attempts')).toBe('3');
    expect(runner.input('commit message')).toBe('x');
  });

  it('writes outputs, env and state in the delimiter form, multi-line values intact', () => {
    const { runner, read, env } = setup();
    runner.setOutput('files', '["a",\n"b"]');
    runner.exportVariable('AWS_REGION', 'eu-west-1');
    runner.saveState('added', 'x');
    expect(read('GITHUB_OUTPUT')).toMatch(/^files<<(ghadelimiter_[\w-]+)\n\["a",\n"b"\]\n\1\n$/);
    expect(read('GITHUB_ENV')).toMatch(/^AWS_REGION<<(ghadelimiter_[\w-]+)\neu-west-1\n\1\n$/);
    expect(read('GITHUB_STATE')).toContain('added<<');
    expect(env['AWS_REGION']).toBe('eu-west-1');
  });

  it('escapes workflow command data and properties', () => {
    expect(formatCommand('error', '50%\nnext', { file: 'a,b:c', line: 3 })).toBe(
      '::error file=a%2Cb%3Ac,line=3::50%25%0Anext',
    );
  });
});

describe('runAction', () => {
  afterEach(() => {
    process.exitCode = 0;
  });

  it('reports "Could not <op>: <cause>" with the hint, redacts secrets and sets exit code 1', async () => {
    const { runner, lines } = setup();
    const ctx = createContext(runner);
    await runAction(
      'bump the manifest',
      ({ secrets }) => {
        secrets.add('s3cr3t-token');
        return Promise.reject(
          new ActionError('push to main', 'server said s3cr3t-token is bad', { hint: 'Check the token.' }),
        );
      },
      ctx,
    );
    expect(process.exitCode).toBe(1);
    expect(lines).toContain('::add-mask::s3cr3t-token');
    const error = lines.find((l) => l.startsWith('::error::'));
    expect(error).toBe('::error::Could not push to main: server said *** is bad%0ACheck the token.');
  });

  it('uses the action operation for unexpected errors and shows the stack only in debug', async () => {
    const quiet = setup();
    await runAction(
      'bump the manifest',
      async () => Promise.reject(new TypeError('boom')),
      createContext(quiet.runner),
    );
    expect(quiet.lines).toEqual(['::error::Could not bump the manifest: boom']);
    const loud = setup({ RUNNER_DEBUG: '1' });
    await runAction(
      'bump the manifest',
      async () => Promise.reject(new TypeError('boom')),
      createContext(loud.runner),
    );
    expect(loud.lines.some((l) => l.startsWith('::debug::TypeError: boom'))).toBe(true);
  });
});
