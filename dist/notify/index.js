import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 831:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(155);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 155:
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
















;// CONCATENATED MODULE: ./packages/notify/src/inputs.ts

const inputs_LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * A webhook URL: https, or http only to this machine (127.0.0.1, localhost, [::1]: a local relay or a
 * test). Any https host is accepted, not only hooks.slack.com, so Slack-compatible receivers
 * (Mattermost, a proxy) work. The URL is a secret: no message echoes it, not even in part, since the
 * error is printed before it can be masked.
 */
function webhookUrlInput(input, value, example) {
    if (value === '')
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_InputError(input, `is not a URL (expected ${example}); check the secret it comes from`);
    }
    if (url.username || url.password) {
        throw new errors_InputError(input, 'holds credentials (user:password@); give them in headers instead');
    }
    if (url.protocol === 'http:' && !inputs_LOOPBACK.has(url.hostname)) {
        throw new errors_InputError(input, `must use https:// (http:// only to 127.0.0.1 or localhost): the URL is a credential and travels in the clear over http, host ${outside_text_shown(url.host)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_InputError(input, `must use https://, got ${outside_text_shown(url.protocol)}`);
    }
    return url.href;
}
// RFC 9110 field-name: a token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Set by fetch itself or by this package; a caller's value would break the request. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'content-type']);
/**
 * Lines of `Name: value`. Values are secrets (an `Authorization` header), so no message echoes one,
 * nor a line that failed to parse; a message names the line by its number.
 */
function webhookHeadersInput(input, text) {
    const headers = {};
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (!HEADER_NAME.test(name) || value === '') {
            throw new errors_InputError(input, `line ${index + 1} is not \`Name: value\` (the line is not shown: it may hold a secret)`);
        }
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
            throw new errors_InputError(input, `line ${index + 1} (${outside_text_shown(name)}) holds a control character in its value`);
        }
        if (RESERVED.has(name.toLowerCase())) {
            throw new errors_InputError(input, `line ${index + 1} sets ${outside_text_shown(name)}, which the request sets itself`);
        }
        if (Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase())) {
            throw new errors_InputError(input, `line ${index + 1} sets ${outside_text_shown(name)} a second time`);
        }
        headers[name] = value;
    });
    return headers;
}
/** The values of `headers` a log could show: each whole value, and its credential after a scheme word. */
function headerSecrets(headers) {
    return Object.values(headers).flatMap((v) => {
        const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(v)?.[1];
        return credential && credential.length >= 6 ? [v, credential] : [v];
    });
}
/** What the runner masks for a webhook URL: the URL, and its path and query, where Slack's secret is. */
function urlSecrets(url) {
    if (!url)
        return [];
    const { pathname, search, href } = new URL(url);
    const secretPart = `${pathname}${search}`;
    // A bare `/hook` is no secret; masking it would blank every mention of the word in the log.
    return secretPart.length >= 12 ? [url, href, secretPart] : [url, href];
}
/** A link given as an input (PR, Argo CD app, run): http(s), one line, no credentials, or ''. */
function linkInput(input, value, example) {
    if (value === '')
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    // eslint-disable-next-line no-control-regex
    if (!url || !/^https?:$/.test(url.protocol) || /[\s\u0000-\u001f\u007f]/.test(value)) {
        throw new errors_InputError(input, `must be an http(s) URL such as ${example}, got ${outside_text_shown(value)}`);
    }
    if (url.username || url.password) {
        throw new errors_InputError(input, 'holds credentials (user:password@); a link in a message must not');
    }
    return url.href;
}
/** A git commit SHA (7 to 64 hex digits), or ''. */
function commitInput(input, value) {
    if (value !== '' && !/^[0-9a-f]{7,64}$/i.test(value)) {
        throw new errors_InputError(input, `must be a commit SHA (7 to 64 hex digits), got ${outside_text_shown(value)}`);
    }
    return value.toLowerCase();
}
/** An OCI digest (`sha256:<64 hex>`, or another `algorithm:hex`), or ''. */
function digestInput(input, value) {
    if (value !== '' && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{32,}$/.test(value)) {
        throw new errors_InputError(input, `must be an image digest such as sha256:<64 hex digits>, got ${outside_text_shown(value)}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/notify/src/deliver.ts

const ATTEMPTS = 3;
const BASE_MS = 500;
const MAX_MS = 2000;
/** The longest Retry-After honoured; a longer one means the receiver will not take it soon. */
const RETRY_AFTER_CAP_MS = 10_000;
/** One failed attempt; `retryable` for 5xx, 429 and transient network failures. */
class Undelivered extends Error {
    reason;
    retryable;
    retryAfterMs;
    hint;
    constructor(reason, retryable, retryAfterMs = 0, hint = '') {
        super(reason);
        this.reason = reason;
        this.retryable = retryable;
        this.retryAfterMs = retryAfterMs;
        this.hint = hint;
    }
}
/**
 * POSTs `body` as JSON to `target`, retrying 5xx, 429 (after its Retry-After, up to a cap) and
 * transient network failures twice, all within `timeoutMs`. Never throws: a notification that does
 * not arrive is one warning naming the receiver by host (the URL's path is Slack's secret).
 */
async function deliver(what, target, body, timeoutMs, ports) {
    const { clock } = ports;
    const deadline = clock.now() + timeoutMs;
    const where = `${what} at ${hostOf(target.url)} (${target.input})`;
    let attempts = 0;
    let pause = 0;
    try {
        await retry(async () => {
            if (pause > 0)
                await clock.sleep(pause);
            attempts++;
            await postOnce(target, JSON.stringify(body), Math.max(1, deadline - clock.now()), ports);
        }, {
            attempts: ATTEMPTS,
            baseMs: BASE_MS,
            maxMs: MAX_MS,
            clock,
            random: ports.random,
            retryable: (e) => retryable(e, attempts, deadline - clock.now()),
            onRetry: ({ delayMs, error }) => {
                // Retry-After is a floor: retry's own backoff is part of it, the rest is slept before the next try.
                const asked = error.retryAfterMs;
                pause = Math.max(0, asked - delayMs);
                ports.log.info(`${where} ${error.reason}; trying again`);
            },
        });
        ports.log.info(`Notified ${where}`);
        return 'sent';
    }
    catch (error) {
        const reason = error instanceof Undelivered ? error.reason : networkFailure(error).reason;
        const hint = error instanceof Undelivered && error.hint ? ` ${error.hint}` : '';
        const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
        ports.log.warning(`Could not notify ${where}: it ${reason}${tries}.${hint} The notification is lost; the deploy is not affected.`);
        return 'failed';
    }
}
/** Worth another attempt, and the longest pause it may need (backoff or Retry-After) fits the time left. */
function retryable(error, attempt, remainingMs) {
    if (!(error instanceof Undelivered) || !error.retryable)
        return false;
    const backoff = Math.min(MAX_MS, BASE_MS * 2 ** (attempt - 1));
    return Math.max(backoff, error.retryAfterMs) < remainingMs;
}
async function postOnce(target, body, timeoutMs, ports) {
    let response;
    let text;
    try {
        response = await (ports.fetch ?? fetch)(target.url, {
            method: 'POST',
            headers: { ...target.headers, 'content-type': 'application/json' },
            body,
            redirect: 'error',
            signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
    }
    catch (error) {
        const failure = networkFailure(error);
        const reason = failure.code === 'TIMEOUT'
            ? `did not answer within ${Math.ceil(timeoutMs / 100) / 10} s`
            : failure.reason;
        throw new Undelivered(reason, failure.transient);
    }
    if (response.ok)
        return;
    const status = response.status;
    const retryAfterMs = status === 429 ? retryAfter(response.headers.get('retry-after'), ports.clock.now()) : 0;
    const wait = retryAfterMs > 0 ? ` (Retry-After ${Math.ceil(retryAfterMs / 1000)} s)` : '';
    throw new Undelivered(`answered ${status}${answerOf(text)}${wait}`, (status >= 500 || status === 429) && retryAfterMs <= RETRY_AFTER_CAP_MS, retryAfterMs, HINTS[text.trim()] ??
        (status === 401 || status === 403 ? `Check the headers given with ${target.input}.` : ''));
}
// Slack's documented incoming-webhook errors, with what fixes each.
const HINTS = {
    invalid_payload: 'Slack could not read the message: report it, with the workflow run, as a bug of the notify action.',
    invalid_blocks: 'Slack refused the Block Kit message: report it, with the workflow run, as a bug of the notify action.',
    no_text: 'Slack found no text in the message: report it as a bug of the notify action.',
    no_service: 'The webhook was removed or disabled: create a new incoming webhook in the Slack app and update the secret.',
    no_team: 'The workspace of the webhook no longer exists: create a new incoming webhook and update the secret.',
    team_disabled: 'The workspace of the webhook is disabled: create a new incoming webhook and update the secret.',
    invalid_token: 'The webhook URL is wrong: copy it again from the Slack app and update the secret.',
    action_prohibited: "A workspace admin restricts this webhook: ask them, or post to another channel's webhook.",
    posting_to_general_channel_denied: "Only admins may post to the workspace's general channel: use another channel's webhook.",
    channel_not_found: "The webhook's channel no longer exists: create a webhook for another channel.",
    channel_is_archived: "The webhook's channel is archived: unarchive it, or create a webhook for another channel.",
    user_not_found: 'The user the message names does not exist.',
};
/** Retry-After as milliseconds: delta-seconds or an HTTP date; 1 s when absent or unreadable. */
function retryAfter(value, now) {
    if (value && /^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = value ? Date.parse(value) : NaN;
    return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}
/**
 * The receiver's answer when it is an error code such as Slack's (`invalid_payload`,
 * `channel_is_archived`); anything else is described by its size, since a page could echo the request.
 */
function answerOf(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return '';
    if (/^[a-z][a-z0-9_]{1,60}$/.test(trimmed))
        return ` ${outside_text_shown(trimmed)}`;
    return ` with ${trimmed.length} characters that are not an error code`;
}

;// CONCATENATED MODULE: ./packages/notify/src/text.ts
// Every value in a Slack message is outside text. Slack's mrkdwn gives meaning to exactly three
// characters, `&`, `<` and `>` (links, mentions such as `<!channel>`, and their escapes), so those
// are escaped in every value, and a link is built only from a URL this package checked.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;
const CONTROLS_BUT_NEWLINE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;
/** A one-line value: line breaks, controls and bidi marks become one space. */
function oneLine(value) {
    return value.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
/** Free text (the `message`): line breaks kept (CRLF as LF), every other control removed. */
function multiLine(value) {
    return value.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_NEWLINE, ' ').trim();
}
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * `value` escaped for mrkdwn and cut so the escaped text is at most `max` characters (an escape is
 * never split; `…` marks the cut). Slack counts what it receives, so the limit is on the escaped form.
 */
function mrkdwn(value, max) {
    return cutEscaped([...value].map((c) => ESCAPES[c] ?? c), max);
}
/**
 * `value` cut to `max` characters for a `plain_text` object. Slack shows plain_text as written, but
 * receivers that call themselves Slack-compatible may not: `<` and `>` become look-alikes, so no
 * reader of the text can take a value for a link or a mention.
 */
function plain(value, max) {
    return cutEscaped([...value.replace(/</g, '‹').replace(/>/g, '›')], max);
}
function cutEscaped(pieces, max) {
    const total = pieces.reduce((n, p) => n + p.length, 0);
    if (total <= max)
        return pieces.join('');
    let out = '';
    for (const piece of pieces) {
        if (out.length + piece.length > max - 1)
            break;
        out += piece;
    }
    return `${out}…`;
}
/**
 * `<url|text>`: the URL was checked as http(s) and is written with `|`, `<`, `>` and whitespace
 * percent-encoded (so it cannot end the link or start another) and `&` escaped; the text is escaped.
 */
function slackLink(url, text, maxText = 80) {
    const target = url
        .replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        .replace(/&/g, '&amp;');
    return `<${target}|${mrkdwn(text, maxText).replace(/\|/g, '¦')}>`;
}

;// CONCATENATED MODULE: ./packages/notify/src/slack.ts

// Slack's documented Block Kit limits: a header's plain_text ≤ 150 characters, a section's text
// ≤ 3000, its fields ≤ 10 of ≤ 2000 each, a context's elements ≤ 10. Values are cut well inside them.
const SLACK_LIMITS = { header: 150, sectionText: 3000, fields: 10, fieldText: 2000, context: 10 };
const VALUE_MAX = 200;
const MESSAGE_MAX = 2000;
const EMOJI = {
    success: ':white_check_mark:',
    failure: ':x:',
    cancelled: ':black_square_for_stop:',
    started: ':rocket:',
};
const VERB = {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'was cancelled',
    started: 'started',
};
const EVENT = {
    deploy: 'Deploy',
    'promotion-opened': 'Promotion opened',
    'promotion-merged': 'Promotion merged',
    wait: 'Rollout wait',
    rollback: 'Rollback',
};
/** `deploy succeeded: api to prod`, the words the header and the fallback share. */
function headline(n) {
    const what = [oneLine(n.service), oneLine(n.environment) && `to ${oneLine(n.environment)}`]
        .filter(Boolean)
        .join(' ');
    // promotion-opened reads as "Promotion opened …", not "Promotion opened succeeded".
    const verb = n.event.startsWith('promotion-') && n.status === 'success' ? '' : ` ${VERB[n.status]}`;
    return `${EVENT[n.event]}${verb}${what ? `: ${what}` : ''}`;
}
const field = (label, value) => ({
    type: 'mrkdwn',
    text: `*${label}*\n${value}`,
});
const slack_short = (sha) => sha.slice(0, 12);
function commitField(n) {
    if (!n.gitopsCommit)
        return undefined;
    const text = `\`${slack_short(n.gitopsCommit)}\``;
    if (!n.gitopsRepository)
        return field('GitOps commit', text);
    const url = `${n.serverUrl}/${n.gitopsRepository}/commit/${n.gitopsCommit}`;
    return field('GitOps commit', slackLink(url, `${n.gitopsRepository}@${slack_short(n.gitopsCommit)}`));
}
function fields(n) {
    const value = (v) => mrkdwn(oneLine(v), VALUE_MAX);
    const digest = n.digest.replace(/^(\w+:)([0-9a-f]{12})[0-9a-f]*$/, '$1$2');
    const list = [
        n.service && field('Service', value(n.service)),
        n.environment && field('Environment', value(n.environment)),
        n.image && field('Image', value(n.image)),
        n.tag && field('Tag', value(n.tag)),
        digest && field('Digest', `\`${mrkdwn(digest, VALUE_MAX)}\``),
        commitField(n),
        n.pullRequestUrl && field('Pull request', slackLink(n.pullRequestUrl, prLabel(n.pullRequestUrl))),
    ];
    return list.filter((f) => Boolean(f)).slice(0, SLACK_LIMITS.fields);
}
/** `#42` for a pull request URL that ends in its number, else "Open". */
function prLabel(url) {
    const number = /\/pull\/(\d+)\/?$/.exec(new URL(url).pathname)?.[1];
    return number ? `#${number}` : 'Open';
}
/** The Block Kit message: header (status and event), the facts as fields, the message, the links. */
function slackMessage(n) {
    const title = headline(n);
    const blocks = [
        {
            type: 'header',
            text: {
                type: 'plain_text',
                text: plain(`${EMOJI[n.status]} ${title}`, SLACK_LIMITS.header),
                emoji: true,
            },
        },
    ];
    const facts = fields(n);
    if (facts.length)
        blocks.push({ type: 'section', fields: facts });
    const message = multiLine(n.message);
    if (message)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn(message, MESSAGE_MAX) } });
    const links = [
        n.argocdUrl && slackLink(n.argocdUrl, 'Argo CD app'),
        n.runUrl && slackLink(n.runUrl, 'Workflow run'),
    ].filter(Boolean);
    if (links.length)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join('  ·  ') }] });
    return { text: `${EMOJI[n.status]} ${mrkdwn(title, 300)}`, blocks };
}

;// CONCATENATED MODULE: ./packages/notify/src/webhook.ts
function webhookPayload(n, now) {
    return {
        status: n.status,
        event: n.event,
        service: n.service,
        environment: n.environment,
        image: n.image,
        tag: n.tag,
        digest: n.digest,
        gitopsCommit: n.gitopsCommit,
        gitopsRepository: n.gitopsRepository,
        pullRequestUrl: n.pullRequestUrl,
        argocdUrl: n.argocdUrl,
        runUrl: n.runUrl,
        message: n.message,
        repository: n.repository,
        sha: n.sha,
        timestamp: new Date(now).toISOString(),
    };
}

;// CONCATENATED MODULE: ./packages/notify/src/notify.ts




/**
 * Sends one notification to Slack and to the generic webhook, each when given, at the same time.
 * Never throws for a receiver's failure: each is one warning and the outcome `failed`, so a lost
 * notification never fails the deploy it reports.
 */
async function notify(request, ports) {
    const n = request.notification;
    const about = [n.service && `for ${outside_text_shown(n.service)}`, n.environment && `in ${outside_text_shown(n.environment)}`]
        .filter(Boolean)
        .join(' ');
    if (!request.slack && !request.webhook) {
        ports.log.info('No Slack or webhook URL was given: nothing to notify');
        return { slack: 'skipped', webhook: 'skipped' };
    }
    ports.log.info(`Notifying: ${n.event} ${n.status}${about ? ` ${about}` : ''}`);
    const [slack, webhook] = await Promise.all([
        request.slack
            ? deliver('Slack', request.slack, slackMessage(n), request.timeoutMs, ports)
            : Promise.resolve('skipped'),
        request.webhook
            ? deliver('the webhook', request.webhook, webhookPayload(n, ports.clock.now()), request.timeoutMs, ports)
            : Promise.resolve('skipped'),
    ]);
    return { slack, webhook };
}

;// CONCATENATED MODULE: ./packages/notify/src/types.ts
const STATUSES = ['success', 'failure', 'cancelled', 'started'];
const EVENTS = ['deploy', 'promotion-opened', 'promotion-merged', 'wait', 'rollback'];

;// CONCATENATED MODULE: ./actions/notify/src/inputs.ts


/** Read once; only these inputs can fail the step: a receiver's failure is a warning. */
function getInputs(inputs, env = process.env) {
    inputs.string('status', { required: true });
    const status = inputs.enum('status', STATUSES, 'success');
    const event = inputs.enum('event', EVENTS, 'deploy');
    const slackUrl = webhookUrlInput('slack-webhook-url', inputs.secret('slack-webhook-url'), 'https://hooks.slack.com/services/T…/B…/…');
    const webhookUrl = webhookUrlInput('webhook-url', inputs.secret('webhook-url'), 'https://example.com/hook');
    const headers = webhookHeadersInput('webhook-headers', inputs.string('webhook-headers'));
    const serverUrl = githubServerUrl(env);
    const target = (url, input, h) => url ? { url, headers: h, input } : undefined;
    const repository = inputs.string('gitops-repository');
    return {
        notification: {
            status,
            event,
            service: inputs.string('service'),
            environment: inputs.string('environment'),
            image: inputs.string('image'),
            tag: inputs.string('tag'),
            digest: digestInput('digest', inputs.string('digest')),
            gitopsCommit: commitInput('gitops-commit', inputs.string('gitops-commit')),
            gitopsRepository: repository ? fullNameInput('gitops-repository', repository) : '',
            pullRequestUrl: linkInput('pull-request-url', inputs.string('pull-request-url'), `${serverUrl}/o/r/pull/1`),
            argocdUrl: linkInput('argocd-url', inputs.string('argocd-url'), 'https://argocd.example.com/applications/argocd/app'),
            runUrl: linkInput('run-url', inputs.string('run-url') || defaultRunUrl(env, serverUrl), `${serverUrl}/o/r/actions/runs/1`),
            message: inputs.string('message'),
            serverUrl,
            repository: oneLineInput('GITHUB_REPOSITORY', env['GITHUB_REPOSITORY'] ?? ''),
            sha: env['GITHUB_SHA'] ?? '',
        },
        slack: target(slackUrl, 'slack-webhook-url', {}),
        webhook: target(webhookUrl, 'webhook-url', headers),
        timeoutMs: inputs.duration('timeout', { default: 10_000, min: 100, max: 300_000 }),
    };
}
function defaultRunUrl(env, serverUrl) {
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '';
}

;// CONCATENATED MODULE: ./actions/notify/src/main.ts



const run = defineAction({
    operation: 'send the notification',
    inputs: (reader) => getInputs(reader),
    // The Slack URL's path is its credential; header values carry tokens.
    secrets: (i) => [
        ...urlSecrets(i.slack?.url ?? ''),
        ...urlSecrets(i.webhook?.url ?? ''),
        ...headerSecrets(i.webhook?.headers ?? {}),
    ],
    run: (inputs, { log }) => notify(inputs, { log, clock: retry_systemClock }),
    outputs: (result) => ({ slack: result.slack, webhook: result.webhook }),
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
/******/ var __webpack_exports__ = __nccwpck_require__(831);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
