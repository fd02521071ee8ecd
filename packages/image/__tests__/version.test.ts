// (12.2) A version is one line a tag can hold, wherever it comes from; every tag is checked before a build.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ActionError,
  InputError,
  InputReader,
  Runner,
  parseWorkflowCommands,
  runnerLogger,
  type ExecResult,
} from '@gitops-actions/kit';
import { parseImageName } from '@gitops-actions/registry';
import { publish, readImageInputs, type PublishRequest } from '@gitops-actions/image';

const INJECTION = '1.0\n::warning::injected\n::set-output name=x::y';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'image-version-check-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

/** A buildah that works and records what it was asked to run. */
function buildah() {
  const commands: string[][] = [];
  const exec = (command: string, args: readonly string[]): Promise<ExecResult> => {
    commands.push([command, ...args]);
    return Promise.resolve({ code: command === 'buildah' ? 0 : 1, stdout: '', stderr: '' });
  };
  return { exec, builds: () => commands.filter(([c, sub]) => c === 'buildah' && sub === 'bud') };
}

function request(over: Partial<PublishRequest> = {}): PublishRequest {
  const image = parseImageName('ghcr.io/acme/app');
  if ('error' in image) throw new Error(image.error);
  return {
    image,
    context: '.',
    file: 'Dockerfile',
    version: '',
    tagTemplate: '{version}-{sha7}',
    extraTags: [],
    buildArgs: [],
    labels: [],
    platforms: [],
    target: '',
    mode: 'build',
    builder: 'buildah',
    immutable: true,
    cache: '',
    username: '',
    password: '',
    retries: 0,
    ...over,
  };
}

/** Runs a publish with a runner that prints into `printed`, as the runner would read it. */
async function run(req: PublishRequest) {
  const printed: string[] = [];
  const runner = new Runner({}, (line) => printed.push(line));
  const fake = buildah();
  const ports = {
    exec: fake.exec,
    log: runnerLogger(runner),
    clock: { now: () => 0, sleep: async () => {} },
    env: { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' },
    workspace: dir,
    tempDir: dir,
  };
  const outcome = await publish(req, ports).then(
    (result) => ({ result, error: undefined }),
    (error: unknown) => ({ result: undefined, error: error as Error }),
  );
  // The failure reaches the log as the action prints it: one ::error command.
  if (outcome.error) runner.annotate('error', outcome.error.message);
  return { ...outcome, printed: printed.join('\n'), builds: fake.builds() };
}

describe('(12.2) versions from files', () => {
  it('(12.2) refuses a multi-line VERSION file before any build, naming the file and escaping what it holds', async () => {
    await writeFile(path.join(dir, 'VERSION'), `${INJECTION}\n`);
    const { error, printed, builds } = await run(request());
    expect(error).toBeInstanceOf(ActionError);
    const file = path.join(dir, 'VERSION');
    expect(error?.message).toBe(
      `the VERSION file at ${file} holds '1.0\\n::warning::injected\\n::set-output name=x::y', which holds 3 lines; a version is one line`,
    );
    expect((error as ActionError).hint).toContain('set the version input');
    expect(builds).toEqual([]);
    // What the runner reads: one error, and nothing from the file run as a command.
    expect(parseWorkflowCommands(printed).map((c) => c.command)).toEqual(['error']);
  });

  it('(12.2) refuses characters a tag cannot hold in package.json and Chart.yaml, and a package.json that is not JSON', async () => {
    await writeFile(path.join(dir, 'Chart.yaml'), 'name: api\nappVersion: 1.0/beta\n');
    const chart = await run(request());
    expect(chart.error?.message).toMatch(
      /^the appVersion of the Chart.yaml at .* holds '1.0\/beta', which holds characters a tag cannot/,
    );

    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: '2.0.0 \u202e1' }));
    const pkg = await run(request());
    expect(pkg.error?.message).toContain("holds '2.0.0 \\u{202E}1', which holds characters a tag cannot");

    await writeFile(path.join(dir, 'package.json'), '{"version": 1.0.0');
    const broken = await run(request());
    expect(broken.error?.message).toBe(
      `the package.json at ${path.join(dir, 'package.json')} is not valid JSON`,
    );
    expect([chart, pkg, broken].flatMap((r) => r.builds)).toEqual([]);
  });

  it('(12.2) still reads a clean version, with semver build metadata written as - in the tag', async () => {
    await writeFile(path.join(dir, 'VERSION'), 'v1.2.3+build.7\n');
    const { result, error } = await run(request());
    expect(error).toBeUndefined();
    expect(result?.tags).toEqual(['1.2.3-build.7-0123456']);
  });
});

describe('(12.2) the version input and the tags', () => {
  const reader = (inputs: Record<string, string>) => new InputReader((name) => inputs[name] ?? '');

  it('(12.2) refuses a version input that is not one line of tag characters, naming the input', () => {
    const read = (version: string) => () =>
      readImageInputs(reader({ image: 'ghcr.io/acme/app', version }), {});
    expect(read(INJECTION)).toThrow(InputError);
    expect(read(INJECTION)).toThrow(
      "Input 'version' '1.0\\n::warning::injected\\n::set-output name=x::y' holds 3 lines; a version is one line",
    );
    expect(read('1'.repeat(200))).toThrow(
      /^Input 'version' '1{80}…' \(200 characters\) is 200 characters long/,
    );
    expect(read('1.0.0')).not.toThrow();
  });

  it('(12.2) checks every tag against the OCI grammar before any build, naming the input that produced it', async () => {
    const long = await run(
      request({ version: '1.0.0', extraTags: ['latest', `{version}-${'x'.repeat(130)}`] }),
    );
    expect(long.error).toBeInstanceOf(InputError);
    expect(long.error?.message).toMatch(
      /^Input 'extra-tags' '\{version\}-x{70}…' \(140 characters\) yields '1\.0\.0-x{74}…' \(136 characters\), which is not a valid tag/,
    );
    const dot = await run(request({ version: '1.0.0', tagTemplate: '.{version}' }));
    expect(dot.error?.message).toMatch(
      /^Input 'tag-template' '\.\{version\}' yields '\.1\.0\.0', which is not a valid tag/,
    );
    expect([...long.builds, ...dot.builds]).toEqual([]);
  });
});
