import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3993:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1335);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 16 modules
var src = __nccwpck_require__(7145);
;// CONCATENATED MODULE: ./packages/promotion/src/on-github.ts

/**
 * Opens or updates the promotion pull request through the GitHub API of the runner's environment
 * (GITHUB_API_URL, GITHUB_SERVER_URL, and the run's URL for the body).
 */
async function promoteOnGitHub(inputs, log, env) {
    // Octokit is loaded only now, after the inputs were validated, so a run that fails on them starts fast.
    // One after the other: Jest's ESM loader fails on two concurrent imports sharing modules.
    const { RepoClient, createClient } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(624)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9624));
    const { promote } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(815), __nccwpck_require__.e(624), __nccwpck_require__.e(757)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8757));
    const serverUrl = (0,src/* githubServerUrl */.EI)(env);
    const client = new RepoClient(createClient({ token: inputs.token, baseUrl: (0,src/* githubApiUrl */.BN)(env, serverUrl), log }), inputs.repository, { tokenInput: 'token', log });
    const runUrl = env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
        ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
        : '';
    return promote(inputs, { client, log, serverUrl, runUrl });
}

// EXTERNAL MODULE: ./packages/promotion/src/branch-name.ts
var branch_name = __nccwpck_require__(1961);
// EXTERNAL MODULE: ./packages/promotion/src/body.ts
var body = __nccwpck_require__(5809);
;// CONCATENATED MODULE: ./packages/promotion/src/summary.ts


/** The job summary: what happened to the pull request, and the table of changed keys. */
function renderSummary(inputs, result) {
    const pr = result.pull ? (0,src/* link */.nf)(`#${result.pull.number}`, result.pull.url) : '';
    const state = result.operation === 'unchanged' && !result.pull
        ? `No promotion needed: ${(0,src/* code */.aY)(inputs.base)} already runs ${(0,src/* code */.aY)(result.tag)}.`
        : `${result.operation === 'created' ? 'Opened' : result.operation === 'updated' ? 'Updated' : 'Unchanged:'} ${pr} promoting ${(0,src/* code */.aY)(result.tag)} to ${inputs.environment} (branch ${(0,src/* code */.aY)(result.branch)} at ${(0,src/* code */.aY)(result.headSha.slice(0, 12))}).`;
    const kept = result.keptCommits > 0 ? `\n\nKept ${result.keptCommits} commit(s) by others on the branch.` : '';
    return `${(0,src/* heading */.iw)('open-promotion-pr')}\n${state}${kept}\n\n${(0,body/* changesTable */.EI)(result.edits, inputs.digest)}`;
}

;// CONCATENATED MODULE: ./packages/promotion/src/index.ts
// Only what loads without Octokit is exported here: promoteOnGitHub loads it when called.




// EXTERNAL MODULE: ./packages/manifest/src/key-path.ts
var key_path = __nccwpck_require__(7742);
// EXTERNAL MODULE: ./packages/manifest/src/errors.ts
var errors = __nccwpck_require__(3632);
;// CONCATENATED MODULE: ./packages/bump/src/edit-inputs.ts


const FORMATS = ['auto', 'helm', 'kustomize', 'manifest'];
/**
 * Reads the inputs that say which files to edit and what to set in them, under the names
 * bump-manifest and open-promotion-pr both give them (`files`, `image`, `tag`, `digest`, `key`,
 * `digest-key`, `format`). Each caller then checks what it requires of tag and digest.
 */
function readEditInputs(raw) {
    return {
        files: raw.multiline('files', { required: true }).map((file) => (0,src/* repoPathInput */.wW)('files', file)),
        image: raw.string('image'),
        tag: raw.string('tag'),
        digest: raw.string('digest'),
        key: keyPathInput('key', raw.string('key', { default: 'image.tag' })),
        digestKey: keyPathInput('digest-key', raw.string('digest-key')),
        format: raw.enum('format', FORMATS, 'auto'),
    };
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
;// CONCATENATED MODULE: ./actions/open-promotion-pr/src/inputs.ts




const MERGE_METHODS = ['', 'merge', 'squash', 'rebase'];
/** Parses and validates every input once; each error names the input at fault. */
function getInputs(raw, env = process.env) {
    const repository = raw.string('repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
    if (!repository)
        throw new src/* InputError */.dz('repository', 'is required and was not supplied');
    const inputs = {
        repository: (0,src/* fullNameInput */.R_)('repository', repository),
        token: raw.secret('token', { default: env['GITHUB_TOKEN'] ?? '' }),
        base: (0,src/* branchInput */.x3)('base', raw.string('base', { default: 'main' })),
        ...readEditInputs(raw),
        fromFile: raw.string('from-file'),
        environment: raw.string('environment', { default: 'production' }),
        branch: raw.string('branch', { default: 'promote/{environment}/{image-name}' }),
        title: raw.string('title', { default: 'Promote {image-name} {tag} to {environment}' }),
        body: raw.string('body'),
        labels: raw.list('labels'),
        reviewers: raw.list('reviewers'),
        teamReviewers: raw.list('team-reviewers'),
        assignees: raw.list('assignees'),
        draft: raw.boolean('draft', false),
        autoMerge: raw.enum('auto-merge', MERGE_METHODS, ''),
    };
    if (!inputs.token)
        throw new src/* InputError */.dz('token', 'is required and was not supplied');
    if (inputs.fromFile)
        inputs.fromFile = (0,src/* repoPathInput */.wW)('from-file', inputs.fromFile);
    validateImage(inputs);
    // Before any request: the template with what is known now (a tag from from-file comes later).
    (0,branch_name/* promotionBranch */.I)(inputs, inputs.tag || undefined);
    return inputs;
}
function validateImage(inputs) {
    if (!inputs.tag && !inputs.fromFile) {
        throw new src/* InputError */.dz('tag', 'is required unless from-file names the file to read it from');
    }
    const problem = (0,image_ref/* imageInputProblem */.BM)(inputs);
    if (problem)
        throw new src/* InputError */.dz(problem.input, problem.message);
    if (!/^[A-Za-z0-9_.-]+$/.test(inputs.environment)) {
        throw new src/* InputError */.dz('environment', `${(0,src/* shown */.SP)(inputs.environment)} must be letters, digits, '.', '_' or '-'`);
    }
}

;// CONCATENATED MODULE: ./actions/open-promotion-pr/src/main.ts



const run = (0,src/* defineAction */.QP)({
    operation: 'open the promotion pull request',
    inputs: getInputs,
    secrets: (i) => [i.token],
    run: (inputs, { log }) => promoteOnGitHub(inputs, log, process.env),
    outputs: (result) => ({
        'pull-request-number': result.pull ? String(result.pull.number) : '',
        'pull-request-url': result.pull?.url ?? '',
        operation: result.operation,
        'head-sha': result.headSha,
        'previous-tag': result.previousTag,
    }),
    summary: (result, inputs) => renderSummary(inputs, result),
});


/***/ }),

/***/ 7145:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ errors_InputError),
  x3: () => (/* reexport */ branchInput),
  aY: () => (/* reexport */ code),
  QP: () => (/* reexport */ defineAction),
  R_: () => (/* reexport */ fullNameInput),
  BN: () => (/* reexport */ githubApiUrl),
  EI: () => (/* reexport */ githubServerUrl),
  iw: () => (/* reexport */ heading),
  w4: () => (/* reexport */ hostOf),
  nf: () => (/* reexport */ summary_link),
  rd: () => (/* reexport */ networkFailure),
  wW: () => (/* reexport */ repoPathInput),
  L5: () => (/* reexport */ retry),
  SP: () => (/* reexport */ outside_text_shown),
  ml: () => (/* reexport */ retry_systemClock),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: InputReader, MIN_SECRET_LENGTH, Runner, Secrets, backoffDelay, basicAuth, createContext, describeFailure, displayUrl, errorMessage, escapeCell, exec, formatCommand, formatDuration, formatFileCommand, gitRepositoryInput, gitTransportInput, guardCommands, httpUrlInput, inputEnvName, oneLineInput, parseCommandFile, parseWorkflowCommand, parseWorkflowCommands, registryLoginInputs, runAction, runnerLogger, runnerPorts, silentLogger, splitLines, startsCommand, urlTemplateInput

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
const exec_exec = (command, args, opts = {}) => new Promise((resolve, reject) => {
    const stdin = opts.input === undefined ? 'ignore' : 'pipe';
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: [stdin, 'pipe', 'pipe'] });
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
const retry_systemClock = {
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
    const { attempts, baseMs = 200, maxMs = 5000, clock = retry_systemClock, random = Math.random } = opts;
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to `_`, hyphens kept (`INPUT_MAX-ATTEMPTS`). */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The runner as seen from inside an action: environment in, commands and files out. */
class Runner {
    env;
    write;
    constructor(env = process.env, write = (line) => process.stdout.write(line + external_node_os_namespaceObject.EOL)) {
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
            (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL, 'utf8');
    }
    toFile(variable, name, value, fallback) {
        const file = this.env[variable];
        if (file)
            (0,external_node_fs_namespaceObject.appendFileSync)(file, formatFileCommand(name, value), 'utf8');
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
        log.info(`RUNNER_TEMP is not set (not on a runner): temporary files go under ${tmpdir()}`);
    return {
        exec,
        log,
        clock: systemClock,
        env,
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        tempDir: env['RUNNER_TEMP'] || tmpdir(),
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
        throw new errors_InputError(input, `must be owner/name, got ${outside_text_shown(value)}`);
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
        throw new InputError(input, `must be owner/name or a https://, http:// or file:// URL, got ${shownUrl(value)}`);
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
        throw new InputError(input, `api needs the repository as owner/name on GITHUB_SERVER_URL, got ${shown(repository.value)}; use git for other servers`);
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
    return shown(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i, '$1…@'));
}
/**
 * Credentials in a URL would reach git's argv, error messages and logs in encodings the runner
 * does not mask (`%40` for `@`), so a URL input holding them is refused and the token sent where it
 * belongs.
 */
function refuseCredentials(input, value, tokenInput) {
    if (holdsCredentials(value)) {
        throw new InputError(input, `holds credentials (user:token@); give the URL without them and the token in '${tokenInput}', which is masked and never put in a URL`);
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

;// CONCATENATED MODULE: ./packages/kit/src/index.ts

















/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ KeyPathError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   y9: () => (/* binding */ shownList)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7145);

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
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7145);

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
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7145);
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
/* harmony export */   EI: () => (/* binding */ changesTable),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Zn: () => (/* binding */ DEFAULT_BODY),
/* harmony export */   nX: () => (/* binding */ templateValues)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7145);
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
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7145);
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

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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
/******/ var __webpack_exports__ = __nccwpck_require__(3993);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
