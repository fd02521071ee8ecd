// The CLI as a user runs it: the bin shim, the bundled CLI, and the shipped action bundles.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@gitops-actions/testkit';
import {
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
} from '@gitops-actions/standin-git-server';

const bin = path.join(repoRoot(), 'packages/cli/bin/gitops-actions.js');

function cli(
  args: string[],
  env: Record<string, string> = {},
  entry = bin,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('gitops-actions CLI', () => {
  it('lists every input of the action from its action.yml with --help', async () => {
    const meta = parse(await readFile(path.join(repoRoot(), 'actions/bump-manifest/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const result = await cli(['bump-manifest', '--help']);
    expect(result.code).toBe(0);
    for (const name of Object.keys(meta.inputs)) expect(result.stdout).toContain(`--${name} `);
    for (const name of Object.keys(meta.outputs)) expect(result.stdout).toContain(`  ${name} `);
    expect(result.stdout).toMatch(/--files\s+.*\(required\)/);
  });

  it('rejects unknown flags and unknown actions with exit code 2', async () => {
    const flag = await cli(['bump-manifest', '--file', 'x']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Unknown flag --file for bump-manifest');
    const action = await cli(['deploy-everything']);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain("Unknown action 'deploy-everything'");
  });

  it('runs bump-manifest against a real repository and prints outputs as name=value', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const token = 'cli-secret-token-42';
    const server = await startGitServer({ root, token });
    try {
      await createBareRepo(root, 'acme/gitops', { 'dev/values.yaml': 'image:\n  tag: old\n' });
      const result = await cli(
        [
          'bump-manifest',
          '--repository',
          server.repoUrl('acme/gitops'),
          '--files',
          'dev/values.yaml',
          '--tag',
          'v2',
        ],
        { GITHUB_TOKEN: token },
      );
      expect(result.code).toBe(0);
      const [head] = await listCommits(root, 'acme/gitops', 'main');
      expect(result.stdout.trim().split('\n')).toEqual([
        'changed=true',
        `commit-sha=${head!.sha}`,
        'previous-tag=old',
        'files=["dev/values.yaml"]',
        'attempts=1',
        // mode push opens no pull request: its outputs are set, empty.
        'pull-request-url=',
        'pull-request-number=',
      ]);
      expect(await readFileAtBranch(root, 'acme/gitops', 'main', 'dev/values.yaml')).toBe(
        'image:\n  tag: v2\n',
      );
      expect(result.stdout + result.stderr).not.toContain(token);
      expect(result.stderr).not.toContain('::');
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true, maxRetries: 5 });
    }
  });

  it('prints the action error and exits 1 when a required input is missing', async () => {
    const result = await cli(['bump-manifest', '--tag', 'v1'], { GITHUB_REPOSITORY: 'acme/gitops' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: Input 'files' is required and was not supplied");
  });

  it('explains the demo, and says it needs a source checkout when run from the bundle alone', async () => {
    const help = await cli(['demo', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: gitops-actions demo [--failing]');
    expect(help.stdout).toContain('npm run demo');
    const bad = await cli(['demo', '--fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown argument --fast for demo');
    // The same bundle outside a checkout: no scripts/demo.ts, no tsx, no actions/.
    const alone = await mkdtemp(path.join(tmpdir(), 'cli-alone-'));
    try {
      await mkdir(path.join(alone, 'dist/cli'), { recursive: true });
      for (const file of ['index.js', 'package.json']) {
        await copyFile(path.join(repoRoot(), 'dist/cli', file), path.join(alone, 'dist/cli', file));
      }
      const result = await cli(['demo'], {}, path.join(alone, 'dist/cli/index.js'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('The demo runs from a source checkout of gitops-actions');
      expect(result.stderr).toContain('npm ci && npm run demo');
    } finally {
      await rm(alone, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});
