import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

/**
 * A SonarQube stand-in for the two Web API calls a CI gate makes: `GET /api/ce/task` (the background
 * task that processes an uploaded analysis) and `GET /api/qualitygates/project_status`. Response
 * bodies follow SonarQube's documented examples (sonar-webserver-webapi `task-example.json`,
 * `project_status-example.json`); errors use SonarQube's `{"errors":[{"msg":…}]}` envelope and
 * messages.
 */

export type SonarGateStatus = 'OK' | 'WARN' | 'ERROR' | 'NONE';

/** One condition as `project_status` returns it; `errorThreshold` is absent for some metrics. */
export interface SonarGateCondition {
  status: 'OK' | 'WARN' | 'ERROR';
  metricKey: string;
  comparator: 'LT' | 'GT' | 'EQ' | 'NE';
  errorThreshold?: string;
  actualValue: string;
}

export interface SonarGate {
  status: SonarGateStatus;
  conditions: SonarGateCondition[];
}

export interface SonarProjectConfig {
  key: string;
  name?: string;
  /** Gate of the project's last analysis; omitted: never analysed (`NONE`, no conditions). */
  gate?: SonarGate;
}

/** How a submitted analysis task progresses: counted in `/api/ce/task` polls, not in time. */
export interface SonarTaskScript {
  projectKey: string;
  /** Polls answered PENDING before the task starts. */
  pendingPolls?: number;
  /** Polls answered IN_PROGRESS before it ends. */
  inProgressPolls?: number;
  outcome?: 'SUCCESS' | 'FAILED' | 'CANCELED';
  errorMessage?: string;
  /** Gate computed by this analysis; it becomes the project's current gate on SUCCESS. */
  gate?: SonarGate;
}

export interface SonarRequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  /** `basic`, `bearer`, or `none`: how the client authenticated (the token itself is not kept). */
  auth: 'basic' | 'bearer' | 'none';
  status: number;
}

/**
 * How a request fails instead of being answered, as SonarQube behind a proxy does: `error-500`
 * (SonarQube's own envelope), `rate-limited-429`, `proxy-html-502` (a gateway's HTML page),
 * `login-html` (200 with a login page, as an SSO proxy answers), `hang` (accepted, never answered),
 * `reset` (the connection dropped).
 */
export type SonarFault =
  'error-500' | 'rate-limited-429' | 'proxy-html-502' | 'login-html' | 'hang' | 'reset';

export interface SonarServerOptions {
  /** User or project analysis tokens the server accepts. */
  tokens: readonly string[];
  projects: readonly SonarProjectConfig[];
}

export interface SonarServer {
  url: string;
  requests: SonarRequestRecord[];
  /** Registers an analysis task as the scanner's upload would; returns its ID (`ceTaskId`). */
  submitTask(script: SonarTaskScript): string;
  /** Analysis ID of a finished task, once it has succeeded. */
  analysisOf(taskId: string): string | undefined;
  /** The next `times` requests fail with `fault` (recorded with status 0 for hang and reset). */
  fail(fault: SonarFault, times?: number): void;
  close(): Promise<void>;
}

interface Analysis {
  id: string;
  projectKey: string;
  gate: SonarGate;
}

interface Task {
  id: string;
  script: Required<Omit<SonarTaskScript, 'errorMessage' | 'gate'>> & Pick<SonarTaskScript, 'errorMessage'>;
  gate: SonarGate | undefined;
  polls: number;
  submittedAt: Date;
  analysisId?: string;
  finishedAt?: Date;
}

class SonarHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const NO_GATE: SonarGate = { status: 'NONE', conditions: [] };

/** SonarQube's UUID-like keys: 20 characters of base64url. */
function sonarUuid(): string {
  return randomBytes(15).toString('base64url');
}

/** SonarQube's date format, e.g. `2023-05-25T10:34:21+0000`. */
function sonarDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

export async function startSonarServer(options: SonarServerOptions): Promise<SonarServer> {
  const tokens = new Set(options.tokens);
  const projects = new Map(options.projects.map((p) => [p.key, { ...p, uuid: sonarUuid() }]));
  const lastGate = new Map<string, SonarGate>(options.projects.map((p) => [p.key, p.gate ?? NO_GATE]));
  const analyses = new Map<string, Analysis>();
  const tasks = new Map<string, Task>();
  const requests: SonarRequestRecord[] = [];
  const faults: SonarFault[] = [];

  /** How the client authenticated, and whether the token is one the server knows. */
  function authenticate(req: IncomingMessage): { auth: SonarRequestRecord['auth']; ok: boolean } {
    const header = req.headers.authorization ?? '';
    const [scheme = '', value = ''] = header.split(/\s+/, 2);
    let token = '';
    let auth: SonarRequestRecord['auth'] = 'none';
    if (/^basic$/i.test(scheme)) {
      // A token goes as the user name with an empty password (curl -u "$TOKEN:").
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon >= 0 && decoded.slice(colon + 1) === '') token = decoded.slice(0, colon);
      auth = 'basic';
    } else if (/^bearer$/i.test(scheme)) {
      token = value;
      auth = 'bearer';
    }
    return { auth, ok: token !== '' && tokens.has(token) };
  }

  function taskStatus(task: Task): string {
    const { pendingPolls, inProgressPolls, outcome } = task.script;
    if (task.polls <= pendingPolls) return 'PENDING';
    if (task.polls <= pendingPolls + inProgressPolls) return 'IN_PROGRESS';
    if (!task.finishedAt) {
      task.finishedAt = new Date();
      if (outcome === 'SUCCESS') {
        const analysis = {
          id: sonarUuid(),
          projectKey: task.script.projectKey,
          gate: task.gate ?? lastGate.get(task.script.projectKey) ?? NO_GATE,
        };
        analyses.set(analysis.id, analysis);
        lastGate.set(analysis.projectKey, analysis.gate);
        task.analysisId = analysis.id;
      }
    }
    return outcome;
  }

  function ceTask(query: Record<string, string>): unknown {
    const id = query['id'];
    if (!id) throw new SonarHttpError(400, "The 'id' parameter is missing");
    const task = tasks.get(id);
    if (!task) throw new SonarHttpError(404, `No activity found for task '${id}'`);
    task.polls++;
    const status = taskStatus(task);
    const project = projects.get(task.script.projectKey)!;
    const started = status !== 'PENDING';
    return {
      task: {
        id: task.id,
        type: 'REPORT',
        componentId: project.uuid,
        componentKey: project.key,
        componentName: project.name ?? project.key,
        componentQualifier: 'TRK',
        ...(task.analysisId ? { analysisId: task.analysisId } : {}),
        status,
        submittedAt: sonarDate(task.submittedAt),
        submitterLogin: 'admin',
        ...(started ? { startedAt: sonarDate(task.submittedAt) } : {}),
        ...(task.finishedAt
          ? {
              executedAt: sonarDate(task.finishedAt),
              executionTimeMs: Math.max(1, task.finishedAt.getTime() - task.submittedAt.getTime()),
            }
          : {}),
        ...(status === 'FAILED' ? { errorMessage: task.script.errorMessage ?? 'Analysis failed' } : {}),
        hasScannerContext: true,
        warningCount: 0,
        warnings: [],
      },
    };
  }

  function projectStatus(query: Record<string, string>): unknown {
    const given = ['analysisId', 'projectId', 'projectKey'].filter((k) => query[k] !== undefined);
    if (given.length !== 1) {
      throw new SonarHttpError(400, "Either 'analysisId', 'projectId' or 'projectKey' must be provided");
    }
    let gate: SonarGate;
    if (query['analysisId'] !== undefined) {
      const analysis = analyses.get(query['analysisId']);
      if (!analysis) throw new SonarHttpError(404, `Analysis with id '${query['analysisId']}' is not found`);
      gate = analysis.gate;
    } else if (query['projectKey'] !== undefined) {
      const key = query['projectKey'];
      if (!projects.has(key)) throw new SonarHttpError(404, `Project '${key}' not found`);
      gate = lastGate.get(key) ?? NO_GATE;
    } else {
      const project = [...projects.values()].find((p) => p.uuid === query['projectId']);
      if (!project) throw new SonarHttpError(404, `Project '${query['projectId']}' not found`);
      gate = lastGate.get(project.key) ?? NO_GATE;
    }
    return {
      projectStatus: {
        status: gate.status,
        ignoredConditions: false,
        conditions: gate.conditions.map((c) => ({
          status: c.status,
          metricKey: c.metricKey,
          comparator: c.comparator,
          ...(c.errorThreshold !== undefined ? { errorThreshold: c.errorThreshold } : {}),
          actualValue: c.actualValue,
        })),
        ...(gate.status === 'NONE'
          ? {}
          : { period: { mode: 'PREVIOUS_VERSION', date: sonarDate(new Date(0)), parameter: '1.0' } }),
      },
    };
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  /** Answers with the next queued fault; false when none is queued. */
  function fault(res: ServerResponse, record: SonarRequestRecord): boolean {
    const next = faults.shift();
    if (!next) return false;
    const html = (status: number, page: string) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    };
    if (next === 'hang') record.status = 0;
    else if (next === 'reset') {
      record.status = 0;
      res.socket?.destroy();
    } else if (next === 'proxy-html-502') {
      html(
        502,
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
      );
    } else if (next === 'login-html') {
      html(200, '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>');
    } else {
      const status = next === 'error-500' ? 500 : 429;
      record.status = status;
      send(res, status, {
        errors: [
          {
            msg:
              status === 500
                ? 'An error has occurred. Please contact your administrator'
                : 'Too many requests',
          },
        ],
      });
    }
    return true;
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://sonar.local');
    const query = Object.fromEntries(url.searchParams);
    const record: SonarRequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      auth: 'none',
      status: 200,
    };
    requests.push(record);
    if (fault(res, record)) return;
    try {
      const { auth, ok } = authenticate(req);
      record.auth = auth;
      if (!ok) throw new SonarHttpError(401, 'Authentication is required');
      if (req.method !== 'GET') throw new SonarHttpError(405, `HTTP method ${req.method} is not allowed`);
      let body: unknown;
      if (url.pathname === '/api/ce/task') body = ceTask(query);
      else if (url.pathname === '/api/qualitygates/project_status') body = projectStatus(query);
      else throw new SonarHttpError(404, `Unknown url : ${url.pathname}`);
      send(res, 200, body);
    } catch (error) {
      if (!(error instanceof SonarHttpError)) throw error;
      record.status = error.status;
      if (error.status === 401) {
        // SonarQube answers a missing or refused token with a bare 401.
        res.writeHead(401, { 'content-length': 0 });
        res.end();
        return;
      }
      send(res, error.status, { errors: [{ msg: error.message }] });
    }
  }

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res));
  });
  const url = await listenOnLoopback(server);

  return {
    url,
    requests,
    submitTask(script) {
      if (!projects.has(script.projectKey)) throw new Error(`Unknown project ${script.projectKey}`);
      const id = sonarUuid();
      tasks.set(id, {
        id,
        script: {
          projectKey: script.projectKey,
          pendingPolls: script.pendingPolls ?? 1,
          inProgressPolls: script.inProgressPolls ?? 1,
          outcome: script.outcome ?? 'SUCCESS',
          errorMessage: script.errorMessage,
        },
        gate: script.gate,
        polls: 0,
        submittedAt: new Date(),
      });
      return id;
    },
    analysisOf(taskId) {
      return tasks.get(taskId)?.analysisId;
    },
    fail(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    close: () => closeServer(server),
  };
}
