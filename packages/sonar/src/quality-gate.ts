import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, shown, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import { SonarClient } from './client.js';
import { plain } from './text.js';
import type { SonarRequest } from './request.js';

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
  /** Where the SonarScanner ran: its `report-task.txt` names the analysis to wait for. */
  workspace: string;
  clock?: Clock;
  random?: () => number;
  /** Bounds the whole check: the wait for a pending analysis task and every retry. */
  timeoutMs?: number;
  /** How long one request may go unanswered. */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 300_000;

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

interface CeTask {
  task?: { status?: string; analysisId?: string; errorMessage?: string; componentKey?: string };
}

/** Waits for the background task that processes the analysis; the gate is only final after it. */
async function waitForTask(
  client: SonarClient,
  taskId: string,
  ports: SonarPorts,
  clock: Clock,
  deadline: number,
): Promise<string> {
  const timeoutMs = ports.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let delay = 500;
  for (;;) {
    const { task } = (await client.get(`/api/ce/task?id=${encodeURIComponent(taskId)}`)) as CeTask;
    const status = task?.status ?? '';
    if (status === 'SUCCESS') return task?.analysisId ?? '';
    if (status === 'FAILED' || status === 'CANCELED') {
      throw new ActionError(
        'check the SonarQube quality gate',
        `analysis task ${plain(taskId)} ended ${plain(status)}${task?.errorMessage ? `: ${shown(task.errorMessage)}` : ''}`,
      );
    }
    if (clock.now() + delay > deadline) {
      throw new ActionError(
        'check the SonarQube quality gate',
        `analysis task ${plain(taskId)} is still ${plain(status || 'pending')} after ${Math.round(timeoutMs / 1000)} s`,
        { hint: 'The SonarQube compute engine is busy; re-run the job later.' },
      );
    }
    ports.log.info(`SonarQube analysis task ${plain(taskId)} is ${plain(status)}; waiting`);
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

/**
 * The quality gate of the project, at the analysis this job's SonarScanner submitted when its
 * `report-task.txt` is there (waiting for SonarQube to process it), else at the latest analysis.
 */
export async function checkQualityGate(request: SonarRequest, ports: SonarPorts): Promise<SonarResult> {
  const clock = ports.clock ?? systemClock;
  const deadline = clock.now() + (ports.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const client = new SonarClient(request, {
    clock,
    deadline,
    random: ports.random,
    requestTimeoutMs: ports.requestTimeoutMs,
    fetch: ports.fetch,
  });
  const task = await readReportTask(ports.workspace);
  const projectKey = request.projectKey || task?.['projectKey'] || '';
  if (!projectKey) {
    const names = request.inputNames;
    throw new ActionError(
      'check the SonarQube quality gate',
      `no project key: ${names.projectKey} is empty and no report-task.txt was found`,
      { hint: `Set ${names.projectKey}, or run the SonarScanner in this job first.` },
    );
  }
  let analysisId = '';
  if (task?.['ceTaskId'] && (!task['projectKey'] || task['projectKey'] === projectKey)) {
    analysisId = await waitForTask(client, task['ceTaskId'], ports, clock, deadline);
  }
  const query = analysisId
    ? `analysisId=${encodeURIComponent(analysisId)}`
    : `projectKey=${encodeURIComponent(projectKey)}`;
  const { projectStatus } = (await client.get(`/api/qualitygates/project_status?${query}`)) as ProjectStatus;
  const status = projectStatus?.status ?? 'NONE';
  if (status === 'NONE') {
    ports.log.warning(
      `SonarQube has no quality gate result for ${plain(projectKey)} (no analysis yet, or no gate assigned); not gating on it`,
    );
  }
  return {
    projectKey,
    status,
    passed: status !== 'ERROR',
    failed: failedConditions(projectStatus),
    // The task file's link only when it is a web link: the file is outside text.
    dashboardUrl: /^https?:\/\/\S+$/i.test(task?.['dashboardUrl'] ?? '')
      ? task!['dashboardUrl']!
      : `${request.hostUrl}/dashboard?id=${encodeURIComponent(projectKey)}`,
  };
}

function failedConditions(projectStatus: ProjectStatus['projectStatus']): SonarCondition[] {
  return (projectStatus?.conditions ?? [])
    .filter((c) => c.status === 'ERROR')
    .map((c) => ({
      metric: c.metricKey ?? '',
      comparator: c.comparator ?? '',
      threshold: c.errorThreshold ?? '',
      actual: c.actualValue ?? '',
      status: c.status ?? '',
    }));
}
