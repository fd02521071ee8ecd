import { startSonarServer, type SonarServer } from '../src/index.js';

// Keys of SonarQube's own examples (sonar-webserver-webapi: ce/ws/task-example.json and
// qualitygate/ws/project_status-example.json), so the stand-in's answers cannot drift from them.
const TASK_EXAMPLE_KEYS = [
  'id',
  'type',
  'componentId',
  'componentKey',
  'componentName',
  'componentQualifier',
  'analysisId',
  'status',
  'submittedAt',
  'submitterLogin',
  'startedAt',
  'executedAt',
  'executionTimeMs',
  'hasScannerContext',
  'warningCount',
  'warnings',
];
const CONDITION_KEYS = ['status', 'metricKey', 'comparator', 'errorThreshold', 'actualValue'];

// Only the fields the tests read; the rest is compared against SonarQube's documented shapes.
interface ProjectStatusAnswer {
  projectStatus: { status: string; ignoredConditions: boolean; conditions: Record<string, unknown>[] };
}
type Task = Record<string, unknown> & { status: string; analysisId: string };

const TOKEN = 'squ_test';
let sonar: SonarServer;

beforeAll(async () => {
  sonar = await startSonarServer({
    tokens: [TOKEN],
    projects: [
      {
        key: 'p',
        gate: {
          status: 'ERROR',
          conditions: [
            {
              status: 'ERROR',
              metricKey: 'new_coverage',
              comparator: 'LT',
              errorThreshold: '85',
              actualValue: '82',
            },
            { status: 'ERROR', metricKey: 'open_issues', comparator: 'GT', actualValue: '17' },
          ],
        },
      },
      { key: 'fresh' },
    ],
  });
});

afterAll(() => sonar.close());

const basic = (user: string, password = '') =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function get<Body = unknown>(
  path: string,
  authorization = basic(TOKEN),
): Promise<{ status: number; body: Body }> {
  const response = await fetch(`${sonar.url}${path}`, { headers: { authorization } });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Body };
}

describe('SonarQube stand-in', () => {
  it('takes a token as the Basic user name or as a Bearer token, and nothing else', async () => {
    expect((await get('/api/qualitygates/project_status?projectKey=p')).status).toBe(200);
    expect((await get('/api/qualitygates/project_status?projectKey=p', `Bearer ${TOKEN}`)).status).toBe(200);
    expect((await get('/api/qualitygates/project_status?projectKey=p', basic(TOKEN, 'x'))).status).toBe(401);
    expect((await get('/api/qualitygates/project_status?projectKey=p', 'Bearer nope')).status).toBe(401);
    expect((await get('/api/qualitygates/project_status?projectKey=p', '')).status).toBe(401);
  });

  it('answers project_status as SonarQube documents it', async () => {
    const { body } = await get<ProjectStatusAnswer>('/api/qualitygates/project_status?projectKey=p');
    expect(body.projectStatus.status).toBe('ERROR');
    expect(body.projectStatus.ignoredConditions).toBe(false);
    for (const c of body.projectStatus.conditions) {
      expect(Object.keys(c).every((k) => CONDITION_KEYS.includes(k))).toBe(true);
    }
    expect(body.projectStatus.conditions[1]).toEqual({
      status: 'ERROR',
      metricKey: 'open_issues',
      comparator: 'GT',
      actualValue: '17',
    });
    expect((await get('/api/qualitygates/project_status?projectKey=fresh')).body).toEqual({
      projectStatus: { status: 'NONE', ignoredConditions: false, conditions: [] },
    });
  });

  it('uses SonarQube error envelopes and messages', async () => {
    expect(await get('/api/qualitygates/project_status?projectKey=nope')).toEqual({
      status: 404,
      body: { errors: [{ msg: "Project 'nope' not found" }] },
    });
    expect(await get('/api/qualitygates/project_status?analysisId=x')).toEqual({
      status: 404,
      body: { errors: [{ msg: "Analysis with id 'x' is not found" }] },
    });
    expect((await get('/api/qualitygates/project_status')).status).toBe(400);
    expect(await get('/api/ce/task?id=nope')).toEqual({
      status: 404,
      body: { errors: [{ msg: "No activity found for task 'nope'" }] },
    });
  });

  it('moves a task from PENDING through IN_PROGRESS to SUCCESS with an analysis to gate on', async () => {
    const id = sonar.submitTask({
      projectKey: 'fresh',
      pendingPolls: 1,
      inProgressPolls: 1,
      gate: { status: 'OK', conditions: [] },
    });
    const tasks: Task[] = [];
    for (let i = 0; i < 3; i++) tasks.push((await get<{ task: Task }>(`/api/ce/task?id=${id}`)).body.task);
    expect(tasks.map((task) => task.status)).toEqual(['PENDING', 'IN_PROGRESS', 'SUCCESS']);
    const last = tasks[2]!;
    expect(Object.keys(last).every((k) => TASK_EXAMPLE_KEYS.includes(k))).toBe(true);
    expect(last).toMatchObject({
      id,
      type: 'REPORT',
      componentKey: 'fresh',
      analysisId: sonar.analysisOf(id),
    });
    const gate = await get<ProjectStatusAnswer>(
      `/api/qualitygates/project_status?analysisId=${last.analysisId}`,
    );
    expect(gate.body.projectStatus.status).toBe('OK');
  });
});
