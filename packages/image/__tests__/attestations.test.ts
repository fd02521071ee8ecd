// (17.5) provenance and sbom: buildx pushes from the build with its attestations; anything else is refused.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  InputError,
  InputReader,
  silentLogger,
  type ExecOptions,
  type ExecResult,
} from '@gitops-actions/kit';
import { parseImageName } from '@gitops-actions/registry';
import {
  buildxAttestationArgs,
  publish,
  readAttestationInputs,
  renderPublishSummary,
  selectBuilder,
  type PublishRequest,
} from '@gitops-actions/image';

const digestOf = (config: string) => `sha256:${createHash('sha256').update(config).digest('hex')}`;

/** A registry that knows tags by a config digest: enough for the tag check and the digest read back. */
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
  work = await mkdtemp(path.join(tmpdir(), 'attest-'));
  writeFileSync(path.join(work, 'Dockerfile'), 'FROM scratch\n');
});
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }));

const ok: ExecResult = { code: 0, stdout: '', stderr: '' };

/**
 * docker with buildx, as far as a build needs it: a `buildx build` with an image output "pushes" its
 * tags to the registry above; every command and the docker config it saw are kept.
 */
function docker(available: string[] = ['buildx', 'docker']) {
  const calls: Array<{ args: string[]; config: string | undefined }> = [];
  const exec = (command: string, args: readonly string[], opts?: ExecOptions): Promise<ExecResult> => {
    const isBuildx = args[0] === 'buildx';
    if (command !== 'docker' || (isBuildx ? !available.includes('buildx') : !available.includes('docker')))
      return Promise.resolve({ code: 1, stdout: '', stderr: 'not here' });
    const dir = opts?.env?.['DOCKER_CONFIG'];
    const file = dir ? path.join(dir, 'config.json') : undefined;
    calls.push({
      args: [...args],
      config: file && existsSync(file) ? readFileSync(file, 'utf8') : undefined,
    });
    if (args[1] === 'build' && args.includes('type=image,push=true,registry.insecure=true'))
      for (const ref of args.filter((_, i) => args[i - 1] === '-t'))
        tags.set(ref.split(':').at(-1)!, 'sha256:built');
    return Promise.resolve(ok);
  };
  return { exec, calls };
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
    mode: 'build-push',
    builder: 'buildx',
    immutable: true,
    cache: '',
    username: '',
    password: '',
    retries: 0,
    provenance: true,
    sbom: true,
    ...over,
  };
}

const ports = (exec: ReturnType<typeof docker>['exec']) => ({
  exec,
  log: silentLogger,
  clock: { now: () => 0, sleep: async () => {} },
  random: () => 0,
  env: { GITHUB_SHA: '0123456789abcdef', SOURCE_DATE_EPOCH: '1700000000' },
  workspace: work,
  tempDir: work,
});

const build = (calls: ReturnType<typeof docker>['calls']) => calls.find((c) => c.args[1] === 'build')!;

describe('buildx attestations (17.5)', () => {
  it('(17.5) builds and pushes in one buildx command with provenance mode=max and an SBOM, never --load', async () => {
    const { exec, calls } = docker();
    const result = await publish(request({ username: 'u', password: 'secret-pw' }), ports(exec));
    const { args, config } = build(calls);
    expect(args.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(args).not.toContain('--load');
    expect(args).toEqual(
      expect.arrayContaining([
        '--output',
        'type=image,push=true,registry.insecure=true',
        '--provenance=mode=max',
        '--sbom=true',
      ]),
    );
    expect(args.filter((_, i) => args[i - 1] === '-t')).toEqual([
      `${host}/acme/app:1.0.0`,
      `${host}/acme/app:latest`,
    ]);
    // Explicit credentials reach buildx as a private docker config, never argv, removed afterwards.
    expect(args.join(' ')).not.toContain('secret-pw');
    expect(JSON.parse(config ?? '{}')).toEqual({
      auths: { [host]: { auth: Buffer.from('u:secret-pw').toString('base64') } },
    });
    expect(calls.some((c) => c.args[0] === 'push')).toBe(false);
    expect(result).toMatchObject({
      pushed: ['1.0.0', 'latest'],
      attestations: ['provenance', 'sbom'],
      digest: digestOf('sha256:built'),
    });
    expect(renderPublishSummary(`${host}/acme/app`, result)).toContain(
      'attestations: provenance, sbom (BuildKit, pushed with the image)',
    );
  });

  it('(17.5) says --provenance=false with only an SBOM, as buildx adds a minimal provenance by default', () => {
    const to = { provenance: false, sbom: true, insecure: false, authFile: undefined };
    expect(buildxAttestationArgs(to)).toEqual([
      '--output',
      'type=image,push=true',
      '--provenance=false',
      '--sbom=true',
    ]);
  });

  it('(17.5) keeps --load and no attestation flags when both are off', async () => {
    const { exec, calls } = docker();
    await publish(request({ provenance: false, sbom: false, mode: 'build' }), ports(exec));
    const { args } = build(calls);
    expect(args.slice(0, 3)).toEqual(['buildx', 'build', '--load']);
    expect(args.filter((a) => /provenance|sbom|--output/.test(a))).toEqual([]);
  });

  it('(17.5) refuses before the build when a tag exists and tags are immutable', async () => {
    tags.set('latest', 'sha256:older');
    const { exec, calls } = docker();
    await expect(publish(request(), ports(exec))).rejects.toThrow(
      `${host}/acme/app:latest already exists with digest ${digestOf('sha256:older')}`,
    );
    expect(calls.filter((c) => c.args[1] === 'build')).toEqual([]);
  });

  it('(17.5) refuses when auto finds no buildx, naming the input and saying only buildx attests', async () => {
    const { exec, calls } = docker(['docker']);
    const error = await publish(request({ builder: 'auto', sbom: false }), ports(exec)).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toContain(
      'provenance: true needs buildx, and the builder here is docker',
    );
    expect(String((error as { hint?: string }).hint)).toContain(
      'Only buildx (docker buildx) makes attestations',
    );
    expect(calls.filter((c) => c.args[0] === 'build' || c.args[1] === 'build')).toEqual([]);
  });

  it('(17.5) a builder other than buildx refuses attestations even when called directly', async () => {
    const builder = await selectBuilder('docker', () => Promise.resolve(ok));
    const to = { provenance: true, sbom: false, insecure: false, authFile: undefined };
    await expect(
      builder.build({
        context: '.',
        file: 'Dockerfile',
        refs: ['x:1'],
        buildArgs: [],
        labels: [],
        platforms: [],
        target: '',
        timestamp: undefined,
        cache: undefined,
        attestedPush: to,
      }),
    ).rejects.toThrow('docker makes no attestations (provenance, sbom); only buildx does');
  });
});

describe('provenance and sbom inputs (17.5)', () => {
  const read = (
    values: Record<string, string>,
    builder: PublishRequest['builder'],
    mode: PublishRequest['mode'],
  ) => readAttestationInputs(new InputReader((name) => values[name] ?? ''), { builder, mode });

  it('are off by default', () => {
    expect(read({}, 'podman', 'build')).toEqual({ provenance: false, sbom: false });
  });

  it('(17.5) refuse true with a builder other than buildx, in one InputError naming the input', () => {
    for (const builder of ['docker', 'podman', 'buildah'] as const) {
      const error = (() => {
        try {
          return read({ sbom: 'true' }, builder, 'build-push');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain(
        `Input 'sbom' is true with builder: ${builder}; only buildx (docker buildx) makes attestations`,
      );
    }
    expect(read({ provenance: 'true' }, 'auto', 'build-push')).toEqual({ provenance: true, sbom: false });
  });

  it('(17.5) refuse true outside mode build-push, as a loaded image loses its attestations', () => {
    expect(() => read({ provenance: 'true' }, 'buildx', 'build')).toThrow(
      /Input 'provenance' is true with mode: build; attestations reach the registry only when buildx builds and pushes in one step/,
    );
    expect(() => read({ provenance: 'true' }, 'buildx', 'push')).toThrow(InputError);
  });
});
