import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, retry, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import type { SonarInputs } from './inputs.js';

export interface SonarCondition {
  metric: string;
  comparator: string;
  threshold: string;
  actual: string;
  status: string;
}

export interface SonarResult {
  projectKey: string;
  /** OK, WARN, ERROR or NONE (no gate). */
  status: string;
  passed: boolean;
  failed: SonarCondition[];
  dashboardUrl: string;
}

export interface SonarPorts {
  log: Logger;
  workspace: string;
  clock?: Clock;
  /** How long to wait for a pending analysis task. */
  timeoutMs?: number;
}

/** Where the SonarScanner flavours write `report-task.txt`. */
const REPORT_TASK_FILES = [
  '.scannerwork/report-task.txt',
  'target/sonar/report-task.txt',
  'build/sonar/report-task.txt',
];

export async function readReportTask(workspace: string): Promise<Record<string, string> | undefined> {
  for (const file of REPORT_TASK_FILES) {
    const text = await readFile(path.join(workspace, file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const entries = text
      .split(/\r?\n/)
      .map((line) => line.match(/^([^=#]+)=(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()] as const);
    return Object.fromEntries(entries);
  }
  return undefined;
}

class SonarClient {
  constructor(
    private readonly inputs: SonarInputs,
    private readonly clock: Clock,
  ) {}

  /** SonarQube takes a user token as the Basic user name with an empty password. */
  async get(pathAndQuery: string): Promise<unknown> {
    const url = `${this.inputs.hostUrl}${pathAndQuery}`;
    const authorization = `Basic ${Buffer.from(`${this.inputs.token}:`).toString('base64')}`;
    return retry(
      async () => {
        let response: Response;
        try {
          response = await fetch(url, {
            headers: { authorization, accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
          });
        } catch (error) {
          throw new ActionError(
            'query SonarQube',
            `${url.split('?')[0]} is unreachable: ${(error as Error).message}`,
            {
              retryable: true,
              hint: 'Check sonar-host-url and that the runner can reach it.',
            },
          );
        }
        if (response.ok) return response.json();
        const body = (await response.text()).slice(0, 300);
        const endpoint = pathAndQuery.split('?')[0];
        if (response.status === 401) {
          throw new ActionError('query SonarQube', `${endpoint} answered 401: the token was refused`, {
            hint: 'Set sonar-token to a valid user or project analysis token.',
          });
        }
        if (response.status === 403) {
          throw new ActionError(
            'query SonarQube',
            `${endpoint} answered 403: the token may not browse this project`,
            {
              hint: "Give the token's user 'Browse' permission on the project.",
            },
          );
        }
        if (response.status === 404) {
          throw new ActionError('query SonarQube', `${endpoint} answered 404: ${sonarErrors(body)}`, {
            hint: 'Check sonar-project-key (and that an analysis has been run for it).',
          });
        }
        throw new ActionError(
          'query SonarQube',
          `${endpoint} answered ${response.status}: ${sonarErrors(body)}`,
          {
            retryable: response.status >= 500 || response.status === 429,
          },
        );
      },
      {
        attempts: 3,
        baseMs: 500,
        clock: this.clock,
        retryable: (e) => e instanceof ActionError && e.retryable,
      },
    );
  }
}

function sonarErrors(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { msg?: string }[] };
    return parsed.errors?.map((e) => e.msg).join('; ') || body;
  } catch {
    return body || '(empty body)';
  }
}

interface CeTask {
  task?: { status?: string; analysisId?: string; errorMessage?: string; componentKey?: string };
}

/** Waits for the background task that processes the analysis; the gate is only final after it. */
async function waitForTask(
  client: SonarClient,
  taskId: string,
  ports: SonarPorts,
  clock: Clock,
): Promise<string> {
  const deadline = clock.now() + (ports.timeoutMs ?? 300_000);
  let delay = 500;
  for (;;) {
    const { task } = (await client.get(`/api/ce/task?id=${encodeURIComponent(taskId)}`)) as CeTask;
    const status = task?.status ?? '';
    if (status === 'SUCCESS') return task?.analysisId ?? '';
    if (status === 'FAILED' || status === 'CANCELED') {
      throw new ActionError(
        'check the SonarQube quality gate',
        `analysis task ${taskId} ended ${status}${task?.errorMessage ? `: ${task.errorMessage}` : ''}`,
      );
    }
    if (clock.now() + delay > deadline) {
      throw new ActionError(
        'check the SonarQube quality gate',
        `analysis task ${taskId} is still ${status || 'pending'} after ${Math.round((ports.timeoutMs ?? 300_000) / 1000)} s`,
        {
          hint: 'The SonarQube compute engine is busy; re-run the job later.',
        },
      );
    }
    ports.log.info(`SonarQube analysis task ${taskId} is ${status}; waiting`);
    await clock.sleep(delay);
    delay = Math.min(delay * 2, 5000);
  }
}

interface ProjectStatus {
  projectStatus?: {
    status?: string;
    conditions?: {
      status?: string;
      metricKey?: string;
      comparator?: string;
      errorThreshold?: string;
      actualValue?: string;
    }[];
  };
}

export async function checkSonar(inputs: SonarInputs, ports: SonarPorts): Promise<SonarResult> {
  const clock = ports.clock ?? systemClock;
  const client = new SonarClient(inputs, clock);
  const task = await readReportTask(ports.workspace);
  const projectKey = inputs.projectKey || task?.['projectKey'] || '';
  if (!projectKey) {
    throw new ActionError(
      'check the SonarQube quality gate',
      'no project key: sonar-project-key is empty and no report-task.txt was found',
      {
        hint: 'Set sonar-project-key, or run the SonarScanner in this job first.',
      },
    );
  }
  let analysisId = '';
  if (task?.['ceTaskId'] && (!task['projectKey'] || task['projectKey'] === projectKey)) {
    analysisId = await waitForTask(client, task['ceTaskId'], ports, clock);
  }
  const query = analysisId
    ? `analysisId=${encodeURIComponent(analysisId)}`
    : `projectKey=${encodeURIComponent(projectKey)}`;
  const { projectStatus } = (await client.get(`/api/qualitygates/project_status?${query}`)) as ProjectStatus;
  const status = projectStatus?.status ?? 'NONE';
  if (status === 'NONE') {
    ports.log.warning(
      `SonarQube has no quality gate result for ${projectKey} (no analysis yet, or no gate assigned); not gating on it`,
    );
  }
  const failed = (projectStatus?.conditions ?? [])
    .filter((c) => c.status === 'ERROR')
    .map((c) => ({
      metric: c.metricKey ?? '',
      comparator: c.comparator ?? '',
      threshold: c.errorThreshold ?? '',
      actual: c.actualValue ?? '',
      status: c.status ?? '',
    }));
  return {
    projectKey,
    status,
    passed: status !== 'ERROR',
    failed,
    dashboardUrl:
      task?.['dashboardUrl'] || `${inputs.hostUrl}/dashboard?id=${encodeURIComponent(projectKey)}`,
  };
}

const BOUND: Record<string, string> = { LT: 'below', GT: 'above', EQ: 'equal to', NE: 'different from' };

/** `new_coverage is 82.5 (must not be below 85)`; some conditions (e.g. open_issues) carry no threshold. */
export function describeCondition(c: SonarCondition): string {
  const bound = BOUND[c.comparator] ?? c.comparator;
  const rule = c.threshold
    ? `must not be ${bound} ${c.threshold}`
    : `${c.status}, comparator ${c.comparator}`;
  return `${c.metric} is ${c.actual} (${rule})`;
}
