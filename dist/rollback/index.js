import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2754:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5045);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5045:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(612);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 9 modules
var git_src = __nccwpck_require__(5280);
// EXTERNAL MODULE: ./packages/bump/src/attempts.ts
var attempts = __nccwpck_require__(3170);
// EXTERNAL MODULE: ./packages/bump/src/diff.ts
var src_diff = __nccwpck_require__(9415);
// EXTERNAL MODULE: ./packages/bump/src/edit-files.ts + 13 modules
var edit_files = __nccwpck_require__(6400);
// EXTERNAL MODULE: ./packages/bump/src/message.ts
var message = __nccwpck_require__(761);
;// CONCATENATED MODULE: ./packages/bump/src/queue.ts
// Contention turned into a queue. A writer creates a ticket ref under
// refs/gitops-actions/queue/<branch>/ (one push that may only create it): over HTTP as it opens the
// branch, alongside the listing of the tip and the tickets, so that writers who arrive together
// queue instead of racing (but for one whose ticket was still on its way when another listed the
// queue); through git only after it lost a race. It sleeps while tickets older than its own are
// alive, and when it is first it pushes the branch and deletes its ticket in one atomic push.
// Nobody fetches, edits and pushes in a loop; nothing ahead moving for 15 s means go anyway.
//
// The queue is advisory: the branch push stays the compare-and-swap that keeps every update, so a
// human push, a writer that read the refs before another's ticket came, a crashed writer's ticket
// (ignored once expired) or a server that refuses the refs (then: backoff sized by the losses and
// the measured cycle) costs time, never an update.


const QUEUE_ROOT = 'refs/gitops-actions/queue';
/** A ticket lives this long; a writer that died holding one delays the others at most this long. */
const TICKET_TTL_MS = 120_000;
const MIN_POLL_MS = 40;
const NEXT_LOOK_MS = 150;
/** The longest turn a waiting writer counts on, whatever turns it measured while writers started. */
const FAR_TURN_MS = 500;
/** Looks at an unchanged queue, next in line, before it looks less often (12 × 150 ms or so). */
const STALLED_LOOKS = 12;
const MAX_POLL_MS = 5_000;
const MAX_BACKOFF_MS = 10_000;
/** Nothing ahead moved for this long (and this many turns): the writers ahead are gone. */
const STALLED_MS = 15_000;
const STALLED_TURNS = 8;
/** The queue's folder for a branch: the branch as one ref component, so `a` and `a/b` never share one. */
function queuePrefix(branch) {
    return `${QUEUE_ROOT}/${encodeURIComponent(branch)}`;
}
function ticketName(arrival, expires, random) {
    const suffix = Math.floor(random() * 0xffffffff)
        .toString(16)
        .padStart(8, '0');
    return `${String(arrival).padStart(15, '0')}-${String(expires).padStart(15, '0')}-${suffix}`;
}
function parseTicket(ref, sha) {
    const match = /\/(\d{15})-(\d{15})-[0-9a-f]{8}$/.exec(ref);
    if (!match)
        return undefined;
    return { ref, arrival: Number(match[1]), expires: Number(match[2]), sha };
}
class BranchQueue {
    repo;
    branch;
    ports;
    ticket;
    refused = false;
    losses = 0;
    /** How long one writer's turn takes: its fetch, edit and push. Measured, then observed. */
    cycleMs = 2_000;
    /** Turn lengths seen: this writer's own attempt, then the time between changes of the queue. */
    samples = [];
    expired = new Map();
    /** The tip the look that ended the wait listed: the turn that follows fetches that one. */
    fresh;
    /** What tickets point at: a blob, so that fetching the queue fetches no commit or tree. */
    token;
    constructor(repo, branch, ports) {
        this.repo = repo;
        this.branch = branch;
        this.ports = ports;
    }
    /** The duration of this writer's open or of one of its attempts: a turn's length, first guessed. */
    measured(ms) {
        if (ms > 0)
            this.sample(ms);
    }
    /** The branch's tip as the look that ended the wait listed it, once; undefined when stale. */
    takeFresh() {
        const tip = this.fresh;
        this.fresh = undefined;
        return tip;
    }
    /** The ref updates that end this writer's turn with its push: its ticket's deletion. */
    leaseUpdates() {
        return this.ticket ? [{ src: '', dst: this.ticket.ref, lease: this.ticket.sha }] : [];
    }
    /** After a push that carried leaseUpdates() landed: the ticket is gone with it. */
    landed() {
        this.ticket = undefined;
    }
    /**
     * After a lost race on `base`: waits for this writer's turn and says how it waited, for the
     * attempt's log line.
     */
    async waitTurn() {
        this.losses += 1;
        this.fresh = undefined;
        if (!this.ticket && !this.refused)
            await this.join();
        if (this.ticket)
            return `${await this.waitFirst()}; retrying on the new tip`;
        const ceiling = Math.min(MAX_BACKOFF_MS, this.losses * this.cycleMs);
        const delayMs = Math.round(this.ports.random() * ceiling);
        await this.ports.clock.sleep(delayMs);
        return `retrying on the new tip in ${delayMs} ms`;
    }
    /**
     * As the branch opens, alongside its first read: takes a ticket whatever the queue holds, so
     * that writers arriving together queue at once instead of racing first and queueing only after
     * losing. `enter` then says who is ahead.
     */
    async take() {
        if (!this.ticket && !this.refused)
            await this.join();
    }
    /**
     * With the tickets listed as the branch opened (read alongside `take()`): when writers are
     * ahead, waits its turn and says how; undefined when this writer goes at once. A ticket still
     * on its way when the listing was read is missed: its writer may race this one, and the loser
     * waits its turn.
     */
    async enter(listed) {
        if (!this.ticket || !listed)
            return undefined;
        const ahead = this.countAhead(this.ticket, listed);
        return ahead > 0 ? `${ahead} already queued: ${await this.waitFirst(ahead)}` : undefined;
    }
    async waitFirst(known) {
        const { waitedMs, ahead } = await this.untilFirst(known);
        const still = ahead > 0 ? ` (${ahead} ahead expired or stalled: going anyway)` : '';
        return `waited ${waitedMs} ms for our turn in the queue${still}`;
    }
    /** Deletes this writer's ticket and the expired ones it saw; never fails the bump. */
    async leave() {
        const updates = [...this.expired].map(([ref, sha]) => ({ src: '', dst: ref, lease: sha }));
        updates.push(...this.leaseUpdates());
        this.expired.clear();
        this.ticket = undefined;
        if (updates.length === 0)
            return;
        await this.repo.push(updates).catch((error) => {
            this.ports.log.debug(`Could not delete queue tickets: ${error.message}`);
        });
    }
    async join(arrival = this.ports.clock.now()) {
        const name = ticketName(arrival, arrival + TICKET_TTL_MS, this.ports.random);
        const ref = `${queuePrefix(this.branch)}/${name}`;
        this.token ??= await this.repo.writeBlob(`${QUEUE_ROOT} ticket\n`);
        const token = this.token;
        const refusal = await this.repo
            .push([{ src: token, dst: ref, lease: '' }])
            .then((r) => (r.pushed ? undefined : r.reason))
            .catch((error) => {
            if (!(error instanceof git_src/* GitError */.XS && error.failure === 'network'))
                return error.message;
            // The network failed, the server refused nothing: the writer may queue after a lost race.
            // A push lost midway may have created the ticket: leave() removes it if so.
            this.expired.set(ref, token);
            this.ports.log.debug(`Could not take a queue ticket: ${(0,src/* shown */.SP)(error.message, { max: 300 })}`);
            return null;
        });
        this.ticket = refusal === undefined ? parseTicket(ref, token) : undefined;
        if (refusal === undefined || refusal === null)
            return;
        this.refused = true;
        this.ports.log.info(`The server refused the queue ref ${ref} (${(0,src/* shown */.SP)(refusal, { max: 300 })}); waiting with backoff instead of in the queue`);
    }
    /** Sleeps until no live ticket is older than ours; returns how long, and how many were passed over. */
    async untilFirst(known) {
        const { clock } = this.ports;
        const start = clock.now();
        const pace = { at: start, ahead: Number.POSITIVE_INFINITY, idle: 0 };
        const still = { since: start, seen: '' };
        for (;;) {
            const ticket = this.ticket;
            if (!ticket)
                return { waitedMs: clock.now() - start, ahead: 0 };
            // A count the caller already has (the refs a push listed) stands for the first look.
            const ahead = known ?? (await this.lookAhead(ticket, pace));
            known = undefined;
            const now = clock.now();
            // A writer ahead that stopped moving (its job cancelled before it removed its ticket) holds
            // nobody up for long: the branch push is a compare-and-swap, so going anyway is safe.
            const seen = `${ahead} ${this.fresh ?? ''}`;
            if (seen !== still.seen)
                Object.assign(still, { since: now, seen });
            const stalled = now - still.since >= Math.max(STALLED_MS, STALLED_TURNS * this.cycleMs);
            if (ahead === 0 || now >= ticket.expires || stalled)
                return { waitedMs: now - start, ahead };
            const delay = this.nextLook(pace, ahead, now);
            await clock.sleep(Math.round(Math.min(MAX_POLL_MS, ticket.expires - now, Math.max(MIN_POLL_MS, delay))));
        }
    }
    /** One look; a look the network failed is no news (the next may get through), not the end. */
    async lookAhead(ticket, pace) {
        try {
            return await this.ahead(ticket);
        }
        catch (error) {
            if (!(error instanceof git_src/* GitError */.XS && error.retryable))
                throw error;
            this.ports.log.debug(`A look at the queue failed, looking again: ${error.message}`);
            return Number.isFinite(pace.ahead) ? pace.ahead : 1;
        }
    }
    /**
     * When to look again. Far back, the writer sleeps 70-90% of the turns ahead of it but one (5 s
     * at most, jittered too), a turn counted as measured (the open's own length until a turn is
     * seen) but 0.5 s at most: turns measured while writers start together are no guide to the
     * turns after (on the bench, sleeping on them left the branch idle for seconds), and sleeping on
     * a fraction of a fast turn made each far writer look about seven times. Just moved up to next
     * in line, it lets half a turn pass (the writer ahead has only begun its own), then looks every
     * third of a turn (150 ms at most), less and less often once nothing moved for several turns (a
     * slow or dead writer ahead).
     */
    nextLook(pace, ahead, now) {
        const seen = ahead < pace.ahead && Number.isFinite(pace.ahead);
        const movedUp = seen && pace.ahead - ahead === 1;
        if (seen)
            this.sample((now - pace.at) / (pace.ahead - ahead));
        pace.idle = ahead === pace.ahead ? pace.idle + 1 : 0;
        if (ahead !== pace.ahead)
            Object.assign(pace, { at: now, ahead });
        const turn = Math.min(this.cycleMs, FAR_TURN_MS);
        const look = Math.min(this.cycleMs / 3, NEXT_LOOK_MS);
        // Waking early costs one look; waking late leaves the branch idle for every writer behind.
        // Jittered, so the writers that saw the same change do not all look at the same moment.
        if (ahead > 1)
            return Math.min((ahead - 1) * turn, MAX_POLL_MS) * (0.7 + this.ports.random() / 5);
        const jitter = 0.75 + this.ports.random() / 2;
        // The gap between two turns is this look's latency, so it looks often (a look is one ls-refs
        // request). Only a turn far longer than the others (a slow or dead writer ahead) makes it look
        // less and less often.
        if (movedUp)
            return Math.max(turn / 2, look) * jitter;
        const stalled = Math.max(0, pace.idle - STALLED_LOOKS);
        return look * 1.5 ** Math.min(stalled, 10) * jitter;
    }
    /**
     * The median of the turn lengths seen: one long sample only says this writer looked late, one
     * short one that two turns ended between two looks; neither should set the pace alone.
     */
    sample(ms) {
        this.samples.push(Math.max(MIN_POLL_MS, Math.round(ms)));
        const sorted = [...this.samples].sort((a, b) => a - b);
        this.cycleMs = sorted[Math.floor((sorted.length - 1) / 2)] ?? this.cycleMs;
    }
    /**
     * Live tickets older than ours, listed with the branch's tip; re-creates ours if it is gone
     * (deleted as expired by a peer).
     */
    async ahead(ticket) {
        // Over HTTP a look is one ls-refs request and no git process: a waiting writer spawns none,
        // and the tip is fetched only by the attempt that follows the look that ended the wait.
        const { tip, refs } = await this.repo.lookRefs(queuePrefix(this.branch));
        this.fresh = tip;
        if (!refs.has(ticket.ref)) {
            this.ticket = undefined;
            this.fresh = undefined;
            await this.join(ticket.arrival);
            if (!this.ticket)
                return 0;
        }
        return this.countAhead(ticket, refs);
    }
    /** Live tickets older than `ticket` among `refs`; expired ones are noted for deletion. */
    countAhead(ticket, refs) {
        const now = this.ports.clock.now();
        let ahead = 0;
        for (const [ref, sha] of refs) {
            const other = parseTicket(ref, sha);
            if (!other || ref === ticket.ref)
                continue;
            if (other.expires <= now)
                this.expired.set(ref, sha);
            else if (ref < ticket.ref)
                ahead += 1;
        }
        return ahead;
    }
}

// EXTERNAL MODULE: ./packages/bump/src/request.ts
var request = __nccwpck_require__(9839);
;// CONCATENATED MODULE: ./packages/bump/src/git.ts
// The git transport without a work tree: a bare depth-1 blob-less clone of the branch, the target
// blobs fetched by id, the semantic edit applied in memory, the commit built by fast-import on the
// tip and pushed as `<sha>:refs/heads/<branch>`. A lost race fetches only the new tip, re-reads
// only the blobs that changed and re-applies the edit there; from then on the writer waits its
// turn in the branch's queue (queue.ts) instead of racing. Over HTTP it joins the queue as it
// opens the branch, before its first push.











class PushRejected extends src/* ActionError */.lZ {
    constructor(branch, reason) {
        super(`push to ${branch}`, `the push was rejected (${reason})`, { retryable: true });
    }
}
async function bumpWithGit(inputs, ports) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(ports.tempDir ?? (0,external_node_os_.tmpdir)(), 'bump-manifest-'));
    const clock = ports.clock ?? src/* systemClock */.ml;
    const queues = [];
    const queueOn = (repo) => {
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
        const take = inputs.dryRun ? undefined : (branch) => queueOn(branch).take();
        const opening = clock.now();
        const repo = await cloneTarget(inputs, ports, external_node_path_default().join(work, 'repo'), take);
        // The tickets of opens over HTTP that failed before another one (or git) opened the branch go
        // first: this writer would count them ahead of itself, and wait on them.
        for (const q of queues)
            if (q.repo !== repo)
                await q.leave();
        const queue = queues.find((q) => q.repo === repo) ?? queueOn(repo);
        const target = { repo, queue, texts: new Map() };
        // Opening read the tip and its trees, about what a turn does: the guess until turns are seen.
        queue.measured(clock.now() - opening);
        const queued = await queue.enter(repo.opened);
        if (queued)
            ports.log.info(`${queued}; going on the new tip`);
        return await (0,attempts/* retryOnNewTip */.h)(inputs, ports, {
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
            refusedByRule: (error) => error instanceof git_src/* GitError */.XS && error.failure === 'protected',
            waitTurn: () => queue.waitTurn(),
        });
    }
    finally {
        // Every ticket goes, the bump's and those of failed opens, whether it landed, failed or
        // never opened the branch at all.
        for (const q of queues)
            await q.leave();
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function cloneTarget(inputs, ports, dir, alongside) {
    const { repository, branch, token } = inputs.inputNames ?? request/* BUMP_MANIFEST_INPUTS */.d;
    return (0,src/* retry */.L5)(() => (0,git_src/* openBranch */.DH)({
        watch: queuePrefix(inputs.branch),
        alongside,
        url: inputs.url,
        dir,
        branch: inputs.branch,
        token: inputs.token,
        exec: ports.exec,
        log: ports.log,
        inputs: { repository, branch, token },
    }), {
        // A clone is one of the bump's attempts too: a network failure is retried within the budget.
        attempts: Math.min(3, inputs.maxAttempts),
        clock: ports.clock ?? src/* systemClock */.ml,
        random: ports.random,
        retryable: (error) => error instanceof git_src/* GitError */.XS && error.failure === 'network',
    }).catch((error) => {
        throw missingBranch(error, inputs);
    });
}
/** git's own hint for a missing branch names no input; this one names the caller's. */
function missingBranch(error, inputs) {
    if (!(error instanceof git_src/* GitError */.XS) || error.failure !== 'branch-not-found')
        return error;
    const { branch } = inputs.inputNames ?? request/* BUMP_MANIFEST_INPUTS */.d;
    return new git_src/* GitError */.XS(error.operation, error.failure, error.message, `Check the ${branch} input; the branch must exist before bumping it.`);
}
async function attemptAt(t, head, inputs, ports) {
    const edited = await editAt(t, head, inputs);
    const edits = edited.map((e) => e.edit);
    const summary = { edits, ...(0,edit_files/* summarizeEdits */.bQ)(edits) };
    const unchanged = (0,attempts/* unchangedAt */.n)(inputs, ports, head, summary);
    if (unchanged)
        return unchanged;
    const changed = edited.filter((e) => e.changed);
    if (inputs.dryRun) {
        const diff = changed.map((e) => (0,src_diff/* unifiedDiff */.W)(e.edit.file, e.before, e.after)).join('');
        return { ...summary, changed: true, commitSha: head, diff };
    }
    const { changedFiles, previousTag } = summary;
    const writes = changed.map((e) => ({ path: e.edit.file, mode: e.mode, text: e.after }));
    const sha = await t.repo.commit(head, writes, (0,message/* commitMessage */.d)(inputs, changedFiles, previousTag), inputs.author);
    const ticket = t.queue.leaseUpdates();
    // The lease is the compare-and-swap: the branch moves only from the tip this edit was made on.
    const branch = { src: sha, dst: `refs/heads/${inputs.branch}`, lease: head };
    const result = await t.repo.push([branch, ...ticket], {
        atomic: ticket.length > 0,
    });
    if (!result.pushed)
        throw new PushRejected(inputs.branch, result.reason);
    t.queue.landed();
    return { ...summary, changed: true, commitSha: sha, diff: '' };
}
/** Every target file's edit at `head`, reading only blobs not read before; stops at the first bad file. */
async function editAt(t, head, inputs) {
    const filesInput = inputs.inputNames?.files ?? 'files';
    const entries = await t.repo.entries(head, inputs.files);
    const found = [];
    for (const file of inputs.files) {
        const entry = entries.get(file);
        if (!entry) {
            const hint = await (0,edit_files/* nearbyFiles */.Vu)(file, (folder) => t.repo.listFolder(head, folder));
            throw (0,edit_files/* missingFile */.Bi)(file, inputs.branch, hint, filesInput);
        }
        found.push(entry);
    }
    const unread = [...new Set(found.map((e) => e.oid))].filter((oid) => !t.texts.has(oid));
    for (const [oid, text] of await t.repo.readBlobs(unread))
        t.texts.set(oid, text);
    return inputs.files.map((file, i) => {
        const entry = found[i];
        refuseSpecial(file, entry, t.texts.get(entry.oid) ?? '', filesInput);
        return { ...(0,edit_files/* editText */.i1)(inputs, file, t.texts.get(entry.oid) ?? ''), mode: entry.mode };
    });
}
/** Only regular files are edited: a symlink would edit another file (or one outside the repository). */
function refuseSpecial(file, entry, text, filesInput) {
    if (entry.mode === '120000') {
        const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), text));
        if (text.startsWith('/') || target === '..' || target.startsWith('../')) {
            throw new src/* ActionError */.lZ(`read ${file}`, 'it is a symlink that points outside the repository');
        }
        throw new src/* ActionError */.lZ(`read ${file}`, `it is a symlink to ${(0,src/* shown */.SP)(target)}; name that file in ${filesInput}`);
    }
    if (entry.type !== 'blob')
        throw new src/* ActionError */.lZ(`read ${file}`, 'it is not a regular file');
}

;// CONCATENATED MODULE: ./packages/bump/src/bump.ts

/** Bumps through the transport the request names; both give the same outputs and errors. */
async function bump_bump(inputs, ports) {
    // A pull request is promotion's to open (bumpOrPropose); pushing instead would bypass the review asked for.
    if (inputs.mode === 'pr' && !inputs.dryRun)
        throw new Error('bump() pushes; a pr-mode bump goes through bumpOrPropose');
    if (inputs.transport === 'api') {
        // Octokit is loaded only here (a separate chunk), so a run that fails on its inputs, or that
        // uses git, does not pay for it at start.
        const { bumpThroughApi } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566), __nccwpck_require__.e(346)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7346));
        return bumpThroughApi(inputs, ports);
    }
    return bumpWithGit(inputs, ports);
}

;// CONCATENATED MODULE: ./packages/promotion/src/on-github.ts

/**
 * Opens or updates the promotion pull request through the GitHub API of the runner's environment
 * (GITHUB_API_URL, GITHUB_SERVER_URL, and the run's URL for the body).
 */
async function promoteOnGitHub(inputs, log, env) {
    // Octokit is loaded only now, after the inputs were validated, so a run that fails on them starts fast.
    // One after the other: Jest's ESM loader fails on two concurrent imports sharing modules.
    const { RepoClient, createClient } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2566));
    const { promote } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2040));
    const { buildingRepository, checkAttestations } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566), __nccwpck_require__.e(371)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3371));
    const { verifyImage } = await __nccwpck_require__.e(/* import() */ 839).then(__nccwpck_require__.bind(__nccwpck_require__, 2839));
    const serverUrl = (0,src/* githubServerUrl */.EI)(env);
    const client = new RepoClient(createClient({ token: inputs.token, baseUrl: (0,src/* githubApiUrl */.BN)(env, serverUrl), log }), inputs.repository, { tokenInput: 'token', log });
    const runUrl = env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
        ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
        : '';
    const attestations = (digest, reference) => checkAttestations(client.octokit, buildingRepository(reference, env, serverUrl, inputs.repository), digest);
    const verify = (tag) => verifyImage(inputs, tag, { env, log });
    return promote(inputs, { client, log, serverUrl, runUrl, attestations, verifyImage: verify });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/promotion/src/bump-pr.ts
// bump-manifest's two ways to publish one edit: push it to the branch (bump), or propose it as a
// pull request into the branch through the promotion path (branch, commit, PR), for branches that
// protection keeps from direct pushes.



/** Pushes the bump, or with `mode: pr` opens (or updates) the one pull request that carries it. */
async function bumpOrPropose(inputs, ports, env = process.env) {
    inputs = await withServiceCommit(inputs, ports);
    if (inputs.mode !== 'pr')
        return bump(inputs, ports);
    // A dry run writes nothing, so the api transport's dry run shows exactly what the PR would carry.
    if (inputs.dryRun)
        return bump({ ...inputs, transport: 'api' }, ports);
    const { RepoClient, createClient } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2566));
    const { promote } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2040));
    const names = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
    const repository = inputs.repository ?? '';
    const client = ports.github ??
        new RepoClient(createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log }), repository, {
            tokenInput: names.token,
            clock: ports.clock,
            random: ports.random,
            log: ports.log,
        });
    const serverUrl = inputs.serverUrl || githubServerUrl(env);
    const runUrl = env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
        ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
        : '';
    const request = proposal(inputs);
    const result = await promote(request, {
        client,
        log: ports.log,
        serverUrl,
        runUrl,
        clock: ports.clock,
        random: ports.random,
    });
    return {
        changed: result.operation !== 'unchanged',
        commitSha: result.headSha,
        previousTag: result.previousTag,
        changedFiles: result.edits.filter((e) => e.changes.length > 0).map((e) => e.file),
        attempts: 1,
        edits: result.edits,
        diff: '',
        pullRequest: result.pull
            ? {
                number: result.pull.number,
                url: result.pull.url,
                operation: result.operation,
                branch: result.branch,
            }
            : undefined,
    };
}
/**
 * The request with its reference commit completed from GitHub's API when the event left the
 * author, date or subject unknown and the token is meant for that GitHub (`repository` is
 * `owner/name` there). Only one request, and only when something is missing.
 */
async function withServiceCommit(inputs, ports) {
    const service = inputs.referenceRepository;
    if (!inputs.referenceCommit || !service || !inputs.repository || inputs.dryRun)
        return inputs;
    const { RepoClient, createClient } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2566));
    const octokit = ports.github?.octokit ?? createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log });
    const client = new RepoClient(octokit, service, { attempts: 1, log: ports.log });
    const referenceCommit = await completeReference(inputs.referenceCommit, { client, log: ports.log });
    return { ...inputs, referenceCommit };
}
/**
 * The bump as a promotion into its own branch. The head branch is `bump/<hash>/<tag>`: the hash of
 * the files, image and key keeps bumps of different targets apart, and the same bump again finds
 * the same branch and pull request.
 */
function proposal(inputs) {
    const target = [[...inputs.files].sort().join('\n'), inputs.image, inputs.key].join('\0');
    const hash = createHash('sha256').update(target).digest('hex').slice(0, 10);
    const value = inputs.tag || inputs.digest.replace(/^sha256:/, 'sha256-').slice(0, 19);
    const names = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
    const what = inputs.format === 'kustomize' || inputs.format === 'manifest' ? inputs.image : inputs.key;
    const mode = names.mode ?? 'mode';
    return {
        repository: inputs.repository ?? '',
        token: inputs.token,
        base: inputs.branch,
        files: inputs.files,
        image: inputs.image,
        tag: inputs.tag,
        fromFile: '',
        digest: inputs.digest,
        key: inputs.key,
        digestKey: inputs.digestKey,
        format: inputs.format,
        createMissing: inputs.createMissing,
        environment: inputs.branch,
        branch: `bump/${hash}/${value}`,
        title: `Bump ${what} to ${inputs.tag || inputs.digest} in ${inputs.files.join(', ')}`,
        body: `Bumps \`{image-name}\` from \`{from}\` to \`{to}\` in \`{base}\`, as a pull request (\`${mode}: pr\`) rather than a direct push.

{changes}
- Changes: {compare-url}
- Workflow run: {run-url}
`,
        labels: [],
        reviewers: [],
        teamReviewers: [],
        assignees: [],
        draft: false,
        autoMerge: '',
        referenceCommit: { enabled: true, overrides: {}, known: inputs.referenceCommit ?? null },
        inputNames: {
            repository: names.repository,
            base: names.branch,
            key: names.key,
            digestKey: names.digestKey,
            createMissing: names.createMissing,
        },
    };
}

// EXTERNAL MODULE: ./packages/promotion/src/branch-name.ts
var branch_name = __nccwpck_require__(1961);
// EXTERNAL MODULE: ./packages/promotion/src/request.ts
var src_request = __nccwpck_require__(9380);
// EXTERNAL MODULE: ./packages/promotion/src/body.ts
var body = __nccwpck_require__(5809);
;// CONCATENATED MODULE: ./packages/promotion/src/summary.ts


/** The job summary: what happened to the pull request, and the table of changed keys. */
function renderSummary(inputs, result) {
    const pr = result.pull ? link(`#${result.pull.number}`, result.pull.url) : '';
    const state = result.operation === 'unchanged' && !result.pull
        ? `No promotion needed: ${code(inputs.base)} already runs ${code(result.tag)}.`
        : `${result.operation === 'created' ? 'Opened' : result.operation === 'updated' ? 'Updated' : 'Unchanged:'} ${pr} promoting ${code(result.tag)} to ${inputs.environment} (branch ${code(result.branch)} at ${code(result.headSha.slice(0, 12))}).`;
    const kept = result.keptCommits > 0 ? `\n\nKept ${result.keptCommits} commit(s) by others on the branch.` : '';
    return `${heading('open-promotion-pr')}\n${state}${kept}${mergeLine(result)}\n\n${changesTable(result.edits, inputs.digest)}`;
}
function mergeLine({ merge, pull }) {
    if (!merge || !pull)
        return '';
    const head = code(merge.head.slice(0, 12));
    if (merge.state === 'merged')
        return `\n\nMerged #${pull.number} at ${head} as ${code(merge.commit.slice(0, 12))}.`;
    if (merge.state === 'queued')
        return `\n\nAdded #${pull.number} to the merge queue at ${head} (position ${merge.position}); the queue merges it once its checks pass.`;
    return `\n\nAuto-merge is on for #${pull.number} at ${head}: GitHub merges it once its requirements are met.`;
}

;// CONCATENATED MODULE: ./packages/promotion/src/index.ts
// Only what loads without Octokit is exported here: promoteOnGitHub loads it when called.






// EXTERNAL MODULE: ./packages/rollback/src/request.ts
var rollback_src_request = __nccwpck_require__(3207);
;// CONCATENATED MODULE: ./packages/rollback/src/choose.ts
// Which earlier value to set back, or the refusal that says why there is none.


/** Ends the history walk once the value to return to is known (its whole run read). */
function enoughFor(request) {
    const { toTag } = request;
    return toTag ? (values) => values.some((v) => v.tag === toTag) : (values) => values.length >= 2;
}
/** The value to set back: the one before the current, or the newest deployment of to-tag. */
function chooseTarget(request, values, commitsRead) {
    const [current, ...earlier] = values;
    if (!current)
        throw nothingDeployed(request, commitsRead);
    if (!request.toTag) {
        const previous = earlier[0];
        if (!previous)
            throw onlyOneValue(request, current, commitsRead);
        return previous;
    }
    const found = values.find((v) => v.tag === request.toTag);
    if (!found)
        throw neverDeployed(request, values, commitsRead);
    return found;
}
/** Helm pins the digest at its own key: a target without one cannot undo the digest pinned now. */
function checkDigest(request, current, target) {
    if (!request.digestKey || target.digest || !current.digest)
        return;
    const names = request.inputNames ?? rollback_src_request/* ROLLBACK_INPUTS */.D;
    throw new src/* ActionError */.lZ(`roll back to ${(0,src/* shown */.SP)(target.tag)}`, `${(0,src/* shown */.SP)(target.tag)} was deployed (at ${target.sha.slice(0, 7)}) without a digest at ${(0,src/* shown */.SP)(request.digestKey)}, but ${request.branch} pins ${current.digest} there now; setting the tag back would keep running that digest's image`, {
        hint: `Choose a value deployed with a digest in the ${names.toTag} input, or run without the ${names.digestKey ?? 'digest-key'} input and remove the digest from the file.`,
    });
}
function where(request) {
    const target = request.image ? `image ${(0,src/* shown */.SP)(request.image)}` : `key ${(0,src/* shown */.SP)(request.key)}`;
    return `${target} in ${request.files.map((f) => (0,src/* shown */.SP)(f)).join(', ')} on ${(0,src/* shown */.SP)(request.branch)}`;
}
function nothingDeployed(request, commitsRead) {
    const names = request.inputNames ?? rollback_src_request/* ROLLBACK_INPUTS */.D;
    return new src/* ActionError */.lZ('find the value to roll back to', `none of the last ${commitsRead} commit(s) of ${where(request)} holds a tag there`, {
        hint: `Check the ${names.files ?? 'files'}, ${names.key ?? 'key'} and image inputs: they must name where the deploys set the tag.`,
    });
}
function onlyOneValue(request, current, commitsRead) {
    return new src/* ActionError */.lZ(`roll back ${where(request)}`, `nothing to go back to: the last ${commitsRead} commit(s) only ever set ${(0,src/* shown */.SP)(current.tag)}`, { hint: 'A rollback returns to a value deployed there before; deploy the version you want instead.' });
}
function neverDeployed(request, values, commitsRead) {
    const names = request.inputNames ?? rollback_src_request/* ROLLBACK_INPUTS */.D;
    const list = values
        .slice(0, 8)
        .map((v) => `${(0,src/* shown */.SP)(v.tag)} (${v.sha.slice(0, 7)})`)
        .join(', ');
    return new src/* ActionError */.lZ(`roll back to ${(0,src/* shown */.SP)(request.toTag)}`, `it was never deployed at ${where(request)} (last ${commitsRead} commit(s) read)`, { hint: `Deployed there, newest first: ${list}. Give one of them in the ${names.toTag} input.` });
}

// EXTERNAL MODULE: ./packages/bump/src/held-value.ts
var held_value = __nccwpck_require__(1483);
;// CONCATENATED MODULE: ./packages/rollback/src/history.ts

const HISTORY_LIMIT = 50;
/**
 * The distinct values the target held, newest first: the first is what the branch holds now.
 * Commits that did not change the value are folded into the one that set it. `enough` is asked
 * after each new value and ends the walk early.
 */
async function deployedValues(history, spec, enough) {
    const values = [];
    const commits = await history.commits();
    let read = 0;
    for (const commit of commits) {
        read++;
        const held = await valueAt(history, spec, commit.sha);
        if (!held)
            continue;
        const last = values[values.length - 1];
        if (last && sameValue(last, held)) {
            // The same value further back: the deployment started at this older commit.
            Object.assign(last, {
                sha: commit.sha,
                date: commit.date,
                subject: commit.subject,
                reference: commit.reference,
            });
            continue;
        }
        if (values.length > 0 && enough(values))
            break;
        values.push({
            ...held,
            sha: commit.sha,
            date: commit.date,
            subject: commit.subject,
            reference: commit.reference,
        });
    }
    return { values, commitsRead: read };
}
/** The value of the first file (in input order) with a tag at the target, as a bump reports it. */
async function valueAt(history, spec, sha) {
    for (const file of spec.files) {
        const text = await history.read(sha, file);
        const held = text === undefined ? undefined : (0,held_value/* heldValue */.V)(spec, file, text);
        if (held)
            return held;
    }
    return undefined;
}
function sameValue(a, b) {
    return a.tag === b.tag && a.digest === b.digest;
}

// EXTERNAL MODULE: ./packages/bump/src/reference-commit.ts
var reference_commit = __nccwpck_require__(2721);
;// CONCATENATED MODULE: ./packages/rollback/src/history-git.ts
// The files' history through the git CLI: a bare, blob-less clone of the one branch (commits and
// trees only), `git log` of the files, and each version's blob fetched when it is first read.
// Credentials travel as bump's do, in the environment only (authEnv).






/** Runs `use` on the branch's history, and removes the clone whatever happens. */
async function withGitHistory(opts, use) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(opts.tempDir ?? (0,external_node_os_.tmpdir)(), 'rollback-history-'));
    try {
        const git = runner(opts, external_node_path_default().join(work, 'repo.git'));
        await git.run('clone', `clone ${(0,src/* displayUrl */.Qy)(opts.url)} (branch ${opts.branch}) for its history`, [
            'clone',
            '--quiet',
            '--bare',
            '--filter=blob:none',
            '--single-branch',
            `--branch=${opts.branch}`,
            '--',
            opts.url,
            external_node_path_default().join(work, 'repo.git'),
        ]);
        return await use({
            commits: () => listCommits(git, opts),
            read: (sha, file) => readAt(git, sha, file),
        });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function runner(opts, gitDir) {
    const exec = opts.exec ?? src/* exec */.m0;
    const env = (0,git_src/* authEnv */.mx)(opts.url, opts.token, process.env);
    const cwd = external_node_path_default().dirname(gitDir);
    const dirArgs = (args) => (args[0] === 'clone' ? args : [`--git-dir=${gitDir}`, ...args]);
    return {
        async run(command, operation, args) {
            opts.log.debug(`git ${args.join(' ')}`);
            const result = await exec('git', dirArgs(args), { cwd, env });
            if (result.code === 0)
                return result.stdout;
            const { branch, inputs, url } = opts;
            throw (0,git_src/* gitFailure */.tv)(operation, result.stderr || result.stdout, { command, url, branch, inputs });
        },
        async tryRun(args) {
            const result = await exec('git', dirArgs(args), { cwd, env });
            return result.code === 0 ? result.stdout : undefined;
        },
    };
}
const SEP = '\u001f';
async function listCommits(git, opts) {
    const out = await git.run('log', `read the history of ${opts.files.join(', ')}`, [
        'log',
        `--max-count=${opts.limit}`,
        // -z: records end with NUL, since the whole message (for its trailers) spans lines.
        '-z',
        `--format=%H${SEP}%cI${SEP}%s${SEP}%B`,
        `refs/heads/${opts.branch}`,
        '--',
        ...opts.files,
    ]);
    return out
        .split('\0')
        .filter((record) => record.trim())
        .map((record) => {
        const [sha = '', date = '', subject = '', message = ''] = record.replace(/^\n/, '').split(SEP);
        return { sha, date, subject, reference: (0,reference_commit/* parseReferenceCommit */._E)(message) };
    });
}
/**
 * The blob's id comes from the trees (present); `cat-file` then fetches the blob itself from the
 * remote once (a partial clone's lazy fetch). A path that is not a file there reads as absent.
 */
async function readAt(git, sha, file) {
    const entry = await git.tryRun(['ls-tree', '-z', sha, '--', file]);
    const match = /^100(?:644|755) blob ([0-9a-f]{40,64})\t/.exec(entry ?? '');
    if (!match?.[1])
        return undefined;
    return git.run('cat-file', `read ${file} at ${sha.slice(0, 7)}`, ['cat-file', 'blob', match[1]]);
}

;// CONCATENATED MODULE: ./packages/rollback/src/message.ts
// The words of a rollback: the commit message (bump fills in `{files}`, `{previous-tag}` and
// `{tag}` at the tip it edits, so a deploy that landed meanwhile is named truthfully), and the pull
// request's title and body (the promotion fills in `{from}`, `{to}`, `{changes}`, `{run-url}`).

/** The environment, or the files when none is named. */
function label(request) {
    return request.environment || request.files.join(', ');
}
function what(request) {
    return request.image || request.key;
}
function restored(request, target) {
    const digest = target.digest ? ' and digest' : '';
    return `Only the tag${digest} change; every other byte is as on ${request.branch} now.`;
}
function commitMessage(request, target) {
    const lines = [
        `Rollback ${what(request)} in {files}: {previous-tag} → {tag}`,
        '',
        `Sets back ${target.tag}${target.digest ? `@${target.digest}` : ''}, deployed by ${target.sha.slice(0, 12)} (${target.subject}) on ${target.date}.`,
        restored(request, target),
        ...(request.environment ? [`Environment: ${request.environment}`] : []),
        ...(request.reason ? ['', `Reason: ${request.reason}`] : []),
        '',
        'Rolled-back-by: rollback',
        '',
    ];
    return lines.join('\n');
}
function pullTitle(request) {
    return `Rollback ${label(request)}: {from} → {to}`;
}
function pullBody(request, target, commitUrl) {
    const by = `[${(0,src/* code */.aY)(target.sha.slice(0, 12))}](${commitUrl})`;
    const reason = request.reason ? `\n**Reason:** ${request.reason}\n` : '';
    return `Rolls back **{image-name}** in **${label(request)}** from \`{from}\` to \`{to}\`.

{changes}
\`{to}\` was deployed by ${by} (${(0,src/* code */.aY)(target.subject)}) on ${target.date}. ${restored(request, target)}
${reason}
- Workflow run: {run-url}

Merging this pull request is the rollback: Argo CD then applies the earlier state.
`;
}

;// CONCATENATED MODULE: ./packages/rollback/src/rollback.ts
// The rollback: read the files' history for the value to return to, then set it back with bump's
// byte-minimal, retried edit on today's tip (push), or propose it through the promotion pull
// request (pr). Neither the edit nor the pull request is re-implemented here.








async function rollback(request, ports) {
    const { values, commitsRead } = await withHistory(request, ports, (history) => deployedValues(history, { ...request, tag: '', digest: '' }, enoughFor(request)));
    const target = chooseTarget(request, values, commitsRead);
    const current = values[0];
    checkDigest(request, current, target);
    ports.log.info(`${label(request)} runs ${(0,src/* shown */.SP)(current.tag)}; rolling back to ${(0,src/* shown */.SP)(target.tag)}, deployed by ${target.sha.slice(0, 7)}`);
    return request.mode === 'pr' ? propose(request, target, ports) : commit(request, target, ports);
}
async function withHistory(request, ports, use) {
    const limit = request.historyLimit ?? HISTORY_LIMIT;
    const names = request.inputNames ?? rollback_src_request/* ROLLBACK_INPUTS */.D;
    if (request.transport !== 'api') {
        const { url, token, branch, files } = request;
        const inputs = { repository: names.repository, branch: names.branch, token: names.token };
        return withGitHistory({ url, token, branch, files, limit, inputs, ...ports }, use);
    }
    // Octokit loads only here (as in bump), after the inputs were found good.
    // One after the other: Jest's ESM loader fails on two concurrent imports sharing modules.
    const { connect } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566), __nccwpck_require__.e(740)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2740));
    const { apiHistory } = await __nccwpck_require__.e(/* import() */ 399).then(__nccwpck_require__.bind(__nccwpck_require__, 4399));
    const client = await connect(request, ports);
    return use(apiHistory(client, request.branch, request.files, limit));
}
async function commit(request, target, ports) {
    const bumpRequest = {
        ...request,
        tag: target.tag,
        digest: target.digest,
        createMissing: false,
        commitMessage: commitMessage(request, target),
        dryRun: false,
        inputNames: request.inputNames ?? rollback_src_request/* ROLLBACK_INPUTS */.D,
        referenceCommit: restoredReference(request, target),
    };
    const bumpPorts = { ...ports };
    const result = await bump_bump(bumpRequest, bumpPorts);
    return {
        restoredTag: target.tag,
        restoredDigest: target.digest,
        previousTag: result.previousTag,
        commitSha: result.commitSha,
        pullRequestUrl: '',
        changed: result.changed,
        from: target,
        edits: result.edits,
    };
}
async function propose(request, target, ports) {
    if (!request.repository) {
        const names = request.inputNames ?? rollback_src_request/* ROLLBACK_INPUTS */.D;
        throw new src/* ActionError */.lZ('open the rollback pull request', 'pull requests need an owner/name repository on GitHub', {
            hint: `Give the ${names.repository} input as owner/name, or set ${names.mode} to push.`,
        });
    }
    const env = {
        ...(ports.env ?? process.env),
        GITHUB_SERVER_URL: request.serverUrl,
        ...(request.apiUrl ? { GITHUB_API_URL: request.apiUrl } : {}),
    };
    const commitUrl = `${request.serverUrl}/${request.repository}/commit/${target.sha}`;
    const promotion = {
        repository: request.repository,
        token: request.token,
        base: request.branch,
        files: request.files,
        image: request.image,
        tag: target.tag,
        fromFile: '',
        digest: target.digest,
        key: request.key,
        digestKey: request.digestKey,
        format: request.format,
        environment: label(request),
        branch: `rollback/${branchPart(request)}{image-name}`,
        title: pullTitle(request),
        body: pullBody(request, target, commitUrl),
        labels: [],
        reviewers: [],
        teamReviewers: [],
        assignees: [],
        draft: false,
        autoMerge: '',
        referenceCommit: {
            enabled: request.referenceCommit !== false,
            overrides: {},
            known: restoredReference(request, target),
        },
    };
    const result = await promoteOnGitHub(promotion, ports.log, env);
    return {
        restoredTag: target.tag,
        restoredDigest: target.digest,
        previousTag: result.previousTag,
        commitSha: result.headSha,
        pullRequestUrl: result.pull?.url ?? '',
        changed: result.operation !== 'unchanged',
        from: target,
        edits: result.edits,
    };
}
/** The service commit behind the restored value, carried forward unless the caller opted out. */
function restoredReference(request, target) {
    return request.referenceCommit === false ? null : target.reference;
}
/** `production/`: one rollback pull request per environment and image, updated by a re-run. */
function branchPart(request) {
    const slug = request.environment
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '');
    return slug ? `${slug}/` : '';
}

;// CONCATENATED MODULE: ./packages/rollback/src/summary.ts


/** Job summary: what was set back, where it came from, and the commit or pull request. */
function summary_renderSummary(request, result) {
    const base = request.repository ? `${request.serverUrl}/${request.repository}` : undefined;
    const from = result.from;
    const source = (0,src/* link */.nf)((0,src/* code */.aY)(from.sha.slice(0, 12)), base && `${base}/commit/${from.sha}`);
    const head = (0,src/* link */.nf)((0,src/* code */.aY)(result.commitSha.slice(0, 12)), base && `${base}/commit/${result.commitSha}`);
    const state = !result.changed
        ? `No change: ${(0,src/* code */.aY)(request.branch)} already holds ${(0,src/* code */.aY)(result.restoredTag)} (at ${head}).`
        : result.pullRequestUrl
            ? `Opened ${(0,src/* link */.nf)('the rollback pull request', result.pullRequestUrl)} (head ${head}).`
            : `Committed ${head} to ${(0,src/* code */.aY)(request.branch)}.`;
    const rows = result.edits.flatMap((edit) => edit.changes.map((c) => [
        (0,src/* code */.aY)(edit.file),
        (0,src/* code */.aY)(c.location),
        `${(0,src/* code */.aY)(c.previous ?? '∅')} → ${(0,src/* code */.aY)(c.value)}`,
    ]));
    return `${(0,src/* heading */.iw)('rollback')}
Rollback of ${(0,src/* code */.aY)(label(request))} to ${(0,src/* code */.aY)(result.restoredTag)}, deployed by ${source} (${(0,src/* code */.aY)((0,src/* shown */.SP)(from.subject))}).

${state}

${(0,src/* table */.tp)(['File', 'Key', 'Value'], rows)}`;
}

// EXTERNAL MODULE: ./packages/manifest/src/key-path.ts
var key_path = __nccwpck_require__(7742);
// EXTERNAL MODULE: ./packages/manifest/src/errors.ts
var errors = __nccwpck_require__(3632);
;// CONCATENATED MODULE: ./packages/bump/src/edit-inputs.ts


const FORMATS = (/* unused pure expression or super */ null && (['auto', 'helm', 'kustomize', 'manifest', 'flux']));
/**
 * Reads the inputs that say which files to edit and what to set in them, under the names
 * bump-manifest and open-promotion-pr both give them (`files`, `image`, `tag`, `digest`, `key`,
 * `digest-key`, `format`). Each caller then checks what it requires of tag and digest. With format
 * `flux`, `key` names the Flux ImagePolicy whose setter markers are updated.
 */
function readEditInputs(raw) {
    const files = raw.multiline('files', { required: true }).map((file) => repoPathInput('files', file));
    const format = raw.enum('format', FORMATS, 'auto');
    const key = raw.string('key', { default: 'image.tag' });
    return {
        files,
        image: raw.string('image'),
        tag: raw.string('tag'),
        digest: raw.string('digest'),
        key: format === 'flux' ? fluxPolicyInput('key', key) : keyPathInput('key', key),
        digestKey: keyPathInput('digest-key', raw.string('digest-key')),
        format,
    };
}
/** `<namespace>:<policy>`, the name Flux markers give an ImagePolicy (`flux-system:api`). */
function fluxPolicyInput(input, value) {
    const problem = fluxPolicyProblem(value);
    if (problem) {
        throw new InputError(input, `${shown(value)} does not name a Flux ImagePolicy: ${problem}. With format flux, ${input} is the ` +
            `<namespace>:<policy> that the setter markers name (# {"$imagepolicy": "flux-system:api"})`);
    }
    return value;
}
/**
 * A Helm key path (`image.tag`, `containers[0].image.tag`), checked before anything is read: a
 * malformed path, or one through `__proto__`, `constructor` or `prototype`, names `input`. Empty
 * stays empty (an optional key).
 */
function keyPathInput(input, value) {
    if (value === '')
        return value;
    try {
        (0,key_path/* parseKeyPath */._)(value);
    }
    catch (error) {
        if (error instanceof errors/* KeyPathError */.$M) {
            throw new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(value)} is not a usable key path: ${error.why}`);
        }
        throw error;
    }
    return value;
}

// EXTERNAL MODULE: ./packages/manifest/src/image-ref.ts
var image_ref = __nccwpck_require__(5666);
;// CONCATENATED MODULE: ./actions/rollback/src/inputs.ts




const TRANSPORTS = ['auto', 'git', 'api'];
const inputs_FORMATS = ['auto', 'helm', 'kustomize', 'manifest'];
const MODES = ['push', 'pr'];
/** Parses and validates every input once; each error names the input at fault. */
function getInputs(raw, env = process.env) {
    const serverUrl = (0,src/* githubServerUrl */.EI)(env);
    const repositoryInput = raw.string('repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
    if (!repositoryInput)
        throw new src/* InputError */.dz('repository', 'is required and was not supplied');
    const { url, repository } = (0,src/* gitRepositoryInput */.P1)('repository', repositoryInput, serverUrl, 'token');
    const transport = (0,src/* gitTransportInput */.SW)('transport', raw.enum('transport', TRANSPORTS, 'auto'), {
        value: repositoryInput,
        fullName: repository,
    });
    const inputs = {
        url,
        repository,
        serverUrl,
        apiUrl: (0,src/* githubApiUrl */.BN)(env, serverUrl),
        transport,
        token: raw.secret('token', { default: env['GITHUB_TOKEN'] ?? '' }),
        branch: (0,src/* branchInput */.x3)('branch', raw.string('branch', { default: 'main' })),
        files: raw.multiline('files', { required: true }).map((file) => (0,src/* repoPathInput */.wW)('files', file)),
        image: raw.string('image'),
        key: keyPathInput('key', raw.string('key', { default: 'image.tag' })),
        digestKey: keyPathInput('digest-key', raw.string('digest-key')),
        format: raw.enum('format', inputs_FORMATS, 'auto'),
        toTag: raw.string('to-tag'),
        mode: raw.enum('mode', MODES, 'push'),
        environment: environmentInput(raw.string('environment')),
        reason: raw.string('reason'),
        author: {
            name: raw.string('author-name', { default: 'github-actions[bot]' }),
            email: raw.string('author-email', { default: '41898282+github-actions[bot]@users.noreply.github.com' }),
        },
        maxAttempts: raw.integer('max-attempts', { min: 1, max: 100, default: 10 }),
        inputNames: rollback_src_request/* ROLLBACK_INPUTS */.D,
        referenceCommit: raw.boolean('reference-commit', true),
    };
    validate(inputs);
    return inputs;
}
function validate(inputs) {
    if (inputs.toTag && !(0,image_ref/* isValidTag */.r_)(inputs.toTag)) {
        throw new src/* InputError */.dz('to-tag', `${(0,src/* shown */.SP)(inputs.toTag)} is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    const problem = (0,image_ref/* imageInputProblem */.BM)({ ...inputs, tag: '', digest: '' });
    if (problem)
        throw new src/* InputError */.dz(problem.input, problem.message);
    if (inputs.mode === 'pr' && !inputs.repository) {
        throw new src/* InputError */.dz('mode', `pr opens the pull request through GitHub's API and needs the repository as owner/name on GITHUB_SERVER_URL; use push for ${(0,src/* shown */.SP)(inputs.url)}`);
    }
}
/** A name for titles, messages and the pull request's branch: no braces, no control characters. */
function environmentInput(value) {
    if (value.length > 100 || /[\p{Cc}{}]/u.test(value)) {
        throw new src/* InputError */.dz('environment', `${(0,src/* shown */.SP)(value)} must be a name of at most 100 characters, without braces or control characters`);
    }
    return value.trim();
}

;// CONCATENATED MODULE: ./actions/rollback/src/main.ts



const run = (0,src/* defineAction */.QP)({
    operation: 'roll back',
    inputs: getInputs,
    secrets: (i) => [i.token],
    run: (inputs, { log }) => rollback(inputs, (0,src/* runnerPorts */.f3)(log)),
    outputs: (result) => ({
        'restored-tag': result.restoredTag,
        'restored-digest': result.restoredDigest,
        'previous-tag': result.previousTag,
        'commit-sha': result.commitSha,
        'pull-request-url': result.pullRequestUrl,
        changed: String(result.changed),
    }),
    summary: (result, inputs) => summary_renderSummary(inputs, result),
});


/***/ }),

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ retryOnNewTip),
/* harmony export */   n: () => (/* binding */ unchangedAt)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);
/* harmony import */ var _gitops_actions_git__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5280);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9839);
// What both transports share around their attempts: the one retry loop, where each attempt starts
// from the branch's current tip (a lost race re-applies the semantic edit on the winner's commit,
// never a stale patch), and the outcome when there is nothing to commit.



async function retryOnNewTip(inputs, ports, transport) {
    // Counted outside the loop: the final error names how many attempts were made.
    const made = { attempts: 0 };
    try {
        for (let attempt = 1;; attempt++) {
            made.attempts = attempt;
            try {
                return { ...(await transport.attempt(attempt)), attempts: attempt };
            }
            catch (error) {
                const retryable = error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && error.retryable;
                if (!retryable || attempt >= inputs.maxAttempts)
                    throw error;
                await pause(ports, transport, { attempt, error });
            }
        }
    }
    catch (error) {
        if (!(error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ))
            throw error;
        if (transport.refusedByRule(error)) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, error.message, { hint: protectedHint(inputs), cause: error });
        }
        const still = transport.lostRace(error);
        if (still !== undefined) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, `${still} after ${made.attempts} attempts`, {
                hint: keepsMovingHint(inputs),
            });
        }
        // A transient failure (the network, the server) that lasted through every attempt.
        if (error.retryable && made.attempts > 1) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, `${error.message} (${made.attempts} attempts)`, {
                hint: error.hint,
                cause: error,
            });
        }
        throw error;
    }
}
/** Between two attempts: the transport's turn in its queue after a lost race, else jittered backoff. */
async function pause(ports, transport, { attempt, error }) {
    const failed = `Attempt ${attempt} failed (${error.message})`;
    if (transport.waitTurn && transport.lostRace(error) !== undefined) {
        ports.log.info(`${failed}; ${await transport.waitTurn()}`);
        return;
    }
    const delayMs = (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(attempt, 150, 3000, ports.random ?? Math.random);
    ports.log.info(`${failed}; ${transport.retrying} in ${delayMs} ms`);
    await (ports.clock ?? _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml).sleep(delayMs);
}
/** The branch protection fix in the caller's words: its pull-request mode when it has one. */
function protectedHint(inputs) {
    const { mode } = inputs.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP_MANIFEST_INPUTS */ .d;
    const where = inputs.repository ?? (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .displayUrl */ .Qy)(inputs.url);
    const instead = mode
        ? `set ${mode}: pr so the bump opens (or updates) a pull request into it instead of pushing`
        : undefined;
    return (0,_gitops_actions_git__WEBPACK_IMPORTED_MODULE_1__/* .protectionHint */ .pr)(inputs.branch, where, instead);
}
function keepsMovingHint(inputs) {
    const { maxAttempts } = inputs.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP_MANIFEST_INPUTS */ .d;
    const raise = maxAttempts ? `raise ${maxAttempts} or ` : '';
    return `Other writers keep moving the branch; ${raise}queue deploys with a concurrency group.`;
}
/**
 * The outcome when the edits change nothing at `head`, logged; undefined when there is something
 * to commit. Both transports end this way on a re-run or after losing a race to the same value.
 */
function unchangedAt(inputs, ports, head, summary) {
    if (summary.changedFiles.length > 0)
        return undefined;
    ports.log.info(`Nothing to change: ${inputs.branch} at ${head.slice(0, 7)} already has the requested values`);
    return { ...summary, changed: false, commitSha: head, diff: '' };
}


/***/ }),

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
// The dry-run diff of the API transport, which has no work tree to run `git diff` in. A bump
// changes a few adjacent lines, so one hunk around the changed span (3 lines of context, as git
// prints) is an exact unified diff.
const CONTEXT = 3;
function lines(text) {
    const parts = text.split('\n');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** `git diff`-style unified diff of one file; empty when the texts are equal. */
function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    const a = lines(before);
    const b = lines(after);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const from = Math.max(0, start - CONTEXT);
    const toA = Math.min(a.length, endA + CONTEXT);
    const toB = Math.min(b.length, endB + CONTEXT);
    const range = (first, count) => count === 1 ? `${first + 1}` : `${count === 0 ? first : first + 1},${count}`;
    const body = [
        ...a.slice(from, start).map((l) => ` ${l}`),
        ...a.slice(start, endA).map((l) => `-${l}`),
        ...b.slice(start, endB).map((l) => `+${l}`),
        ...a.slice(endA, toA).map((l) => ` ${l}`),
    ];
    return [
        `diff --git a/${file} b/${file}`,
        `--- a/${file}`,
        `+++ b/${file}`,
        `@@ -${range(from, toA - from)} +${range(from, toB - from)} @@`,
        ...body,
        '',
    ].join('\n');
}


/***/ }),

/***/ 6400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i1: () => (/* binding */ editText),
  Bi: () => (/* binding */ missingFile),
  Vu: () => (/* binding */ nearbyFiles),
  bQ: () => (/* binding */ summarizeEdits)
});

// UNUSED EXPORTS: editFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(612);
// EXTERNAL MODULE: ./packages/manifest/src/errors.ts
var errors = __nccwpck_require__(3632);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./packages/manifest/src/key-path.ts
var key_path = __nccwpck_require__(7742);
;// CONCATENATED MODULE: ./packages/manifest/src/locate.ts




/**
 * A scalar's value as text. YAML's schemas only give primitives, Dates (1.1 timestamps) and bytes
 * (!!binary) here, each with a toString of its own.
 */
function scalarText(value) {
    return String(value);
}
function pairKey(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && pair.key.value !== null ? scalarText(pair.key.value) : null;
}
function findPair(map, key) {
    return map.items.find((pair) => pairKey(pair) === key);
}
function isEmptyValue(node) {
    return node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}
/**
 * Walks a key path. A missing key is reported (not thrown) so the caller can create it; everything a key
 * cannot pass through (a scalar, an alias, an index out of range) is an error naming the prefix reached.
 */
function findPath(doc, segments) {
    let node = doc?.contents ?? null;
    let pair = null;
    let flow = false;
    for (const [depth, segment] of segments.entries()) {
        const prefix = (0,key_path/* formatPath */.j)(segments.slice(0, depth));
        if (isEmptyValue(node) && typeof segment === 'string') {
            return { kind: 'missing', depth, host: pair ? { kind: 'empty', pair, flow } : { kind: 'end' } };
        }
        if ((0,dist/* isAlias */.Vj)(node))
            throw aliasOnPath(doc, prefix, node.source, segments);
        if (typeof segment === 'string') {
            if (!(0,dist/* isMap */.jh)(node))
                throw cannotDescend(prefix, node, `look up key ${(0,src/* shown */.SP)(segment)}`, segments);
            const next = findPair(node, segment);
            if (!next)
                return { kind: 'missing', depth, host: { kind: 'map', map: node } };
            [node, pair, flow] = [next.value, next, Boolean(node.flow)];
        }
        else {
            if (!(0,dist/* isSeq */.oP)(node))
                throw cannotDescend(prefix, node, `take item [${segment}]`, segments);
            if (segment >= node.items.length) {
                throw new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(segments)} not found: ${prefix} has ${node.items.length} item(s), ` +
                    `index ${segment} is out of range`);
            }
            [node, pair, flow] = [node.items[segment], null, Boolean(node.flow)];
        }
    }
    return { kind: 'found', node, pair, flow };
}
function cannotDescend(prefix, node, what, segments) {
    const where = prefix || 'the document root';
    return new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(segments)} cannot be resolved: ${where} is ${describe(node)}, so it cannot ${what}`);
}
function aliasOnPath(doc, prefix, anchor, segments) {
    const defined = doc ? anchorLocation(doc, anchor) : null;
    const at = defined ? ` at ${defined}` : '';
    return new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(segments)} passes through ${prefix}, an alias of anchor &${anchor}${at}; ` +
        `editing through it would change every user of the anchor, so edit the anchor instead`);
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return `a list`;
    if ((0,dist/* isAlias */.Vj)(node))
        return `an alias of &${node.source}`;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'null' : `a scalar (${JSON.stringify(node.value)})`;
    return 'empty';
}
/** The path of the node carrying `&anchor` ('' for the root), or null when it cannot be found. */
function anchorLocation(doc, anchor) {
    const search = (node, path) => {
        if ((0,dist/* isNode */.Ll)(node) && !(0,dist/* isAlias */.Vj)(node) && node.anchor === anchor)
            return (0,key_path/* formatPath */.j)(path);
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const key = pairKey(pair);
                const found = key === null ? null : search(pair.value, [...path, key]);
                if (found !== null)
                    return found;
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const [index, item] of node.items.entries()) {
                const found = search(item, [...path, index]);
                if (found !== null)
                    return found;
            }
        }
        return null;
    };
    return search(doc.contents, []);
}
/** The anchor a missing key is inherited from through `<<: *anchor`, so "not found" can explain it. */
function mergedFrom(doc, map, key) {
    const merge = findPair(map, '<<');
    const sources = (0,dist/* isSeq */.oP)(merge?.value) ? merge.value.items : [merge?.value];
    for (const source of sources) {
        if (!(0,dist/* isAlias */.Vj)(source))
            continue;
        const target = source.resolve(doc);
        if ((0,dist/* isMap */.jh)(target) && findPair(target, key))
            return source.source;
    }
    return null;
}

;// CONCATENATED MODULE: ./packages/manifest/src/scalar.ts




/**
 * Plain only when every reader that may see the file gets this exact string back: YAML 1.2 core, YAML 1.1
 * (Helm's go-yaml reads `yes`, `on`, `012`, `1_000`, `2024-01-01` as non-strings) and Go's number parsing.
 */
function isPlainSafe(value, flow) {
    if (value === '' || looksLikeGoNumber(value))
        return false;
    const probe = flow ? `[${value}]` : `k: ${value}`;
    return ['1.1', '1.2'].every((version) => readsBack((0,dist/* parseDocument */.Tp)(probe, { version }), value));
}
function looksLikeGoNumber(value) {
    return /^[-+.]?\d/.test(value) && !Number.isNaN(Number(value.replaceAll('_', '')));
}
function readsBack(doc, value) {
    if (doc.errors.length > 0)
        return false;
    const root = doc.contents;
    let node = null;
    if ((0,dist/* isSeq */.oP)(root) && root.items.length === 1)
        node = root.items[0];
    if ((0,dist/* isMap */.jh)(root) && root.items.length === 1)
        node = root.items[0]?.value;
    return (0,dist/* isScalar */.jn)(node) && node.value === value;
}
/** A new scalar (or key) written where nothing was before: plain when safe, else double-quoted. */
function renderScalar(value, flow) {
    return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}
/** The value as a user reads it: `1.10` stays '1.10' although YAML would read the number 1.1. */
function scalarValue(node, text) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return null;
    if (typeof node.value === 'string')
        return node.value;
    return node.range ? text.slice(node.range[0], node.range[1]) : scalarText(node.value);
}
/** Rewrites the target scalar in its own quoting style; null when it already holds the value as a string. */
function replaceScalar(text, target, value) {
    const { node, location } = target;
    if ((0,dist/* isAlias */.Vj)(node))
        throw aliasError(target, node.source, target.suggestKey ?? true);
    if (node !== null && !(0,dist/* isScalar */.jn)(node)) {
        const kind = (0,dist/* isMap */.jh)(node) ? 'a mapping' : (0,dist/* isSeq */.oP)(node) ? 'a list' : 'not a scalar';
        throw new errors/* ManifestError */.Sh(`${location} is ${kind}, not a scalar; point the key at the tag value itself`);
    }
    if (node === null || (node.value === null && node.range?.[0] === node.range?.[1])) {
        return fillEmptyValue(text, target, value);
    }
    if (node.value === value)
        return null;
    const range = node.range;
    if (!range)
        throw new errors/* ManifestError */.Sh(`${location} has no source position`);
    return { start: range[0], end: range[1], text: restyle(node, value, target) };
}
function restyle(node, value, target) {
    switch (node.type) {
        case dist/* Scalar */.X5.QUOTE_DOUBLE:
            return JSON.stringify(value);
        case dist/* Scalar */.X5.QUOTE_SINGLE:
            return `'${value.replaceAll("'", "''")}'`;
        case dist/* Scalar */.X5.BLOCK_LITERAL:
        case dist/* Scalar */.X5.BLOCK_FOLDED:
            // A tag is one line; rewriting a block scalar would silently change its chomping semantics.
            throw new errors/* ManifestError */.Sh(`${target.location} is a block scalar (${node.type === dist/* Scalar */.X5.BLOCK_LITERAL ? '|' : '>'}); ` +
                `rewrite it as a single-line value (e.g. ${(0,src/* shown */.SP)(value)}) and run again`);
        default:
            return renderScalar(value, target.flow);
    }
}
/** `tag:` with nothing after it: write after the ':' so a trailing comment stays a comment. */
function fillEmptyValue(text, target, value) {
    const keyEnd = target.pair && (0,dist/* isScalar */.jn)(target.pair.key) ? target.pair.key.range?.[1] : undefined;
    if (keyEnd === undefined)
        throw new errors/* ManifestError */.Sh(`${target.location} is empty and cannot be located`);
    let i = keyEnd;
    while (text[i] === ' ' || text[i] === '\t')
        i += 1;
    const rendered = renderScalar(value, target.flow);
    if (text[i] === ':')
        return { start: i + 1, end: i + 1, text: ` ${rendered}` };
    return { start: keyEnd, end: keyEnd, text: `: ${rendered}` };
}
function aliasError(target, anchor, suggestKey = true) {
    const defined = target.doc ? anchorLocation(target.doc, anchor) : null;
    const where = defined === null ? '' : ` (defined at ${defined || 'the document root'})`;
    const pointAt = defined && suggestKey ? ` or point key at ${defined}` : '';
    return new errors/* ManifestError */.Sh(`${target.location} is an alias of anchor &${anchor}${where}; edit the anchor's value instead${pointAt}`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/render.ts

/** `key: value` lines at `indent`, joined by eol, without a leading or trailing line break. */
function blockEntries(entries, indent, style) {
    return [...entries].map(([key, value]) => blockPair(key, value, indent, style)).join(style.eol);
}
function blockPair(key, value, indent, style) {
    return ' '.repeat(indent) + renderScalar(key, false) + ':' + blockValue(value, indent, style);
}
/** What follows `key:` — ' scalar', or the nested lines. Lists are not indented past their key (kustomize style). */
function blockValue(value, keyIndent, style) {
    if (typeof value === 'string')
        return ` ${renderScalar(value, false)}`;
    if (Array.isArray(value))
        return value.map((item) => style.eol + blockItem(item, keyIndent, style)).join('');
    return style.eol + blockEntries(value, keyIndent + style.step, style);
}
/** `- item` at `indent`; a mapping item starts on the dash line. */
function blockItem(value, indent, style) {
    if (!(value instanceof Map))
        return `${' '.repeat(indent)}- ${flowValue(value)}`;
    const body = blockEntries(value, indent + 2, style);
    return ' '.repeat(indent) + '- ' + body.slice(indent + 2);
}
function flowValue(value) {
    if (typeof value === 'string')
        return renderScalar(value, true);
    if (Array.isArray(value))
        return `[${value.map(flowValue).join(', ')}]`;
    return `{${flowEntries(value)}}`;
}
function flowEntries(entries) {
    return [...entries].map(([key, value]) => `${renderScalar(key, true)}: ${flowValue(value)}`).join(', ');
}
/** `a.b.c = v` as nested mappings {a: {b: {c: v}}}. */
function nest(keys, value) {
    let inner = value;
    for (const key of [...keys].reverse())
        inner = new Map([[key, inner]]);
    return inner;
}

;// CONCATENATED MODULE: ./packages/manifest/src/text.ts
function applySplices(text, splices) {
    // Apply from the end so that earlier offsets stay valid.
    const sorted = [...splices].sort((a, b) => b.start - a.start);
    let out = text;
    for (const splice of sorted)
        out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
    return out;
}
/** New lines follow the file's first line ending, so a CRLF file stays CRLF throughout. */
function detectEol(text) {
    const newline = text.indexOf('\n');
    return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset of the line break ending the line that holds `offset` (before a '\r\n'), or text.length. */
function lineEnd(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
function column(text, offset) {
    return offset - lineStart(text, offset);
}
/** Back up over whitespace and line breaks: node ranges of block nodes run on to the next line. */
function trimBack(text, offset) {
    let i = offset;
    while (i > 0 && /\s/.test(text[i - 1] ?? ''))
        i -= 1;
    return i;
}
/** The (1-based) line and column of an offset, for messages. */
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, col: offset - lineStart(text, offset) + 1 };
}

;// CONCATENATED MODULE: ./packages/manifest/src/insert.ts




/** The nesting step the file already uses (first nested block mapping), else 2. */
function blockStyle(doc, text) {
    let step = 0;
    if (doc) {
        (0,dist/* visit */.YR)(doc, {
            Pair(_, pair) {
                const first = (0,dist/* isMap */.jh)(pair.value) && !pair.value.flow ? pair.value.items[0] : undefined;
                const childStart = first && (0,dist/* isNode */.Ll)(first.key) ? first.key.range?.[0] : undefined;
                const keyStart = (0,dist/* isNode */.Ll)(pair.key) ? pair.key.range?.[0] : undefined;
                if (childStart === undefined || keyStart === undefined)
                    return undefined;
                step = column(text, childStart) - column(text, keyStart);
                return step > 0 ? dist/* visit */.YR.BREAK : undefined;
            },
        });
    }
    return { eol: detectEol(text), step: step > 0 ? step : 2 };
}
function start(node) {
    const range = (0,dist/* isNode */.Ll)(node) ? node.range : undefined;
    if (!range)
        throw new errors/* ManifestError */.Sh('Internal error: a node without a source position');
    return range[0];
}
/** Where the last entry's text ends: after its value, or its key when the value is empty. */
function contentEnd(item) {
    const ends = [];
    const nodes = (0,dist/* isNode */.Ll)(item) ? [item] : [item.key, item.value];
    for (const node of nodes)
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            ends.push(node.range[1]);
    return Math.max(...ends);
}
/** After the line holding the end of `item`, so a trailing comment stays on its line. */
function afterLineOf(text, item) {
    return lineEnd(text, trimBack(text, contentEnd(item)));
}
/** Adds entries at the end of a mapping, or at the end of the file when the document is empty. */
function insertEntries(text, doc, map, entries) {
    const style = blockStyle(doc, text);
    if (map === null)
        return appendAtEnd(text, blockEntries(entries, 0, style), style.eol);
    if (map.flow)
        return appendToFlow(text, map, flowEntries(entries));
    const last = map.items[map.items.length - 1];
    if (!last)
        throw new errors/* ManifestError */.Sh('Internal error: an empty block mapping');
    const at = afterLineOf(text, last);
    return {
        start: at,
        end: at,
        text: style.eol + blockEntries(entries, column(text, start(last.key)), style),
    };
}
function appendAtEnd(text, block, eol) {
    const end = text.length;
    if (end === 0 || text.endsWith('\n'))
        return { start: end, end, text: block + eol };
    // Keep a missing final newline missing.
    return { start: end, end, text: eol + block };
}
/** Gives `key:` (empty) a value: nested lines below it, or inline inside a flow mapping. */
function fillEmpty(text, doc, pair, flow, value) {
    const keyEnd = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[1] : undefined;
    if (keyEnd === undefined)
        throw new errors/* ManifestError */.Sh('Internal error: a key without a source position');
    if (flow) {
        let colon = keyEnd;
        while (text[colon] === ' ' || text[colon] === '\t')
            colon += 1;
        if (text[colon] === ':')
            return { start: colon + 1, end: colon + 1, text: ` ${flowValue(value)}` };
        return { start: keyEnd, end: keyEnd, text: `: ${flowValue(value)}` };
    }
    const at = afterLineOf(text, pair);
    return {
        start: at,
        end: at,
        text: blockValue(value, column(text, start(pair.key)), blockStyle(doc, text)),
    };
}
/** `rendered` as the new last entry of a flow collection, or the only one inside empty brackets. */
function appendToFlow(text, node, rendered) {
    const last = node.items[node.items.length - 1];
    if (!last)
        return { start: start(node) + 1, end: start(node) + 1, text: rendered };
    const at = trimBack(text, contentEnd(last));
    return { start: at, end: at, text: `, ${rendered}` };
}
/** Appends an item to a list, matching the dash column of its first item. */
function appendItem(text, doc, seq, item) {
    if (seq.flow)
        return appendToFlow(text, seq, flowValue(item));
    const last = seq.items[seq.items.length - 1];
    if (!last)
        throw new errors/* ManifestError */.Sh('Internal error: an empty block list');
    const at = afterLineOf(text, last);
    const dash = trimBack(text, start(seq.items[0]));
    const dashColumn = text[dash - 1] === '-' ? column(text, dash - 1) : column(text, start(seq));
    const style = blockStyle(doc, text);
    return { start: at, end: at, text: style.eol + blockItem(item, dashColumn, style) };
}
/** Removes one entry of a mapping with its line (block) or its separator (flow). */
function deletePair(text, map, index) {
    const pair = map.items[index];
    const next = map.items[index + 1];
    const previous = map.items[index - 1];
    if (!pair)
        throw new errors/* ManifestError */.Sh('Internal error: no such entry');
    if (!previous) {
        if (!next)
            throw new errors/* ManifestError */.Sh('Refusing to remove the only entry of a mapping');
        return { start: start(pair.key), end: start(next.key), text: '' };
    }
    if (map.flow)
        return { start: trimBack(text, contentEnd(previous)), end: trimBack(text, contentEnd(pair)), text: '' };
    const from = lineStart(text, start(pair.key));
    const to = afterLineOf(text, pair);
    if (to < text.length)
        return { start: from, end: text.indexOf('\n', to) + 1, text: '' };
    // The last line of a file without a final newline: take the line break before it instead.
    return { start: from - (text[from - 2] === '\r' ? 2 : 1), end: to, text: '' };
}

;// CONCATENATED MODULE: ./packages/manifest/src/parse.ts




/** Parses every document; the first error anywhere aborts, reported with a 1-based line and column. */
function parseStream(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { keepSourceTokens: true });
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error)
            throw syntaxError(text, error);
    }
    return [...docs];
}
function syntaxError(text, error) {
    const { line, col } = error.linePos?.[0] ?? lineColumn(text, error.pos[0]);
    // The parser appends its own position and a source excerpt; keep only the reason.
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    return new errors/* ManifestError */.Sh(`Invalid YAML at line ${line}, column ${col}: ${reason}`);
}
/**
 * Helm values and kustomizations are one document; a stray leading '---' or trailing empty document is
 * harmless, several documents mean the wrong format was chosen. Null when the file holds no content.
 */
function singleDocument(text, format) {
    const docs = parseStream(text);
    const real = docs.filter((doc) => !isEmptyValue(doc.contents));
    if (real.length > 1) {
        const lines = real.map((doc) => lineColumn(text, doc.range[0]).line).join(', ');
        throw new errors/* ManifestError */.Sh(`${format} expects one YAML document, found ${real.length} (starting at lines ${lines}); ` +
            `for multi-document Kubernetes manifests use format: manifest`);
    }
    return real[0] ?? null;
}

;// CONCATENATED MODULE: ./packages/manifest/src/helm.ts









function editHelm(text, req) {
    const tagPath = (0,key_path/* parseKeyPath */._)(req.key);
    const changes = [];
    let out = text;
    let previousTag;
    if (req.tag) {
        const step = setValue(out, tagPath, req.tag, req.createMissing ?? false, req.createMissingInput);
        [out, previousTag] = [step.text, step.previous];
        if (step.change)
            changes.push(step.change);
    }
    else {
        previousTag = peekValue(text, tagPath);
    }
    if (req.digest) {
        if (!req.digestKey) {
            throw new errors/* ManifestError */.Sh('A digest was given but no digest key: helm needs digestKey (digest-key) naming the values path of ' +
                'the digest, e.g. image.digest');
        }
        const step = setValue(out, (0,key_path/* parseKeyPath */._)(req.digestKey), req.digest, req.createMissing ?? false, req.createMissingInput);
        out = step.text;
        if (step.change)
            changes.push(step.change);
    }
    return { text: out, changes, previousTag };
}
/** Each value is its own parse-locate-splice round, so the digest sees the file as the tag edit left it. */
function setValue(text, path, value, createMissing, createMissingInput) {
    const doc = singleDocument(text, 'helm');
    const location = (0,key_path/* formatPath */.j)(path);
    const hit = findPath(doc, path);
    if (hit.kind === 'found') {
        const splice = replaceScalar(text, { doc, ...hit, location }, value);
        const previous = scalarValue(hit.node, text);
        if (!splice)
            return { text, change: null, previous };
        return { text: applySplices(text, [splice]), change: { location, previous, value }, previous };
    }
    if (!createMissing)
        throw notFound(doc, path, hit, createMissingInput);
    const splice = create(text, doc, path, hit, value);
    return { text: applySplices(text, [splice]), change: { location, previous: null, value }, previous: null };
}
function create(text, doc, path, hit, value) {
    const rest = path.slice(hit.depth);
    const keys = rest.filter((segment) => typeof segment === 'string');
    if (keys.length !== rest.length) {
        throw new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(path)} not found and create-missing cannot create list items; ` +
            `add the list ${(0,key_path/* formatPath */.j)(path.slice(0, hit.depth + rest.findIndex((s) => typeof s === 'number')))} first`);
    }
    const host = hit.host;
    if (host.kind === 'empty')
        return fillEmpty(text, doc, host.pair, host.flow, nest(keys, value));
    return insertEntries(text, doc, host.kind === 'map' ? host.map : null, nest(keys, value));
}
function notFound(doc, path, hit, createMissingInput) {
    const prefix = (0,key_path/* formatPath */.j)(path.slice(0, hit.depth));
    const missing = String(path[hit.depth]);
    // Only a caller with such an input is told to set it; the others learn that the key must exist.
    const hint = createMissingInput
        ? `; set ${createMissingInput}: true to create it`
        : '; add it to the file first';
    const head = `key ${(0,key_path/* formatPath */.j)(path)} not found: `;
    if (hit.host.kind === 'end')
        return new errors/* ManifestError */.Sh(`${head}the document is empty${hint}`);
    if (hit.host.kind === 'empty')
        return new errors/* ManifestError */.Sh(`${head}${prefix} exists but is empty${hint}`);
    const keys = hit.host.map.items.map(pairKey).filter((key) => key !== null);
    const where = prefix ? `${prefix} exists but has no key` : 'the document has no top-level key';
    const inherited = doc ? mergedFrom(doc, hit.host.map, missing) : null;
    const merge = inherited
        ? `; ${(0,src/* shown */.SP)(missing)} is inherited through '<<: *${inherited}', so edit the anchor &${inherited}` +
            (createMissingInput ? `, or set ${createMissingInput}: true to override it here` : '')
        : hint;
    return new errors/* ManifestError */.Sh(`${head}${where} ${(0,src/* shown */.SP)(missing)} (keys: ${(0,errors/* shownList */.y9)(keys) || 'none'})${merge}`);
}
/** The current tag when only a digest is set; a missing or odd path just means there is none. */
function peekValue(text, path) {
    try {
        const hit = findPath(singleDocument(text, 'helm'), path);
        return hit.kind === 'found' ? scalarValue(hit.node, text) : null;
    }
    catch (error) {
        if (error instanceof errors/* ManifestError */.Sh)
            return null;
        throw error;
    }
}

// EXTERNAL MODULE: ./packages/manifest/src/image-ref.ts
var image_ref = __nccwpck_require__(5666);
;// CONCATENATED MODULE: ./packages/manifest/src/flux-marker.ts
// Flux image automation's setter markers, as image-automation-controller reads them: a YAML line
// comment holding `{"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}` (kyaml's shorthand
// setter reference) or the long form `{"$ref": "#/definitions/io.k8s.cli.setters.<same name>"}`.




const SHORTHAND = '$imagepolicy';
const LONG_PREFIX = '#/definitions/io.k8s.cli.setters.';
// Namespaces are DNS-1123 labels, ImagePolicy names DNS-1123 subdomains (Kubernetes object names).
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const POLICY_NAME = /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const SUFFIXES = { tag: 'tag', name: 'name', digest: 'digest' };
const MARKER_GRAMMAR = '{"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}';
/** Why `<namespace>:<policy>` is not a policy reference, or undefined when it is one. */
function policyProblem(policy) {
    const parts = policy.split(':');
    if (parts.length !== 2)
        return 'expected <namespace>:<policy>, e.g. flux-system:api';
    const [namespace = '', name = ''] = parts;
    if (!NAMESPACE.test(namespace))
        return `${(0,src/* shown */.SP)(namespace)} is not a Kubernetes namespace (lowercase letters, digits and '-', at most 63)`;
    if (!POLICY_NAME.test(name))
        return `${(0,src/* shown */.SP)(name)} is not an ImagePolicy name (lowercase letters, digits, '-' and '.', at most 253)`;
    return undefined;
}
/** Every marker-like comment of the file, read or refused; other comments are left out. */
function findMarkers(text) {
    const markers = [];
    const bad = [];
    for (const { offset, source } of comments(text)) {
        const body = source.replace(/^#+/, '').trim();
        // A commented-out line (`# image: x # {...}`) is not a marker; Flux only reads a JSON comment.
        if (!body.startsWith('{') || !(body.includes(SHORTHAND) || body.includes(LONG_PREFIX)))
            continue;
        const { line } = lineColumn(text, offset);
        const read = readMarker(body);
        if ('why' in read)
            bad.push({ offset, line, policy: read.policy, why: read.why, comment: body });
        else
            markers.push({ ...read, offset, line });
    }
    return { markers, bad };
}
function readMarker(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return { policy: null, why: 'it is not valid JSON' };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return { policy: null, why: 'it is not a JSON object' };
    const record = json;
    let name = record[SHORTHAND];
    if (name === undefined && typeof record['$ref'] === 'string' && record['$ref'].startsWith(LONG_PREFIX))
        name = record['$ref'].slice(LONG_PREFIX.length);
    if (typeof name !== 'string')
        return { policy: null, why: `${SHORTHAND} is not a string` };
    // kyaml reads the shorthand as a map of strings: any other value makes Flux skip the marker.
    if (Object.values(record).some((value) => typeof value !== 'string'))
        return { policy: null, why: 'every value of the object must be a string' };
    const [namespace = '', policyName, suffix, ...rest] = name.split(':');
    const policy = policyName === undefined ? name : `${namespace}:${policyName}`;
    const problem = policyProblem(policy);
    if (problem)
        return { policy: null, why: problem };
    if (rest.length > 0 || (suffix !== undefined && !(suffix in SUFFIXES)))
        return {
            policy,
            why: `${(0,src/* shown */.SP)(name.slice(policy.length))} is not a suffix Flux knows (:tag, :name, :digest)`,
        };
    return { policy, field: suffix === undefined ? 'image' : SUFFIXES[suffix] };
}
/** The file's comments from the concrete syntax tree, so that '#' inside quotes or block scalars is not one. */
function comments(text) {
    const found = [];
    const walk = (node) => {
        if (Array.isArray(node)) {
            for (const item of node)
                walk(item);
            return;
        }
        if (typeof node !== 'object' || node === null)
            return;
        const token = node;
        if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
            found.push({ offset: token.offset, source: token.source });
            return;
        }
        for (const value of Object.values(node))
            walk(value);
    };
    for (const token of new dist/* Parser */.iX().parse(text))
        walk(token);
    return found.sort((a, b) => a.offset - b.offset);
}
/** The caller names the file (bump's "Could not edit <file>: ..."); the line is ours to give. */
function markerError(line, detail) {
    return new errors/* ManifestError */.Sh(`the Flux marker on line ${line} ${detail}`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/flux.ts









/** With format flux, `key` names the policy (`<namespace>:<policy>`), checked by the caller. */
function editFlux(text, req) {
    const policy = req.key;
    const { markers, bad } = findMarkers(text);
    // A marker that cannot be read may be this policy's: skipping it would leave a field behind silently.
    const unreadable = bad.find((marker) => marker.policy === null || marker.policy === policy);
    if (unreadable) {
        throw markerError(unreadable.line, `(${(0,src/* shown */.SP)(unreadable.comment)}) cannot be read: ${unreadable.why}; write it as ${MARKER_GRAMMAR}`);
    }
    const ours = markers.filter((marker) => marker.policy === policy);
    if (ours.length === 0)
        throw noMarker(policy, markers);
    const slots = markedSlots(text);
    const splices = [];
    const changes = [];
    const previous = {};
    for (const marker of ours) {
        const slot = slots.get(marker.offset);
        if (!slot) {
            throw markerError(marker.line, `does not follow a single scalar value on its line; Flux reads markers as key: value # ${MARKER_GRAMMAR}`);
        }
        const current = currentValue(slot);
        if (marker.field === 'tag')
            previous.tag ??= current;
        if (marker.field === 'image')
            previous.image ??= current === null ? null : (0,image_ref/* parseImageReference */.o_)(current).tag;
        const value = newValue(marker, current, req);
        if (value === null)
            continue;
        const splice = replaceScalar(text, slot, value);
        if (!splice)
            continue;
        splices.push(splice);
        changes.push({ location: slot.location, previous: current, value });
    }
    return {
        text: applySplices(text, splices),
        changes,
        previousTag: previous.tag ?? previous.image ?? null,
    };
}
/** What the marked field becomes, as Flux would write the policy's latest image; null leaves it alone. */
function newValue(marker, current, req) {
    switch (marker.field) {
        case 'tag':
            return req.tag ?? null;
        case 'name':
            return req.image ?? null;
        case 'digest':
            // Flux writes the policy's digest, '' without digest reflection: a stale digest must not pin the old image.
            return (req.digest ?? '') === '' && !current ? null : (req.digest ?? '');
        case 'image': {
            const ref = (0,image_ref/* parseImageReference */.o_)(current ?? '');
            const repository = req.image ?? ref.repository;
            if (!repository) {
                throw markerError(marker.line, 'marks an empty field, so there is no image name to keep: give the image (the repository)');
            }
            // Flux writes name:tag[@digest]; a digest-only bump keeps the tag the field already has.
            return (0,image_ref/* formatImageReference */.my)(repository, req.tag ?? ref.tag ?? undefined, req.digest);
        }
    }
}
function currentValue(slot) {
    if ((0,dist/* isAlias */.Vj)(slot.node))
        throw aliasError(slot, slot.node.source, false);
    return scalarValue(slot.node, '');
}
/** Every scalar (or alias) value, keyed by the offset of the comment that follows it on its line. */
function markedSlots(text) {
    const slots = new Map();
    for (const [index, doc] of parseStream(text).entries()) {
        const add = (node, pair, flow, path) => {
            if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node))
                return walk(node, path);
            if (!(0,dist/* isScalar */.jn)(node) && !(0,dist/* isAlias */.Vj)(node))
                return;
            const end = node.range?.[1];
            if (end === undefined)
                return;
            let i = end;
            while (text[i] === ' ' || text[i] === '\t')
                i += 1;
            if (text[i] !== '#')
                return;
            slots.set(i, { doc, node, pair, flow, location: `doc ${index + 1}: ${(0,key_path/* formatPath */.j)(path) || '(root)'}` });
        };
        const walk = (node, path) => {
            if ((0,dist/* isMap */.jh)(node)) {
                for (const pair of node.items) {
                    const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '?';
                    add(pair.value, pair, Boolean(node.flow), [...path, key]);
                }
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                node.items.forEach((item, i) => add(item, null, Boolean(node.flow), [...path, i]));
            }
        };
        add(doc.contents, null, false, []);
    }
    return slots;
}
function noMarker(policy, markers) {
    const others = [...new Set(markers.map((marker) => marker.policy))];
    const found = others.length > 0 ? `markers found for: ${(0,errors/* shownList */.y9)(others)}` : 'no Flux markers at all';
    return new errors/* ManifestError */.Sh(`no field carries a Flux marker for policy ${(0,src/* shown */.SP)(policy)} (${found}); mark the image field with ` +
        `# {"$imagepolicy": ${JSON.stringify(policy)}} (or the tag, name and digest fields with :tag, :name, ` +
        `:digest), or leave the file out`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/kustomize.ts








function editKustomize(text, req) {
    const previousTag = currentTag(text, req.image);
    const changes = [];
    let out = text;
    const fields = [
        ['newTag', req.tag],
        ['digest', req.digest],
    ];
    for (const [field, value] of fields) {
        if (!value)
            continue;
        const round = setField(out, req, field, value);
        out = round.text;
        changes.push(...round.changes);
    }
    if (req.tag && !req.digest) {
        // kustomize renders name:tag@digest and the runtime pulls by digest, so a tag-only bump must drop it.
        const round = dropDigest(out, req.image);
        out = round.text;
        changes.push(...round.changes);
    }
    return { text: out, changes, previousTag };
}
function locateImages(doc) {
    const root = doc?.contents ?? null;
    if (root === null)
        return { kind: 'absent', root: null };
    if (!(0,dist/* isMap */.jh)(root))
        throw new errors/* ManifestError */.Sh(`A kustomization must be a mapping, but this file is ${describe(root)}`);
    const pair = findPair(root, 'images');
    if (!pair)
        return { kind: 'absent', root };
    if (isEmptyValue(pair.value))
        return { kind: 'empty', pair, flow: Boolean(root.flow) };
    if (!(0,dist/* isSeq */.oP)(pair.value)) {
        throw new errors/* ManifestError */.Sh(`images: must be a list of {name, newTag} entries, but it is ${describe(pair.value)}`);
    }
    return { kind: 'list', seq: pair.value };
}
function entryField(entry, field, text) {
    return scalarValue(findPair(entry, field)?.value ?? null, text);
}
/** Entries whose `name` is the image; failing that, whose `newName` is (an image already renamed to it). */
function matchingEntries(images, image, text) {
    if (images.kind !== 'list')
        return [];
    const entries = images.seq.items.filter((item) => (0,dist/* isMap */.jh)(item));
    for (const field of ['name', 'newName']) {
        const matches = entries.filter((entry) => {
            const value = entryField(entry, field, text);
            return value !== null && (0,image_ref/* sameRepository */.RB)(value, image);
        });
        if (matches.length > 0)
            return matches;
    }
    return [];
}
function currentTag(text, image) {
    const doc = singleDocument(text, 'kustomize');
    const first = matchingEntries(locateImages(doc), image, text)[0];
    return first ? entryField(first, 'newTag', text) : null;
}
function kustomize_location(entry, image, field, text) {
    return `images[${entryField(entry, 'name', text) ?? image}].${field}`;
}
function setField(text, req, field, value) {
    const doc = singleDocument(text, 'kustomize');
    const images = locateImages(doc);
    const entries = matchingEntries(images, req.image, text);
    if (entries.length === 0)
        return appendEntry(text, doc, images, req);
    const splices = [];
    const changes = [];
    for (const entry of entries) {
        const where = kustomize_location(entry, req.image, field, text);
        const pair = findPair(entry, field);
        const splice = pair
            ? replaceScalar(text, { doc, node: pair.value, pair, flow: Boolean(entry.flow), location: where, suggestKey: false }, value)
            : insertEntries(text, doc, entry, new Map([[field, value]]));
        if (!splice)
            continue;
        splices.push(splice);
        changes.push({ location: where, previous: pair ? scalarValue(pair.value, text) : null, value });
    }
    return { text: applySplices(text, splices), changes };
}
/** A new `- name: <image>` entry carrying every requested field, so later rounds find nothing to do. */
function appendEntry(text, doc, images, req) {
    const entry = new Map([['name', req.image]]);
    if (req.tag)
        entry.set('newTag', req.tag);
    if (req.digest)
        entry.set('digest', req.digest);
    let splice;
    if (images.kind === 'list')
        splice = appendItem(text, doc, images.seq, entry);
    else if (images.kind === 'empty')
        splice = fillEmpty(text, doc, images.pair, images.flow, [entry]);
    else
        splice = insertEntries(text, doc, images.root, new Map([['images', [entry]]]));
    const changes = [...entry]
        .filter(([key]) => key !== 'name')
        .map(([key, value]) => ({
        location: `images[${req.image}].${key}`,
        previous: null,
        value: value,
    }));
    return { text: applySplices(text, [splice]), changes };
}
function dropDigest(text, image) {
    const doc = singleDocument(text, 'kustomize');
    const splices = [];
    const changes = [];
    for (const entry of matchingEntries(locateImages(doc), image, text)) {
        const index = entry.items.findIndex((pair) => pairKey(pair) === 'digest');
        if (index < 0)
            continue;
        changes.push({
            location: kustomize_location(entry, image, 'digest', text),
            previous: entryField(entry, 'digest', text),
            value: '',
        });
        splices.push(deletePair(text, entry, index));
    }
    return { text: applySplices(text, splices), changes };
}

;// CONCATENATED MODULE: ./packages/manifest/src/k8s-manifest.ts









/** Every pod-spec container list; they nest at any depth (Deployment, CronJob jobTemplate, Pod, ...). */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
function editManifest(text, req) {
    const slots = parseStream(text).flatMap((doc, index) => imageSlots(doc, index + 1));
    const splices = [];
    const changes = [];
    const found = [];
    let matched = false;
    let previousTag = null;
    for (const slot of slots) {
        const current = imageValue(slot, req.image);
        if (current === null)
            continue;
        found.push(current);
        const ref = (0,image_ref/* parseImageReference */.o_)(current);
        if (!(0,image_ref/* sameRepository */.RB)(ref.repository, req.image))
            continue;
        if (!matched)
            [matched, previousTag] = [true, ref.tag];
        // A tag-only bump writes repo:tag without the old digest: a stale digest would keep pinning the old image.
        const value = (0,image_ref/* formatImageReference */.my)(ref.repository, req.tag, req.digest);
        const target = {
            doc: slot.doc,
            node: slot.pair.value,
            pair: slot.pair,
            flow: slot.flow,
            location: slot.location,
        };
        const splice = replaceScalar(text, target, value);
        if (!splice)
            continue;
        splices.push(splice);
        changes.push({ location: slot.location, previous: current, value });
    }
    if (!matched)
        throw k8s_manifest_notFound(req.image, found);
    return { text: applySplices(text, splices), changes, previousTag };
}
function imageSlots(doc, docNumber) {
    const slots = [];
    const walk = (node, path) => {
        if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, index) => walk(item, [...path, index]));
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            const key = pairKey(pair);
            if (key === null)
                continue;
            if (CONTAINER_LISTS.has(key) && (0,dist/* isSeq */.oP)(pair.value)) {
                pair.value.items.forEach((container, index) => {
                    const image = (0,dist/* isMap */.jh)(container) ? findPair(container, 'image') : undefined;
                    if (!image || !(0,dist/* isMap */.jh)(container))
                        return;
                    const location = `doc ${docNumber}: ${(0,key_path/* formatPath */.j)([...path, key, index, 'image'])}`;
                    slots.push({ doc, location, pair: image, flow: Boolean(container.flow) });
                });
            }
            walk(pair.value, [...path, key]);
        }
    };
    walk(doc.contents, []);
    return slots;
}
/** The image string of a slot; null for values that are not image strings. An alias to a match is an error. */
function imageValue(slot, image) {
    const node = slot.pair.value;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = node.resolve(slot.doc);
        const value = (0,dist/* isScalar */.jn)(target) && typeof target.value === 'string' ? target.value : null;
        if (value !== null && (0,image_ref/* sameRepository */.RB)((0,image_ref/* parseImageReference */.o_)(value).repository, image)) {
            throw aliasError(slot, node.source, false);
        }
        return null;
    }
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? scalarValue(node, '') : null;
}
function k8s_manifest_notFound(image, found) {
    const unique = [...new Set(found)];
    const list = unique.length > 0 ? `images found: ${(0,errors/* shownList */.y9)(unique)}` : 'no container images found at all';
    return new errors/* ManifestError */.Sh(`image ${(0,src/* shown */.SP)(image)} not found in any containers, initContainers or ephemeralContainers (${list}); ` +
        `check the image repository (without tag or digest)`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/edit.ts








const FORMATS = ['helm', 'kustomize', 'manifest', 'flux'];
/** Sets a tag and/or digest in one file's text, changing only the bytes of the target scalars. */
function applyEdit(text, req) {
    const request = normalize(req);
    let outcome;
    if (request.format === 'helm')
        outcome = editHelm(text, request);
    else if (request.format === 'flux')
        outcome = editFlux(text, forFlux(request));
    else
        outcome = (request.format === 'kustomize' ? editKustomize : editManifest)(text, withImage(request));
    return {
        text: outcome.text,
        changed: outcome.text !== text,
        changes: outcome.changes,
        previousTag: outcome.previousTag,
    };
}
/** Action inputs arrive as '' when unset; treat that as absent, then validate what is left. */
function normalize(req) {
    const request = {
        ...req,
        image: req.image?.trim() || undefined,
        tag: req.tag?.trim() || undefined,
        digest: req.digest?.trim() || undefined,
        digestKey: req.digestKey?.trim() || undefined,
    };
    if (!FORMATS.includes(request.format)) {
        throw new errors/* ManifestError */.Sh(`Unknown format ${(0,src/* shown */.SP)(String(request.format))}: use helm, kustomize, manifest or flux`);
    }
    if (!request.tag && !request.digest)
        throw new errors/* ManifestError */.Sh('Nothing to set: give a tag, a digest, or both');
    if (request.tag && !(0,image_ref/* isValidTag */.r_)(request.tag)) {
        throw new errors/* ManifestError */.Sh(`Invalid tag ${(0,src/* shown */.SP)(request.tag)}: a tag is 1-128 characters of letters, digits, '_', '.' and '-', ` +
            `not starting with '.' or '-'`);
    }
    if (request.digest && !(0,image_ref/* isValidDigest */.fH)(request.digest)) {
        throw new errors/* ManifestError */.Sh(`Invalid digest ${(0,src/* shown */.SP)(request.digest)}: expected sha256: followed by 64 lowercase hex characters`);
    }
    return request;
}
function withImage(request) {
    const { image } = request;
    if (!image) {
        throw new errors/* ManifestError */.Sh(`An image is required for format ${request.format}: the repository to update, e.g. ghcr.io/org/api`);
    }
    checkRepository(image);
    return { ...request, image };
}
/** Flux's key is the policy the markers name; the image is optional (it only replaces the name). */
function forFlux(request) {
    const problem = policyProblem(request.key);
    if (problem) {
        throw new errors/* ManifestError */.Sh(`Invalid Flux policy ${(0,src/* shown */.SP)(request.key)}: ${problem}. With format flux the key names the ImagePolicy ` +
            `whose markers to update, as <namespace>:<policy>`);
    }
    if (request.image)
        checkRepository(request.image);
    return request;
}
function checkRepository(image) {
    const ref = (0,image_ref/* parseImageReference */.o_)(image);
    if (ref.tag !== null || ref.digest !== null || /\s/.test(image)) {
        throw new errors/* ManifestError */.Sh(`Invalid image ${(0,src/* shown */.SP)(image)}: give the repository only (e.g. ${(0,src/* shown */.SP)(ref.repository)}) and pass the tag or digest separately`);
    }
}

;// CONCATENATED MODULE: ./packages/manifest/src/format.ts

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** Kustomize only reads these file names; anything else is taken for Helm values. */
function detectFormat(filePath) {
    const base = filePath.split(/[\\/]/).pop() ?? '';
    return KUSTOMIZATION_FILES.has(base) ? 'kustomize' : 'helm';
}
/** The edit request for one file; Kustomize and manifest files can only be matched by image. */
function requestForFile(file, target) {
    const format = target.format === 'auto' ? detectFormat(file) : target.format;
    if ((format === 'kustomize' || format === 'manifest') && !target.image) {
        throw new errors/* ManifestError */.Sh(`it is a ${format} file, so the image input is required to find the entry`);
    }
    return { ...target, format };
}

;// CONCATENATED MODULE: ./packages/bump/src/edit-files.ts




/** Applies the semantic edit to every file in the work tree as it is now; writes only files that change. */
async function editFiles(git, inputs) {
    const edits = [];
    for (const file of inputs.files) {
        const text = await readInside(git, file, inputs.branch, inputs.inputNames?.files ?? 'files');
        const result = editText(inputs, file, text);
        if (result.changed)
            await writeFile(path.join(git.dir, file), result.after);
        edits.push(result.edit);
    }
    return edits;
}
/**
 * The pure part: the edit of one file's text, only the bytes of the target scalars changing.
 * Manifest errors become `Could not <operation>`, editing the file unless the caller says otherwise.
 */
function editText(spec, file, text, operation = `edit ${file}`) {
    let result;
    try {
        result = applyEdit(text, editRequest(spec, file));
    }
    catch (error) {
        if (error instanceof errors/* KeyPathError */.$M)
            throw keyInputError(spec, error);
        if (error instanceof errors/* ManifestError */.Sh)
            throw new src/* ActionError */.lZ(operation, error.message);
        throw error;
    }
    return {
        edit: { file, changes: result.changes, previousTag: result.previousTag },
        before: text,
        after: result.text,
        changed: result.changed,
    };
}
/** The replaced tag (first file that had one) and the files whose bytes change. */
function summarizeEdits(edits) {
    return {
        previousTag: edits.find((e) => e.previousTag !== null)?.previousTag ?? '',
        changedFiles: edits.filter((e) => e.changes.length > 0).map((e) => e.file),
    };
}
/** A key path that can never be used is the key input's fault, whatever the file holds. */
function keyInputError(spec, error) {
    const isDigest = error.key !== spec.key && error.key === spec.digestKey;
    const input = isDigest ? (spec.inputNames?.digestKey ?? 'digest-key') : (spec.inputNames?.key ?? 'key');
    return new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(error.key)} is not a usable key path: ${error.why}`);
}
function editRequest(spec, file) {
    return requestForFile(file, {
        format: spec.format,
        image: spec.image || undefined,
        tag: spec.tag || undefined,
        digest: spec.digest || undefined,
        key: spec.key,
        digestKey: spec.digestKey || undefined,
        createMissing: spec.createMissing,
        createMissingInput: spec.inputNames?.createMissing,
    });
}
/** The error for a target that is not on the branch, with the nearest folder's files as the hint. */
function missingFile(file, branch, hint, filesInput) {
    return new src/* ActionError */.lZ(`read ${(0,src/* shown */.SP)(file)}`, `no such file on branch ${branch} (${filesInput})`, {
        hint,
    });
}
/**
 * Lists the nearest existing folder above a missing file. `list` gives a folder's entry names, or
 * undefined when it cannot be listed (the API transport cannot list the root), which ends the walk.
 */
async function nearbyFiles(file, list) {
    let folder = external_node_path_default().posix.dirname(file);
    for (;;) {
        const names = await list(folder);
        const where = folder === '.' ? 'the repository root' : folder;
        if (names === undefined)
            return `None of the folders of ${file} exist on the branch.`;
        if (names.length > 0)
            return `Files in ${where}: ${names.join(', ')}`;
        if (folder === '.')
            return 'The repository is empty.';
        folder = external_node_path_default().posix.dirname(folder);
    }
}
/** Reads a target file, refusing anything that is missing or resolves outside the work tree. */
async function readInside(git, file, branch, filesInput) {
    const full = path.join(git.dir, file);
    const stat = await lstat(full).catch(() => null);
    if (!stat) {
        throw missingFile(file, branch, await nearbyFiles(file, (folder) => git.listFolder(folder)), filesInput);
    }
    const root = await realpath(git.dir);
    const real = await realpath(full).catch(() => null);
    if (!real || (real !== root && !real.startsWith(root + path.sep))) {
        throw new ActionError(`read ${file}`, 'it is a symlink that points outside the repository');
    }
    if (!(await lstat(real)).isFile())
        throw new ActionError(`read ${file}`, 'it is not a regular file');
    return readFile(real, 'utf8');
}


/***/ }),

/***/ 1483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ heldValue)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);
/* harmony import */ var _edit_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6400);
/* harmony import */ var _gitops_actions_manifest__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5666);
// What the target holds in a file: the tag and digest a promotion moves from its source file and a
// rollback returns to. The manifest package only edits, so a throw-away edit is applied and what it
// reports as the previous values is kept: the same key and image lookup as the edit that writes them.



const PROBE_TAG = 'probe';
// A digest in an image reference (`repo:tag@sha256:…`) or a Kustomize `digest:` field.
const DIGEST_IN = /(sha256:[0-9a-f]{64})$/;
/**
 * The tag (and digest) at the target in `text`; undefined when it has no tag there or cannot be read
 * (for a rollback, an older layout: no deployment to return to).
 */
function heldValue(spec, file, text) {
    const probe = tryEdit({ ...spec, tag: PROBE_TAG, digest: '', digestKey: '' }, file, text);
    const tag = probe?.edit.previousTag;
    if (!probe || !tag)
        return undefined;
    // Kustomize and manifests drop the digest on a tag-only edit, and report what they dropped.
    const dropped = probe.edit.changes.map((c) => DIGEST_IN.exec(c.previous ?? '')?.[1]).find(Boolean);
    return { tag, digest: dropped ?? helmDigest(spec, file, text) };
}
/** Helm keeps the digest at its own key: read it as a tag-only edit of that key would. */
function helmDigest(spec, file, text) {
    if (!spec.digestKey)
        return '';
    const probe = tryEdit({ ...spec, key: spec.digestKey, tag: PROBE_TAG, digest: '', digestKey: '' }, file, text);
    const value = probe?.edit.previousTag ?? '';
    return (0,_gitops_actions_manifest__WEBPACK_IMPORTED_MODULE_1__/* .isValidDigest */ .fH)(value) ? value : '';
}
function tryEdit(spec, file, text) {
    try {
        return (0,_edit_files_js__WEBPACK_IMPORTED_MODULE_2__/* .editText */ .i1)(spec, file, text, `read ${file}`);
    }
    catch (error) {
        // An InputError (a key path that can never be used) is the input's fault in every version.
        if (error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ commitMessage)
/* harmony export */ });
/* harmony import */ var _reference_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2721);

/**
 * The commit message from its template, then the service commit's `Argocd-reference-commit-*`
 * trailers when the request has one; shared by both transports.
 */
function commitMessage(inputs, files, previousTag) {
    const values = {
        image: inputs.image || files.join(', '),
        tag: inputs.tag || inputs.digest,
        digest: inputs.digest,
        files: files.join(', '),
        'previous-tag': previousTag,
    };
    const message = inputs.commitMessage.replace(/\{(image|tag|digest|files|previous-tag)\}/g, (_, name) => values[name] ?? '');
    return (0,_reference_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .withReferenceTrailers */ .aj)(message, inputs.referenceCommit);
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ mergeReference),
/* harmony export */   _E: () => (/* binding */ parseReferenceCommit),
/* harmony export */   aj: () => (/* binding */ withReferenceTrailers),
/* harmony export */   cK: () => (/* binding */ referenceTrailers)
/* harmony export */ });
/* unused harmony exports REFERENCE_TRAILERS, REFERENCE_COMMIT_INPUTS, FULL_SHA, readReferenceCommitInputs, singleLine, formatAuthor, isIncomplete */
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);
// The `Argocd-reference-commit-*` trailers: which service commit a GitOps commit deploys. Argo CD's
// Source Hydrator and gitops-promoter read them from the commit message's trailer block
// (`git interpret-trailers --parse`), one `Key: value` line each, and drop a trailer whose value
// does not parse: sha 5-40 lowercase hex, author an RFC 5322 address, date RFC 3339, body a JSON
// string, repourl a URL. Built here once; promotion and rollback carry them forward from the commit
// that set the value they move.

/** The trailer keys, spelled as Argo CD matches them (case-sensitive). */
const REFERENCE_TRAILERS = {
    sha: 'Argocd-reference-commit-sha',
    repoUrl: 'Argocd-reference-commit-repourl',
    author: 'Argocd-reference-commit-author',
    date: 'Argocd-reference-commit-date',
    subject: 'Argocd-reference-commit-subject',
    body: 'Argocd-reference-commit-body',
};
/** Written in this order (body last: it is the long one). */
const ORDER = ['sha', 'repoUrl', 'author', 'date', 'subject', 'body'];
const REFERENCE_COMMIT_INPUTS = {
    enabled: 'reference-commit',
    sha: 'reference-commit-sha',
    repoUrl: 'reference-commit-repourl',
    author: 'reference-commit-author',
    date: 'reference-commit-date',
    subject: 'reference-commit-subject',
};
/** A full commit SHA, SHA-1 or SHA-256. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s<>@",;:\\()[\]]+@[^\s<>@",;:\\()[\]]+$/;
const ADDRESS = /^(.*?)\s*<([^<>]*)>$/s;
// Line breaks, C0/C1 controls, DEL and the characters that reorder or hide text.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
/** Bounds a trailer line; a longer subject is cut, a longer body is cut before encoding. */
const SUBJECT_LIMIT = 200;
const BODY_LIMIT = 2000;
/** Reads the opt-out and the overrides; every bad value is one InputError naming its input. */
function readReferenceCommitInputs(raw, names = REFERENCE_COMMIT_INPUTS) {
    const enabled = raw.boolean(names.enabled, true);
    const overrides = {};
    const sha = raw.string(names.sha).toLowerCase();
    if (sha)
        overrides.sha = shaInput(names.sha, sha);
    const repoUrl = raw.string(names.repoUrl);
    if (repoUrl)
        overrides.repoUrl = repoUrlInput(names.repoUrl, repoUrl);
    const author = raw.string(names.author);
    if (author)
        overrides.author = authorInput(names.author, author);
    const date = raw.string(names.date);
    if (date)
        overrides.date = dateInput(names.date, date);
    const subject = singleLine(raw.string(names.subject), SUBJECT_LIMIT);
    if (subject)
        overrides.subject = subject;
    return { enabled, overrides };
}
function shaInput(input, value) {
    if (!FULL_SHA.test(value)) {
        throw new InputError(input, `${shown(value)} is not a full commit SHA (40 or 64 hexadecimal digits)`);
    }
    return value;
}
function repoUrlInput(input, value) {
    const url = httpUrlInput(input, value, { tokenInput: input, example: 'https://github.com/owner/service' });
    if (!/^https?:\/\//i.test(value)) {
        throw new InputError(input, `${shown(value)} must start with https:// (the service repository's URL)`);
    }
    return url;
}
function authorInput(input, value) {
    const author = formatAuthor(value);
    if (!author) {
        throw new InputError(input, `${shown(value)} is not a commit author; expected Name <email>, e.g. Jane Doe <jane@example.com>`);
    }
    return author;
}
function dateInput(input, value) {
    if (!isRfc3339(value)) {
        throw new InputError(input, `${shown(value)} is not an RFC 3339 date; expected e.g. 2025-06-09T13:50:18-04:00 (git show -s --format=%aI)`);
    }
    return value;
}
function isRfc3339(value) {
    return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}
/** One line of printable text: controls and line breaks become spaces, runs of spaces one. */
function singleLine(text, limit = SUBJECT_LIMIT) {
    const flat = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
    const chars = [...flat];
    return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : flat;
}
/**
 * `Name <email>` as RFC 5322 reads it (Go's net/mail, which Argo CD uses): a name with characters
 * outside a phrase is quoted. Empty when there is no usable email.
 */
function formatAuthor(value, email) {
    const match = email === undefined ? ADDRESS.exec(value.trim()) : [value, value, email];
    const address = (match?.[2] ?? '').trim();
    if (!EMAIL.test(address))
        return '';
    const name = singleLine(match?.[1] ?? '', 100).replace(/[<>]/g, '');
    if (!name)
        return `<${address}>`;
    if (/^[\p{L}\p{N} !#$%&'*+\-/=?^_`{|}~.]+$/u.test(name))
        return `${name} <${address}>`;
    return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}" <${address}>`;
}
/** The body as the trailer holds it: a JSON string, escaped so that it stays on one line. */
function encodeBody(body) {
    const trimmed = body.replace(/\s+$/, '');
    const chars = [...trimmed];
    const cut = chars.length > BODY_LIMIT ? `${chars.slice(0, BODY_LIMIT - 1).join('')}…` : trimmed;
    return JSON.stringify(cut).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A field's trailer value, or '' when the value would not survive Argo CD's parser. */
function trailerValue(field, value) {
    switch (field) {
        case 'sha':
            return FULL_SHA.test(value) ? value : '';
        case 'repoUrl':
            return /^https?:\/\/[^\s@]+$/i.test(value) && !HAS_UNSAFE.test(value) ? value : '';
        case 'author':
            return formatAuthor(value);
        case 'date':
            return isRfc3339(value) ? value : '';
        case 'subject':
            return singleLine(value);
        case 'body':
            return value.trim() ? encodeBody(value) : '';
    }
}
/** The trailer lines, in a fixed order; none without a SHA (a reference to no commit is wrong). */
function referenceTrailers(reference) {
    if (!reference || !trailerValue('sha', reference.sha))
        return [];
    return ORDER.flatMap((field) => {
        const value = trailerValue(field, reference[field]);
        return value ? [`${REFERENCE_TRAILERS[field]}: ${value}`] : [];
    });
}
const TRAILER_LINE = /^[A-Za-z0-9][A-Za-z0-9-]*:\s/;
/**
 * The message with the trailers after a blank line; when the message already ends with a trailer
 * block (`Promoted-by: …`), they join it, since git reads only the last paragraph as trailers.
 * Earlier `Argocd-reference-commit-*` lines of that block give way to these.
 */
function withReferenceTrailers(message, reference) {
    const trailers = referenceTrailers(reference);
    if (trailers.length === 0)
        return message;
    const text = message.replace(/\s+$/, '');
    const paragraphs = text.split(/\n[ \t]*\n/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    const lines = last.split('\n');
    if (last && lines.every((l) => TRAILER_LINE.test(l))) {
        const kept = lines.filter((l) => !l.startsWith('Argocd-reference-commit-'));
        const head = paragraphs.slice(0, -1).join('\n\n');
        return `${head}\n\n${[...kept, ...trailers].join('\n')}\n`;
    }
    return `${text}\n\n${trailers.join('\n')}\n`;
}
/**
 * The reference a commit message carries, read as Argo CD reads it: the lines of the last
 * paragraph, a value dropped when it does not parse. Null when it names no commit.
 */
function parseReferenceCommit(message) {
    const paragraphs = message.replace(/\s+$/, '').split(/\n[ \t]*\n/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    const found = { sha: '', repoUrl: '', author: '', date: '', subject: '', body: '' };
    const byKey = new Map(ORDER.map((f) => [REFERENCE_TRAILERS[f], f]));
    for (const line of last.split('\n')) {
        const at = line.indexOf(': ');
        const field = at > 0 ? byKey.get(line.slice(0, at)) : undefined;
        if (!field)
            continue;
        const value = line.slice(at + 2).trim();
        found[field] = field === 'body' ? decodeBody(value) : trailerValue(field, value);
    }
    return found.sha ? found : null;
}
function decodeBody(value) {
    try {
        const body = JSON.parse(value);
        return typeof body === 'string' ? body : '';
    }
    catch {
        return '';
    }
}
/**
 * What is known, with the caller's overrides on top. Details known for another commit than the
 * final SHA are dropped (except the repository URL): a wrong author is worse than none.
 */
function mergeReference(known, overrides = {}) {
    const sha = overrides.sha ?? known?.sha ?? '';
    if (!sha)
        return null;
    const same = !known?.sha || known.sha === sha;
    const base = same ? (known ?? {}) : { repoUrl: known?.repoUrl };
    const pick = (f) => overrides[f] ?? base[f] ?? '';
    return {
        sha,
        repoUrl: pick('repoUrl'),
        author: pick('author'),
        date: pick('date'),
        subject: pick('subject'),
        body: pick('body'),
    };
}
/** Whether an API lookup could add anything: the author, date or subject is missing. */
function isIncomplete(reference) {
    return Boolean(reference && (!reference.author || !reference.date || !reference.subject));
}


/***/ }),

/***/ 9839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ BUMP_MANIFEST_INPUTS)
/* harmony export */ });
/** bump-manifest's input names: the hints' names when a request gives none. */
const BUMP_MANIFEST_INPUTS = {
    repository: 'repository',
    branch: 'branch',
    token: 'token',
    files: 'files',
    maxAttempts: 'max-attempts',
    createMissing: 'create-missing',
    key: 'key',
    digestKey: 'digest-key',
    mode: 'mode',
};


/***/ }),

/***/ 5280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XS: () => (/* reexport */ GitError),
  mx: () => (/* reexport */ auth_authEnv),
  tv: () => (/* reexport */ errors_gitFailure),
  DH: () => (/* reexport */ openBranch),
  pr: () => (/* reexport */ protectionHint)
});

// UNUSED EXPORTS: BareClone, GIT_INPUTS, Git, HttpBranch, LsRefsUnavailable, authorizationHeader, classify, isRejectedPush, lsRefs, protectionRules

;// CONCATENATED MODULE: ./packages/git/src/auth.ts
/**
 * Git credentials passed through the environment (GIT_CONFIG_COUNT/KEY/VALUE), never argv or
 * .git/config, so they cannot leak through `ps`, the clone left behind, or a remote URL.
 */
function auth_authEnv(url, token, base) {
    // The action's inputs stay out of git's environment: git reads none, one holds the token, and a
    // long one (an input of 130 KB) would make every spawn of git fail with E2BIG.
    const kept = Object.fromEntries(Object.entries(base).filter(([name]) => !/^INPUT_/i.test(name)));
    const env = {
        ...kept,
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        // A caller's GIT_TRACE_CURL or GIT_CURL_VERBOSE must not print the Authorization header.
        GIT_TRACE_REDACT: '1',
        // A server that accepts and then stalls (or never answers) ends the transfer after 30 s below
        // 1 KB/s, instead of holding the step until the job's own timeout. A caller's values win.
        GIT_HTTP_LOW_SPEED_LIMIT: base['GIT_HTTP_LOW_SPEED_LIMIT'] ?? '1000',
        GIT_HTTP_LOW_SPEED_TIME: base['GIT_HTTP_LOW_SPEED_TIME'] ?? '30',
    };
    const config = [
        ['commit.gpgsign', 'false'],
        ['core.hooksPath', '/dev/null'],
    ];
    const origin = httpOrigin(url);
    if (token && origin) {
        // Scoped to the server's origin so the header is never sent to another host.
        config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: ${authorizationHeader(token)}`]);
    }
    let index = Number(base['GIT_CONFIG_COUNT'] ?? 0) || 0;
    for (const [key, value] of config) {
        env[`GIT_CONFIG_KEY_${index}`] = key;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
        index++;
    }
    env['GIT_CONFIG_COUNT'] = String(index);
    return env;
}
function httpOrigin(url) {
    if (!/^https?:\/\//i.test(url))
        return null;
    return new URL(url).origin;
}
/** The Authorization value git sends for the token (GitHub's documented form for HTTPS git). */
function authorizationHeader(token) {
    return `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(612);
;// CONCATENATED MODULE: ./packages/git/src/errors.ts

// Checked in this order: a refused push often ends in "unexpected disconnect" too, and must still
// read as a refusal, not as a network failure worth retrying.
// Branch protection and rulesets come before auth: the token was fine, the branch's rules refused it.
const PATTERNS = [
    [
        'protected',
        /GH006|GH013|Protected branch update failed|protected branch hook declined|Repository rule violations|push declined due to repository rule violations|protected branch/i,
    ],
    [
        'auth',
        /Authentication failed|could not read (Username|Password)|terminal prompts disabled|returned error: 40[13]|HTTP 40[13]\b|Permission to \S+ denied|Permission denied|pre-receive hook declined/i,
    ],
    ['branch-not-found', /Remote branch .* not found|couldn't find remote ref|invalid refspec/i],
    [
        'not-found',
        /repository '.*' not found|does not appear to be a git repository|returned error: 404|HTTP 404\b/i,
    ],
    [
        'unreachable',
        /Could(?: not|n't) resolve (?:host|proxy)|Connection refused|Failed to connect|Couldn't connect to server|No route to host|Network is unreachable/i,
    ],
    [
        'network',
        /Empty reply from server|Operation too slow|unexpected disconnect|Connection reset|timed out|early EOF|RPC failed|returned error: 5\d\d|HTTP 5\d\d\b|remote end hung up|transfer closed|Recv failure|Send failure|SSL_read|TLS recv error|stream \d+ was not closed cleanly/i,
    ],
];
/** Sorts git's stderr into the few cases callers react to differently. */
function classify(stderr) {
    if (errors_isRejectedPush(stderr))
        return 'rejected';
    return PATTERNS.find(([, pattern]) => pattern.test(stderr))?.[0] ?? 'other';
}
/** The forms a lost push race takes; all mean "fetch the new tip and try again". */
function errors_isRejectedPush(text) {
    return (/\[rejected\].*\((fetch first|non-fast-forward|stale info)\)|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(text) ||
        // An atomic push refuses every ref with "atomic transaction failed"; only the server's own
        // message says that a ref was not at its expected value (another writer moved it).
        (/\[remote rejected\].*\(atomic (transaction|push) fail/i.test(text) &&
            /cannot lock ref .* but expected|incorrect old value/i.test(text)));
}
const errors_GIT_INPUTS = { repository: 'repository', branch: 'branch', token: 'token' };
class GitError extends src/* ActionError */.lZ {
    failure;
    constructor(operation, failure, cause, hint) {
        super(operation, cause, {
            hint,
            retryable: failure === 'network' || failure === 'rejected',
        });
        this.failure = failure;
        this.name = 'GitError';
    }
}
/** A push the server refused for one ref, in words no classification knows: the ref and the words. */
class RefRefused extends GitError {
    ref;
    words;
    constructor(operation, ref, words) {
        super(operation, 'other', `the server refused ${ref} (${(0,src/* shown */.SP)(words)})`);
        this.ref = ref;
        this.words = words;
    }
}
/** What a git command's failure says to a person: the case in words, git's own phrase, the fix. */
function errors_gitFailure(operation, stderr, ctx) {
    const failure = classify(stderr);
    const host = (0,src/* hostOf */.w4)(ctx.url);
    const phrase = keyPhrase(failure, stderr);
    const said = phrase ? ` (git: ${(0,src/* shown */.SP)(phrase)})` : '';
    const causes = {
        auth: `${host} refused the ${ctx.command === 'push' ? 'push' : 'token'}${said}`,
        protected: protectedCause(host, ctx.branch, stderr),
        unreachable: `could not reach ${host}${said}`,
        network: `the connection to ${host} failed${said}`,
    };
    const last = lastLines(stderr);
    const cause = causes[failure] ?? (last ? `git said ${(0,src/* shown */.SP)(last, { max: 300 })}` : `git ${ctx.command} failed`);
    return new GitError(operation, failure, cause, hintFor(failure, ctx, host));
}
function hintFor(failure, ctx, host) {
    const { repository, branch, token } = ctx.inputs;
    const where = (0,src/* displayUrl */.Qy)(ctx.url);
    switch (failure) {
        case 'auth':
            return ctx.command === 'push'
                ? `The token was refused for writing to ${where}: check the ${token} input. It needs contents: write on the GitOps repository (a GITHUB_TOKEN only reaches its own repository; use a GitHub App token or a fine-grained PAT), and branch protection on ${(0,src/* shown */.SP)(ctx.branch)} must let it push.`
                : `The token was refused for ${where}: check the ${token} input; it must be valid and have contents: read on the repository.`;
        case 'protected':
            return protectionHint(ctx.branch, where);
        case 'not-found':
            return `Check the ${repository} input and that the ${token} input's token can see ${where}.`;
        case 'branch-not-found':
            return `Check the ${branch} input: the branch must exist on ${where}.`;
        case 'unreachable':
            return `Check the ${repository} input: ${host} does not resolve or nothing listens there (a proxy or firewall may be in the way).`;
        case 'network':
            return `A network or server failure between here and ${host}; it was retried. If it persists, check the server's status and any proxy in between.`;
        default:
            return undefined;
    }
}
/**
 * A push refused by branch protection (GH006) or a ruleset (GH013), naming the rule the server gave:
 * GH006 lists it as `remote: error: <rule>`, GH013 as `remote: - <rule>`. The server's words are
 * quoted with shown(), never printed as they came.
 */
function protectedCause(host, branch, stderr) {
    const ruleset = /GH013|rule violations/i.test(stderr);
    const rules = protectionRules(stderr);
    const what = ruleset ? 'a repository ruleset' : 'branch protection';
    const code = ruleset ? 'GH013' : /GH006/.test(stderr) ? 'GH006' : '';
    const rule = rules.length > 0 ? `: ${(0,src/* shown */.SP)(rules.join(' '), { max: 300 })}` : '';
    return `${host} refused the push to ${(0,src/* shown */.SP)(branch)}: ${what}${code ? ` (${code})` : ''}${rule}`;
}
/** The rules a refused push names, without the heading lines. */
function protectionRules(stderr) {
    const rules = [];
    for (const raw of stderr.split('\n')) {
        const line = raw.replace(/\s+$/, '');
        const listed = /^remote: - (.+)$/.exec(line)?.[1];
        const error = /^remote: error: (.+)$/.exec(line)?.[1];
        if (listed)
            rules.push(listed.trim());
        else if (error && !/GH00\d|GH01\d/.test(error))
            rules.push(error.trim());
        else if (/^remote: GitLab: /.test(line))
            rules.push(line.slice('remote: GitLab: '.length).trim());
    }
    return rules;
}
/** The fix, without naming an input (the caller, which has a pull-request mode, names its own). */
function protectionHint(branch, where, prMode) {
    const instead = prMode ?? 'open a pull request instead of pushing';
    return `${(0,src/* shown */.SP)(branch)} of ${where} is protected and this token may not push to it: ${instead}, or allow the bot (the GitHub App or user behind the token) in the branch protection rule's or ruleset's bypass list. Retrying cannot help.`;
}
/** The words of git's stderr that made the classification, at most a line's end. */
function keyPhrase(failure, stderr) {
    const pattern = PATTERNS.find(([kind]) => kind === failure)?.[1];
    const match = pattern?.exec(stderr);
    if (!match)
        return '';
    const rest = stderr.slice(match.index).split('\n')[0] ?? '';
    return rest.trim();
}
function lastLines(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l &&
        !l.startsWith('hint:') &&
        !/^(Cloning into|remote: (Counting|Compressing|Enumerating|Total))/.test(l));
    return lines.slice(-3).join('; ');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/git/src/git.ts




/** One git work tree driven through the git CLI, with credentials only in the environment. */
class Git {
    dir;
    url;
    env;
    exec;
    log;
    branch;
    inputs;
    constructor(dir, url, env, exec, log, branch, inputs) {
        this.dir = dir;
        this.url = url;
        this.env = env;
        this.exec = exec;
        this.log = log;
        this.branch = branch;
        this.inputs = inputs;
    }
    /** Depth-1, blob-less, sparse clone: fetches one commit's trees and only the blobs under `folders`. */
    static async clone(opts) {
        const exec = opts.exec ?? defaultExec;
        const log = opts.log ?? silentLogger;
        const inputs = opts.inputs ?? GIT_INPUTS;
        refuseCredentials(opts.url, inputs);
        const env = authEnv(opts.url, opts.token, opts.env ?? process.env);
        await mkdir(opts.dir, { recursive: true });
        const git = new Git(opts.dir, opts.url, env, exec, log, opts.branch, inputs);
        await git.run('clone', `clone ${displayUrl(opts.url)} (branch ${opts.branch})`, [
            'clone',
            '--quiet',
            '--depth=1',
            '--filter=blob:none',
            '--no-checkout',
            '--single-branch',
            `--branch=${opts.branch}`,
            '--',
            opts.url,
            '.',
        ]);
        const folders = opts.folders.filter((f) => f !== '' && f !== '.');
        await git.run('sparse-checkout', 'set up the sparse checkout', [
            'sparse-checkout',
            'set',
            '--cone',
            '--',
            ...folders,
        ]);
        await git.run('checkout', `check out ${opts.branch}`, ['checkout', '--quiet', opts.branch]);
        return git;
    }
    async head() {
        return (await this.run('rev-parse', 'read HEAD', ['rev-parse', 'HEAD'])).trim();
    }
    /** Moves the work tree to the branch's current tip on the remote; returns the new HEAD. */
    async syncTo(branch) {
        await this.run('fetch', `fetch ${branch}`, [
            'fetch',
            '--quiet',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
        ]);
        await this.run('reset', `reset to origin/${branch}`, [
            'reset',
            '--quiet',
            '--hard',
            `refs/remotes/origin/${branch}`,
        ]);
        return this.head();
    }
    async diff() {
        return this.run('diff', 'compute the diff', ['diff', '--no-color', '--no-ext-diff']);
    }
    async commit(paths, message, author) {
        const identity = {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: author.name,
            GIT_COMMITTER_EMAIL: author.email,
        };
        // `commit -- <paths>` stages and commits in one process; this runs once per push attempt.
        await this.run('commit', 'commit', ['commit', '--quiet', '--no-verify', '--file=-', '--', ...paths], {
            input: message,
            env: identity,
        });
        return this.head();
    }
    /** Pushes HEAD to the branch; a lost race is a result, not an exception. */
    async push(branch) {
        const args = ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`];
        const result = await this.exec('git', args, { cwd: this.dir, env: this.env });
        const text = `${result.stdout}\n${result.stderr}`;
        if (result.code === 0)
            return { pushed: true };
        if (isRejectedPush(text))
            return { pushed: false, reason: rejectionReason(text) };
        throw this.error('push', `push to ${branch}`, result.stderr || result.stdout, branch);
    }
    /** Names of the entries of a folder at HEAD (works for folders outside the sparse cone too). */
    async listFolder(folder) {
        const spec = folder === '' || folder === '.' ? 'HEAD' : `HEAD:${folder}`;
        const result = await this.exec('git', ['ls-tree', '--name-only', spec], { cwd: this.dir, env: this.env });
        return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
    }
    async run(command, operation, args, extra = {}) {
        this.log.debug(`git ${args.map(shownArg).join(' ')}`);
        const env = extra.env ? { ...this.env, ...extra.env } : this.env;
        const result = await this.exec('git', args, { cwd: this.dir, env, input: extra.input });
        if (result.code !== 0)
            throw this.error(command, operation, result.stderr || result.stdout);
        return result.stdout;
    }
    error(command, operation, stderr, branch = this.branch) {
        return gitFailure(operation, stderr, { command, url: this.url, branch, inputs: this.inputs });
    }
}
/** URLs in a logged command line lose userinfo, query and fragment, where credentials hide. */
function shownArg(arg) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ? (0,src/* displayUrl */.Qy)(arg) : arg;
}
/**
 * Credentials in the URL would reach git's argv (visible in `ps`), `.git/config` and git's own
 * messages in encodings the runner does not mask; the token travels only as an extra header. A URL
 * that does not parse is refused unprinted: userinfo holding a `/` is one.
 */
function refuseCredentials(url, inputs) {
    const fix = `Give the ${inputs.repository} input without them and the token in the ${inputs.token} input.`;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new src/* ActionError */.lZ('clone the repository', 'the repository URL is not a valid URL', {
            hint: `Check the ${inputs.repository} input; a URL must not hold credentials. ${fix}`,
        });
    }
    if (parsed.username || parsed.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url)) {
        throw new src/* ActionError */.lZ('clone the repository', 'the repository URL holds credentials (user:token@)', {
            hint: fix,
        });
    }
}
function rejectionReason(text) {
    const match = /\[(remote )?rejected\][^\n]*/.exec(text);
    return match ? match[0].trim() : 'rejected';
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/git/src/smart-http.ts
// Git's smart HTTP protocol spoken from Node (gitprotocol-http, gitprotocol-common): pkt-lines,
// side-band demultiplexing and the requests themselves. A bump then costs the server its requests
// and this process nothing but a few sockets: no git, no git-remote-http, no pack on disk.
// Anything the server answers that is not what the protocol says is an Unavailable, and the caller
// goes back to the git CLI, which speaks every dialect and honours every git setting.




/** The server or the network did not speak the expected protocol; say why, never with a credential. */
class SmartHttpUnavailable extends Error {
}
/** An HTTP status other than 200, or a network failure, in the words git's own messages use. */
class SmartHttpFailure extends Error {
    gitText;
    constructor(gitText, message) {
        super(message);
        this.gitText = gitText;
    }
}
const DEFAULT_IDLE_MS = 30_000;
const DEFAULT_DEADLINE_MS = 300_000;
/** Some hosts serve the smart protocol only to a git client's agent. */
const USER_AGENT = 'git/2.0 (gitops-actions)';
/** A depth-1, blob-less pack of a large GitOps repository is a few MB; far more is not one. */
const MAX_ANSWER_BYTES = 512 * 1024 * 1024;
const FLUSH = Buffer.from('0000');
const DELIM = Buffer.from('0001');
function pktLine(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    return Buffer.concat([Buffer.from((bytes.length + 4).toString(16).padStart(4, '0')), bytes]);
}
/** A request body: pkt-lines, with `null` for a delim-pkt and a flush-pkt at the end. */
function pktRequest(lines, tail) {
    const parts = lines.map((line) => (line === null ? DELIM : pktLine(line)));
    return Buffer.concat([...parts, FLUSH, ...(tail ? [tail] : [])]);
}
/** Splits `buf` into packets; a length that does not parse or runs past the end is Unavailable. */
function readPackets(buf) {
    const packets = [];
    let at = 0;
    while (at < buf.length) {
        const head = buf.subarray(at, at + 4).toString('latin1');
        if (!/^[0-9a-f]{4}$/.test(head))
            throw new SmartHttpUnavailable(`not a pkt-line at byte ${at}`);
        const length = Number.parseInt(head, 16);
        if (length === 3)
            throw new SmartHttpUnavailable(`an invalid pkt-line length at byte ${at}`);
        if (length < 4) {
            packets.push({ kind: length === 0 ? 'flush' : length === 1 ? 'delim' : 'end' });
            at += 4;
            continue;
        }
        // Cut short: git calls that an early EOF, a network failure worth retrying.
        if (at + length > buf.length)
            throw new SmartHttpFailure('early EOF', 'the answer ends inside a pkt-line');
        packets.push({ kind: 'data', data: buf.subarray(at + 4, at + length) });
        at += length;
    }
    return packets;
}
/** A data packet as text without its newline. */
function packetText(packet) {
    return packet.kind === 'data' ? packet.data.toString('utf8').replace(/\n$/, '') : '';
}
/**
 * Side-band-64k: band 1 is the payload, band 2 the server's messages (a hook's words), band 3 a
 * fatal error. The messages are returned, never printed: they are outside text.
 */
function demultiplex(packets) {
    const payload = [];
    let messages = '';
    for (const packet of packets) {
        if (packet.kind !== 'data')
            continue;
        const band = packet.data[0];
        const body = packet.data.subarray(1);
        if (band === 1)
            payload.push(body);
        else if (band === 2)
            messages += body.toString('utf8');
        else if (band === 3)
            throw new SmartHttpFailure(`remote: ${body.toString('utf8')}`, 'the server failed');
        else
            throw new SmartHttpUnavailable(`side-band ${String(band)} is not one of 1, 2, 3`);
    }
    return { payload: Buffer.concat(payload), messages };
}
/** git's `remote: ` prefix on each of the server's lines, as its classification patterns expect. */
function remoteLines(messages) {
    return messages
        .split(/\r?\n|\r/)
        .filter((line) => line.trim() !== '')
        .map((line) => `remote: ${line}`)
        .join('\n');
}
/** Refuses, before any request, what Node's http would do differently from git. */
function serviceUrl(opts, path) {
    const target = new URL(opts.url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw new SmartHttpUnavailable(`${target.protocol} is not http(s)`);
    }
    if (target.username || target.password)
        throw new SmartHttpUnavailable('the URL holds credentials');
    const env = opts.env ?? process.env;
    const setting = leftToGit(target, env);
    if (setting)
        throw new SmartHttpUnavailable(`${setting} is set; git honours it, Node's http does not`);
    target.pathname = `${target.pathname.replace(/\/+$/, '')}/${path}`;
    return target;
}
/** Throws SmartHttpUnavailable when requests to `opts.url` are git's to make, not this process's. */
function checkForNode(opts) {
    serviceUrl(opts, '');
}
/** Proxies (curl's names) and git's TLS settings: with any of them the network is git's to use. */
function leftToGit(target, env) {
    const proxies = target.protocol === 'https:'
        ? ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']
        : ['http_proxy', 'all_proxy', 'ALL_PROXY'];
    const tls = ['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', 'GIT_SSL_NO_VERIFY', 'GIT_SSL_CERT'];
    return [...proxies, ...(target.protocol === 'https:' ? tls : [])].find((name) => (env[name] ?? '') !== '');
}
/**
 * One POST of `body` to a git service (stateless: no ref advertisement is read first). The token
 * travels only in the Authorization header; redirects are not followed, so it never goes elsewhere.
 */
function gitRequest(opts, service, req) {
    const target = serviceUrl(opts, service);
    const headers = {
        Accept: `application/x-${service}-result`,
        'User-Agent': USER_AGENT,
        'Content-Type': `application/x-${service}-request`,
        'Content-Length': req.body.length,
    };
    if (req.protocolV2)
        headers['Git-Protocol'] = 'version=2';
    if (opts.token)
        headers['Authorization'] = authorizationHeader(opts.token);
    return send(target, 'POST', headers, req.body, {
        type: `application/x-${service}-result`,
        idleMs: opts.idleTimeoutMs ?? DEFAULT_IDLE_MS,
        deadlineMs: opts.deadlineMs ?? DEFAULT_DEADLINE_MS,
    });
}
function send(target, method, headers, body, expect) {
    const where = (0,src/* displayUrl */.Qy)(target.toString());
    const client = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const signal = AbortSignal.timeout(expect.deadlineMs);
        const req = client.request(target, { method, headers, signal }, (res) => {
            // git's remote-curl compares the media type alone: `; charset=…` may follow.
            const type = String(res.headers['content-type'] ?? '')
                .split(';')[0]
                ?.trim()
                .toLowerCase();
            if (res.statusCode !== 200) {
                res.resume();
                const status = res.statusCode ?? 0;
                reject(new SmartHttpFailure(`The requested URL returned error: ${status}`, `${where} answered ${status}`));
                return;
            }
            if (type !== expect.type) {
                res.resume();
                reject(new SmartHttpUnavailable(`${where} answered ${type || '(no type)'}, not ${expect.type}`));
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_ANSWER_BYTES)
                    req.destroy(new SmartHttpUnavailable(`${where} answered over 512 MB`));
                else
                    chunks.push(chunk);
            });
            res.on('end', () => resolve(Buffer.concat(chunks)));
            res.on('error', (error) => reject(failureOf(error, where)));
        });
        // An idle deadline, like git's low-speed limit: a large answer may take long, a stalled one not.
        req.setTimeout(expect.idleMs, () => req.destroy(new SmartHttpFailure('Operation too slow', `${where} stalled`)));
        req.on('error', (error) => reject(failureOf(error, where)));
        req.end(body);
    });
}
/** kit's reading of a request error, in the phrases git's failure classification reads. */
function failureOf(error, where) {
    if (error instanceof SmartHttpUnavailable || error instanceof SmartHttpFailure)
        return error;
    const { code, reason } = (0,src/* networkFailure */.rd)(error);
    if (/CERT|SSL|TLS/i.test(code)) {
        return new SmartHttpUnavailable(`${where} ${reason}; git's TLS settings decide`);
    }
    const host = new URL(where).host;
    const text = code === 'TIMEOUT'
        ? 'Operation timed out'
        : ['ENOTFOUND', 'EAI_NONAME', 'EAI_AGAIN'].includes(code)
            ? `Could not resolve host: ${new URL(where).hostname}`
            : ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)
                ? `Failed to connect to ${host} (${code})`
                : `Connection reset (${code || error.name})`;
    return new SmartHttpFailure(text, `${where} ${reason}`);
}

;// CONCATENATED MODULE: ./packages/git/src/ls-refs.ts
// A look at a remote's refs without spawning git: one protocol-v2 `ls-refs` request over smart
// HTTP (gitprotocol-v2, gitprotocol-http), answered by one upload-pack on the server. A `git
// fetch` of the same refs costs the client git, git-remote-http and for-each-ref, and the server
// an info/refs exchange besides. Any answer that is not a clean v2 listing is an LsRefsUnavailable:
// the caller then looks with git, which speaks whatever the server does.

/** The server or the network did not give a v2 listing. */

const LOOK_DEADLINE_MS = 15_000;
const REF_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)(?: .*)?$/s;
/** The refs under `prefixes`, by name; throws LsRefsUnavailable for anything but a v2 listing. */
async function lsRefs(opts) {
    return listRefs(opts).catch((error) => {
        // For a look, any failure means "ask git": it retries, and words the failure itself.
        throw error instanceof SmartHttpFailure ? new SmartHttpUnavailable(error.message) : error;
    });
}
/** lsRefs, with a status or network failure thrown as the SmartHttpFailure it is. */
async function listRefs(opts) {
    const body = pktRequest(['command=ls-refs\n', null, ...opts.prefixes.map((p) => `ref-prefix ${p}\n`)]);
    // A look is small and frequent: it gets a short deadline unless the caller set one.
    const answer = await gitRequest({ deadlineMs: LOOK_DEADLINE_MS, ...opts }, 'git-upload-pack', {
        body,
        protocolV2: true,
    });
    const packets = readPackets(answer);
    const end = packets.findIndex((p) => p.kind !== 'data');
    const tail = packets.slice(end + 1).map((p) => p.kind);
    if (end < 0 || packets[end]?.kind !== 'flush' || tail.some((kind) => kind !== 'end')) {
        throw new SmartHttpUnavailable(`not a protocol v2 listing (${answer.length} bytes)`);
    }
    const refs = new Map();
    for (const packet of packets.slice(0, end)) {
        const line = packetText(packet);
        const match = REF_LINE.exec(line);
        if (!match) {
            throw new SmartHttpUnavailable(`unexpected line in the listing: ${JSON.stringify(line.slice(0, 60))}`);
        }
        const [, oid = '', ref = ''] = match;
        // ref-prefix is an optimization a server may ignore (gitprotocol-v2): filter here too.
        if (opts.prefixes.some((p) => ref.startsWith(p)))
            refs.set(ref, oid);
    }
    return refs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/git/src/objects.ts
// Git's object format (gitformat-*, `git hash-object`): what a commit, a tree and a blob are as
// bytes, and their ids. Enough to read a tip's trees and to write one commit that replaces files.

const ZERO_OID = '0'.repeat(40);
/** The id git gives an object, in the repository's hash: SHA-1, or SHA-256's 64 digits. */
function objectId(type, data, digits = 40) {
    const hash = (0,external_node_crypto_.createHash)(digits === 64 ? 'sha256' : 'sha1');
    return hash.update(`${type} ${data.length}\0`).update(data).digest('hex');
}
/** Entries in stored order (git's order, which replacing an entry's id keeps). */
function parseTree(data) {
    const entries = [];
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const nul = data.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 21 > data.length)
            throw new Error('a tree object is truncated');
        entries.push({
            mode: data.subarray(at, space).toString('latin1'),
            name: data.subarray(space + 1, nul).toString('latin1'),
            oid: data.subarray(nul + 1, nul + 21).toString('hex'),
        });
        at = nul + 21;
    }
    return entries;
}
function treeData(entries) {
    return Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`, 'latin1'), Buffer.from(e.oid, 'hex')]));
}
/** The tree a commit records (its first header line). */
function commitTree(data) {
    const match = /^tree ([0-9a-f]{40})\n/.exec(data.subarray(0, 46).toString('latin1'));
    if (!match?.[1])
        throw new Error('a commit object has no tree');
    return match[1];
}
/** `ls-tree`'s type for a mode. */
function typeOfMode(mode) {
    if (mode === '40000' || mode === '040000')
        return 'tree';
    if (mode === '160000')
        return 'commit';
    return 'blob';
}
/** ls-tree prints tree modes with six digits; trees store `40000`. */
function displayMode(mode) {
    return mode.padStart(6, '0');
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/git/src/pack.ts
// Packfiles (gitformat-pack): reading the one a fetch answers, deltas included, and writing the one
// a push sends. Every object read is hashed: an id names exactly the bytes it came with.



const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const CODES = { commit: 1, tree: 2, blob: 3, tag: 4 };
const OFS_DELTA = 6;
const REF_DELTA = 7;
class PackError extends Error {
}
/** Far beyond any manifest or tree: a header claiming more is refused, not allocated. */
const MAX_OBJECT_BYTES = 256 * 1024 * 1024;
/**
 * The objects of a pack, by id. A REF_DELTA's base may be one the caller already holds
 * (`known`); an OFS_DELTA's is earlier in the same pack.
 */
function readPack(pack, known) {
    return new Map(packObjects(pack, known));
}
/**
 * The objects of a pack in its order, inflated and hashed only as far as they are asked for: a
 * branch's trees come in traversal order, so the few a bump reads are found before most others.
 */
function* packObjects(pack, known) {
    if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK')
        throw new PackError('not a packfile');
    const version = pack.readUInt32BE(4);
    if (version !== 2 && version !== 3)
        throw new PackError(`pack version ${version}`);
    const body = pack.subarray(0, pack.length - 20);
    if ((0,external_node_crypto_.createHash)('sha1').update(body).digest('hex') !== pack.subarray(body.length).toString('hex')) {
        throw new PackError('the pack checksum does not match');
    }
    const objects = new Map();
    const byOffset = new Map();
    let at = 12;
    for (let i = pack.readUInt32BE(8); i > 0; i--) {
        const entry = readEntry(body, at);
        const base = entry.code === OFS_DELTA
            ? byOffset.get(entry.base)
            : entry.code === REF_DELTA
                ? (objects.get(entry.base) ?? known(entry.base))
                : undefined;
        const { data, end } = inflate(body, entry.dataAt, entry.size);
        at = end;
        let object;
        if (entry.code === OFS_DELTA || entry.code === REF_DELTA) {
            if (!base)
                throw new PackError(`the delta at byte ${entry.start} has no base in the pack`);
            object = { type: base.type, data: applyDelta(base.data, data) };
        }
        else {
            object = { type: TYPES[entry.code], data };
        }
        const oid = objectId(object.type, object.data);
        byOffset.set(entry.start, object);
        objects.set(oid, object);
        yield [oid, object];
    }
    if (at !== body.length)
        throw new PackError('bytes after the last object');
}
/** One entry's header: its type, inflated size, delta base (an offset or an id) and data. */
function readEntry(pack, start) {
    let at = start;
    let byte = pack[at++] ?? 0;
    const code = (byte >> 4) & 7;
    let size = byte & 15;
    for (let shift = 4; byte & 0x80; shift += 7) {
        byte = pack[at++] ?? 0;
        size += (byte & 0x7f) * 2 ** shift;
    }
    if (size > MAX_OBJECT_BYTES)
        throw new PackError(`an object of ${size} bytes at byte ${start}`);
    let base;
    if (code === OFS_DELTA) {
        byte = pack[at++] ?? 0;
        let offset = byte & 0x7f;
        while (byte & 0x80) {
            byte = pack[at++] ?? 0;
            offset = (offset + 1) * 128 + (byte & 0x7f);
        }
        base = start - offset;
    }
    else if (code === REF_DELTA) {
        base = pack.subarray(at, at + 20).toString('hex');
        at += 20;
    }
    else if (!TYPES[code]) {
        throw new PackError(`object type ${code} at byte ${start}`);
    }
    return { start, code, size, base, dataAt: at };
}
/** One zlib stream at `at`, which must inflate to `size` bytes; returns where it ended. */
function inflate(pack, at, size) {
    try {
        // The output's size is known: one buffer of it, not a 16 KiB chunk per object (3,000 trees
        // of a large repository would allocate 48 MB and keep the collector busy).
        const { buffer, engine } = (0,external_node_zlib_.inflateSync)(pack.subarray(at), {
            info: true,
            chunkSize: Math.max(64, size + 1),
            maxOutputLength: size + 1,
        });
        if (buffer.length !== size)
            throw new PackError(`object at byte ${at} is not its stated size`);
        return { data: buffer, end: at + engine.bytesWritten };
    }
    catch (error) {
        if (error instanceof PackError)
            throw error;
        throw new PackError(`object at byte ${at} does not inflate (${error.message})`);
    }
}
function varint(delta, from) {
    let value = 0;
    let at = from;
    for (let shift = 0;; shift += 7) {
        const byte = delta[at++] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        if (!(byte & 0x80))
            return [value, at];
    }
}
/** gitformat-pack's delta: the result's size, then copies from the base and literal inserts. */
function applyDelta(base, delta) {
    const [baseSize, afterBase] = varint(delta, 0);
    const [size, start] = varint(delta, afterBase);
    if (baseSize !== base.length)
        throw new PackError('a delta does not fit its base');
    if (size > MAX_OBJECT_BYTES)
        throw new PackError(`a delta makes an object of ${size} bytes`);
    const out = Buffer.allocUnsafe(size);
    let written = 0;
    let at = start;
    while (at < delta.length) {
        const op = delta[at++] ?? 0;
        if (op & 0x80) {
            let offset = 0;
            let length = 0;
            for (let bit = 0; bit < 4; bit++)
                if (op & (1 << bit))
                    offset += (delta[at++] ?? 0) * 2 ** (8 * bit);
            for (let bit = 0; bit < 3; bit++)
                if (op & (16 << bit))
                    length += (delta[at++] ?? 0) << (8 * bit);
            if (length === 0)
                length = 0x10000;
            if (offset + length > base.length || written + length > size)
                throw new PackError('a delta copies out of range');
            base.copy(out, written, offset, offset + length);
            written += length;
        }
        else if (op > 0) {
            if (at + op > delta.length || written + op > size)
                throw new PackError('a delta inserts out of range');
            delta.copy(out, written, at, at + op);
            written += op;
            at += op;
        }
        else {
            throw new PackError('a delta holds the reserved instruction 0');
        }
    }
    if (written !== size)
        throw new PackError('a delta does not produce its stated size');
    return out;
}
/** A version-2 pack of whole objects (no deltas: a bump's few objects are small). */
function writePack(objects) {
    const header = Buffer.alloc(12);
    header.write('PACK', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(objects.length, 8);
    const parts = [header];
    for (const object of objects) {
        let size = object.data.length;
        const head = [(CODES[object.type] << 4) | (size & 15)];
        size = Math.floor(size / 16);
        while (size > 0) {
            head[head.length - 1] = (head.at(-1) ?? 0) | 0x80;
            head.push(size & 0x7f);
            size = Math.floor(size / 128);
        }
        parts.push(Buffer.from(head), (0,external_node_zlib_.deflateSync)(object.data));
    }
    const body = Buffer.concat(parts);
    return Buffer.concat([body, (0,external_node_crypto_.createHash)('sha1').update(body).digest()]);
}

;// CONCATENATED MODULE: ./packages/git/src/plumbing.ts
// A branch's tip without a work tree: a bare, depth-1, blob-less clone whose blobs are fetched by
// id only for the files read, and whose commits are built by one `git fast-import` (measured: one
// process, 40% cheaper than read-tree/update-index/write-tree/commit-tree on a temporary index).
// Nothing is ever checked out, so a retry after a lost race costs one fetch of the new tip.







const TIP_REF = 'refs/gitops-actions/tip';
const SEEN = 'refs/gitops-actions/seen';
/** One branch of a remote repository, read and written with plumbing only. */
class BareClone {
    dir;
    url;
    env;
    exec;
    log;
    branch;
    inputs;
    token;
    /** Set once a look over HTTP failed: later looks go through git at once. */
    lsRefsFailed = false;
    constructor(dir, url, env, exec, log, branch, inputs, token) {
        this.dir = dir;
        this.url = url;
        this.env = env;
        this.exec = exec;
        this.log = log;
        this.branch = branch;
        this.inputs = inputs;
        this.token = token;
    }
    /** Fetches the branch's tip commit and its trees, no blob and no checkout. */
    static async clone(opts) {
        const inputs = opts.inputs ?? errors_GIT_INPUTS;
        refuseCredentials(opts.url, inputs);
        const env = auth_authEnv(opts.url, opts.token, opts.env ?? process.env);
        await (0,promises_.mkdir)(opts.dir, { recursive: true });
        const exec = opts.exec ?? src/* exec */.m0;
        const repo = new BareClone(opts.dir, opts.url, env, exec, opts.log ?? src/* silentLogger */.qq, opts.branch, inputs, opts.token);
        await repo.run('clone', `clone ${(0,src/* displayUrl */.Qy)(opts.url)} (branch ${opts.branch})`, [
            'clone',
            '--quiet',
            '--bare',
            '--depth=1',
            '--filter=blob:none',
            '--single-branch',
            `--branch=${opts.branch}`,
            '--',
            opts.url,
            '.',
        ]);
        await repo.run('update-ref', 'record the tip', ['update-ref', TIP_REF, `refs/heads/${opts.branch}`]);
        return repo;
    }
    /** The tip fetched last. */
    async tip() {
        return (await this.run('rev-parse', 'read the tip', ['rev-parse', '--verify', TIP_REF])).trim();
    }
    /** Fetches the branch's current tip (its new commit and changed trees only); returns its sha. */
    async fetchTip(seen) {
        // A look through git fetched what it listed: that tip is here already.
        if (seen !== undefined && seen === (await this.tip()))
            return seen;
        await this.run('fetch', `fetch ${this.branch}`, [
            'fetch',
            '--quiet',
            '--no-tags',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+refs/heads/${this.branch}:${TIP_REF}`,
        ]);
        return this.tip();
    }
    /**
     * Fetches the branch's tip and the refs under `prefix` in one fetch (`ref-prefix`ed, so the
     * server lists only those, unlike ls-remote's patterns), mirrored locally with deletions pruned.
     * Refs under `prefix` should point at blobs: a commit's trees would be fetched with it.
     */
    async fetchTipAndRefs(prefix) {
        await this.run('fetch', `fetch ${this.branch}`, [
            'fetch',
            '--quiet',
            '--no-tags',
            '--prune',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+refs/heads/${this.branch}:${TIP_REF}`,
            `+${prefix}/*:${SEEN}/*`,
        ]);
        const out = await this.run('for-each-ref', 'list the fetched refs', [
            'for-each-ref',
            '--format=%(objectname) %(refname)',
            TIP_REF,
            `${SEEN}/`,
        ]);
        let tip = '';
        const refs = new Map();
        for (const line of out.split('\n')) {
            const [sha = '', ref = ''] = line.split(' ');
            if (ref === TIP_REF)
                tip = sha;
            else if (ref.startsWith(`${SEEN}/`))
                refs.set(`${prefix}/${ref.slice(SEEN.length + 1)}`, sha);
        }
        return { tip, refs };
    }
    /**
     * The branch's tip and the refs under `prefix` as the server has them now. One protocol-v2
     * ls-refs request, no git process, when the server speaks it over HTTP (the tip is then not
     * fetched: `fetched` false); otherwise, and from then on, fetchTipAndRefs.
     */
    async lookRefs(prefix) {
        if (!this.lsRefsFailed) {
            try {
                return await this.listRefs(prefix);
            }
            catch (error) {
                if (!(error instanceof SmartHttpUnavailable))
                    throw error;
                this.lsRefsFailed = true;
                this.log.debug(`Looking at the refs with git fetch instead: ${(0,src/* shown */.SP)(error.message, { max: 300 })}`);
            }
        }
        return { ...(await this.fetchTipAndRefs(prefix)), fetched: true };
    }
    async listRefs(prefix) {
        const head = `refs/heads/${this.branch}`;
        const found = await lsRefs({
            url: this.url,
            token: this.token,
            prefixes: [`${prefix}/`, head],
            env: this.env,
        });
        const tip = found.get(head);
        if (!tip)
            throw new SmartHttpUnavailable(`the listing has no ${head}`);
        const refs = new Map([...found].filter(([ref]) => ref.startsWith(`${prefix}/`)));
        return { tip, refs, fetched: false };
    }
    /** Stores a blob in the local repository (pushed along with a ref that points at it); returns its id. */
    async writeBlob(text) {
        const out = await this.run('hash-object', 'store a blob', ['hash-object', '-w', '--stdin'], {
            input: text,
        });
        return out.trim();
    }
    /** The entries of `paths` in `commit`'s tree; a path that is not there has none. */
    async entries(commit, paths) {
        const out = await this.run('ls-tree', 'list the files', [
            'ls-tree',
            '-z',
            '--full-tree',
            commit,
            '--',
            ...paths,
        ]);
        const found = new Map();
        for (const record of out.split('\0')) {
            const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
            if (match)
                found.set(match[4] ?? '', { mode: match[1] ?? '', type: match[2] ?? '', oid: match[3] ?? '' });
        }
        return found;
    }
    /** Names of the entries of a folder at `commit`. */
    async listFolder(commit, folder) {
        const spec = folder === '' || folder === '.' ? commit : `${commit}:${folder}`;
        const result = await this.exec('git', ['ls-tree', '--name-only', spec], { cwd: this.dir, env: this.env });
        return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
    }
    /**
     * The texts of blobs: the missing ones fetched from the remote by id in one request (what a
     * lazy fetch does per object), then all read by one `cat-file --batch`.
     */
    async readBlobs(oids) {
        const texts = new Map();
        if (oids.length === 0)
            return texts;
        await this.run('fetch', 'fetch the files', [
            '-c',
            'fetch.negotiationAlgorithm=noop',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--filter=blob:none',
            '--stdin',
            'origin',
        ], { input: oids.map((oid) => `${oid}\n`).join('') });
        const result = await this.exec('git', ['cat-file', '--batch'], {
            cwd: this.dir,
            env: this.env,
            input: oids.map((oid) => `${oid}\n`).join(''),
        });
        if (result.code !== 0)
            throw this.error('cat-file', 'read the files', result.stderr);
        return parseBatch(result.stdout, texts);
    }
    /** Writes one commit on `parent` changing `files`, without a work tree or an index; returns its sha. */
    async commit(parent, files, message, author) {
        const who = `${identity(author.name)} <${identity(author.email)}> now`;
        const data = (text) => `data ${Buffer.byteLength(text)}\n${text}`;
        const stream = [
            'feature done',
            'commit refs/gitops-actions/commit',
            'mark :1',
            `author ${who}`,
            `committer ${who}`,
            data(cleanMessage(message)),
            `from ${parent}`,
            ...files.map((f) => `M ${f.mode} inline ${quotePath(f.path)}\n${data(f.text)}`),
            'get-mark :1',
            'done',
            '',
        ].join('\n');
        const out = await this.run('fast-import', 'commit', ['fast-import', '--quiet', '--force', '--date-format=now'], {
            input: stream,
        });
        return out.trim();
    }
    /** One push of several ref updates; `atomic` applies all or none. A lost race is a result. */
    async push(updates, opts = {}) {
        const leases = updates
            .filter((u) => u.lease !== undefined)
            .map((u) => `--force-with-lease=${u.dst}:${u.lease}`);
        const args = ['push', '--porcelain', ...(opts.atomic ? ['--atomic'] : []), ...leases, 'origin'];
        args.push(...updates.map((u) => `${u.src}:${u.dst}`));
        this.log.debug(`git ${args.map(shownArg).join(' ')}`);
        const result = await this.exec('git', args, { cwd: this.dir, env: this.env });
        if (result.code === 0)
            return { pushed: true };
        return pushOutcome(result.stdout, result.stderr, this.context('push'));
    }
    async run(command, operation, args, extra = {}) {
        this.log.debug(`git ${args.map(shownArg).join(' ')}`);
        const result = await this.exec('git', args, { cwd: this.dir, env: this.env, input: extra.input });
        if (result.code !== 0)
            throw this.error(command, operation, result.stderr || result.stdout);
        return result.stdout;
    }
    error(command, operation, stderr) {
        return errors_gitFailure(operation, stderr, this.context(command));
    }
    context(command) {
        return { command, url: this.url, branch: this.branch, inputs: this.inputs };
    }
}
/**
 * A push's porcelain and messages as a result: a lost race (another writer moved a ref, or a
 * lease no longer holds) is one; any other refusal is the GitError naming the ref and why.
 */
function pushOutcome(stdout, stderr, ctx) {
    const text = `${stdout}\n${stderr}`;
    if (errors_isRejectedPush(text)) {
        return { pushed: false, reason: rejectionReason(text) };
    }
    const failure = errors_gitFailure(`push to ${ctx.branch}`, stderr || stdout, ctx);
    // git's last line ("failed to push some refs") says nothing; the refused ref and why do.
    const refused = /^!\t[^\t]*:([^\t\n]+)\t\[remote rejected\] \((.*)\)$/m.exec(stdout);
    if (failure.failure !== 'other' || !refused)
        throw failure;
    throw new RefRefused(failure.operation, refused[1] ?? '', refused[2] ?? '');
}
/** `cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object, `<oid> missing` for none. */
function parseBatch(stdout, texts) {
    const bytes = Buffer.from(stdout, 'utf8');
    let at = 0;
    while (at < bytes.length) {
        const eol = bytes.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const [oid = '', type = '', size = ''] = bytes.subarray(at, eol).toString('utf8').split(' ');
        at = eol + 1;
        if (type === 'missing' || size === '')
            continue;
        const length = Number(size);
        const text = bytes.subarray(at, at + length).toString('utf8');
        // exec decodes git's output as UTF-8: a blob that is not UTF-8 comes back changed (and shifts
        // every blob after it), and editing it would rewrite bytes nobody asked to change.
        if (bytes[at + length] !== 0x0a || objectId('blob', Buffer.from(text, 'utf8'), oid.length) !== oid) {
            throw new src/* ActionError */.lZ('read the files', `the blob ${oid.slice(0, 12)} is not UTF-8 text`, {
                hint: 'Only text files can be bumped; check the files input.',
            });
        }
        texts.set(oid, text);
        at += length + 1;
    }
    return texts;
}
/** The message as `git commit` stores it (cleanup=whitespace): no trailing spaces or blank edges, one newline. */
function cleanMessage(message) {
    const lines = message.split(/\r?\n/).map((line) => line.trimEnd());
    const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
    while (kept[0] === '')
        kept.shift();
    while (kept.at(-1) === '')
        kept.pop();
    return `${kept.join('\n')}\n`;
}
/** fast-import ends an identity at `<`/`>` and a command at a newline: those cannot be in one. */
function identity(value) {
    return value.replace(/[<>\n\r]/g, '').trim();
}
/** fast-import reads a path with a space or a leading quote only in C-style quotes. */
function quotePath(p) {
    if (!/[\s"\\]/.test(p) && !/[^\x20-\x7e]/.test(p))
        return p;
    return `"${Buffer.from(p, 'utf8')
        .toString('latin1')
        .replace(/["\\]/g, (c) => `\\${c}`)
        .replace(/[^\x20-\x7e]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

;// CONCATENATED MODULE: ./packages/git/src/http-branch.ts
// A branch read and written over smart HTTP from this process: the tip by ls-refs, its commit and
// trees by one depth-1 blob-less fetch held in memory, the files read by one fetch of their blobs,
// the commit built here, and the push one receive-pack request. A bump then starts no git process
// at all; measured on the bench, that is most of a bump's CPU and a third of its wall time.
// A server, network or setting this does not handle at open is left to BareClone and the git CLI.








/** Opens the branch over HTTP from Node, or, when that is not possible here, with git. */
async function openBranch(opts) {
    refuseCredentials(opts.url, opts.inputs ?? errors_GIT_INPUTS);
    try {
        return await HttpBranch.open(opts);
    }
    catch (error) {
        // git decides whatever went wrong: it words every failure its own way and honours settings
        // Node does not read (a proxy or CA in git's config, url.insteadOf), so a network this process
        // cannot reach may still be git's to reach.
        (opts.log ?? src/* silentLogger */.qq).debug(`Reading ${(0,src/* displayUrl */.Qy)(opts.url)} with git instead: ${(0,src/* shown */.SP)(error.message, { max: 300 })}`);
        return BareClone.clone(opts);
    }
}
class HttpBranch {
    http;
    branch;
    inputs;
    objects = new Map();
    /** Fetched packs not yet read to their end, newest last: read on when an object is not found. */
    unread = [];
    /** Objects made here and not known to be on the server, by the id a push would send them for. */
    made = new Map();
    fetched = '';
    opened;
    constructor(http, branch, inputs) {
        this.http = http;
        this.branch = branch;
        this.inputs = inputs;
    }
    static async open(opts) {
        const http = { url: opts.url, token: opts.token, env: opts.env ?? process.env };
        // A URL left to git runs nothing alongside: its work would only fail.
        checkForNode(http);
        const repo = new HttpBranch(http, opts.branch, opts.inputs ?? errors_GIT_INPUTS);
        // Both are waited for even when the reading fails: a ticket pushed after its owner gave up on
        // this branch would outlive it.
        const alongside = Promise.resolve(opts.alongside?.(repo));
        const reading = (async () => {
            // The refs a caller watches (a queue's tickets) come in the same listing as the tip.
            const { tip, refs } = await repo.look(opts.watch);
            await repo.fetchCommit(tip, '');
            if (opts.watch)
                repo.opened = refs;
        })();
        const done = await Promise.allSettled([reading, alongside]);
        for (const result of done)
            if (result.status === 'rejected')
                throw result.reason;
        return repo;
    }
    get head() {
        return `refs/heads/${this.branch}`;
    }
    tip() {
        return Promise.resolve(this.fetched);
    }
    /** The branch's tip now, or `seen` (a look's), with its new trees: only those, given the old tip. */
    async fetchTip(seen) {
        const tip = seen ?? (await this.look()).tip;
        if (tip !== this.fetched)
            await this.fetchCommit(tip, this.fetched);
        return tip;
    }
    async lookRefs(prefix) {
        return { ...(await this.look(prefix)), fetched: false };
    }
    writeBlob(text) {
        const made = [];
        const oid = this.store({ type: 'blob', data: Buffer.from(text, 'utf8') }, made);
        this.made.set(oid, made);
        return Promise.resolve(oid);
    }
    entries(commit, paths) {
        const found = new Map();
        for (const path of paths) {
            const parts = path.split('/');
            const name = parts.pop() ?? '';
            const folder = this.folder(commit, parts);
            const entry = folder?.find((e) => e.name === bytesOf(name));
            if (entry)
                found.set(path, { mode: displayMode(entry.mode), type: typeOfMode(entry.mode), oid: entry.oid });
        }
        return Promise.resolve(found);
    }
    listFolder(commit, folder) {
        const parts = folder === '' || folder === '.' ? [] : folder.split('/');
        return Promise.resolve((this.folder(commit, parts) ?? []).map((e) => Buffer.from(e.name, 'latin1').toString('utf8')));
    }
    /** The texts of blobs, fetched by id in one request; a blob that is not UTF-8 is refused. */
    async readBlobs(oids) {
        const missing = oids.filter((oid) => !this.objects.has(oid));
        if (missing.length > 0) {
            await this.fetch('fetch the files', [...missing.map((oid) => `want ${oid}\n`), 'done\n']);
        }
        const texts = new Map();
        const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
        for (const oid of oids) {
            const blob = this.lookup(oid);
            if (blob?.type !== 'blob') {
                throw new GitError('fetch the files', 'other', `the server did not send the blob ${oid.slice(0, 12)}`);
            }
            try {
                texts.set(oid, decoder.decode(blob.data));
            }
            catch {
                throw new src/* ActionError */.lZ('read the files', `the blob ${oid.slice(0, 12)} is not UTF-8 text`, {
                    hint: 'Only text files can be bumped; check the files input.',
                });
            }
        }
        return texts;
    }
    /** One commit on `parent` replacing the texts of existing files (their modes are kept). */
    commit(parent, files, message, author) {
        const base = this.lookup(parent);
        if (base?.type !== 'commit') {
            return Promise.reject(new src/* ActionError */.lZ('commit', `the commit ${parent.slice(0, 12)} was not fetched`));
        }
        const made = [];
        const blobs = files.map((f) => ({
            parts: f.path.split('/'),
            oid: this.store({ type: 'blob', data: Buffer.from(f.text, 'utf8') }, made),
        }));
        const tree = this.replace(commitTree(base.data), blobs, made);
        const who = `${identity(author.name)} <${identity(author.email)}> ${Math.floor(Date.now() / 1000)} +0000`;
        const data = `tree ${tree}\nparent ${parent}\nauthor ${who}\ncommitter ${who}\n\n${cleanMessage(message)}`;
        const sha = this.store({ type: 'commit', data: Buffer.from(data, 'utf8') }, made);
        this.made.set(sha, made);
        return Promise.resolve(sha);
    }
    /**
     * One receive-pack request: every update a compare-and-swap on its lease, a lost race a result.
     * The refs are not read first (a request saved on every push): the server checks the leases.
     * The capabilities are asked for unadvertised: git's receive-pack ignores any it lacks, though
     * the protocol lets a stricter server refuse the push instead.
     */
    async push(updates, opts = {}) {
        const unleased = updates.find((u) => u.lease === undefined);
        if (unleased)
            throw new Error(`a push over HTTP needs a lease for ${unleased.dst}`);
        const wanted = [
            'report-status',
            'side-band-64k',
            'quiet',
            'delete-refs',
            ...(opts.atomic ? ['atomic'] : []),
        ];
        const lines = updates.map((u, i) => {
            const ends = `${u.lease || ZERO_OID} ${u.src || ZERO_OID} ${u.dst}`;
            return i === 0 ? `${ends}\0${wanted.join(' ')}\n` : `${ends}\n`;
        });
        const sent = updates.filter((u) => u.src !== '').flatMap((u) => this.made.get(u.src) ?? []);
        const pack = updates.some((u) => u.src !== '') ? writePack([...new Set(sent)]) : undefined;
        // A server without atomic pushes applies the updates one by one; with or without it, the first
        // (the branch) decides, and the others (a queue ticket's deletion) are the caller's to tidy.
        const decisive = opts.atomic ? updates.slice(0, 1) : updates;
        const pushing = this.request('push', `push to ${this.branch}`, async () => {
            const answer = await gitRequest(this.http, 'git-receive-pack', { body: pktRequest(lines, pack) });
            return this.outcome(answer, updates, decisive);
        });
        return pushing.catch((error) => this.lostRace(error, updates[0]));
    }
    /**
     * A refusal of the branch in words this process does not know (JGit's "failed to lock", a
     * server's own) is a lost race when the branch is neither at the lease nor at this push's commit:
     * one look tells. Git's receive-pack says so in words pushOutcome reads; other servers would
     * otherwise fail a bump that only had to retry. A look that fails leaves the refusal as it was.
     */
    async lostRace(error, branch) {
        const ofBranch = error instanceof RefRefused && error.ref === this.head;
        if (!ofBranch || branch?.dst !== this.head || !branch.lease)
            throw error;
        const { tip } = await this.look().catch(() => {
            throw error;
        });
        if (tip === branch.lease || tip === branch.src)
            throw error;
        return { pushed: false, reason: `the branch moved; the server said: ${(0,src/* shown */.SP)(error.words)}` };
    }
    /** receive-pack's report as a result: a lost race is one, any other refusal a GitError. */
    outcome(answer, updates, decisive) {
        // A server without side-band answers with the report itself, which starts `unpack `.
        const packets = readPackets(answer);
        const first = packets.find((p) => p.kind === 'data');
        const sideband = first?.kind === 'data' && (first.data[0] ?? 0) <= 3;
        const { payload, messages } = sideband ? demultiplex(packets) : { payload: answer, messages: '' };
        const report = readPackets(payload).map(packetText).filter(Boolean);
        const porcelain = [];
        for (const line of report) {
            const ng = /^ng (\S+) (.*)$/.exec(line);
            if (ng && decisive.some((u) => u.dst === ng[1])) {
                const src = updates.find((u) => u.dst === ng[1])?.src ?? '';
                porcelain.push(`!\t${src}:${ng[1]}\t[remote rejected] (${ng[2]})`);
            }
            else if (line.startsWith('unpack ') && line !== 'unpack ok')
                porcelain.push(`error: ${line}`);
        }
        const accepted = decisive.every((u) => report.includes(`ok ${u.dst}`));
        if (porcelain.length === 0 && accepted)
            return { pushed: true };
        const stdout = porcelain.join('\n') || 'error: the server reported no result';
        return pushOutcome(stdout, `${remoteLines(messages)}\n${stdout}`, this.context('push'));
    }
    /** The branch's tip and the refs under `prefix` (none without one), in one listing. */
    async look(prefix) {
        const under = prefix === undefined ? [] : [`${prefix}/`];
        const listed = await this.request('fetch', `fetch ${this.branch}`, () => listRefs({ ...this.http, prefixes: [...under, this.head] }));
        const tip = listed.get(this.head);
        const refs = new Map([...listed].filter(([ref]) => under.some((u) => ref.startsWith(u))));
        if (!tip)
            throw errors_gitFailure(`fetch ${this.branch}`, `couldn't find remote ref ${this.head}`, this.context('fetch'));
        return { tip, refs };
    }
    /** The commit and its trees at depth 1; with `have`, only what that commit's trees lack. */
    async fetchCommit(sha, have) {
        const since = have ? [`shallow ${have}\n`, `have ${have}\n`] : [];
        await this.fetch(`fetch ${this.branch}`, [
            'deepen 1\n',
            'filter blob:none\n',
            `want ${sha}\n`,
            ...since,
            'done\n',
        ]);
        const commit = this.lookup(sha);
        if (commit?.type !== 'commit') {
            throw new GitError(`fetch ${this.branch}`, 'other', `the server did not send the commit ${sha.slice(0, 12)}`);
        }
        this.fetched = sha;
    }
    async fetch(operation, args) {
        const body = pktRequest(['command=fetch\n', null, 'no-progress\n', 'ofs-delta\n', ...args]);
        const objects = await this.request('fetch', operation, async () => {
            const packets = readPackets(await gitRequest(this.http, 'git-upload-pack', { body, protocolV2: true }));
            const start = packets.findIndex((p) => packetText(p) === 'packfile');
            if (start < 0)
                throw new SmartHttpUnavailable(`no packfile section: ${firstLine(packets)}`);
            const end = packets.findIndex((p, i) => i > start && p.kind !== 'data');
            const { payload } = demultiplex(packets.slice(start + 1, end < 0 ? undefined : end));
            return packObjects(payload, (oid) => this.objects.get(oid));
        });
        this.unread.push(objects);
    }
    /** The entries of the folder `parts` in `commit`; undefined when it is not a folder there. */
    folder(commit, parts) {
        let entries = this.tree(commitTree(this.object(commit).data));
        for (const part of parts) {
            const entry = entries.find((e) => e.name === bytesOf(part));
            if (!entry || typeOfMode(entry.mode) !== 'tree')
                return undefined;
            entries = this.tree(entry.oid);
        }
        return entries;
    }
    object(oid) {
        const object = this.lookup(oid);
        if (!object)
            throw new GitError('read the tree', 'other', `the server did not send ${oid.slice(0, 12)}`);
        return object;
    }
    /**
     * An object fetched or made here; packs are read on only as far as needed to find it, newest
     * first (a blob just fetched, a tip's changed trees), so one bump reads few of a tip's trees.
     */
    lookup(oid) {
        for (;;) {
            const found = this.objects.get(oid);
            const pack = this.unread.at(-1);
            if (found || !pack)
                return found;
            try {
                for (let next = pack.next(); !next.done; next = pack.next()) {
                    this.objects.set(next.value[0], next.value[1]);
                    if (next.value[0] === oid)
                        return next.value[1];
                }
            }
            catch (error) {
                if (!(error instanceof PackError))
                    throw error;
                throw new GitError('read the pack', 'other', `the server's pack is damaged (${(0,src/* shown */.SP)(error.message)})`);
            }
            this.unread.pop();
        }
    }
    tree(oid) {
        return parseTree(this.object(oid).data);
    }
    /** The tree `oid` with the blobs at `writes` (paths below it) replaced; new trees go into `made`. */
    replace(oid, writes, made) {
        const entries = this.tree(oid).map((entry) => {
            const here = writes.filter((w) => bytesOf(w.parts[0] ?? '') === entry.name);
            if (here.length === 0)
                return entry;
            const leaf = here.find((w) => w.parts.length === 1);
            if (leaf)
                return { ...entry, oid: leaf.oid };
            return {
                ...entry,
                oid: this.replace(entry.oid, here.map((w) => ({ ...w, parts: w.parts.slice(1) })), made),
            };
        });
        return this.store({ type: 'tree', data: treeData(entries) }, made);
    }
    store(object, made) {
        const oid = objectId(object.type, object.data);
        if (!this.objects.has(oid))
            this.objects.set(oid, object);
        made.push(object);
        return oid;
    }
    /** A request whose failure is worded as git words it, with the caller's inputs in the hint. */
    async request(command, operation, send) {
        try {
            return await send();
        }
        catch (error) {
            if (error instanceof SmartHttpFailure)
                throw errors_gitFailure(operation, error.gitText, this.context(command));
            if (error instanceof SmartHttpUnavailable || error instanceof PackError) {
                throw new GitError(operation, 'other', `the server's answer was not understood (${(0,src/* shown */.SP)(error.message)})`);
            }
            throw error;
        }
    }
    context(command) {
        return { command, url: this.http.url, branch: this.branch, inputs: this.inputs };
    }
}
/** A path part as a tree stores it: its UTF-8 bytes, one latin1 character each. */
function bytesOf(part) {
    return Buffer.from(part, 'utf8').toString('latin1');
}
function firstLine(packets) {
    return JSON.stringify(packets.map(packetText).find(Boolean)?.slice(0, 80) ?? '');
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts








/***/ }),

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ errors_InputError),
  EY: () => (/* reexport */ backoffDelay),
  tB: () => (/* reexport */ basicAuth),
  x3: () => (/* reexport */ branchInput),
  aY: () => (/* reexport */ code),
  QP: () => (/* reexport */ defineAction),
  Qy: () => (/* reexport */ displayUrl),
  m0: () => (/* reexport */ exec),
  P1: () => (/* reexport */ gitRepositoryInput),
  SW: () => (/* reexport */ gitTransportInput),
  BN: () => (/* reexport */ githubApiUrl),
  EI: () => (/* reexport */ githubServerUrl),
  iw: () => (/* reexport */ heading),
  w4: () => (/* reexport */ hostOf),
  nf: () => (/* reexport */ summary_link),
  rd: () => (/* reexport */ networkFailure),
  wW: () => (/* reexport */ repoPathInput),
  L5: () => (/* reexport */ retry),
  f3: () => (/* reexport */ runnerPorts),
  SP: () => (/* reexport */ outside_text_shown),
  qq: () => (/* reexport */ silentLogger),
  ml: () => (/* reexport */ systemClock),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: InputReader, MIN_SECRET_LENGTH, Runner, Secrets, createContext, describeFailure, errorMessage, escapeCell, formatCommand, formatDuration, formatFileCommand, fullNameInput, guardCommands, httpUrlInput, inputEnvName, oneLineInput, parseCommandFile, parseWorkflowCommand, parseWorkflowCommands, registryLoginInputs, runAction, runnerLogger, splitLines, startsCommand, tokenOriginInput, urlTemplateInput

;// CONCATENATED MODULE: ./packages/kit/src/errors.ts
/** An input that is missing or malformed; the message always names the input. */
class errors_InputError extends Error {
    input;
    constructor(input, detail) {
        super(`Input '${input}' ${detail}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/**
 * A failure the user can act on: rendered as `Could not <operation>: <cause>` plus the fix when known.
 * `retryable` tells retry loops whether trying again can help (a wrong token cannot).
 */
class ActionError extends Error {
    operation;
    hint;
    retryable;
    constructor(operation, cause, opts = {}) {
        super(cause, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.name = 'ActionError';
        this.operation = operation;
        this.hint = opts.hint;
        this.retryable = opts.retryable ?? false;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** `Could not <operation>: <cause>` for any thrown value, with `fallbackOperation` for foreign errors. */
function describeFailure(error, fallbackOperation) {
    if (error instanceof errors_InputError)
        return error.message;
    if (error instanceof ActionError) {
        const line = `Could not ${error.operation}: ${error.message}`;
        return error.hint ? `${line}\n${error.hint}` : line;
    }
    return `Could not ${fallbackOperation}: ${errorMessage(error)}`;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/kit/src/exec.ts

/** Runs a command to completion and reports its exit code; a non-zero exit is not an exception. */
const exec = (command, args, opts = {}) => new Promise((resolve, reject) => {
    const stdin = opts.input === undefined ? 'ignore' : 'pipe';
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, { cwd: opts.cwd, env: opts.env, stdio: [stdin, 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
    }));
    if (child.stdin) {
        // A command may exit without reading its input; that is its answer, not our failure.
        child.stdin.on('error', () => { });
        child.stdin.end(opts.input);
    }
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/kit/src/outside-text.ts
// Text that comes from outside the action (server answers, files, diffs, input values) must never
// reach the log as a workflow command. The runner reads stdout and stderr line by line, splits on
// CR as well as LF, trims the line, and executes it when it starts with `::` (or the legacy `##[`).

const LINE_BREAK = /\r\n|\r|\n/;
const COMMAND_START = /^\s*(?:::|##\[)/;
/** Whether any line of `text` would be read by the runner as a workflow command. */
function startsCommand(text) {
    return text.split(LINE_BREAK).some((line) => COMMAND_START.test(line));
}
/**
 * `text` as it may be printed: unchanged when harmless, else wrapped in `::stop-commands::<token>` …
 * `::<token>::` with a token nobody can predict, so the lines are shown byte for byte but not run.
 */
function guardCommands(text) {
    if (!startsCommand(text))
        return text;
    const token = `outside-text-${(0,external_node_crypto_.randomUUID)()}`;
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/** A line break or a control character: what a one-line value (a path, a token) may not hold. */
// eslint-disable-next-line no-control-regex
const outside_text_LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MAX_SHOWN = 80;
// C0/C1 controls, and the marks that reorder or hide text (bidi overrides, isolates, zero-width).
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/g;
/**
 * A value echoed in a message, quoted: cut to about 80 characters (`opts.max`: a server's sentence
 * may deserve more) and with control, bidi and zero-width characters written as escapes, so a message
 * cannot be reordered, split or flooded.
 */
function outside_text_shown(value, opts = {}) {
    const max = opts.max ?? MAX_SHOWN;
    const chars = [...value];
    const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
    const escaped = cut.replace(HIDDEN, (c) => {
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
        return named[c] ?? `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`;
    });
    const more = chars.length > max ? ` (${chars.length} characters)` : '';
    return `'${escaped}'${more}`;
}

;// CONCATENATED MODULE: ./packages/kit/src/inputs.ts


/** Shorter than any token GitHub, Argo CD, SonarQube or a registry issues. */
const MIN_SECRET_LENGTH = 8;
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Typed accessors over an input source; every error names the input it is about. */
class InputReader {
    source;
    constructor(source) {
        this.source = source;
    }
    string(name, opts = {}) {
        const value = this.source(name).trim();
        if (value === '') {
            if (opts.required)
                throw new errors_InputError(name, 'is required and was not supplied');
            return opts.default ?? '';
        }
        return value;
    }
    /**
     * A credential. Refused when shorter than any real token: the runner would mask every occurrence
     * of it, and a one-letter "secret" turns every message into `e***ist`.
     */
    secret(name, opts = {}) {
        const value = this.string(name, opts);
        // A token is one word of printable characters: a line break would split `::add-mask::`
        // (unmasking the rest), HTTP refuses control characters in a header with a message of its own,
        // and no token format holds a space or `::`, which would read as a workflow command. Never echoed.
        if (outside_text_LINE_BREAKING.test(value) || /\s|::/.test(value)) {
            throw new errors_InputError(name, "holds a space, a line break, a control character or '::'; a token is one word of printable characters");
        }
        if (value !== '' && value !== opts.default && [...value].length < MIN_SECRET_LENGTH) {
            throw new errors_InputError(name, `is ${[...value].length === 1 ? '1 character' : `${[...value].length} characters`} long; no real token is shorter than ${MIN_SECRET_LENGTH} (check the secret it comes from)`);
        }
        return value;
    }
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new errors_InputError(name, `must be true or false, got ${outside_text_shown(value)}`);
    }
    /** Newline-separated values, blank lines dropped. */
    multiline(name, opts = {}) {
        const values = splitLines(this.string(name, opts));
        if (opts.required && values.length === 0)
            throw new errors_InputError(name, 'is required and was not supplied');
        return values;
    }
    /** Comma- or newline-separated values. */
    list(name, opts = {}) {
        const values = this.multiline(name, opts).flatMap((line) => line
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean));
        if (opts.required && values.length === 0)
            throw new errors_InputError(name, 'is required and was not supplied');
        return values;
    }
    enum(name, allowed, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (allowed.includes(value))
            return value;
        throw new errors_InputError(name, `must be one of ${allowed.filter(Boolean).join(', ')}, got ${outside_text_shown(value)}`);
    }
    /**
     * A comma- or newline-separated list whose every item is one of `allowed` (deduplicated, in
     * order); `fallback` when empty. `noun` names one item in the error ("unknown severity 'X'").
     */
    enumList(name, allowed, fallback, opts) {
        const given = this.list(name).map((v) => (opts.upperCase ? v.toUpperCase() : v));
        const unknown = given.find((v) => !allowed.includes(v));
        if (unknown !== undefined) {
            throw new errors_InputError(name, `has unknown ${opts.noun} ${outside_text_shown(unknown)}; use ${allowed.filter(Boolean).join(', ')}`);
        }
        return [...new Set(given.length ? given : fallback)];
    }
    /** An exact `x.y.z` release (a leading `v` dropped), or '' when not given: tags can be moved. */
    exactVersion(name, example) {
        const value = this.string(name);
        if (value === '')
            return '';
        if (!/^v?\d+\.\d+\.\d+$/.test(value)) {
            throw new errors_InputError(name, `must be an exact release such as ${example}, got ${outside_text_shown(value)} (tags can be moved)`);
        }
        return value.replace(/^v/, '');
    }
    /** A SHA-256 as 64 lowercase hex digits (a `sha256:` prefix accepted), or ''. */
    sha256(name) {
        const hex = this.string(name)
            .replace(/^sha256:/i, '')
            .toLowerCase();
        if (hex && !/^[0-9a-f]{64}$/.test(hex))
            throw new errors_InputError(name, 'must be a SHA-256 of 64 hex digits');
        return hex;
    }
    /** Newline-separated `KEY=value` lines (build args, labels). */
    keyValues(name) {
        const lines = this.multiline(name);
        const bad = lines.find((l) => !/^[^=\s]+=/.test(l));
        if (bad !== undefined)
            throw new errors_InputError(name, `${outside_text_shown(bad)} is not KEY=value`);
        return lines;
    }
    /**
     * A length of time in milliseconds: a bare whole number of seconds (`600`), or Go-style units as
     * `argocd app wait --timeout` and Kargo take them (`90s`, `10m`, `1h30m`, `1.5h`, `250ms`).
     * `default`, `min` (default 0) and `max` are in milliseconds, inclusive.
     */
    duration(name, bounds) {
        const value = this.string(name);
        if (value === '')
            return bounds.default;
        const ms = parseDuration(value);
        if (ms === 'negative')
            throw new errors_InputError(name, `must not be negative, got ${outside_text_shown(value)}`);
        if (ms === undefined) {
            throw new errors_InputError(name, `must be a duration such as ${DURATION_EXAMPLES}, got ${outside_text_shown(value)}`);
        }
        const min = bounds.min ?? 0;
        if (ms < min || ms > bounds.max) {
            // A bare number is seconds; say what it amounts to, for people who meant minutes.
            const amount = /^\d+$/.test(value) && formatDuration(ms) !== `${value}s` ? ` (${formatDuration(ms)})` : '';
            throw new errors_InputError(name, `must be between ${formatDuration(min)} and ${formatDuration(bounds.max)}, got ${outside_text_shown(value)}${amount}`);
        }
        return ms;
    }
    integer(name, bounds) {
        const value = this.string(name);
        if (value === '')
            return bounds.default;
        if (!/^[+-]?\d+$/.test(value))
            throw new errors_InputError(name, `must be an integer, got ${outside_text_shown(value)}`);
        const n = Number(value);
        if (n < bounds.min || n > bounds.max) {
            // Echo what was given: `Number` would print 1e+23 for a long run of digits.
            throw new errors_InputError(name, `must be between ${bounds.min} and ${bounds.max}, got ${outside_text_shown(value)}`);
        }
        return n;
    }
}
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
}
const DURATION_EXAMPLES = '600, 90s, 10m or 1h30m';
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
// Go's time.ParseDuration grammar without a sign and with only the units a wait needs.
const DURATION = /^(?:(?:\d+\.?\d*|\.\d+)(?:ms|s|m|h))+$/;
const COMPONENT = /(\d+\.?\d*|\.\d+)(ms|s|m|h)/g;
/** Milliseconds, `'negative'` for a value with a minus sign, or undefined when `text` is no duration. */
function parseDuration(text) {
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (/^-\s*[\d.]/.test(text))
        return 'negative';
    if (!DURATION.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(COMPONENT))
        total += Number(amount) * UNIT_MS[unit];
    return Math.round(total);
}
/** `5400000` → `1h30m`, `90500` → `1m30.5s`, `250` → `250ms`: the form `duration` inputs accept. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const rounded = Math.round(ms);
    if (rounded === 0)
        return '0s';
    if (rounded < 1000)
        return `${rounded}ms`;
    const h = Math.floor(rounded / 3_600_000);
    const m = Math.floor((rounded % 3_600_000) / 60_000);
    const s = (rounded % 60_000) / 1000;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}

;// CONCATENATED MODULE: ./packages/kit/src/network.ts
// What a failed request means, whichever client made it: fetch wraps the socket error in `cause`
// (happy eyeballs in an AggregateError's `errors`), node:http and git report a code, an abort says
// timeout. One reading, so every message names the failure the same way and every retry loop
// agrees on what is worth another attempt.
// Final: the address, the DNS or the certificate is wrong; trying again only delays the message.
const KNOWN = {
    ENOTFOUND: ['does not resolve (no DNS record for the host name)', false],
    EAI_NONAME: ['does not resolve (no DNS record for the host name)', false],
    EAI_AGAIN: ['could not be looked up for now (DNS)', true],
    ECONNREFUSED: ['refused the connection: nothing listens there', false],
    EHOSTUNREACH: ['is unreachable (no route to the host)', false],
    ENETUNREACH: ['is unreachable (no network route)', false],
    ECONNRESET: ['closed the connection', true],
    EPIPE: ['closed the connection', true],
    UND_ERR_SOCKET: ['closed the connection', true],
    ETIMEDOUT: ['did not answer in time', true],
    TIMEOUT: ['did not answer in time', true],
    UND_ERR_CONNECT_TIMEOUT: ['did not accept the connection in time', true],
    UND_ERR_HEADERS_TIMEOUT: ['did not answer in time', true],
    UND_ERR_BODY_TIMEOUT: ['stopped sending its answer', true],
    CERT_HAS_EXPIRED: ['presented an expired TLS certificate', false],
    DEPTH_ZERO_SELF_SIGNED_CERT: ['presented a self-signed TLS certificate', false],
    SELF_SIGNED_CERT_IN_CHAIN: ['presented a TLS certificate this machine does not trust', false],
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: ['presented a TLS certificate this machine cannot verify', false],
    ERR_TLS_CERT_ALTNAME_INVALID: ['presented a TLS certificate for another host name', false],
};
function codeOf(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
        const e = current;
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'TIMEOUT';
        if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(e.code))
            return e.code;
        current = e.cause ?? e.errors?.[0];
    }
    return '';
}
/** The failure a request error stands for; never the library's own wording. */
function networkFailure(error) {
    const code = codeOf(error);
    const known = KNOWN[code];
    if (known)
        return { code, reason: code === 'TIMEOUT' ? known[0] : `${known[0]} (${code})`, transient: known[1] };
    const cause = error?.cause;
    // fetch refuses some ports outright (the Fetch standard's "bad ports", such as 9 or 6000).
    if (cause?.message === 'bad port')
        return { code: 'BAD_PORT', reason: 'is on a port fetch refuses to use', transient: false };
    // fetch without a cause refused the request itself (a malformed URL): trying again cannot help.
    if (!code && error instanceof TypeError && !cause) {
        return {
            code: 'INVALID_REQUEST',
            reason: 'could not be asked (the request is malformed)',
            transient: false,
        };
    }
    if (/CERT|TLS/.test(code))
        return { code, reason: `refused TLS (${code})`, transient: false };
    return { code, reason: code ? `could not be reached (${code})` : 'could not be reached', transient: true };
}

;// CONCATENATED MODULE: ./packages/kit/src/logger.ts
function runnerLogger(runner) {
    return {
        info: (m) => runner.info(m),
        warning: (m) => runner.annotate('warning', m),
        debug: (m) => runner.debug(m),
    };
}
const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };

;// CONCATENATED MODULE: ./packages/kit/src/retry.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        // setTimeout fires at once for anything past 2^31-1 ms (Infinity included): a long wait stays long.
        const timer = setTimeout(done, Math.min(Math.max(0, ms), 2_147_483_647));
        signal?.addEventListener('abort', done);
    }),
};
/** Full-jitter exponential backoff: delay is uniform in [0, min(max, base * 2^(attempt-1))]. */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
    return Math.round(random() * ceiling);
}
/** Runs `fn(attempt)` until it resolves, a failure is not retryable, or attempts run out. */
async function retry(fn, opts) {
    const { attempts, baseMs = 200, maxMs = 5000, clock = systemClock, random = Math.random } = opts;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            const retryable = opts.retryable?.(error) ?? true;
            if (!retryable || attempt >= attempts)
                throw error;
            const delayMs = backoffDelay(attempt, baseMs, maxMs, random);
            opts.onRetry?.({ attempt, delayMs, error });
            await clock.sleep(delayMs);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/kit/src/runner.ts
// The GitHub runner protocol (workflow commands and the GITHUB_* command files), written out here
// instead of importing @actions/core: its bundle pulls in an HTTP client (~1 MB) that every action
// would parse at start-up, which alone costs more than the whole cold-start budget.




function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats `::name key=value,...::message`, escaped as the runner expects. */
function formatCommand(name, message, props = {}) {
    const entries = Object.entries(props).filter(([, v]) => v !== undefined && v !== '');
    const head = entries.length
        ? `${name} ${entries.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}`
        : name;
    return `::${head}::${escapeData(message)}`;
}
/** Serializes one `name<<delimiter` entry for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected delimiter collision while writing ${name}`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to `_`, hyphens kept (`INPUT_MAX-ATTEMPTS`). */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The runner as seen from inside an action: environment in, commands and files out. */
class Runner {
    env;
    write;
    constructor(env = process.env, write = (line) => process.stdout.write(line + external_node_os_.EOL)) {
        this.env = env;
        this.write = write;
    }
    /** Raw input value as the runner passes it: `INPUT_<NAME>`, spaces to `_`, hyphens kept. */
    input(name) {
        return (this.env[inputEnvName(name)] ?? '').trim();
    }
    setOutput(name, value) {
        this.toFile('GITHUB_OUTPUT', name, value, () => this.write(formatCommand('set-output', value, { name })));
    }
    exportVariable(name, value) {
        this.env[name] = value;
        this.toFile('GITHUB_ENV', name, value, () => this.write(formatCommand('set-env', value, { name })));
    }
    saveState(name, value) {
        this.toFile('GITHUB_STATE', name, value, () => this.write(formatCommand('save-state', value, { name })));
    }
    getState(name) {
        return this.env[`STATE_${name}`] ?? '';
    }
    setSecret(secret) {
        if (secret)
            this.write(formatCommand('add-mask', secret));
    }
    get isDebug() {
        return this.env['RUNNER_DEBUG'] === '1';
    }
    /** A log line; any part that would start a workflow command is printed inert. */
    info(message) {
        this.write(guardCommands(message));
    }
    debug(message) {
        this.write(formatCommand('debug', message));
    }
    annotate(level, message, props = {}) {
        this.write(formatCommand(level, message, { ...props }));
    }
    group(title) {
        this.write(formatCommand('group', title));
    }
    endGroup() {
        this.write(formatCommand('endgroup', ''));
    }
    appendSummary(markdown) {
        const file = this.env['GITHUB_STEP_SUMMARY'];
        if (file)
            (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : markdown + external_node_os_.EOL, 'utf8');
    }
    toFile(variable, name, value, fallback) {
        const file = this.env[variable];
        if (file)
            (0,external_node_fs_.appendFileSync)(file, formatFileCommand(name, value), 'utf8');
        else
            fallback();
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/secrets.ts
/**
 * Secrets known to this process. Masking tells the runner to hide a value in the log;
 * redaction removes it from text we build ourselves (errors, summaries, CLI output).
 */
class Secrets {
    runner;
    values = new Set();
    constructor(runner) {
        this.runner = runner;
    }
    add(value) {
        if (!value || this.values.has(value))
            return;
        this.values.add(value);
        this.runner?.setSecret(value);
        // The forms a value takes on the wire: inside a URL (`%40` for `@`) and as git's Basic header.
        const forms = [encodeURIComponent(value), Buffer.from(`x-access-token:${value}`).toString('base64')];
        for (const form of forms) {
            if (this.values.has(form))
                continue;
            this.values.add(form);
            this.runner?.setSecret(form);
        }
    }
    redact(text) {
        let out = text;
        for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
            out = out.split(value).join('***');
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/run-action.ts





function createContext(runner = new Runner()) {
    const secrets = new Secrets(runner);
    return {
        runner,
        inputs: new InputReader((name) => runner.input(name)),
        secrets,
        log: runnerLogger(runner),
    };
}
/**
 * Runs an action body and turns every failure into one `Could not <operation>: <cause>` error
 * annotation with exit code 1. Known secrets are redacted from the message; the stack is only
 * shown with debug logging on.
 */
async function runAction(operation, body, ctx = createContext()) {
    try {
        await body(ctx);
    }
    catch (error) {
        ctx.runner.annotate('error', ctx.secrets.redact(describeFailure(error, operation)));
        if (ctx.runner.isDebug && error instanceof Error && error.stack) {
            ctx.runner.debug(ctx.secrets.redact(error.stack));
        }
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/define-action.ts




function runnerPorts(log, env = process.env) {
    // Outside a runner (a plain `node dist/…` run) nothing is required of the environment; say where
    // temporary files go, since no runner will clean them up.
    if (!env['RUNNER_TEMP'])
        log.info(`RUNNER_TEMP is not set (not on a runner): temporary files go under ${(0,external_node_os_.tmpdir)()}`);
    return {
        exec: exec,
        log,
        clock: systemClock,
        env,
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        tempDir: env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(),
    };
}
function defineAction(def) {
    return (ctx = createContext()) => runAction(def.operation, async (c) => {
        const inputs = def.inputs(c.inputs);
        for (const secret of def.secrets?.(inputs) ?? [])
            c.secrets.add(secret);
        const result = await def.run(inputs, c);
        for (const [name, value] of Object.entries(def.outputs?.(result, inputs) ?? {})) {
            c.runner.setOutput(name, value);
        }
        if (def.summary)
            c.runner.appendSummary(c.secrets.redact(def.summary(result, inputs)));
        def.finish?.(result, inputs, c);
    }, ctx);
}
/** The wire form of HTTP Basic credentials, which a log could show as readily as the password. */
function basicAuth(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}

;// CONCATENATED MODULE: ./packages/kit/src/summary.ts
/**
 * The one escaper of a Markdown table cell, for every summary: a `|` or a line break in a value
 * (a package name, a server message) would otherwise end the cell or the table, and HTML would render.
 */
function escapeCell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/**
 * A code span that is also a safe table cell: GFM splits cells on `|` even inside backticks, and a
 * backslash before the pipe would escape the escape (`\\|` splits), so those backslashes are doubled.
 */
function code(text) {
    if (text === '')
        return '';
    return `\`${text
        .replace(/`/g, 'ˋ')
        .replace(/(\\*)\|/g, (_m, slashes) => `${slashes}${slashes}\\|`)
        .replace(/\r\n|\r|\n/g, ' ')}\``;
}
/** A link; `text` is markdown already (outside text goes through `escapeCell` or `code` first). */
function summary_link(text, url) {
    if (!url)
        return text;
    const target = url.replace(/[\s()|<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${text}](${target})`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header.map(escapeCell)), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}

;// CONCATENATED MODULE: ./packages/kit/src/repo-inputs.ts


// The rules of `git check-ref-format --branch`, each with the reason a person can act on.
const BRANCH_RULES = [
    // eslint-disable-next-line no-control-regex
    [/[\u0000-\u0020\u007f]/, 'holds a space or a control character'],
    [/[~^:?*[\\]/, 'holds one of ~ ^ : ? * [ \\'],
    [/\.\./, "holds '..'"],
    [/@\{/, "holds '@{'"],
    [/^-/, "starts with '-'"],
    [/^\/|\/$|\/\//, "starts or ends with '/', or holds '//'"],
    [/(^|\/)\./, "has a part starting with '.'"],
    [/\.lock(\/|$)|\.$/, "has a part ending with '.lock', or ends with '.'"],
    [/^(@|HEAD)$/, 'is reserved by git'],
];
/** A git branch name as `git check-ref-format --branch` would accept it (`refs/heads/` stripped). */
function branchInput(input, value) {
    const name = value.replace(/^refs\/heads\//, '');
    if (name === '')
        throw new errors_InputError(input, 'is an empty branch name');
    const broken = BRANCH_RULES.find(([rule]) => rule.test(name));
    if (broken)
        throw new errors_InputError(input, `${outside_text_shown(value)} is not a valid branch name: it ${broken[1]}`);
    return name;
}
/** Repository-relative, normalized, and unable to leave the repository. */
function repoPathInput(input, value) {
    const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '');
    if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized)) {
        throw new errors_InputError(input, `${outside_text_shown(value)} is absolute; give paths relative to the repository root`);
    }
    const parts = normalized.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw new errors_InputError(input, `${outside_text_shown(value)} leaves the repository ('..' is not allowed)`);
    if (parts.length === 0 || parts[0] === '.git')
        throw new errors_InputError(input, `${outside_text_shown(value)} is not a file in the repository`);
    return parts.join('/');
}
/** `owner/name` as GitHub spells repository names. */
function fullNameInput(input, value) {
    const name = value.replace(/\.git$/, '');
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(name)) {
        throw new InputError(input, `must be owner/name, got ${shown(value)}`);
    }
    return name;
}
/**
 * A GitOps repository given as `owner/name` (on `serverUrl`) or as a full git URL. `repository` is
 * the `owner/name` when the repository lives on `serverUrl` (for links and the API), else null.
 */
function gitRepositoryInput(input, value, serverUrl, tokenInput) {
    if (/^(https?|file):\/\//i.test(value)) {
        refuseCredentials(input, value, tokenInput);
        const withoutGit = value.replace(/\.git$/, '');
        const onServer = withoutGit.startsWith(`${serverUrl}/`) ? withoutGit.slice(serverUrl.length + 1) : null;
        return { url: value, repository: onServer && /^[^/]+\/[^/]+$/.test(onServer) ? onServer : null };
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) {
        throw new errors_InputError(input, `must be owner/name or a https://, http:// or file:// URL, got ${shownUrl(value)}`);
    }
    const repository = value.replace(/\.git$/, '');
    return { url: `${serverUrl}/${repository}.git`, repository };
}
/**
 * The `username`/`password` pair of a registry login: both or neither. On ghcr.io they default to the
 * workflow's actor and GITHUB_TOKEN, which is what pushing a package of the same repository needs; when
 * those are not in the environment and neither input is set, there is no login here and the docker config's
 * logins (docker/login-action's, say) are used.
 */
function registryLoginInputs(raw, registry, env) {
    const givenUsername = raw.string('username');
    const givenPassword = raw.secret('password');
    const isGhcr = registry === 'ghcr.io';
    const username = givenUsername || (isGhcr ? (env['GITHUB_ACTOR'] ?? '') : '');
    const password = givenPassword || (isGhcr ? (env['GITHUB_TOKEN'] ?? '') : '');
    if (username && password)
        return { username, password };
    if (!givenUsername && !givenPassword)
        return { username: '', password: '' };
    throw new InputError(givenUsername ? 'password' : 'username', 'is required when the other of username/password is given');
}
/**
 * How a repository is written to: `auto` is the API for `owner/name` (a repository on GITHUB_SERVER_URL)
 * and git for an explicit git URL, which may be any git server.
 */
function gitTransportInput(input, choice, repository) {
    if (choice === 'auto')
        return /^(https?|file):\/\//i.test(repository.value) ? 'git' : 'api';
    if (choice === 'api' && !repository.fullName) {
        throw new errors_InputError(input, `api needs the repository as owner/name on GITHUB_SERVER_URL, got ${outside_text_shown(repository.value)}; use git for other servers`);
    }
    return choice;
}
/** The REST API of GITHUB_SERVER_URL: the runner says it; outside a runner, GHES serves it at /api/v3. */
function githubApiUrl(env, serverUrl) {
    const given = env['GITHUB_API_URL'];
    if (given)
        return given.replace(/\/+$/, '');
    return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}
/** GITHUB_SERVER_URL without a trailing slash; github.com outside a runner. */
const githubServerUrl = (env) => (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
/**
 * Whether a URL holds userinfo. A pasted token may hold `/` (base64), which ends the authority for a
 * URL parser, so `user:to/ken@host` counts too, not only what `new URL` would call a username.
 */
function holdsCredentials(value) {
    return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@|[^@]*:[^@]*@)/i.test(value);
}
/** A URL-like value echoed in a message: whatever precedes an `@` after the scheme is dropped. */
function shownUrl(value) {
    return outside_text_shown(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i, '$1…@'));
}
/**
 * Credentials in a URL would reach git's argv, error messages and logs in encodings the runner
 * does not mask (`%40` for `@`), so a URL input holding them is refused and the token sent where it
 * belongs.
 */
function refuseCredentials(input, value, tokenInput) {
    if (holdsCredentials(value)) {
        throw new errors_InputError(input, `holds credentials (user:token@); give the URL without them and the token in '${tokenInput}', which is masked and never put in a URL`);
    }
}
/**
 * An http(s) base URL without a trailing slash; `https://` is assumed when no scheme is given.
 * Refused: other schemes, whitespace or control characters, and credentials (the token has its input).
 */
function httpUrlInput(input, value, opts) {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    refuseCredentials(input, withScheme, opts.tokenInput);
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(value)) {
        throw new InputError(input, `${shownUrl(value)} holds whitespace or a control character; expected a URL such as ${opts.example}`);
    }
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new InputError(input, `${shownUrl(value)} is not a valid URL (expected ${opts.example})`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(input, `must use https:// (or http://), got ${shown(url.protocol)}`);
    }
    return url.toString().replace(/\/+$/, '');
}
/**
 * A path, an image reference or a registry: one line without control characters. Such a value goes
 * into argv and into messages, where a line break or an escape would forge log lines.
 */
function oneLineInput(input, value) {
    if (LINE_BREAKING.test(value)) {
        throw new InputError(input, `${shown(value)} holds a line break or a control character`);
    }
    return value;
}
/**
 * An http(s) URL template such as a download mirror's (`…/v{version}/{asset}`): only the given
 * placeholders, no credentials (`credentials` says what to do instead), and a valid URL once filled.
 * Kept as given: the parsed form would percent-encode the placeholders' braces.
 */
function urlTemplateInput(input, value, opts) {
    if (!value)
        return '';
    if (holdsCredentials(value)) {
        throw new InputError(input, `holds credentials (user:token@); ${opts.credentials}`);
    }
    const unknown = value.match(/\{[^}]*\}/g)?.find((p) => !opts.placeholders.includes(p));
    if (unknown !== undefined) {
        throw new InputError(input, `has unknown placeholder ${shown(unknown)}; use ${opts.placeholders.join(', ')}`);
    }
    httpUrlInput(input, value, { tokenInput: input, example: opts.example });
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
}
/** The `host[:port]` a URL names, for messages; the URL without userinfo when it names none (file://). */
function hostOf(url) {
    try {
        return new URL(url).host || displayUrl(url);
    }
    catch {
        return displayUrl(url);
    }
}
/** A URL fit for a message: userinfo, query and fragment dropped (they are where tokens hide). */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
    }
    catch {
        return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i, '$1');
    }
}
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * The origin of a service the job's OIDC token is sent to (a token exchange, an authority): https, or
 * http on loopback only, since a token sent in the clear elsewhere is a token given away; no path,
 * query or credentials, because the endpoints' paths are the documented ones.
 */
function tokenOriginInput(input, value, example) {
    const url = new URL(httpUrlInput(input, value.trim(), { tokenInput: input, example }));
    if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
        throw new InputError(input, `must use https:// (the job's token is sent there), got ${shown(`http://${url.host}`)}`);
    }
    if (url.search || url.hash || url.pathname !== '/') {
        throw new InputError(input, `must be the origin only (e.g. ${example}), got ${shown(value)}`);
    }
    return url.origin;
}

;// CONCATENATED MODULE: ./packages/kit/src/index.ts

















/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ KeyPathError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   y9: () => (/* binding */ shownList)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);

/** Every failure a user can act on; callers print the message as is, so it must say what to change. */
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
/** A key path that cannot be used (malformed, or through a reserved name): the caller's key input is at fault. */
class KeyPathError extends ManifestError {
    key;
    why;
    constructor(key, 
    /** Why the path is refused, for a caller that words its own message around it. */
    why) {
        super(`Invalid key ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(key)}: ${why}. Use a dotted path such as image.tag or containers[0].image.tag`);
        this.key = key;
        this.why = why;
        this.name = 'KeyPathError';
    }
}
const LISTED = 20;
/** Names found in a file, quoted, and no more than a message can carry. */
function shownList(names) {
    const more = names.length > LISTED ? `, … (${names.length} in all)` : '';
    return (names
        .slice(0, LISTED)
        .map((name) => (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(name))
        .join(', ') + more);
}


/***/ }),

/***/ 5666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ imageInputProblem),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isValidTag(tag) {
    return TAG.test(tag);
}
function isValidDigest(digest) {
    return DIGEST.test(digest);
}
/**
 * What is wrong with the image of an edit as an action's inputs give it (the input at fault and why),
 * checked alike by bump-manifest and open-promotion-pr before anything is read.
 */
function imageInputProblem(inputs) {
    if (inputs.tag && !isValidTag(inputs.tag))
        return {
            input: 'tag',
            message: `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(inputs.tag)} is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`,
        };
    if (inputs.digest && !isValidDigest(inputs.digest))
        return {
            input: 'digest',
            message: `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(inputs.digest)} is not a valid digest (expected sha256:<64 lowercase hex>)`,
        };
    if ((inputs.format === 'kustomize' || inputs.format === 'manifest') && !inputs.image)
        return { input: 'image', message: `is required with format ${inputs.format}` };
    return undefined;
}
/**
 * Splits `repo[:tag][@digest]` without validating it, so that any image string found in a manifest can be
 * compared. The tag colon is only one after the last '/', which keeps registry ports (`localhost:5000/app`)
 * in the repository.
 */
function parseImageReference(ref) {
    let rest = ref.trim();
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = null;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, tag, digest };
}
function formatImageReference(repository, tag, digest) {
    return repository + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
}
/** `nginx`, `library/nginx`, `docker.io/nginx` and `docker.io/library/nginx` name one Docker Hub repository. */
function canonicalRepository(repository) {
    const lower = repository.toLowerCase();
    const slash = lower.indexOf('/');
    const first = slash < 0 ? '' : lower.slice(0, slash);
    const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
    let registry = hasRegistry ? first : 'docker.io';
    let path = hasRegistry ? lower.slice(slash + 1) : lower;
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    return `${registry}/${path}`;
}
function sameRepository(a, b) {
    return canonicalRepository(a) === canonicalRepository(b);
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseKeyPath),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3632);


/**
 * Parses `image.tag`, `containers[0].image.tag` and, for keys that contain dots, `annotations["a.b/c"]`.
 */
function parseKeyPath(key) {
    const segments = [];
    let i = 0;
    while (i < key.length) {
        if (key[i] === '[') {
            const close = key.indexOf(']', i);
            if (close < 0)
                throw invalidKey(key, `'[' at position ${i + 1} is not closed`);
            segments.push(bracketSegment(key, key.slice(i + 1, close)));
            i = close + 1;
        }
        else {
            const match = /^[^.[\]]+/.exec(key.slice(i));
            if (!match)
                throw invalidKey(key, `empty segment at position ${i + 1}`);
            segments.push(match[0]);
            i += match[0].length;
        }
        if (key[i] === '.') {
            i += 1;
            if (i === key.length)
                throw invalidKey(key, 'it ends with a dot');
        }
        else if (i < key.length && key[i] !== '[') {
            throw invalidKey(key, `unexpected ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(key[i] ?? '')} at position ${i + 1}`);
        }
    }
    if (segments.length === 0)
        throw invalidKey(key, 'it is empty');
    const reserved = segments.find((s) => typeof s === 'string' && RESERVED.has(s));
    if (reserved !== undefined) {
        throw invalidKey(key, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(String(reserved))} is a reserved name (__proto__, constructor, prototype)`);
    }
    return segments;
}
// Segments that name an object's prototype machinery: no values file needs them, and a path
// through them is how prototype pollution reaches any code that walks keys into objects.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
function bracketSegment(key, inner) {
    if (/^\d+$/.test(inner))
        return Number(inner);
    const quoted = /^(["'])(.+)\1$/.exec(inner);
    if (quoted?.[2])
        return quoted[2];
    throw invalidKey(key, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(`[${inner}]`)} is neither a list index nor a quoted key`);
}
function invalidKey(key, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyPathError */ .$M(key, why);
}
/** The canonical spelling of a path, used in messages and change locations. */
function formatPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/[.[\]]/.test(segment))
            out += `["${segment}"]`;
        else
            out += out === '' ? segment : `.${segment}`;
    }
    return out;
}


/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Zn: () => (/* binding */ DEFAULT_BODY),
/* harmony export */   nX: () => (/* binding */ templateValues)
/* harmony export */ });
/* unused harmony export changesTable */
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);
// The pull request's title, body and changes table, from templates whose `{placeholders}` the
// caller may use in its own title and body.

/** Replaces `{name}` for every known placeholder; unknown braces are left as written. */
function render(template, values) {
    return template.replace(/\{([a-z-]+)\}/g, (whole, name) => name in values ? (values[name] ?? '') : whole);
}
function changesTable(edits, digest) {
    const rows = edits.flatMap((edit) => edit.changes.length === 0
        ? [[(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(edit.file), '', 'already up to date', '']]
        : edit.changes.map((c) => [
            (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(edit.file),
            (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.location),
            (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.previous ?? '∅'),
            c.value === '' ? '(removed)' : (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.value),
        ]));
    const pinned = digest ? `\nDigest pinned: ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(digest)}\n` : '';
    return (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['File', 'Key', 'From', 'To'], rows) + pinned;
}
const DEFAULT_BODY = `Promotes **{image-name}** from \`{from}\` to \`{to}\` in **{environment}**.

{changes}
- Source: {source-url}
- Changes: {compare-url}
- Workflow run: {run-url}
- Provenance: {provenance}

### Checklist
- [ ] \`{to}\` ran in the source environment without errors
- [ ] Release notes and migrations reviewed
- [ ] Rollback: revert this pull request
`;
function templateValues(inputs, ctx) {
    const repoUrl = `${ctx.serverUrl}/${inputs.repository}`;
    const compareUrl = `${repoUrl}/compare/${inputs.base}...${ctx.branch}`;
    const sourceUrl = `${repoUrl}/commit/${ctx.baseSha}`;
    const source = inputs.fromFile
        ? `${inputs.fromFile} at ${ctx.baseSha.slice(0, 7)}`
        : ctx.baseSha.slice(0, 7);
    return {
        image: inputs.image || ctx.imageName,
        'image-name': ctx.imageName,
        tag: ctx.tag,
        digest: inputs.digest,
        files: inputs.files.join(', '),
        'previous-tag': ctx.previousTag,
        from: ctx.previousTag || '∅',
        to: ctx.tag,
        environment: inputs.environment,
        base: inputs.base,
        branch: ctx.branch,
        'compare-url': compareUrl,
        'run-url': ctx.runUrl,
        'source-url': `[${source}](${sourceUrl})`,
        changes: changesTable(ctx.edits, inputs.digest),
        provenance: ctx.provenance,
    };
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ promotionBranch),
/* harmony export */   t: () => (/* binding */ imageName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(612);
/* harmony import */ var _gitops_actions_manifest__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5666);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5809);
// The promotion branch from its template, checked as git would check it once the placeholders are
// filled in, so a bad template fails as an input error before anything is written.




/** `api` for `ghcr.io/acme/api`; without an image, the folder of the first target file. */
function imageName(inputs) {
    const source = inputs.image
        ? (0,_gitops_actions_manifest__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(inputs.image).repository.split('/').pop()
        : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(inputs.files[0] ?? ''));
    const name = (source ?? '').replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
    return name && name !== '.' ? name : 'image';
}
/**
 * The branch the template names for `tag` (left as `{tag}` while the tag is still to be read), or
 * an InputError naming `input` that shows the filled-in value and the template it came from.
 */
function promotionBranch(inputs, tag, input = 'branch') {
    const values = {
        environment: inputs.environment,
        'image-name': imageName(inputs),
        ...(tag ? { tag } : {}),
    };
    const filled = (0,_body_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(inputs.branch, values);
    try {
        return (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_1__/* .branchInput */ .x3)(input, filled);
    }
    catch (error) {
        if (!(error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz) || filled === inputs.branch)
            throw error;
        const detail = error.message.slice(`Input '${input}' `.length);
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${detail} (filled in from ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(inputs.branch)})`);
    }
}


/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PROMOTION_INPUTS)
/* harmony export */ });
const PROMOTION_INPUTS = {
    repository: 'repository',
    base: 'base',
    tag: 'tag',
    fromFile: 'from-file',
    digest: 'digest',
    image: 'image',
    verifyTag: 'verify-tag',
    merge: 'merge',
    autoMerge: 'auto-merge',
};


/***/ }),

/***/ 3207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ROLLBACK_INPUTS)
/* harmony export */ });
const ROLLBACK_INPUTS = {
    repository: 'repository',
    branch: 'branch',
    token: 'token',
    files: 'files',
    maxAttempts: 'max-attempts',
    key: 'key',
    digestKey: 'digest-key',
    toTag: 'to-tag',
    mode: 'mode',
};


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(1251);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(1251);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(1251);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2754);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
