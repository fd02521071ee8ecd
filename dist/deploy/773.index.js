export const id = 773;
export const ids = [773];
export const modules = {

/***/ 5773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReport: () => (/* binding */ renderReport)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6510);

const ORDER = ['build', 'scan', 'push', 'bump', 'wait', 'done'];
/** Status of a stage that produced nothing: not reached, or where the deploy stopped. */
function notDone(report, stage, failed) {
    if (report.stage === stage && failed)
        return '❌ failed';
    return ORDER.indexOf(stage) > ORDER.indexOf(report.stage) ? '⏭️ not reached' : '—';
}
function scanRow(report, failed) {
    const scan = report.scan;
    if (!scan)
        return notDone(report, 'scan', failed);
    const c = scan.verdict.counts;
    const counts = `${c.CRITICAL} critical, ${c.HIGH} high, ${c.MEDIUM} medium, ${c.LOW} low`;
    return scan.passed
        ? `✅ passed (${counts})`
        : `❌ ${scan.verdict.blocking.length} blocking finding(s) (${counts})`;
}
function pushRow(report, failed) {
    const pushed = report.pushed;
    if (!pushed)
        return notDone(report, 'push', failed);
    const parts = [
        pushed.pushed.length ? `pushed ${pushed.pushed.map(_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}` : '',
        pushed.unchanged.length ? `already there (same image) ${pushed.unchanged.map(_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}` : '',
    ];
    return `✅ ${parts.filter(Boolean).join('; ')}`;
}
function gitopsRow(report, inputs, failed) {
    const result = report.bump;
    if (!result)
        return notDone(report, 'bump', failed);
    const { repository, serverUrl, branch } = inputs.gitops;
    const url = repository ? `${serverUrl}/${repository}/commit/${result.commitSha}` : undefined;
    const commit = (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.commitSha.slice(0, 12)), url);
    const files = result.changedFiles.map(_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ');
    return result.changed
        ? `✅ ${commit} on ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(branch)}: ${files} (previous tag ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.previousTag || '∅')})`
        : `✅ no change: ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(branch)} at ${commit} already has this tag`;
}
function argoRow(report, inputs, failed) {
    if (!inputs.argocd)
        return 'not waited for';
    const result = report.argocd;
    if (!result)
        return notDone(report, 'wait', failed);
    const icon = result.outcome === 'done' ? '✅' : '❌';
    const apps = result.apps.map((a) => {
        const s = a.evaluation.snapshot;
        return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.key)} ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.sync)}/${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.health)} at ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.revision.slice(0, 7))}`;
    });
    return `${icon} ${apps.join('; ')} (${(result.durationMs / 1000).toFixed(1)}s)`;
}
/** The job summary: one deployment report, then the scan's details. */
function renderReport(report, inputs, failed) {
    const tag = report.tag ? (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${report.image}:${report.tag}`) : notDone(report, 'build', failed);
    const rows = [
        ['Image', tag],
        ['Digest', report.pushed?.digest ? (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.pushed.digest) : '—'],
        ['Scan', scanRow(report, failed)],
        ['Push', pushRow(report, failed)],
        ['GitOps commit', gitopsRow(report, inputs, failed)],
        ['Argo CD', argoRow(report, inputs, failed)],
    ];
    const title = report.stage === 'done' ? `Deployed ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.image)}` : `Deploy of ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.image)} stopped`;
    const details = report.scan
        ? `\n<details><summary>Image scan</summary>\n\n${report.scan.summary}\n</details>\n`
        : '';
    return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .iw)(title, 2)}${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Step', 'Result'], rows)}${details}`;
}


/***/ })

};
