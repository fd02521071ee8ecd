// (12.14) Build secrets: `id=value` lines reach the builder as 0600 files under the temp folder, passed by
// path only, and the files are gone after the build, whether it succeeded or not.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError, silentLogger, type ExecOptions, type ExecResult } from '@gitops-actions/kit';
import { parseImageName } from '@gitops-actions/registry';
import { parseBuildSecrets, publish, selectBuilder, type PublishRequest } from '@gitops-actions/image';

const TOKEN = 'npm_secretToken0123456789abcdef';
const KEY = 'deploy-key-value-9876543210';

describe('(12.14) parseBuildSecrets', () => {
  it('(12.14) reads id=value lines, skipping blank ones, and keeps = inside values', () => {
    expect(parseBuildSecrets(`token=${TOKEN}\n\n  key.pem = ${KEY}==\n`, 'build-secrets')).toEqual([
      { id: 'token', value: TOKEN },
      { id: 'key.pem', value: `${KEY}==` },
    ]);
  });

  it('(12.14) refuses bad lines naming build-secrets and the line, never echoing the value', () => {
    const refuse = (text: string) => {
      let error: unknown;
      try {
        parseBuildSecrets(text, 'build-secrets');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const message = (error as Error).message;
      expect(message.startsWith("Input 'build-secrets' ")).toBe(true);
      expect(message).not.toContain(TOKEN);
      expect(message).not.toContain(TOKEN.slice(0, 12));
      return message;
    };
    expect(refuse(`token=${TOKEN}\n${TOKEN}`)).toBe(
      "Input 'build-secrets' line 2 is not id=value (it has no '='; the line is not shown)",
    );
    expect(refuse(`my token=${TOKEN}`)).toMatch(
      /^Input 'build-secrets' line 1: the id before '=' must be letters/,
    );
    expect(refuse(`tok,en=${TOKEN}`)).toMatch(/line 1: the id before '='/);
    expect(refuse(`..=${TOKEN}`)).toMatch(/line 1: the id before '='/);
    expect(refuse(`=${TOKEN}`)).toMatch(/line 1: the id before '='/);
    expect(refuse(`token=${TOKEN}\ntoken=${TOKEN}`)).toBe(
      "Input 'build-secrets' line 2 repeats the id 'token' of line 1",
    );
    expect(refuse('token=abc')).toBe(
      "Input 'build-secrets' line 1: the value of 'token' is 3 characters long; a build secret has at least 8",
    );
  });
});

/** What the builder saw of one secret file while it ran. */
interface SeenFile {
  id: string;
  file: string;
  mode: number;
  content: string;
}

/** buildah, recording every argv and inspecting the secret files at the moment the build runs. */
function buildah(buildCode = 0) {
  const argv: string[][] = [];
  const seen: SeenFile[] = [];
  const exec = (command: string, args: readonly string[]): Promise<ExecResult> => {
    argv.push([command, ...args]);
    if (command !== 'buildah') return Promise.resolve({ code: 1, stdout: '', stderr: '' });
    if (args[0] === 'bud') {
      args.forEach((arg, i) => {
        if (args[i - 1] !== '--secret') return;
        const [, id = '', file = ''] = /^id=([^,]+),src=(.+)$/.exec(arg) ?? [];
        const stat = statSync(file);
        seen.push({ id, file, mode: stat.mode & 0o777, content: readFileSync(file, 'utf8') });
      });
      return Promise.resolve({ code: buildCode, stdout: '', stderr: buildCode ? 'error: RUN failed' : '' });
    }
    return Promise.resolve({ code: 0, stdout: '', stderr: '' });
  };
  return { exec, argv, seen };
}

let dir: string;
let temp: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'build-secrets-ws-'));
  temp = await mkdtemp(path.join(tmpdir(), 'build-secrets-temp-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  await rm(temp, { recursive: true, force: true, maxRetries: 5 });
});

function request(over: Partial<PublishRequest> = {}): PublishRequest {
  const image = parseImageName('ghcr.io/acme/app');
  if ('error' in image) throw new Error(image.error);
  return {
    image,
    context: '.',
    file: 'Dockerfile',
    version: '1.0.0',
    tagTemplate: '{version}',
    extraTags: [],
    buildArgs: ['PUBLIC=visible'],
    buildSecrets: [
      { id: 'token', value: TOKEN },
      { id: 'key.pem', value: KEY },
    ],
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

const ports = (exec: ReturnType<typeof buildah>['exec']) => ({
  exec,
  log: silentLogger,
  clock: { now: () => 0, sleep: async () => {} },
  env: { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', SOURCE_DATE_EPOCH: '1767225600' },
  workspace: dir,
  tempDir: temp,
});

describe('(12.14) publish with build secrets', () => {
  it('(12.14) gives the builder 0600 files under the temp folder, by path only, and removes them after', async () => {
    const fake = buildah();
    await publish(request(), ports(fake.exec));
    expect(fake.seen.map(({ id, mode, content }) => ({ id, mode, content }))).toEqual([
      { id: 'token', mode: 0o600, content: TOKEN },
      { id: 'key.pem', mode: 0o600, content: KEY },
    ]);
    for (const { file } of fake.seen) {
      expect(path.dirname(path.dirname(file))).toBe(temp);
      expect(path.basename(path.dirname(file))).toMatch(/^build-secrets-/);
      expect(existsSync(file)).toBe(false);
    }
    expect(readdirSync(temp)).toEqual([]);
    const everyArg = fake.argv.flat().join('\n');
    expect(everyArg).not.toContain(TOKEN);
    expect(everyArg).not.toContain(KEY);
    expect(everyArg).toContain('--build-arg\nPUBLIC=visible');
  });

  it('(12.14) removes the files after a failed build too', async () => {
    const fake = buildah(1);
    await expect(publish(request(), ports(fake.exec))).rejects.toThrow(/^buildah exited 1/);
    expect(fake.seen).toHaveLength(2);
    for (const { file } of fake.seen) expect(existsSync(file)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('(12.14) writes nothing and passes no --secret when there are no secrets', async () => {
    const none = buildah();
    await publish(request({ buildSecrets: [] }), ports(none.exec));
    expect(none.argv.flat()).not.toContain('--secret');
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('(12.14) every builder takes --secret', () => {
  const build = async (name: 'buildx' | 'docker' | 'podman' | 'buildah', withSecret: boolean) => {
    const calls: Array<{ argv: string[]; env: ExecOptions['env'] }> = [];
    const builder = await selectBuilder(name, (command, args, opts) => {
      calls.push({ argv: [command, ...args], env: opts?.env });
      return Promise.resolve({ code: 0, stdout: '', stderr: '' });
    });
    calls.length = 0;
    await builder.build({
      context: '/src',
      file: '/src/Dockerfile',
      refs: ['ghcr.io/acme/app:1.0.0'],
      buildArgs: [],
      labels: [],
      platforms: [],
      target: '',
      timestamp: undefined,
      cache: undefined,
      secrets: withSecret ? [{ id: 'token', file: '/tmp/build-secrets-x/secret-1' }] : [],
    });
    const [call] = calls;
    return { argv: call?.argv ?? [], buildKit: call?.env?.['DOCKER_BUILDKIT'] };
  };

  it('(12.14) passes id and file to buildah, podman, buildx and docker; docker switches BuildKit on for it', async () => {
    for (const name of ['buildah', 'podman', 'buildx', 'docker'] as const) {
      const { argv } = await build(name, true);
      const at = argv.indexOf('--secret');
      expect([name, argv[at + 1]]).toEqual([name, 'id=token,src=/tmp/build-secrets-x/secret-1']);
    }
    expect((await build('docker', true)).buildKit).toBe('1');
    expect((await build('docker', false)).buildKit).toBe('0');
    expect((await build('buildx', false)).buildKit).toBe('1');
  });
});
