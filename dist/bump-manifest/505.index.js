export const id = 505;
export const ids = [505,371];
export const modules = {

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ provenanceText),
/* harmony export */   buildingRepository: () => (/* binding */ buildingRepository),
/* harmony export */   checkAttestations: () => (/* binding */ checkAttestations)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(612);
/* harmony import */ var _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2566);
// Whether the promoted digest carries a GitHub artifact attestation (actions/attest-build-provenance),
// for the pull request's reviewers. Only a statement: a failure to check never fails the promotion,
// and a listed attestation is not a verified one (`gh attestation verify` checks the signature).


const DIGEST = /^sha256:[0-9a-f]{64}$/;
const FULL_NAME = /^\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/;
/**
 * The repository that built (and attested) the image, '' when unknown: the service repository the
 * reference trailers name, when it is on this GitHub; else the workflow's own repository, unless
 * that is the GitOps repository itself — a promotion run there did not build the image.
 */
function buildingRepository(reference, env, serverUrl, gitopsRepository) {
    const fromTrailer = reference?.repoUrl ? repositoryOn(reference.repoUrl, serverUrl) : '';
    if (fromTrailer)
        return fromTrailer;
    const own = env['GITHUB_REPOSITORY'] ?? '';
    return own.toLowerCase() === gitopsRepository.toLowerCase() ? '' : own;
}
function repositoryOn(repoUrl, serverUrl) {
    try {
        const url = new URL(repoUrl);
        if (url.origin !== new URL(serverUrl).origin || url.search || url.hash)
            return '';
        const m = FULL_NAME.exec(url.pathname);
        return m ? `${m[1]}/${m[2]}` : '';
    }
    catch {
        return '';
    }
}
/**
 * The attestations `repository` (where the image was built and attested) holds for `digest`, through
 * `GET /repos/{owner}/{repo}/attestations/{subject_digest}`; GitHub answers 404 when there are none.
 */
async function checkAttestations(octokit, repository, digest) {
    if (!digest)
        return { state: 'unknown', reason: 'the promotion names no digest' };
    if (!DIGEST.test(digest))
        return { state: 'unknown', reason: `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(digest)} is not a sha256 digest` };
    const [owner = '', repo = ''] = repository.split('/');
    if (!owner || !repo)
        return { state: 'unknown', reason: 'the repository that built the image is not known' };
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: digest,
            per_page: 100,
        });
        const count = data.attestations?.length ?? 0;
        return count > 0 ? { state: 'attested', count } : { state: 'none' };
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { state: 'none' };
        const access = status === 401 || status === 403 ? `; the token needs attestations: read on ${repository}` : '';
        const answer = status
            ? `GitHub answered ${status} (${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)((0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(error))})`
            : (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)((0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(error));
        return { state: 'unknown', reason: `${answer} for the attestations of ${repository}${access}` };
    }
}
/** The `{provenance}` placeholder: one line for the pull request body. */
function provenanceText(check) {
    if (check.state === 'attested')
        return `attested (${check.count}${check.count >= 100 ? ' or more' : ''} attestation${check.count === 1 ? '' : 's'})`;
    if (check.state === 'none')
        return 'no attestation found';
    return `could not check: ${check.reason}`;
}


/***/ }),

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
// EXTERNAL MODULE: ./packages/bump/src/reference-commit.ts
var reference_commit = __webpack_require__(2721);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 7 modules
var github_src = __webpack_require__(2566);
// EXTERNAL MODULE: ./packages/promotion/src/attestation.ts
var attestation = __webpack_require__(3371);
// EXTERNAL MODULE: ./packages/promotion/src/body.ts
var src_body = __webpack_require__(5809);
// EXTERNAL MODULE: ./packages/bump/src/edit-files.ts + 11 modules
var edit_files = __webpack_require__(9822);
// EXTERNAL MODULE: ./packages/manifest/src/image-ref.ts
var image_ref = __webpack_require__(5666);
;// CONCATENATED MODULE: ./packages/bump/src/held-value.ts
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
    return (0,image_ref/* isValidDigest */.fH)(value) ? value : '';
}
function tryEdit(spec, file, text) {
    try {
        return (0,edit_files/* editText */.i1)(spec, file, text, `read ${file}`);
    }
    catch (error) {
        // An InputError (a key path that can never be used) is the input's fault in every version.
        if (error instanceof src/* ActionError */.lZ)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/promotion/src/edits.ts
// The promotion's reads and edits: the tag the source environment runs, and the target files as
// they would be with the promoted tag (bump's semantic edit, in memory).



/** Every target file at `ref`, edited to carry `tag`; a missing file names the files input. */
async function editTargets(inputs, client, ref, tag) {
    const files = await Promise.all(inputs.files.map((f) => client.readFile(f, ref)));
    return inputs.files.map((path, i) => {
        const file = files[i];
        if (!file)
            throw new src/* ActionError */.lZ(`read ${path}`, `no such file on ${inputs.base}`, {
                hint: 'Check the files input.',
            });
        return (0,edit_files/* editText */.i1)({ ...inputs, tag }, path, file.text);
    });
}
/**
 * The tag in `from-file` on the base branch, and the digest pinned beside it: what the source
 * environment runs. The digest moves with the tag, or the target would keep running the old image
 * under the new tag wherever the digest wins.
 */
async function sourceValue(inputs, client, ref) {
    const file = await client.readFile(inputs.fromFile, ref);
    if (!file) {
        throw new src/* ActionError */.lZ(`read ${inputs.fromFile}`, `no such file on ${inputs.base}`, {
            hint: 'Check the from-file input.',
        });
    }
    const tag = readSourceTag(inputs, inputs.fromFile, file.text);
    return { tag, digest: heldValue(inputs, inputs.fromFile, file.text)?.digest ?? '' };
}
/**
 * The manifest package only edits, so this applies a throw-away edit and keeps what it reports as
 * the previous value: the same key lookup, the same "key not found, nearest path is ..." errors as
 * the edit itself.
 */
function readSourceTag(inputs, file, text) {
    const operation = `read the tag to promote from ${file}`;
    const probe = { ...inputs, tag: 'probe', digest: '', digestKey: '' };
    const previous = (0,edit_files/* editText */.i1)(probe, file, text, operation).edit.previousTag;
    if (!previous)
        throw new src/* ActionError */.lZ(operation, `it has no tag at ${inputs.image || inputs.key}`);
    if (!(0,image_ref/* isValidTag */.r_)(previous)) {
        throw new src/* ActionError */.lZ(operation, `${(0,src/* shown */.SP)(previous)} is not a valid OCI tag`, {
            hint: 'Fix the source file or pass the tag input explicitly.',
        });
    }
    return previous;
}

;// CONCATENATED MODULE: ./packages/promotion/src/branch.ts
// The promotion branch: created, rebuilt on the base, or added to, never losing anyone's commit.


/** Marks commits this action made, so a re-run can tell them from reviewers' commits. */
const TRAILER = 'Promoted-by: open-promotion-pr';
/** Said when a ref update loses a race; the retry starts again from what GitHub holds then. */
const MOVED = 'the branch moved while it was being updated';
/**
 * Creates the branch, or moves it. A branch holding only this action's commits is rebuilt on the
 * current base (the PR then shows one clean commit); one carrying anyone else's commit is never
 * reset: the edit is applied to its tip and committed on top.
 */
async function updateBranch(inputs, client, log, target) {
    const { branch, message, tag, base, edits } = target;
    const head = await client.branch(branch);
    if (!head) {
        const sha = await commitEdits(client, base, edits, message);
        if (!(await client.createBranch(branch, sha)))
            throw new github_src/* BranchMoved */.A5(branch, MOVED);
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
        if (!(await client.moveBranch(branch, sha, true)))
            throw new github_src/* BranchMoved */.A5(branch, MOVED);
        log.info(`Rebuilt ${branch} on ${inputs.base} at ${sha.slice(0, 7)}`);
        return { sha, moved: true, keptCommits: 0 };
    }
    const who = [...new Set(foreign.map((c) => c.author))].join(', ');
    log.info(`${branch} has ${foreign.length} commit(s) not made by this action (by ${who}); keeping them and adding the promotion on top instead of resetting the branch`);
    const onHead = await editTargets(inputs, client, head.sha, tag);
    if (onHead.every((e) => !e.changed))
        return { sha: head.sha, moved: false, keptCommits: foreign.length };
    const sha = await commitEdits(client, head, onHead, message);
    if (!(await client.moveBranch(branch, sha, false)))
        throw new github_src/* BranchMoved */.A5(branch, MOVED);
    return { sha, moved: true, keptCommits: foreign.length };
}
async function holdsTag(inputs, client, head, tag) {
    const edits = await editTargets(inputs, client, head.sha, tag);
    return edits.every((e) => !e.changed);
}
function commitEdits(client, parent, edits, message) {
    const files = Object.fromEntries(edits.filter((e) => e.changed).map((e) => [e.edit.file, e.after]));
    return client.commitFiles({ parent: parent.sha, baseTree: parent.tree, files, message });
}

// EXTERNAL MODULE: ./packages/promotion/src/branch-name.ts
var branch_name = __webpack_require__(1961);
;// CONCATENATED MODULE: ./packages/promotion/src/pull.ts


async function upsertPull(inputs, client, branch, values, outcome) {
    const title = (0,src_body/* render */.XX)(inputs.title, values);
    const body = (0,src_body/* render */.XX)(inputs.body || src_body/* DEFAULT_BODY */.Zn, values);
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
    if (!outcome.moved)
        return { pull: existing, operation: 'unchanged' };
    const pull = await client.updatePull(existing.number, { title, body });
    return { pull, operation: 'updated' };
}
/** Adds only what is missing, so re-runs make no requests for labels, reviewers or assignees already there. */
async function decorate(inputs, client, pull, log) {
    const missing = (wanted, have) => wanted.filter((w) => !have.includes(w));
    const labels = missing(inputs.labels, pull.labels);
    if (labels.length > 0)
        await client.addLabels(pull.number, labels);
    const reviewers = missing(inputs.reviewers, pull.reviewers);
    const teams = missing(inputs.teamReviewers, pull.teams);
    if (reviewers.length > 0 || teams.length > 0) {
        try {
            await client.requestReviewers(pull.number, reviewers, teams);
        }
        catch (error) {
            if (!(0,github_src/* isHttpError */.d)(error, 422))
                throw error;
            log.warning(`Could not request reviews from ${[...reviewers, ...teams].join(', ')} on #${pull.number}: ${(0,github_src/* githubMessage */.hg)(error)} The pull request was kept; add them as collaborators or fix the reviewers input.`);
        }
    }
    const assignees = missing(inputs.assignees, pull.assignees);
    if (assignees.length > 0)
        await client.addAssignees(pull.number, assignees);
    // Auto-merge is mergeAsAsked's (merge.ts): it needs the head this run wrote.
}
async function closeStale(client, branch, base, tag, log) {
    const stale = await client.findOpenPull(branch, base);
    if (!stale)
        return;
    await client.comment(stale.number, `Closing: \`${base}\` already runs \`${tag}\` in every target file, so there is nothing left to promote.`);
    await client.updatePull(stale.number, { state: 'closed' });
    log.info(`Closed #${stale.number}: ${base} already has ${tag}`);
}

// EXTERNAL MODULE: ./packages/promotion/src/request.ts
var request = __webpack_require__(9380);
;// CONCATENATED MODULE: ./packages/promotion/src/merge.ts
// The promotion pull request merged at the commit this run wrote, and never at a later one: the
// merge, the merge queue entry and auto-merge all carry that head, and GitHub refuses each of them
// once someone has pushed to the branch since.



/**
 * What the request asks after the pull request is open at `head`: merged now (`merge`), queued
 * when the base requires its merge queue, or left to auto-merge (`auto-merge`, also the fallback
 * when the base's rules block merging now). Undefined when neither input is set.
 */
async function mergeAsAsked(inputs, client, pull, head, log, trailers = '') {
    const all = { ...request/* PROMOTION_INPUTS */.I, ...inputs.inputNames };
    const names = { merge: all.merge ?? 'merge', autoMerge: all.autoMerge ?? 'auto-merge' };
    const at = { client, pull, head, log, names, trailers };
    try {
        if (inputs.merge)
            return await mergeNow(inputs.merge, inputs.autoMerge || undefined, at);
        if (!inputs.autoMerge)
            return undefined;
        if (!pull.autoMerge)
            await client.enableAutoMerge(pull, inputs.autoMerge, head, trailers);
        return outcome('auto-merge', head);
    }
    catch (error) {
        if (error instanceof github_src/* HeadMoved */.YQ) {
            throw headMoved(inputs.merge ? 'merge' : 'enable auto-merge on', pull, head, error.githubMessage);
        }
        throw error;
    }
}
async function mergeNow(method, fallback, at) {
    const { client, pull, head, log } = at;
    const answer = await client.mergePull(pull.number, head, method, at.trailers);
    if (answer.kind === 'merged') {
        log.info(`Merged #${pull.number} at ${head.slice(0, 12)} as ${answer.sha.slice(0, 12)}`);
        return { ...outcome('merged', head), commit: answer.sha };
    }
    if (answer.kind === 'head-moved')
        throw headMoved('merge', pull, head, answer.message);
    if (answer.mergeQueue) {
        const entry = await enqueue(at, fallback);
        if (entry)
            return { ...outcome('queued', head), position: entry.position };
    }
    else if (fallback) {
        log.info(`GitHub does not merge #${pull.number} yet (${(0,src/* shown */.SP)(answer.message)}): auto-merge (${fallback}) is on for ${head.slice(0, 12)} instead`);
    }
    if (fallback) {
        await client.enableAutoMerge(pull, fallback, head, at.trailers);
        return outcome('auto-merge', head);
    }
    const { names } = at;
    throw new src/* ActionError */.lZ(`merge #${pull.number} (the ${names.merge} input)`, `GitHub refused the merge (405 ${(0,src/* shown */.SP)(answer.message)})`, {
        hint: `The ${names.merge} input merges only what the base branch's rules allow at once; required reviews or status checks, a conflict, or a merge method the repository does not allow block it. Set ${names.autoMerge} (merge, squash or rebase) so GitHub merges the pull request once they are met, or drop ${names.merge}. Nothing was merged; the pull request stays open.`,
    });
}
/** The merge queue entry; undefined when the queue refused it and auto-merge may queue it later. */
async function enqueue(at, fallback) {
    const { client, pull, head, log } = at;
    try {
        const entry = await client.enqueuePull(pull, head);
        log.info(`The base branch requires a merge queue: #${pull.number} is queued at ${head.slice(0, 12)} (position ${entry.position}, ${entry.state}); the queue merges it once its merge_group checks pass`);
        return entry;
    }
    catch (error) {
        if (error instanceof github_src/* HeadMoved */.YQ || !(error instanceof src/* ActionError */.lZ))
            throw error;
        if (!fallback) {
            throw new src/* ActionError */.lZ(error.operation, error.message, {
                hint: `The base branch requires its merge queue, which takes a pull request once its required reviews and checks pass. Set ${at.names.autoMerge} so GitHub queues it when they do, or add it to the queue yourself. Nothing was merged; the pull request stays open.`,
                cause: error,
            });
        }
        log.info(`The merge queue does not take #${pull.number} yet (${error.message}): auto-merge is on for ${head.slice(0, 12)}, so GitHub queues it once it is ready`);
        return undefined;
    }
}
function outcome(state, head) {
    return { state, head, commit: '', position: 0 };
}
function headMoved(verb, pull, head, message) {
    return new src/* ActionError */.lZ(`${verb} #${pull.number} at ${head.slice(0, 12)}`, `someone pushed to ${(0,src/* shown */.SP)(pull.headRef)} after this run wrote ${head.slice(0, 12)}, and GitHub refused it for a head this run never saw (${(0,src/* shown */.SP)(message)})`, {
        hint: `Nothing was merged. Review the new commits on ${pull.url} and merge it yourself, or run the promotion again: it writes the promotion on top of them and merges what it wrote.`,
    });
}

;// CONCATENATED MODULE: ./packages/promotion/src/reference.ts
// The service commit a promotion moves: the one whose image the source environment runs. The
// commit that last changed from-file is the bump that put it there, and carries its trailers.


/**
 * The reference to write: none when opted out; the request's own when it has one (bump-manifest's
 * and rollback's pull requests); else the trailers of the newest commit of from-file on `ref`,
 * with the overrides on top. A failed read leaves them out, said once: trailers never fail a
 * promotion. Never the GitOps repository's own commit.
 */
async function promotionReference(inputs, client, ref, log) {
    const choice = inputs.referenceCommit ?? { enabled: true, overrides: {} };
    if (!choice.enabled)
        return null;
    if (choice.known !== undefined)
        return (0,reference_commit/* mergeReference */.GI)(choice.known, choice.overrides);
    return (0,reference_commit/* mergeReference */.GI)(await carried(inputs, client, ref, log), choice.overrides);
}
async function carried(inputs, client, ref, log) {
    if (!inputs.fromFile)
        return null;
    try {
        const [last] = await client.listCommits(ref, inputs.fromFile, 1);
        return last ? (0,reference_commit/* parseReferenceCommit */._E)(last.message) : null;
    }
    catch (error) {
        log.info(`Could not read the history of ${(0,src/* shown */.SP)(inputs.fromFile)} for its reference commit ` +
            `(${(0,src/* shown */.SP)(error.message ?? String(error))}); the promotion carries no Argocd-reference-commit trailers.`);
        return null;
    }
}

;// CONCATENATED MODULE: ./packages/promotion/src/promote.ts
// The promotion itself: reads base and the PR branch through the API, edits in memory, writes a
// tree and a commit, moves the branch, then creates or updates the one PR for that branch.












async function promote(given, ports) {
    const { client, log } = ports;
    const base = await readBase(given, client);
    const { tag, inputs } = await promoted(given, client, base.sha);
    await ports.verifyImage?.(tag);
    const name = (0,branch_name/* imageName */.t)(inputs);
    // Checked again now that the tag is known: a tag read from from-file may make it invalid.
    const branch = (0,branch_name/* promotionBranch */.I)(inputs, tag);
    const edited = await editTargets(inputs, client, base.sha, tag);
    const edits = edited.map((e) => e.edit);
    const previousTag = edits.find((e) => e.previousTag !== null)?.previousTag ?? '';
    const result = { tag, branch, edits, previousTag, keptCommits: 0 };
    if (edited.every((e) => !e.changed)) {
        log.info(`${inputs.base} already runs ${tag} in every target file: nothing to promote`);
        await closeStale(client, branch, inputs.base, tag, log);
        return { ...result, operation: 'unchanged', pull: undefined, headSha: base.sha };
    }
    const reference = await promotionReference(inputs, client, base.sha, log);
    const provenance = await provenanceOf(inputs.digest, reference, ports);
    const values = (0,src_body/* templateValues */.nX)(inputs, {
        imageName: name,
        tag,
        branch,
        edits,
        previousTag,
        serverUrl: ports.serverUrl,
        runUrl: ports.runUrl,
        baseSha: base.sha,
        provenance,
    });
    const message = (0,reference_commit/* withReferenceTrailers */.aj)(commitMessage((0,src_body/* render */.XX)(inputs.title, values), edited), reference);
    const outcome = await withRetry(ports, async (attempt) => {
        // A retry means the branches moved: start again from what GitHub holds now.
        const now = attempt === 1 ? { base, edits: edited } : await readBaseEdits(inputs, client, tag);
        return updateBranch(inputs, client, log, { branch, message, tag, ...now });
    });
    const { pull, operation } = await upsertPull(inputs, client, branch, values, outcome).catch(async (error) => {
        // A branch this run created without its PR (a token without pull-requests: write, say) would be
        // an orphan that the next run mistakes for a reviewed one.
        if (outcome.created)
            await client.deleteBranch(branch).catch(() => undefined);
        throw error;
    });
    await decorate(inputs, client, pull, log);
    const trailers = (0,reference_commit/* referenceTrailers */.cK)(reference).join('\n');
    const merge = await mergeAsAsked(inputs, client, pull, outcome.sha, log, trailers);
    return { ...result, keptCommits: outcome.keptCommits, operation, pull, headSha: outcome.sha, merge };
}
/**
 * The tag to promote, and the request carrying the digest that goes with it: read from `from-file`
 * when no tag is given, with the digest pinned there unless the caller pinned one.
 */
async function promoted(given, client, ref) {
    // A digest-only request (bump-manifest's pr mode) has no tag and nothing to read it from.
    if (given.tag || (!given.fromFile && given.digest))
        return { tag: given.tag, inputs: given };
    const source = await sourceValue(given, client, ref);
    const digest = given.digest || source.digest;
    return { tag: source.tag, inputs: digest === given.digest ? given : { ...given, digest } };
}
async function provenanceOf(digest, reference, ports) {
    const check = ports.attestations
        ? await ports.attestations(digest, reference).catch((e) => ({
            state: 'unknown',
            reason: e.message,
        }))
        : { state: 'unknown', reason: 'no attestation lookup was configured' };
    const text = (0,attestation/* provenanceText */.H)(check);
    ports.log.info(`Provenance of ${digest || 'the promoted image'}: ${text}`);
    return text;
}
function readBase(inputs, client) {
    const names = { ...request/* PROMOTION_INPUTS */.I, ...inputs.inputNames };
    return (0,github_src/* readBranchTip */.uN)(client, inputs.base, { repositoryInput: names.repository, branchInput: names.base });
}
function commitMessage(title, edits) {
    const lines = edits
        .flatMap(({ edit: e }) => e.changes.map((c) => `- ${e.file} ${c.location}: ${c.previous ?? '∅'} -> ${c.value || '(removed)'}`))
        .join('\n');
    return `${title}\n\n${lines}\n\n${TRAILER}\n`;
}
async function readBaseEdits(inputs, client, tag) {
    const base = await readBase(inputs, client);
    return { base, edits: await editTargets(inputs, client, base.sha, tag) };
}
function withRetry(ports, fn) {
    return (0,src/* retry */.L5)(fn, {
        attempts: 5,
        baseMs: 200,
        maxMs: 3000,
        clock: ports.clock ?? src/* systemClock */.ml,
        random: ports.random,
        retryable: (error) => error instanceof github_src/* BranchMoved */.A5,
        onRetry: ({ delayMs }) => ports.log.info(`The promotion branch moved meanwhile; re-reading it in ${delayMs} ms`),
    });
}


/***/ })

};
