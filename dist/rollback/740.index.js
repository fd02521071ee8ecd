export const id = 740;
export const ids = [740];
export const modules = {

/***/ 2740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connect: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(612);
/* harmony import */ var _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2566);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3207);
// The api transport's client, and the branch checked first so a wrong input reads as one.
// Loaded lazily: it pulls in Octokit.



async function connect(request, ports) {
    const names = request.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLBACK_INPUTS */ .D;
    if (!request.repository) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('connect to GitHub', 'the api transport needs an owner/name repository', {
            hint: `Give the ${names.repository} input as owner/name.`,
        });
    }
    const client = ports.github ??
        new _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__.RepoClient((0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__.createClient)({ token: request.token, baseUrl: request.apiUrl, log: ports.log }), request.repository, { tokenInput: names.token, clock: ports.clock, random: ports.random, log: ports.log });
    await (0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .readBranchTip */ .uN)(client, request.branch, {
        repositoryInput: names.repository,
        branchInput: names.branch,
        branchNote: 'a rollback reads the branch history',
    });
    return client;
}


/***/ })

};
