export const id = 346;
export const ids = [346];
export const modules = {

/***/ 7346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpThroughApi: () => (/* binding */ bumpThroughApi)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(612);
/* harmony import */ var _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2566);
/* harmony import */ var _attempts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3170);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9415);
/* harmony import */ var _edit_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8631);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(761);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9839);
// The api transport: no clone, two requests a bump. One GraphQL query reads the branch head and
// every target file's text at it; the edits are made in memory with the same semantic edit as the
// git transport; one `createCommitOnBranch` commits them only if the branch still points at that
// head (`expectedHeadOid`). A branch that moved meanwhile answers STALE_DATA: the next attempt
// starts again from the new head, re-applying the edit, never a stale patch. GitHub makes the
// commit as the token's identity and signs it (Verified), so the `author` input does not apply.
// Loaded lazily (see bump.ts): this module pulls in Octokit.







function bumpThroughApi(inputs, ports) {
    const names = inputs.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP_MANIFEST_INPUTS */ .d;
    const client = connect(inputs, names, ports);
    return (0,_attempts_js__WEBPACK_IMPORTED_MODULE_3__/* .retryOnNewTip */ .h)(inputs, ports, {
        attempt: () => attemptOnce(client, inputs, names, ports),
        retrying: `re-reading ${inputs.branch} and retrying`,
        lostRace: (error) => (error instanceof _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .BranchMoved */ .A5 ? 'the branch still moved first' : undefined),
        refusedByRule: (error) => error instanceof _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .BranchProtected */ .X5,
    });
}
function connect(inputs, names, ports) {
    const options = { tokenInput: names.token, clock: ports.clock, random: ports.random, log: ports.log };
    // A caller's REST client (promotion, rollback) brings the Octokit it was made with.
    if (ports.github)
        return new _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .BranchCommits */ .Fu(ports.github.octokit, ports.github.fullName, options);
    if (!inputs.repository) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('connect to GitHub', 'the api transport needs an owner/name repository');
    }
    return new _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .BranchCommits */ .Fu((0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .createClient */ .UU)({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log }), inputs.repository, options);
}
async function attemptOnce(client, inputs, names, ports) {
    const snapshot = await client.readBranch(inputs.branch, inputs.files, {
        repositoryInput: names.repository,
        branchInput: names.branch,
        branchNote: 'the bump commits to an existing branch',
    });
    const edited = await editTargets(client, inputs, snapshot);
    const edits = edited.map((e) => e.edit);
    const summary = { edits, ...(0,_edit_files_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeEdits */ .bQ)(edits) };
    const unchanged = (0,_attempts_js__WEBPACK_IMPORTED_MODULE_3__/* .unchangedAt */ .n)(inputs, ports, snapshot.head, summary);
    if (unchanged)
        return unchanged;
    const changed = edited.filter((e) => e.changed);
    if (inputs.dryRun) {
        const diff = changed.map((e) => (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .unifiedDiff */ .W)(e.edit.file, e.before, e.after)).join('');
        return { ...summary, changed: true, commitSha: snapshot.head, diff };
    }
    const sha = await client.commit({
        branch: inputs.branch,
        expectedHead: snapshot.head,
        message: (0,_message_js__WEBPACK_IMPORTED_MODULE_6__/* .commitMessage */ .d)(inputs, summary.changedFiles, summary.previousTag),
        files: Object.fromEntries(changed.map((e) => [e.edit.file, e.after])),
    });
    return { ...summary, changed: true, commitSha: sha, diff: '' };
}
/** The edits in input order, on the texts read with the head (first error wins). */
async function editTargets(client, inputs, snapshot) {
    const edited = [];
    for (const [i, file] of inputs.files.entries()) {
        const read = snapshot.files[i];
        if (!read) {
            throw (0,_edit_files_js__WEBPACK_IMPORTED_MODULE_4__/* .missingFile */ .Bi)(file, inputs.branch, await (0,_edit_files_js__WEBPACK_IMPORTED_MODULE_4__/* .nearbyFiles */ .Vu)(file, (folder) => client.listFolder(folder, snapshot.head)), inputs.inputNames?.files ?? 'files');
        }
        edited.push((0,_edit_files_js__WEBPACK_IMPORTED_MODULE_4__/* .editText */ .i1)(inputs, file, read.text));
    }
    return edited;
}


/***/ })

};
