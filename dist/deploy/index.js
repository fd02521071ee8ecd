import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5233:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6965);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6965:
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
;// CONCATENATED MODULE: ./packages/deploy/src/deploy.ts
// The dev auto-deploy in one step: build → scan the built image → push → bump the GitOps files →
// wait for Argo CD at the bumped revision, composed from the packages the single actions call.



/**
 * Runs the deploy and returns how far it got. A failure is recorded as `report.error`, not thrown, so
 * the caller writes the outputs and the summary of a stopped deploy before failing the step.
 */
async function deploy(request, ports) {
    const report = { stage: 'build', image: request.image.image.name, tag: '' };
    let work;
    try {
        work = await (0,promises_.mkdtemp)(external_node_path_default().join(ports.tempDir ?? (0,external_node_os_.tmpdir)(), 'deploy-'));
        // The builders, Trivy, YAML and git load only here, once the caller found the inputs good.
        const { runStages } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(703)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3703));
        await runStages(request, report, { ...ports, tempDir: work });
        report.stage = 'done';
    }
    catch (error) {
        report.error = error instanceof Error ? error : new Error(String(error));
    }
    finally {
        if (work)
            await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    return report;
}

// EXTERNAL MODULE: ./packages/argocd/src/index.ts + 25 modules
var argocd_src = __nccwpck_require__(5714);
;// CONCATENATED MODULE: ./packages/deploy/src/outputs.ts
// What a deploy gives its step besides the summary: the output values, and the secrets to mask.


function deployOutputs(report) {
    const digest = report.pushed?.digest ?? '';
    const argo = (0,argocd_src/* waitOutputs */.sI)(report.argocd);
    return {
        tag: report.tag,
        digest,
        'image-ref': digest ? `${report.image}@${digest}` : '',
        'scan-passed': report.scan ? String(report.scan.passed) : '',
        'commit-sha': report.bump?.commitSha ?? '',
        'sync-status': argo['sync-status'],
        'health-status': argo['health-status'],
    };
}
/** Every credential in the request, and the registry login in the form it takes on the wire. */
function deploySecrets(request) {
    const { username, password } = request.image;
    return [
        password,
        ...(password ? [(0,src/* basicAuth */.tB)(username, password)] : []),
        request.gitops.token,
        ...(request.argocd ? [request.argocd.token] : []),
        ...(request.image.buildSecrets ?? []).map((s) => s.value),
    ];
}

;// CONCATENATED MODULE: ./packages/deploy/src/summary.ts
// The job summary of a deploy: one row per stage, saying how far a stopped deploy got.

const ORDER = ['build', 'scan', 'push', 'bump', 'wait', 'done'];
/** Status of a stage that produced nothing: not reached, or where the deploy stopped. */
function notDone(report, stage) {
    if (report.stage === stage && report.error !== undefined)
        return '❌ failed';
    return ORDER.indexOf(stage) > ORDER.indexOf(report.stage) ? '⏭️ not reached' : '—';
}
function scanRow(report) {
    const scan = report.scan;
    if (!scan)
        return notDone(report, 'scan');
    const c = scan.verdict.counts;
    const counts = `${c.CRITICAL} critical, ${c.HIGH} high, ${c.MEDIUM} medium, ${c.LOW} low`;
    return scan.passed
        ? `✅ passed (${counts})`
        : `❌ ${scan.verdict.blocking.length} blocking finding(s) (${counts})`;
}
function pushRow(report) {
    const pushed = report.pushed;
    if (!pushed)
        return notDone(report, 'push');
    const parts = [
        pushed.pushed.length ? `pushed ${pushed.pushed.map(src/* code */.aY).join(', ')}` : '',
        pushed.unchanged.length ? `already there (same image) ${pushed.unchanged.map(src/* code */.aY).join(', ')}` : '',
    ];
    return `✅ ${parts.filter(Boolean).join('; ')}`;
}
function gitopsRow(report, request) {
    const result = report.bump;
    if (!result)
        return notDone(report, 'bump');
    const { repository, serverUrl, branch } = request.gitops;
    const url = repository ? `${serverUrl}/${repository}/commit/${result.commitSha}` : undefined;
    const commit = (0,src/* link */.nf)((0,src/* code */.aY)(result.commitSha.slice(0, 12)), url);
    const files = result.changedFiles.map(src/* code */.aY).join(', ');
    return result.changed
        ? `✅ ${commit} on ${(0,src/* code */.aY)(branch)}: ${files} (previous tag ${(0,src/* code */.aY)(result.previousTag || '∅')})`
        : `✅ no change: ${(0,src/* code */.aY)(branch)} at ${commit} already has this tag`;
}
function argoRow(report, request) {
    if (!request.argocd)
        return 'not waited for';
    const result = report.argocd;
    if (!result)
        return notDone(report, 'wait');
    const icon = result.outcome === 'done' ? '✅' : '❌';
    const apps = result.apps.map((a) => {
        const s = a.assessment.snapshot;
        return `${(0,src/* code */.aY)(a.key)} ${(0,src/* escapeCell */.kq)(s.sync)}/${(0,src/* escapeCell */.kq)(s.health)} at ${(0,src/* code */.aY)(s.revision.slice(0, 7))}`;
    });
    return `${icon} ${apps.join('; ')} (${(result.durationMs / 1000).toFixed(1)}s)`;
}
/** The job summary: one deployment report, then the scan's details. */
function renderDeploySummary(report, request) {
    const tag = report.tag ? (0,src/* code */.aY)(`${report.image}:${report.tag}`) : notDone(report, 'build');
    const rows = [
        ['Image', tag],
        ['Digest', report.pushed?.digest ? (0,src/* code */.aY)(report.pushed.digest) : '—'],
        ['Scan', scanRow(report)],
        ['Push', pushRow(report)],
        ['GitOps commit', gitopsRow(report, request)],
        ['Argo CD', argoRow(report, request)],
    ];
    const title = report.stage === 'done' ? `Deployed ${(0,src/* code */.aY)(report.image)}` : `Deploy of ${(0,src/* code */.aY)(report.image)} stopped`;
    const details = report.scan
        ? `\n<details><summary>Image scan</summary>\n\n${report.scan.summary}\n</details>\n`
        : '';
    return `${(0,src/* heading */.iw)(title, 2)}${(0,src/* table */.tp)(['Step', 'Result'], rows)}${details}`;
}

;// CONCATENATED MODULE: ./packages/deploy/src/index.ts
// Light on purpose: the stages (builders, Trivy, YAML, git) load inside deploy(), not on import.




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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/bump/src/reference-commit.ts
var reference_commit = __nccwpck_require__(2721);
;// CONCATENATED MODULE: ./packages/bump/src/reference-source.ts
// Where a bump's reference commit comes from when it runs in the service repository's workflow:
// GITHUB_SHA and GITHUB_REPOSITORY name it, the event payload describes it when the event is the
// push of that commit, and GitHub's API can fill in the rest when the token can read it.



const readEvent = (path) => (0,external_node_fs_.readFileSync)(path, 'utf8');
/**
 * The service commit from the runner's environment, or null when it is unknown (outside Actions,
 * or GITHUB_SHA is not a commit SHA). Known details count only when they describe that very SHA.
 */
function referenceFromEnvironment(env, read = readEvent) {
    const sha = (env['GITHUB_SHA'] ?? '').toLowerCase();
    if (!reference_commit/* FULL_SHA */.RG.test(sha))
        return null;
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const repoUrl = /^[\w.-]+\/[\w.-]+$/.test(repository)
        ? `${(0,src/* githubServerUrl */.EI)(env).replace(/\/+$/, '')}/${repository}`
        : '';
    return { sha, repoUrl, ...fromEvent(env['GITHUB_EVENT_PATH'], sha, read) };
}
/** A push event's `head_commit` when it is the SHA; nothing from any other event. */
function fromEvent(path, sha, read) {
    if (!path)
        return {};
    let head;
    try {
        head = JSON.parse(read(path))?.head_commit ?? undefined;
    }
    catch {
        return {};
    }
    if (!head || typeof head.id !== 'string' || head.id.toLowerCase() !== sha)
        return {};
    return describe(typeof head.message === 'string' ? head.message : '', reference_source_text(head.author?.name), reference_source_text(head.author?.email), typeof head.timestamp === 'string' ? head.timestamp : '');
}
const reference_source_text = (value) => (typeof value === 'string' ? value : '');
function describe(message, name, email, date) {
    // As git splits it (%s, %b): the first paragraph is the subject, unfolded onto one line.
    const [subject = '', ...rest] = message.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
    return {
        subject,
        body: rest.join('\n\n'),
        author: email ? (0,reference_commit/* formatAuthor */.zH)(name, email) : '',
        date,
    };
}
/**
 * Fills in the author, date, subject and body from GitHub's Git Data API (`GET
 * /repos/{owner}/{repo}/git/commits/{sha}`, one request) when the environment left them unknown.
 * Any failure only leaves them out, said once in the log: the trailers never fail a bump.
 */
async function completeReference(reference, lookup) {
    if (!reference || !lookup || !isIncomplete(reference))
        return reference;
    const { client, log } = lookup;
    try {
        const { data } = await client.octokit.rest.git.getCommit({
            owner: client.owner,
            repo: client.repo,
            commit_sha: reference.sha,
        });
        const found = describe(data.message, data.author.name, data.author.email, data.author.date);
        const filled = Object.fromEntries(Object.entries(found).filter(([, v]) => v));
        return mergeReference({ ...filled, ...nonEmpty(reference) }, {});
    }
    catch (error) {
        const status = error.status;
        log.info(`Could not read the service commit ${reference.sha.slice(0, 12)} in ${client.fullName} ` +
            `(${typeof status === 'number' ? `HTTP ${status}` : shown(error.message ?? String(error))}); ` +
            'its author, date and subject trailers are left out. Pass the reference-commit-* inputs to set them.');
        return reference;
    }
}
function nonEmpty(reference) {
    return Object.fromEntries(Object.entries(reference).filter(([, v]) => v));
}
/** The reference for a bump run in the service's workflow: environment, event, then the overrides. */
function bumpReference(choice, env, read = readEvent) {
    if (!choice.enabled)
        return null;
    return (0,reference_commit/* mergeReference */.GI)(referenceFromEnvironment(env, read), choice.overrides);
}

// EXTERNAL MODULE: ./packages/image/src/index.ts + 17 modules
var image_src = __nccwpck_require__(4985);
// EXTERNAL MODULE: ./packages/trivy/src/install.ts + 1 modules
var install = __nccwpck_require__(4089);
;// CONCATENATED MODULE: ./actions/deploy/src/inputs.ts





// The small lists live here, not imported from the domain packages, so that a bad input is reported
// before Trivy's installer, YAML and git are loaded (cold start); argocd and image load nothing heavy.
const inputs_FORMATS = ['auto', 'helm', 'kustomize', 'manifest'];
const TRANSPORTS = ['auto', 'git', 'api'];
const SEVERITY_NAMES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const SEVERITY_LIST = { noun: 'severity', upperCase: true };
/** The root action's names for the Argo CD inputs; it has no degraded-grace, accept-suspended or TLS inputs. */
const ARGO_INPUTS = {
    server: 'argocd-server',
    token: 'argocd-token',
    applications: 'argocd-applications',
    sync: 'argocd-sync',
    timeout: 'argocd-timeout',
};
/** The root action's names for the Trivy inputs. */
const TRIVY_INPUTS = {
    ignoreFile: 'ignore-file',
    trivyPath: 'trivy-path',
    trivyUrl: 'trivy-url',
    trivyChecksum: 'trivy-checksum',
    dbRepository: 'db-repository',
};
/** The root action's names for the GitOps inputs; it has no max-attempts input. */
const GITOPS_INPUTS = {
    repository: 'gitops-repository',
    branch: 'gitops-branch',
    token: 'gitops-token',
    files: 'gitops-files',
    key: 'gitops-key',
    digestKey: 'gitops-digest-key',
};
/** Parses and validates every input once, before anything is built; each error names the input. */
function getInputs(raw, env = process.env) {
    return {
        image: {
            ...(0,image_src/* readImageInputs */.B3)(raw, env),
            buildSecrets: (0,image_src/* readBuildSecrets */.U7)(raw, 'build-secrets'),
            labels: [],
            platforms: [],
            target: '',
            mode: 'build',
            cache: '',
            retries: 3,
        },
        scan: scanInputs(raw),
        gitops: gitopsInputs(raw, env),
        pinDigest: raw.boolean('pin-digest', false),
        argocd: argoInputs(raw),
    };
}
function scanInputs(raw) {
    return {
        severities: new Set(raw.enumList('severity', SEVERITY_NAMES, ['HIGH', 'CRITICAL'], SEVERITY_LIST)),
        ignoreUnfixed: raw.boolean('ignore-unfixed', true),
        ignoreFile: (0,src/* oneLineInput */.rm)('ignore-file', raw.string('ignore-file', { default: '.trivyignore.yaml' })),
        trivyVersion: raw.exactVersion('trivy-version', '0.58.1'),
        trivyUrl: (0,src/* urlTemplateInput */.O2)('trivy-url', raw.string('trivy-url'), (0,install/* trivyUrlTemplate */.eb)(TRIVY_INPUTS)),
        trivyChecksum: raw.sha256('trivy-checksum'),
        trivyPath: (0,src/* oneLineInput */.rm)('trivy-path', raw.string('trivy-path')),
        dbRepositories: raw.list('db-repository').map((r) => (0,src/* oneLineInput */.rm)('db-repository', r)),
        inputNames: TRIVY_INPUTS,
    };
}
function gitopsInputs(raw, env) {
    const serverUrl = (0,src/* githubServerUrl */.EI)(env);
    const repositoryInput = raw.string('gitops-repository', { required: true });
    const { url, repository } = (0,src/* gitRepositoryInput */.P1)('gitops-repository', repositoryInput, serverUrl, 'gitops-token');
    return {
        url,
        repository,
        serverUrl,
        apiUrl: (0,src/* githubApiUrl */.BN)(env, serverUrl),
        transport: (0,src/* gitTransportInput */.SW)('gitops-transport', raw.enum('gitops-transport', TRANSPORTS, 'auto'), {
            value: repositoryInput,
            fullName: repository,
        }),
        token: raw.secret('gitops-token', { default: env['GITHUB_TOKEN'] ?? '' }),
        branch: (0,src/* branchInput */.x3)('gitops-branch', raw.string('gitops-branch', { default: 'main' })),
        files: raw.multiline('gitops-files', { required: true }).map((f) => (0,src/* repoPathInput */.wW)('gitops-files', f)),
        image: '',
        key: keyPathInput('gitops-key', raw.string('gitops-key', { default: 'image.tag' })),
        digestKey: keyPathInput('gitops-digest-key', raw.string('gitops-digest-key')),
        format: raw.enum('gitops-format', inputs_FORMATS, 'auto'),
        createMissing: false,
        commitMessage: raw.string('commit-message', { default: 'chore(deploy): bump {image} to {tag}' }),
        author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
        maxAttempts: 10,
        dryRun: false,
        inputNames: GITOPS_INPUTS,
        // The service commit this run built: GITHUB_SHA and the push event (no API lookup here).
        referenceCommit: bumpReference({ enabled: raw.boolean('reference-commit', true), overrides: {} }, env),
    };
}
/**
 * Undefined when there is nothing to wait for (`wait: false` or no `argocd-server`). What is given is
 * checked either way: a bad value is a mistake to report, not to ignore until the wait is switched on.
 */
function argoInputs(raw) {
    const wait = raw.boolean('wait', true);
    const given = raw.string(ARGO_INPUTS.server);
    const appRef = (line) => (0,argocd_src/* appRefInput */.X2)(ARGO_INPUTS.applications, line);
    const waiting = wait && given !== '';
    const request = {
        server: given && (0,argocd_src/* serverInput */._9)(ARGO_INPUTS, given),
        token: raw.secret(ARGO_INPUTS.token, { required: waiting }),
        apps: raw.multiline(ARGO_INPUTS.applications, { required: waiting }).map(appRef),
        sync: raw.boolean(ARGO_INPUTS.sync, false),
        timeoutMs: raw.duration(ARGO_INPUTS.timeout, argocd_src/* TIMEOUT_BOUNDS */.Ge),
        inputs: ARGO_INPUTS,
    };
    return waiting ? request : undefined;
}

;// CONCATENATED MODULE: ./actions/deploy/src/main.ts



const run = (0,src/* defineAction */.QP)({
    operation: 'deploy the image',
    inputs: getInputs,
    secrets: deploySecrets,
    run: (request, { log }) => deploy(request, (0,src/* runnerPorts */.f3)(log)),
    // Written for a failed deploy too: they tell how far it got.
    outputs: (report) => deployOutputs(report),
    summary: (report, request) => renderDeploySummary(report, request),
    finish: (report) => {
        if (report.error !== undefined)
            throw report.error;
    },
});


/***/ }),

/***/ 5714:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ge: () => (/* reexport */ TIMEOUT_BOUNDS),
  X2: () => (/* reexport */ appRefInput),
  qQ: () => (/* reexport */ failureHint),
  _9: () => (/* reexport */ serverInput),
  rZ: () => (/* reexport */ wait_waitForArgoCd),
  sI: () => (/* reexport */ waitOutputs)
});

// UNUSED EXPORTS: ARGO_ACTION, ArgoApiError, ArgoClient, ArgoNetworkError, CronError, DEGRADED_GRACE_BOUNDS, OPERATION, REFRESH_MODES, ROLLOUT_ACTIONS, SYNC_WINDOW_MODES, WAIT_FOR_ARGOCD_INPUTS, WINDOW_SEARCH_DAYS, analysisReport, appKey, assessApp, assessGoneApp, blockedNow, caCertInput, deploymentInputs, deploymentOutputs, deploymentSummary, describeAnalysis, describeHydration, describeRollout, describeWindow, isHydratorApp, isRetryable, nextOpening, nextStart, parseCron, parseGoDuration, readJsonLines, renderWaitSummary, revisionInput, revisionMatches, rolloutProgress, shortSha, waitAndReport, waitForApps, waitVerdict, wallTime, zoneOffset

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(612);
;// CONCATENATED MODULE: ./packages/argocd/src/client-errors.ts
// What can go wrong talking to Argo CD, said so that the message names the URL reached and what came
// back. Server text in a message is a quoted, cut value (kit's `shown`), never raw.

/** An HTTP answer that is not what Argo CD's API sends for success. `detail` is the server's own text. */
class ArgoApiError extends Error {
    status;
    method;
    url;
    detail;
    kind;
    retryAfterMs;
    /** Requests made before this one gave up, this one included. */
    attempts = 1;
    constructor(status, method, 
    /** The URL asked (no query), or a path when no server is known. */
    url, detail, kind = 'status', 
    /** What a 429 or 503 asked for in Retry-After, in ms. */
    retryAfterMs) {
        super(apiMessage(status, method, url, detail, kind));
        this.status = status;
        this.method = method;
        this.url = url;
        this.detail = detail;
        this.kind = kind;
        this.retryAfterMs = retryAfterMs;
        this.name = 'ArgoApiError';
    }
}
function apiMessage(status, method, url, detail, kind) {
    switch (kind) {
        case 'html':
            return `${url} answered an HTML page instead of Argo CD's JSON API (status ${status})${detail ? `, titled ${(0,src/* shown */.SP)(detail)}` : ''}`;
        case 'json':
            return `${url} answered ${status} with a body that is not JSON (cut short, or not Argo CD): ${(0,src/* shown */.SP)(detail)}`;
        case 'redirect':
            return `${url} answered ${status}, a redirect to ${detail || 'nowhere'}`;
        default:
            return `${method} ${url} answered ${status}${detail ? `: ${(0,src/* shown */.SP)(detail)}` : ''}`;
    }
}
/** No complete answer: refused, reset, DNS, TLS, a request that hung, or one stopped by the wait's end. */
class ArgoNetworkError extends Error {
    code;
    method;
    url;
    phase;
    attempts = 1;
    constructor(
    /** Node's code (`ECONNREFUSED`, `CERT_HAS_EXPIRED`), `ETIMEDOUT` for our limits, `ABORTED` when the wait ended. */
    code, method, url, detail, phase) {
        super(`${method} ${url} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
        this.code = code;
        this.method = method;
        this.url = url;
        this.phase = phase;
        this.name = 'ArgoNetworkError';
    }
}
/** What a request that got no complete answer was waiting for, after `seconds`. */
function describeHang(phase, host, seconds) {
    const s = `${seconds.toFixed(1)}s`;
    switch (phase) {
        case 'connect':
            return `no connection to ${host} in ${s}`;
        case 'headers':
            return `${host} accepted the connection but sent no answer in ${s}`;
        case 'body':
            return `${host} sent the start of its answer, then nothing more for ${s}`;
        default:
            return `the watch stream from ${host} sent nothing for ${s}`;
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/timers.ts
/** Resolves after `ms` on `clock`, or at once when `signal` aborts, whether or not the clock heeds it. */
function pause(clock, ms, signal) {
    if (signal.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
        };
        signal.addEventListener('abort', done);
        void clock.sleep(Math.max(0, ms), signal).then(done);
    });
}
/** Calls `onExpire` once `ms` passed on `clock` since the last (re)start, unless cancelled first. */
class Timer {
    clock;
    ms;
    onExpire;
    stop = new AbortController();
    constructor(clock, ms, onExpire) {
        this.clock = clock;
        this.ms = ms;
        this.onExpire = onExpire;
        this.arm();
    }
    restart() {
        this.stop.abort();
        this.stop = new AbortController();
        this.arm();
    }
    cancel() {
        this.stop.abort();
    }
    arm() {
        const { signal } = this.stop;
        void pause(this.clock, this.ms, signal).then(() => {
            if (!signal.aborted)
                this.onExpire();
        });
    }
}
/**
 * The end of a whole wait: `signal` aborts when it passes (then `passed` is true) or when `end()` says
 * the wait is over, so every request and pause still running stops either way.
 */
class Deadline {
    clock;
    ms;
    at;
    controller = new AbortController();
    timer;
    expired = false;
    constructor(clock, ms) {
        this.clock = clock;
        this.ms = ms;
        this.at = clock.now() + ms;
        this.timer = new Timer(clock, ms, () => {
            this.expired = true;
            this.controller.abort();
        });
    }
    get signal() {
        return this.controller.signal;
    }
    get passed() {
        return this.expired;
    }
    remaining() {
        return Math.max(0, this.at - this.clock.now());
    }
    end() {
        this.timer.cancel();
        this.controller.abort();
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/exchange.ts
// One HTTP request to Argo CD with its limits: the per-request limit from connecting to the last byte
// (for a watch stream: until its headers, then the longest silence), and the caller's signal, which ends
// it when the wait is over. A request stopped either way fails with what it was waiting for.





class Exchange {
    o;
    method;
    /** The URL asked, without its query, for messages. */
    url;
    /** Stream events received. */
    events = 0;
    response;
    /** Resolves once the exchange is over, however it ended. */
    finished;
    phase = 'connect';
    since;
    res;
    req;
    timer;
    over = false;
    markFinished = () => { };
    rejectResponse = () => { };
    constructor(o) {
        this.o = o;
        this.method = o.method;
        this.url = (0,src/* displayUrl */.Qy)(o.url.href);
        this.since = o.clock.now();
        this.finished = new Promise((resolve) => (this.markFinished = resolve));
        let resolveResponse = () => { };
        this.response = new Promise((resolve, reject) => {
            resolveResponse = resolve;
            this.rejectResponse = reject;
        });
        // Settled for whoever reads it; a rejection nobody awaits must not crash the process.
        this.response.catch(() => { });
        this.req = this.send((res) => {
            this.answered(res);
            resolveResponse(res);
        });
        this.timer = new Timer(o.clock, o.limitMs, () => this.stop());
        o.signal.addEventListener('abort', this.onAbort);
        if (o.signal.aborted)
            this.stop();
    }
    /** A stream sent something: its silence starts again. */
    activity() {
        this.since = this.o.clock.now();
        this.timer.restart();
    }
    /** What the request still waits for, or undefined when it is not stuck (a stream that did send events). */
    hang(now) {
        if (this.over || (this.phase === 'stream' && this.events > 0))
            return undefined;
        if (this.phase === 'stream')
            return `${this.o.url.host} sent the stream's headers but no event`;
        return describeHang(this.phase, this.o.url.host, (now - this.since) / 1000);
    }
    /** The whole answer, read within the limits. */
    async read() {
        const res = await this.response;
        return new Promise((resolve, reject) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                this.end();
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    text: Buffer.concat(chunks).toString('utf8'),
                });
            });
            res.on('error', (error) => reject(this.networkError(error)));
            res.on('close', () => {
                if (!res.complete)
                    reject(this.networkError(new Error('aborted')));
            });
        });
    }
    send(onResponse) {
        const { url, method, body, token, agent } = this.o;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const headers = {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            'user-agent': 'gitops-actions/wait-for-argocd',
        };
        if (payload !== undefined)
            headers['content-type'] = 'application/json';
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const req = transport.request(url, { method, headers, agent }, onResponse);
        req.on('socket', (socket) => {
            if (!socket.connecting)
                this.phase = 'headers';
            else
                socket.once('connect', () => (this.phase = 'headers'));
        });
        req.on('error', (error) => this.end(this.networkError(error)));
        req.end(payload);
        return req;
    }
    answered(res) {
        this.res = res;
        this.since = this.o.clock.now();
        // Readers get every failure through their own listeners; this one keeps a late one from being unhandled.
        res.on('error', () => { });
        res.on('close', () => this.end());
        if (this.o.idleMs === undefined) {
            this.phase = 'body';
            return;
        }
        this.phase = 'stream';
        this.timer.cancel();
        this.timer = new Timer(this.o.clock, this.o.idleMs, () => this.stop());
    }
    onAbort = () => this.stop();
    /** Ends the exchange at a limit or at the wait's end, saying what it was waiting for. */
    stop() {
        if (this.over)
            return;
        const detail = describeHang(this.phase, this.o.url.host, (this.o.clock.now() - this.since) / 1000);
        this.end(new ArgoNetworkError('ETIMEDOUT', this.method, this.url, detail, this.phase));
    }
    end(error) {
        if (this.over)
            return;
        this.over = true;
        this.timer.cancel();
        this.o.signal.removeEventListener('abort', this.onAbort);
        if (error) {
            this.rejectResponse(error);
            this.res?.destroy(error);
            this.req.destroy();
        }
        this.markFinished();
    }
    networkError(error) {
        if (error instanceof ArgoNetworkError)
            return error;
        // node:http says "socket hang up" or "aborted" without a code when the peer closes mid-answer.
        const failure = (0,src/* networkFailure */.rd)(error.code || !/hang up|aborted/i.test(error.message)
            ? error
            : { code: 'ECONNRESET' });
        const detail = `${this.o.url.host} ${failure.reason}`;
        return new ArgoNetworkError(failure.code, this.method, this.url, detail, this.phase);
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/stream.ts
/**
 * Reads a watch stream: newline-delimited JSON objects, or Server-Sent Events (`data: {...}` frames,
 * `:` keep-alive comments, `event:`/`id:` fields). Resolves when the stream ends; a line that is not
 * JSON rejects, because a proxy that rewrites the stream must send us to polling, not to silence.
 */
function readJsonLines(stream, onObject) {
    return new Promise((resolve, reject) => {
        let buffer = '';
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            stream.destroy();
            reject(error instanceof Error ? error : new Error(String(error)));
        };
        const handleLine = (raw) => {
            const line = raw.replace(/\r$/, '');
            if (line === '' || line.startsWith(':') || /^(event|id|retry):/.test(line))
                return;
            const json = line.startsWith('data:') ? line.slice(5).trimStart() : line;
            onObject(JSON.parse(json));
        };
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            if (failed)
                return;
            buffer += chunk;
            let newline = buffer.indexOf('\n');
            while (newline >= 0) {
                const line = buffer.slice(0, newline);
                buffer = buffer.slice(newline + 1);
                try {
                    handleLine(line);
                }
                catch (error) {
                    fail(new Error(`unreadable watch stream line: ${line.slice(0, 120)} (${String(error)})`));
                    return;
                }
                newline = buffer.indexOf('\n');
            }
        });
        stream.on('end', () => {
            if (failed)
                return;
            try {
                if (buffer.trim() !== '')
                    handleLine(buffer);
                resolve();
            }
            catch (error) {
                fail(error);
            }
        });
        stream.on('error', fail);
        stream.on('close', () => {
            // A connection cut mid-stream emits close without end: that is a drop, not a clean end.
            if (!failed && !stream.readableEnded)
                fail(new Error('watch stream closed by the server'));
        });
    });
}

;// CONCATENATED MODULE: ./packages/argocd/src/client.ts








function appQuery(ref, extra = []) {
    const params = new URLSearchParams(extra);
    if (ref.namespace)
        params.set('appNamespace', ref.namespace);
    const text = params.toString();
    return text ? `?${text}` : '';
}
const NEVER = new AbortController().signal;
/** Argo CD's REST API over Node's http/https, so a custom CA or `insecure` is per client, not global. */
class ArgoClient {
    opts;
    /** Requests sent, for benches and tests that count them. */
    requests = 0;
    base;
    agent;
    clock;
    inFlight = new Set();
    /** Whether the server ever answered: before that, a refused connection means a wrong `server`, not a restart. */
    reached = false;
    lastFailure;
    constructor(opts) {
        this.opts = opts;
        this.base = new URL(opts.server.endsWith('/') ? opts.server : `${opts.server}/`);
        this.clock = opts.clock ?? src/* systemClock */.ml;
        this.agent =
            this.base.protocol === 'https:'
                ? new (external_node_https_default()).Agent({ keepAlive: true, ca: opts.ca, rejectUnauthorized: !opts.insecure })
                : new (external_node_http_default()).Agent({ keepAlive: true });
    }
    /** Closes kept-alive sockets so the process can exit at once. */
    close() {
        this.agent.destroy();
    }
    getApp(ref, refresh, signal) {
        const extra = refresh ? [['refresh', refresh]] : [];
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}${appQuery(ref, extra)}`;
        return this.json('GET', path, undefined, signal);
    }
    async listApps(signal) {
        const list = await this.json('GET', 'api/v1/applications', undefined, signal);
        return list.items ?? [];
    }
    sync(ref, signal) {
        const body = { name: ref.name };
        if (ref.namespace)
            body['appNamespace'] = ref.namespace;
        return this.json('POST', `api/v1/applications/${encodeURIComponent(ref.name)}/sync`, body, signal);
    }
    resourceTree(ref, signal) {
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree${appQuery(ref)}`;
        return this.json('GET', path, undefined, signal);
    }
    async liveResource(ref, q, signal) {
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource${appQuery(ref, resourceParams(q))}`;
        const answer = await this.json('GET', path, undefined, signal);
        return answer.manifest ? JSON.parse(answer.manifest) : undefined;
    }
    syncWindows(ref, signal) {
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/syncwindows${appQuery(ref)}`;
        return this.json('GET', path, undefined, signal);
    }
    project(name, signal) {
        return this.json('GET', `api/v1/projects/${encodeURIComponent(name)}`, undefined, signal);
    }
    /**
     * `POST .../resource/actions` with the action's name as the JSON string body: the route every Argo CD
     * since 1.x serves (`/resource/actions/v2`, with parameters, only exists from 3.1).
     */
    async runResourceAction(ref, q, action, signal) {
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource/actions${appQuery(ref, resourceParams(q))}`;
        await this.json('POST', path, action, signal);
    }
    async manifests(ref, revision, signal) {
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/manifests${appQuery(ref, [['revision', revision]])}`;
        const answer = await this.json('GET', path, undefined, signal);
        return answer.manifests ?? [];
    }
    async revisionDate(ref, revision, signal) {
        const name = encodeURIComponent(ref.name);
        const path = `api/v1/applications/${name}/revisions/${encodeURIComponent(revision)}/metadata${appQuery(ref)}`;
        const answer = await this.json('GET', path, undefined, signal);
        return answer.date ?? undefined;
    }
    /**
     * Follows `/api/v1/stream/applications` for one app until the server ends it, it stays silent longer
     * than `streamIdleMs`, or `signal` aborts. Not retried here: the wait reconnects, or falls back to polling.
     */
    async watch(ref, onEvent, signal) {
        const path = `api/v1/stream/applications${appQuery(ref, [['name', ref.name]])}`;
        const ex = this.start('GET', path, undefined, signal, this.opts.streamIdleMs ?? 60_000);
        const res = await ex.response;
        this.reached = true;
        const type = String(res.headers['content-type'] ?? '');
        if (res.statusCode !== 200 || !/json|event-stream/.test(type)) {
            const answer = await ex.read();
            if (answer.status !== 200 || isHtml(answer))
                throw this.unusable(answer, 'GET', ex.url);
            const detail = `content type ${type || 'none'}, not a JSON stream (a proxy in the way?)`;
            throw new ArgoApiError(200, 'GET', ex.url, detail);
        }
        this.lastFailure = undefined;
        const reading = readJsonLines(res, (value) => {
            const frame = value;
            ex.events++;
            if (frame.error)
                throw new ArgoApiError(frame.error.http_code ?? 500, 'GET', ex.url, frame.error.message ?? '');
            if (frame.result?.application)
                onEvent(frame.result);
        });
        // Attached after the reader's own listener, so no chunk is emitted before it listens.
        res.on('data', () => ex.activity());
        await reading;
    }
    problems() {
        const now = this.clock.now();
        const hanging = [...this.inFlight].flatMap((ex) => {
            const hang = ex.hang(now);
            return hang ? [`${ex.method} ${ex.url}: ${hang}`] : [];
        });
        return this.lastFailure ? [...hanging, this.lastFailure.message] : hanging;
    }
    /** One JSON call, retried on transient failures with jittered backoff until it succeeds, fails for good, or `signal` aborts. */
    async json(method, path, body, signal = NEVER) {
        const attempts = this.opts.attempts ?? (this.opts.deadline === undefined ? 4 : Infinity);
        for (let attempt = 1;; attempt++) {
            try {
                const value = this.parse(await this.start(method, path, body, signal).read(), method, path);
                this.lastFailure = undefined;
                return value;
            }
            catch (error) {
                if (!(error instanceof ArgoApiError || error instanceof ArgoNetworkError))
                    throw error;
                error.attempts = attempt;
                if (error instanceof ArgoApiError)
                    this.reached = true;
                if (signal.aborted || !isRetryable(error, this.reached) || attempt >= attempts)
                    throw error;
                const delay = this.retryDelay(attempt, error);
                if (delay === undefined)
                    throw error;
                this.lastFailure = error;
                this.opts.onRetry?.(`${error.message}; retrying in ${(delay / 1000).toFixed(1)}s`, attempt);
                await pause(this.clock, delay, signal);
                if (signal.aborted)
                    throw error;
            }
        }
    }
    /** Jittered backoff, or what Retry-After asks when longer; undefined when that is past the deadline. */
    retryDelay(attempt, error) {
        const backoff = (0,src/* backoffDelay */.EY)(attempt, 250, 5000, this.opts.random ?? Math.random);
        const asked = error instanceof ArgoApiError ? (error.retryAfterMs ?? 0) : 0;
        const delay = Math.max(backoff, asked);
        const { deadline } = this.opts;
        if (asked > 0 && deadline !== undefined && this.clock.now() + delay > deadline)
            return undefined;
        return delay;
    }
    parse(answer, method, path) {
        const url = (0,src/* displayUrl */.Qy)(new URL(path, this.base).href);
        if (answer.status < 200 || answer.status >= 300 || isHtml(answer))
            throw this.unusable(answer, method, url);
        try {
            return JSON.parse(answer.text);
        }
        catch {
            throw new ArgoApiError(answer.status, method, url, answer.text.slice(0, 200), 'json');
        }
    }
    /** The error for an answer that is not a success in Argo CD's JSON: its message, a proxy page's title, a redirect. */
    unusable(answer, method, url) {
        const { status, text, headers } = answer;
        if (isHtml(answer)) {
            const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? '';
            return new ArgoApiError(status, method, url, title, 'html', retryAfter(headers, this.clock));
        }
        if (status >= 300 && status < 400) {
            const location = String(headers['location'] ?? '');
            return new ArgoApiError(status, method, url, location && (0,src/* displayUrl */.Qy)(location), 'redirect');
        }
        let detail = text.slice(0, 300).trim();
        try {
            const parsed = JSON.parse(text);
            detail = parsed.message || parsed.error || detail;
        }
        catch {
            // Not JSON: keep the start of the text.
        }
        return new ArgoApiError(status, method, url, detail, 'status', retryAfter(headers, this.clock));
    }
    start(method, path, body, signal, idleMs) {
        this.requests++;
        const url = new URL(path, this.base);
        const ex = new Exchange({
            url,
            method,
            body,
            signal,
            idleMs,
            token: this.opts.token,
            agent: this.agent,
            clock: this.clock,
            limitMs: this.opts.requestTimeoutMs ?? 30_000,
        });
        this.inFlight.add(ex);
        void ex.finished.then(() => this.inFlight.delete(ex));
        return ex;
    }
}
function resourceParams(q) {
    return [
        ['resourceName', q.name],
        ['kind', q.kind],
        ['namespace', q.namespace ?? ''],
        ['group', q.group ?? ''],
        ['version', q.version ?? ''],
    ];
}
function isHtml(answer) {
    const type = String(answer.headers['content-type'] ?? '');
    return /text\/html/i.test(type) || /^\s*<(!doctype|html)/i.test(answer.text);
}
/** Retry-After in ms, as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfter(headers, clock) {
    const value = headers['retry-after'];
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - clock.now());
}
const TLS = /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO/;
/**
 * Worth another attempt: a server error, rate limiting, a proxy's page, a body cut short, a reset or a
 * request that hung. A refused connection or an unknown name only once the server answered before (a
 * restart), never at first (a wrong `server`). Auth, not-found, permission and TLS failures are final.
 */
function isRetryable(error, reached) {
    if (error instanceof ArgoApiError) {
        if (error.kind === 'redirect')
            return false;
        if (error.kind === 'html' || error.kind === 'json')
            return error.status < 400 || error.status >= 500;
        return error.status >= 500 || error.status === 429 || error.status === 408;
    }
    if (!(error instanceof ArgoNetworkError))
        return false;
    if (error.code === 'ABORTED' || TLS.test(error.code))
        return false;
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_NONAME'].includes(error.code))
        return reached;
    return true;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/argocd/src/inputs.ts
// The Argo CD inputs that wait-for-argocd and the root action share, parsed once here. Every parser
// takes the caller's input names, so an error names an input the user of that action can set.


/** wait-for-argocd's input names, the default wherever a caller passes none. */
const WAIT_FOR_ARGOCD_INPUTS = {
    server: 'server',
    token: 'token',
    applications: 'applications',
    sync: 'sync',
    timeout: 'timeout',
    degradedGrace: 'degraded-grace',
    acceptSuspended: 'accept-suspended',
    caCert: 'ca-cert',
    insecure: 'insecure',
    syncWindow: 'sync-window',
    rolloutTimeout: 'rollout-timeout',
    rolloutAction: 'rollout-action',
};
const SYNC_WINDOW_MODES = (/* unused pure expression or super */ null && (['fail', 'wait']));
const REFRESH_MODES = (/* unused pure expression or super */ null && (['none', 'normal', 'hard']));
const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
/** Bounds of the wait's timeout. Not 6h: GitHub-hosted jobs end there, but self-hosted ones and the CLI run far longer. */
const TIMEOUT_BOUNDS = { default: 10 * 60 * SECOND, min: SECOND, max: 24 * HOUR };
const DEGRADED_GRACE_BOUNDS = { default: 30 * SECOND, max: 24 * HOUR };
/** The server's base URL without a trailing slash; `https://` is assumed when no scheme is given. */
function serverInput(names, value) {
    return (0,src/* httpUrlInput */.CN)(names.server, value, {
        tokenInput: names.token,
        example: 'https://argocd.example.com',
    });
}
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** One line of the applications input: `name`, or `namespace/name` for an app outside the control plane's namespace. */
function appRefInput(input, line) {
    const parts = line.split('/');
    if (parts.length > 2 || parts.some((p) => !NAME.test(p))) {
        throw new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(line)} is not an application name (lower-case DNS name, or namespace/name for apps outside the control-plane namespace)`);
    }
    return parts.length === 2 ? { namespace: parts[0], name: parts[1] } : { name: parts[0] };
}
/** Lower-case hex, 7 to 40 characters; undefined when empty (any revision will do). */
function revisionInput(input, value) {
    if (value === '')
        return undefined;
    if (!/^[0-9a-fA-F]{7,40}$/.test(value)) {
        throw new InputError(input, `${shown(value)} is not a git commit SHA (7 to 40 hex characters, e.g. bump-manifest's commit-sha)`);
    }
    return value.toLowerCase();
}
/** PEM text, given as such or as the path of a PEM file on the runner; undefined when empty. */
function caCertInput(input, value) {
    if (value === '')
        return undefined;
    if (value.includes('-----BEGIN CERTIFICATE-----'))
        return value;
    if (existsSync(value)) {
        const text = readFileSync(value, 'utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----'))
            return text;
    }
    throw new InputError(input, 'must be a PEM certificate (-----BEGIN CERTIFICATE-----) or the path of one');
}

;// CONCATENATED MODULE: ./packages/argocd/src/revision.ts
// Commit SHAs as the wait compares and shows them.
function revision_shortSha(revision) {
    return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision;
}
/** A given prefix of at least 7 hex characters matches the full SHA Argo CD reports. */
function revisionMatches(actual, expected) {
    if (!actual)
        return false;
    return actual.toLowerCase().startsWith(expected.toLowerCase());
}

;// CONCATENATED MODULE: ./packages/argocd/src/hydrator.ts
// Argo CD's Source Hydrator: CI pushes a DRY commit, the hydrator renders it and commits the result to a
// sync branch, and Argo CD syncs that HYDRATED commit. `status.sync.revision` names the hydrated one, so
// the wait asks the hydrator's status which dry commit it was made from. `argocd app wait --hydrated` took
// the previous dry commit's hydration for the new one (argo-cd PR #28878): here the expected dry commit
// itself (or a later one rendering the same manifests) must be the last successful hydration.


function isHydratorApp(app) {
    return app.spec?.sourceHydrator !== undefined;
}
/** The hydrated commit the app is synced to, and the dry commit it was made from when Argo CD still says. */
function hydratedFrom(app) {
    const hydrated = app.status?.sync?.revision ?? '';
    const hs = app.status?.sourceHydrator;
    const op = [hs?.lastSuccessfulOperation, hs?.currentOperation].find((o) => hydrated !== '' && o?.hydratedSHA === hydrated);
    return { dry: op?.drySHA ?? '', hydrated };
}
/** `dry → hydrated`, short, for logs and the summary. */
function hydrator_describeHydration(dry, hydrated) {
    return `${revision_shortSha(dry) || '?'} → ${revision_shortSha(hydrated) || '-'}`;
}
function hydrationOf(app, expected, related) {
    const hs = app.status?.sourceHydrator ?? {};
    const cur = hs.currentOperation;
    const last = hs.lastSuccessfulOperation;
    if (cur?.phase === 'Failed' && revisionMatches(cur.drySHA, expected)) {
        const message = (0,src/* shown */.SP)(cur.message || 'no message', { max: 400 });
        return { kind: 'failed', reason: `hydration of ${revision_shortSha(cur.drySHA ?? '')} failed: ${message}` };
    }
    const lastDry = last?.drySHA ?? '';
    const synced = !!last?.hydratedSHA && revisionMatches(app.status?.sync?.revision, last.hydratedSHA);
    const relation = lastDry ? related?.get(lastDry) : undefined;
    if (relation?.kind === 'newer' && synced) {
        const reason = `a newer dry commit ${revision_shortSha(lastDry)} (committed ${relation.committedAt}) was hydrated and synced ` +
            `(${hydrator_describeHydration(lastDry, last?.hydratedSHA ?? '')}); it renders other manifests for this app ` +
            `than the expected ${revision_shortSha(expected)}, which never ran on its own`;
        return { kind: 'superseded', reason };
    }
    const ours = revisionMatches(lastDry, expected);
    const carried = !ours && relation?.kind === 'same-manifests';
    if (!last?.hydratedSHA || !(ours || carried))
        return { kind: 'pending', reason: pendingReason(expected, cur, last) };
    const finishedAt = cur?.phase === 'Hydrated' && cur.hydratedSHA === last.hydratedSHA ? cur.finishedAt : undefined;
    const reconciledAt = app.status?.reconciledAt;
    const fresh = !finishedAt || !reconciledAt || Date.parse(reconciledAt) >= Date.parse(finishedAt);
    return { kind: 'hydrated', dry: lastDry, hydrated: last.hydratedSHA, carried, synced, fresh };
}
function pendingReason(expected, cur, last) {
    const ours = revisionMatches(cur?.drySHA, expected) && cur?.phase === 'Hydrating';
    const since = ours && cur?.startedAt ? ` since ${cur.startedAt}` : '';
    const before = last?.drySHA
        ? `; last hydrated ${hydrator_describeHydration(last.drySHA, last.hydratedSHA ?? '')}`
        : '; nothing hydrated yet';
    return `hydrating ${revision_shortSha(expected)}${since}${before}`;
}
/** Why a hydrated app is not done yet, for the waiting reason; '' when its revision is as expected. */
function hydratedWaitingReason(app, h) {
    const pair = hydrator_describeHydration(h.dry, h.hydrated);
    if (!h.synced) {
        const at = revision_shortSha(app.status?.sync?.revision ?? '') || 'no revision';
        return `hydrated ${pair}, Argo CD is at ${at}`;
    }
    return h.fresh ? '' : `hydrated ${pair}, waiting for Argo CD to compare the app again`;
}
/** The dry commit to compare with the expected one: the last hydrated, once the app is synced to it. */
function hydratedDryToRelate(app) {
    const last = app.status?.sourceHydrator?.lastSuccessfulOperation;
    if (!last?.drySHA || !last.hydratedSHA)
        return undefined;
    return revisionMatches(app.status?.sync?.revision, last.hydratedSHA) ? last.drySHA : undefined;
}

;// CONCATENATED MODULE: ./packages/argocd/src/decision.ts
// The pure "is it done?" decision: one application's state plus what the caller expects gives
// done, failed or waiting, with the reason in words. No I/O and no clock: `now` and the memory of
// when a Degraded health started are passed in, so every rule is unit-testable.



const RUNNING_PHASES = new Set(['Running', 'Terminating']);
const FAILED_PHASES = new Set(['Failed', 'Error']);

function snapshotOf(app) {
    const status = app.status ?? {};
    const op = status.operationState;
    const revision = status.sync?.revision ?? status.sync?.revisions?.join(',') ?? '';
    const hydrator = isHydratorApp(app) ? hydratedFrom(app) : undefined;
    return {
        sync: status.sync?.status ?? 'Unknown',
        health: status.health?.status ?? 'Unknown',
        revision: hydrator ? hydrator.dry : revision,
        ...(hydrator ? { hydratedRevision: hydrator.hydrated } : {}),
        operationPhase: op?.phase ?? '',
        message: op?.message ?? status.health?.message ?? '',
    };
}
/** Revisions the app is synced to: single-source, multi-source, and the last finished sync's result. */
function syncedRevisions(app) {
    const status = app.status ?? {};
    const revs = [status.sync?.revision, ...(status.sync?.revisions ?? [])];
    const op = status.operationState;
    if (op?.phase === 'Succeeded')
        revs.push(op.syncResult?.revision, ...(op.syncResult?.revisions ?? []));
    return revs.filter((r) => typeof r === 'string' && r !== '');
}
function operationRevisions(app) {
    const op = app.status?.operationState;
    return [
        op?.syncResult?.revision,
        ...(op?.syncResult?.revisions ?? []),
        op?.operation?.sync?.revision,
        ...(op?.operation?.sync?.revisions ?? []),
    ].filter((r) => typeof r === 'string' && r !== '');
}
function isOperationRunning(app) {
    return app.operation !== undefined || RUNNING_PHASES.has(app.status?.operationState?.phase ?? '');
}
function atExpectedRevision(app, expect) {
    const expected = expect.revision;
    if (expected === undefined)
        return true;
    return syncedRevisions(app).some((r) => revisionMatches(r, expected) || expect.related?.get(r)?.kind === 'same-manifests');
}
/** What tells one operation state from another: when it started and ended, and how. */
function operationMark(app) {
    const op = app.status?.operationState;
    if (!op)
        return '';
    const revision = op.syncResult?.revision ?? op.operation?.sync?.revision ?? '';
    return JSON.stringify([op.startedAt, op.finishedAt, op.phase, op.message, revision]);
}
function ownSyncState(app, own) {
    if (isOperationRunning(app))
        return 'running';
    if (!own.started && operationMark(app) === own.before)
        return 'pending';
    return FAILED_PHASES.has(app.status?.operationState?.phase ?? '') ? 'failed' : 'succeeded';
}
const WHO_DELETES = 'by a sync of its parent app, or by hand';
/**
 * The verdict for an app that is gone: no later state can satisfy the wait. `last` is the last state
 * seen; it keeps the revision, while sync and health say that nothing is there any more.
 */
function assessGoneApp(last, how) {
    const reason = how === 'deleted'
        ? `the application was deleted while waiting (${WHO_DELETES})`
        : `the application was deleted while waiting (${WHO_DELETES}), or the token lost access to it: ` +
            'Argo CD now answers permission denied, as it does for both';
    return {
        verdict: { state: 'failed', kind: 'deleted', reason, resources: [] },
        memory: {},
        snapshot: { ...snapshotOf(last), sync: 'Unknown', health: 'Missing', operationPhase: '', message: '' },
    };
}
/**
 * The verdict on one observation of an app. `inputs` names the caller's knobs a reason may suggest
 * turning (degraded grace, accept suspended).
 */
function assessApp(app, expect, now, memory, inputs = WAIT_FOR_ARGOCD_INPUTS) {
    const snapshot = snapshotOf(app);
    const verdictAndMemory = decide(app, snapshot, expect, now, memory, inputs);
    return { ...verdictAndMemory, snapshot };
}
function decide(app, s, expect, now, memory, inputs) {
    // Checked first: an app on its way out may still look Healthy, but its resources are being pruned.
    const deleting = app.metadata?.deletionTimestamp;
    if (deleting) {
        const reason = `the application is being deleted (since ${deleting}; ${WHO_DELETES})`;
        return { verdict: { state: 'failed', kind: 'deleted', reason, resources: [] }, memory };
    }
    const running = isOperationRunning(app);
    const own = expect.ownSync && ownSyncState(app, expect.ownSync);
    if (own === 'pending')
        return { verdict: { state: 'waiting', reason: 'sync requested, not started yet' }, memory };
    if (own === 'failed')
        return { verdict: operationFailure(app, ' (the sync this wait requested)'), memory };
    const hydration = expect.revision && isHydratorApp(app) ? hydrationOf(app, expect.revision, expect.related) : undefined;
    if (hydration?.kind === 'failed') {
        return {
            verdict: { state: 'failed', kind: 'hydration-failed', reason: hydration.reason, resources: [] },
            memory,
        };
    }
    const atRevision = hydration ? atHydrated(hydration) : atExpectedRevision(app, expect);
    const healthOk = s.health === 'Healthy' || (expect.acceptSuspended && s.health === 'Suspended');
    if (s.sync === 'Synced' && !running && atRevision && healthOk) {
        const reason = hydration?.kind === 'hydrated' ? hydratedDoneReason(s, hydration, expect) : doneReason(s, expect);
        return { verdict: { state: 'done', reason }, memory: {} };
    }
    const failure = hydration
        ? hydratorFailure(app, s, expect, hydration, running)
        : (syncFailure(app, expect, running) ?? superseded(app, expect) ?? jumpedOver(app, s, expect));
    if (failure)
        return { verdict: failure, memory };
    const degraded = s.health === 'Degraded' && atRevision && !running;
    if (!degraded) {
        const revisionNote = hydration ? hydrationNote(app, hydration) : revisionGap(app, s, expect);
        return {
            verdict: { state: 'waiting', reason: waitingReason(app, s, expect, inputs, revisionNote) },
            memory: {},
        };
    }
    return degradedVerdict(s, expect, now, memory, inputs);
}
/** Degraded at the expected revision: tolerated for the grace, then a failure. */
function degradedVerdict(s, expect, now, memory, inputs) {
    const since = memory.degradedSince ?? now;
    if (now - since >= expect.degradedGraceMs) {
        const seconds = Math.round((now - since) / 100) / 10;
        const grace = inputs.degradedGrace ?? 'the grace for Degraded';
        const reason = `health Degraded for ${seconds}s, longer than ${grace} (${expect.degradedGraceMs / 1000}s)${s.message ? `: ${s.message}` : ''}`;
        return {
            verdict: { state: 'failed', kind: 'degraded', reason, resources: [] },
            memory: { degradedSince: since },
        };
    }
    // No countdown in the text: the log prints a line only when the reason changes.
    return {
        verdict: {
            state: 'waiting',
            reason: `health Degraded (tolerated for ${expect.degradedGraceMs / 1000}s)`,
        },
        memory: { degradedSince: since },
    };
}
function doneReason(s, expect) {
    const at = `Synced and ${s.health} at ${revision_shortSha(s.revision) || 'the target revision'}`;
    const carried = expect.revision && !revisionMatches(s.revision, expect.revision);
    return carried ? `${at}, which renders the same manifests as ${revision_shortSha(expect.revision)}` : at;
}
/** A finished sync that failed, unless it was for another revision than the one we wait for. */
function syncFailure(app, expect, running) {
    const op = app.status?.operationState;
    if (running || !op || !FAILED_PHASES.has(op.phase ?? ''))
        return undefined;
    const opRevisions = operationRevisions(app);
    if (expect.revision && opRevisions.length > 0) {
        if (!opRevisions.some((r) => revisionMatches(r, expect.revision)))
            return undefined;
    }
    return operationFailure(app, '');
}
/** The verdict on the app's last operation, which ended Failed or Error; `note` says whose it was. */
function operationFailure(app, note) {
    const op = app.status?.operationState ?? {};
    const opRevisions = operationRevisions(app);
    const resources = (op.syncResult?.resources ?? []).filter((r) => r.status === 'SyncFailed' || FAILED_PHASES.has(r.hookPhase ?? ''));
    const at = opRevisions[0] ? ` at ${revision_shortSha(opRevisions[0])}` : '';
    const reason = `sync operation ${op.phase}${at}${note}: ${op.message || 'no message'}`;
    return { state: 'failed', kind: 'sync-failed', reason, resources };
}
function historyRevision(entry) {
    return [entry.revision, ...(entry.revisions ?? [])].filter((r) => !!r);
}
/**
 * Someone deployed over the expected revision: it is in the history and a later entry with another
 * revision is what the app is synced to now. Waiting longer could never succeed.
 */
function superseded(app, expect) {
    const expected = expect.revision;
    if (!expected)
        return undefined;
    const history = app.status?.history ?? [];
    const ours = history.findIndex((h) => historyRevision(h).some((r) => revisionMatches(r, expected)));
    if (ours < 0)
        return undefined;
    const later = history
        .slice(ours + 1)
        .filter((h) => !historyRevision(h).some((r) => revisionMatches(r, expected)));
    const newest = later[later.length - 1];
    if (!newest)
        return undefined;
    const current = syncedRevisions(app);
    const newestRevs = historyRevision(newest);
    if (!current.some((c) => newestRevs.includes(c)))
        return undefined;
    const who = newest.initiatedBy?.automated
        ? 'automated sync'
        : newest.initiatedBy?.username
            ? newest.initiatedBy.username
            : 'unknown';
    const when = newest.deployedAt ? ` at ${newest.deployedAt}` : '';
    const reason = `a newer revision ${revision_shortSha(newestRevs[0] ?? '')} was deployed over the expected ${revision_shortSha(expected)}` +
        `${when} (by ${who})`;
    return { state: 'failed', kind: 'superseded', reason, resources: [] };
}
/**
 * Argo CD synced straight to a newer commit that renders other manifests for this app than the expected
 * one: the expected revision will never run here.
 */
function jumpedOver(app, s, expect) {
    if (!expect.revision || s.sync !== 'Synced' || isOperationRunning(app))
        return undefined;
    const relation = expect.related?.get(s.revision);
    if (relation?.kind !== 'newer')
        return undefined;
    const reason = `a newer revision ${revision_shortSha(s.revision)} (committed ${relation.committedAt}) is synced, and it renders ` +
        `other manifests for this app than the expected ${revision_shortSha(expect.revision)}, which never ran on its own`;
    return { state: 'failed', kind: 'superseded', reason, resources: [] };
}
/** For an app without the hydrator: how its revision differs from the expected one, '' when it does not. */
function revisionGap(app, s, expect) {
    if (!expect.revision || atExpectedRevision(app, expect))
        return '';
    return `at ${revision_shortSha(s.revision) || 'no revision'}, expected ${revision_shortSha(expect.revision)}`;
}
function waitingReason(app, s, expect, inputs, revisionNote) {
    const parts = [];
    // The hydrator comes first: until it has hydrated the commit, nothing else can move.
    if (revisionNote && s.hydratedRevision !== undefined)
        parts.push(revisionNote);
    if (isOperationRunning(app))
        parts.push(`sync operation ${s.operationPhase || 'requested'}`);
    if (s.sync !== 'Synced')
        parts.push(`sync ${s.sync}`);
    if (revisionNote && s.hydratedRevision === undefined)
        parts.push(revisionNote);
    if (s.health === 'Suspended' && !expect.acceptSuspended) {
        const accept = inputs.acceptSuspended ? `; set ${inputs.acceptSuspended} to treat this as done` : '';
        parts.push(`health Suspended (paused${accept})`);
    }
    else if (s.health !== 'Healthy')
        parts.push(`health ${s.health}`);
    return parts.join(', ') || 'waiting for the next reconciliation';
}
/** A hydrator app is at the expected revision once synced to its hydrated commit, compared since. */
function atHydrated(h) {
    return h.kind === 'hydrated' && h.synced && h.fresh;
}
function hydratedDoneReason(s, h, expect) {
    const at = `Synced and ${s.health} at ${hydrator_describeHydration(h.dry, h.hydrated)}`;
    return h.carried ? `${at}, which renders the same manifests as ${revision_shortSha(expect.revision)}` : at;
}
/**
 * Sync failures and deploys over ours, judged at the hydrated commit of the expected dry one: the
 * operations and the history name hydrated commits. Before hydration no sync can be ours.
 */
function hydratorFailure(app, s, expect, h, running) {
    if (h.kind === 'superseded') {
        if (s.sync !== 'Synced' || running)
            return undefined;
        return { state: 'failed', kind: 'superseded', reason: h.reason, resources: [] };
    }
    if (h.kind !== 'hydrated')
        return undefined;
    const atHydratedCommit = { ...expect, revision: h.hydrated, related: undefined };
    return syncFailure(app, atHydratedCommit, running) ?? superseded(app, atHydratedCommit);
}
function hydrationNote(app, h) {
    if (h.kind === 'hydrated')
        return hydratedWaitingReason(app, h);
    return h.kind === 'pending' ? h.reason : '';
}

;// CONCATENATED MODULE: ./packages/argocd/src/errors.ts
// Client failures turned into `Could not wait for Argo CD: <cause>` with the fix, in the caller's input
// names: what was reached (the URL), what came back, and which input chose the server.



const OPERATION = 'wait for Argo CD';
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'EPROTO',
]);
function isTlsError(error) {
    return error instanceof ArgoNetworkError && TLS_CODES.has(error.code);
}
/** Turns a client failure into `Could not wait for Argo CD: <cause>` with the fix, in the caller's input names. */
function explain(error, opts) {
    if (error instanceof src/* ActionError */.lZ)
        return error;
    const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
    if (error instanceof ArgoApiError)
        return explainAnswer(error, opts, inputs);
    if (isTlsError(error)) {
        return new src/* ActionError */.lZ(OPERATION, `TLS connection to ${(0,src/* displayUrl */.Qy)(opts.server)} failed: ${error.message}`, { hint: tlsHint(inputs), cause: error });
    }
    if (error instanceof ArgoNetworkError) {
        return new src/* ActionError */.lZ(OPERATION, `Argo CD at ${(0,src/* hostOf */.w4)(opts.server)} is unreachable: ${error.message}`, {
            hint: `Check the \`${inputs.server}\` input (scheme, host, port) and that the runner can reach it.`,
            cause: error,
        });
    }
    return error;
}
function explainAnswer(error, opts, inputs) {
    const make = (cause, hint) => new src/* ActionError */.lZ(OPERATION, cause, { hint, cause: error });
    if (error.status === 401 && error.kind === 'status') {
        return make(`Argo CD refused the token (${error.message})`, `The \`${inputs.token}\` input is wrong or expired: generate one with \`argocd account generate-token --account <ci-account>\` ` +
            'and store it as a secret.');
    }
    if (error.status === 403 && error.kind === 'status' && /blocked by sync window/i.test(error.detail)) {
        const mode = inputs.syncWindow ? ` Set \`${inputs.syncWindow}: wait\` to wait for it to open,` : '';
        return make(`Argo CD refused the sync because a sync window blocks it, not for a missing permission (${error.message})`, `The app's AppProject has a deny window active now, or allow windows none of which is open.${mode} ` +
            're-run once it opens, or ask a project admin for `manualSync: true` on the window.');
    }
    if (error.status === 403 && error.kind === 'status') {
        const perms = opts.sync ? '`applications, get` and `applications, sync`' : '`applications, get`';
        return make(`the token lacks permission (${error.message})`, `Grant the token's account ${perms} on the application's project in argocd-rbac-cm.`);
    }
    if (error.kind === 'html' || error.kind === 'redirect')
        return make(error.message, notArgoHint(inputs));
    if (error.kind === 'json') {
        return make(error.message, `A proxy in front of Argo CD may be cutting its answers; ${notArgoHint(inputs)}`);
    }
    if (error.status === 429 && error.retryAfterMs !== undefined) {
        const wait = (0,src/* formatDuration */.a3)(error.retryAfterMs);
        return make(`${error.message}, asking to retry in ${wait}, after the wait's ${(0,src/* formatDuration */.a3)(opts.timeoutMs)} would end`, `Argo CD is rate limiting this runner: raise \`${inputs.timeout}\`, or run fewer waits at once.`);
    }
    const tries = error.attempts > 1 ? ` (${error.attempts} attempts)` : '';
    return make(`Argo CD at ${(0,src/* hostOf */.w4)(opts.server)} answered an error: ${error.message}${tries}`);
}
/**
 * The wait's deadline passed during a request, or while retrying one: what hung or kept failing, the
 * host, and the two inputs that decide it.
 */
function deadlineError(error, opts) {
    const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
    const what = error instanceof Error ? error.message : String(error);
    const attempts = error instanceof ArgoApiError || error instanceof ArgoNetworkError ? error.attempts : 1;
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    const cause = `timed out after ${(0,src/* formatDuration */.a3)(opts.timeoutMs)} (\`${inputs.timeout}\`): ${what}${tries}`;
    const proxied = error instanceof ArgoApiError && (error.kind === 'html' || error.kind === 'redirect');
    const hint = proxied
        ? notArgoHint(inputs)
        : `Check that \`${inputs.server}\` (${(0,src/* hostOf */.w4)(opts.server)}) is Argo CD's API and that nothing in between ` +
            `(a proxy, a firewall) holds requests; raise \`${inputs.timeout}\` if Argo CD is just slow.`;
    return new src/* ActionError */.lZ(OPERATION, cause, { hint, cause: error });
}
function notArgoHint(inputs) {
    return (`Is \`${inputs.server}\` the Argo CD API (the URL the argocd CLI logs in to), ` +
        'not an SSO or proxy login page in front of it?');
}
function tlsHint(inputs) {
    if (!inputs.caCert) {
        // The client then trusts Node's CAs, which NODE_EXTRA_CA_CERTS extends.
        return "Make the runner trust the CA that signed the Argo CD server's certificate (NODE_EXTRA_CA_CERTS=<PEM file>).";
    }
    const insecure = inputs.insecure
        ? `; \`${inputs.insecure}: true\` skips verification but trusts anyone on the network path`
        : '';
    return `Pass the server's CA certificate (PEM) as \`${inputs.caCert}\`${insecure}.`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/deployment-inputs.ts
// The GitHub Deployment that reports a wait: its inputs, parsed beside the wait's own.


/** The GitHub Deployment the inputs ask for, or undefined without `deployment-environment`. */
function deploymentInputs(raw, env, wait) {
    const environment = environmentInput(raw.string('deployment-environment'));
    const ref = raw.string('deployment-ref', { default: env['GITHUB_SHA'] ?? '' });
    const repository = raw.string('deployment-repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
    const token = raw.secret('github-token');
    const image = oneLineInput('image', raw.string('image'));
    const tag = oneLineInput('tag', raw.string('tag'));
    const digest = digestInput(raw.string('digest'));
    if (!environment)
        return undefined;
    if (!token) {
        throw new InputError('github-token', 'is required with deployment-environment: pass a token with `deployments: write` (e.g. github.token, with `permissions: { deployments: write }` on the job)');
    }
    if (!ref)
        throw new InputError('deployment-ref', 'is required (GITHUB_SHA is not set outside a runner)');
    if (!/^[0-9a-fA-F]{7,40}$/.test(ref) && !/^[A-Za-z0-9._/-]{1,255}$/.test(ref)) {
        throw new InputError('deployment-ref', `${shown(ref)} is not a commit SHA or a branch or tag name`);
    }
    if (!repository) {
        throw new InputError('deployment-repository', 'is required (GITHUB_REPOSITORY is not set outside a runner)');
    }
    const serverUrl = githubServerUrl(env);
    const apps = wait.apps.map(appKey);
    return {
        token,
        apiUrl: githubApiUrl(env, serverUrl),
        tokenInput: 'github-token',
        repository: fullNameInput('deployment-repository', repository),
        ref,
        environment,
        description: `${image || 'GitOps'}${tag ? `:${tag}` : ''} to ${environment} with Argo CD`,
        payload: { image, tag, digest, gitopsCommit: wait.revision ?? '', applications: apps },
        logUrl: runUrl(env, serverUrl),
        environmentUrl: appUrl(wait.server, wait.apps[0]),
        progress: `Waiting for Argo CD: ${apps.join(', ')}`,
    };
}
/** GitHub takes up to 255 characters, no line breaks, no commas or semicolons in environment names. */
function environmentInput(value) {
    if (value === '')
        return '';
    oneLineInput('deployment-environment', value);
    if (value.length > 255 || /[,;]/.test(value)) {
        throw new InputError('deployment-environment', `${shown(value)} is not an environment name (up to 255 characters, no line breaks, commas or semicolons)`);
    }
    return value;
}
function digestInput(value) {
    if (value !== '' && !/^sha256:[0-9a-f]{64}$/.test(value)) {
        throw new InputError('digest', `${shown(value)} is not a digest (sha256: and 64 lower-case hex)`);
    }
    return value;
}
/** The run's page: GitHub's log_url. */
function runUrl(env, serverUrl) {
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return repo && run ? `${serverUrl}/${repo}/actions/runs/${run}` : undefined;
}
/** The application's page in Argo CD's UI: GitHub's environment_url. */
function appUrl(server, app) {
    if (!app)
        return undefined;
    const path = [app.namespace, app.name].filter(Boolean).map((p) => encodeURIComponent(p));
    return `${server.replace(/\/+$/, '')}/applications/${path.join('/')}`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/analysis.ts
const BAD = new Set(['Failed', 'Error', 'Inconclusive']);
/** What one AnalysisRun object says about its metrics. Pure. */
function analysisReport(value) {
    const run = (value ?? {});
    const results = run.status?.metricResults ?? [];
    const bad = results.filter((m) => BAD.has(m.phase ?? ''));
    const metrics = (bad.length ? bad : results).map((m) => ({
        name: m.name ?? '',
        phase: m.phase ?? '',
        message: m.message ?? '',
        measurements: (m.measurements ?? [])
            .filter((x) => BAD.has(x.phase ?? ''))
            .slice(-5)
            .map((x) => ({
            phase: x.phase ?? '',
            value: typeof x.value === 'string' ? x.value : x.value === undefined ? '' : JSON.stringify(x.value),
            startedAt: x.startedAt ?? '',
            finishedAt: x.finishedAt ?? '',
            message: x.message ?? '',
        })),
    }));
    return {
        name: run.metadata?.name ?? '',
        phase: run.status?.phase ?? '',
        message: run.status?.message ?? '',
        metrics,
    };
}
/** `AnalysisRun x: Failed — message` then one line per metric and failed measurement. */
function analysis_describeAnalysis(a) {
    const lines = [`AnalysisRun ${a.name}: ${a.phase || 'unknown phase'}${a.message ? ` — ${a.message}` : ''}`];
    for (const m of a.metrics) {
        lines.push(`  metric ${m.name}: ${m.phase}${m.message ? ` — ${m.message}` : ''}`);
        for (const x of m.measurements) {
            const when = [x.startedAt, x.finishedAt].filter(Boolean).join(' → ');
            const note = x.message ? ` — ${x.message}` : '';
            lines.push(`    ${x.phase} value ${x.value || '(none)'}${when ? ` at ${when}` : ''}${note}`);
        }
    }
    return lines;
}
/**
 * Reads the AnalysisRuns the Rollout names, or else those the resource tree shows (newest three), through
 * `GET .../resource`; a run that cannot be read is left out.
 */
async function readAnalysisRuns(api, ref, rollout, signal) {
    let names = (rollout.analysisRuns ?? []).map((name) => ({ name, namespace: rollout.namespace }));
    if (names.length === 0) {
        const tree = await api.resourceTree(ref, signal).catch(() => undefined);
        names = (tree?.nodes ?? [])
            .filter((n) => n.kind === 'AnalysisRun' && n.group === 'argoproj.io' && ownedBy(n, rollout.name))
            .slice(-3)
            .map((n) => ({ name: n.name ?? '', namespace: n.namespace }));
    }
    const reads = names.map(async ({ name, namespace }) => {
        const query = {
            group: 'argoproj.io',
            version: 'v1alpha1',
            kind: 'AnalysisRun',
            namespace,
            name,
        };
        const live = await api.liveResource(ref, query, signal).catch(() => undefined);
        return live === undefined ? undefined : analysisReport(live);
    });
    return (await Promise.all(reads)).filter((r) => r !== undefined);
}
/** AnalysisRuns are children of the Rollout, or of one of its ReplicaSets, whose names start with it. */
function ownedBy(n, rollout) {
    const parents = n.parentRefs ?? [];
    return (parents.length === 0 ||
        parents.some((p) => p.name === rollout || (p.name ?? '').startsWith(`${rollout}-`)));
}

;// CONCATENATED MODULE: ./packages/argocd/src/rollout.ts
// Progress of an Argo Rollouts `Rollout` from its live object: which canary step, what weight,
// whether it is paused. Pure, so the fixtures from argo-cd's resource_customizations test it.
function rolloutProgress(value) {
    const obj = (value ?? {});
    const canary = obj.spec?.strategy?.canary;
    const steps = canary?.steps ?? [];
    const rawIndex = Number(obj.status?.currentStepIndex ?? 0);
    const stepIndex = Number.isFinite(rawIndex) ? Math.min(Math.max(rawIndex, 0), steps.length) : 0;
    const paused = obj.spec?.paused === true ||
        obj.status?.controllerPause === true ||
        (obj.status?.pauseConditions?.length ?? 0) > 0 ||
        obj.status?.phase === 'Paused';
    // A timed `pause: {duration}` resumes by itself; only an open-ended one waits for a person.
    const step = steps[stepIndex];
    const gate = paused &&
        (obj.spec?.paused === true ||
            (step?.pause !== undefined && step.pause.duration === undefined) ||
            (obj.status?.pauseConditions ?? []).some((c) => c.reason !== 'CanaryPauseStep'));
    return {
        name: obj.metadata?.name ?? 'rollout',
        strategy: canary ? 'canary' : obj.spec?.strategy?.blueGreen ? 'blueGreen' : 'unknown',
        stepIndex,
        steps: steps.length,
        weight: canary ? canaryWeight(steps, stepIndex) : undefined,
        paused,
        phase: obj.status?.phase ?? '',
        message: obj.status?.message ?? '',
        aborted: obj.status?.abort === true,
        gate,
        analysisRuns: analysisRunNames(obj),
        namespace: obj.metadata?.namespace,
    };
}
function analysisRunNames(obj) {
    const s = obj.status;
    const names = [
        s?.canary?.currentStepAnalysisRunStatus?.name,
        s?.canary?.currentBackgroundAnalysisRunStatus?.name,
        s?.blueGreen?.prePromotionAnalysisRunStatus?.name,
        s?.blueGreen?.postPromotionAnalysisRunStatus?.name,
    ];
    return [...new Set(names.filter((n) => typeof n === 'string' && n !== ''))];
}
/** The weight set by the last `setWeight` step already reached; 100 once all steps ran. */
function canaryWeight(steps, stepIndex) {
    if (stepIndex >= steps.length)
        return 100;
    let weight = 0;
    for (let i = 0; i <= stepIndex; i++) {
        const w = steps[i]?.setWeight;
        if (typeof w === 'number')
            weight = w;
    }
    return weight;
}
function rollout_describeRollout(p) {
    const parts = [`Rollout ${p.name}`];
    if (p.steps > 0) {
        parts.push(p.stepIndex >= p.steps ? `all ${p.steps} steps done` : `step ${p.stepIndex + 1} of ${p.steps}`);
    }
    if (p.weight !== undefined)
        parts.push(`weight ${p.weight}%`);
    if (p.aborted)
        parts.push('aborted');
    else if (p.paused)
        parts.push('paused');
    if (p.message && p.message !== p.phase)
        parts.push(p.message);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./packages/argocd/src/rollout-action.ts
// What the wait does about a Rollout besides logging it: run `rollout-action` on a Rollout paused at a
// manual gate (Argo CD's resource action, so the token's RBAC decides), fail at once on an aborted
// canary, and fail one that has not finished its steps within `rollout-timeout`.





/**
 * Argo CD's Lua actions for a Rollout: `promote` is `resume` (clears the pause, as `kubectl argo
 * rollouts promote` does: the next steps, their pauses and analysis still run), not `promote-full`,
 * which skips every remaining step and analysis.
 */
const ARGO_ACTION = { promote: 'resume', abort: 'abort' };
/** The app is synced at the expected revision with no operation running: its Rollout is ours to judge. */
function rolloutIsOurs(ctx, t) {
    const expected = ctx.opts.expect.revision;
    if (isOperationRunning(t.app) || snapshotOf(t.app).sync !== 'Synced')
        return false;
    return !expected || syncedRevisions(t.app).some((r) => revisionMatches(r, expected));
}
function finished(p) {
    return p.steps > 0 ? p.stepIndex >= p.steps && !p.paused : p.phase === 'Healthy';
}
/** Called with each new read of the app's Rollout. */
function judgeRollout(ctx, t, p, query) {
    if (!rolloutIsOurs(ctx, t))
        return;
    if (!finished(p) && t.rolloutSince === undefined)
        t.rolloutSince = ctx.clock.now();
    if (p.aborted && !t.rolloutFailure) {
        t.rolloutFailure = {
            reason: `${rollout_describeRollout(p)}: the canary was aborted`,
        };
        ctx.observe(t, t.app, false);
        return;
    }
    const action = ctx.opts.rolloutAction;
    if (action && p.gate && !p.aborted)
        act(ctx, t, p, query, action);
}
function act(ctx, t, p, query, action) {
    const api = ctx.api;
    if (!api.runResourceAction)
        return;
    t.rolloutActed ??= new Set();
    const key = action === 'abort' ? -1 : p.stepIndex;
    if (t.rolloutActed.has(key))
        return;
    t.rolloutActed.add(key);
    const name = ARGO_ACTION[action];
    const input = (ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).rolloutAction ?? 'the rollout action';
    ctx.log.info(`${t.key}: ${rollout_describeRollout(p)}; running Argo CD's \`${name}\` action (${input}: ${action})`);
    const run = api.runResourceAction(t.ref, query, name, ctx.deadline).then(() => {
        ctx.log.info(`${t.key}: Argo CD ran \`${name}\` on Rollout ${p.name}`);
        if (action === 'abort') {
            t.rolloutFailure = { reason: `${rollout_describeRollout(p)}: aborted as \`${input}: abort\` asked` };
            ctx.observe(t, t.app, false);
        }
    }, (error) => {
        t.rolloutFailure = refused(t, p, name, error);
        ctx.observe(t, t.app, false);
    });
    ctx.inBackground(run);
}
function refused(t, p, action, error) {
    const reason = `could not run \`${action}\` on Rollout ${p.name}: ${error.message}`;
    if (!(error instanceof ArgoApiError) || error.status !== 403 || error.kind !== 'status')
        return { reason };
    const project = t.app.spec?.project ?? 'default';
    const object = t.ref.namespace ? `${project}/${t.ref.namespace}/${t.ref.name}` : `${project}/${t.ref.name}`;
    return {
        reason,
        hint: `The token may not run that action: add to argocd-rbac-cm, for the token's role, ` +
            `\`p, <role>, applications, action/argoproj.io/Rollout/${action}, ${object}, allow\`.`,
    };
}
/** The Rollout has not finished its steps within `rollout-timeout`: its failure, else undefined. */
function rolloutOverdue(ctx, t) {
    const limit = ctx.opts.rolloutTimeoutMs;
    if (limit === undefined || t.rolloutSince === undefined || !t.rollout || finished(t.rollout))
        return undefined;
    const spent = ctx.clock.now() - t.rolloutSince;
    if (spent < limit)
        return undefined;
    const input = (ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).rolloutTimeout ?? 'the rollout timeout';
    return {
        reason: `${rollout_describeRollout(t.rollout)}: not finished after ${(0,src/* formatDuration */.a3)(spent)}, longer than ${input} (${(0,src/* formatDuration */.a3)(limit)})`,
    };
}

;// CONCATENATED MODULE: ./packages/argocd/src/report.ts
// Reporting a wait: a log line whenever an app's state changes, canary progress of its Rollout, the
// resources at fault once it failed, and the per-app report and message the caller gets.







/** Logs the app's state and verdict, once per change. */
function logTransition(log, t, a) {
    const line = `${t.key}: ${describeState(a.snapshot)} — ${a.verdict.state}: ${a.verdict.reason}`;
    if (line === t.lastLine)
        return;
    t.lastLine = line;
    log.info(line);
}
function describeState(s) {
    const op = s.operationPhase ? `, operation ${s.operationPhase}` : '';
    const revision = s.hydratedRevision === undefined
        ? revision_shortSha(s.revision) || '-'
        : hydrator_describeHydration(s.revision, s.hydratedRevision);
    return `sync ${s.sync}, health ${s.health}${op}, revision ${revision}`;
}
/** Logs canary progress when the app manages a Rollout whose state changed. */
function watchRollout(ctx, t) {
    const resource = t.app.status?.resources?.find((r) => r.kind === 'Rollout' && r.group === 'argoproj.io');
    if (!resource?.name)
        return;
    const signature = JSON.stringify([
        resource.health,
        t.app.status?.sync?.revision,
        t.app.status?.health?.status,
    ]);
    if (signature === t.rolloutSignature)
        return;
    t.rolloutSignature = signature;
    const query = {
        group: resource.group,
        version: resource.version ?? 'v1alpha1',
        kind: 'Rollout',
        namespace: resource.namespace,
        name: resource.name,
    };
    const read = ctx.api.liveResource(t.ref, query, ctx.deadline).then((live) => {
        if (live === undefined)
            return;
        const progress = rolloutProgress(live);
        const line = rollout_describeRollout(progress);
        const changed = !t.rollout || rollout_describeRollout(t.rollout) !== line;
        t.rollout = progress;
        if (changed)
            ctx.log.info(`${t.key}: ${line}`);
        judgeRollout(ctx, t, progress, query);
    }, (error) => ctx.log.debug(`${t.key}: could not read the Rollout: ${String(error)}`));
    ctx.inBackground(read);
}
const UNHEALTHY = new Set(['Degraded', 'Missing', 'Unknown']);
/** After a failure, names the resources at fault: the sync results, or the resource tree's unhealthy nodes. */
async function enrichFailure(t, api, signal) {
    const verdict = t.assessment?.verdict;
    if (verdict?.state !== 'failed')
        return;
    if (verdict.kind === 'sync-failed') {
        t.resources = verdict.resources.map(fromResult);
        return;
    }
    if ((verdict.kind === 'degraded' || verdict.kind === 'rollout') && t.rollout && !signal.aborted) {
        t.analysis = await rolloutAnalysis(t, api, signal);
    }
    if (verdict.kind !== 'degraded' || signal.aborted)
        return;
    const tree = await api.resourceTree(t.ref, signal).catch(() => undefined);
    const nodes = (tree?.nodes ?? []).filter((n) => UNHEALTHY.has(n.health?.status ?? ''));
    const fromStatus = (t.app.status?.resources ?? []).filter((r) => UNHEALTHY.has(r.health?.status ?? ''));
    t.resources = nodes.length > 0 ? nodes.map(fromNode) : fromStatus.map(fromNode);
}
/** The AnalysisRuns of the app's Rollout, from a fresh read of it (the one the wait kept may be older). */
async function rolloutAnalysis(t, api, signal) {
    const resource = t.app.status?.resources?.find((r) => r.kind === 'Rollout' && r.group === 'argoproj.io');
    const rollout = t.rollout;
    const query = {
        group: 'argoproj.io',
        version: resource?.version ?? 'v1alpha1',
        kind: 'Rollout',
        namespace: resource?.namespace ?? rollout.namespace,
        name: resource?.name ?? rollout.name,
    };
    const live = await api.liveResource(t.ref, query, signal).catch(() => undefined);
    const fresh = live === undefined ? rollout : rolloutProgress(live);
    const namespace = fresh.namespace ?? query.namespace;
    return readAnalysisRuns(api, t.ref, { ...fresh, namespace }, signal).catch(() => []);
}
function fromResult(r) {
    return {
        kind: r.kind ?? '',
        namespace: r.namespace ?? '',
        name: r.name ?? '',
        status: r.status || r.hookPhase || '',
        message: r.message ?? '',
    };
}
function fromNode(n) {
    return {
        kind: n.kind ?? '',
        namespace: n.namespace ?? '',
        name: n.name ?? '',
        status: n.health?.status ?? '',
        message: n.health?.message ?? '',
    };
}
/** The report on one app; `inputs` names the caller's knobs should its state still need assessing. */
function appReport(t, inputs) {
    // An app is left unassessed when another one ended the wait during the first round.
    const assess = () => assessApp(t.app, { acceptSuspended: false, degradedGraceMs: 0 }, 0, {}, inputs);
    return {
        key: t.key,
        assessment: t.assessment ?? assess(),
        rollout: t.rollout,
        ...(t.window ? { window: t.window } : {}),
        ...(t.analysis?.length ? { analysis: t.analysis } : {}),
        resources: t.resources,
        mode: t.mode,
    };
}
function report_describeResource(r) {
    const where = r.namespace ? `${r.namespace}/${r.name}` : r.name;
    return `${r.kind} ${where}: ${r.status}${r.message ? ` — ${r.message}` : ''}`;
}
/** Why the wait did not succeed: every app's last state on a timeout, else each failed app and its resources. */
function failureMessage(outcome, trackers, opts, problems = []) {
    if (outcome === 'timeout') {
        const states = trackers.map((t) => `  ${t.key}: ${stateLine(t)}`);
        const timeout = (opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).timeout;
        const trouble = problems.length
            ? [`Argo CD when \`${timeout}\` ran out:`, ...problems.map((p) => `  - ${p}`)]
            : [];
        return [`timed out after ${(0,src/* formatDuration */.a3)(opts.timeoutMs)}; last state:`, ...states, ...trouble].join('\n');
    }
    const failed = trackers.filter((t) => t.assessment?.verdict.state === 'failed');
    return failed
        .map((t) => {
        const lines = [`${t.key}: ${t.assessment?.verdict.reason ?? ''}`];
        for (const r of t.resources)
            lines.push(`  - ${report_describeResource(r)}`);
        if (t.rollout)
            lines.push(`  - ${rollout_describeRollout(t.rollout)}`);
        for (const a of t.analysis ?? [])
            lines.push(...analysis_describeAnalysis(a).map((l) => `  - ${l}`));
        return lines.join('\n');
    })
        .join('\n');
}
function stateLine(t) {
    const a = t.assessment;
    if (!a)
        return 'no state received';
    const rollout = t.rollout ? `; ${rollout_describeRollout(t.rollout)}` : '';
    return `${describeState(a.snapshot)} (${a.verdict.reason})${rollout}`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/outcome.ts
// What a finished wait means for the action that ran it: the output values, the job summary and the
// hint that goes with a failure. wait-for-argocd and the root action both use these.







const SYNC_ORDER = ['Unknown', 'OutOfSync', 'Synced'];
const HEALTH_ORDER = ['Missing', 'Degraded', 'Unknown', 'Progressing', 'Suspended', 'Healthy'];
function waitOutputs(result) {
    const apps = result?.apps ?? [];
    const snaps = apps.map((a) => a.assessment.snapshot);
    return {
        'sync-status': worst(snaps.map((s) => s.sync), SYNC_ORDER),
        'health-status': worst(snaps.map((s) => s.health), HEALTH_ORDER),
        revision: [...new Set(snaps.map((s) => s.revision))].join(','),
        'hydrated-revision': [...new Set(snaps.map((s) => s.hydratedRevision ?? ''))].filter(Boolean).join(','),
        'duration-seconds': result ? (result.durationMs / 1000).toFixed(1) : '',
        applications: result ? JSON.stringify(apps.map(appOutput)) : '',
        'sync-window-opens': windowOpens(apps),
    };
}
/** When the first window that kept an app from syncing opens (ISO 8601), '' when none did. */
function windowOpens(apps) {
    const times = apps.map((a) => a.window?.opensAt).filter((t) => t !== undefined);
    return times.length ? new Date(Math.min(...times)).toISOString() : '';
}
function appOutput(a) {
    const s = a.assessment.snapshot;
    const v = a.assessment.verdict;
    return {
        name: a.key,
        sync: s.sync,
        health: s.health,
        revision: s.revision,
        hydratedRevision: s.hydratedRevision ?? '',
        operation: s.operationPhase,
        message: v.reason,
        state: v.state,
        ...(a.window
            ? {
                syncWindow: {
                    windows: a.window.windows.map((w) => ({
                        kind: w.kind,
                        schedule: w.schedule,
                        duration: w.duration,
                        timeZone: w.timeZone || 'UTC',
                    })),
                    opensAt: a.window.opensAt === undefined ? '' : new Date(a.window.opensAt).toISOString(),
                },
            }
            : {}),
        ...(a.analysis ? { analysis: a.analysis } : {}),
    };
}
/**
 * How the wait ended, in one line for a place that shows one (a GitHub deployment status): the
 * apps and the revision they reached, or the reason with every app's last state.
 */
function outcome_waitVerdict(result) {
    if (result.outcome !== 'done')
        return { ok: false, description: result.message.replace(/\s+/g, ' ') };
    const apps = result.apps.map((a) => a.key).join(', ');
    const revisions = [...new Set(result.apps.map((a) => shownRevision(a.assessment.snapshot)))];
    return { ok: true, description: `${apps} Synced and Healthy at ${revisions.join(', ')}` };
}
/** The revision, short; for a Source Hydrator app, `dry → hydrated`. */
function shownRevision(s) {
    return s.hydratedRevision === undefined
        ? shortSha(s.revision)
        : describeHydration(s.revision, s.hydratedRevision);
}
/** For several apps: the value all share, else the one that needs attention first. */
function worst(values, order) {
    const rank = (value) => (order.includes(value) ? order.indexOf(value) : order.length);
    return [...new Set(values)].sort((a, b) => rank(a) - rank(b))[0] ?? '';
}
/** The fix to suggest after a wait that did not succeed, in the caller's input names. */
function failureHint(result, opts) {
    const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
    if (result.outcome === 'timeout') {
        const raise = `Raise \`${inputs.timeout}\` if the rollout is just slow`;
        if (result.problems?.length) {
            return `${raise}; check that \`${inputs.server}\` is Argo CD's API and that nothing in between (a proxy, a firewall) holds its requests.`;
        }
        return opts.sync
            ? `${raise}; the last state of each app is above.`
            : `${raise}; for apps without auto-sync set \`${inputs.sync}: true\`.`;
    }
    for (const a of result.apps) {
        const v = a.assessment.verdict;
        if (v.state === 'failed' && v.hint)
            return v.hint;
    }
    const kinds = result.apps.map((a) => a.assessment.verdict.state === 'failed' ? a.assessment.verdict.kind : '');
    if (kinds.includes('deleted'))
        return ('If a parent app (app of apps) or an ApplicationSet pruned it, check that its manifests still ' +
            'declare the app; re-run once the application exists again.');
    if (kinds.includes('degraded')) {
        const grace = inputs.degradedGrace
            ? `, or raise \`${inputs.degradedGrace}\` if they recover on their own`
            : '';
        return `Fix the unhealthy resources above${grace}.`;
    }
    if (kinds.includes('superseded'))
        return 'Another commit was deployed after yours; wait for that one instead, or re-run to redeploy.';
    if (kinds.includes('rollout')) {
        const timeout = inputs.rolloutTimeout
            ? `, or raise \`${inputs.rolloutTimeout}\` if the canary is just slow`
            : '';
        return `Check the Rollout and its analysis above${timeout}.`;
    }
    if (kinds.includes('hydration-failed'))
        return "Fix the dry source so that Argo CD's Source Hydrator can render it (its message is above), and push a new commit.";
    if (kinds.includes('sync-failed'))
        return 'Fix the manifests at the failing resources above and push a new commit.';
    return undefined;
}
const ICON = { done: '✅', failed: '❌', waiting: '⏳' };
const TITLE = {
    done: 'Argo CD: deployed',
    timeout: 'Argo CD: timed out',
    failed: 'Argo CD: failed',
};
/** The job summary of a wait: one row per app, then the server and how long it took. */
function renderWaitSummary(result, server) {
    return (heading(TITLE[result.outcome]) +
        table(['Application', 'Sync', 'Health', 'Revision', 'Operation', 'Details'], result.apps.map(summaryRow)) +
        windowTable(result.apps) +
        `\n${escapeCell(server)} · ${(result.durationMs / 1000).toFixed(1)}s\n`);
}
/** The sync windows that kept apps from syncing, and when each next opens. */
function windowTable(apps) {
    const rows = apps.flatMap((a) => (a.window?.windows ?? []).map((w) => [
        code(a.key),
        escapeCell(w.kind),
        code(w.schedule),
        escapeCell(w.duration),
        escapeCell(`${w.timeZone || 'UTC'}${a.window?.zonesKnown === false ? ' (assumed)' : ''}`),
        escapeCell(a.window?.opensAt === undefined
            ? (a.window?.reason ?? 'unknown')
            : new Date(a.window.opensAt).toISOString()),
    ]));
    if (rows.length === 0)
        return '';
    return ('\n' + table(['Application', 'Sync window', 'Schedule', 'Duration', 'Time zone', 'Next open (UTC)'], rows));
}
function summaryRow(a) {
    const s = a.assessment.snapshot;
    const v = a.assessment.verdict;
    const details = [
        v.reason,
        ...a.resources.map(describeResource),
        ...(a.rollout ? [describeRollout(a.rollout)] : []),
        ...(a.analysis ?? []).flatMap(describeAnalysis),
    ];
    const icon = v.state === 'failed' && v.kind === 'deleted' ? '🗑️' : (ICON[v.state] ?? '');
    return [
        `${icon} ${code(a.key)}`,
        escapeCell(s.sync),
        escapeCell(s.health),
        code(shownRevision(s)),
        escapeCell(s.operationPhase || '—'),
        escapeCell(details.join('\n')),
    ];
}

;// CONCATENATED MODULE: ./packages/argocd/src/cron.ts
// The schedule syntax of Argo CD's sync windows: robfig/cron's standard parser (minute hour
// day-of-month month day-of-week; `*`, `?`, lists, ranges, steps, JAN-DEC and SUN-SAT names, no
// seconds and no @descriptors, as Argo CD builds it), and Go durations. Time zones as Argo CD applies
// them: the schedule is read in wall-clock time shifted by the zone's offset *now*. Pure: no clock.
class CronError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CronError';
    }
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    { name: 'month', min: 1, max: 12, names: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])) },
    { name: 'day of week', min: 0, max: 6, names: Object.fromEntries(DAYS.map((d, i) => [d, i])) },
];
/** Parses a 5-field schedule as Argo CD does; throws a `CronError` saying what is wrong. */
function parseCron(spec) {
    const fields = spec.trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0)
        throw new CronError('empty schedule');
    if (fields.length !== 5) {
        throw new CronError(`expected exactly 5 fields (minute hour day month weekday), found ${fields.length}`);
    }
    const [minute, hour, dom, month, dow] = fields.map((f, i) => parseField(f, FIELDS[i]));
    return { spec, minute: minute, hour: hour, dom: dom, month: month, dow: dow };
}
function parseField(text, b) {
    const allowed = new Array(b.max + 1).fill(false);
    let star = false;
    for (const part of text.split(',')) {
        const range = parseRange(part, b);
        for (let v = range.start; v <= range.end; v += range.step)
            allowed[v] = true;
        star ||= range.star;
    }
    return { allowed, star };
}
function parseRange(expr, b) {
    const [span = '', stepText, extra] = expr.split('/');
    if (extra !== undefined)
        throw new CronError(`too many slashes in ${b.name} ${JSON.stringify(expr)}`);
    const bounds = span.split('-');
    let start;
    let end;
    let star = false;
    if (bounds[0] === '*' || bounds[0] === '?') {
        if (bounds.length > 1)
            throw new CronError(`${b.name} ${JSON.stringify(expr)} ranges over *`);
        [start, end, star] = [b.min, b.max, true];
    }
    else {
        if (bounds.length > 2)
            throw new CronError(`too many hyphens in ${b.name} ${JSON.stringify(expr)}`);
        start = value(bounds[0], b);
        end = bounds.length === 2 ? value(bounds[1], b) : start;
    }
    let step = 1;
    if (stepText !== undefined) {
        step = value(stepText, { ...b, names: undefined });
        // robfig: `N/step` means from N to the field's maximum.
        if (bounds.length === 1 && !star)
            end = b.max;
        if (step > 1)
            star = false;
    }
    if (start < b.min)
        throw new CronError(`${b.name} ${start} is below the minimum ${b.min}`);
    if (end > b.max)
        throw new CronError(`${b.name} ${end} is above the maximum ${b.max}`);
    if (start > end)
        throw new CronError(`${b.name} range ${JSON.stringify(expr)} starts after it ends`);
    if (step <= 0)
        throw new CronError(`${b.name} step in ${JSON.stringify(expr)} must be positive`);
    return { start, end, step, star };
}
function value(text, b) {
    const named = b.names?.[text.toLowerCase()];
    if (named !== undefined)
        return named;
    if (!/^\d+$/.test(text))
        throw new CronError(`${b.name} ${JSON.stringify(text)} is not a number`);
    return Number(text);
}
const MINUTE = 60_000;
const cron_HOUR = 60 * MINUTE;
const DAY = 24 * cron_HOUR;
/**
 * The first start of `s` strictly after `afterMs`, both in wall-clock milliseconds (a UTC timestamp
 * shifted by the zone's offset); undefined when there is none within five years (e.g. 30 February).
 */
function nextStart(s, afterMs) {
    let t = Math.floor(afterMs / MINUTE) * MINUTE + MINUTE;
    const limit = afterMs + 5 * 366 * DAY;
    while (t <= limit) {
        const d = new Date(t);
        if (!s.month.allowed[d.getUTCMonth() + 1]) {
            t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        }
        else if (!dayMatches(s, d)) {
            t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
        }
        else if (!s.hour.allowed[d.getUTCHours()]) {
            t = Math.floor(t / cron_HOUR) * cron_HOUR + cron_HOUR * skip(s.hour.allowed, d.getUTCHours(), 24);
        }
        else if (!s.minute.allowed[d.getUTCMinutes()]) {
            t += MINUTE * skip(s.minute.allowed, d.getUTCMinutes(), 60);
        }
        else {
            return t;
        }
    }
    return undefined;
}
/** How many units from `from` to the next allowed one, or to the end of the range. */
function skip(allowed, from, size) {
    let n = from + 1;
    while (n < size && !allowed[n])
        n++;
    return n - from;
}
/** robfig: both day fields must match when either is a star, else either may. */
function dayMatches(s, d) {
    const dom = s.dom.allowed[d.getUTCDate()] === true;
    const dow = s.dow.allowed[d.getUTCDay()] === true;
    return s.dom.star || s.dow.star ? dom && dow : dom || dow;
}
const GO_UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: MINUTE,
    h: cron_HOUR,
};
/** Go's time.ParseDuration (`1h`, `90m`, `1h30m`, `1.5h`), in ms; undefined when it is not one. */
function parseGoDuration(text) {
    const trimmed = text.trim();
    if (trimmed === '0')
        return 0;
    if (!/^(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(trimmed))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of trimmed.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) {
        total += Number(amount) * GO_UNITS[unit];
    }
    return total;
}
/**
 * The zone's offset from UTC at `atMs`, in ms: 0 for '' or `UTC` (Go's LoadLocation), undefined for a
 * zone this runtime does not know (Argo CD then uses UTC and logs a warning).
 */
function zoneOffset(zone, atMs) {
    if (zone === '' || zone === 'UTC')
        return 0;
    let name;
    try {
        const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
        name = format.formatToParts(new Date(atMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    }
    catch {
        return undefined;
    }
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (!match)
        return undefined;
    if (!match[1])
        return 0;
    const ms = (Number(match[2]) * 60 + Number(match[3])) * MINUTE + Number(match[4] ?? 0) * 1000;
    return match[1] === '-' ? -ms : ms;
}

;// CONCATENATED MODULE: ./packages/argocd/src/windows.ts
// Argo CD's sync windows, evaluated as its controller and API server evaluate them
// (`SyncWindows.CanSync`): whether a sync may run at a time, and when one next may. Pure: the caller
// passes the time, so a test's clock decides.

/**
 * Whether the answer says a sync is refused now. A manual sync (the wait's own) is what the server's
 * `canSync` says; an automated one is refused by any active deny window, and by allow windows that
 * exist while none is active, whatever their `manualSync`.
 */
function blockedNow(answer, manual) {
    if (manual)
        return answer.canSync === false;
    const active = answer.activeWindows ?? [];
    if (active.some((w) => w.kind === 'deny'))
        return true;
    if (active.some((w) => w.kind === 'allow'))
        return false;
    return (answer.assignedWindows ?? []).some((w) => w.kind === 'allow');
}
/** The windows readied for evaluation at `now`; throws a `CronError` naming the window at fault. */
function evaluate(windows, now) {
    return windows.map((window) => {
        const durationMs = parseGoDuration(window.duration);
        if (durationMs === undefined) {
            throw new CronError(`window ${JSON.stringify(window.schedule)} has no Go duration: ${JSON.stringify(window.duration)}`);
        }
        let schedule;
        try {
            schedule = parseCron(window.schedule);
        }
        catch (error) {
            throw new CronError(`window schedule ${JSON.stringify(window.schedule)}: ${error.message}`);
        }
        // Argo CD shifts the schedule by the zone's offset at the time of asking, and uses UTC for a zone it
        // cannot load: a window across a DST change opens when Argo CD says, not when the wall clock does.
        const offsetMs = zoneOffset(window.timeZone ?? '', now) ?? 0;
        return { window, schedule, durationMs, offsetMs };
    });
}
/** Started before `at` and not yet over: Argo CD's `schedule.Next(at - duration).Before(at)`, in the zone. */
function activeAt(e, at) {
    const wall = at + e.offsetMs;
    const start = nextStart(e.schedule, wall - e.durationMs);
    return start !== undefined && start < wall;
}
/** Argo CD's `CanSync(manual)` at `at`. */
function canSyncAt(windows, at, manual) {
    if (windows.length === 0)
        return true;
    const active = windows.filter((e) => activeAt(e, at));
    const deny = active.filter((e) => e.window.kind === 'deny');
    if (deny.length > 0)
        return manual && deny.every((e) => e.window.manualSync === true);
    if (active.some((e) => e.window.kind === 'allow'))
        return true;
    const inactiveAllows = windows.filter((e) => e.window.kind === 'allow' && !active.includes(e));
    if (inactiveAllows.length === 0)
        return true;
    return manual && inactiveAllows.every((e) => e.window.manualSync === true);
}
/** The next time after `after` at which a window starts or ends, in real (UTC) milliseconds. */
function nextBoundary(e, after) {
    const wall = after + e.offsetMs;
    const start = nextStart(e.schedule, wall);
    const current = nextStart(e.schedule, wall - e.durationMs);
    const end = current === undefined ? undefined : current + e.durationMs;
    const next = [start, end].filter((t) => t !== undefined && t > wall);
    return next.length ? Math.min(...next) - e.offsetMs : undefined;
}
const WINDOW_SEARCH_DAYS = 366;
const MAX_STEPS = 200_000;
/**
 * When the windows next let a sync run, from `now`: `now` itself when they do already, the end of the
 * deny windows that block it, or the start of the next allow window. Undefined when that is not within
 * `WINDOW_SEARCH_DAYS`. A window opening at a minute lets syncs through from the second after it (Argo
 * CD asks whether it started *before* now), which is when `opensAt` + 1 s is.
 */
function nextOpening(windows, now, manual) {
    const evaluated = evaluate(windows, now);
    if (canSyncAt(evaluated, now, manual))
        return now;
    const horizon = now + WINDOW_SEARCH_DAYS * 24 * 60 * 60_000;
    let t = now;
    for (let step = 0; step < MAX_STEPS; step++) {
        const boundaries = evaluated.map((e) => nextBoundary(e, t)).filter((b) => b !== undefined);
        if (boundaries.length === 0)
            return undefined;
        const b = Math.min(...boundaries);
        if (b > horizon)
            return undefined;
        if (canSyncAt(evaluated, b + 1000, manual))
            return b;
        t = b;
    }
    return undefined;
}
/** `deny "0 22 * * *" for 8h (Europe/Paris)`, manual syncs allowed when it says so. */
function describeWindow(w, zoneKnown = true) {
    const zone = w.timeZone ? w.timeZone : 'UTC';
    const manual = w.manualSync ? ', manual syncs allowed' : '';
    return `${w.kind} ${JSON.stringify(w.schedule)} for ${w.duration} (${zone}${zoneKnown ? '' : '?'}${manual})`;
}
/** `2026-03-02 18:00 Europe/Berlin` as Argo CD reckons wall time there (the zone's offset at `now`). */
function wallTime(at, zone, now) {
    const offset = zoneOffset(zone, now) ?? 0;
    return `${new Date(at + offset).toISOString().slice(0, 16).replace('T', ' ')} ${zone || 'UTC'}`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/gate.ts
// Sync windows before the wait needs a sync: read the app's windows and, when one blocks the sync,
// fail at once saying which window and when it opens (`sync-window: fail`), or wait for it when it opens
// before the deadline (`wait`). Argo CD's 403 for a blocked sync lands here too.






/** Argo CD's answer to a sync a window refuses: "Cannot sync: Blocked by sync window" (older: lower case). */
function isWindowRefusal(error) {
    return (error instanceof ArgoApiError &&
        error.kind === 'status' &&
        error.status === 403 &&
        /blocked by sync window/i.test(error.detail));
}
/** The wait needs a sync to happen: it triggers one, or the app is not yet synced at the expected revision. */
function needsSync(t, opts) {
    if (opts.sync)
        return true;
    if (isOperationRunning(t.app))
        return false;
    const expected = opts.expect.revision;
    const at = expected ? syncedRevisions(t.app).some((r) => revisionMatches(r, expected)) : true;
    return !(snapshotOf(t.app).sync === 'Synced' && at);
}
/**
 * Lets the app through once no window blocks its sync (waiting for one when asked and in time); sets
 * `t.window` and a failed verdict, and returns false, when a window keeps it from syncing. `refused`
 * says Argo CD already refused a sync for a window, whatever the windows answer says.
 */
async function passWindows(ctx, t, refused) {
    if (!refused && !needsSync(t, ctx.opts))
        return true;
    for (let round = 0; round < 3; round++) {
        const answer = await readWindows(ctx, t);
        const manual = ctx.opts.sync;
        if (!answer) {
            if (!refused)
                return true;
            const note = "the app's sync windows are not readable, so when it opens is unknown";
            return blocked(ctx, t, { windows: [], manual, reason: refused.detail, note });
        }
        if (!blockedNow(answer, manual) && !(refused && round === 0))
            return true;
        const block = await describeBlock(ctx, t, answer, manual);
        const now = ctx.clock.now();
        const opensAt = block.opensAt;
        const mode = ctx.opts.syncWindow ?? 'fail';
        if (mode === 'fail' || opensAt === undefined || opensAt + 1000 >= ctx.deadline.at) {
            return blocked(ctx, t, block);
        }
        ctx.ports.log.info(`${t.key}: ${blockText(block, now)}; waiting ${(0,src/* formatDuration */.a3)(opensAt + 1000 - now)} for it`);
        await pause(ctx.clock, opensAt + 1000 - now, ctx.deadline.signal);
        if (ctx.deadline.passed)
            return blocked(ctx, t, block);
        refused = undefined;
    }
    return true;
}
async function readWindows(ctx, t) {
    const { api, log } = ctx.ports;
    if (!api.syncWindows)
        return undefined;
    try {
        return await api.syncWindows(t.ref, ctx.deadline.signal);
    }
    catch (error) {
        const unusable = error instanceof ArgoApiError &&
            (error.kind !== 'status' || [403, 404, 405, 501].includes(error.status));
        if (!unusable)
            throw error;
        if (!ctx.unreadableSaid) {
            ctx.unreadableSaid = true;
            log.info(`Argo CD's sync windows are not readable (${error.message}); carrying on without them ` +
                '(an older Argo CD, or a token without `applications, get` on that route)');
        }
        return undefined;
    }
}
/** The windows that block, their time zones from the project, and when a sync next may run. */
async function describeBlock(ctx, t, answer, manual) {
    const active = answer.activeWindows ?? [];
    const assigned = answer.assignedWindows ?? [];
    const zones = await projectZones(ctx, t);
    const zoned = (w) => ({ ...w, timeZone: zones.of(w) });
    const deny = active.filter((w) => w.kind === 'deny');
    const culprits = deny.length ? deny : assigned.filter((w) => w.kind === 'allow');
    const windows = culprits.map(zoned);
    let opensAt;
    let reason;
    try {
        opensAt = nextOpening(assigned.map(zoned), ctx.clock.now(), manual);
    }
    catch (error) {
        reason = `when it opens is unknown: ${error.message}`;
    }
    if (opensAt === undefined && !reason)
        reason = `it does not open within ${WINDOW_SEARCH_DAYS} days`;
    return { windows, opensAt, manual, zonesKnown: zones.known, note: zones.note, reason };
}
/** Time zones are only in the project (`v1alpha1SyncWindow`), not in the app's windows answer. */
async function projectZones(ctx, t) {
    const name = t.app.spec?.project ?? 'default';
    let project;
    let note;
    try {
        project = await ctx.ports.api.project?.(name, ctx.deadline.signal);
    }
    catch (error) {
        note = `time zones read as UTC: the project ${(0,src/* shown */.SP)(name)} is not readable (${error.message}); grant \`projects, get\` to show them`;
    }
    const defined = project?.spec?.syncWindows ?? [];
    const of = (w) => defined.find((d) => d.kind === w.kind &&
        d.schedule === w.schedule &&
        d.duration === w.duration &&
        (d.manualSync ?? false) === (w.manualSync ?? false))?.timeZone ?? '';
    return { of, known: project !== undefined, note };
}
function blocked(ctx, t, block) {
    t.window = block;
    const now = ctx.clock.now();
    const reason = blockText(block, now) + opensText(block, ctx);
    const names = ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
    t.assessment = {
        snapshot: snapshotOf(t.app),
        memory: {},
        verdict: {
            state: 'failed',
            kind: 'sync-window',
            reason,
            resources: [],
            hint: windowHint(block, ctx, names),
        },
    };
    return false;
}
/** `a deny sync window blocks the sync: deny "0 8 * * 1-5" for 10h (Europe/Berlin)`. */
function blockText(block, now) {
    const who = block.manual ? 'the sync this wait would trigger' : 'the automated sync';
    if (block.windows.length === 0)
        return `Argo CD refused ${who}: ${(0,src/* shown */.SP)(block.reason ?? 'blocked by sync window')}`;
    const kinds = block.windows.some((w) => w.kind === 'deny')
        ? 'a deny sync window blocks'
        : 'no allow sync window is open for';
    const list = block.windows.map((w) => describeWindow(w, block.zonesKnown)).join('; ');
    const opens = block.opensAt === undefined
        ? ''
        : `; it next opens at ${wallTime(block.opensAt, zoneOf(block), now)} (${new Date(block.opensAt).toISOString()}, in ${(0,src/* formatDuration */.a3)(block.opensAt - now)})`;
    return `${kinds} ${who}: ${list}${opens}`;
}
function zoneOf(block) {
    return block.windows[0]?.timeZone ?? '';
}
function opensText(block, ctx) {
    const notes = [block.note].filter(Boolean);
    if (block.opensAt === undefined && block.windows.length > 0) {
        notes.unshift(block.reason ?? 'when it opens is unknown');
    }
    else if (block.opensAt !== undefined &&
        (ctx.opts.syncWindow ?? 'fail') === 'wait' &&
        block.opensAt + 1000 >= ctx.deadline.at) {
        const timeout = (ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).timeout;
        const ends = new Date(ctx.deadline.at).toISOString();
        notes.unshift(`after the wait's \`${timeout}\` (${(0,src/* formatDuration */.a3)(ctx.opts.timeoutMs)}) ends at ${ends}`);
    }
    return notes.length ? ` (${notes.join('; ')})` : '';
}
function windowHint(block, ctx, names) {
    const input = names.syncWindow;
    const wait = input
        ? `Set \`${input}: wait\` to wait for the window (with a \`${names.timeout}\` that reaches past it), re-run once it opens`
        : 'Re-run once the window opens';
    const manual = ctx.opts.sync
        ? ', or ask a project admin for `manualSync: true` on the window (manual syncs then pass)'
        : `, or set \`${names.sync}: true\` when the window has \`manualSync: true\``;
    return `${wait}${manual}. Windows are in the AppProject's spec.syncWindows.`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/relate.ts


/**
 * The app settled Synced at a revision that is not the expected one: ask Argo CD, once per revision,
 * whether it renders the expected revision's manifests (then what runs is what we wait for) and, if not,
 * whether it is newer (then the expected one will never run). An older one is simply waited past.
 */
function relateRevision(ctx, t) {
    const expected = ctx.opts.expect.revision;
    const s = snapshotOf(t.app);
    // A hydrator app is compared by its dry commits: Argo CD renders a hydrator app's dry source.
    const revision = isHydratorApp(t.app) ? hydratedDryToRelate(t.app) : s.revision;
    if (!expected || s.sync !== 'Synced' || isOperationRunning(t.app) || !revision)
        return;
    // Before Argo CD has compared the app again (after the wait's refresh), a state at an older commit is
    // the usual case and costs no requests; only a revision it chose since then is worth asking about.
    if (comparisonMark(t.app) === t.startMark)
        return;
    if (revisionMatches(revision, expected) || t.related.has(revision))
        return;
    t.related.set(revision, undefined);
    ctx.inBackground(relation(ctx.api, t.ref, expected, revision, ctx.deadline).then((found) => {
        t.related.set(revision, found);
        ctx.observe(t, t.app, false);
    }, 
    // Not asked again (every tick would): if Argo CD cannot render the expected commit, the app is at an
    // older revision it fetched before ours, and syncing ours later ends the wait the usual way.
    () => undefined));
}
/** The relations learnt so far, for the decision; comparisons still running are left out. */
function knownRelations(t) {
    return new Map([...t.related].filter((e) => !!e[1]));
}
async function relation(api, ref, expected, revision, signal) {
    const [ours, theirs] = await Promise.all([
        api.manifests(ref, expected, signal),
        api.manifests(ref, revision, signal),
    ]);
    if (sameManifests(ours, theirs))
        return { kind: 'same-manifests' };
    const [oursAt, theirsAt] = await Promise.all([
        api.revisionDate(ref, expected, signal),
        api.revisionDate(ref, revision, signal),
    ]);
    const newer = oursAt && theirsAt && Date.parse(theirsAt) > Date.parse(oursAt);
    return newer ? { kind: 'newer', committedAt: theirsAt } : { kind: 'older' };
}
/** What changes when Argo CD compares the app again or finishes an operation (times have 1 s resolution). */
function comparisonMark(app) {
    const status = app.status ?? {};
    return `${status.reconciledAt ?? ''}|${status.operationState?.finishedAt ?? ''}`;
}
/** Argo CD renders manifests in a stable order per revision; compare them as sets all the same. */
function sameManifests(a, b) {
    const norm = (list) => list.map((m) => JSON.stringify(JSON.parse(m))).sort();
    try {
        return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
    }
    catch {
        return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/follow.ts
// Following one app's state: its watch stream, or polling when a proxy keeps breaking the stream, and a
// safety GET when a stream stays silent. Every state read goes to the wait through `ctx.observe`.




/** Follows `t` until the wait is over or the app is gone; rejects on a failure no retry can fix. */
async function follow(ctx, t) {
    const stream = { failures: 0 };
    let pollDelay = ctx.opts.pollMinMs ?? 1000;
    while (!ctx.signal.aborted && !t.gone) {
        if (t.mode === 'stream')
            await streamOnce(ctx, t, stream);
        else
            pollDelay = await pollOnce(ctx, t, pollDelay);
    }
}
/** One connection of the watch stream, then the pause before the next one or the switch to polling. */
async function streamOnce(ctx, t, stream) {
    try {
        await ctx.api.watch(t.ref, (event) => {
            stream.failures = 0;
            if (event.type === 'DELETED')
                ctx.vanish(t, 'deleted', event.application);
            else
                ctx.observe(t, event.application);
        }, ctx.signal);
        stream.failures++; // a clean end is a drop too (server restart, proxy idle timeout)
    }
    catch (error) {
        if (ctx.signal.aborted)
            return;
        if (isFatal(error))
            throw error;
        stream.failures++;
        ctx.log.debug(`${t.key}: watch stream failed: ${error.message}`);
    }
    if (stream.failures >= (ctx.opts.maxStreamFailures ?? 3)) {
        t.mode = 'polling';
        ctx.log.info(`${t.key}: the watch stream keeps failing; polling instead`);
    }
    else {
        // The stream starts with the app's current state, so a reconnect loses no transition.
        await pause(ctx.clock, 100 + (0,src/* backoffDelay */.EY)(stream.failures, 200, 2000, Math.random), ctx.signal);
    }
}
/** Pauses, asks once, and returns the next pause: the shortest after a change, doubled while nothing changes. */
async function pollOnce(ctx, t, delay) {
    const { pollMinMs = 1000, pollMaxMs = 10_000 } = ctx.opts;
    await pause(ctx.clock, delay, ctx.signal);
    if (ctx.signal.aborted)
        return delay;
    try {
        const before = t.lastLine;
        ctx.observe(t, await ctx.api.getApp(t.ref, undefined, ctx.signal));
        return t.lastLine !== before ? pollMinMs : Math.min(delay * 2, pollMaxMs);
    }
    catch (error) {
        if (ctx.signal.aborted)
            return delay;
        const gone = disappearance(error);
        if (gone)
            ctx.vanish(t, gone);
        else if (isFatal(error))
            throw error;
        return Math.min(delay * 2, pollMaxMs);
    }
}
/** While streaming, asks once when the stream has been silent too long, in case a proxy buffers it. */
function safetyGet(ctx, t, now) {
    if (t.mode !== 'stream' || now - t.lastSeen < (ctx.opts.safetyPollMs ?? 30_000))
        return;
    t.lastSeen = now;
    void ctx.api.getApp(t.ref, undefined, ctx.signal).then((app) => ctx.observe(t, app), (error) => {
        const gone = disappearance(error);
        if (gone)
            ctx.vanish(t, gone);
    });
}
function isFatal(error) {
    return ((error instanceof ArgoApiError && (error.status === 401 || error.status === 403)) || isTlsError(error));
}
/**
 * An app the first GET found is gone when a later GET answers 404, or 403: Argo CD hides a missing
 * app behind the same "permission denied" as one the token may not read.
 */
function disappearance(error) {
    // A proxy's 404 page says nothing about the app.
    if (!(error instanceof ArgoApiError) || error.kind !== 'status')
        return undefined;
    if (error.status === 404)
        return 'deleted';
    if (error.status === 403)
        return 'denied';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/argocd/src/run.ts








class WaitRun {
    trackers;
    opts;
    clock;
    limit;
    api;
    log;
    signal;
    abort = new AbortController();
    settled = false;
    resolve = () => { };
    reject = () => { };
    /** Rollout reads and revision comparisons still in flight; the wait settles only after them. */
    pending = new Set();
    /** What was going wrong with Argo CD when the deadline passed. */
    problems = [];
    constructor(trackers, opts, ports, clock, limit) {
        this.trackers = trackers;
        this.opts = opts;
        this.clock = clock;
        this.limit = limit;
        this.api = ports.api;
        this.log = ports.log;
        this.signal = this.abort.signal;
    }
    get deadline() {
        return this.limit.signal;
    }
    async until() {
        const done = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
        for (const t of this.trackers)
            this.observe(t, t.app);
        if (this.limit.passed)
            this.timedOut();
        if (this.settled)
            return this.finish(done);
        this.limit.signal.addEventListener('abort', this.timedOut);
        const loops = [
            this.ticking(),
            ...this.trackers.map((t) => follow(this, t).catch((error) => this.fail(error))),
        ];
        try {
            return await this.finish(done);
        }
        finally {
            this.limit.signal.removeEventListener('abort', this.timedOut);
            await Promise.allSettled(loops);
        }
    }
    /** Before anything is stopped, so that a request still hanging is named in the message. */
    timedOut = () => {
        if (this.settled || !this.limit.passed)
            return;
        this.problems = this.api.problems?.() ?? [];
        this.settle('timeout');
    };
    async ticking() {
        const every = this.opts.tickMs ?? 250;
        while (!this.signal.aborted) {
            await pause(this.clock, every, this.signal);
            if (!this.signal.aborted)
                this.tick();
        }
    }
    observe(t, app, fresh = true) {
        if (this.settled)
            return;
        t.app = app;
        if (fresh)
            t.lastSeen = this.clock.now();
        const own = t.ownSync && ownSyncState(app, t.ownSync);
        if (own === 'running')
            t.ownSync.started = true;
        const expect = {
            ...this.opts.expect,
            // A Rollout paused at its gate is what `rollout-action` acts on, so it is not done yet.
            acceptSuspended: this.opts.expect.acceptSuspended && !this.opts.rolloutAction,
            related: knownRelations(t),
            ownSync: t.ownSync,
        };
        // Once ours succeeded, a later operation is somebody else's, judged like any other.
        if (own === 'succeeded')
            t.ownSync = undefined;
        const inputs = this.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
        let assessment = t.gone
            ? assessGoneApp(app, t.gone)
            : assessApp(app, expect, this.clock.now(), t.memory, inputs);
        if (assessment.verdict.state === 'waiting' && !t.gone) {
            t.rolloutFailure ??= rolloutOverdue(this, t);
            const failure = t.rolloutFailure;
            if (failure) {
                assessment = {
                    ...assessment,
                    verdict: { state: 'failed', kind: 'rollout', resources: [], ...failure },
                };
            }
        }
        t.assessment = assessment;
        t.memory = assessment.memory;
        logTransition(this.log, t, assessment);
        if (!t.gone)
            watchRollout(this, t);
        if (!t.gone && assessment.verdict.state === 'waiting')
            relateRevision(this, t);
        if (this.trackers.some((x) => x.assessment?.verdict.state === 'failed'))
            this.settle('failed');
        else if (this.trackers.every((x) => x.assessment?.verdict.state === 'done'))
            this.settle('done');
    }
    vanish(t, how, last = t.app) {
        if (this.settled || t.gone)
            return;
        t.gone = how;
        this.observe(t, last);
    }
    inBackground(work) {
        this.pending.add(work);
        const forget = () => this.pending.delete(work);
        void work.then(forget, forget);
    }
    async finish(done) {
        try {
            return await done;
        }
        finally {
            this.abort.abort();
            await Promise.allSettled([...this.pending]);
        }
    }
    settle(outcome) {
        if (this.settled)
            return;
        this.settled = true;
        this.resolve(outcome);
    }
    fail(error) {
        if (this.settled)
            return;
        this.settled = true;
        this.reject(explain(error, this.opts));
    }
    /** Re-checks grace periods and, while streaming, asks once when the stream has been silent too long. */
    tick() {
        const now = this.clock.now();
        for (const t of this.trackers) {
            this.observe(t, t.app, false);
            safetyGet(this, t, now);
        }
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/types.ts
function types_appKey(ref) {
    return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}

;// CONCATENATED MODULE: ./packages/argocd/src/wait.ts
// Waits for several Argo CD applications at once: read each app once (asking Argo CD to refresh it),
// sync it if asked, follow every app until the wait decides, then report. The pieces: `follow.ts`
// (stream and poll), `relate.ts` (other revisions), `run.ts` (when to stop), `report.ts` (what to say).
// One deadline bounds it all, every request included.











async function waitForApps(opts, ports) {
    const clock = ports.clock ?? src/* systemClock */.ml;
    const started = clock.now();
    const deadline = new Deadline(clock, opts.timeoutMs);
    try {
        const trackers = await bounded(deadline, opts, () => Promise.all(opts.apps.map((ref) => initialState(ref, opts, ports, deadline.signal))));
        const gate = { opts, ports, clock, deadline };
        const open = await bounded(deadline, opts, () => Promise.all(trackers.map((t) => openAndSync(gate, t))));
        if (open.includes(false)) {
            return {
                outcome: 'failed',
                apps: trackers.map((t) => appReport(t, opts.inputs)),
                durationMs: clock.now() - started,
                message: failureMessage('failed', trackers, opts),
            };
        }
        const run = new WaitRun(trackers, opts, ports, clock, deadline);
        const outcome = await run.until();
        await Promise.all(trackers.map((t) => enrichFailure(t, ports.api, deadline.signal)));
        const problems = run.problems;
        return {
            outcome,
            apps: trackers.map((t) => appReport(t, opts.inputs)),
            durationMs: clock.now() - started,
            message: outcome === 'done' ? '' : failureMessage(outcome, trackers, opts, problems),
            problems,
        };
    }
    finally {
        deadline.end();
    }
}
/** A step before the run: a failure is explained, or, once the deadline passed, said to have hung. */
async function bounded(deadline, opts, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof src/* ActionError */.lZ)
            throw error;
        throw deadline.passed ? deadlineError(error, opts) : explain(error, opts);
    }
}
/** `waitForApps` through a client of its own for `request.server`, closed before this returns. */
async function wait_waitForArgoCd(request, ports) {
    const { server, token, ca, insecure } = request;
    const clock = ports.clock ?? src/* systemClock */.ml;
    const client = new ArgoClient({
        server,
        token,
        ca,
        insecure,
        clock,
        deadline: clock.now() + request.timeoutMs,
        requestTimeoutMs: request.requestTimeoutMs ?? requestLimit(request.timeoutMs),
        streamIdleMs: request.streamIdleMs,
        // The first retry of a request is worth a line; the ones after it only in a debug log.
        onRetry: (message, attempt) => {
            if (attempt === 1)
                ports.log.info(`Argo CD: ${message}`);
            else
                ports.log.debug(`Argo CD: ${message}`);
        },
    });
    try {
        const result = await waitForApps(request, { ...ports, clock, api: client });
        ports.log.debug(`${client.requests} requests to Argo CD`);
        return result;
    }
    finally {
        client.close();
    }
}
/** A third of the wait, between 1 s and 30 s: one hung request leaves time for the retries that may help. */
function requestLimit(timeoutMs) {
    return Math.min(30_000, Math.max(1000, Math.round(timeoutMs / 3)));
}
async function initialState(ref, opts, ports, signal) {
    const key = types_appKey(ref);
    try {
        const app = await ports.api.getApp(ref, opts.refresh === 'none' ? undefined : opts.refresh, signal);
        return {
            ref,
            key,
            app,
            memory: {},
            lastLine: '',
            lastSeen: (ports.clock ?? src/* systemClock */.ml).now(),
            mode: 'stream',
            rolloutSignature: '',
            resources: [],
            related: new Map(),
            startMark: comparisonMark(app),
        };
    }
    catch (error) {
        if (error instanceof ArgoApiError &&
            error.kind === 'status' &&
            (error.status === 404 || error.status === 403)) {
            throw await unknownApp(key, error, opts, ports.api, signal);
        }
        throw error;
    }
}
/** Names what the token can see, so a typo or a missing `namespace/` prefix is obvious. */
async function unknownApp(key, error, opts, api, signal) {
    const visible = await api.listApps(signal).then((apps) => apps.map((a) => a.metadata?.namespace && a.metadata.namespace !== 'argocd'
        ? `${a.metadata.namespace}/${a.metadata.name}`
        : (a.metadata?.name ?? '')), () => undefined);
    const seen = visible === undefined
        ? ''
        : visible.length > 0
            ? ` The token can see: ${visible.sort().join(', ')}.`
            : ' The token can see no applications at all.';
    const denied = error.status === 403;
    const cause = denied
        ? `application ${(0,src/* shown */.SP)(key)} is not visible to the token (Argo CD says ${(0,src/* shown */.SP)(error.detail || 'permission denied')})`
        : `application ${(0,src/* shown */.SP)(key)} was not found`;
    const applications = (opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).applications;
    const hint = `Check the names in \`${applications}\` (use \`namespace/name\` for apps outside the control-plane namespace)` +
        `${denied ? ' and grant the token `applications, get` on its project' : ''}.${seen}`;
    return new src/* ActionError */.lZ(OPERATION, cause, { hint, cause: error });
}
/**
 * Lets the app through its sync windows, then triggers its sync when asked; false when a window keeps it
 * from syncing (then `t` says which). A sync Argo CD refuses for a window goes back to the windows.
 */
async function openAndSync(gate, t) {
    if (!(await passWindows(gate, t)))
        return false;
    if (!gate.opts.sync)
        return true;
    for (let attempt = 0; attempt < 3; attempt++) {
        const refused = await triggerSync(t, gate.ports, gate.deadline.signal);
        if (!refused)
            return true;
        if (!(await passWindows(gate, t, refused)))
            return false;
    }
    return true;
}
/** Asks Argo CD to sync; returns its refusal when a sync window blocks it. */
async function triggerSync(t, ports, signal) {
    // What the app showed before: any other operation state that follows is ours (or a later one).
    const before = operationMark(t.app);
    try {
        t.app = await ports.api.sync(t.ref, signal);
        t.ownSync = { before, started: false };
        ports.log.info(`${t.key}: sync requested`);
        return undefined;
    }
    catch (error) {
        // Auto-sync (or a person) may have started one first: that one is as good as ours.
        // It is followed as ours: its failure fails the wait too. (It may even be ours, when a retried
        // POST lost the answer to the first one.)
        if (error instanceof ArgoApiError && /another operation is already in progress/i.test(error.detail)) {
            t.ownSync = { before, started: false };
            ports.log.info(`${t.key}: a sync operation is already running; following it`);
            return undefined;
        }
        if (isWindowRefusal(error))
            return error;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/deployment-report.ts
// A wait reported as a GitHub Deployment: the one composition wait-for-argocd and the root action share.



/** The wait, reported as a GitHub Deployment when the inputs ask for one. */
async function waitAndReport(request, log) {
    const wait = () => waitForArgoCd(request, { log });
    if (!request.deployment)
        return { wait: await wait() };
    // Octokit loads only now, and only for a run that reports a Deployment.
    const { reportDeployment } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2566));
    const { result, deployment } = await reportDeployment(request.deployment, { log }, wait, waitVerdict);
    return { wait: result, deployment };
}
function deploymentOutputs(deployment) {
    return {
        'deployment-id': deployment ? String(deployment.id) : '',
        'deployment-url': deployment?.url ?? '',
    };
}
function deploymentSummary(deployment) {
    if (!deployment)
        return '';
    return `\nGitHub Deployment ${deployment.id} to ${code(deployment.environment)}: ${code(deployment.state)}\n`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/index.ts



















/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ mergeReference),
/* harmony export */   RG: () => (/* binding */ FULL_SHA),
/* harmony export */   aj: () => (/* binding */ withReferenceTrailers),
/* harmony export */   zH: () => (/* binding */ formatAuthor)
/* harmony export */ });
/* unused harmony exports REFERENCE_TRAILERS, REFERENCE_COMMIT_INPUTS, readReferenceCommitInputs, singleLine, referenceTrailers, parseReferenceCommit, isIncomplete */
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

/***/ 4985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mk: () => (/* reexport */ publish),
  U7: () => (/* reexport */ readBuildSecrets),
  B3: () => (/* reexport */ readImageInputs),
  kv: () => (/* reexport */ selectBuilder)
});

// UNUSED EXPORTS: ATTESTATION_INPUTS, BUILDERS, CACHES, IMAGE_INPUTS, MODES, buildxAttestationArgs, cacheRef, checkEcrTarget, checkRegistryTarget, detectVersion, ghaCacheFrom, ghaCacheTo, ghaCacheUnavailable, gitContext, parseBuildSecrets, readAttestationInputs, registryCacheFrom, registryCacheTo, renderPublishSummary, renderTag, storedLoginHosts, targetInput, versionProblem, withSecretFiles

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(612);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: ./packages/registry/src/client.ts



/** All four, or the registry may answer with a converted manifest's digest, or 404 for an index. */
const MANIFEST_ACCEPT = [
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.index.v1+json',
].join(', ');
/** An HTTP status or network failure from the registry; `retryable` for 5xx, 429 and network errors. */
class RegistryError extends Error {
    status;
    retryable;
    constructor(message, status, retryable) {
        super(message);
        this.status = status;
        this.retryable = retryable;
        this.name = 'RegistryError';
    }
}
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** A socket error in words that name the registry, with the fix where there is one. */
function unreachable(host, error, timeoutMs) {
    const failure = (0,src/* networkFailure */.rd)(error);
    if (failure.code === 'ETIMEDOUT')
        return { text: `${host} did not answer within ${timeoutMs} ms`, transient: true };
    const fix = /CERT|TLS/.test(failure.code)
        ? "; give the runner the registry's CA (NODE_EXTRA_CA_CERTS)"
        : failure.code === 'ENOTFOUND'
            ? "; check the image's registry host and the runner's network"
            : '';
    return { text: `${host} ${failure.reason}${fix}`, transient: failure.transient };
}
const isLoopback = (host) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
/** Per the token spec a token without expires_in lives 60 s; a few seconds of slack for the round trip. */
const TOKEN_DEFAULT_SECONDS = 60;
const TOKEN_SLACK_MS = 5_000;
function parseChallenge(header) {
    const scheme = /^\s*(\w+)/.exec(header)?.[1]?.toLowerCase();
    if (!scheme)
        return undefined;
    if (scheme === 'basic')
        return { scheme: 'basic' };
    if (scheme !== 'bearer')
        return 'unknown';
    const params = Object.fromEntries([...header.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((m) => [
        m[1]?.toLowerCase() ?? '',
        m[2] ?? m[3],
    ]));
    const realm = params['realm'];
    if (!realm)
        throw new RegistryError(`the registry's auth challenge has no realm: ${(0,src/* shown */.SP)(header)}`, 401, false);
    return { scheme: 'bearer', realm, service: params['service'] };
}
/**
 * A small OCI distribution API client: HEAD/GET manifests, with basic auth or the bearer-token
 * dance (WWW-Authenticate: Bearer realm=..., service=..., scope=...). Like docker, it speaks plain
 * HTTP to loopback registries that do not speak TLS.
 *
 * Credentials are never sent before the registry has said how it wants them: GHCR answers Basic
 * credentials on /v2/ with 403 DENIED rather than a challenge, so the client first asks /v2/
 * anonymously (as docker and containers/image do) and then sends Basic credentials or fetches a
 * token per repository and actions. The scope comes from the request, not from the challenge:
 * GHCR's challenge on /v2/ names a placeholder repository.
 */
class RegistryClient {
    opts;
    challenge;
    pinged = false;
    tokens = new Map();
    scheme = 'https';
    clock;
    constructor(opts) {
        this.opts = opts;
        this.clock = opts.clock ?? src/* systemClock */.ml;
    }
    /** `http` once a loopback registry turned out to be plain HTTP (builders need --tls-verify=false then). */
    get protocol() {
        return this.scheme;
    }
    /** The manifest behind `reference` (tag or digest), or null when the registry has no such tag. */
    async manifest(repository, reference) {
        const path = `/v2/${repository}/manifests/${reference}`;
        const res = await this.send('GET', path, { accept: MANIFEST_ACCEPT }, 'pull', repository);
        if (res.status === 404)
            return null;
        if (res.status !== 200)
            throw this.failure(res, `GET ${this.opts.host}${path}`);
        // The registry's word: kept only when it is a digest, since messages repeat it.
        const header = String(res.headers['docker-content-digest'] ?? '');
        const digest = DIGEST.test(header) ? header : '';
        let body;
        try {
            body = JSON.parse(res.body);
        }
        catch {
            throw new RegistryError(`GET ${this.opts.host}${path} answered a manifest that is not JSON`, 200, false);
        }
        return {
            digest,
            mediaType: String(res.headers['content-type'] ?? body.mediaType ?? ''),
            configDigest: body.config?.digest,
            manifests: (body.manifests ?? []).map((m) => String(m.digest)),
        };
    }
    /** HEAD with all four Accept types: the digest the registry serves for `reference`, or null. */
    async digest(repository, reference) {
        const path = `/v2/${repository}/manifests/${reference}`;
        const res = await this.send('HEAD', path, { accept: MANIFEST_ACCEPT }, 'pull', repository);
        if (res.status === 404)
            return null;
        if (res.status !== 200)
            throw this.failure(res, `HEAD ${this.opts.host}${path}`);
        const digest = res.headers['docker-content-digest'];
        if (typeof digest !== 'string' || !DIGEST.test(digest)) {
            throw new RegistryError(`HEAD ${this.opts.host}${path} answered without a Docker-Content-Digest header`, res.status, false);
        }
        return digest;
    }
    failure(res, what) {
        const retryable = res.status >= 500 || res.status === 429;
        if (res.status === 401 || res.status === 403) {
            const who = this.opts.credentials
                ? `with ${this.opts.credentials.source} (user ${(0,src/* shown */.SP)(this.opts.credentials.username)})`
                : 'without credentials';
            return new RegistryError(`${what}: the registry ${this.opts.host} refused access (${res.status}) ${who}`, res.status, false);
        }
        // The body is the registry's (or a proxy's) text: quoted and cut, never printed as it came.
        const body = res.body.trim() ? `: ${(0,src/* shown */.SP)(res.body.trim())}` : '';
        return new RegistryError(`${what}: the registry ${this.opts.host} answered ${res.status}${body}`, res.status, retryable);
    }
    async send(method, path, headers, actions, repository) {
        const scope = `repository:${repository}:${actions}`;
        if (this.opts.credentials && !this.pinged)
            await this.ping();
        const res = await this.raw(method, path, await this.authorize(headers, scope));
        if (res.status !== 401)
            return res;
        const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
        if (!challenge || challenge === 'unknown')
            return res;
        const sentBasic = this.challenge?.scheme === 'basic' && !!this.opts.credentials;
        if (challenge.scheme === 'basic' && (sentBasic || !this.opts.credentials))
            return res;
        // A bearer 401 after a token means it expired or was revoked: one fresh token, one more try.
        this.challenge = challenge;
        this.tokens.delete(scope);
        return this.raw(method, path, await this.authorize(headers, scope));
    }
    /** `GET /v2/` without credentials: the registry's challenge says which kind of credentials it takes. */
    async ping() {
        const res = await this.raw('GET', '/v2/', {});
        if (res.status >= 500 || res.status === 429)
            throw this.failure(res, `GET ${this.opts.host}/v2/`);
        this.pinged = true;
        if (res.status !== 401)
            return;
        const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
        if (challenge && challenge !== 'unknown')
            this.challenge = challenge;
    }
    async authorize(headers, scope) {
        const c = this.opts.credentials;
        const challenge = this.challenge;
        if (challenge?.scheme === 'bearer') {
            let token = this.tokens.get(scope);
            if (!token || token.refreshAt <= this.clock.now()) {
                token = await this.fetchToken(challenge, scope);
                this.tokens.set(scope, token);
            }
            return { ...headers, authorization: `Bearer ${token.value}` };
        }
        if (challenge?.scheme === 'basic' && c)
            return {
                ...headers,
                authorization: `Basic ${(0,src/* basicAuth */.tB)(c.username, c.password)}`,
            };
        return headers;
    }
    async fetchToken(challenge, scope) {
        const url = new URL(challenge.realm);
        if (challenge.service)
            url.searchParams.set('service', challenge.service);
        url.searchParams.set('scope', scope);
        const c = this.opts.credentials;
        const headers = c
            ? { authorization: `Basic ${(0,src/* basicAuth */.tB)(c.username, c.password)}` }
            : {};
        // The realm is the registry's word: printed without userinfo or query, where tokens hide.
        const what = `GET ${(0,src/* displayUrl */.Qy)(`${url.origin}${url.pathname}`)} (a token for ${scope})`;
        const res = await this.request(url, 'GET', headers);
        if (res.status !== 200)
            throw this.failure(res, what);
        let body;
        try {
            body = JSON.parse(res.body);
        }
        catch {
            throw new RegistryError(`${what}: the answer is not JSON`, res.status, false);
        }
        const value = body.token ?? body.access_token;
        if (typeof value !== 'string' || value === '')
            throw new RegistryError(`${what}: the answer holds no token`, res.status, false);
        const seconds = Math.max(Number(body.expires_in) || TOKEN_DEFAULT_SECONDS, TOKEN_DEFAULT_SECONDS);
        return { value, refreshAt: this.clock.now() + seconds * 1000 - TOKEN_SLACK_MS };
    }
    async raw(method, path, headers) {
        try {
            return await this.request(new URL(`${this.scheme}://${this.opts.host}${path}`), method, headers);
        }
        catch (error) {
            const code = error.code ?? '';
            // A plain-HTTP server answering a TLS hello: docker treats loopback registries as insecure too.
            if (this.scheme === 'https' &&
                isLoopback(this.opts.host) &&
                (code === 'EPROTO' || /wrong version number/i.test(String(error)))) {
                this.scheme = 'http';
                return this.raw(method, path, headers);
            }
            throw error;
        }
    }
    request(url, method, headers) {
        const send = url.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
        return new Promise((resolve, reject) => {
            const req = send(url, {
                method,
                headers: { 'user-agent': 'gitops-actions', ...headers },
                timeout: this.opts.timeoutMs ?? 30_000,
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                }));
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error(`timed out after ${this.opts.timeoutMs ?? 30_000} ms`), {
                code: 'ETIMEDOUT',
            })));
            req.on('error', (error) => {
                const code = error.code ?? '';
                if (code === 'EPROTO' || /wrong version number/i.test(error.message))
                    return reject(error);
                const failure = unreachable(url.host, error, this.opts.timeoutMs ?? 30_000);
                reject(Object.assign(new RegistryError(`${method} ${(0,src/* displayUrl */.Qy)(`${url.origin}${url.pathname}`)}: ${failure.text}`, undefined, failure.transient), { code }));
            });
            req.end();
        });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/registry/src/docker-config.ts






/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`: where docker, and oidc-login, keep logins. */
function dockerConfigPath(env = process.env) {
    return (0,external_node_path_.join)(env['DOCKER_CONFIG'] || (0,external_node_path_.join)(env['HOME'] || (0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** Auth files in the order podman/buildah read them: REGISTRY_AUTH_FILE, then the docker config. */
function authFiles(env = process.env) {
    return [env['REGISTRY_AUTH_FILE'], dockerConfigPath(env)].filter((f) => Boolean(f));
}
/** The stored login for `host` (`auths[host].auth`, base64 `user:password`), or null. */
function readStoredCredentials(host, env = process.env) {
    for (const file of authFiles(env)) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        let config;
        try {
            config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch {
            continue;
        }
        const entry = config.auths?.[host] ?? config.auths?.[`https://${host}`];
        if (!entry?.auth)
            continue;
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            continue;
        return {
            username: decoded.slice(0, colon),
            password: decoded.slice(colon + 1),
            source: `the login for ${host} in ${file}`,
        };
    }
    return null;
}
const hash = (auth) => (0,external_node_crypto_.createHash)('sha256').update(auth).digest('hex');
async function readConfig(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return {};
    const text = await (0,promises_.readFile)(path, 'utf8');
    if (text.trim() === '')
        return {};
    return JSON.parse(text);
}
async function writeConfig(path, config) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}
/** Adds `auths[host].auth` entries, keeping everything else in the file (credHelpers, other logins). */
async function addLogins(path, logins) {
    const config = await readConfig(path);
    const auths = (config.auths ??= {});
    const added = logins.map(({ host, username, password }) => {
        const auth = (0,src/* basicAuth */.tB)(username, password);
        auths[host] = { ...auths[host], auth };
        return { host, authHash: hash(auth) };
    });
    await writeConfig(path, config);
    return { path, logins: added };
}
/** Removes exactly the entries `addLogins` wrote that still hold what it wrote; returns their hosts. */
async function removeLogins({ path, logins }) {
    if (!existsSync(path))
        return [];
    const config = await readConfig(path);
    const removed = [];
    for (const { host, authHash } of logins) {
        const entry = config.auths?.[host];
        if (entry?.auth && hash(entry.auth) === authHash) {
            delete config.auths?.[host];
            removed.push(host);
        }
    }
    if (removed.length > 0)
        await writeConfig(path, config);
    return removed;
}
/**
 * The one way a cloud login reaches docker, podman and buildah: `auths` entries in the docker config
 * `env` points at, said in the log by host (never the secret), returned so a post step can undo them.
 */
async function saveLogins(logins, ports) {
    const path = dockerConfigPath(ports.env);
    const added = await addLogins(path, logins);
    ports.log.info(`Logged in to ${logins.map((r) => r.host).join(', ')} (written to ${path})`);
    return added;
}

;// CONCATENATED MODULE: ./packages/registry/src/image-name.ts

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d+)?$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * Parses an image name without tag or digest, following the distribution reference grammar:
 * lower-case path components, an optional registry host first (it has a `.` or `:`, or is `localhost`).
 * Returns a reason instead of throwing so callers can name their own input.
 */
function parseImageName(value) {
    const text = value.trim();
    if (text === '')
        return { error: 'is empty' };
    if (/[@]/.test(text))
        return { error: 'must not carry a digest (give the repository only)' };
    const slash = text.indexOf('/');
    const first = slash < 0 ? '' : text.slice(0, slash);
    const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
    const registry = hasRegistry ? first : 'docker.io';
    let repository = hasRegistry ? text.slice(slash + 1) : text;
    const lastColon = repository.lastIndexOf(':');
    if (lastColon >= 0)
        return {
            error: `must not carry a tag (${(0,src/* shown */.SP)(`:${repository.slice(lastColon + 1)}`)}); give the repository only, the tags are set apart`,
        };
    if (hasRegistry && !HOST.test(registry))
        return { error: `has an invalid registry host ${(0,src/* shown */.SP)(registry)}` };
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    const bad = repository.split('/').find((c) => !COMPONENT.test(c));
    if (bad !== undefined) {
        return {
            error: `has an invalid path component ${(0,src/* shown */.SP)(bad)} (lower-case letters, digits and . _ - separators only)`,
        };
    }
    if (text.length > 255)
        return { error: 'is longer than 255 characters' };
    return { registry, repository, name: text };
}
/** `<acct>.dkr.ecr.<region>.amazonaws.com` (and .com.cn) → account and region, else null. */
function parseEcrHost(host) {
    const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host);
    return m ? { account: m[1] ?? '', region: m[2] ?? '' } : null;
}
/** The registries the actions know how to log in to; `auto` reads the kind from the image's host. */
const REGISTRY_KINDS = ['auto', 'ghcr', 'ecr', 'gar', 'acr', 'generic'];
/** `<location>-docker.pkg.dev` → the Artifact Registry location, else null. */
function parseGarHost(host) {
    const m = /^([a-z]+(?:-[a-z0-9]+)*)-docker\.pkg\.dev$/.exec(host);
    return m ? { location: m[1] ?? '' } : null;
}
/** `<name>.azurecr.io` (and the sovereign clouds' .cn, .us) → the registry name, else null. */
function parseAcrHost(host) {
    const m = /^([a-z0-9]{5,50})\.azurecr\.(?:io|cn|us)$/.exec(host);
    return m ? { name: m[1] ?? '' } : null;
}
/** The kind a host is, as `auto` decides it; any host none of the clouds owns is `generic`. */
function registryKindOf(host) {
    if (host === 'ghcr.io')
        return 'ghcr';
    if (parseEcrHost(host))
        return 'ecr';
    if (parseGarHost(host))
        return 'gar';
    if (parseAcrHost(host))
        return 'acr';
    return 'generic';
}
const KIND_HOSTS = {
    ghcr: 'ghcr.io',
    ecr: '<account>.dkr.ecr.<region>.amazonaws.com',
    gar: '<location>-docker.pkg.dev (e.g. europe-west1-docker.pkg.dev)',
    acr: '<name>.azurecr.io',
    generic: 'any registry host',
};
/** Why `host` cannot be a registry of `kind` (`needs …`), or null when it can. `generic` takes any host. */
function registryKindProblem(kind, host) {
    if (kind === 'generic' || registryKindOf(host) === kind)
        return null;
    return `needs an image on ${KIND_HOSTS[kind]}, and the image's host is ${(0,src/* shown */.SP)(host)}`;
}

;// CONCATENATED MODULE: ./packages/registry/src/index.ts




;// CONCATENATED MODULE: ./packages/image/src/build-secrets.ts



const ID = /^[A-Za-z0-9_.-]+$/;
/**
 * `id=value` lines (blank lines skipped), as docker/build-push-action's `secrets`. Errors name `input`
 * and the line number, never the value: a line without an id may be nothing but the secret.
 */
function parseBuildSecrets(text, input) {
    const secrets = [];
    const seen = new Map();
    text.split(/\r\n|\r|\n/).forEach((raw, index) => {
        const line = raw.trim();
        const n = index + 1;
        if (line === '')
            return;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new src/* InputError */.dz(input, `line ${n} is not id=value (it has no '='; the line is not shown)`);
        const id = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (!ID.test(id) || /^\.+$/.test(id)) {
            throw new src/* InputError */.dz(input, `line ${n}: the id before '=' must be letters, digits, '_', '.' or '-' (the line is not shown)`);
        }
        if (seen.has(id))
            throw new src/* InputError */.dz(input, `line ${n} repeats the id ${(0,src/* shown */.SP)(id)} of line ${seen.get(id)}`);
        if ([...value].length < src/* MIN_SECRET_LENGTH */.vb) {
            // The runner would mask every occurrence of a short value, and a one-letter secret wrecks the log.
            throw new src/* InputError */.dz(input, `line ${n}: the value of ${(0,src/* shown */.SP)(id)} is ${[...value].length} characters long; a build secret has at least ${src/* MIN_SECRET_LENGTH */.vb}`);
        }
        seen.set(id, n);
        secrets.push({ id, value });
    });
    return secrets;
}
/**
 * Runs `use` with each secret in its own file (mode 0600) in a fresh folder under `tempDir`, so only
 * paths reach the builder's argv; the folder is removed afterwards, whether `use` succeeded or not.
 */
async function withSecretFiles(secrets, tempDir, use) {
    if (secrets.length === 0)
        return use([]);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, 'build-secrets-'));
    try {
        // The engines read `--secret id=…,src=…` as comma-separated fields.
        if (dir.includes(',')) {
            throw new src/* ActionError */.lZ('pass the build secrets', `the temporary folder ${(0,src/* shown */.SP)(dir)} holds a ','`, {
                hint: 'Point RUNNER_TEMP (or TMPDIR outside a runner) at a folder whose path has no comma.',
            });
        }
        const files = [];
        for (const [i, { id, value }] of secrets.entries()) {
            // Numbered, not named by id: an id such as `..` or `a.b` must not choose a path.
            const file = (0,external_node_path_.join)(dir, `secret-${i + 1}`);
            await (0,promises_.writeFile)(file, value, { mode: 0o600, flag: 'wx' });
            files.push({ id, file });
        }
        return await use(files);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
    }
}

;// CONCATENATED MODULE: ./packages/image/src/request.ts
const MODES = (/* unused pure expression or super */ null && (['build-push', 'build', 'push']));
const BUILDERS = ['auto', 'buildx', 'docker', 'podman', 'buildah'];
const CACHES = (/* unused pure expression or super */ null && (['', 'gha', 'registry', 'none']));

;// CONCATENATED MODULE: ./packages/image/src/version.ts



const SEMVERISH = /^v?(\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)$/;
/**
 * What a version may hold: one line of the characters a tag takes, plus `+` (semver build metadata,
 * written `-` in tags). Anything else would be folded into the tag, or printed, as it came.
 */
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$/;
/** Why `value` is no version, or null when it is one. Never repeats the value: callers quote it with `shown`. */
function versionProblem(value) {
    if (VERSION.test(value))
        return null;
    const lines = value.split(/\r\n|\r|\n/).length;
    if (lines > 1)
        return `holds ${lines} lines; a version is one line`;
    if ([...value].length > 128)
        return `is ${[...value].length} characters long; a version has at most 128`;
    return 'holds characters a tag cannot (a version is letters, digits and . _ - +, not starting with . - +)';
}
/** package.json `version`, a `VERSION` file, Chart.yaml `appVersion`, the latest `v*` tag, else 0.0.0. */
async function detectVersion(dirs, exec, versionInput = 'version') {
    for (const dir of [...new Set(dirs)]) {
        const found = fromPackageJson(dir) ?? fromVersionFile(dir) ?? fromChart(dir);
        if (found)
            return checked(found, versionInput);
    }
    // No git (or no repository) simply means no tag to read.
    const tag = await exec('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*'], {
        cwd: dirs[0],
    }).catch(() => ({
        code: 1,
        stdout: '',
        stderr: '',
    }));
    const match = SEMVERISH.exec(tag.stdout.trim());
    if (tag.code === 0 && match)
        return { version: match[1] ?? '', source: `git tag ${tag.stdout.trim()}` };
    return { version: '0.0.0', source: 'default (no package.json, VERSION, Chart.yaml or v* tag found)' };
}
/** A file's version is refused before it reaches a tag or the log, naming the file and the input that overrides it. */
function checked(found, versionInput) {
    const problem = versionProblem(found.version);
    if (problem === null)
        return found;
    throw new src/* ActionError */.lZ('read the version', `${found.source} holds ${(0,src/* shown */.SP)(found.version)}, which ${problem}`, {
        hint: `Fix the file, or set the ${versionInput} input, which takes precedence over package.json, VERSION and Chart.yaml.`,
    });
}
const readText = (file) => (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile() ? (0,external_node_fs_.readFileSync)(file, 'utf8') : null;
function fromPackageJson(dir) {
    const file = (0,external_node_path_.join)(dir, 'package.json');
    const text = readText(file);
    if (text === null)
        return null;
    let version;
    try {
        version = JSON.parse(text)?.version;
    }
    catch {
        throw new src/* ActionError */.lZ('read the version', `the package.json at ${file} is not valid JSON`, {
            hint: 'Fix the file, or set the version input, which takes precedence over it.',
        });
    }
    return typeof version === 'string' && version ? { version, source: `the package.json at ${file}` } : null;
}
function fromVersionFile(dir) {
    const file = (0,external_node_path_.join)(dir, 'VERSION');
    const text = readText(file);
    if (text === null)
        return null;
    const version = text.trim().replace(/^v(?=\d)/, '');
    return version ? { version, source: `the VERSION file at ${file}` } : null;
}
/** A top-level `appVersion:` line; Chart.yaml keeps it flat, so no YAML parser (and its start-up cost) is needed. */
function fromChart(dir) {
    const file = (0,external_node_path_.join)(dir, 'Chart.yaml');
    const text = readText(file);
    if (text === null)
        return null;
    const m = /^appVersion:[ \t]*["']?([^"'#\s]+)["']?[ \t]*(?:#.*)?$/m.exec(text);
    return m?.[1] ? { version: m[1], source: `the appVersion of the Chart.yaml at ${file}` } : null;
}

;// CONCATENATED MODULE: ./packages/image/src/inputs.ts





/** The names both image-building actions give the inputs this package reads and its errors point at. */
const IMAGE_INPUTS = {
    image: 'image',
    registry: 'registry',
    version: 'version',
    tagTemplate: 'tag-template',
    extraTags: 'extra-tags',
    builder: 'builder',
    buildSecrets: 'build-secrets',
    context: 'context',
    file: 'file',
    buildArgs: 'build-args',
    target: 'target',
};
/** A build stage to stop at, as a Dockerfile's `FROM … AS <name>` spells it; '' for the last. */
function targetInput(raw, input = IMAGE_INPUTS.target) {
    const value = raw.string(input);
    if (value !== '' && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(value)) {
        throw new InputError(input, `${shown(value)} is not a build stage name (FROM … AS <name>)`);
    }
    return value;
}
/**
 * Reads `image`, `registry`, `context`, `file`, `version`, `tag-template`, `extra-tags`, `build-args`,
 * `builder`, `immutable`, `username` and `password`, with the defaults both build-tag-push and the root
 * action document.
 */
function readImageInputs(raw, env) {
    const imageText = raw.string(IMAGE_INPUTS.image, { required: true });
    const image = parseImageName(imageText);
    if ('error' in image)
        throw new src/* InputError */.dz(IMAGE_INPUTS.image, `${(0,src/* shown */.SP)(imageText)} ${image.error}`);
    const registry = raw.enum(IMAGE_INPUTS.registry, REGISTRY_KINDS, 'auto');
    const problem = registry === 'auto' ? null : registryKindProblem(registry, image.registry);
    if (problem)
        throw new src/* InputError */.dz(IMAGE_INPUTS.registry, `is ${registry}, which ${problem}`);
    const login = (0,src/* registryLoginInputs */.mf)(raw, image.registry, env);
    // A generic registry has no login of ours to lean on: without both, the push would fail after the build.
    if (registry === 'generic' && !login.username) {
        throw new src/* InputError */.dz('username', 'is required with registry: generic, and so is password (e.g. a Docker Hub user and access token)');
    }
    return {
        image,
        registry,
        context: raw.string('context', { default: '.' }),
        file: raw.string('file', { default: 'Dockerfile' }),
        version: versionInput(raw),
        tagTemplate: raw.string(IMAGE_INPUTS.tagTemplate, { default: '{version}-{sha7}' }),
        extraTags: raw.list(IMAGE_INPUTS.extraTags),
        buildArgs: raw.keyValues('build-args'),
        builder: raw.enum(IMAGE_INPUTS.builder, BUILDERS, 'auto'),
        immutable: raw.boolean('immutable', true),
        ...login,
    };
}
/** The explicit version, refused unless it is one line a tag can hold. */
function versionInput(raw) {
    const version = raw.string(IMAGE_INPUTS.version);
    const problem = version ? versionProblem(version) : null;
    if (problem)
        throw new src/* InputError */.dz(IMAGE_INPUTS.version, `${(0,src/* shown */.SP)(version)} ${problem}`);
    return version;
}
/** The names build-tag-push gives its attestation inputs. */
const ATTESTATION_INPUTS = { provenance: 'provenance', sbom: 'sbom' };
/**
 * `provenance` and `sbom` (booleans, off by default), refused with a builder other than buildx and
 * with a mode other than build-push: BuildKit attaches attestations only to an image it pushes itself.
 */
function readAttestationInputs(raw, request, names = ATTESTATION_INPUTS) {
    const provenance = raw.boolean(names.provenance, false);
    const sbom = raw.boolean(names.sbom, false);
    const input = provenance ? names.provenance : names.sbom;
    if (!provenance && !sbom)
        return { provenance, sbom };
    if (request.builder !== 'auto' && request.builder !== 'buildx')
        throw new InputError(input, `is true with ${IMAGE_INPUTS.builder}: ${request.builder}; only buildx (docker buildx) makes attestations: set ${IMAGE_INPUTS.builder}: buildx, or ${input}: false`);
    if (request.mode !== 'build-push')
        throw new InputError(input, `is true with mode: ${request.mode}; attestations reach the registry only when buildx builds and pushes in one step (mode: build-push), as an image loaded locally loses them`);
    return { provenance, sbom };
}
/** `build-secrets`: `id=value` lines, for the actions that offer it. Mask the values before anything runs. */
function readBuildSecrets(raw, input = IMAGE_INPUTS.buildSecrets) {
    return parseBuildSecrets(raw.string(input), input);
}

;// CONCATENATED MODULE: ./packages/image/src/cache.ts

/** Where a registry cache lives: a tag next to the image, so no other repository is needed. */
const cacheRef = (image) => `${image.name}:buildcache`;
/**
 * buildx's `--cache-to` for a registry cache. ECR rejects the default cache manifest (an index with
 * cache-config layers); it accepts the cache as an OCI image manifest, hence image-manifest=true and
 * oci-mediatypes=true there.
 */
function registryCacheTo(image) {
    const parts = ['type=registry', `ref=${cacheRef(image)}`, 'mode=max'];
    if (parseEcrHost(image.registry))
        parts.push('image-manifest=true', 'oci-mediatypes=true');
    return parts.join(',');
}
const registryCacheFrom = (image) => `type=registry,ref=${cacheRef(image)}`;
// buildx takes the cache service's URL and token from the runner's ACTIONS_RESULTS_URL/ACTIONS_CACHE_URL
// and ACTIONS_RUNTIME_TOKEN itself, so they never appear in argv. The scope keeps the images of a
// monorepo from evicting each other's cache; a failed export (the service throttles) must not fail a deploy.
const ghaCacheFrom = (scope) => `type=gha,scope=${scope}`;
const ghaCacheTo = (scope) => `type=gha,scope=${scope},mode=max,ignore-error=true`;
/** The environment a JavaScript action gets on a GitHub runner, which BuildKit's gha cache needs. */
function ghaCacheUnavailable(env) {
    if (!env['ACTIONS_RUNTIME_TOKEN'])
        return 'ACTIONS_RUNTIME_TOKEN is not set';
    if (!env['ACTIONS_RESULTS_URL'] && !env['ACTIONS_CACHE_URL'])
        return 'neither ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL is set';
    return null;
}

;// CONCATENATED MODULE: ./packages/image/src/engine-output.ts

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/g;
/**
 * An engine's output lines, blank ones dropped, with every URL in them shown as kit's displayUrl: an
 * upload URL's query carries session state, and a URL's userinfo a credential.
 */
function engineLines(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim().replace(URL_IN_TEXT, (url) => (0,src/* displayUrl */.Qy)(url)))
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/image/src/builders.ts





/**
 * buildx's flags for a push that carries attestations. Both flags are always given: buildx adds a
 * minimal provenance to every pushed image unless told `--provenance=false`.
 */
function buildxAttestationArgs(push) {
    return [
        '--output',
        `type=image,push=true${push.insecure ? ',registry.insecure=true' : ''}`,
        push.provenance ? '--provenance=mode=max' : '--provenance=false',
        push.sbom ? '--sbom=true' : '--sbom=false',
    ];
}
/** The last `n` lines of an engine's output, where the cause is. */
const lastLines = (text, n) => engineLines(text).slice(-n);
/**
 * A failed engine command: its output goes to the log through kit's path for outside text (a line of it
 * can never run as a workflow command), and the error quotes only its last lines, escaped and cut.
 */
function engineFailure(operation, engine, r, log) {
    // The build's own steps (RUN output) are on stdout, the engine's error on stderr: the log gets both.
    const logged = lastLines([r.stdout, r.stderr].join('\n'), 40);
    if (logged.length > 0)
        log.info(`${engine} said (last ${logged.length} lines):\n${logged.join('\n')}`);
    const quoted = lastLines(r.stderr.trim() ? r.stderr : r.stdout, 3).map((l) => `\n  ${(0,src/* shown */.SP)(l)}`);
    const { file, target, buildArgs } = IMAGE_INPUTS;
    const hint = operation === 'build the image'
        ? `See ${engine}'s output above; check the Dockerfile and \`${file}\`, \`${target}\`, \`${buildArgs}\`.`
        : undefined;
    return new src/* ActionError */.lZ(operation, `${engine} exited ${r.code}${quoted.length ? ':' : ''}${quoted.join('')}`, {
        hint,
    });
}
/** More than one platform: the build is a manifest list (an image index), one image per platform. */
const isMultiPlatform = (platforms) => platforms.length > 1;
function common(req) {
    const args = ['-f', req.file];
    if (!isMultiPlatform(req.platforms))
        for (const ref of req.refs)
            args.push('-t', ref);
    for (const a of req.buildArgs)
        args.push('--build-arg', a);
    for (const l of req.labels)
        args.push('--label', l);
    for (const { id, file } of req.secrets ?? [])
        args.push('--secret', `id=${id},src=${file}`);
    if (req.target)
        args.push('--target', req.target);
    if (req.platforms.length > 0)
        args.push('--platform', req.platforms.join(','));
    return args;
}
/** buildah and podman share containers/image: the same flags, auth files and storage. */
function containersBuilder(name, exec, log) {
    return {
        name,
        build: (req) => {
            refuseAttestations(name, req);
            return containersBuild(name, exec, req, log);
        },
        push(req) {
            const args = req.list ? ['manifest', 'push', '--all'] : ['push'];
            if (req.insecure)
                args.push('--tls-verify=false');
            if (req.authFile)
                args.push('--authfile', req.authFile);
            args.push(req.ref, `docker://${req.ref}`);
            return exec(name, args);
        },
        async imageId(ref, isList) {
            // Only when asked: `manifest inspect` of a plain image goes on to ask the registry.
            const list = isList ? await manifestList(name, exec, ref) : null;
            if (list) {
                const ids = await Promise.all(list.map((digest) => singleImageId(name, exec, `${ref.replace(/:[^:/]+$/, '')}@${digest}`)));
                return ids.every((id) => id !== null) ? [...new Set(ids)].sort().join(',') : null;
            }
            return singleImageId(name, exec, ref);
        },
        async saveArchive(ref, file) {
            const r = await exec(name, ['push', ref, `docker-archive:${file}:${ref}`]);
            if (r.code !== 0)
                throw engineFailure('export the image', name, r, log);
        },
    };
}
async function containersBuild(name, exec, req, log) {
    const [first, ...others] = req.refs;
    const list = isMultiPlatform(req.platforms) && first !== undefined;
    // `--manifest` adds to an existing list of that name: a re-run on the same runner would otherwise
    // push the previous run's images too.
    if (list)
        await exec(name, ['manifest', 'rm', first]);
    const args = [...(name === 'buildah' ? ['bud'] : ['build']), ...common(req)];
    // The layer cache of buildah 1.28 and podman 4.3 does not tell platforms apart: with --layers the
    // second platform reuses the first's image and the list holds one platform (publish warns).
    if (list)
        args.push('--manifest', first, '--layers=false');
    if (req.timestamp !== undefined)
        args.push('--timestamp', String(req.timestamp));
    if (req.cache?.type === 'registry' && !list)
        args.push('--layers', '--cache-from', req.cache.image.name);
    args.push(req.context);
    const r = await exec(name, args);
    if (r.code !== 0)
        throw engineFailure('build the image', name, r, log);
    if (list && others.length > 0) {
        const t = await exec(name, ['tag', first, ...others]);
        if (t.code !== 0)
            throw engineFailure('tag the image', name, t, log);
    }
}
/** The instance digests of a local manifest list, or null when there is none. */
async function manifestList(name, exec, ref) {
    const r = await exec(name, ['manifest', 'inspect', ref]);
    if (r.code !== 0)
        return null;
    try {
        const list = JSON.parse(r.stdout);
        return Array.isArray(list.manifests) ? list.manifests.map((m) => String(m.digest)) : null;
    }
    catch {
        return null;
    }
}
async function singleImageId(name, exec, ref) {
    const r = await exec(name, name === 'buildah'
        ? ['inspect', '--type', 'image', '--format', '{{.FromImageID}}', ref]
        : ['image', 'inspect', '--format', '{{.Id}}', ref]);
    const id = r.stdout.trim();
    return r.code === 0 && /^[a-f0-9]{64}$/.test(id) ? `sha256:${id}` : null;
}
function cacheFlags(name, cache) {
    if (cache?.type === 'gha')
        return name === 'buildx'
            ? ['--cache-from', ghaCacheFrom(cache.scope), '--cache-to', ghaCacheTo(cache.scope)]
            : [];
    if (cache?.type !== 'registry')
        return [];
    if (name === 'docker')
        return ['--cache-from', cache.image.name];
    return ['--cache-from', registryCacheFrom(cache.image), '--cache-to', registryCacheTo(cache.image)];
}
/** Where buildx puts the image: the local store (`--load`), or the registry with attestations. */
function buildxOutput(req) {
    return req.attestedPush ? buildxAttestationArgs(req.attestedPush) : ['--load'];
}
/** Only buildx makes attestations; publish refuses them earlier, so this guards a direct caller. */
function refuseAttestations(name, req) {
    if (req.attestedPush && name !== 'buildx')
        throw new src/* ActionError */.lZ('build the image', `${name} makes no attestations (provenance, sbom); only buildx does`);
}
function dockerBuilder(name, exec, log) {
    return {
        name,
        async build(req) {
            refuseAttestations(name, req);
            if (isMultiPlatform(req.platforms)) {
                throw new src/* ActionError */.lZ('build the image', `${req.platforms.map((p) => (0,src/* shown */.SP)(p)).join(', ')} make a manifest list, which ${name} cannot keep locally between the build and the push (--load takes one platform)`, {
                    hint: 'Use builder: buildah or podman for multi-platform images, or build one platform per job.',
                });
            }
            const args = name === 'buildx' ? ['buildx', 'build', ...buildxOutput(req)] : ['build'];
            args.push(...common(req), ...cacheFlags(name, req.cache));
            if (req.timestamp !== undefined)
                args.push('--build-arg', `SOURCE_DATE_EPOCH=${req.timestamp}`);
            args.push(req.context);
            // The classic builder for `docker`: it is what podman's Docker-compatible API (and a daemon without
            // the buildx plugin) can serve. Build secrets exist only in BuildKit, so they switch it on.
            const buildKit = name === 'buildx' || (req.secrets ?? []).length > 0;
            // A push from the build reads explicit credentials where docker reads logins: DOCKER_CONFIG.
            const authFile = req.attestedPush?.authFile;
            const r = await exec('docker', args, {
                env: {
                    ...process.env,
                    DOCKER_BUILDKIT: buildKit ? '1' : '0',
                    ...(authFile ? { DOCKER_CONFIG: (0,external_node_path_.dirname)(authFile) } : {}),
                },
            });
            if (r.code !== 0)
                throw engineFailure('build the image', 'docker', r, log);
        },
        push(req) {
            // docker reads logins only from DOCKER_CONFIG/config.json, so an explicit login is such a directory.
            const env = req.authFile ? { ...process.env, DOCKER_CONFIG: (0,external_node_path_.dirname)(req.authFile) } : undefined;
            return exec('docker', ['push', req.ref], env ? { env } : undefined);
        },
        async imageId(ref) {
            const r = await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', ref]);
            const id = r.stdout.trim();
            return r.code === 0 && /^sha256:[a-f0-9]{64}$/.test(id) ? id : null;
        },
        async saveArchive(ref, file) {
            const r = await exec('docker', ['save', '--output', file, ref]);
            if (r.code !== 0)
                throw engineFailure('export the image', 'docker', r, log);
        },
    };
}
/** How to tell whether each builder works here: a working daemon for docker, the binary for the others. */
const PROBES = {
    buildx: ['docker', ['buildx', 'inspect', '--bootstrap']],
    docker: ['docker', ['info', '--format', '{{.ServerVersion}}']],
    podman: ['podman', ['version', '--format', '{{.Client.Version}}']],
    buildah: ['buildah', ['version']],
};
const ORDER = ['buildx', 'docker', 'podman', 'buildah'];
/** Why `name` cannot be used here, or null when it can. */
async function probe(name, exec) {
    const [command, args] = PROBES[name];
    try {
        const r = await exec(command, args);
        if (r.code === 0)
            return null;
        const [cause = ''] = lastLines(r.stderr || r.stdout, 1);
        return `\`${command} ${args.join(' ')}\` exited ${r.code}${cause ? `: ${(0,src/* shown */.SP)(cause)}` : ''}`;
    }
    catch (error) {
        return spawnProblem(command, name, error);
    }
}
/** A command that could not be started, in words rather than `spawn buildah ENOENT`. */
function spawnProblem(command, builder, error) {
    const code = error.code ?? '';
    const what = command === builder ? command : `${command} (which runs ${builder})`;
    if (code === 'ENOENT')
        return `${what} was not found on PATH`;
    if (code === 'EACCES')
        return `${what} is on PATH but may not be run (EACCES)`;
    return `${what} could not be started (${code || (0,src/* shown */.SP)(String(error))})`;
}
/** The requested builder, or with `auto` the first that works: buildx, docker, podman, buildah. */
async function selectBuilder(choice, exec, opts = {}) {
    const input = opts.inputName ?? 'builder';
    const candidates = choice === 'auto' ? ORDER : [choice];
    const tried = [];
    for (const name of candidates) {
        const reason = await probe(name, exec);
        if (reason === null)
            return makeBuilder(name, guardedExec(exec, name, `input ${input}: ${(0,src/* shown */.SP)(choice)}`), opts.log ?? src/* silentLogger */.qq);
        tried.push([name, reason]);
    }
    const [only] = tried;
    if (choice !== 'auto' && only) {
        throw new src/* ActionError */.lZ('find an image builder', `${only[1]} (input ${input}: ${(0,src/* shown */.SP)(choice)}); install it or choose another builder`, { hint: `${input}: auto takes the first of buildx, docker, podman and buildah that works here.` });
    }
    throw new src/* ActionError */.lZ('find an image builder', `none works here (input ${input}: 'auto'). Tried:\n${tried.map(([n, r]) => `  - ${n}: ${r}`).join('\n')}`, {
        hint: `Install docker (with a running daemon), podman or buildah on the runner, or name one in ${input}.`,
    });
}
function makeBuilder(name, exec, log) {
    return name === 'buildx' || name === 'docker'
        ? dockerBuilder(name, exec, log)
        : containersBuilder(name, exec, log);
}
/** The builder's commands, with a command that cannot be started (gone since the probe) reported in words. */
function guardedExec(exec, builder, chosenBy) {
    return (command, args, opts) => exec(command, args, opts).catch((error) => {
        throw new src/* ActionError */.lZ('run the image builder', `${spawnProblem(command, builder, error)} (${chosenBy}); install it or choose another builder`);
    });
}

;// CONCATENATED MODULE: ./packages/image/src/ecr.ts



/**
 * The registry hosts that have a login in the auth files podman, buildah and docker read: a stored one
 * (`auths`) or a credential helper's (`credHelpers`, as `gcloud auth configure-docker` writes).
 */
function storedLoginHosts(env) {
    const hosts = [];
    for (const file of authFiles(env)) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        try {
            const config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            const names = [...Object.keys(config.auths ?? {}), ...Object.keys(config.credHelpers ?? {})];
            hosts.push(...names.map((h) => h.replace(/^https?:\/\//, '')));
        }
        catch {
            // An unreadable auth file holds no login we could compare against; the push reports it if it matters.
        }
    }
    return [...new Set(hosts)];
}
/**
 * An ECR image whose region or account does not match the AWS session oidc-login set up fails late and
 * opaquely (a 401 or "no basic auth credentials" after a whole build); this says which two disagree, before
 * anything is built. Explicit username/password skip it: the caller then brings their own ECR token.
 */
function checkEcrTarget(image, env, loginHosts, explicitLogin) {
    const target = parseEcrHost(image.registry);
    if (!target || explicitLogin)
        return;
    const regionVar = env['AWS_REGION'] ? 'AWS_REGION' : env['AWS_DEFAULT_REGION'] ? 'AWS_DEFAULT_REGION' : '';
    const region = regionVar ? (env[regionVar] ?? '') : '';
    if (region && region !== target.region) {
        throw new src/* ActionError */.lZ('check the ECR registry', `the image ${image.name} is in region ${target.region}, but ${regionVar} is ${region} (the AWS session, e.g. from oidc-login, is for ${region})`, {
            hint: `Set aws-region: ${target.region} in oidc-login, or push to ${target.account}.dkr.ecr.${region}.amazonaws.com/${image.repository}.`,
        });
    }
    if (loginHosts.includes(image.registry))
        return;
    const others = loginHosts.filter((h) => parseEcrHost(h) !== null);
    if (others.length === 0)
        return;
    const accounts = [...new Set(others.map((h) => parseEcrHost(h)?.account))];
    const sameAccount = others.filter((h) => parseEcrHost(h)?.account === target.account);
    const fix = sameAccount.length > 0
        ? `Run oidc-login with aws-region: ${target.region}, or push to ${sameAccount[0]}/${image.repository}.`
        : `Add registries: ${target.account} to oidc-login (the role needs ecr:GetAuthorizationToken and push rights there), or assume a role in account ${target.account}.`;
    throw new src/* ActionError */.lZ('check the ECR registry', `the image ${image.name} is in account ${target.account} (${target.region}), but the docker config has ECR logins only for ${others.join(', ')} (account ${accounts.join(', ')})`, { hint: fix });
}

;// CONCATENATED MODULE: ./packages/image/src/push.ts







/** Checks every tag against the registry, pushes those that are new, and reads back the first tag's digest. */
async function push(inputs, builder, tags, result, ports) {
    const credentials = credentialsFor(inputs, ports.env);
    const client = new RegistryClient({ host: inputs.image.registry, credentials, clock: ports.clock });
    const session = { inputs, builder, client, credentials, list: isMultiPlatform(inputs.platforms), ports };
    const toPush = await checkTags(session, tags, result);
    await pushTags(session, toPush, result);
    return { ...result, digest: await readDigest(session, tags[0] ?? '') };
}
/**
 * The attestations asked for (`provenance`, `sbom`), refused when the builder (auto's choice included)
 * is not buildx or the mode is not build-push: only a buildx build that pushes keeps them.
 */
function attestationsFor(inputs, builder) {
    const asked = ['provenance', 'sbom'].filter((a) => inputs[a] === true);
    const [first] = asked;
    if (!first)
        return [];
    const input = ATTESTATION_INPUTS[first];
    if (builder !== 'buildx')
        throw new src/* ActionError */.lZ('build the image', `${input}: true needs buildx, and the builder here is ${builder}`, {
            hint: `Only buildx (docker buildx) makes attestations: install it (docker/setup-buildx-action) and set ${IMAGE_INPUTS.builder}: buildx, or set ${input}: false.`,
        });
    if (inputs.mode !== 'build-push')
        throw new src/* ActionError */.lZ('build the image', `${input}: true needs mode: build-push, not ${inputs.mode}`);
    return asked;
}
/**
 * A push with attestations: buildx pushes every tag from the build itself (a loaded image loses its
 * attestations). Every tag is checked first, so a conflict leaves the registry untouched; an existing
 * tag is always another image, as provenance records when its build ran.
 */
async function pushAttested(inputs, builder, tags, result, ports, buildAndPush) {
    const credentials = credentialsFor(inputs, ports.env);
    const client = new RegistryClient({ host: inputs.image.registry, credentials, clock: ports.clock });
    const session = { inputs, builder, client, credentials, list: false, ports };
    for (const tag of tags) {
        const existing = await (0,src/* retry */.L5)(() => client.digest(inputs.image.repository, tag), retryOptions(session)).catch((e) => {
            throw asPushError(e, `read ${inputs.image.name}:${tag}`);
        });
        if (existing && inputs.immutable)
            throw new src/* ActionError */.lZ('push the image', `${inputs.image.name}:${tag} already exists with digest ${existing}`, {
                hint: 'Tags are immutable (immutable: true), and a build with attestations is never the same image twice: build a new version, or set immutable: false to overwrite.',
            });
    }
    const authDir = inputs.username ? await (0,promises_.mkdtemp)((0,external_node_path_.join)(ports.tempDir, 'auth-')) : undefined;
    try {
        const authFile = authDir ? (0,external_node_path_.join)(authDir, 'config.json') : undefined;
        if (authFile && credentials)
            await addLogins(authFile, [{ host: inputs.image.registry, ...credentials }]);
        const attest = result.attestations ?? [];
        await buildAndPush({
            provenance: attest.includes('provenance'),
            sbom: attest.includes('sbom'),
            insecure: client.protocol === 'http',
            authFile,
        });
    }
    finally {
        if (authDir)
            await (0,promises_.rm)(authDir, { recursive: true, force: true });
    }
    const pushed = { ...result, pushed: [...tags], attempts: 1 };
    return { ...pushed, digest: await readDigest(session, tags[0] ?? '') };
}
function credentialsFor(inputs, env) {
    if (inputs.username) {
        return { username: inputs.username, password: inputs.password, source: 'the username/password inputs' };
    }
    return readStoredCredentials(inputs.image.registry, env);
}
const registryRetryable = (e) => e instanceof RegistryError && e.retryable;
function retryOptions({ inputs, ports }) {
    return {
        attempts: inputs.retries + 1,
        baseMs: 500,
        maxMs: 8000,
        clock: ports.clock,
        random: ports.random,
        retryable: registryRetryable,
    };
}
/**
 * The tags still to push. Every tag is checked before anything is pushed, so an immutable conflict leaves
 * the registry untouched; a tag already holding this very image is recorded as unchanged.
 */
async function checkTags(session, tags, result) {
    const { inputs, builder, client } = session;
    const { repository, name } = inputs.image;
    const localId = await builder.imageId(`${name}:${tags[0]}`, session.list);
    if (!localId) {
        throw new src/* ActionError */.lZ('push the image', `there is no local image ${name}:${tags[0]} (${builder.name})`, {
            hint: 'mode push pushes what an earlier step built with mode build and the same inputs.',
        });
    }
    const toPush = [];
    for (const tag of tags) {
        const existing = await (0,src/* retry */.L5)(() => remoteIdentity(client, repository, tag), retryOptions(session)).catch((e) => {
            throw asPushError(e, `read ${name}:${tag}`);
        });
        if (existing && existing.identity === localId)
            result.unchanged.push(tag);
        else if (existing && inputs.immutable) {
            throw new src/* ActionError */.lZ('push the image', `${name}:${tag} already exists${existing.digest ? ` with digest ${existing.digest}` : ''}, a different image`, {
                hint: 'Tags are immutable (immutable: true): build a new version, or set immutable: false to overwrite.',
            });
        }
        else
            toPush.push(tag);
    }
    if (result.unchanged.length > 0)
        session.ports.log.info(`Already in the registry with the same image: ${result.unchanged.join(', ')}`);
    return toPush;
}
/** Explicit credentials reach the engine through a private auth file that lives only for the push. */
async function pushTags(session, toPush, result) {
    const { inputs, credentials, ports } = session;
    const authDir = inputs.username ? await (0,promises_.mkdtemp)((0,external_node_path_.join)(ports.tempDir, 'auth-')) : undefined;
    try {
        const authFile = authDir ? (0,external_node_path_.join)(authDir, 'config.json') : undefined;
        if (authFile && credentials)
            await addLogins(authFile, [{ host: inputs.image.registry, ...credentials }]);
        for (const tag of toPush) {
            await pushTag(session, tag, authFile, result);
            result.pushed.push(tag);
        }
    }
    finally {
        if (authDir)
            await (0,promises_.rm)(authDir, { recursive: true, force: true });
    }
}
async function pushTag(session, tag, authFile, result) {
    const { builder, client, credentials, ports } = session;
    const ref = `${session.inputs.image.name}:${tag}`;
    await (0,src/* retry */.L5)(async (attempt) => {
        result.attempts += 1;
        const r = await builder.push({
            ref,
            list: session.list,
            insecure: client.protocol === 'http',
            authFile,
        });
        if (r.code !== 0) {
            const output = r.stderr.trim() ? r.stderr : r.stdout;
            throw pushFailure({ output, credentials, ref, host: session.inputs.image.registry, attempt }, ports.log);
        }
    }, {
        ...retryOptions(session),
        onRetry: ({ attempt, delayMs, error }) => ports.log.info(`Push of ${ref} failed on attempt ${attempt} (${error.message.split('\n')[0]}); retrying in ${delayMs} ms`),
    }).catch((e) => {
        throw asPushError(e, `push ${ref}`);
    });
}
/** The digest the registry serves for `tag` now, which is what a deploy pins. */
async function readDigest(session, tag) {
    const { repository, name } = session.inputs.image;
    const digest = await (0,src/* retry */.L5)(() => session.client.digest(repository, tag), retryOptions(session)).catch((e) => {
        throw asPushError(e, `read back the digest of ${name}:${tag}`);
    });
    if (!digest)
        throw new src/* ActionError */.lZ('push the image', `the registry does not serve ${name}:${tag} after the push`);
    return digest;
}
/**
 * What a tag in the registry is, in the terms of Builder.imageId: its config digest, or for an index the
 * platforms' config digests, sorted (the registry's index digest differs from any local one).
 */
async function remoteIdentity(client, repository, tag) {
    const top = await client.manifest(repository, tag);
    if (!top)
        return null;
    if (top.manifests.length === 0)
        return { digest: top.digest, identity: top.configDigest };
    const children = await Promise.all(top.manifests.map((d) => client.manifest(repository, d)));
    const configs = children.map((c) => c?.configDigest);
    if (configs.some((c) => c === undefined))
        return { digest: top.digest, identity: undefined };
    return { digest: top.digest, identity: [...new Set(configs)].sort().join(',') };
}
const AUTH_FAILURE = /\b401\b|\b403\b|unauthorized|authentication required|denied|forbidden/i;
const TRANSIENT_FAILURE = /\b50[0-4]\b|\b429\b|too many requests|connection (refused|reset)|\bEOF\b|timeout|timed out|temporar|unavailable|bad gateway|empty reply|broken pipe|no route to host|i\/o timeout/i;
/**
 * Classifies a failed push from the engine's output: 5xx and network trouble are worth a retry, a
 * refusal is not. The output is logged through kit's path for outside text; the error names the
 * registry host and quotes only the last line, escaped.
 */
function pushFailure(o, log) {
    const lines = engineLines(o.output);
    if (lines.length > 0)
        log.info(`The push of ${o.ref} said:\n${lines.slice(-20).join('\n')}`);
    const text = lines.slice(-4).join('\n');
    const last = lines.at(-1);
    const said = last ? `: ${(0,src/* shown */.SP)(last)}` : '';
    if (AUTH_FAILURE.test(text)) {
        const who = o.credentials
            ? `${o.credentials.source} (user ${(0,src/* shown */.SP)(o.credentials.username)})`
            : 'no credentials (no login found for the registry)';
        return new RegistryError(`the registry ${o.host} refused ${o.ref} with ${who}${said}`, 401, false);
    }
    const retryable = TRANSIENT_FAILURE.test(text);
    const kind = retryable ? 'a network or server failure' : 'a failure';
    return new RegistryError(`pushing to ${o.host} met ${kind} on attempt ${o.attempt}${said}`, undefined, retryable);
}
function asPushError(error, what) {
    if (!(error instanceof RegistryError))
        return error;
    const refused = error.status === 401 || error.status === 403;
    return new src/* ActionError */.lZ(`${what}`, error.message, {
        hint: refused
            ? 'Log in first (oidc-login for ECR, or the username/password inputs), and check that the credentials may push to this repository.'
            : error.retryable
                ? 'The registry or the network failed on every attempt: check that the registry host is reachable from the runner and up, then re-run.'
                : 'Check the registry host at the start of `image` (without one, the image is on docker.io).',
    });
}

;// CONCATENATED MODULE: ./packages/image/src/targets.ts



/** How oidc-login is told to log in to a cloud's registry, for the hint that sends a person there. */
const CLOUD_LOGIN = {
    gar: {
        name: 'Artifact Registry',
        fix: (host) => `Run oidc-login with provider: gcp and gcp-registries: ${host}`,
    },
    acr: {
        name: 'ACR',
        fix: (host) => `Run oidc-login with provider: azure and acr-registries: ${host}`,
    },
};
/**
 * Before anything is built, compares the image's registry with the logins this job has: a push to a cloud
 * registry without its login fails late (a 401 after the whole build) and says nothing of which login is
 * missing. `kind` is the caller's `registry` input; with `auto`, only a login for another host of the same
 * cloud is taken as a sign of a mistake, since a credential store may hold a login the config does not list.
 */
function checkRegistryTarget(kind, image, env, loginHosts, explicitLogin) {
    const actual = registryKindOf(image.registry);
    if (actual === 'ecr')
        return checkEcrTarget(image, env, loginHosts, explicitLogin);
    if ((actual !== 'gar' && actual !== 'acr') || explicitLogin || loginHosts.includes(image.registry))
        return;
    const cloud = CLOUD_LOGIN[actual];
    const others = loginHosts.filter((h) => registryKindOf(h) === actual);
    if (others.length === 0 && kind === 'auto')
        return;
    const found = others.length > 0
        ? `${cloud.name} logins only for ${others.join(', ')}`
        : `no login for ${image.registry}`;
    throw new src/* ActionError */.lZ(`check the ${cloud.name} registry`, `the image ${image.name} is on ${image.registry}, but the docker config has ${found}`, { hint: `${cloud.fix(image.registry)} (or give username and password).` });
}

;// CONCATENATED MODULE: ./packages/image/src/tags.ts



/** The pushed head: for pull requests GITHUB_SHA is a merge commit nobody pushed, so use the PR head. */
function gitContext(env) {
    let event = {};
    try {
        if (env['GITHUB_EVENT_PATH'])
            event = JSON.parse((0,external_node_fs_.readFileSync)(env['GITHUB_EVENT_PATH'], 'utf8'));
    }
    catch {
        event = {};
    }
    const head = event.pull_request?.head;
    return {
        sha: head?.sha ?? env['GITHUB_SHA'] ?? '',
        branch: head?.ref ?? env['GITHUB_HEAD_REF'] ?? env['GITHUB_REF_NAME'] ?? '',
    };
}
/** Branch names may hold `/` and other characters tags cannot. */
const tagSafe = (value) => value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
function renderTag(template, values, input) {
    const map = {
        version: tagSafe(values.version),
        sha: values.sha,
        sha7: values.sha.slice(0, 7),
        branch: tagSafe(values.branch),
        run_number: values.runNumber,
    };
    const tag = template.replace(/\{([a-z_0-9]+)\}/g, (whole, key) => {
        const value = map[key];
        if (value === undefined)
            throw new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(template)} has an unknown placeholder ${(0,src/* shown */.SP)(whole)} (known: {version} {sha} {sha7} {branch} {run_number})`);
        return value;
    });
    if (!TAG_PATTERN.test(tag)) {
        throw new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(template)} yields ${(0,src/* shown */.SP)(tag)}, which is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/image/src/publish.ts












async function publish(inputs, ports) {
    const { sha, branch } = gitContext(ports.env);
    const contextDir = (0,external_node_path_.resolve)(ports.workspace, inputs.context);
    const detected = inputs.version
        ? { version: inputs.version, source: 'the version input' }
        : await detectVersion([contextDir, ports.workspace], ports.exec, IMAGE_INPUTS.version);
    const values = { version: detected.version, sha, branch, runNumber: ports.env['GITHUB_RUN_NUMBER'] ?? '0' };
    const tags = [
        ...new Set([
            renderTag(inputs.tagTemplate, values, IMAGE_INPUTS.tagTemplate),
            ...inputs.extraTags.map((t) => renderTag(t, values, IMAGE_INPUTS.extraTags)),
        ]),
    ];
    const refs = tags.map((t) => `${inputs.image.name}:${t}`);
    if (inputs.mode !== 'push' && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(contextDir, inputs.file))) {
        throw new src/* ActionError */.lZ('build the image', `${(0,src/* shown */.SP)(inputs.file)} does not exist in ${(0,src/* shown */.SP)(contextDir)}`, {
            hint: `Set \`${IMAGE_INPUTS.file}\` (relative to \`${IMAGE_INPUTS.context}\`) and \`${IMAGE_INPUTS.context}\` to where the Dockerfile is.`,
        });
    }
    if (inputs.mode !== 'build') {
        const logins = storedLoginHosts(ports.env);
        checkRegistryTarget(inputs.registry ?? 'auto', inputs.image, ports.env, logins, Boolean(inputs.username));
    }
    const builder = await selectBuilder(inputs.builder, ports.exec, {
        log: ports.log,
        inputName: IMAGE_INPUTS.builder,
    });
    const result = {
        tags,
        version: detected.version,
        versionSource: detected.source,
        sha,
        builder: builder.name,
        digest: '',
        pushed: [],
        unchanged: [],
        attempts: 0,
        attestations: attestationsFor(inputs, builder.name),
    };
    ports.log.info(`Version ${detected.version} (from ${detected.source}); tags ${tags.join(', ')}; builder ${builder.name}`);
    const meta = { contextDir, sha, version: detected.version };
    if (result.attestations?.length)
        return pushAttested(inputs, builder, tags, result, ports, (to) => build(inputs, builder, refs, meta, ports, to));
    if (inputs.mode !== 'push')
        await build(inputs, builder, refs, meta, ports);
    if (inputs.mode === 'build')
        return result;
    return push(inputs, builder, tags, result, ports);
}
async function commitTime(dir, ports) {
    const fromEnv = Number(ports.env['SOURCE_DATE_EPOCH']);
    if (Number.isInteger(fromEnv) && fromEnv > 0)
        return fromEnv;
    const r = await ports
        .exec('git', ['log', '-1', '--format=%ct'], { cwd: dir })
        .catch(() => ({ code: 1, stdout: '' }));
    const t = Number(r.stdout.trim());
    return r.code === 0 && Number.isInteger(t) && t > 0 ? t : undefined;
}
async function build(inputs, builder, refs, meta, ports, attestedPush) {
    // The commit's time, not now: a rebuild of one commit then yields the same image and digest.
    const timestamp = await commitTime(meta.contextDir, ports);
    const created = new Date(timestamp !== undefined ? timestamp * 1000 : ports.clock.now()).toISOString();
    const server = ports.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const labels = [
        `org.opencontainers.image.source=${server}/${ports.env['GITHUB_REPOSITORY'] ?? ''}`,
        `org.opencontainers.image.revision=${meta.sha}`,
        `org.opencontainers.image.version=${meta.version}`,
        `org.opencontainers.image.created=${created}`,
        ...inputs.labels,
    ];
    const cache = buildCache(inputs, builder, ports);
    await withSecretFiles(inputs.buildSecrets ?? [], ports.tempDir, (secrets) => builder.build({
        context: meta.contextDir,
        file: (0,external_node_path_.resolve)(meta.contextDir, inputs.file),
        refs,
        buildArgs: inputs.buildArgs,
        labels,
        platforms: inputs.platforms,
        target: inputs.target,
        timestamp,
        cache,
        secrets,
        attestedPush,
    }));
}
function buildCache(inputs, builder, ports) {
    if (inputs.cache === 'registry' && isMultiPlatform(inputs.platforms)) {
        ports.log.warning(`cache: registry is off for this multi-platform build: the layer cache of ${builder.name} does not tell platforms apart, and would put one platform's image under every platform.`);
        return undefined;
    }
    if (inputs.cache === 'registry')
        return { type: 'registry', image: inputs.image };
    if (inputs.cache !== 'gha')
        return undefined;
    // A cache only saves time, so a missing one is a warning; silently building without it was worse.
    const unavailable = builder.name === 'buildx'
        ? ghaCacheUnavailable(ports.env)
        : `GitHub's cache protocol is spoken by BuildKit (docker buildx) only, and the builder is ${builder.name}`;
    if (unavailable) {
        ports.log.warning(`cache: gha is off for this build: ${unavailable}. Use cache: registry to share layers with any builder, or run on a GitHub runner with docker buildx (docker/setup-buildx-action).`);
        return undefined;
    }
    return { type: 'gha', scope: inputs.image.repository };
}

;// CONCATENATED MODULE: ./packages/image/src/summary.ts

/** The job summary of a publish: each reference and what happened to it, then version, builder and digest. */
function renderPublishSummary(name, r) {
    const rows = r.tags.map((t) => [
        code(`${name}:${t}`),
        r.pushed.includes(t) ? 'pushed' : r.unchanged.includes(t) ? 'unchanged (same image)' : 'built',
    ]);
    return (heading('Image') +
        table(['reference', 'result'], rows) +
        `\nversion ${code(r.version)} (${r.versionSource}), builder ${r.builder}` +
        (r.digest ? `, digest ${code(r.digest)}` : '') +
        (r.attestations?.length
            ? `\nattestations: ${r.attestations.join(', ')} (BuildKit, pushed with the image)`
            : '') +
        '\n');
}

;// CONCATENATED MODULE: ./packages/image/src/index.ts













/***/ }),

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ errors_InputError),
  vb: () => (/* reexport */ MIN_SECRET_LENGTH),
  EY: () => (/* reexport */ backoffDelay),
  tB: () => (/* reexport */ basicAuth),
  x3: () => (/* reexport */ branchInput),
  aY: () => (/* reexport */ code),
  QP: () => (/* reexport */ defineAction),
  Qy: () => (/* reexport */ displayUrl),
  gJ: () => (/* reexport */ errorMessage),
  kq: () => (/* reexport */ escapeCell),
  m0: () => (/* reexport */ exec),
  a3: () => (/* reexport */ formatDuration),
  P1: () => (/* reexport */ gitRepositoryInput),
  SW: () => (/* reexport */ gitTransportInput),
  BN: () => (/* reexport */ githubApiUrl),
  EI: () => (/* reexport */ githubServerUrl),
  iw: () => (/* reexport */ heading),
  w4: () => (/* reexport */ hostOf),
  CN: () => (/* reexport */ httpUrlInput),
  nf: () => (/* reexport */ summary_link),
  rd: () => (/* reexport */ networkFailure),
  rm: () => (/* reexport */ oneLineInput),
  mf: () => (/* reexport */ registryLoginInputs),
  wW: () => (/* reexport */ repoPathInput),
  L5: () => (/* reexport */ retry),
  f3: () => (/* reexport */ runnerPorts),
  SP: () => (/* reexport */ outside_text_shown),
  qq: () => (/* reexport */ silentLogger),
  ml: () => (/* reexport */ systemClock),
  tp: () => (/* reexport */ table),
  O2: () => (/* reexport */ urlTemplateInput)
});

// UNUSED EXPORTS: InputReader, Runner, Secrets, createContext, describeFailure, formatCommand, formatFileCommand, fullNameInput, guardCommands, inputEnvName, parseCommandFile, parseWorkflowCommand, parseWorkflowCommands, runAction, runnerLogger, splitLines, startsCommand, tokenOriginInput

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
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
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
        if (LINE_BREAKING.test(value) || /\s|::/.test(value)) {
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
    throw new errors_InputError(givenUsername ? 'password' : 'username', 'is required when the other of username/password is given');
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
        throw new errors_InputError(input, `${shownUrl(value)} holds whitespace or a control character; expected a URL such as ${opts.example}`);
    }
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new errors_InputError(input, `${shownUrl(value)} is not a valid URL (expected ${opts.example})`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_InputError(input, `must use https:// (or http://), got ${outside_text_shown(url.protocol)}`);
    }
    return url.toString().replace(/\/+$/, '');
}
/**
 * A path, an image reference or a registry: one line without control characters. Such a value goes
 * into argv and into messages, where a line break or an escape would forge log lines.
 */
function oneLineInput(input, value) {
    if (LINE_BREAKING.test(value)) {
        throw new errors_InputError(input, `${outside_text_shown(value)} holds a line break or a control character`);
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
        throw new errors_InputError(input, `holds credentials (user:token@); ${opts.credentials}`);
    }
    const unknown = value.match(/\{[^}]*\}/g)?.find((p) => !opts.placeholders.includes(p));
    if (unknown !== undefined) {
        throw new errors_InputError(input, `has unknown placeholder ${outside_text_shown(unknown)}; use ${opts.placeholders.join(', ')}`);
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

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ss: () => (/* binding */ DEFAULT_TRIVY_VERSION),
  uG: () => (/* binding */ installTrivy),
  eb: () => (/* binding */ trivyUrlTemplate)
});

// UNUSED EXPORTS: DEFAULT_TRIVY_URL, TRIVY_SHA256, TRIVY_URL_PLACEHOLDERS, currentPlatform, normalizeVersion, releaseUrl, sha256File

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(612);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: ./packages/trivy/src/download.ts
// The release download: a plain fetch with bounded retries over kit's Clock. @actions/tool-cache
// retried every failure, a refused connection and an unknown host included, for 24–37 s of
// "Waiting N seconds" lines that no test could shorten; here only what can pass is retried, briefly.



class DownloadFailed extends src/* ActionError */.lZ {
}
/** Downloads `url` to `file`, retrying only what can pass (5xx, 429, resets, silence, a proxy's HTML). */
async function download(opts) {
    const attempts = opts.attempts ?? 3;
    const host = new URL(opts.url).host;
    try {
        await (0,src/* retry */.L5)(() => downloadOnce(opts), {
            attempts,
            baseMs: 1000,
            maxMs: 8000,
            clock: opts.clock ?? src/* systemClock */.ml,
            random: opts.random,
            retryable: (error) => error instanceof DownloadFailed && error.retryable,
            onRetry: ({ attempt, delayMs, error }) => opts.log.info(`The download from ${host} failed (${error.message}); attempt ${attempt + 1} of ${attempts} in ${delayMs} ms`),
        });
    }
    catch (error) {
        if (!(error instanceof DownloadFailed))
            throw error;
        const tries = error.retryable ? ` (${attempts} attempts)` : '';
        throw new src/* ActionError */.lZ(opts.operation, `the download of ${(0,src/* displayUrl */.Qy)(opts.url)} failed: ${host} (from ${opts.input}) ${error.message}${tries}`, { hint: opts.hint });
    }
}
async function downloadOnce(opts) {
    const idleMs = opts.idleMs ?? 30_000;
    const controller = new AbortController();
    let timer = setTimeout(() => controller.abort(), idleMs);
    const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), idleMs);
    };
    try {
        const response = await request(opts, controller.signal, idleMs);
        await save(response, opts.file, touch, () => controller.signal.aborted, idleMs);
    }
    finally {
        clearTimeout(timer);
    }
}
async function request(opts, signal, idleMs) {
    let response;
    try {
        response = await (opts.fetch ?? fetch)(opts.url, { signal, redirect: 'follow' });
    }
    catch (error) {
        throw downloadFailure(error, signal.aborted, idleMs);
    }
    if (!response.ok) {
        await response.body?.cancel().catch(() => { });
        const status = response.status;
        const transient = status >= 500 || status === 429 || status === 408;
        const what = status === 404 || status === 410
            ? `has no such file (HTTP ${status})`
            : status === 401 || status === 403
                ? `refused the download (HTTP ${status}; this action sends no credentials)`
                : `answered HTTP ${status}`;
        throw new DownloadFailed('download', what, { retryable: transient });
    }
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
        await response.body?.cancel().catch(() => { });
        // A proxy's error or login page, served with 200: it may pass (a gateway), so it is retried.
        throw new DownloadFailed('download', 'answered an HTML page instead of the archive (a proxy?)', {
            retryable: true,
        });
    }
    return response;
}
function downloadFailure(error, aborted, idleMs) {
    if (aborted) {
        return new DownloadFailed('download', `sent nothing for ${idleMs / 1000} s`, { retryable: true });
    }
    const failure = (0,src/* networkFailure */.rd)(error);
    return new DownloadFailed('download', failure.reason, { retryable: failure.transient });
}
/** Streams the body to `file`; `touch` on every chunk keeps the idle timer from firing. */
async function save(response, file, touch, aborted, idleMs) {
    const out = (0,external_node_fs_.createWriteStream)(file);
    try {
        for await (const chunk of response.body ?? []) {
            touch();
            if (!out.write(chunk))
                await (0,external_node_events_.once)(out, 'drain');
        }
        out.end();
        await (0,external_node_events_.once)(out, 'finish');
    }
    catch (error) {
        const local = out.errored;
        out.destroy();
        if (local) {
            // The runner's disk, not the server: retrying would not help and the host is not to blame.
            throw new src/* ActionError */.lZ('download Trivy', `${file} could not be written (${local.code ?? (0,src/* shown */.SP)(local.message)})`, {
                hint: 'Check the free space and permissions of the temporary folder (RUNNER_TEMP).',
            });
        }
        if (aborted()) {
            throw new DownloadFailed('download', `stopped sending the archive for ${idleMs / 1000} s`, {
                retryable: true,
            });
        }
        // A body that breaks off mid-stream is worth another attempt whatever the socket said.
        throw new DownloadFailed('download', `broke off the download: ${(0,src/* networkFailure */.rd)(error).reason}`, {
            retryable: true,
        });
    }
}

;// CONCATENATED MODULE: ./packages/trivy/src/install.ts







/** The release this action installs unless told otherwise. Bump it together with TRIVY_SHA256. */
const DEFAULT_TRIVY_VERSION = '0.58.1';
const TRIVY_URL_PLACEHOLDERS = ['{version}', '{os}', '{arch}', '{asset}'];
/** What a mirror URL template may hold (for kit's urlTemplateInput), naming the caller's path input. */
function trivyUrlTemplate(names) {
    return {
        placeholders: TRIVY_URL_PLACEHOLDERS,
        example: 'https://mirror.example/trivy/v{version}/{asset}',
        credentials: `the download sends none: use a mirror that needs none, or install Trivy yourself and set ${names.trivyPath}`,
    };
}
const DEFAULT_TRIVY_URL = 'https://github.com/aquasecurity/trivy/releases/download/v{version}/trivy_{version}_{os}-{arch}.tar.gz';
/**
 * SHA-256 of each release archive, keyed `<version>` then `<os>-<arch>` as in the asset name. Copy
 * the values from the release's `trivy_<version>_checksums.txt` after verifying its cosign
 * signature; a download whose digest differs is refused. A version missing here installs only with
 * an explicit expected checksum.
 */
const TRIVY_SHA256 = {
    // Recorded from the v0.58.1 release assets (also pinned by cashapp/hermit-packages' trivy.hcl).
    '0.58.1': {
        'Linux-64bit': '21a5eea31d072b34a6284855249f4074ff43c618d398f9ec328bef4ff7c2fa0d',
        'Linux-ARM64': '29ec9c3af77a00234860f4a9c48e2dd7691e939924da5d76c259e46c614e2545',
        'macOS-64bit': '4f939f363d23eeb4d6181b2c38c518db38d94987565a8fa5ec9e037972e4b811',
        'macOS-ARM64': '499a64a911a1ac80fcc26d619cdc1bdb05528d8b1bd0490f01a8324aa6ec6e13',
    },
};
/** Trivy's names for this machine; undefined where Trivy publishes no release. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : '';
    const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : '';
    return os && cpu ? { os, arch: cpu } : undefined;
}
const EXACT_VERSION = /^v?\d+\.\d+\.\d+$/;
/** Only exact releases: a tag like `latest` or `v0.58` can be moved to a different build. */
function normalizeVersion(version) {
    return EXACT_VERSION.test(version) ? version.replace(/^v/, '') : undefined;
}
function releaseUrl(template, version, platform) {
    const asset = `trivy_${version}_${platform.os}-${platform.arch}.tar.gz`;
    return template
        .replace(/\{version\}/g, version)
        .replace(/\{os\}/g, platform.os)
        .replace(/\{arch\}/g, platform.arch)
        .replace(/\{asset\}/g, asset);
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The tool cache's layout (`<root>/<tool>/<version>/<arch>` and a `.complete` marker), shared with setup actions. */
function cacheFolder(root, release) {
    return external_node_path_default().join(root, 'trivy', release.version, release.platform.arch.toLowerCase());
}
/**
 * Installs Trivy into the runner's tool cache: a cached copy of the exact version is reused, else
 * the release archive is downloaded, its SHA-256 checked against the expected one, and only then
 * extracted and cached. Outside a runner the cache and the download folder are made under the OS
 * temp dir, said once.
 */
async function installTrivy(opts) {
    const release = resolveRelease(opts);
    const { toolCache, temp } = await folders(opts);
    const dir = cacheFolder(toolCache, release);
    if ((await isFile(external_node_path_default().join(dir, 'trivy'))) && (await isFile(`${dir}.complete`))) {
        opts.log.info(`Using Trivy ${release.version} from the tool cache (${dir})`);
        return {
            path: external_node_path_default().join(dir, 'trivy'),
            version: release.version,
            fromCache: true,
            sha256: release.expected,
        };
    }
    await (0,promises_.mkdir)(temp, { recursive: true });
    const archive = external_node_path_default().join(temp, `trivy-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tar.gz`);
    try {
        const sha256 = await fetchVerified(release, archive, opts);
        await unpack(archive, dir, release, opts);
        opts.log.info(`Installed Trivy ${release.version} (sha256 ${sha256}) in ${dir}`);
        return { path: external_node_path_default().join(dir, 'trivy'), version: release.version, fromCache: false, sha256 };
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/**
 * RUNNER_TOOL_CACHE and RUNNER_TEMP, or folders of our own under the OS temp dir (the CLI, a laptop,
 * a shared build agent). Ours are per user and private: a binary found in the cache is run without
 * its archive's checksum, so nobody else may be able to put one there.
 */
async function folders(opts) {
    const env = opts.env ?? process.env;
    const givenCache = env['RUNNER_TOOL_CACHE'];
    const givenTemp = opts.tempDir || env['RUNNER_TEMP'];
    // os.tmpdir()'s own order, read from the given environment.
    const uid = process.getuid?.() ?? 0;
    const base = external_node_path_default().join(env['TMPDIR'] || env['TMP'] || env['TEMP'] || (0,external_node_os_.tmpdir)(), `gitops-actions-${uid}`);
    if (!givenCache || !givenTemp)
        await privateFolder(base, uid);
    const toolCache = givenCache || external_node_path_default().join(base, 'tool-cache');
    const temp = external_node_path_default().join(givenTemp || external_node_path_default().join(base, 'temp'), 'trivy-download');
    if (!givenCache || !givenTemp) {
        const missing = [givenCache ? '' : 'RUNNER_TOOL_CACHE', givenTemp ? '' : 'RUNNER_TEMP'].filter(Boolean);
        opts.log.info(`${missing.join(' and ')} not set (not on a GitHub runner): Trivy is cached in ${toolCache}, downloads go to ${temp}`);
    }
    return { toolCache, temp };
}
async function privateFolder(folder, uid) {
    await (0,promises_.mkdir)(folder, { recursive: true, mode: 0o700 });
    const info = await (0,promises_.lstat)(folder);
    if (!info.isDirectory() || info.uid !== uid || (info.mode & 0o077) !== 0) {
        throw new src/* ActionError */.lZ('install Trivy', `${folder} is not a folder private to this user`, {
            hint: 'Something else made it, or others may write to it: remove it, or set RUNNER_TOOL_CACHE and RUNNER_TEMP.',
        });
    }
}
function resolveRelease(opts) {
    const names = opts.inputNames;
    const version = normalizeVersion(opts.version);
    const operation = `install Trivy ${opts.version}`;
    if (!version) {
        throw new src/* ActionError */.lZ(operation, `${(0,src/* shown */.SP)(opts.version)} is not an exact release version`, {
            hint: `Pin an exact version such as 0.58.1 in ${names.trivyVersion ?? 'the version'}; tags like latest can be moved to a different build.`,
        });
    }
    const platform = opts.platform ?? currentPlatform();
    if (!platform) {
        throw new src/* ActionError */.lZ('install Trivy', `there is no Trivy release for ${process.platform}/${process.arch} that this action knows`, { hint: `Install Trivy yourself and pass its path as ${names.trivyPath}.` });
    }
    const key = `${platform.os}-${platform.arch}`;
    const expected = (opts.checksum || (opts.table ?? TRIVY_SHA256)[version]?.[key] || '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected)) {
        throw new src/* ActionError */.lZ(operation, opts.checksum
            ? `${names.trivyChecksum} ${(0,src/* shown */.SP)(opts.checksum)} is not a SHA-256 (64 hex digits)`
            : `this action has no SHA-256 for trivy_${version}_${key}.tar.gz`, {
            hint: `Set ${names.trivyChecksum} to the value from trivy_${version}_checksums.txt of the release, or use a version this action pins.`,
        });
    }
    return { version, platform, expected, operation };
}
/** Downloads the archive and returns its SHA-256; an archive that does not hash as expected is refused. */
async function fetchVerified(release, archive, opts) {
    const names = opts.inputNames;
    const url = releaseUrl(opts.urlTemplate || DEFAULT_TRIVY_URL, release.version, release.platform);
    // The host comes from the URL template when one is given, else from the default URL and the version.
    const input = opts.urlTemplate
        ? names.trivyUrl
        : `the default URL and ${names.trivyVersion ?? 'the version'}`;
    opts.log.info(`Downloading Trivy ${release.version} from ${(0,src/* displayUrl */.Qy)(url)}`);
    await download({
        url,
        file: archive,
        input,
        operation: release.operation,
        hint: opts.urlTemplate
            ? `Check ${names.trivyUrl}: the mirror must serve the release archive under that name. Or install Trivy yourself and set ${names.trivyPath}.`
            : `Check that release ${release.version} exists and that the runner can reach github.com; or set ${names.trivyUrl} to a mirror, or ${names.trivyPath} to a Trivy you installed.`,
        log: opts.log,
        clock: opts.clock,
        random: opts.random,
        fetch: opts.fetch,
    });
    const actual = await sha256File(archive);
    if (actual !== release.expected) {
        throw new src/* ActionError */.lZ(release.operation, `the checksum of ${(0,src/* displayUrl */.Qy)(url)} does not match: expected ${release.expected}, got ${actual}`, {
            hint: `The archive was refused and not installed. It is not the release it claims to be: check the mirror in ${names.trivyUrl}.`,
        });
    }
    return actual;
}
/** Extracts into a fresh folder beside the cache entry, then moves it in whole: no half-installed Trivy. */
async function unpack(archive, dir, release, opts) {
    const stage = `${dir}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`;
    await (0,promises_.mkdir)(stage, { recursive: true });
    try {
        const tar = await (opts.exec ?? src/* exec */.m0)('tar', ['-xzf', archive, '-C', stage]).catch((error) => ({ code: -1, stdout: '', stderr: error.message }));
        if (tar.code !== 0) {
            const last = tar.stderr.trim().split('\n').pop() ?? '';
            throw new src/* ActionError */.lZ(release.operation, `the verified archive could not be unpacked: tar said ${(0,src/* shown */.SP)(last)}`, {
                hint: 'tar (with gzip) must be installed on the runner.',
            });
        }
        if (!(await isFile(external_node_path_default().join(stage, 'trivy')))) {
            throw new src/* ActionError */.lZ(release.operation, 'the archive has no trivy executable at its top level');
        }
        await (0,promises_.chmod)(external_node_path_default().join(stage, 'trivy'), 0o755);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.rename)(stage, dir);
        await (0,promises_.writeFile)(`${dir}.complete`, '');
    }
    finally {
        await (0,promises_.rm)(stage, { recursive: true, force: true });
    }
}
async function isFile(file) {
    return (await (0,promises_.stat)(file).catch(() => null))?.isFile() ?? false;
}


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
/******/ var __webpack_exports__ = __nccwpck_require__(5233);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
