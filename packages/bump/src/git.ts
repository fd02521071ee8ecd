// The git transport without a work tree: a bare depth-1 blob-less clone of the branch, the target
// blobs fetched by id, the semantic edit applied in memory, the commit built by fast-import on the
// tip and pushed as `<sha>:refs/heads/<branch>`. A lost race fetches only the new tip, re-reads
// only the blobs that changed and re-applies the edit there; from then on the writer waits its
// turn in the branch's queue (queue.ts) instead of racing. Over HTTP it joins the queue as it
// opens the branch, before its first push.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, retry, shown, systemClock } from '@gitops-actions/kit';
import { GitError, openBranch, type FileWrite, type RemoteBranch, type TreeEntry } from '@gitops-actions/git';
import { retryOnNewTip, unchangedAt } from './attempts.js';
import { unifiedDiff } from './diff.js';
import { editText, missingFile, nearbyFiles, summarizeEdits, type EditedText } from './edit-files.js';
import { commitMessage } from './message.js';
import { BranchQueue, queuePrefix } from './queue.js';
import { BUMP_MANIFEST_INPUTS, type BumpRequest } from './request.js';
import type { AttemptResult, BumpPorts, BumpResult } from './types.js';

class PushRejected extends ActionError {
  constructor(branch: string, reason: string) {
    super(`push to ${branch}`, `the push was rejected (${reason})`, { retryable: true });
  }
}

/** The branch as this writer last fetched it, and the texts of the blobs it read, by id. */
interface Target {
  repo: RemoteBranch;
  queue: BranchQueue;
  texts: Map<string, string>;
}

export async function bumpWithGit(inputs: BumpRequest, ports: BumpPorts): Promise<BumpResult> {
  const work = await mkdtemp(path.join(ports.tempDir ?? tmpdir(), 'bump-manifest-'));
  const clock = ports.clock ?? systemClock;
  const queues: BranchQueue[] = [];
  const queueOn = (repo: RemoteBranch): BranchQueue => {
    const queue = new BranchQueue(repo, inputs.branch, {
      clock,
      random: ports.random ?? Math.random,
      log: ports.log,
    });
    queues.push(queue);
    return queue;
  };
  try {
    // Over HTTP every writer that may push takes its ticket as it opens the branch, alongside the
    // listing of the tip and the tickets: writers arriving together then queue at once, and one
    // alone waits for nothing (the push that takes the ticket goes with the first read).
    const take = inputs.dryRun ? undefined : (branch: RemoteBranch) => queueOn(branch).take();
    const opening = clock.now();
    const repo = await cloneTarget(inputs, ports, path.join(work, 'repo'), take);
    // The tickets of opens over HTTP that failed before another one (or git) opened the branch go
    // first: this writer would count them ahead of itself, and wait on them.
    for (const q of queues) if (q.repo !== repo) await q.leave();
    const queue = queues.find((q) => q.repo === repo) ?? queueOn(repo);
    const target: Target = { repo, queue, texts: new Map() };
    // Opening read the tip and its trees, about what a turn does: the guess until turns are seen.
    queue.measured(clock.now() - opening);
    const queued = await queue.enter(repo.opened);
    if (queued) ports.log.info(`${queued}; going on the new tip`);
    return await retryOnNewTip(inputs, ports, {
      attempt: async (attempt) => {
        const started = clock.now();
        // The look that ended a wait in the queue listed the tip already.
        const base = attempt === 1 && !queued ? await repo.tip() : await repo.fetchTip(queue.takeFresh());
        const result = await attemptAt(target, base, inputs, ports);
        queue.measured(clock.now() - started);
        return result;
      },
      retrying: 'retrying on the new tip',
      lostRace: (error) => (error instanceof PushRejected ? 'still rejected' : undefined),
      refusedByRule: (error) => error instanceof GitError && error.failure === 'protected',
      waitTurn: () => queue.waitTurn(),
    });
  } finally {
    // Every ticket goes, the bump's and those of failed opens, whether it landed, failed or
    // never opened the branch at all.
    for (const q of queues) await q.leave();
    await rm(work, { recursive: true, force: true });
  }
}

async function cloneTarget(
  inputs: BumpRequest,
  ports: BumpPorts,
  dir: string,
  alongside: ((branch: RemoteBranch) => Promise<void>) | undefined,
): Promise<RemoteBranch> {
  const { repository, branch, token } = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  return retry(
    () =>
      openBranch({
        watch: queuePrefix(inputs.branch),
        alongside,
        url: inputs.url,
        dir,
        branch: inputs.branch,
        token: inputs.token,
        exec: ports.exec,
        log: ports.log,
        inputs: { repository, branch, token },
      }),
    {
      // A clone is one of the bump's attempts too: a network failure is retried within the budget.
      attempts: Math.min(3, inputs.maxAttempts),
      clock: ports.clock ?? systemClock,
      random: ports.random,
      retryable: (error) => error instanceof GitError && error.failure === 'network',
    },
  ).catch((error: unknown) => {
    throw missingBranch(error, inputs);
  });
}

/** git's own hint for a missing branch names no input; this one names the caller's. */
function missingBranch(error: unknown, inputs: BumpRequest): unknown {
  if (!(error instanceof GitError) || error.failure !== 'branch-not-found') return error;
  const { branch } = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  return new GitError(
    error.operation,
    error.failure,
    error.message,
    `Check the ${branch} input; the branch must exist before bumping it.`,
  );
}

async function attemptAt(
  t: Target,
  head: string,
  inputs: BumpRequest,
  ports: BumpPorts,
): Promise<AttemptResult> {
  const edited = await editAt(t, head, inputs);
  const edits = edited.map((e) => e.edit);
  const summary = { edits, ...summarizeEdits(edits) };
  const unchanged = unchangedAt(inputs, ports, head, summary);
  if (unchanged) return unchanged;
  const changed = edited.filter((e) => e.changed);
  if (inputs.dryRun) {
    const diff = changed.map((e) => unifiedDiff(e.edit.file, e.before, e.after)).join('');
    return { ...summary, changed: true, commitSha: head, diff };
  }
  const { changedFiles, previousTag } = summary;
  const writes: FileWrite[] = changed.map((e) => ({ path: e.edit.file, mode: e.mode, text: e.after }));
  const sha = await t.repo.commit(
    head,
    writes,
    commitMessage(inputs, changedFiles, previousTag),
    inputs.author,
  );
  const ticket = t.queue.leaseUpdates();
  // The lease is the compare-and-swap: the branch moves only from the tip this edit was made on.
  const branch = { src: sha, dst: `refs/heads/${inputs.branch}`, lease: head };
  const result = await t.repo.push([branch, ...ticket], {
    atomic: ticket.length > 0,
  });
  if (!result.pushed) throw new PushRejected(inputs.branch, result.reason);
  t.queue.landed();
  return { ...summary, changed: true, commitSha: sha, diff: '' };
}

/** Every target file's edit at `head`, reading only blobs not read before; stops at the first bad file. */
async function editAt(
  t: Target,
  head: string,
  inputs: BumpRequest,
): Promise<Array<EditedText & { mode: string }>> {
  const filesInput = inputs.inputNames?.files ?? 'files';
  const entries = await t.repo.entries(head, inputs.files);
  const found: TreeEntry[] = [];
  for (const file of inputs.files) {
    const entry = entries.get(file);
    if (!entry) {
      const hint = await nearbyFiles(file, (folder) => t.repo.listFolder(head, folder));
      throw missingFile(file, inputs.branch, hint, filesInput);
    }
    found.push(entry);
  }
  const unread = [...new Set(found.map((e) => e.oid))].filter((oid) => !t.texts.has(oid));
  for (const [oid, text] of await t.repo.readBlobs(unread)) t.texts.set(oid, text);
  return inputs.files.map((file, i) => {
    const entry = found[i] as TreeEntry;
    refuseSpecial(file, entry, t.texts.get(entry.oid) ?? '', filesInput);
    return { ...editText(inputs, file, t.texts.get(entry.oid) ?? ''), mode: entry.mode };
  });
}

/** Only regular files are edited: a symlink would edit another file (or one outside the repository). */
function refuseSpecial(file: string, entry: TreeEntry, text: string, filesInput: string): void {
  if (entry.mode === '120000') {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), text));
    if (text.startsWith('/') || target === '..' || target.startsWith('../')) {
      throw new ActionError(`read ${file}`, 'it is a symlink that points outside the repository');
    }
    throw new ActionError(
      `read ${file}`,
      `it is a symlink to ${shown(target)}; name that file in ${filesInput}`,
    );
  }
  if (entry.type !== 'blob') throw new ActionError(`read ${file}`, 'it is not a regular file');
}
