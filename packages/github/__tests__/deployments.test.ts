// (13.4) A wait reported as a GitHub Deployment, against the local GitHub: what GitHub holds after
// each outcome, and that a failure to report only warns.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock, Logger } from '@gitops-actions/kit';
import {
  isProductionEnvironment,
  reportDeployment,
  statusDescription,
  type DeploymentReportRequest,
} from '@gitops-actions/github';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_deploymentsUnitToken12345';
const NO_DEPLOYMENTS = 'ghs_contentsOnlyToken123456789';
const clock: Clock = { now: () => 0, sleep: () => Promise.resolve() };
let root: string;
let gh: GitHubServer;
let sha: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'github-deployments-'));
  sha = (await createBareRepo(root, 'acme/app', { 'src/main.ts': 'export {};\n' })).head;
  gh = await startGitHubServer({
    root,
    token: TOKEN,
    tokens: { [NO_DEPLOYMENTS]: { contents: 'write', pull_requests: 'write' } },
  });
});

beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function logger() {
  const lines = { info: [] as string[], warning: [] as string[] };
  const log: Logger = {
    info: (m) => lines.info.push(m),
    warning: (m) => lines.warning.push(m),
    debug: () => {},
  };
  return { log, lines };
}

const request = (over: Partial<DeploymentReportRequest> = {}): DeploymentReportRequest => ({
  token: TOKEN,
  apiUrl: gh.apiUrl,
  tokenInput: 'github-token',
  repository: 'acme/app',
  ref: sha,
  environment: 'staging',
  production: false,
  description: 'Deploy ghcr.io/acme/app:1.2.3 with Argo CD',
  payload: {
    image: 'ghcr.io/acme/app',
    tag: '1.2.3',
    digest: '',
    gitopsCommit: 'abc1234',
    applications: ['app'],
  },
  logUrl: 'https://github.example/acme/app/actions/runs/42',
  environmentUrl: 'https://argocd.example/applications/app',
  progress: 'Waiting for Argo CD: app',
  ...over,
});

interface Outcome {
  outcome: 'done' | 'failed';
  message: string;
}
const verdict = (r: Outcome) => ({ ok: r.outcome === 'done', description: r.message });
const states = (id: number | undefined) =>
  gh
    .deployments('acme/app')
    .find((d) => d.id === id)
    ?.statuses.map((s) => s.state);

describe('(13.4) GitHub Deployments around a wait', () => {
  it('(13.4) creates the deployment with the payload, in_progress then success; the earlier one becomes inactive', async () => {
    const { log, lines } = logger();
    const done: Outcome = { outcome: 'done', message: 'Synced and Healthy at abc1234' };
    const first = await reportDeployment(request(), { log, clock }, () => Promise.resolve(done), verdict);
    expect(first.result).toBe(done);
    const second = await reportDeployment(request(), { log, clock }, () => Promise.resolve(done), verdict);
    expect(lines.warning).toEqual([]);
    const created = gh.deployments('acme/app').find((d) => d.id === second.deployment?.id);
    expect(created).toMatchObject({
      sha,
      ref: sha,
      environment: 'staging',
      production: false,
      transient: false,
      payload: {
        image: 'ghcr.io/acme/app',
        tag: '1.2.3',
        digest: '',
        gitopsCommit: 'abc1234',
        applications: ['app'],
      },
    });
    expect(created?.statuses.map((s) => [s.state, s.description, s.logUrl, s.environmentUrl])).toEqual([
      [
        'in_progress',
        'Waiting for Argo CD: app',
        'https://github.example/acme/app/actions/runs/42',
        'https://argocd.example/applications/app',
      ],
      [
        'success',
        'Synced and Healthy at abc1234',
        'https://github.example/acme/app/actions/runs/42',
        'https://argocd.example/applications/app',
      ],
    ]);
    expect(states(first.deployment?.id)).toEqual(['in_progress', 'success', 'inactive']);
    expect(second.deployment).toMatchObject({
      state: 'success',
      url: `${gh.apiUrl}/repos/acme/app/deployments/${second.deployment?.id}`,
    });
  });

  it('(13.4) marks the earlier production deployment inactive itself: GitHub leaves production alone', async () => {
    const { log, lines } = logger();
    const done = () => Promise.resolve<Outcome>({ outcome: 'done', message: 'ok' });
    const prod = request({ environment: 'production', production: true });
    const first = await reportDeployment(prod, { log, clock }, done, verdict);
    const failed = await reportDeployment(
      prod,
      { log, clock },
      () => Promise.resolve<Outcome>({ outcome: 'failed', message: 'Degraded' }),
      verdict,
    );
    const third = await reportDeployment(prod, { log, clock }, done, verdict);
    expect(lines.warning).toEqual([]);
    expect(states(first.deployment?.id)).toEqual(['in_progress', 'success', 'inactive']);
    expect(states(failed.deployment?.id)).toEqual(['in_progress', 'failure']);
    expect(states(third.deployment?.id)).toEqual(['in_progress', 'success']);
    expect(gh.deployments('acme/app').find((d) => d.id === third.deployment?.id)?.production).toBe(true);
  });

  it('(13.4) a failed wait is a failure with its reason cut to 140 characters; a thrown one is an error', async () => {
    const { log } = logger();
    const reason = `app is Degraded: ${'x'.repeat(200)}`;
    const failed = await reportDeployment(
      request({ environment: 'qa' }),
      { log, clock },
      () => Promise.resolve<Outcome>({ outcome: 'failed', message: `${reason}\nsecond line` }),
      verdict,
    );
    expect(failed.result.outcome).toBe('failed');
    const last = gh
      .deployments('acme/app')
      .find((d) => d.id === failed.deployment?.id)
      ?.statuses.at(-1);
    expect(last?.state).toBe('failure');
    expect([...(last?.description ?? '')]).toHaveLength(140);
    expect(last?.description).toBe(statusDescription(reason));

    const boom = new Error('Argo CD at argocd.example could not be reached');
    let thrown: unknown;
    await reportDeployment(
      request({ environment: 'qa' }),
      { log, clock },
      () => Promise.reject(boom),
      verdict,
    ).catch((e: unknown) => (thrown = e));
    expect(thrown).toBe(boom);
    const errored = gh.deployments('acme/app').at(-1);
    expect(errored?.statuses.map((s) => [s.state, s.description])).toEqual([
      ['in_progress', 'Waiting for Argo CD: app'],
      ['error', 'Argo CD at argocd.example could not be reached'],
    ]);
  });

  it('(13.4) a token without deployments: write only warns, naming the permission; the result is unchanged', async () => {
    const { log, lines } = logger();
    const done: Outcome = { outcome: 'done', message: 'ok' };
    const before = gh.deployments('acme/app').length;
    const reported = await reportDeployment(
      request({ token: NO_DEPLOYMENTS }),
      { log, clock },
      () => Promise.resolve(done),
      verdict,
    );
    expect(reported).toEqual({ result: done, deployment: undefined });
    expect(gh.deployments('acme/app')).toHaveLength(before);
    expect(lines.warning).toEqual([
      expect.stringMatching(
        /^GitHub Deployment to 'staging' not created: could not create a deployment of acme\/app to staging: the token is not allowed to do this \(403 'Resource not accessible by integration'\)\. The token in `github-token` needs `deployments: write` on acme\/app: add `permissions: \{ deployments: write \}` to the job/,
      ),
    ]);
    expect(lines.warning[0]).toContain("The wait's result is unchanged.");
  });

  it('(13.4) a status GitHub keeps failing only warns; the deployment and the result stay', async () => {
    const { log, lines } = logger();
    gh.inject({ fault: { kind: 'status', status: 502 }, times: 3, method: 'POST', path: /\/statuses$/ });
    const done: Outcome = { outcome: 'done', message: 'ok' };
    const reported = await reportDeployment(
      request({ environment: 'dev' }),
      { log, clock },
      () => Promise.resolve(done),
      verdict,
    );
    expect(reported.result).toBe(done);
    expect(reported.deployment?.state).toBe('success');
    expect(states(reported.deployment?.id)).toEqual(['success']);
    expect(lines.warning).toEqual([
      expect.stringMatching(
        /^GitHub Deployment to 'dev' status in_progress not set: could not set deployment \d+ to in_progress: GitHub at 127\.0\.0\.1:\d+ answered 502: 'Server Error' after 3 attempts\. GitHub is failing/,
      ),
    ]);
  });

  it('(13.4) prod and production are production environments', () => {
    expect(['prod', 'Production', 'production'].map(isProductionEnvironment)).toEqual([true, true, true]);
    expect(['staging', 'preprod', 'production-eu'].map(isProductionEnvironment)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
