import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputEnvName } from '@gitops-actions/kit';
import { repoRoot, resolveEntry, runDist } from '../src/index.js';

/** A step that speaks the runner protocol by hand, so the harness is tested without any library in between. */
const FIXTURE = `
import { appendFileSync } from 'node:fs';
const append = (name, text) => appendFileSync(process.env[name], text);
append('GITHUB_OUTPUT', 'attempts=' + process.env['INPUT_MAX-ATTEMPTS'] + '\\n');
append('GITHUB_OUTPUT', 'report<<ghadelimiter_42\\nline 1\\nkey=value\\nghadelimiter_42\\n');
append('GITHUB_OUTPUT', 'seen=' + JSON.stringify({
  underscored: process.env['INPUT_MAX_ATTEMPTS'] ?? null,
  spaced: process.env['INPUT_IMAGE_TAG'] ?? null,
  nodeOptions: process.env.NODE_OPTIONS ?? null,
  extraCa: process.env.NODE_EXTRA_CA_CERTS ?? null,
  state: process.env.STATE_cleanup ?? null,
  cwd: process.cwd(),
  workspace: process.env.GITHUB_WORKSPACE,
  ci: process.env.CI,
  actions: process.env.GITHUB_ACTIONS,
  os: process.env.RUNNER_OS,
  repo: process.env.GITHUB_REPOSITORY,
  owner: process.env.GITHUB_REPOSITORY_OWNER,
  server: process.env.GITHUB_SERVER_URL,
  sha: process.env.GITHUB_SHA,
  runnerTemp: process.env.RUNNER_TEMP,
  custom: process.env.CUSTOM ?? null,
}) + '\\n');
append('GITHUB_ENV', 'DEPLOY_ENV=dev\\nMULTI<<EOF\\na\\nb\\nEOF\\n');
append('GITHUB_STATE', 'cleanup=/tmp/creds\\n');
append('GITHUB_STEP_SUMMARY', '### Deployed\\n\\n| app | tag |\\n');
append('GITHUB_PATH', '/opt/tool/bin\\n');
console.log('::add-mask::s3cr3t');
console.log('::error file=values.yaml,line=3::Key %0Anot found');
console.error('to stderr');
if (process.env.INPUT_HANG === 'true') setInterval(() => undefined, 1000);
process.exitCode = Number(process.env.INPUT_EXIT ?? '0');
`;

describe('runDist', () => {
  let dir: string;
  let entry: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'testkit-fixture-'));
    entry = join(dir, 'index.mjs');
    await writeFile(entry, FIXTURE);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  const seen = (outputs: Record<string, string>): Record<string, unknown> =>
    JSON.parse(outputs['seen'] ?? '{}') as Record<string, unknown>;

  it('parses outputs, env, state, summary, path and workflow commands', async () => {
    const result = await runDist(entry, { inputs: { 'max-attempts': '5' } });
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.outputs['attempts']).toBe('5');
    expect(result.outputs['report']).toBe('line 1\nkey=value');
    expect(result.env).toEqual({ DEPLOY_ENV: 'dev', MULTI: 'a\nb' });
    expect(result.state).toEqual({ cleanup: '/tmp/creds' });
    expect(result.summary).toBe('### Deployed\n\n| app | tag |\n');
    expect(result.paths).toEqual(['/opt/tool/bin']);
    expect(result.stderr).toBe('to stderr\n');
    expect(result.stdout).toContain('::add-mask::s3cr3t');
    expect(result.commands).toEqual([
      { command: 'add-mask', properties: {}, message: 's3cr3t' },
      { command: 'error', properties: { file: 'values.yaml', line: '3' }, message: 'Key \nnot found' },
    ]);
  });

  it('keeps hyphens and turns spaces into underscores in input names', async () => {
    expect(inputEnvName('max-attempts')).toBe('INPUT_MAX-ATTEMPTS');
    expect(inputEnvName('image tag')).toBe('INPUT_IMAGE_TAG');
    const result = await runDist(entry, { inputs: { 'max-attempts': '3', 'image tag': 'v1' } });
    expect(result.outputs['attempts']).toBe('3');
    expect(seen(result.outputs)).toMatchObject({ underscored: null, spaced: 'v1' });
  });

  it('sets runner defaults and does not inherit NODE_OPTIONS or NODE_EXTRA_CA_CERTS', async () => {
    // Jest itself runs with NODE_OPTIONS=--experimental-vm-modules, which is what must not leak.
    expect(process.env['NODE_OPTIONS']).toBeDefined();
    process.env['NODE_EXTRA_CA_CERTS'] = '/nonexistent/ca.pem';
    try {
      const values = seen((await runDist(entry)).outputs);
      expect(values).toMatchObject({
        nodeOptions: null,
        extraCa: null,
        ci: 'true',
        actions: 'true',
        os: 'Linux',
        repo: 'owner/repo',
        owner: 'owner',
        server: 'https://github.com',
        custom: null,
      });
      expect(values['sha']).toMatch(/^[0-9a-f]{40}$/);
      expect(values['workspace']).toBe(values['cwd']);
      expect(typeof values['runnerTemp']).toBe('string');
    } finally {
      delete process.env['NODE_EXTRA_CA_CERTS'];
    }
  });

  it('propagates a failing exit code and still reads what was written', async () => {
    const result = await runDist(entry, { inputs: { exit: '3' } });
    expect(result.exitCode).toBe(3);
    expect(result.state['cleanup']).toBe('/tmp/creds');
  });

  it('passes state as STATE_<name>, runs in cwd, and lets env override everything', async () => {
    const cwd = await realpath(dir);
    const result = await runDist(entry, {
      cwd,
      state: { cleanup: '/tmp/from-main' },
      env: { CUSTOM: 'yes', GITHUB_REPOSITORY: 'acme/service' },
    });
    expect(seen(result.outputs)).toMatchObject({
      state: '/tmp/from-main',
      cwd,
      workspace: cwd,
      custom: 'yes',
      repo: 'acme/service',
      owner: 'acme',
    });
  });

  it('uses a fresh, empty set of runner files per run and removes them afterwards', async () => {
    const first = seen((await runDist(entry)).outputs);
    const second = await runDist(entry);
    expect(second.outputs['attempts']).toBe('undefined');
    expect(seen(second.outputs)['runnerTemp']).not.toBe(first['runnerTemp']);
    await expect(readFile(String(first['runnerTemp']))).rejects.toThrow(/ENOENT/);
  });

  it('kills a step that outlives timeoutMs', async () => {
    const result = await runDist(entry, { inputs: { hang: 'true' }, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
  });
});

describe('resolveEntry and repoRoot', () => {
  it('finds the workspace root from this package', async () => {
    const root = repoRoot();
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      workspaces?: unknown;
    };
    expect(manifest.workspaces).toBeDefined();
  });

  it('maps an action name to dist/<name>/index.js and explains a missing build', () => {
    expect(() => resolveEntry('no-such-action')).toThrow(
      `${join(repoRoot(), 'dist', 'no-such-action', 'index.js')} does not exist (run \`npm run build\`)`,
    );
  });
});
