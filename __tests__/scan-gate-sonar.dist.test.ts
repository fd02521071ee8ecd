// The SonarQube part of the shipped scan-gate bundle, against a stand-in that answers as SonarQube's
// Web API does (api/ce/task, api/qualitygates/project_status, token auth, its error envelope).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, runDist, type RunResult } from '@gitops-actions/testkit';
import { startSonarServer, type SonarGate, type SonarServer } from '@gitops-actions/standin-sonar';

const TOKEN = 'squ_0123456789abcdef0123456789abcdef01234567';
const PASSING_REPORT = fixturePath('trivy', 'alpine-310.json');

const FAILING: SonarGate = {
  status: 'ERROR',
  conditions: [
    {
      status: 'ERROR',
      metricKey: 'new_coverage',
      comparator: 'LT',
      errorThreshold: '85',
      actualValue: '82.5',
    },
    {
      status: 'ERROR',
      metricKey: 'new_blocker_violations',
      comparator: 'GT',
      errorThreshold: '0',
      actualValue: '14',
    },
    {
      status: 'OK',
      metricKey: 'new_sqale_debt_ratio',
      comparator: 'GT',
      errorThreshold: '5',
      actualValue: '0.6',
    },
  ],
};
const PASSING: SonarGate = {
  status: 'OK',
  conditions: [
    { status: 'OK', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '91.0' },
  ],
};

let work: string;
let sonar: SonarServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scan-gate-sonar-'));
  sonar = await startSonarServer({
    tokens: [TOKEN],
    projects: [
      { key: 'acme:green', gate: PASSING },
      { key: 'acme:red', gate: FAILING },
      { key: 'acme:svc', gate: PASSING },
    ],
  });
});

afterAll(async () => {
  await sonar.close();
  await rm(work, { recursive: true, force: true, maxRetries: 5 });
});

beforeEach(() => {
  sonar.requests.length = 0;
});

const errorOf = (r: RunResult) => r.commands.find((c) => c.command === 'error')?.message;

/** Everything the step prints or writes, except the mask commands that hide the token. */
function visible(r: RunResult): string {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, r.stderr, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.env)].join('\n');
}

async function gate(inputs: Record<string, string>, cwd?: string): Promise<RunResult> {
  const result = await runDist('scan-gate', {
    cwd,
    inputs: {
      'scan-type': 'report',
      target: PASSING_REPORT,
      'sonar-host-url': sonar.url,
      'sonar-token': TOKEN,
      ...inputs,
    },
  });
  expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
  expect(visible(result)).not.toContain(TOKEN);
  expect(visible(result)).not.toContain(Buffer.from(`${TOKEN}:`).toString('base64'));
  return result;
}

describe('dist/scan-gate with a SonarQube quality gate', () => {
  it('passes when the gate is OK and shows it in the summary', async () => {
    const result = await gate({ 'sonar-project-key': 'acme:green' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    expect(result.summary).toContain(
      `SonarQube quality gate: [\`acme:green\`](${sonar.url}/dashboard?id=acme%3Agreen)`,
    );
    expect(result.summary).toContain('✅ OK');
    expect(sonar.requests.map((r) => [r.path, r.query, r.auth, r.status])).toEqual([
      ['/api/qualitygates/project_status', { projectKey: 'acme:green' }, 'basic', 200],
    ]);
  });

  it('fails when the gate is ERROR and lists each failed condition with its threshold and value', async () => {
    const result = await gate({ 'sonar-project-key': 'acme:red' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', blocking: '0' });
    expect(errorOf(result)).toBe(
      'Scan gate failed: SonarQube quality gate of acme:red is ERROR: ' +
        'new_coverage is 82.5 (must not be below 85); new_blocker_violations is 14 (must not be above 0)',
    );
    expect(result.summary).toContain('❌ ERROR');
    expect(result.summary).toContain('| `new_coverage` | LT 85 | 82.5 |');
    expect(result.summary).toContain('| `new_blocker_violations` | GT 0 | 14 |');
    expect(result.summary).not.toContain('new_sqale_debt_ratio');
  });

  it('waits for the analysis task named in report-task.txt and gates on that analysis', async () => {
    // The project's last analysis passed; the one just uploaded fails.
    const taskId = sonar.submitTask({
      projectKey: 'acme:svc',
      pendingPolls: 1,
      inProgressPolls: 1,
      gate: FAILING,
    });
    const cwd = await mkdtemp(path.join(work, 'ws-'));
    await mkdir(path.join(cwd, '.scannerwork'));
    await writeFile(
      path.join(cwd, '.scannerwork/report-task.txt'),
      [
        'projectKey=acme:svc',
        `serverUrl=${sonar.url}`,
        'serverVersion=10.7.0.96327',
        `dashboardUrl=${sonar.url}/dashboard?id=acme%3Asvc`,
        `ceTaskId=${taskId}`,
        `ceTaskUrl=${sonar.url}/api/ce/task?id=${taskId}`,
        '',
      ].join('\n'),
    );
    const result = await gate({}, cwd);
    expect(result.exitCode).toBe(1);
    const analysisId = sonar.analysisOf(taskId);
    expect(analysisId).toBeTruthy();
    expect(sonar.requests.map((r) => [r.path, r.query])).toEqual([
      ['/api/ce/task', { id: taskId }],
      ['/api/ce/task', { id: taskId }],
      ['/api/ce/task', { id: taskId }],
      ['/api/qualitygates/project_status', { analysisId }],
    ]);
    expect(result.stdout).toContain(`SonarQube analysis task ${taskId} is PENDING; waiting`);
    expect(result.stdout).toContain(`SonarQube analysis task ${taskId} is IN_PROGRESS; waiting`);
    expect(errorOf(result)).toMatch(
      /^Scan gate failed: SonarQube quality gate of acme:svc is ERROR: new_coverage/,
    );
  });

  it('reports an analysis task that failed on the server', async () => {
    const taskId = sonar.submitTask({
      projectKey: 'acme:svc',
      pendingPolls: 0,
      inProgressPolls: 0,
      outcome: 'FAILED',
      errorMessage: 'Fail to extract report from database',
    });
    const cwd = await mkdtemp(path.join(work, 'ws-'));
    await mkdir(path.join(cwd, '.scannerwork'));
    await writeFile(
      path.join(cwd, '.scannerwork/report-task.txt'),
      `projectKey=acme:svc\nserverUrl=${sonar.url}\nceTaskId=${taskId}\n`,
    );
    const result = await gate({ 'sonar-project-key': 'acme:svc' }, cwd);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({});
    expect(errorOf(result)).toBe(
      `Could not check the SonarQube quality gate: analysis task ${taskId} ended FAILED: 'Fail to extract report from database'`,
    );
  });

  it('names sonar-token when the token is refused, without showing it', async () => {
    const wrong = 'squ_wrongwrongwrongwrongwrongwrongwrongwrong0';
    const result = await runDist('scan-gate', {
      inputs: {
        'scan-type': 'report',
        target: PASSING_REPORT,
        'sonar-host-url': sonar.url,
        'sonar-token': wrong,
        'sonar-project-key': 'acme:green',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `Could not query SonarQube: SonarQube at ${sonar.url} (sonar-host-url) answered 401: the token was refused for /api/qualitygates/project_status\n` +
        'Set sonar-token to a valid user or project analysis token.',
    );
    expect(visible(result)).not.toContain(wrong);
    expect(sonar.requests.map((r) => [r.auth, r.status])).toEqual([['basic', 401]]);
  });

  it('says which project SonarQube does not know', async () => {
    const result = await gate({ 'sonar-project-key': 'acme:nope' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `Could not query SonarQube: SonarQube at ${sonar.url} (sonar-host-url) answered 404: 'Project 'acme:nope' not found' for /api/qualitygates/project_status\n` +
        'Check sonar-project-key (and that an analysis has been run for it).',
    );
  });

  it('asks for sonar-token when only the host is given', async () => {
    const result = await runDist('scan-gate', {
      inputs: { 'scan-type': 'report', target: PASSING_REPORT, 'sonar-host-url': sonar.url },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe("Input 'sonar-token' is required to query the SonarQube quality gate");
    expect(sonar.requests).toEqual([]);
  });
});
