export const id = 228;
export const ids = [228];
export const modules = {

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpThroughApi: () => (/* binding */ bumpThroughApi)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 6 modules
var github_src = __webpack_require__(1185);
// EXTERNAL MODULE: ./packages/bump/src/attempts.ts
var attempts = __webpack_require__(3170);
;// CONCATENATED MODULE: ./packages/bump/src/diff.ts
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

// EXTERNAL MODULE: ./packages/bump/src/edit-files.ts + 11 modules
var edit_files = __webpack_require__(9822);
// EXTERNAL MODULE: ./packages/bump/src/message.ts
var message = __webpack_require__(761);
// EXTERNAL MODULE: ./packages/bump/src/request.ts
var request = __webpack_require__(9839);
;// CONCATENATED MODULE: ./packages/bump/src/api.ts
// The api transport: no clone. Per attempt it reads the branch tip and each target file through
// the API, edits them in memory with the same semantic edit as the git transport, writes one tree
// (on the tip's tree) and one commit, and moves the branch with `force: false`. A branch that moved
// meanwhile answers 422 "not a fast forward": the next attempt starts again from the new tip.
// Loaded lazily (see bump.ts): this module pulls in Octokit.







function bumpThroughApi(inputs, ports) {
    const names = inputs.inputNames ?? request/* BUMP_MANIFEST_INPUTS */.d;
    const client = ports.github ?? connect(inputs, names, ports);
    return (0,attempts/* retryOnNewTip */.h)(inputs, ports, {
        attempt: () => attemptOnce(client, inputs, names, ports),
        retrying: `re-reading ${inputs.branch} and retrying`,
        lostRace: (error) => (error instanceof github_src/* BranchMoved */.A5 ? 'still not a fast forward' : undefined),
        refusedByRule: (error) => error instanceof github_src/* BranchProtected */.X5,
    });
}
function connect(inputs, names, ports) {
    if (!inputs.repository) {
        throw new src/* ActionError */.lZ('connect to GitHub', 'the api transport needs an owner/name repository');
    }
    return new github_src.RepoClient((0,github_src.createClient)({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log }), inputs.repository, { tokenInput: names.token, clock: ports.clock, random: ports.random, log: ports.log });
}
async function attemptOnce(client, inputs, names, ports) {
    const tip = await (0,github_src/* readBranchTip */.uN)(client, inputs.branch, {
        repositoryInput: names.repository,
        branchInput: names.branch,
        branchNote: 'the bump commits to an existing branch',
    });
    const edited = await editTargets(client, inputs, tip);
    const edits = edited.map((e) => e.edit);
    const summary = { edits, ...(0,edit_files/* summarizeEdits */.bQ)(edits) };
    const unchanged = (0,attempts/* unchangedAt */.n)(inputs, ports, tip.sha, summary);
    if (unchanged)
        return unchanged;
    const changed = edited.filter((e) => e.changed);
    if (inputs.dryRun) {
        const diff = changed.map((e) => unifiedDiff(e.edit.file, e.before, e.after)).join('');
        return { ...summary, changed: true, commitSha: tip.sha, diff };
    }
    const sha = await client.commitFiles({
        parent: tip.sha,
        baseTree: tip.tree,
        files: Object.fromEntries(changed.map((e) => [e.edit.file, e.after])),
        message: (0,message/* commitMessage */.d)(inputs, summary.changedFiles, summary.previousTag),
        author: inputs.author,
    });
    if (!(await client.moveBranch(inputs.branch, sha, false)))
        throw new github_src/* BranchMoved */.A5(inputs.branch);
    return { ...summary, changed: true, commitSha: sha, diff: '' };
}
/** One read per target, all at the tip's commit, then the edits in input order (first error wins). */
async function editTargets(client, inputs, tip) {
    const files = await Promise.all(inputs.files.map((file) => client.readFile(file, tip.sha)));
    const edited = [];
    for (const [i, file] of inputs.files.entries()) {
        const read = files[i];
        if (!read) {
            throw (0,edit_files/* missingFile */.Bi)(file, inputs.branch, await (0,edit_files/* nearbyFiles */.Vu)(file, (folder) => client.listFolder(folder, tip.sha)), inputs.inputNames?.files ?? 'files');
        }
        edited.push((0,edit_files/* editText */.i1)(inputs, file, read.text));
    }
    return edited;
}


/***/ })

};
