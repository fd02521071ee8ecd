// The quality gate against the SonarQube stand-in (its Web API as documented), with the caller's
// input names in every hint.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger, type Clock } from '@gitops-actions/kit';
import { startSonarServer, type SonarGate, type SonarServer } from '@gitops-actions/standin-sonar';
import {
  checkQualityGate,
  qualityGateFailure,
  renderQualityGateSummary,
  type SonarRequest,
} from '../src/index.js';

const TOKEN = 'squ_0123456789abcdef0123456789abcdef01234567';
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
      status: 'OK',
      metricKey: 'new_sqale_debt_ratio',
      comparator: 'GT',
      errorThreshold: '5',
      actualValue: '1',
    },
  ],
};
const PASSING: SonarGate = { status: 'OK', conditions: [] };
const clock: Clock = { now: () => 0, sleep: async () => {} };

let sonar: SonarServer;
let work: string;
beforeAll(async () => {
  sonar = await startSonarServer({
    tokens: [TOKEN],
    projects: [
      { key: 'acme:green', gate: PASSING },
      { key: 'acme:red', gate: FAILING },
    ],
  });
});
afterAll(() => sonar.close());
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sonar-'));
  sonar.requests.length = 0;
});
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }));

const request = (over: Partial<SonarRequest> = {}): SonarRequest => ({
  hostUrl: sonar.url,
  token: TOKEN,
  projectKey: 'acme:green',
  inputNames: { hostUrl: 'sonar-url', token: 'sonar-auth', projectKey: 'sonar-project' },
  ...over,
});
const ports = () => ({ log: silentLogger, workspace: work, clock });

it('passes an OK gate and links the dashboard', async () => {
  const result = await checkQualityGate(request(), ports());
  expect(result).toMatchObject({ projectKey: 'acme:green', status: 'OK', passed: true, failed: [] });
  expect(qualityGateFailure(result)).toBe('');
  expect(renderQualityGateSummary(result)).toContain(
    `[\`acme:green\`](${sonar.url}/dashboard?id=acme%3Agreen)`,
  );
});

it('fails an ERROR gate with only the failed conditions, in words and in a table', async () => {
  const result = await checkQualityGate(request({ projectKey: 'acme:red' }), ports());
  expect(result.passed).toBe(false);
  expect(qualityGateFailure(result)).toBe(
    'SonarQube quality gate of acme:red is ERROR: new_coverage is 82.5 (must not be below 85)',
  );
  expect(renderQualityGateSummary(result)).toContain('| `new_coverage` | LT 85 | 82.5 |');
  expect(renderQualityGateSummary(result)).not.toContain('new_sqale_debt_ratio');
});

it('waits for the analysis named in report-task.txt and takes the project key from it', async () => {
  const taskId = sonar.submitTask({
    projectKey: 'acme:green',
    pendingPolls: 1,
    inProgressPolls: 0,
    gate: FAILING,
  });
  await mkdir(path.join(work, '.scannerwork'));
  await writeFile(
    path.join(work, '.scannerwork/report-task.txt'),
    `projectKey=acme:green\nceTaskId=${taskId}\n`,
  );
  const result = await checkQualityGate(request({ projectKey: '' }), ports());
  expect(result).toMatchObject({ projectKey: 'acme:green', status: 'ERROR' });
  expect(sonar.requests.at(-1)).toMatchObject({ query: { analysisId: sonar.analysisOf(taskId) } });
});

it("names the caller's inputs in its hints", async () => {
  await expect(checkQualityGate(request({ token: 'squ_wrong' }), ports())).rejects.toMatchObject({
    hint: 'Set sonar-auth to a valid user or project analysis token.',
  });
  await expect(checkQualityGate(request({ projectKey: 'acme:nope' }), ports())).rejects.toMatchObject({
    hint: 'Check sonar-project (and that an analysis has been run for it).',
  });
  await expect(checkQualityGate(request({ projectKey: '' }), ports())).rejects.toMatchObject({
    message: 'no project key: sonar-project is empty and no report-task.txt was found',
    hint: 'Set sonar-project, or run the SonarScanner in this job first.',
  });
});
