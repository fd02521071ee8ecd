export const id = 296;
export const ids = [296];
export const modules = {

/***/ 7296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyImage: () => (/* binding */ verifyImage)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(612);
/* harmony import */ var _gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7938);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9380);
// The registry's word on what is promoted, before anything is written: the tag must exist there,
// and a pinned digest must be what the tag points at (or one of its platforms' manifests).



/**
 * Refuses the promotion when the registry has no such tag, or serves another digest for it than
 * the one given, with an InputError naming the input that chose the value. With `verifyTag: auto`
 * it checks only when the docker config holds a login for the image's registry.
 */
async function verifyImage(inputs, tag, ports) {
    const mode = inputs.verifyTag ?? 'false';
    if (mode === 'false')
        return;
    const names = { ..._request_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_INPUTS */ .I, ...inputs.inputNames };
    const image = (0,_gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .parseImageName */ ["if"])(inputs.image);
    if ('error' in image) {
        // inputs.ts refuses this for `true` before any request; `auto` has nothing to look up.
        if (mode === 'true')
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names.image, `is needed to verify the tag in the registry: it ${image.error}`);
        ports.log.info(`Not checking the tag in the registry: the ${names.image} input names no image repository`);
        return;
    }
    const credentials = (0,_gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .readStoredCredentials */ .cH)(image.registry, ports.env);
    if (mode === 'auto' && !credentials) {
        ports.log.info(`Not checking ${tag || inputs.digest} in ${image.registry}: no login for it in the docker config (${names.verifyTag}: auto)`);
        return;
    }
    const client = ports.registry?.(image.registry, credentials) ??
        new _gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ host: image.registry, credentials });
    const reference = tag || inputs.digest;
    const found = await lookUp(() => client.digest(image.repository, reference), image.name, names.verifyTag, ports);
    const source = inputs.tag || !inputs.fromFile ? names.tag : names.fromFile;
    if (found === null) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(tag ? source : names.digest, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(reference)} does not exist in ${image.name}: the registry ${image.registry} has no such ${tag ? 'tag' : 'manifest'}; nothing was written`);
    }
    if (tag && inputs.digest && found !== inputs.digest) {
        const index = await lookUp(() => client.manifest(image.repository, tag), image.name, names.verifyTag, ports);
        if (!index?.manifests.includes(inputs.digest)) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names.digest, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(inputs.digest)} is not ${image.name}:${tag}: the registry ${image.registry} serves ${found} for that tag; nothing was written`);
        }
    }
    ports.log.info(`Checked in ${image.registry}: ${image.name}:${reference} is ${found}`);
}
/** One registry read, retried while the failure may pass; a final one says how to go on. */
async function lookUp(fn, name, verifyInput, ports) {
    try {
        return await (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)(fn, {
            attempts: 3,
            baseMs: 500,
            maxMs: 4000,
            clock: ports.clock ?? _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml,
            random: ports.random,
            retryable: (error) => error instanceof _gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl && error.retryable,
        });
    }
    catch (error) {
        if (!(error instanceof _gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl))
            throw error;
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`verify ${name} in the registry`, error.message, {
            hint: `Log in to the registry before this step (oidc-login, or docker/login-action) so its login is in the docker config, or set ${verifyInput}: false to promote without checking.`,
        });
    }
}


/***/ })

};
