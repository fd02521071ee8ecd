export const id = 371;
export const ids = [371];
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


/***/ })

};
