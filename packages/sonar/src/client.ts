import { ActionError, retry, type Clock } from '@gitops-actions/kit';
import type { SonarInputNames } from './request.js';

/** The server, token and the caller's input names that a refused request points at. */
export interface SonarServer {
  hostUrl: string;
  token: string;
  inputNames: SonarInputNames;
}

/** SonarQube's Web API, read-only: retried on 5xx, 429 and unreachable; final on 401/403/404. */
export class SonarClient {
  constructor(
    private readonly server: SonarServer,
    private readonly clock: Clock,
  ) {}

  get(pathAndQuery: string): Promise<unknown> {
    return retry(() => this.once(pathAndQuery), {
      attempts: 3,
      baseMs: 500,
      clock: this.clock,
      retryable: (e) => e instanceof ActionError && e.retryable,
    });
  }

  /** SonarQube takes a user token as the Basic user name with an empty password. */
  private async once(pathAndQuery: string): Promise<unknown> {
    const url = `${this.server.hostUrl}${pathAndQuery}`;
    const authorization = `Basic ${Buffer.from(`${this.server.token}:`).toString('base64')}`;
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
          hint: `Check ${this.server.inputNames.hostUrl} and that the runner can reach it.`,
        },
      );
    }
    if (response.ok) return response.json();
    const body = (await response.text()).slice(0, 300);
    throw refusal(pathAndQuery.split('?')[0] ?? '', response.status, body, this.server.inputNames);
  }
}

function refusal(endpoint: string, status: number, body: string, names: SonarInputNames): ActionError {
  if (status === 401) {
    return new ActionError('query SonarQube', `${endpoint} answered 401: the token was refused`, {
      hint: `Set ${names.token} to a valid user or project analysis token.`,
    });
  }
  if (status === 403) {
    return new ActionError(
      'query SonarQube',
      `${endpoint} answered 403: the token may not browse this project`,
      {
        hint: "Give the token's user 'Browse' permission on the project.",
      },
    );
  }
  if (status === 404) {
    return new ActionError('query SonarQube', `${endpoint} answered 404: ${sonarErrors(body)}`, {
      hint: `Check ${names.projectKey} (and that an analysis has been run for it).`,
    });
  }
  return new ActionError('query SonarQube', `${endpoint} answered ${status}: ${sonarErrors(body)}`, {
    retryable: status >= 500 || status === 429,
  });
}

/** SonarQube's error envelope, `{"errors":[{"msg":…}]}`; anything else as it came. */
function sonarErrors(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { msg?: string }[] };
    return parsed.errors?.map((e) => e.msg).join('; ') || body;
  } catch {
    return body || '(empty body)';
  }
}
