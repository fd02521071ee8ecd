// startSandbox(): everything the whole flow needs, on 127.0.0.1, in one temporary folder: the local
// GitHub holding the GitOps and service repositories, the Argo CD stand-in reconciling from the
// GitOps repository, a GHCR-like registry and buildah (when the machine has them), and the Trivy
// stand-in. stop() closes every server and removes the folder.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import { bareRepoPath, commitFiles, createBareRepo, git } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { startRegistryServer, type RegistryServer } from '@gitops-actions/standin-registry';
import { createTrivyStandIn, type TrivyStandIn } from '@gitops-actions/standin-trivy';
import { buildahStorageEnv, builderUnavailableReason, createBusyboxBase } from './builder.js';
import { APPS, ENVS, gitopsFiles, serviceFiles } from './layout.js';

export const GITOPS_REPO = 'acme/gitops';
export const SERVICE_REPO = 'acme/api';
/** Used when no image can be built here: the flow continues with this reference instead. */
export const PREBUILT_IMAGE = 'ghcr.io/acme/api';
export const SERVICE_VERSION = '1.4.0';

export interface SandboxSecrets {
  githubToken: string;
  argocdToken: string;
  registryUser: string;
  registryPassword: string;
}

export interface Sandbox {
  dir: string;
  /** Folder of the `<owner>/<repo>.git` bare repositories the local GitHub serves. */
  gitRoot: string;
  github: GitHubServer;
  argocd: ArgoCdServer;
  /** Absent when images cannot be built here (see `builderSkipReason`). */
  registry: RegistryServer | undefined;
  /** Storage environment of buildah; absent with the registry. */
  buildEnv: Record<string, string> | undefined;
  builderSkipReason: string | null;
  trivy: TrivyStandIn;
  /** Image repository without tag (`127.0.0.1:<port>/acme/api`, or PREBUILT_IMAGE). */
  image: string;
  /** The service repository's checkout (the job's workspace). */
  workspace: string;
  /** HOME and DOCKER_CONFIG of every step, so nothing is written outside `dir`. */
  home: string;
  secrets: SandboxSecrets;
  /** Commits a change to the service repository and updates the checkout; returns the new head. */
  commitService(files: Record<string, string>, message: string): Promise<string>;
  serviceHead(): Promise<string>;
  stop(): Promise<void>;
}

export interface SandboxOptions {
  /** Controller resync period of the Argo CD stand-in (ms); default 100. */
  reconcileMs?: number;
  /** Do not start a registry or build images even when possible. */
  noBuilder?: boolean;
}

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString('hex')}`;

async function checkout(gitRoot: string, repo: string, dir: string): Promise<void> {
  await git(['clone', '--quiet', bareRepoPath(gitRoot, repo), dir]);
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-sandbox-'));
  const gitRoot = path.join(dir, 'git');
  const home = path.join(dir, 'home');
  const workspace = path.join(dir, 'workspace', 'api');
  await mkdir(home, { recursive: true });
  const secrets: SandboxSecrets = {
    githubToken: secret('ghs_'),
    argocdToken: secret('argocd-'),
    registryUser: 'acme-ci',
    registryPassword: secret('registry-'),
  };
  const closers: Array<() => Promise<void>> = [];
  const stop = async () => {
    await Promise.allSettled(closers.reverse().map((close) => close()));
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    const builderSkipReason = opts.noBuilder ? 'disabled by the caller' : builderUnavailableReason();
    let registry: RegistryServer | undefined;
    let buildEnv: Record<string, string> | undefined;
    if (!builderSkipReason) {
      registry = await startRegistryServer({
        auth: { username: secrets.registryUser, password: secrets.registryPassword },
      });
      closers.push(() => registry!.close());
      buildEnv = buildahStorageEnv(path.join(dir, 'containers'));
      createBusyboxBase(buildEnv);
    }
    const image = registry ? `${registry.host}/acme/api` : PREBUILT_IMAGE;
    const github = await startGitHubServer({
      root: gitRoot,
      token: secrets.githubToken,
      collaborators: ['alice', 'bob'],
    });
    closers.push(() => github.close());
    await createBareRepo(gitRoot, GITOPS_REPO, gitopsFiles(image), {
      message: 'Lay out dev, staging and prod',
    });
    await createBareRepo(gitRoot, SERVICE_REPO, serviceFiles(SERVICE_VERSION), { message: 'api service' });
    await checkout(gitRoot, SERVICE_REPO, workspace);
    const argocd = await startArgoCd({
      gitRoot,
      token: secrets.argocdToken,
      reconcileMs: opts.reconcileMs ?? 100,
      // Staging and prod sync automatically too: the reviewed merge is the gate, and
      // wait-deploy.yml waits for the merge commit without triggering a sync.
      apps: ENVS.map((env) => ({
        name: APPS[env],
        repo: GITOPS_REPO,
        path: `envs/${env}/api`,
        project: 'api',
      })),
    });
    closers.push(() => argocd.close());
    const trivy = await createTrivyStandIn(path.join(dir, 'trivy'));
    const serviceHead = async () => (await git(['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
    return {
      dir,
      gitRoot,
      github,
      argocd,
      registry,
      buildEnv,
      builderSkipReason,
      trivy,
      image,
      workspace,
      home,
      secrets,
      serviceHead,
      commitService: async (files, message) => {
        await commitFiles(gitRoot, SERVICE_REPO, files, { message });
        await git(['pull', '--quiet', '--ff-only'], { cwd: workspace });
        return serviceHead();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
