export const id = 261;
export const ids = [261];
export const modules = {

/***/ 3481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ changesTable),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Zn: () => (/* binding */ DEFAULT_BODY),
/* harmony export */   nX: () => (/* binding */ templateValues)
/* harmony export */ });
/* unused harmony export linkOrText */
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9208);

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

### Checklist
- [ ] \`{to}\` ran in the source environment without errors
- [ ] Release notes and migrations reviewed
- [ ] Rollback: revert this pull request
`;
function linkOrText(text, url) {
    return url ? link(escapeCell(text), url) : text;
}
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
    };
}


/***/ }),

/***/ 6261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9208);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3481);


function renderSummary(inputs, result) {
    const pr = result.pull ? (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(`#${result.pull.number}`, result.pull.url) : '';
    const state = result.operation === 'unchanged' && !result.pull
        ? `No promotion needed: ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(inputs.base)} already runs ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.tag)}.`
        : `${result.operation === 'created' ? 'Opened' : result.operation === 'updated' ? 'Updated' : 'Unchanged:'} ${pr} promoting ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.tag)} to ${inputs.environment} (branch ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.branch)} at ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.headSha.slice(0, 12))}).`;
    const kept = result.keptCommits > 0 ? `\n\nKept ${result.keptCommits} commit(s) by others on the branch.` : '';
    return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .iw)('open-promotion-pr')}\n${state}${kept}\n\n${(0,_body_js__WEBPACK_IMPORTED_MODULE_1__/* .changesTable */ .EI)(result.edits, inputs.digest)}`;
}


/***/ })

};
