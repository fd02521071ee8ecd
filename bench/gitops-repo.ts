import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { childEnv, git } from './proc.js';
import { nowMs } from './stats.js';

export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export interface GitOpsRepoOptions {
  /** Server root holding `<owner>/<repo>.git` (startGitServer's `root`). */
  root: string;
  fullName: string;
  services: number;
  /** Tag-bump commits on top of the commit that adds every service. */
  commits: number;
  seed?: number;
}

export interface GitOpsRepo {
  gitDir: string;
  fullName: string;
  branch: string;
  services: number;
  /** Commits on the branch after generation (README + services + bumps). */
  commits: number;
  files: number;
  packBytes: number;
  generateMs: number;
}

export function serviceName(index: number): string {
  return `svc-${String(index).padStart(3, '0')}`;
}

export function imageName(index: number): string {
  return `ghcr.io/acme/${serviceName(index)}`;
}

export function overlayPath(index: number, env: Environment): string {
  return `apps/${serviceName(index)}/overlays/${env}/kustomization.yaml`;
}

/** Deterministic, so every bench run works on the same repository. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function baseKustomization(): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - deployment.yaml',
    'commonLabels:',
    '  app.kubernetes.io/part-of: acme',
    '',
  ].join('\n');
}

function deployment(svc: string, image: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${svc}
  labels:
    app.kubernetes.io/name: ${svc}
spec:
  replicas: 1
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: ${svc}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${svc}
    spec:
      serviceAccountName: ${svc}
      containers:
        - name: app
          image: ${image}:0.1.0
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: SERVICE_NAME
              value: ${svc}
            - name: LOG_LEVEL
              value: info
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 256Mi
`;
}

function overlayKustomization(svc: string, image: string, env: Environment, tag: string): string {
  const replicas = env === 'prod' ? 3 : env === 'staging' ? 2 : 1;
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${svc}-${env}
resources:
  - ../../base
# Managed by CI: the tag below is bumped on every deploy.
images:
  - name: ${image}
    newTag: ${tag}
replicas:
  - name: ${svc}
    count: ${replicas}
`;
}

class StreamWriter {
  private readonly chunks: Buffer[] = [];

  data(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.line(`data ${bytes.length}`);
    this.chunks.push(bytes, Buffer.from('\n'));
  }

  line(text: string): void {
    this.chunks.push(Buffer.from(`${text}\n`, 'utf8'));
  }

  file(path: string, content: string): void {
    this.line(`M 100644 inline ${path}`);
    this.data(content);
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function randomTag(random: () => number, n: number): string {
  const sha = Math.floor(random() * 0xfffffff)
    .toString(16)
    .padStart(7, '0');
  return `1.${Math.floor(n / 100)}.${n % 100}-${sha}`;
}

/**
 * Writes the whole history as one `git fast-import` stream: a commit adding `services` services
 * (base + dev/staging/prod overlays) and then `commits` commits that each bump one overlay's
 * newTag, as a CI bot would. Takes seconds, not the minutes that 5,000 `git commit`s take.
 */
function historyStream(opts: GitOpsRepoOptions, parent: string, branch: string): Buffer {
  const random = mulberry32(opts.seed ?? 42);
  const out = new StreamWriter();
  const startEpoch = 1_704_153_600; // 2024-01-02, after createBareRepo's fixed-date initial commit
  const committer = (i: number) =>
    `committer Deploy Bot <deploy-bot@acme.example> ${startEpoch + i * 600} +0000`;

  out.line(`commit refs/heads/${branch}`);
  out.line(committer(0));
  out.data(`Add ${opts.services} services\n`);
  out.line(`from ${parent}`);
  for (let s = 0; s < opts.services; s++) {
    const svc = serviceName(s);
    const image = imageName(s);
    out.file(`apps/${svc}/base/kustomization.yaml`, baseKustomization());
    out.file(`apps/${svc}/base/deployment.yaml`, deployment(svc, image));
    for (const env of ENVIRONMENTS) {
      out.file(overlayPath(s, env), overlayKustomization(svc, image, env, '0.1.0'));
    }
  }
  out.line('');

  for (let i = 1; i <= opts.commits; i++) {
    const s = Math.floor(random() * opts.services);
    // Dev moves most often, prod least, as in a real promotion flow.
    const r = random();
    const env: Environment = r < 0.6 ? 'dev' : r < 0.85 ? 'staging' : 'prod';
    const svc = serviceName(s);
    const image = imageName(s);
    const tag = randomTag(random, i);
    out.line(`commit refs/heads/${branch}`);
    out.line(committer(i));
    out.data(`chore(deploy): bump ${image} to ${tag}\n`);
    out.file(overlayPath(s, env), overlayKustomization(svc, image, env, tag));
    out.line('');
  }
  out.line('done');
  return out.toBuffer();
}

async function packSize(gitDir: string): Promise<number> {
  const dir = join(gitDir, 'objects', 'pack');
  const names = await readdir(dir);
  const sizes = await Promise.all(
    names.filter((n) => n.endsWith('.pack')).map(async (n) => (await stat(join(dir, n))).size),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Creates the repository with the sandbox helper, imports the generated history, then repacks
 * with a bitmap index as a hosting service would, so the full clone of the baseline is served the
 * fast way too.
 */
export async function generateGitOpsRepo(opts: GitOpsRepoOptions): Promise<GitOpsRepo> {
  const start = nowMs();
  const branch = 'main';
  const repo = await createBareRepo(
    opts.root,
    opts.fullName,
    { 'README.md': '# acme GitOps\n\nOne folder per service under apps/.\n' },
    { branch, message: 'Initial commit' },
  );
  const env = childEnv();
  await git(['--git-dir', repo.gitDir, 'fast-import', '--quiet', '--done'], {
    env,
    input: historyStream(opts, repo.head, branch),
  });
  await git(['--git-dir', repo.gitDir, 'repack', '-a', '-d', '-b', '-q'], { env });
  return {
    gitDir: repo.gitDir,
    fullName: opts.fullName,
    branch,
    services: opts.services,
    commits: opts.commits + 2,
    files: opts.services * (2 + ENVIRONMENTS.length) + 1,
    packBytes: await packSize(repo.gitDir),
    generateMs: nowMs() - start,
  };
}

/** Reads `newTag:` of an overlay from the bare repository's branch (what Argo CD would deploy). */
export function newTagOf(kustomization: string): string | undefined {
  return /^\s*newTag:\s*(\S+)\s*$/m.exec(kustomization)?.[1];
}
