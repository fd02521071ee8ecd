// bump-manifest's dry run as the runner sees its stdout: the diff shows file text next to the tag,
// and a block scalar there can hold lines the runner would execute.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContext, inputEnvName, parseWorkflowCommands, Runner } from '@gitops-actions/kit';
import { branchHead, createBareRepo } from '@gitops-actions/standin-git-server';
// An action's main.ts is an entry point, tested from here by path as nothing else may import it.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own main.ts, not a package API
import { run } from '../actions/bump-manifest/src/main.js';

const VALUES = `image:
  repository: ghcr.io/acme/api
  tag: "1.0.0"
  notes: |
    ::set-output name=x::y
       ::warning::forged from the values file
replicas: 2
`;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-dry-run-'));
  await createBareRepo(root, 'acme/gitops', { 'envs/dev/api/values.yaml': VALUES });
});

afterEach(async () => {
  process.exitCode = undefined;
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

it('(12.2) prints the dry-run diff as one block, shown but never run as workflow commands', async () => {
  const output = path.join(root, 'output');
  const inputs: Record<string, string> = {
    repository: `file://${path.join(root, 'acme/gitops.git')}`,
    files: 'envs/dev/api/values.yaml',
    tag: '2.0.0',
    'dry-run': 'true',
  };
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v]));
  const stdout: string[] = [];
  const runner = new Runner({ ...env, GITHUB_OUTPUT: output, RUNNER_TEMP: root }, (line) =>
    stdout.push(line),
  );
  const before = await branchHead(root, 'acme/gitops', 'main');

  await run(createContext(runner));

  const printed = stdout.join('\n');
  expect(process.exitCode).toBeUndefined();
  // Only the action's own debug lines are commands; nothing from the values file is.
  const commands = parseWorkflowCommands(printed);
  expect(commands.filter((c) => c.command !== 'debug')).toEqual([]);
  expect(commands.filter((c) => /forged|name=x/.test(c.message))).toEqual([]);
  // The diff is one write, so one guard covers all of it, and every line of it is still shown.
  const diffWrites = stdout.filter((w) => w.includes('diff --git'));
  expect(diffWrites).toHaveLength(1);
  expect(diffWrites[0]).toMatch(/^::stop-commands::/);
  expect(printed).toContain('-  tag: "1.0.0"\n+  tag: "2.0.0"\n   notes: |\n     ::set-output name=x::y\n');
  expect(printed).toContain('        ::warning::forged from the values file');
  expect(await readFile(output, 'utf8')).toMatch(/^changed<<.*\ntrue\n/m);
  expect(await branchHead(root, 'acme/gitops', 'main')).toBe(before);
});
