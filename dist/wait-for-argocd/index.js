import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5380:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(249);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 15 modules
var src = __nccwpck_require__(5906);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
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
const SYNC_WINDOW_MODES = ['fail', 'wait'];
const REFRESH_MODES = ['none', 'normal', 'hard'];
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
        throw new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(value)} is not a git commit SHA (7 to 40 hex characters, e.g. bump-manifest's commit-sha)`);
    }
    return value.toLowerCase();
}
/** PEM text, given as such or as the path of a PEM file on the runner; undefined when empty. */
function caCertInput(input, value) {
    if (value === '')
        return undefined;
    if (value.includes('-----BEGIN CERTIFICATE-----'))
        return value;
    if ((0,external_node_fs_.existsSync)(value)) {
        const text = (0,external_node_fs_.readFileSync)(value, 'utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----'))
            return text;
    }
    throw new src/* InputError */.dz(input, 'must be a PEM certificate (-----BEGIN CERTIFICATE-----) or the path of one');
}

;// CONCATENATED MODULE: ./packages/argocd/src/revision.ts
// Commit SHAs as the wait compares and shows them.
function shortSha(revision) {
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
function describeHydration(dry, hydrated) {
    return `${shortSha(dry) || '?'} → ${shortSha(hydrated) || '-'}`;
}
function hydrationOf(app, expected, related) {
    const hs = app.status?.sourceHydrator ?? {};
    const cur = hs.currentOperation;
    const last = hs.lastSuccessfulOperation;
    if (cur?.phase === 'Failed' && revisionMatches(cur.drySHA, expected)) {
        const message = (0,src/* shown */.SP)(cur.message || 'no message', { max: 400 });
        return { kind: 'failed', reason: `hydration of ${shortSha(cur.drySHA ?? '')} failed: ${message}` };
    }
    const lastDry = last?.drySHA ?? '';
    const synced = !!last?.hydratedSHA && revisionMatches(app.status?.sync?.revision, last.hydratedSHA);
    const relation = lastDry ? related?.get(lastDry) : undefined;
    if (relation?.kind === 'newer' && synced) {
        const reason = `a newer dry commit ${shortSha(lastDry)} (committed ${relation.committedAt}) was hydrated and synced ` +
            `(${describeHydration(lastDry, last?.hydratedSHA ?? '')}); it renders other manifests for this app ` +
            `than the expected ${shortSha(expected)}, which never ran on its own`;
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
        ? `; last hydrated ${describeHydration(last.drySHA, last.hydratedSHA ?? '')}`
        : '; nothing hydrated yet';
    return `hydrating ${shortSha(expected)}${since}${before}`;
}
/** Why a hydrated app is not done yet, for the waiting reason; '' when its revision is as expected. */
function hydratedWaitingReason(app, h) {
    const pair = describeHydration(h.dry, h.hydrated);
    if (!h.synced) {
        const at = shortSha(app.status?.sync?.revision ?? '') || 'no revision';
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
    const at = `Synced and ${s.health} at ${shortSha(s.revision) || 'the target revision'}`;
    const carried = expect.revision && !revisionMatches(s.revision, expect.revision);
    return carried ? `${at}, which renders the same manifests as ${shortSha(expect.revision)}` : at;
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
    const at = opRevisions[0] ? ` at ${shortSha(opRevisions[0])}` : '';
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
    const reason = `a newer revision ${shortSha(newestRevs[0] ?? '')} was deployed over the expected ${shortSha(expected)}` +
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
    const reason = `a newer revision ${shortSha(s.revision)} (committed ${relation.committedAt}) is synced, and it renders ` +
        `other manifests for this app than the expected ${shortSha(expect.revision)}, which never ran on its own`;
    return { state: 'failed', kind: 'superseded', reason, resources: [] };
}
/** For an app without the hydrator: how its revision differs from the expected one, '' when it does not. */
function revisionGap(app, s, expect) {
    if (!expect.revision || atExpectedRevision(app, expect))
        return '';
    return `at ${shortSha(s.revision) || 'no revision'}, expected ${shortSha(expect.revision)}`;
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
    const at = `Synced and ${s.health} at ${describeHydration(h.dry, h.hydrated)}`;
    return h.carried ? `${at}, which renders the same manifests as ${shortSha(expect.revision)}` : at;
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

;// CONCATENATED MODULE: ./packages/argocd/src/types.ts
function appKey(ref) {
    return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}

;// CONCATENATED MODULE: ./packages/argocd/src/deployment-inputs.ts
// The GitHub Deployment that reports a wait: its inputs, parsed beside the wait's own.


/** The GitHub Deployment the inputs ask for, or undefined without `deployment-environment`. */
function deploymentInputs(raw, env, wait) {
    const environment = environmentInput(raw.string('deployment-environment'));
    const ref = raw.string('deployment-ref', { default: env['GITHUB_SHA'] ?? '' });
    const repository = raw.string('deployment-repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
    const token = raw.secret('github-token');
    const image = (0,src/* oneLineInput */.rm)('image', raw.string('image'));
    const tag = (0,src/* oneLineInput */.rm)('tag', raw.string('tag'));
    const digest = digestInput(raw.string('digest'));
    if (!environment)
        return undefined;
    if (!token) {
        throw new src/* InputError */.dz('github-token', 'is required with deployment-environment: pass a token with `deployments: write` (e.g. github.token, with `permissions: { deployments: write }` on the job)');
    }
    if (!ref)
        throw new src/* InputError */.dz('deployment-ref', 'is required (GITHUB_SHA is not set outside a runner)');
    if (!/^[0-9a-fA-F]{7,40}$/.test(ref) && !/^[A-Za-z0-9._/-]{1,255}$/.test(ref)) {
        throw new src/* InputError */.dz('deployment-ref', `${(0,src/* shown */.SP)(ref)} is not a commit SHA or a branch or tag name`);
    }
    if (!repository) {
        throw new src/* InputError */.dz('deployment-repository', 'is required (GITHUB_REPOSITORY is not set outside a runner)');
    }
    const serverUrl = (0,src/* githubServerUrl */.EI)(env);
    const apps = wait.apps.map(appKey);
    return {
        token,
        apiUrl: (0,src/* githubApiUrl */.BN)(env, serverUrl),
        tokenInput: 'github-token',
        repository: (0,src/* fullNameInput */.R_)('deployment-repository', repository),
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
    (0,src/* oneLineInput */.rm)('deployment-environment', value);
    if (value.length > 255 || /[,;]/.test(value)) {
        throw new src/* InputError */.dz('deployment-environment', `${(0,src/* shown */.SP)(value)} is not an environment name (up to 255 characters, no line breaks, commas or semicolons)`);
    }
    return value;
}
function digestInput(value) {
    if (value !== '' && !/^sha256:[0-9a-f]{64}$/.test(value)) {
        throw new src/* InputError */.dz('digest', `${(0,src/* shown */.SP)(value)} is not a digest (sha256: and 64 lower-case hex)`);
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
function describeAnalysis(a) {
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
function describeRollout(p) {
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
            reason: `${describeRollout(p)}: the canary was aborted`,
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
    ctx.log.info(`${t.key}: ${describeRollout(p)}; running Argo CD's \`${name}\` action (${input}: ${action})`);
    const run = api.runResourceAction(t.ref, query, name, ctx.deadline).then(() => {
        ctx.log.info(`${t.key}: Argo CD ran \`${name}\` on Rollout ${p.name}`);
        if (action === 'abort') {
            t.rolloutFailure = { reason: `${describeRollout(p)}: aborted as \`${input}: abort\` asked` };
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
        reason: `${describeRollout(t.rollout)}: not finished after ${(0,src/* formatDuration */.a3)(spent)}, longer than ${input} (${(0,src/* formatDuration */.a3)(limit)})`,
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
        ? shortSha(s.revision) || '-'
        : describeHydration(s.revision, s.hydratedRevision);
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
        const line = describeRollout(progress);
        const changed = !t.rollout || describeRollout(t.rollout) !== line;
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
function describeResource(r) {
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
            lines.push(`  - ${describeResource(r)}`);
        if (t.rollout)
            lines.push(`  - ${describeRollout(t.rollout)}`);
        for (const a of t.analysis ?? [])
            lines.push(...describeAnalysis(a).map((l) => `  - ${l}`));
        return lines.join('\n');
    })
        .join('\n');
}
function stateLine(t) {
    const a = t.assessment;
    if (!a)
        return 'no state received';
    const rollout = t.rollout ? `; ${describeRollout(t.rollout)}` : '';
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
function waitVerdict(result) {
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
    return ((0,src/* heading */.iw)(TITLE[result.outcome]) +
        (0,src/* table */.tp)(['Application', 'Sync', 'Health', 'Revision', 'Operation', 'Details'], result.apps.map(summaryRow)) +
        windowTable(result.apps) +
        `\n${(0,src/* escapeCell */.kq)(server)} · ${(result.durationMs / 1000).toFixed(1)}s\n`);
}
/** The sync windows that kept apps from syncing, and when each next opens. */
function windowTable(apps) {
    const rows = apps.flatMap((a) => (a.window?.windows ?? []).map((w) => [
        (0,src/* code */.aY)(a.key),
        (0,src/* escapeCell */.kq)(w.kind),
        (0,src/* code */.aY)(w.schedule),
        (0,src/* escapeCell */.kq)(w.duration),
        (0,src/* escapeCell */.kq)(`${w.timeZone || 'UTC'}${a.window?.zonesKnown === false ? ' (assumed)' : ''}`),
        (0,src/* escapeCell */.kq)(a.window?.opensAt === undefined
            ? (a.window?.reason ?? 'unknown')
            : new Date(a.window.opensAt).toISOString()),
    ]));
    if (rows.length === 0)
        return '';
    return ('\n' + (0,src/* table */.tp)(['Application', 'Sync window', 'Schedule', 'Duration', 'Time zone', 'Next open (UTC)'], rows));
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
        `${icon} ${(0,src/* code */.aY)(a.key)}`,
        (0,src/* escapeCell */.kq)(s.sync),
        (0,src/* escapeCell */.kq)(s.health),
        (0,src/* code */.aY)(shownRevision(s)),
        (0,src/* escapeCell */.kq)(s.operationPhase || '—'),
        (0,src/* escapeCell */.kq)(details.join('\n')),
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
async function waitForArgoCd(request, ports) {
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
    const key = appKey(ref);
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
    return `\nGitHub Deployment ${deployment.id} to ${(0,src/* code */.aY)(deployment.environment)}: ${(0,src/* code */.aY)(deployment.state)}\n`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/wait-types.ts
const ROLLOUT_ACTIONS = ['promote', 'abort'];

;// CONCATENATED MODULE: ./packages/argocd/src/index.ts


















;// CONCATENATED MODULE: ./actions/wait-for-argocd/src/inputs.ts


/** Parses and validates every input once, in action.yml's order; each error names the input at fault. */
function getInputs(raw, env = process.env) {
    const server = serverInput(WAIT_FOR_ARGOCD_INPUTS, raw.string('server', { required: true }));
    const token = raw.secret('token', { required: true });
    const apps = raw
        .multiline('applications', { required: true })
        .map((line) => appRefInput('applications', line));
    const revision = revisionInput('revision', raw.string('revision'));
    const refresh = raw.enum('refresh', REFRESH_MODES, 'normal');
    const sync = raw.boolean('sync', false);
    const timeoutMs = raw.duration('timeout', TIMEOUT_BOUNDS);
    const degradedGraceMs = raw.duration('degraded-grace', DEGRADED_GRACE_BOUNDS);
    const acceptSuspended = raw.boolean('accept-suspended', false);
    const insecure = raw.boolean('insecure', false);
    const ca = caCertInput('ca-cert', raw.string('ca-cert'));
    const syncWindow = raw.enum('sync-window', SYNC_WINDOW_MODES, 'fail');
    const rolloutTimeoutMs = raw.string('rollout-timeout') === '' ? undefined : raw.duration('rollout-timeout', TIMEOUT_BOUNDS);
    const rolloutAction = raw.enum('rollout-action', ['', ...ROLLOUT_ACTIONS], '') || undefined;
    const expect = { revision, acceptSuspended, degradedGraceMs };
    const deployment = deploymentInputs(raw, env, { server, apps, revision });
    return {
        server,
        token,
        apps,
        expect,
        refresh,
        sync,
        timeoutMs,
        insecure,
        ca,
        syncWindow,
        rolloutTimeoutMs,
        rolloutAction,
        inputs: WAIT_FOR_ARGOCD_INPUTS,
        deployment,
    };
}

;// CONCATENATED MODULE: ./actions/wait-for-argocd/src/main.ts



const run = (0,src/* defineAction */.QP)({
    operation: OPERATION,
    inputs: (raw) => getInputs(raw),
    secrets: (request) => [request.token, ...(request.deployment ? [request.deployment.token] : [])],
    run: (request, { log }) => waitAndReport(request, log),
    outputs: (result) => ({ ...waitOutputs(result.wait), ...deploymentOutputs(result.deployment) }),
    summary: (result, request) => renderWaitSummary(result.wait, request.server) + deploymentSummary(result.deployment),
    finish: ({ wait }, request) => {
        if (wait.outcome === 'done')
            return;
        throw new src/* ActionError */.lZ(OPERATION, wait.message, { hint: failureHint(wait, request) });
    },
});


/***/ }),

/***/ 5906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ errors_InputError),
  EY: () => (/* reexport */ backoffDelay),
  aY: () => (/* reexport */ code),
  QP: () => (/* reexport */ defineAction),
  Qy: () => (/* reexport */ displayUrl),
  gJ: () => (/* reexport */ errorMessage),
  kq: () => (/* reexport */ escapeCell),
  a3: () => (/* reexport */ formatDuration),
  R_: () => (/* reexport */ fullNameInput),
  BN: () => (/* reexport */ githubApiUrl),
  EI: () => (/* reexport */ githubServerUrl),
  iw: () => (/* reexport */ heading),
  w4: () => (/* reexport */ hostOf),
  CN: () => (/* reexport */ httpUrlInput),
  rd: () => (/* reexport */ networkFailure),
  rm: () => (/* reexport */ oneLineInput),
  L5: () => (/* reexport */ retry),
  SP: () => (/* reexport */ outside_text_shown),
  ml: () => (/* reexport */ retry_systemClock),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: InputReader, MIN_SECRET_LENGTH, Runner, Secrets, basicAuth, branchInput, createContext, describeFailure, exec, formatCommand, formatFileCommand, gitRepositoryInput, gitTransportInput, guardCommands, inputEnvName, link, parseCommandFile, parseWorkflowCommand, parseWorkflowCommands, registryLoginInputs, repoPathInput, runAction, runnerLogger, runnerPorts, silentLogger, splitLines, startsCommand, tokenOriginInput, urlTemplateInput

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
            (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL, 'utf8');
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

















/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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
/******/ var __webpack_exports__ = __nccwpck_require__(5380);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
