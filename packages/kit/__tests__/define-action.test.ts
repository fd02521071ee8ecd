import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ActionError,
  createContext,
  defineAction,
  parseCommandFile,
  parseWorkflowCommands,
  Runner,
  runnerPorts,
} from '@gitops-actions/kit';

function context(inputs: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-define-'));
  const env: Record<string, string> = {
    GITHUB_OUTPUT: path.join(dir, 'out'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'sum'),
  };
  for (const file of Object.values(env)) writeFileSync(file, '');
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const lines: string[] = [];
  const ctx = createContext(new Runner(env, (l) => lines.push(l)));
  return {
    ctx,
    stdout: () => lines.join('\n'),
    outputs: () => parseCommandFile(readFileSync(env['GITHUB_OUTPUT']!, 'utf8')),
    summary: () => readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8'),
  };
}

const echo = defineAction({
  operation: 'echo the token',
  inputs: (reader) => ({
    token: reader.string('token', { required: true }),
    fail: reader.boolean('fail', false),
  }),
  secrets: (i) => [i.token],
  run: (i) => {
    return Promise.resolve({ length: i.token.length });
  },
  outputs: (r) => ({ length: String(r.length) }),
  summary: (r, i) => `token ${i.token} has ${r.length} characters`,
  finish: (_r, i) => {
    if (i.fail) throw new ActionError('finish', 'the result says so');
  },
});

afterEach(() => {
  process.exitCode = undefined;
});

describe('defineAction', () => {
  it('masks the secrets before running, then writes outputs and a redacted summary', async () => {
    const run = context({ token: 'ghs_0123456789abcdef' });
    await echo(run.ctx);
    const commands = parseWorkflowCommands(run.stdout());
    expect(commands[0]).toMatchObject({ command: 'add-mask', message: 'ghs_0123456789abcdef' });
    expect(run.outputs()).toEqual({ length: '20' });
    expect(run.summary()).toBe('token *** has 20 characters\n');
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('a failure in finish comes after the outputs, as one error', async () => {
    const run = context({ token: 'ghs_0123456789abcdef', fail: 'true' });
    await echo(run.ctx);
    expect(run.outputs()).toEqual({ length: '20' });
    const errors = parseWorkflowCommands(run.stdout()).filter((c) => c.command === 'error');
    expect(errors.map((e) => e.message)).toEqual(['Could not finish: the result says so']);
    expect(process.exitCode).toBe(1);
  });

  it('a bad input fails before anything runs or is written', async () => {
    const run = context({});
    await echo(run.ctx);
    expect(run.outputs()).toEqual({});
    expect(run.summary()).toBe('');
    expect(parseWorkflowCommands(run.stdout()).map((c) => c.message)).toEqual([
      "Input 'token' is required and was not supplied",
    ]);
  });
});

describe('runnerPorts', () => {
  it('takes the workspace and temp folder from the runner, and falls back outside one', () => {
    const lines: string[] = [];
    const log = createContext(new Runner({}, (l) => lines.push(l))).log;
    expect(runnerPorts(log, { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t' })).toMatchObject({
      workspace: '/w',
      tempDir: '/t',
    });
    expect(lines).toEqual([]);
    // (12.8) Outside a runner nothing runner-only is required; the fallback is said once.
    expect(runnerPorts(log, {})).toMatchObject({ workspace: process.cwd(), tempDir: tmpdir() });
    expect(lines).toEqual([`RUNNER_TEMP is not set (not on a runner): temporary files go under ${tmpdir()}`]);
  });
});
