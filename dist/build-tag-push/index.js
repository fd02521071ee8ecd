import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 90:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(486);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    const token = `outside-text-${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
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
        log.info(`RUNNER_TEMP is not set (not on a runner): temporary files go under ${(0,external_node_os_namespaceObject.tmpdir)()}`);
    return {
        exec: exec,
        log,
        clock: systemClock,
        env,
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        tempDir: env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(),
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
const BRANCH_RULES = (/* unused pure expression or super */ null && ([
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
]));
/** A git branch name as `git check-ref-format --branch` would accept it (`refs/heads/` stripped). */
function branchInput(input, value) {
    const name = value.replace(/^refs\/heads\//, '');
    if (name === '')
        throw new InputError(input, 'is an empty branch name');
    const broken = BRANCH_RULES.find(([rule]) => rule.test(name));
    if (broken)
        throw new InputError(input, `${shown(value)} is not a valid branch name: it ${broken[1]}`);
    return name;
}
/** Repository-relative, normalized, and unable to leave the repository. */
function repoPathInput(input, value) {
    const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '');
    if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized)) {
        throw new InputError(input, `${shown(value)} is absolute; give paths relative to the repository root`);
    }
    const parts = normalized.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw new InputError(input, `${shown(value)} leaves the repository ('..' is not allowed)`);
    if (parts.length === 0 || parts[0] === '.git')
        throw new InputError(input, `${shown(value)} is not a file in the repository`);
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
















;// CONCATENATED MODULE: ./packages/image/src/request.ts
const MODES = ['build-push', 'build', 'push'];
const BUILDERS = ['auto', 'buildx', 'docker', 'podman', 'buildah'];
const CACHES = ['', 'gha', 'registry', 'none'];

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
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
    const failure = networkFailure(error);
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
        throw new RegistryError(`the registry's auth challenge has no realm: ${outside_text_shown(header)}`, 401, false);
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
        this.clock = opts.clock ?? systemClock;
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
                ? `with ${this.opts.credentials.source} (user ${outside_text_shown(this.opts.credentials.username)})`
                : 'without credentials';
            return new RegistryError(`${what}: the registry ${this.opts.host} refused access (${res.status}) ${who}`, res.status, false);
        }
        // The body is the registry's (or a proxy's) text: quoted and cut, never printed as it came.
        const body = res.body.trim() ? `: ${outside_text_shown(res.body.trim())}` : '';
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
                authorization: `Basic ${basicAuth(c.username, c.password)}`,
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
            ? { authorization: `Basic ${basicAuth(c.username, c.password)}` }
            : {};
        // The realm is the registry's word: printed without userinfo or query, where tokens hide.
        const what = `GET ${displayUrl(`${url.origin}${url.pathname}`)} (a token for ${scope})`;
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
        const send = url.protocol === 'http:' ? external_node_http_namespaceObject.request : external_node_https_namespaceObject.request;
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
                reject(Object.assign(new RegistryError(`${method} ${displayUrl(`${url.origin}${url.pathname}`)}: ${failure.text}`, undefined, failure.transient), { code }));
            });
            req.end();
        });
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/registry/src/docker-config.ts






/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`: where docker, and oidc-login, keep logins. */
function dockerConfigPath(env = process.env) {
    return (0,external_node_path_namespaceObject.join)(env['DOCKER_CONFIG'] || (0,external_node_path_namespaceObject.join)(env['HOME'] || (0,external_node_os_namespaceObject.homedir)(), '.docker'), 'config.json');
}
/** Auth files in the order podman/buildah read them: REGISTRY_AUTH_FILE, then the docker config. */
function authFiles(env = process.env) {
    return [env['REGISTRY_AUTH_FILE'], dockerConfigPath(env)].filter((f) => Boolean(f));
}
/** The stored login for `host` (`auths[host].auth`, base64 `user:password`), or null. */
function readStoredCredentials(host, env = process.env) {
    for (const file of authFiles(env)) {
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            continue;
        let config;
        try {
            config = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
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
const hash = (auth) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(auth).digest('hex');
async function readConfig(path) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        return {};
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    if (text.trim() === '')
        return {};
    return JSON.parse(text);
}
async function writeConfig(path, config) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true, mode: 0o700 });
    await (0,promises_namespaceObject.writeFile)(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}
/** Adds `auths[host].auth` entries, keeping everything else in the file (credHelpers, other logins). */
async function addLogins(path, logins) {
    const config = await readConfig(path);
    const auths = (config.auths ??= {});
    const added = logins.map(({ host, username, password }) => {
        const auth = basicAuth(username, password);
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

const image_name_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
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
            error: `must not carry a tag (${outside_text_shown(`:${repository.slice(lastColon + 1)}`)}); give the repository only, the tags are set apart`,
        };
    if (hasRegistry && !HOST.test(registry))
        return { error: `has an invalid registry host ${outside_text_shown(registry)}` };
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    const bad = repository.split('/').find((c) => !image_name_COMPONENT.test(c));
    if (bad !== undefined) {
        return {
            error: `has an invalid path component ${outside_text_shown(bad)} (lower-case letters, digits and . _ - separators only)`,
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
    return `needs an image on ${KIND_HOSTS[kind]}, and the image's host is ${outside_text_shown(host)}`;
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
            throw new errors_InputError(input, `line ${n} is not id=value (it has no '='; the line is not shown)`);
        const id = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (!ID.test(id) || /^\.+$/.test(id)) {
            throw new errors_InputError(input, `line ${n}: the id before '=' must be letters, digits, '_', '.' or '-' (the line is not shown)`);
        }
        if (seen.has(id))
            throw new errors_InputError(input, `line ${n} repeats the id ${outside_text_shown(id)} of line ${seen.get(id)}`);
        if ([...value].length < MIN_SECRET_LENGTH) {
            // The runner would mask every occurrence of a short value, and a one-letter secret wrecks the log.
            throw new errors_InputError(input, `line ${n}: the value of ${outside_text_shown(id)} is ${[...value].length} characters long; a build secret has at least ${MIN_SECRET_LENGTH}`);
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
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(tempDir, 'build-secrets-'));
    try {
        // The engines read `--secret id=…,src=…` as comma-separated fields.
        if (dir.includes(',')) {
            throw new ActionError('pass the build secrets', `the temporary folder ${outside_text_shown(dir)} holds a ','`, {
                hint: 'Point RUNNER_TEMP (or TMPDIR outside a runner) at a folder whose path has no comma.',
            });
        }
        const files = [];
        for (const [i, { id, value }] of secrets.entries()) {
            // Numbered, not named by id: an id such as `..` or `a.b` must not choose a path.
            const file = (0,external_node_path_namespaceObject.join)(dir, `secret-${i + 1}`);
            await (0,promises_namespaceObject.writeFile)(file, value, { mode: 0o600, flag: 'wx' });
            files.push({ id, file });
        }
        return await use(files);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
    }
}

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
    throw new ActionError('read the version', `${found.source} holds ${outside_text_shown(found.version)}, which ${problem}`, {
        hint: `Fix the file, or set the ${versionInput} input, which takes precedence over package.json, VERSION and Chart.yaml.`,
    });
}
const readText = (file) => (0,external_node_fs_namespaceObject.existsSync)(file) && (0,external_node_fs_namespaceObject.statSync)(file).isFile() ? (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8') : null;
function fromPackageJson(dir) {
    const file = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
    const text = readText(file);
    if (text === null)
        return null;
    let version;
    try {
        version = JSON.parse(text)?.version;
    }
    catch {
        throw new ActionError('read the version', `the package.json at ${file} is not valid JSON`, {
            hint: 'Fix the file, or set the version input, which takes precedence over it.',
        });
    }
    return typeof version === 'string' && version ? { version, source: `the package.json at ${file}` } : null;
}
function fromVersionFile(dir) {
    const file = (0,external_node_path_namespaceObject.join)(dir, 'VERSION');
    const text = readText(file);
    if (text === null)
        return null;
    const version = text.trim().replace(/^v(?=\d)/, '');
    return version ? { version, source: `the VERSION file at ${file}` } : null;
}
/** A top-level `appVersion:` line; Chart.yaml keeps it flat, so no YAML parser (and its start-up cost) is needed. */
function fromChart(dir) {
    const file = (0,external_node_path_namespaceObject.join)(dir, 'Chart.yaml');
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
        throw new errors_InputError(input, `${outside_text_shown(value)} is not a build stage name (FROM … AS <name>)`);
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
        throw new errors_InputError(IMAGE_INPUTS.image, `${outside_text_shown(imageText)} ${image.error}`);
    const registry = raw.enum(IMAGE_INPUTS.registry, REGISTRY_KINDS, 'auto');
    const problem = registry === 'auto' ? null : registryKindProblem(registry, image.registry);
    if (problem)
        throw new errors_InputError(IMAGE_INPUTS.registry, `is ${registry}, which ${problem}`);
    const login = registryLoginInputs(raw, image.registry, env);
    // A generic registry has no login of ours to lean on: without both, the push would fail after the build.
    if (registry === 'generic' && !login.username) {
        throw new errors_InputError('username', 'is required with registry: generic, and so is password (e.g. a Docker Hub user and access token)');
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
        throw new errors_InputError(IMAGE_INPUTS.version, `${outside_text_shown(version)} ${problem}`);
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
        throw new errors_InputError(input, `is true with ${IMAGE_INPUTS.builder}: ${request.builder}; only buildx (docker buildx) makes attestations: set ${IMAGE_INPUTS.builder}: buildx, or ${input}: false`);
    if (request.mode !== 'build-push')
        throw new errors_InputError(input, `is true with mode: ${request.mode}; attestations reach the registry only when buildx builds and pushes in one step (mode: build-push), as an image loaded locally loses them`);
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
        .map((l) => l.trim().replace(URL_IN_TEXT, (url) => displayUrl(url)))
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
    const quoted = lastLines(r.stderr.trim() ? r.stderr : r.stdout, 3).map((l) => `\n  ${outside_text_shown(l)}`);
    const { file, target, buildArgs } = IMAGE_INPUTS;
    const hint = operation === 'build the image'
        ? `See ${engine}'s output above; check the Dockerfile and \`${file}\`, \`${target}\`, \`${buildArgs}\`.`
        : undefined;
    return new ActionError(operation, `${engine} exited ${r.code}${quoted.length ? ':' : ''}${quoted.join('')}`, {
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
        throw new ActionError('build the image', `${name} makes no attestations (provenance, sbom); only buildx does`);
}
function dockerBuilder(name, exec, log) {
    return {
        name,
        async build(req) {
            refuseAttestations(name, req);
            if (isMultiPlatform(req.platforms)) {
                throw new ActionError('build the image', `${req.platforms.map((p) => outside_text_shown(p)).join(', ')} make a manifest list, which ${name} cannot keep locally between the build and the push (--load takes one platform)`, {
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
                    ...(authFile ? { DOCKER_CONFIG: (0,external_node_path_namespaceObject.dirname)(authFile) } : {}),
                },
            });
            if (r.code !== 0)
                throw engineFailure('build the image', 'docker', r, log);
        },
        push(req) {
            // docker reads logins only from DOCKER_CONFIG/config.json, so an explicit login is such a directory.
            const env = req.authFile ? { ...process.env, DOCKER_CONFIG: (0,external_node_path_namespaceObject.dirname)(req.authFile) } : undefined;
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
        return `\`${command} ${args.join(' ')}\` exited ${r.code}${cause ? `: ${outside_text_shown(cause)}` : ''}`;
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
    return `${what} could not be started (${code || outside_text_shown(String(error))})`;
}
/** The requested builder, or with `auto` the first that works: buildx, docker, podman, buildah. */
async function selectBuilder(choice, exec, opts = {}) {
    const input = opts.inputName ?? 'builder';
    const candidates = choice === 'auto' ? ORDER : [choice];
    const tried = [];
    for (const name of candidates) {
        const reason = await probe(name, exec);
        if (reason === null)
            return makeBuilder(name, guardedExec(exec, name, `input ${input}: ${outside_text_shown(choice)}`), opts.log ?? silentLogger);
        tried.push([name, reason]);
    }
    const [only] = tried;
    if (choice !== 'auto' && only) {
        throw new ActionError('find an image builder', `${only[1]} (input ${input}: ${outside_text_shown(choice)}); install it or choose another builder`, { hint: `${input}: auto takes the first of buildx, docker, podman and buildah that works here.` });
    }
    throw new ActionError('find an image builder', `none works here (input ${input}: 'auto'). Tried:\n${tried.map(([n, r]) => `  - ${n}: ${r}`).join('\n')}`, {
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
        throw new ActionError('run the image builder', `${spawnProblem(command, builder, error)} (${chosenBy}); install it or choose another builder`);
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
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            continue;
        try {
            const config = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
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
        throw new ActionError('check the ECR registry', `the image ${image.name} is in region ${target.region}, but ${regionVar} is ${region} (the AWS session, e.g. from oidc-login, is for ${region})`, {
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
    throw new ActionError('check the ECR registry', `the image ${image.name} is in account ${target.account} (${target.region}), but the docker config has ECR logins only for ${others.join(', ')} (account ${accounts.join(', ')})`, { hint: fix });
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
        throw new ActionError('build the image', `${input}: true needs buildx, and the builder here is ${builder}`, {
            hint: `Only buildx (docker buildx) makes attestations: install it (docker/setup-buildx-action) and set ${IMAGE_INPUTS.builder}: buildx, or set ${input}: false.`,
        });
    if (inputs.mode !== 'build-push')
        throw new ActionError('build the image', `${input}: true needs mode: build-push, not ${inputs.mode}`);
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
        const existing = await retry(() => client.digest(inputs.image.repository, tag), retryOptions(session)).catch((e) => {
            throw asPushError(e, `read ${inputs.image.name}:${tag}`);
        });
        if (existing && inputs.immutable)
            throw new ActionError('push the image', `${inputs.image.name}:${tag} already exists with digest ${existing}`, {
                hint: 'Tags are immutable (immutable: true), and a build with attestations is never the same image twice: build a new version, or set immutable: false to overwrite.',
            });
    }
    const authDir = inputs.username ? await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(ports.tempDir, 'auth-')) : undefined;
    try {
        const authFile = authDir ? (0,external_node_path_namespaceObject.join)(authDir, 'config.json') : undefined;
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
            await (0,promises_namespaceObject.rm)(authDir, { recursive: true, force: true });
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
        throw new ActionError('push the image', `there is no local image ${name}:${tags[0]} (${builder.name})`, {
            hint: 'mode push pushes what an earlier step built with mode build and the same inputs.',
        });
    }
    const toPush = [];
    for (const tag of tags) {
        const existing = await retry(() => remoteIdentity(client, repository, tag), retryOptions(session)).catch((e) => {
            throw asPushError(e, `read ${name}:${tag}`);
        });
        if (existing && existing.identity === localId)
            result.unchanged.push(tag);
        else if (existing && inputs.immutable) {
            throw new ActionError('push the image', `${name}:${tag} already exists${existing.digest ? ` with digest ${existing.digest}` : ''}, a different image`, {
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
    const authDir = inputs.username ? await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(ports.tempDir, 'auth-')) : undefined;
    try {
        const authFile = authDir ? (0,external_node_path_namespaceObject.join)(authDir, 'config.json') : undefined;
        if (authFile && credentials)
            await addLogins(authFile, [{ host: inputs.image.registry, ...credentials }]);
        for (const tag of toPush) {
            await pushTag(session, tag, authFile, result);
            result.pushed.push(tag);
        }
    }
    finally {
        if (authDir)
            await (0,promises_namespaceObject.rm)(authDir, { recursive: true, force: true });
    }
}
async function pushTag(session, tag, authFile, result) {
    const { builder, client, credentials, ports } = session;
    const ref = `${session.inputs.image.name}:${tag}`;
    await retry(async (attempt) => {
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
    const digest = await retry(() => session.client.digest(repository, tag), retryOptions(session)).catch((e) => {
        throw asPushError(e, `read back the digest of ${name}:${tag}`);
    });
    if (!digest)
        throw new ActionError('push the image', `the registry does not serve ${name}:${tag} after the push`);
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
    const said = last ? `: ${outside_text_shown(last)}` : '';
    if (AUTH_FAILURE.test(text)) {
        const who = o.credentials
            ? `${o.credentials.source} (user ${outside_text_shown(o.credentials.username)})`
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
    return new ActionError(`${what}`, error.message, {
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
    throw new ActionError(`check the ${cloud.name} registry`, `the image ${image.name} is on ${image.registry}, but the docker config has ${found}`, { hint: `${cloud.fix(image.registry)} (or give username and password).` });
}

;// CONCATENATED MODULE: ./packages/image/src/tags.ts



/** The pushed head: for pull requests GITHUB_SHA is a merge commit nobody pushed, so use the PR head. */
function gitContext(env) {
    let event = {};
    try {
        if (env['GITHUB_EVENT_PATH'])
            event = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env['GITHUB_EVENT_PATH'], 'utf8'));
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
            throw new errors_InputError(input, `${outside_text_shown(template)} has an unknown placeholder ${outside_text_shown(whole)} (known: {version} {sha} {sha7} {branch} {run_number})`);
        return value;
    });
    if (!TAG_PATTERN.test(tag)) {
        throw new errors_InputError(input, `${outside_text_shown(template)} yields ${outside_text_shown(tag)}, which is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/image/src/publish.ts












async function publish(inputs, ports) {
    const { sha, branch } = gitContext(ports.env);
    const contextDir = (0,external_node_path_namespaceObject.resolve)(ports.workspace, inputs.context);
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
    if (inputs.mode !== 'push' && !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.resolve)(contextDir, inputs.file))) {
        throw new ActionError('build the image', `${outside_text_shown(inputs.file)} does not exist in ${outside_text_shown(contextDir)}`, {
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
        file: (0,external_node_path_namespaceObject.resolve)(meta.contextDir, inputs.file),
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












;// CONCATENATED MODULE: ./actions/build-tag-push/src/inputs.ts


function getInputs(raw, env = process.env) {
    const image = readImageInputs(raw, env);
    const mode = raw.enum('mode', MODES, 'build-push');
    return {
        ...image,
        buildSecrets: readBuildSecrets(raw, 'build-secrets'),
        labels: raw.keyValues('labels'),
        platforms: platformsInput(raw),
        target: targetInput(raw, 'target'),
        mode,
        cache: raw.enum('cache', CACHES, ''),
        retries: raw.integer('retries', { min: 0, max: 10, default: 3 }),
        ...readAttestationInputs(raw, { builder: image.builder, mode }),
    };
}
/** `os/arch[/variant]`, as the builders take them; anything else would only fail inside the build. */
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9.]+)?$/;
function platformsInput(raw) {
    const platforms = raw.list('platforms');
    const bad = platforms.find((p) => !PLATFORM.test(p));
    if (bad !== undefined)
        throw new errors_InputError('platforms', `has ${outside_text_shown(bad)}, which is no platform such as linux/amd64 or linux/arm64/v8`);
    return platforms;
}

;// CONCATENATED MODULE: ./actions/build-tag-push/src/main.ts



const run = defineAction({
    operation: 'build and push the image',
    inputs: getInputs,
    secrets: (i) => [i.password, basicAuth(i.username, i.password), ...i.buildSecrets.map((s) => s.value)],
    run: (inputs, { log }) => publish(inputs, runnerPorts(log)),
    outputs: (result, { image: { name } }) => {
        const [tag = ''] = result.tags;
        return {
            tag,
            tags: JSON.stringify(result.tags),
            image: `${name}:${tag}`,
            digest: result.digest,
            'image-ref': result.digest ? `${name}@${result.digest}` : '',
            version: result.version,
            sha: result.sha,
        };
    },
    summary: (result, inputs) => renderPublishSummary(inputs.image.name, result),
});


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(90);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
