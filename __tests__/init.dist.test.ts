// (13.6) The shipped CLI bundle scaffolds a GitOps repository: `node dist/cli/index.js init` writes the
// files, a second run changes nothing, and the workflows it writes pass this repository's pin and
// security checks (scripts/workflow-checks.ts) like its own workflows.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@gitops-actions/testkit';
import { parseWorkflow, pinFindings, securityFindings } from '../scripts/workflow-checks.js';

const root = repoRoot();
const bundle = path.join(root, 'dist/cli/index.js');

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let dir: string;
beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'init-dist-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const args = (layout: string) => [
  'init',
  '--service',
  'api',
  '--image',
  'ghcr.io/acme/api',
  '--layout',
  layout,
  '--environments',
  'dev,staging,prod',
  '--dir',
  'gitops',
  '--owners',
  'prod=@acme/sre',
];

describe('(13.6) dist/cli init', () => {
  it.each(['helm', 'kustomize'])(
    '%s: writes the repository, then finds every file identical',
    async (layout) => {
      const first = await run(args(layout), dir);
      expect(first).toMatchObject({ code: 0, stderr: '' });
      const written = first.stdout.trim().split('\n');
      expect(written.every((l) => l.startsWith('wrote  '))).toBe(true);
      expect(written).toContain('wrote  .github/workflows/wait-deploy-api.yml');
      const second = await run(args(layout), dir);
      expect(second.stdout.trim().split('\n')).toEqual(
        written.map((l) => l.replace(/^wrote/, 'exists, identical')),
      );
      const codeowners = await readFile(path.join(dir, 'gitops/.github/CODEOWNERS'), 'utf8');
      expect(codeowners).toContain(
        layout === 'helm' ? '/envs/prod/api/ @acme/sre' : '/overlays/prod/api/ @acme/sre',
      );
    },
  );

  it("the written workflows pass the pin and security checks of this repository's own workflows", async () => {
    expect((await run([...args('helm'), '--applicationset'], dir)).code).toBe(0);
    const files = [
      'gitops/.github/workflows/wait-deploy-api.yml',
      'gitops/.gitops-actions/service-workflows/api/deploy.yml',
    ];
    // The reusable workflows the callers name, as this repository holds them.
    const loadWorkflow = (file: string) =>
      existsSync(path.join(root, file)) ? parseWorkflow(readFileSync(path.join(root, file), 'utf8')) : null;
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      expect(pinFindings(text, file)).toEqual([]);
      expect(securityFindings(parseWorkflow(text), file, loadWorkflow)).toEqual([]);
    }
  });

  it('a bad flag is one error naming it, exit code 2', async () => {
    const result = await run([...args('helm').slice(0, -2), '--owners', 'prod=nobody'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      "Input '--owners' 'nobody' is not @org/team, @user or an email address",
    );
  });
});
