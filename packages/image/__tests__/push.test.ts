import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ActionError,
  Runner,
  parseWorkflowCommands,
  runnerLogger,
  silentLogger,
  type ExecResult,
} from '@gitops-actions/kit';
import { parseImageName } from '@gitops-actions/registry';
import { publish, type PublishRequest } from '@gitops-actions/image';

const LOCAL_ID = 'a'.repeat(64);
const digestOf = (config: string) => `sha256:${createHash('sha256').update(config).digest('hex')}`;

/** A registry that knows tags by their config digest: enough for checking, and reading back the digest. */
let server: Server;
let host: string;
let tags: Map<string, string>;
beforeAll(async () => {
  server = createServer((req, res) => {
    const tag = /\/manifests\/([^/]+)$/.exec(req.url ?? '')?.[1];
    const config = tag ? tags.get(tag) : undefined;
    if (!config) return res.writeHead(404).end();
    res.writeHead(200, { 'docker-content-digest': digestOf(config), 'content-type': 'application/json' });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ config: { digest: config } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

let work: string;
beforeEach(async () => {
  tags = new Map();
  work = await mkdtemp(path.join(tmpdir(), 'push-'));
});
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }));

const ok = (stdout = ''): ExecResult => ({ code: 0, stdout, stderr: '' });

/** buildah as far as a push needs it; `failures` answers the next pushes before they succeed. */
function buildah(failures: ExecResult[] = []) {
  const pushes: Array<{ ref: string; auth: string | undefined }> = [];
  const answer = (command: string, args: readonly string[]): ExecResult => {
    if (command !== 'buildah') return { code: 1, stdout: '', stderr: 'not here' };
    if (args[0] === 'inspect') return ok(LOCAL_ID);
    if (args[0] !== 'push') return ok();
    const file = args.includes('--authfile') ? args[args.indexOf('--authfile') + 1] : undefined;
    const ref = args.at(-2) ?? '';
    pushes.push({ ref, auth: file && existsSync(file) ? readFileSync(file, 'utf8') : undefined });
    const failure = failures.shift();
    if (failure) return failure;
    tags.set(ref.split(':').at(-1) ?? '', `sha256:${LOCAL_ID}`);
    return ok();
  };
  const exec = (command: string, args: readonly string[]) => Promise.resolve(answer(command, args));
  return { exec, pushes };
}

function request(over: Partial<PublishRequest> = {}): PublishRequest {
  const image = parseImageName(`${host}/acme/app`);
  if ('error' in image) throw new Error(image.error);
  return {
    image,
    context: '.',
    file: 'Dockerfile',
    version: '1.0.0',
    tagTemplate: '{version}',
    extraTags: ['latest'],
    buildArgs: [],
    labels: [],
    platforms: [],
    target: '',
    mode: 'push',
    builder: 'buildah',
    immutable: true,
    cache: '',
    username: '',
    password: '',
    retries: 2,
    ...over,
  };
}

const ports = (exec: ReturnType<typeof buildah>['exec']) => ({
  exec,
  log: silentLogger,
  clock: { now: () => 0, sleep: async () => {} },
  random: () => 0,
  env: { GITHUB_SHA: '0123456789abcdef' },
  workspace: work,
  tempDir: work,
});

describe('push', () => {
  it('checks every tag, pushes the new ones through a private auth file, and reads the digest back', async () => {
    tags.set('latest', `sha256:${LOCAL_ID}`);
    const { exec, pushes } = buildah();
    const result = await publish(request({ username: 'u', password: 'p' }), ports(exec));
    expect(result.unchanged).toEqual(['latest']);
    expect(result.pushed).toEqual(['1.0.0']);
    expect(result.digest).toBe(digestOf(`sha256:${LOCAL_ID}`));
    expect(pushes.map((p) => p.ref)).toEqual([`${host}/acme/app:1.0.0`]);
    expect(JSON.parse(pushes[0]?.auth ?? '{}')).toEqual({
      auths: { [host]: { auth: Buffer.from('u:p').toString('base64') } },
    });
    expect(existsSync(path.join(work, 'auth-'))).toBe(false);
  });

  it('pushes nothing when one tag already holds another image', async () => {
    tags.set('latest', 'sha256:other');
    const { exec, pushes } = buildah();
    await expect(publish(request(), ports(exec))).rejects.toThrow(
      `${host}/acme/app:latest already exists with digest ${digestOf('sha256:other')}, a different image`,
    );
    expect(pushes).toEqual([]);
  });

  it('retries a push the registry failed with 503, and not one it refused', async () => {
    const busy = buildah([{ code: 1, stdout: '', stderr: 'received unexpected HTTP status: 503' }]);
    const result = await publish(request({ extraTags: [] }), ports(busy.exec));
    expect(result.attempts).toBe(2);

    tags.clear();
    const refused = buildah([{ code: 1, stdout: '', stderr: 'unauthorized: authentication required' }]);
    await expect(publish(request({ extraTags: [] }), ports(refused.exec))).rejects.toThrow(
      /the registry 127\.0\.0\.1:\d+ refused .* with no credentials/,
    );
    expect(refused.pushes).toHaveLength(1);
  });

  it('(12.11) names the registry host on a failed push, retries a network failure, and logs the output inert', async () => {
    const output = {
      code: 1,
      stdout: '',
      stderr: `::warning::from the registry\nError: writing blob: Patch "http://${host}/v2/acme/app/blobs/uploads/x?_state=upload-session-state": Empty reply from server`,
    };
    const { exec, pushes } = buildah([output, output, output]);
    const printed: string[] = [];
    const runner = new Runner({}, (line) => printed.push(line));
    const error = await publish(request({ extraTags: [] }), {
      ...ports(exec),
      log: runnerLogger(runner),
    }).then(
      () => undefined,
      (e: unknown) => e as ActionError,
    );
    expect(pushes).toHaveLength(3);
    expect(error).toBeInstanceOf(ActionError);
    expect(error?.operation).toBe(`push ${host}/acme/app:1.0.0`);
    expect(error?.message).toMatch(
      new RegExp(
        `^pushing to ${host.replace(/\./g, '\\.')} met a network or server failure on attempt 3: 'Error: writing blob`,
      ),
    );
    expect(error?.hint).toMatch(/check that the registry host is reachable/);
    runner.annotate('error', error?.message ?? '');
    // The engine's URLs are shown without their query, where upload session state lives.
    expect(printed.join('\n')).toContain(`http://${host}/v2/acme/app/blobs/uploads/x`);
    expect(printed.join('\n')).not.toContain('upload-session-state');
    expect(parseWorkflowCommands(printed.join('\n')).map((c) => c.command)).toEqual(['error']);
  });
});
