// GitHub's GraphQL endpoint, executed against GitHub's published schema (@octokit/graphql-schema):
// a query or mutation the schema rejects is a violation and gets GitHub's error, and every answer
// passes through graphql-js's execution, so a resolver cannot return a shape the schema forbids.
// Each operation the project uses is a root field resolver in its own module.
import { schema as githubSchema } from '@octokit/graphql-schema';
import {
  buildSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { BranchProtection } from '@gitops-actions/standin-git-server';
import type { RepoState, RouteAnswer } from './github-routes.js';
import type { Urls } from './github-shapes.js';

/** What a root field resolver may read and change. */
export interface GraphqlContext {
  /** Folder of the bare repositories (`<owner>/<repo>.git`). */
  root: string;
  urls: Urls;
  /** The repositories' pull requests and other API state, by `owner/name`. */
  stateOf(fullName: string): RepoState;
  /** Every repository with state, for node-ID lookups. */
  states: Map<string, RepoState>;
  /** The login the token acts as. */
  login: string;
  /** Whether the token may write the repository's contents / pull requests. */
  mayWrite(scope: 'contents' | 'pull_requests'): boolean;
  /** Runs a change to one repository alone, as the REST routes' writes run. */
  lock<T>(fullName: string, work: () => Promise<T>): Promise<T>;
  /** The branch protection or ruleset on a branch, as pushes and REST ref updates see it. */
  protection(fullName: string, branch: string): BranchProtection | undefined;
  /** GitHub's timestamps: seconds precision, UTC. */
  now(): string;
  violations: string[];
}

export type GraphqlResolver = (args: Record<string, unknown>, ctx: GraphqlContext) => unknown;

/**
 * An error as GitHub's resolvers report it: the data field is null and `errors[]` carries `type`
 * (`NOT_FOUND`, `STALE_DATA`, `FORBIDDEN`, `UNPROCESSABLE`) beside the message.
 */
export class GraphqlFailure extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

let cached: GraphQLSchema | undefined;

/** GitHub's schema, built once per process (about half a second). */
export function githubGraphqlSchema(): GraphQLSchema {
  // The published IDL defines two EnterpriseOwnerInfo fields twice (15.26.1); the copies agree.
  cached ??= buildSchema(githubSchema.idl, { assumeValidSDL: true });
  return cached;
}

interface Payload {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export async function executeGraphql(
  raw: Buffer,
  ctx: GraphqlContext,
  resolvers: Record<string, GraphqlResolver>,
): Promise<RouteAnswer> {
  let payload: Payload;
  try {
    payload = JSON.parse(raw.toString('utf8')) as Payload;
  } catch {
    ctx.violations.push('POST /graphql: the body is not JSON');
    return { status: 400, body: { message: 'Problems parsing JSON' } };
  }
  if (typeof payload.query !== 'string') {
    ctx.violations.push('POST /graphql: the body has no query string');
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    };
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    ctx.violations.push(`POST /graphql: the query does not parse: ${(error as Error).message}`);
    return { status: 200, body: { errors: [gitHubError(error as GraphQLError)] } };
  }
  const schema = githubGraphqlSchema();
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    ctx.violations.push(...invalid.map((e) => `POST /graphql: ${e.message}`));
    return { status: 200, body: { errors: invalid.map(gitHubError) } };
  }
  const rootValue = Object.fromEntries(
    Object.entries(resolvers).map(([field, resolve]) => [
      field,
      (args: Record<string, unknown>) => resolve(args, ctx),
    ]),
  );
  const result: ExecutionResult = await execute({
    schema,
    document,
    rootValue,
    contextValue: ctx,
    variableValues: (payload.variables ?? {}) as Record<string, unknown>,
    operationName: typeof payload.operationName === 'string' ? payload.operationName : undefined,
  });
  for (const error of result.errors ?? []) {
    // A failure a resolver meant is GitHub's answer; anything else is the stand-in's or the
    // client's fault (an unserved field, a variable of the wrong type) and must fail the test.
    if (!(error.originalError instanceof GraphqlFailure)) {
      ctx.violations.push(`POST /graphql: ${error.message}`);
    }
  }
  const body: Record<string, unknown> = {};
  if (result.data !== undefined) body['data'] = result.data;
  if (result.errors) body['errors'] = result.errors.map(gitHubError);
  return { status: 200, body };
}

function gitHubError(error: GraphQLError): Record<string, unknown> {
  const failure = error.originalError instanceof GraphqlFailure ? error.originalError : undefined;
  return {
    ...(failure ? { type: failure.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}
