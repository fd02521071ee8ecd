// The promotion itself: reads base and the PR branch through the API, edits in memory, writes a
// tree and a commit, moves the branch, then creates or updates the one PR for that branch.
import { ActionError, retry, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import {
  RepoClient,
  githubMessage,
  isHttpError,
  type BranchTip,
  type PullRequest,
} from '@gitops-actions/github';
import { DEFAULT_BODY, render, templateValues, type TemplateValues } from './body.js';
import { editText, imageName, readSourceTag, type FileEdit } from './edits.js';
import type { Inputs } from './inputs.js';

/** Marks commits this action made, so a re-run can tell them from reviewers' commits. */
export const TRAILER = 'Promoted-by: open-promotion-pr';

export type Operation = 'created' | 'updated' | 'unchanged';

export interface Ports {
  client: RepoClient;
  log: Logger;
  serverUrl: string;
  runUrl: string;
  clock?: Clock;
  random?: () => number;
}

export interface PromotionResult {
  operation: Operation;
  pull: PullRequest | undefined;
  headSha: string;
  previousTag: string;
  tag: string;
  branch: string;
  edits: FileEdit[];
  /** Commits by others kept on the branch (the new commit went on top of them). */
  keptCommits: number;
}

interface BranchOutcome {
  sha: string;
  moved: boolean;
  /** A branch that did not exist cannot have an open PR, which saves the lookup. */
  created?: boolean;
  keptCommits: number;
}

class BranchMoved extends ActionError {
  constructor(branch: string) {
    super(`update ${branch}`, 'the branch moved while it was being updated', { retryable: true });
  }
}

export async function promote(inputs: Inputs, ports: Ports): Promise<PromotionResult> {
  const { client, log } = ports;
  const base = await readBase(client, inputs.base);
  const tag = inputs.tag || (await sourceTag(inputs, client, base));
  const name = imageName(inputs);
  const branch = render(inputs.branch, { environment: inputs.environment, 'image-name': name, tag });
  const edits = await editTargets(inputs, client, base.sha, tag);
  const previousTag = edits.find((e) => e.previousTag !== null)?.previousTag ?? '';
  const values = templateValues(inputs, {
    imageName: name,
    tag,
    branch,
    edits,
    previousTag,
    serverUrl: ports.serverUrl,
    runUrl: ports.runUrl,
    baseSha: base.sha,
  });
  const result = { tag, branch, edits, previousTag, keptCommits: 0 };

  if (edits.every((e) => !e.changed)) {
    log.info(`${inputs.base} already runs ${tag} in every target file: nothing to promote`);
    await closeStale(client, branch, inputs.base, tag, log);
    return { ...result, operation: 'unchanged', pull: undefined, headSha: base.sha };
  }

  const message = commitMessage(render(inputs.title, values), edits);
  const first = { base, edits };
  const outcome = await withRetry(ports, async (attempt) => {
    // A retry means the branches moved: start again from what GitHub holds now.
    const now = attempt === 1 ? first : await readBaseEdits(inputs, client, tag);
    return updateBranch(inputs, ports, { branch, message, tag, ...now });
  });
  const { pull, operation } = await upsertPull(inputs, client, branch, values, outcome).catch(
    async (error: unknown) => {
      // A branch this run created without its PR (a token without pull-requests: write, say) would be
      // an orphan that the next run mistakes for a reviewed one.
      if (outcome.created) await client.deleteBranch(branch).catch(() => undefined);
      throw error;
    },
  );
  await decorate(inputs, client, pull, log);
  return { ...result, keptCommits: outcome.keptCommits, operation, pull, headSha: outcome.sha };
}

async function readBase(client: RepoClient, name: string): Promise<BranchTip> {
  const tip = await client.branch(name);
  if (tip) return tip;
  if (!(await client.repositoryExists())) {
    throw new ActionError(
      `read ${client.fullName}`,
      'the repository does not exist or the token cannot see it',
      {
        hint: 'Check the repository input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).',
      },
    );
  }
  throw new ActionError(`read branch ${name}`, `${client.fullName} has no branch '${name}'`, {
    hint: 'Check the base input.',
  });
}

async function sourceTag(inputs: Inputs, client: RepoClient, base: BranchTip): Promise<string> {
  const file = await client.readFile(inputs.fromFile, base.sha);
  if (!file) {
    throw new ActionError(`read ${inputs.fromFile}`, `no such file on ${inputs.base}`, {
      hint: 'Check the from-file input.',
    });
  }
  return readSourceTag(inputs, inputs.fromFile, file.text);
}

async function editTargets(
  inputs: Inputs,
  client: RepoClient,
  ref: string,
  tag: string,
): Promise<FileEdit[]> {
  const files = await Promise.all(inputs.files.map((f) => client.readFile(f, ref)));
  return inputs.files.map((path, i) => {
    const file = files[i];
    if (!file)
      throw new ActionError(`read ${path}`, `no such file on ${inputs.base}`, {
        hint: 'Check the files input.',
      });
    return editText(inputs, path, file.text, tag);
  });
}

function commitMessage(title: string, edits: FileEdit[]): string {
  const lines = edits
    .flatMap((e) =>
      e.changes.map((c) => `- ${e.file} ${c.location}: ${c.previous ?? '∅'} -> ${c.value || '(removed)'}`),
    )
    .join('\n');
  return `${title}\n\n${lines}\n\n${TRAILER}\n`;
}

async function readBaseEdits(
  inputs: Inputs,
  client: RepoClient,
  tag: string,
): Promise<{ base: BranchTip; edits: FileEdit[] }> {
  const base = await readBase(client, inputs.base);
  return { base, edits: await editTargets(inputs, client, base.sha, tag) };
}

function withRetry<T>(ports: Ports, fn: (attempt: number) => Promise<T>): Promise<T> {
  return retry(fn, {
    attempts: 5,
    baseMs: 200,
    maxMs: 3000,
    clock: ports.clock ?? systemClock,
    random: ports.random,
    retryable: (error) => error instanceof BranchMoved,
    onRetry: ({ delayMs }) =>
      ports.log.info(`The promotion branch moved meanwhile; re-reading it in ${delayMs} ms`),
  });
}

/**
 * Creates the branch, or moves it. A branch holding only this action's commits is rebuilt on the
 * current base (the PR then shows one clean commit); one carrying anyone else's commit is never
 * reset: the edit is applied to its tip and committed on top.
 */
async function updateBranch(
  inputs: Inputs,
  ports: Ports,
  target: { branch: string; message: string; tag: string; base: BranchTip; edits: FileEdit[] },
): Promise<BranchOutcome> {
  const { client, log } = ports;
  const { branch, message, tag, base, edits } = target;
  const head = await client.branch(branch);
  if (!head) {
    const sha = await commitEdits(client, base, edits, message);
    if (!(await client.createBranch(branch, sha))) throw new BranchMoved(branch);
    log.info(`Created ${branch} at ${sha.slice(0, 7)}`);
    return { sha, moved: true, created: true, keptCommits: 0 };
  }
  const comparison = await client.compare(base.sha, head.sha);
  const foreign = comparison.commits.filter((c) => !c.message.includes(TRAILER));
  if (foreign.length === 0) {
    if (comparison.behindBy === 0 && comparison.aheadBy > 0 && (await holdsTag(inputs, client, head, tag))) {
      return { sha: head.sha, moved: false, keptCommits: 0 };
    }
    const sha = await commitEdits(client, base, edits, message);
    // Only this action's commits are on the branch, so replacing them loses nobody's work.
    if (!(await client.moveBranch(branch, sha, true))) throw new BranchMoved(branch);
    log.info(`Rebuilt ${branch} on ${inputs.base} at ${sha.slice(0, 7)}`);
    return { sha, moved: true, keptCommits: 0 };
  }
  const who = [...new Set(foreign.map((c) => c.author))].join(', ');
  log.info(
    `${branch} has ${foreign.length} commit(s) not made by this action (by ${who}); keeping them and adding the promotion on top instead of resetting the branch`,
  );
  const onHead = await editTargets(inputs, client, head.sha, tag);
  if (onHead.every((e) => !e.changed)) return { sha: head.sha, moved: false, keptCommits: foreign.length };
  const sha = await commitEdits(client, head, onHead, message);
  if (!(await client.moveBranch(branch, sha, false))) throw new BranchMoved(branch);
  return { sha, moved: true, keptCommits: foreign.length };
}

async function holdsTag(inputs: Inputs, client: RepoClient, head: BranchTip, tag: string): Promise<boolean> {
  const edits = await editTargets(inputs, client, head.sha, tag);
  return edits.every((e) => !e.changed);
}

function commitEdits(
  client: RepoClient,
  parent: BranchTip,
  edits: FileEdit[],
  message: string,
): Promise<string> {
  const files = Object.fromEntries(edits.filter((e) => e.changed).map((e) => [e.file, e.text]));
  return client.commitFiles({ parent: parent.sha, baseTree: parent.tree, files, message });
}

async function upsertPull(
  inputs: Inputs,
  client: RepoClient,
  branch: string,
  values: TemplateValues,
  outcome: BranchOutcome,
): Promise<{ pull: PullRequest; operation: Operation }> {
  const title = render(inputs.title, values);
  const body = render(inputs.body || DEFAULT_BODY, values);
  const existing = outcome.created ? undefined : await client.findOpenPull(branch, inputs.base);
  if (!existing) {
    const { pull, created } = await client.createPull({
      head: branch,
      base: inputs.base,
      title,
      body,
      draft: inputs.draft,
    });
    return { pull, operation: created ? 'created' : outcome.moved ? 'updated' : 'unchanged' };
  }
  if (!outcome.moved) return { pull: existing, operation: 'unchanged' };
  const pull = await client.updatePull(existing.number, { title, body });
  return { pull, operation: 'updated' };
}

/** Adds only what is missing, so re-runs make no requests for labels, reviewers or assignees already there. */
async function decorate(inputs: Inputs, client: RepoClient, pull: PullRequest, log: Logger): Promise<void> {
  const missing = (wanted: string[], have: string[]) => wanted.filter((w) => !have.includes(w));
  const labels = missing(inputs.labels, pull.labels);
  if (labels.length > 0) await client.addLabels(pull.number, labels);
  const reviewers = missing(inputs.reviewers, pull.reviewers);
  const teams = missing(inputs.teamReviewers, pull.teams);
  if (reviewers.length > 0 || teams.length > 0) {
    try {
      await client.requestReviewers(pull.number, reviewers, teams);
    } catch (error) {
      if (!isHttpError(error, 422)) throw error;
      log.warning(
        `Could not request reviews from ${[...reviewers, ...teams].join(', ')} on #${pull.number}: ${githubMessage(error)} The pull request was kept; add them as collaborators or fix the reviewers input.`,
      );
    }
  }
  const assignees = missing(inputs.assignees, pull.assignees);
  if (assignees.length > 0) await client.addAssignees(pull.number, assignees);
  if (inputs.autoMerge && !pull.autoMerge) await client.enableAutoMerge(pull, inputs.autoMerge);
}

async function closeStale(
  client: RepoClient,
  branch: string,
  base: string,
  tag: string,
  log: Logger,
): Promise<void> {
  const stale = await client.findOpenPull(branch, base);
  if (!stale) return;
  await client.comment(
    stale.number,
    `Closing: \`${base}\` already runs \`${tag}\` in every target file, so there is nothing left to promote.`,
  );
  await client.updatePull(stale.number, { state: 'closed' });
  log.info(`Closed #${stale.number}: ${base} already has ${tag}`);
}
