// Where a bump's reference commit comes from when it runs in the service repository's workflow:
// GITHUB_SHA and GITHUB_REPOSITORY name it, the event payload describes it when the event is the
// push of that commit, and GitHub's API can fill in the rest when the token can read it.
import { readFileSync } from 'node:fs';
import { githubServerUrl, shown, type Logger } from '@gitops-actions/kit';
import type { RepoClient } from '@gitops-actions/github';
import {
  FULL_SHA,
  formatAuthor,
  isIncomplete,
  mergeReference,
  type ReferenceCommit,
  type ReferenceCommitInputs,
} from './reference-commit.js';

/** Read on demand, so a bump outside Actions (no event file) never touches the disk for it. */
export type EventReader = (path: string) => string;

const readEvent: EventReader = (path) => readFileSync(path, 'utf8');

/**
 * The service commit from the runner's environment, or null when it is unknown (outside Actions,
 * or GITHUB_SHA is not a commit SHA). Known details count only when they describe that very SHA.
 */
export function referenceFromEnvironment(
  env: NodeJS.ProcessEnv,
  read: EventReader = readEvent,
): Partial<ReferenceCommit> | null {
  const sha = (env['GITHUB_SHA'] ?? '').toLowerCase();
  if (!FULL_SHA.test(sha)) return null;
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const repoUrl = /^[\w.-]+\/[\w.-]+$/.test(repository)
    ? `${githubServerUrl(env).replace(/\/+$/, '')}/${repository}`
    : '';
  return { sha, repoUrl, ...fromEvent(env['GITHUB_EVENT_PATH'], sha, read) };
}

interface PushCommit {
  id?: unknown;
  message?: unknown;
  timestamp?: unknown;
  author?: { name?: unknown; email?: unknown };
}

/** A push event's `head_commit` when it is the SHA; nothing from any other event. */
function fromEvent(path: string | undefined, sha: string, read: EventReader): Partial<ReferenceCommit> {
  if (!path) return {};
  let head: PushCommit | undefined;
  try {
    head = (JSON.parse(read(path)) as { head_commit?: PushCommit } | null)?.head_commit ?? undefined;
  } catch {
    return {};
  }
  if (!head || typeof head.id !== 'string' || head.id.toLowerCase() !== sha) return {};
  return describe(
    typeof head.message === 'string' ? head.message : '',
    text(head.author?.name),
    text(head.author?.email),
    typeof head.timestamp === 'string' ? head.timestamp : '',
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function describe(message: string, name: string, email: string, date: string): Partial<ReferenceCommit> {
  // As git splits it (%s, %b): the first paragraph is the subject, unfolded onto one line.
  const [subject = '', ...rest] = message.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  return {
    subject,
    body: rest.join('\n\n'),
    author: email ? formatAuthor(name, email) : '',
    date,
  };
}

/** The service repository, for a lookup: where the reference was built from the environment. */
export interface ReferenceLookup {
  client: RepoClient;
  log: Logger;
}

/**
 * Fills in the author, date, subject and body from GitHub's Git Data API (`GET
 * /repos/{owner}/{repo}/git/commits/{sha}`, one request) when the environment left them unknown.
 * Any failure only leaves them out, said once in the log: the trailers never fail a bump.
 */
export async function completeReference(
  reference: ReferenceCommit | null,
  lookup: ReferenceLookup | undefined,
): Promise<ReferenceCommit | null> {
  if (!reference || !lookup || !isIncomplete(reference)) return reference;
  const { client, log } = lookup;
  try {
    const { data } = await client.octokit.rest.git.getCommit({
      owner: client.owner,
      repo: client.repo,
      commit_sha: reference.sha,
    });
    const found = describe(data.message, data.author.name, data.author.email, data.author.date);
    const filled = Object.fromEntries(Object.entries(found).filter(([, v]) => v));
    return mergeReference({ ...filled, ...nonEmpty(reference) }, {});
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    log.info(
      `Could not read the service commit ${reference.sha.slice(0, 12)} in ${client.fullName} ` +
        `(${typeof status === 'number' ? `HTTP ${status}` : shown((error as Error).message ?? String(error))}); ` +
        'its author, date and subject trailers are left out. Pass the reference-commit-* inputs to set them.',
    );
    return reference;
  }
}

function nonEmpty(reference: ReferenceCommit): Partial<ReferenceCommit> {
  return Object.fromEntries(Object.entries(reference).filter(([, v]) => v));
}

/** The reference for a bump run in the service's workflow: environment, event, then the overrides. */
export function bumpReference(
  choice: ReferenceCommitInputs,
  env: NodeJS.ProcessEnv,
  read: EventReader = readEvent,
): ReferenceCommit | null {
  if (!choice.enabled) return null;
  return mergeReference(referenceFromEnvironment(env, read), choice.overrides);
}
