export const id = 431;
export const ids = [431];
export const modules = {

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArgoClient: () => (/* reexport */ ArgoClient),
  waitForApps: () => (/* reexport */ waitForApps)
});

// UNUSED EXPORTS: ArgoApiError, ArgoNetworkError, OPERATION, appKey, describeResource, describeRollout, evaluate, evaluateGone, explain, isOperationRunning, isTlsError, isTransient, readJsonLines, revisionMatches, rolloutProgress, shortSha, snapshotOf, syncedRevisions

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
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



/** An answer from Argo CD that is not 2xx; `message` is Argo CD's own (gRPC-gateway `message`). */
class ArgoApiError extends Error {
    status;
    method;
    path;
    detail;
    constructor(status, method, path, detail) {
        super(`${method} ${path} answered ${status}${detail ? `: ${detail}` : ''}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.detail = detail;
        this.name = 'ArgoApiError';
    }
}
/** No HTTP answer at all: refused, reset, DNS, TLS. `code` is Node's (`ECONNREFUSED`, `CERT_HAS_EXPIRED`). */
class ArgoNetworkError extends Error {
    code;
    method;
    path;
    constructor(code, method, path, detail) {
        super(`${method} ${path} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
        this.code = code;
        this.method = method;
        this.path = path;
        this.name = 'ArgoNetworkError';
    }
}
function appQuery(ref, extra = []) {
    const params = new URLSearchParams(extra);
    if (ref.namespace)
        params.set('appNamespace', ref.namespace);
    const text = params.toString();
    return text ? `?${text}` : '';
}
/** Argo CD's REST API over Node's http/https, so a custom CA or `insecure` is per client, not global. */
class ArgoClient {
    opts;
    /** Requests sent, for benches and tests that count them. */
    requests = 0;
    base;
    agent;
    timeoutMs;
    constructor(opts) {
        this.opts = opts;
        this.base = new URL(opts.server.endsWith('/') ? opts.server : `${opts.server}/`);
        this.timeoutMs = opts.requestTimeoutMs ?? 30_000;
        this.agent =
            this.base.protocol === 'https:'
                ? new (external_node_https_default()).Agent({ keepAlive: true, ca: opts.ca, rejectUnauthorized: !opts.insecure })
                : new (external_node_http_default()).Agent({ keepAlive: true });
    }
    /** Closes kept-alive sockets so the process can exit at once. */
    close() {
        this.agent.destroy();
    }
    getApp(ref, refresh) {
        const extra = refresh ? [['refresh', refresh]] : [];
        return this.json('GET', `api/v1/applications/${encodeURIComponent(ref.name)}${appQuery(ref, extra)}`);
    }
    async listApps() {
        const list = await this.json('GET', 'api/v1/applications');
        return list.items ?? [];
    }
    sync(ref) {
        const body = { name: ref.name };
        if (ref.namespace)
            body['appNamespace'] = ref.namespace;
        return this.json('POST', `api/v1/applications/${encodeURIComponent(ref.name)}/sync`, body);
    }
    resourceTree(ref) {
        return this.json('GET', `api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree${appQuery(ref)}`);
    }
    async liveResource(ref, q) {
        const params = [
            ['resourceName', q.name],
            ['kind', q.kind],
            ['namespace', q.namespace ?? ''],
            ['group', q.group ?? ''],
            ['version', q.version ?? ''],
        ];
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/resource${appQuery(ref, params)}`;
        const answer = await this.json('GET', path);
        return answer.manifest ? JSON.parse(answer.manifest) : undefined;
    }
    async manifests(ref, revision) {
        const path = `api/v1/applications/${encodeURIComponent(ref.name)}/manifests${appQuery(ref, [['revision', revision]])}`;
        const answer = await this.json('GET', path);
        return answer.manifests ?? [];
    }
    async revisionDate(ref, revision) {
        const name = encodeURIComponent(ref.name);
        const path = `api/v1/applications/${name}/revisions/${encodeURIComponent(revision)}/metadata${appQuery(ref)}`;
        const answer = await this.json('GET', path);
        return answer.date ?? undefined;
    }
    /** Follows `/api/v1/stream/applications` for one app until the server ends it or `signal` aborts. */
    async watch(ref, onEvent, signal) {
        const path = `api/v1/stream/applications${appQuery(ref, [['name', ref.name]])}`;
        const res = await this.send('GET', path, undefined, { signal, stream: true });
        if (res.statusCode !== 200)
            throw await this.apiError(res, 'GET', path);
        const type = String(res.headers['content-type'] ?? '');
        if (!/json|event-stream/.test(type)) {
            res.destroy();
            throw new ArgoApiError(200, 'GET', path, `unexpected content type '${type}' (a proxy in the way?)`);
        }
        await readJsonLines(res, (value) => {
            const frame = value;
            if (frame.error)
                throw new ArgoApiError(frame.error.http_code ?? 500, 'GET', path, frame.error.message ?? '');
            if (frame.result?.application)
                onEvent(frame.result);
        });
    }
    async json(method, path, body) {
        const res = await this.send(method, path, body, {});
        if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode >= 300) {
            throw await this.apiError(res, method, path);
        }
        const text = await readAll(res);
        try {
            return JSON.parse(text);
        }
        catch {
            throw new ArgoApiError(res.statusCode, method, path, `answer is not JSON: ${text.slice(0, 120)}`);
        }
    }
    async apiError(res, method, path) {
        const text = await readAll(res).catch(() => '');
        let detail = text.slice(0, 300).trim();
        try {
            const parsed = JSON.parse(text);
            detail = parsed.message || parsed.error || detail;
        }
        catch {
            // Not JSON (a proxy's HTML page): keep the start of the text.
        }
        return new ArgoApiError(res.statusCode ?? 0, method, `/${path.split('?')[0]}`, detail);
    }
    send(method, path, body, opts) {
        const url = new URL(path, this.base);
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const headers = {
            authorization: `Bearer ${this.opts.token}`,
            accept: 'application/json',
            'user-agent': 'gitops-actions/wait-for-argocd',
        };
        if (payload !== undefined)
            headers['content-type'] = 'application/json';
        this.requests++;
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const req = transport.request(url, { method, headers, agent: this.agent, signal: opts.signal }, resolve);
            req.on('error', (error) => {
                const code = error.code ?? error.name;
                reject(new ArgoNetworkError(code, method, `/${path.split('?')[0]}`, error.message));
            });
            // Requests must not hang forever; a stream is allowed to be idle.
            if (!opts.stream) {
                req.setTimeout(this.timeoutMs, () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
            }
            req.end(payload);
        });
    }
}
function readAll(res) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
    });
}

;// CONCATENATED MODULE: ./packages/argocd/src/decision.ts
const RUNNING_PHASES = new Set(['Running', 'Terminating']);
const FAILED_PHASES = new Set(['Failed', 'Error']);
function shortSha(revision) {
    return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision;
}
/** A given prefix of at least 7 hex characters matches the full SHA Argo CD reports. */
function revisionMatches(actual, expected) {
    if (!actual)
        return false;
    return actual.toLowerCase().startsWith(expected.toLowerCase());
}
function snapshotOf(app) {
    const status = app.status ?? {};
    const op = status.operationState;
    const revision = status.sync?.revision ?? status.sync?.revisions?.join(',') ?? '';
    return {
        sync: status.sync?.status ?? 'Unknown',
        health: status.health?.status ?? 'Unknown',
        revision,
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
const WHO_DELETES = 'by a sync of its parent app, or by hand';
/**
 * The verdict for an app that is gone: no later state can satisfy the wait. `last` is the last state
 * seen; it keeps the revision, while sync and health say that nothing is there any more.
 */
function evaluateGone(last, how) {
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
function evaluate(app, expect, now, memory) {
    const snapshot = snapshotOf(app);
    const verdictAndMemory = decide(app, snapshot, expect, now, memory);
    return { ...verdictAndMemory, snapshot };
}
function decide(app, s, expect, now, memory) {
    // Checked first: an app on its way out may still look Healthy, but its resources are being pruned.
    const deleting = app.metadata?.deletionTimestamp;
    if (deleting) {
        const reason = `the application is being deleted (since ${deleting}; ${WHO_DELETES})`;
        return { verdict: { state: 'failed', kind: 'deleted', reason, resources: [] }, memory };
    }
    const running = isOperationRunning(app);
    const atRevision = atExpectedRevision(app, expect);
    const healthOk = s.health === 'Healthy' || (expect.acceptSuspended && s.health === 'Suspended');
    if (s.sync === 'Synced' && !running && atRevision && healthOk) {
        return { verdict: { state: 'done', reason: doneReason(s, expect) }, memory: {} };
    }
    const failure = syncFailure(app, expect, running) ?? superseded(app, expect) ?? jumpedOver(app, s, expect);
    if (failure)
        return { verdict: failure, memory };
    const degraded = s.health === 'Degraded' && atRevision && !running;
    if (!degraded)
        return { verdict: { state: 'waiting', reason: waitingReason(app, s, expect) }, memory: {} };
    const since = memory.degradedSince ?? now;
    if (now - since >= expect.degradedGraceMs) {
        const seconds = Math.round((now - since) / 100) / 10;
        const reason = `health Degraded for ${seconds}s, longer than degraded-grace (${expect.degradedGraceMs / 1000}s)${s.message ? `: ${s.message}` : ''}`;
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
    const resources = (op.syncResult?.resources ?? []).filter((r) => r.status === 'SyncFailed' || FAILED_PHASES.has(r.hookPhase ?? ''));
    const at = opRevisions[0] ? ` at ${shortSha(opRevisions[0])}` : '';
    const reason = `sync operation ${op.phase}${at}: ${op.message || 'no message'}`;
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
function waitingReason(app, s, expect) {
    const parts = [];
    if (isOperationRunning(app))
        parts.push(`sync operation ${s.operationPhase || 'requested'}`);
    if (s.sync !== 'Synced')
        parts.push(`sync ${s.sync}`);
    if (expect.revision && !atExpectedRevision(app, expect)) {
        parts.push(`at ${shortSha(s.revision) || 'no revision'}, expected ${shortSha(expect.revision)}`);
    }
    if (s.health === 'Suspended' && !expect.acceptSuspended) {
        parts.push('health Suspended (paused; set accept-suspended to treat this as done)');
    }
    else if (s.health !== 'Healthy')
        parts.push(`health ${s.health}`);
    return parts.join(', ') || 'waiting for the next reconciliation';
}

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 11 modules
var src = __webpack_require__(6510);
;// CONCATENATED MODULE: ./packages/argocd/src/errors.ts


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
/** Worth another attempt: the server or the network hiccuped; a refused token or a bad certificate is not. */
function isTransient(error) {
    if (error instanceof ArgoApiError)
        return error.status >= 500 || error.status === 429;
    if (error instanceof ArgoNetworkError)
        return !isTlsError(error) && error.code !== 'ENOTFOUND';
    return false;
}
/** Turns a client failure into `Could not wait for Argo CD: <cause>` with the fix. */
function explain(error, opts) {
    if (error instanceof src/* ActionError */.lZ)
        return error;
    if (error instanceof ArgoApiError && error.status === 401) {
        return new src/* ActionError */.lZ(OPERATION, `Argo CD refused the token (${error.message})`, {
            hint: 'The `token` input is wrong or expired: generate one with `argocd account generate-token --account <ci-account>` ' +
                'and store it as a secret.',
            cause: error,
        });
    }
    if (error instanceof ArgoApiError && error.status === 403) {
        const perms = opts.sync ? '`applications, get` and `applications, sync`' : '`applications, get`';
        return new src/* ActionError */.lZ(OPERATION, `the token lacks permission (${error.message})`, {
            hint: `Grant the token's account ${perms} on the application's project in argocd-rbac-cm.`,
            cause: error,
        });
    }
    if (isTlsError(error)) {
        return new src/* ActionError */.lZ(OPERATION, `TLS connection to ${opts.server} failed: ${error.message}`, {
            hint: "Pass the server's CA certificate (PEM) as `ca-cert`; `insecure: true` skips verification but trusts anyone " +
                'on the network path.',
            cause: error,
        });
    }
    if (error instanceof ArgoNetworkError) {
        return new src/* ActionError */.lZ(OPERATION, `Argo CD at ${opts.server} is unreachable: ${error.message}`, {
            hint: 'Check the `server` input (scheme, host, port) and that the runner can reach it.',
            retryable: isTransient(error),
            cause: error,
        });
    }
    if (error instanceof ArgoApiError) {
        return new src/* ActionError */.lZ(OPERATION, `Argo CD answered an error: ${error.message}`, {
            retryable: isTransient(error),
            cause: error,
        });
    }
    return error;
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
    return {
        name: obj.metadata?.name ?? 'rollout',
        strategy: canary ? 'canary' : obj.spec?.strategy?.blueGreen ? 'blueGreen' : 'unknown',
        stepIndex,
        steps: steps.length,
        weight: canary ? canaryWeight(steps, stepIndex) : undefined,
        paused: obj.spec?.paused === true ||
            obj.status?.controllerPause === true ||
            (obj.status?.pauseConditions?.length ?? 0) > 0 ||
            obj.status?.phase === 'Paused',
        phase: obj.status?.phase ?? '',
        message: obj.status?.message ?? '',
    };
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
    if (p.paused)
        parts.push('paused');
    if (p.message && p.message !== p.phase)
        parts.push(p.message);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./packages/argocd/src/types.ts
function appKey(ref) {
    return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}

;// CONCATENATED MODULE: ./packages/argocd/src/wait.ts
// Waits for several Argo CD applications at once: follow each app's watch stream, fall back to
// polling when a proxy breaks streaming, and decide after every change with the pure `evaluate`.






async function waitForApps(opts, ports) {
    const clock = ports.clock ?? src/* systemClock */.ml;
    const started = clock.now();
    const trackers = await Promise.all(opts.apps.map((ref) => initialState(ref, opts, ports, clock.now())));
    if (opts.sync)
        await Promise.all(trackers.map((t) => triggerSync(t, opts, ports)));
    const run = new WaitRun(trackers, opts, ports, clock);
    const outcome = await run.until();
    await Promise.all(trackers.map((t) => enrichFailure(t, ports.api)));
    return {
        outcome,
        apps: trackers.map(report),
        durationMs: clock.now() - started,
        message: outcome === 'done' ? '' : failureMessage(outcome, trackers, opts.timeoutMs),
    };
}
async function initialState(ref, opts, ports, now) {
    const key = appKey(ref);
    try {
        const app = await ports.api.getApp(ref, opts.refresh === 'none' ? undefined : opts.refresh);
        return {
            ref,
            key,
            app,
            memory: {},
            lastLine: '',
            lastSeen: now,
            mode: 'stream',
            rolloutSignature: '',
            resources: [],
            related: new Map(),
            startMark: comparisonMark(app),
        };
    }
    catch (error) {
        if (error instanceof ArgoApiError && (error.status === 404 || error.status === 403)) {
            throw await unknownApp(key, error, opts, ports.api);
        }
        throw explain(error, opts);
    }
}
/** Names what the token can see, so a typo or a missing `namespace/` prefix is obvious. */
async function unknownApp(key, error, opts, api) {
    const visible = await api.listApps().then((apps) => apps.map((a) => a.metadata?.namespace && a.metadata.namespace !== 'argocd'
        ? `${a.metadata.namespace}/${a.metadata.name}`
        : (a.metadata?.name ?? '')), () => undefined);
    const seen = visible === undefined
        ? ''
        : visible.length > 0
            ? ` The token can see: ${visible.sort().join(', ')}.`
            : ' The token can see no applications at all.';
    const denied = error.status === 403;
    const cause = denied
        ? `application '${key}' is not visible to the token (${error.detail || 'permission denied'})`
        : `application '${key}' was not found`;
    const hint = `Check the names in \`applications\` (use \`namespace/name\` for apps outside the control-plane namespace)` +
        `${denied ? ' and grant the token `applications, get` on its project' : ''}.${seen}`;
    return new src/* ActionError */.lZ(OPERATION, cause, { hint, cause: error });
}
async function triggerSync(t, opts, ports) {
    try {
        t.app = await ports.api.sync(t.ref);
        ports.log.info(`${t.key}: sync requested`);
    }
    catch (error) {
        // Auto-sync (or a person) may have started one first: that one is as good as ours.
        if (error instanceof ArgoApiError && /another operation is already in progress/i.test(error.detail)) {
            ports.log.info(`${t.key}: a sync operation is already running; following it`);
            return;
        }
        throw explain(error, opts);
    }
}
class WaitRun {
    trackers;
    opts;
    ports;
    clock;
    abort = new AbortController();
    settled = false;
    resolve = () => { };
    reject = () => { };
    /** Rollout reads and revision comparisons still in flight; the wait settles only after them. */
    pendingFetches = new Set();
    constructor(trackers, opts, ports, clock) {
        this.trackers = trackers;
        this.opts = opts;
        this.ports = ports;
        this.clock = clock;
    }
    async until() {
        const done = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
        for (const t of this.trackers)
            this.update(t, t.app);
        if (this.settled)
            return this.finish(done);
        const timeout = setTimeout(() => this.settle('timeout'), Math.max(0, this.opts.timeoutMs));
        const ticker = setInterval(() => this.tick(), this.opts.tickMs ?? 250);
        const followers = this.trackers.map((t) => this.follow(t).catch((error) => this.fail(error)));
        try {
            return await this.finish(done);
        }
        finally {
            clearTimeout(timeout);
            clearInterval(ticker);
            await Promise.allSettled(followers);
        }
    }
    async finish(done) {
        try {
            return await done;
        }
        finally {
            this.abort.abort();
            await Promise.allSettled([...this.pendingFetches]);
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
    /**
     * Applies one observation of an app, logs a line if its state changed, and ends the wait if it can.
     * `fresh` is false when only the clock moved, so a silent stream still earns its safety GET.
     */
    update(t, app, fresh = true) {
        if (this.settled)
            return;
        t.app = app;
        if (fresh)
            t.lastSeen = this.clock.now();
        const related = new Map([...t.related].filter((e) => !!e[1]));
        const evaluation = t.gone
            ? evaluateGone(app, t.gone)
            : evaluate(app, { ...this.opts.expect, related }, this.clock.now(), t.memory);
        t.evaluation = evaluation;
        t.memory = evaluation.memory;
        this.logTransition(t, evaluation);
        if (!t.gone)
            this.watchRollout(t);
        if (!t.gone && evaluation.verdict.state === 'waiting')
            this.relateRevision(t);
        if (this.trackers.some((x) => x.evaluation?.verdict.state === 'failed'))
            this.settle('failed');
        else if (this.trackers.every((x) => x.evaluation?.verdict.state === 'done'))
            this.settle('done');
    }
    /**
     * The app settled Synced at a revision that is not the expected one: ask Argo CD, once per revision,
     * whether it renders the expected revision's manifests (then what runs is what we wait for) and, if not,
     * whether it is newer (then the expected one will never run). An older one is simply waited past.
     */
    relateRevision(t) {
        const expected = this.opts.expect.revision;
        const s = snapshotOf(t.app);
        if (!expected || s.sync !== 'Synced' || isOperationRunning(t.app) || !s.revision)
            return;
        // Before Argo CD has compared the app again (after the wait's refresh), a state at an older commit is
        // the usual case and costs no requests; only a revision it chose since then is worth asking about.
        if (comparisonMark(t.app) === t.startMark)
            return;
        if (revisionMatches(s.revision, expected) || t.related.has(s.revision))
            return;
        const revision = s.revision;
        t.related.set(revision, undefined);
        const api = this.ports.api;
        const relate = async () => {
            const [ours, theirs] = await Promise.all([
                api.manifests(t.ref, expected),
                api.manifests(t.ref, revision),
            ]);
            if (sameManifests(ours, theirs))
                return { kind: 'same-manifests' };
            const [oursAt, theirsAt] = await Promise.all([
                api.revisionDate(t.ref, expected),
                api.revisionDate(t.ref, revision),
            ]);
            const newer = oursAt && theirsAt && Date.parse(theirsAt) > Date.parse(oursAt);
            return newer ? { kind: 'newer', committedAt: theirsAt } : { kind: 'older' };
        };
        const fetch = relate().then((relation) => {
            t.related.set(revision, relation);
            this.update(t, t.app, false);
        }, 
        // Not asked again (every tick would): if Argo CD cannot render the expected commit, the app is at an
        // older revision it fetched before ours, and syncing ours later ends the wait the usual way.
        () => undefined);
        this.pendingFetches.add(fetch);
        void fetch.then(() => this.pendingFetches.delete(fetch));
    }
    /** The app no longer exists (a parent app pruned it, or a person deleted it): no later state can come. */
    vanish(t, how, last = t.app) {
        if (this.settled || t.gone)
            return;
        t.gone = how;
        this.update(t, last);
    }
    logTransition(t, e) {
        const s = e.snapshot;
        const op = s.operationPhase ? `, operation ${s.operationPhase}` : '';
        const state = `sync ${s.sync}, health ${s.health}${op}, revision ${shortSha(s.revision) || '-'}`;
        const line = `${t.key}: ${state} — ${e.verdict.state}: ${e.verdict.reason}`;
        if (line === t.lastLine)
            return;
        t.lastLine = line;
        this.ports.log.info(line);
    }
    /** Re-checks grace periods and, while streaming, asks once when the stream has been silent too long. */
    tick() {
        const now = this.clock.now();
        for (const t of this.trackers) {
            this.update(t, t.app, false);
            const safety = this.opts.safetyPollMs ?? 30_000;
            if (t.mode === 'stream' && now - t.lastSeen >= safety) {
                t.lastSeen = now;
                this.ports.api.getApp(t.ref).then((app) => this.update(t, app), (error) => {
                    const gone = disappearance(error);
                    if (gone)
                        this.vanish(t, gone);
                });
            }
        }
    }
    async follow(t) {
        const signal = this.abort.signal;
        let failures = 0;
        let pollDelay = this.opts.pollMinMs ?? 1000;
        while (!signal.aborted) {
            if (t.mode === 'stream') {
                try {
                    await this.ports.api.watch(t.ref, (event) => {
                        failures = 0;
                        if (event.type === 'DELETED')
                            this.vanish(t, 'deleted', event.application);
                        else
                            this.update(t, event.application);
                    }, signal);
                    failures++; // a clean end is a drop too (server restart, proxy idle timeout)
                }
                catch (error) {
                    if (signal.aborted)
                        return;
                    if (isFatal(error))
                        throw error;
                    failures++;
                    this.ports.log.debug(`${t.key}: watch stream failed: ${error.message}`);
                }
                if (failures >= (this.opts.maxStreamFailures ?? 3)) {
                    t.mode = 'polling';
                    this.ports.log.info(`${t.key}: the watch stream keeps failing; polling instead`);
                }
                else {
                    // The stream starts with the app's current state, so a reconnect loses no transition.
                    await sleep(100 * 2 ** (failures - 1), signal);
                }
            }
            else {
                await sleep(pollDelay, signal);
                if (signal.aborted)
                    return;
                try {
                    const before = t.lastLine;
                    this.update(t, await this.ports.api.getApp(t.ref));
                    pollDelay =
                        t.lastLine !== before
                            ? (this.opts.pollMinMs ?? 1000)
                            : Math.min(pollDelay * 2, this.opts.pollMaxMs ?? 10_000);
                }
                catch (error) {
                    if (signal.aborted)
                        return;
                    const gone = disappearance(error);
                    if (gone)
                        return this.vanish(t, gone);
                    if (isFatal(error))
                        throw error;
                    pollDelay = Math.min(pollDelay * 2, this.opts.pollMaxMs ?? 10_000);
                }
            }
        }
    }
    /** Logs canary progress when the app manages a Rollout whose state changed. */
    watchRollout(t) {
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
        const fetch = this.ports.api
            .liveResource(t.ref, {
            group: resource.group,
            version: resource.version ?? 'v1alpha1',
            kind: 'Rollout',
            namespace: resource.namespace,
            name: resource.name,
        })
            .then((live) => {
            if (live === undefined)
                return;
            const progress = rolloutProgress(live);
            const line = describeRollout(progress);
            if (t.rollout && describeRollout(t.rollout) === line)
                return;
            t.rollout = progress;
            this.ports.log.info(`${t.key}: ${line}`);
        }, (error) => this.ports.log.debug(`${t.key}: could not read the Rollout: ${String(error)}`))
            .finally(() => this.pendingFetches.delete(fetch));
        this.pendingFetches.add(fetch);
    }
}
function isFatal(error) {
    return ((error instanceof ArgoApiError && (error.status === 401 || error.status === 403)) || isTlsError(error));
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
/**
 * An app the first GET found is gone when a later GET answers 404, or 403: Argo CD hides a missing
 * app behind the same "permission denied" as one the token may not read.
 */
function disappearance(error) {
    if (!(error instanceof ArgoApiError))
        return undefined;
    if (error.status === 404)
        return 'deleted';
    if (error.status === 403)
        return 'denied';
    return undefined;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done);
    });
}
const UNHEALTHY = new Set(['Degraded', 'Missing', 'Unknown']);
/** After a failure, names the resources at fault: the sync results, or the resource tree's unhealthy nodes. */
async function enrichFailure(t, api) {
    const verdict = t.evaluation?.verdict;
    if (verdict?.state !== 'failed')
        return;
    if (verdict.kind === 'sync-failed') {
        t.resources = verdict.resources.map(fromResult);
        return;
    }
    if (verdict.kind !== 'degraded')
        return;
    const tree = await api.resourceTree(t.ref).catch(() => undefined);
    const nodes = (tree?.nodes ?? []).filter((n) => UNHEALTHY.has(n.health?.status ?? ''));
    const fromStatus = (t.app.status?.resources ?? []).filter((r) => UNHEALTHY.has(r.health?.status ?? ''));
    t.resources = nodes.length > 0 ? nodes.map(fromNode) : fromStatus.map(fromNode);
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
function report(t) {
    return {
        key: t.key,
        evaluation: t.evaluation ?? evaluate(t.app, { acceptSuspended: false, degradedGraceMs: 0 }, 0, {}),
        rollout: t.rollout,
        resources: t.resources,
        mode: t.mode,
    };
}
function describeResource(r) {
    const where = r.namespace ? `${r.namespace}/${r.name}` : r.name;
    return `${r.kind} ${where}: ${r.status}${r.message ? ` — ${r.message}` : ''}`;
}
function failureMessage(outcome, trackers, timeoutMs) {
    if (outcome === 'timeout') {
        const states = trackers.map((t) => `  ${t.key}: ${stateLine(t)}`);
        return [`timed out after ${(0,src/* formatDuration */.a3)(timeoutMs)}; last state:`, ...states].join('\n');
    }
    const failed = trackers.filter((t) => t.evaluation?.verdict.state === 'failed');
    return failed
        .map((t) => {
        const lines = [`${t.key}: ${t.evaluation?.verdict.reason ?? ''}`];
        for (const r of t.resources)
            lines.push(`  - ${describeResource(r)}`);
        if (t.rollout)
            lines.push(`  - ${describeRollout(t.rollout)}`);
        return lines.join('\n');
    })
        .join('\n');
}
function stateLine(t) {
    const e = t.evaluation;
    if (!e)
        return 'no state received';
    const s = e.snapshot;
    const op = s.operationPhase ? `, operation ${s.operationPhase}` : '';
    const rollout = t.rollout ? `; ${describeRollout(t.rollout)}` : '';
    return `sync ${s.sync}, health ${s.health}${op}, revision ${shortSha(s.revision) || '-'} (${e.verdict.reason})${rollout}`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/index.ts









/***/ })

};
