export const id = 546;
export const ids = [546];
export const modules = {

/***/ 1546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanGate: () => (/* reexport */ scanGate)
});

// UNUSED EXPORTS: DEFAULT_TRIVY_URL, DEFAULT_TRIVY_VERSION, JsonSyntaxError, PolicyError, ReportError, SARIF_SCHEMA, SEVERITIES, TRIVY_SHA256, TRIVY_URL_PLACEHOLDERS, blockingReason, classify, currentPlatform, emptyCounts, evaluateGate, fileAnnotations, findingPath, gateFailure, globToRegExp, installTrivy, isExpired, isSeverity, lastError, matches, normalizeVersion, parseIgnoreFile, parsePolicy, parseReport, releaseUrl, renderSummary, runTrivy, sarifText, scanImageArchive, sha256File, toSeverity, trivyUrlTemplate, writeSarif

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
;// CONCATENATED MODULE: ./packages/sonar/src/client.ts

/** A failed request: `retryable` when it may pass (5xx, 429, a reset, silence, a proxy's page). */
class SonarFailure extends src/* ActionError */.lZ {
}
const ATTEMPTS = 6;
const BASE_MS = 1000;
const MAX_MS = 10_000;
/**
 * SonarQube's Web API, read-only. 5xx, 429, resets, silence and HTML pages are retried with jittered
 * backoff while the deadline allows; 401, 403 and 404 are final. Messages name the host and the input.
 */
class SonarClient {
    server;
    opts;
    where;
    constructor(server, opts) {
        this.server = server;
        this.opts = opts;
        this.where = `SonarQube at ${(0,src/* displayUrl */.Qy)(server.hostUrl)} (${server.inputNames.hostUrl})`;
    }
    async get(pathAndQuery) {
        const { clock, deadline } = this.opts;
        let attempt = 0;
        try {
            return await (0,src/* retry */.L5)(() => {
                attempt++;
                return this.once(pathAndQuery);
            }, {
                attempts: ATTEMPTS,
                baseMs: BASE_MS,
                maxMs: MAX_MS,
                clock,
                random: this.opts.random,
                // The longest next pause must still end before the deadline.
                retryable: (e) => e instanceof SonarFailure &&
                    e.retryable &&
                    clock.now() + Math.min(MAX_MS, BASE_MS * 2 ** (attempt - 1)) <= deadline,
            });
        }
        catch (error) {
            if (!(error instanceof SonarFailure))
                throw error;
            const endpoint = pathAndQuery.split('?')[0] ?? '';
            const tries = error.retryable ? ` (${attempt} attempt${attempt === 1 ? '' : 's'})` : '';
            throw new src/* ActionError */.lZ('query SonarQube', `${this.where} ${error.message} for ${endpoint}${tries}`, {
                hint: error.hint,
            });
        }
    }
    /** SonarQube takes a user token as the Basic user name with an empty password. */
    async once(pathAndQuery) {
        const names = this.server.inputNames;
        const authorization = `Basic ${Buffer.from(`${this.server.token}:`).toString('base64')}`;
        const timeoutMs = Math.max(1, Math.min(this.opts.requestTimeoutMs ?? 30_000, this.opts.deadline - this.opts.clock.now()));
        let response;
        let body;
        try {
            response = await (this.opts.fetch ?? fetch)(`${this.server.hostUrl}${pathAndQuery}`, {
                headers: { authorization, accept: 'application/json' },
                signal: AbortSignal.timeout(timeoutMs),
            });
            body = await response.text();
        }
        catch (error) {
            throw requestFailure(error, timeoutMs, names);
        }
        const html = /text\/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(body);
        if (response.ok && !html) {
            try {
                return JSON.parse(body);
            }
            catch {
                throw new SonarFailure('query SonarQube', 'answered something that is not JSON', {
                    retryable: true,
                    hint: wrongHost(names),
                });
            }
        }
        throw refusal(response.status, body, html, names);
    }
}
function wrongHost(names) {
    return `Check ${names.hostUrl}: it must be SonarQube's base URL (where its web UI is served), with no proxy or login page in the way.`;
}
function requestFailure(error, timeoutMs, names) {
    const hint = `Check ${names.hostUrl} and that the runner can reach it.`;
    const failure = (0,src/* networkFailure */.rd)(error);
    const reason = failure.code === 'TIMEOUT' ? `did not answer within ${timeoutMs / 1000} s` : failure.reason;
    return new SonarFailure('query SonarQube', reason, { retryable: failure.transient, hint });
}
function refusal(status, body, html, names) {
    if (status === 401) {
        return new SonarFailure('query SonarQube', 'answered 401: the token was refused', {
            hint: `Set ${names.token} to a valid user or project analysis token.`,
        });
    }
    if (status === 403) {
        return new SonarFailure('query SonarQube', 'answered 403: the token may not browse this project', {
            hint: "Give the token's user 'Browse' permission on the project.",
        });
    }
    if (html) {
        // A page, not SonarQube's JSON: a proxy, a load balancer or a login page answered instead.
        return new SonarFailure('query SonarQube', `answered ${status} with an HTML page instead of JSON`, {
            retryable: status !== 404,
            hint: wrongHost(names),
        });
    }
    if (status === 404) {
        return new SonarFailure('query SonarQube', `answered 404: ${sonarErrors(body)}`, {
            hint: `Check ${names.projectKey} (and that an analysis has been run for it).`,
        });
    }
    return new SonarFailure('query SonarQube', `answered ${status}: ${sonarErrors(body)}`, {
        retryable: status >= 500 || status === 429,
    });
}
/** SonarQube's error envelope, `{"errors":[{"msg":…}]}`, quoted; anything else is not echoed. */
function sonarErrors(body) {
    try {
        const parsed = JSON.parse(body);
        const msgs = (parsed.errors ?? []).map((e) => e.msg).filter((m) => typeof m === 'string');
        if (msgs.length)
            return (0,src/* shown */.SP)(msgs.join('; '));
    }
    catch {
        // Not the envelope: described by its size below.
    }
    return body ? `a body of ${body.length} characters that is not SonarQube's error format` : '(empty body)';
}

;// CONCATENATED MODULE: ./packages/sonar/src/text.ts

/**
 * A server's value in a message: as it came when it is a plain token or number (a metric key, a
 * status, `82.5`), else quoted and escaped by `shown`.
 */
function plain(value) {
    return /^[\w.:+-]{1,80}$/.test(value) ? value : (0,src/* shown */.SP)(value);
}

;// CONCATENATED MODULE: ./packages/sonar/src/quality-gate.ts





const DEFAULT_TIMEOUT_MS = 300_000;
/** Where the SonarScanner flavours write `report-task.txt`. */
const REPORT_TASK_FILES = [
    '.scannerwork/report-task.txt',
    'target/sonar/report-task.txt',
    'build/sonar/report-task.txt',
];
async function readReportTask(workspace) {
    for (const file of REPORT_TASK_FILES) {
        const text = await (0,promises_.readFile)(external_node_path_default().join(workspace, file), 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const entries = text
            .split(/\r?\n/)
            .map((line) => line.match(/^([^=#]+)=(.*)$/))
            .filter((m) => m !== null)
            .map((m) => [m[1].trim(), m[2].trim()]);
        return Object.fromEntries(entries);
    }
    return undefined;
}
/** Waits for the background task that processes the analysis; the gate is only final after it. */
async function waitForTask(client, taskId, ports, clock, deadline) {
    const timeoutMs = ports.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let delay = 500;
    for (;;) {
        const { task } = (await client.get(`/api/ce/task?id=${encodeURIComponent(taskId)}`));
        const status = task?.status ?? '';
        if (status === 'SUCCESS')
            return task?.analysisId ?? '';
        if (status === 'FAILED' || status === 'CANCELED') {
            throw new src/* ActionError */.lZ('check the SonarQube quality gate', `analysis task ${plain(taskId)} ended ${plain(status)}${task?.errorMessage ? `: ${(0,src/* shown */.SP)(task.errorMessage)}` : ''}`);
        }
        if (clock.now() + delay > deadline) {
            throw new src/* ActionError */.lZ('check the SonarQube quality gate', `analysis task ${plain(taskId)} is still ${plain(status || 'pending')} after ${Math.round(timeoutMs / 1000)} s`, { hint: 'The SonarQube compute engine is busy; re-run the job later.' });
        }
        ports.log.info(`SonarQube analysis task ${plain(taskId)} is ${plain(status)}; waiting`);
        await clock.sleep(delay);
        delay = Math.min(delay * 2, 5000);
    }
}
/**
 * The quality gate of the project, at the analysis this job's SonarScanner submitted when its
 * `report-task.txt` is there (waiting for SonarQube to process it), else at the latest analysis.
 */
async function checkQualityGate(request, ports) {
    const clock = ports.clock ?? src/* systemClock */.ml;
    const deadline = clock.now() + (ports.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const client = new SonarClient(request, {
        clock,
        deadline,
        random: ports.random,
        requestTimeoutMs: ports.requestTimeoutMs,
        fetch: ports.fetch,
    });
    const task = await readReportTask(ports.workspace);
    const projectKey = request.projectKey || task?.['projectKey'] || '';
    if (!projectKey) {
        const names = request.inputNames;
        throw new src/* ActionError */.lZ('check the SonarQube quality gate', `no project key: ${names.projectKey} is empty and no report-task.txt was found`, { hint: `Set ${names.projectKey}, or run the SonarScanner in this job first.` });
    }
    let analysisId = '';
    if (task?.['ceTaskId'] && (!task['projectKey'] || task['projectKey'] === projectKey)) {
        analysisId = await waitForTask(client, task['ceTaskId'], ports, clock, deadline);
    }
    const query = analysisId
        ? `analysisId=${encodeURIComponent(analysisId)}`
        : `projectKey=${encodeURIComponent(projectKey)}`;
    const { projectStatus } = (await client.get(`/api/qualitygates/project_status?${query}`));
    const status = projectStatus?.status ?? 'NONE';
    if (status === 'NONE') {
        ports.log.warning(`SonarQube has no quality gate result for ${plain(projectKey)} (no analysis yet, or no gate assigned); not gating on it`);
    }
    return {
        projectKey,
        status,
        passed: status !== 'ERROR',
        failed: failedConditions(projectStatus),
        // The task file's link only when it is a web link: the file is outside text.
        dashboardUrl: /^https?:\/\/\S+$/i.test(task?.['dashboardUrl'] ?? '')
            ? task['dashboardUrl']
            : `${request.hostUrl}/dashboard?id=${encodeURIComponent(projectKey)}`,
    };
}
function failedConditions(projectStatus) {
    return (projectStatus?.conditions ?? [])
        .filter((c) => c.status === 'ERROR')
        .map((c) => ({
        metric: c.metricKey ?? '',
        comparator: c.comparator ?? '',
        threshold: c.errorThreshold ?? '',
        actual: c.actualValue ?? '',
        status: c.status ?? '',
    }));
}

;// CONCATENATED MODULE: ./packages/sonar/src/report.ts


const BOUND = { LT: 'below', GT: 'above', EQ: 'equal to', NE: 'different from' };
/** `new_coverage is 82.5 (must not be below 85)`; some conditions (e.g. open_issues) carry no threshold. */
function describeCondition(c) {
    const bound = BOUND[c.comparator] ?? plain(c.comparator);
    const rule = c.threshold
        ? `must not be ${bound} ${plain(c.threshold)}`
        : `${plain(c.status)}, comparator ${plain(c.comparator)}`;
    return `${plain(c.metric)} is ${plain(c.actual)} (${rule})`;
}
/** Why the quality gate fails, in one line; '' when it passed. */
function qualityGateFailure(result) {
    if (result.passed)
        return '';
    const conditions = result.failed.map(describeCondition).join('; ');
    return `SonarQube quality gate of ${plain(result.projectKey)} is ${plain(result.status)}${conditions ? `: ${conditions}` : ''}`;
}
/** The job summary section: status, link to the dashboard, and the failed conditions. */
function renderQualityGateSummary(result) {
    const head = `\n${(0,src/* heading */.iw)(`SonarQube quality gate: ${(0,src/* link */.nf)((0,src/* code */.aY)(result.projectKey), result.dashboardUrl)}`, 4)}`;
    const status = `${result.passed ? '✅' : '❌'} ${(0,src/* escapeCell */.kq)(result.status)}\n`;
    if (result.failed.length === 0)
        return `${head}${status}`;
    return `${head}${status}\n${(0,src/* table */.tp)(['Metric', 'Threshold', 'Actual'], 
    // Every cell is the server's text: code spans and escaped cells keep the table's shape.
    result.failed.map((c) => [
        (0,src/* code */.aY)(c.metric),
        c.threshold ? (0,src/* escapeCell */.kq)(`${c.comparator} ${c.threshold}`) : '—',
        (0,src/* escapeCell */.kq)(c.actual),
    ]))}`;
}

;// CONCATENATED MODULE: ./packages/sonar/src/index.ts




// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/trivy/src/policy.ts


/** A policy or ignore file the action cannot use; the message carries the line. */
class PolicyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PolicyError';
    }
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The file an error is about: the fixed word `policy`, or the ignore file's path as the input gave it. */
function label(source) {
    return source === 'policy' ? "the 'policy' input" : (0,src/* shown */.SP)(source);
}
function parseYaml(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const line = lines.linePos(error.pos[0]).line;
        throw new PolicyError(`${label(source)} is not valid YAML at line ${line}: ${(0,src/* shown */.SP)(error.message.split('\n')[0] ?? '')}`);
    }
    return { doc, lines };
}
function lineOf(node, lines) {
    return node?.range ? lines.linePos(node.range[0]).line : 0;
}
/** Items of a YAML sequence with the line each starts on. */
function items(node, lines) {
    if (!(0,dist/* isSeq */.oP)(node))
        return [];
    return node.items.map((item) => ({
        value: item?.toJSON?.() ?? item,
        line: lineOf(item, lines),
    }));
}
function stringList(value, what, where) {
    if (value === undefined || value === null)
        return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => {
        if (typeof v !== 'string' && typeof v !== 'number')
            throw new PolicyError(`${where}: ${what} must be a list of strings`);
        return String(v);
    });
}
function dateText(value) {
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    // A map or list where a date belongs is shown as written in the error, not as [object Object].
    return value === undefined || value === null ? '' : JSON.stringify(value);
}
/**
 * The `policy` input: a YAML list of `{ id, reason, expires, paths?, packages? }`, or the same list
 * under an `exceptions:` key.
 */
function parsePolicy(text, source = 'policy') {
    if (text.trim() === '')
        return [];
    const { doc, lines } = parseYaml(text, source);
    let list = doc.contents;
    if ((0,dist/* isMap */.jh)(list))
        list = list.get('exceptions', true);
    if (!(0,dist/* isSeq */.oP)(list)) {
        throw new PolicyError(`${label(source)} must be a YAML list of exceptions (or a map with an 'exceptions:' list)`);
    }
    return items(list, lines).map(({ value, line }, index) => policyEntry(value, line, index, source));
}
function policyEntry(value, line, index, source) {
    const where = `${label(source)} entry ${index + 1} (line ${line})`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new PolicyError(`${where} must be a map with id, reason and expires`);
    }
    const entry = value;
    const id = typeof entry['id'] === 'string' ? entry['id'].trim() : '';
    if (!id)
        throw new PolicyError(`${where} has no id`);
    const reason = typeof entry['reason'] === 'string' ? entry['reason'].trim() : '';
    if (!reason)
        throw new PolicyError(`${where} (${(0,src/* shown */.SP)(id)}) has no reason; say why the finding is accepted`);
    const expires = dateText(entry['expires']);
    if (!expires)
        throw new PolicyError(`${where} (${(0,src/* shown */.SP)(id)}) has no expires date (YYYY-MM-DD); exceptions must expire`);
    if (!DATE.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) {
        throw new PolicyError(`${where} (${(0,src/* shown */.SP)(id)}) has expires ${(0,src/* shown */.SP)(expires)}, expected a date like 2026-12-31`);
    }
    const known = new Set(['id', 'reason', 'expires', 'paths', 'packages']);
    const unknown = Object.keys(entry).filter((k) => !known.has(k));
    if (unknown.length) {
        throw new PolicyError(`${where} (${(0,src/* shown */.SP)(id)}) has unknown key ${unknown.map((v) => (0,src/* shown */.SP)(v)).join(', ')}; allowed: ${[...known].join(', ')}`);
    }
    return {
        origin: 'policy',
        source,
        line,
        id,
        reason,
        expires,
        paths: stringList(entry['paths'], 'paths', where),
        packages: stringList(entry['packages'], 'packages', where),
    };
}
/** Trivy's ignore file: `.trivyignore` (one ID per line, `exp:YYYY-MM-DD`) or `.trivyignore.yaml`. */
function parseIgnoreFile(text, file) {
    return /\.ya?ml$/i.test(file) ? parseIgnoreYaml(text, file) : parseIgnoreText(text, file);
}
function parseIgnoreText(text, file) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        const [id = '', ...rest] = line.split(/\s+/);
        const exp = rest.find((r) => r.startsWith('exp:'))?.slice(4) ?? '';
        if (exp && !DATE.test(exp))
            throw new PolicyError(`${label(file)} line ${i + 1}: exp:${(0,src/* shown */.SP)(exp)} is not a date (YYYY-MM-DD)`);
        out.push({
            origin: 'ignore-file',
            source: file,
            line: i + 1,
            id,
            reason: `listed in ${file}`,
            expires: exp,
            paths: [],
            packages: [],
        });
    });
    return out;
}
const IGNORE_SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'];
function parseIgnoreYaml(text, file) {
    if (text.trim() === '')
        return [];
    const { doc, lines } = parseYaml(text, file);
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new PolicyError(`${label(file)} must be a map with ${IGNORE_SECTIONS.join(', ')} lists`);
    const out = [];
    for (const section of IGNORE_SECTIONS) {
        items(root.get(section, true), lines).forEach(({ value, line }) => {
            const entry = (value ?? {});
            const where = `${label(file)} ${section} (line ${line})`;
            const id = typeof entry['id'] === 'string' ? entry['id'] : '';
            if (!id)
                throw new PolicyError(`${where} has no id`);
            const expires = dateText(entry['expired_at']).slice(0, 10);
            if (expires && !DATE.test(expires))
                throw new PolicyError(`${where}: expired_at ${(0,src/* shown */.SP)(expires)} is not a date`);
            const statement = typeof entry['statement'] === 'string' ? entry['statement'] : '';
            out.push({
                origin: 'ignore-file',
                source: file,
                line,
                id,
                reason: statement || `listed in ${file}`,
                expires,
                paths: stringList(entry['paths'], 'paths', where),
                packages: stringList(entry['purls'], 'purls', where),
            });
        });
    }
    return out;
}
/** An exception expires at the end of its `expires` day, UTC. */
function isExpired(exception, now) {
    if (!exception.expires)
        return false;
    return now.getTime() >= Date.parse(`${exception.expires}T00:00:00Z`) + 86_400_000;
}
const globCache = new Map();
/** `**` spans folders, `*` and `?` stay inside one; as in Trivy's ignore paths. */
function globToRegExp(glob) {
    let re = globCache.get(glob);
    if (re)
        return re;
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            out += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    re = new RegExp(`^${out}$`);
    globCache.set(glob, re);
    return re;
}
/** Whether an (unexpired) exception covers a finding: same ID, and its paths/packages if it has any. */
function matches(exception, finding) {
    if (exception.id !== finding.id)
        return false;
    if (exception.paths.length && !exception.paths.some((p) => globToRegExp(p).test(finding.result.target))) {
        return false;
    }
    if (exception.packages.length && !exception.packages.some((p) => packageMatches(p, finding)))
        return false;
    return true;
}
function packageMatches(pattern, finding) {
    if (pattern.startsWith('pkg:')) {
        // A purl: compare its name@version tail, the part Trivy's own matching relies on.
        const tail = decodeURIComponent(pattern
            .replace(/[?#].*$/, '')
            .split('/')
            .pop() ?? '');
        return tail === `${finding.pkgName.split('/').pop()}@${finding.installed}` || tail === finding.pkgName;
    }
    return pattern === finding.pkgName || pattern === finding.pkgId;
}

;// CONCATENATED MODULE: ./packages/trivy/src/exceptions.ts




/** The ignore file both actions default to; it alone may be missing. */
const DEFAULT_IGNORE_FILE = '.trivyignore.yaml';
/** Every accepted finding: the policy's entries, then the ignore file's. */
async function loadExceptions(sources, workspace, names) {
    const out = [];
    if (sources.policy) {
        const text = await policyText(sources.policy, workspace, names.policy ?? 'policy');
        out.push(...parsed('read the exceptions', () => parsePolicy(text, 'policy')));
    }
    const text = await ignoreFileText(sources.ignoreFile, workspace, names);
    out.push(...parsed('read the ignore file', () => parseIgnoreFile(text, sources.ignoreFile)));
    return out;
}
function parsed(operation, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof PolicyError)
            throw new src/* ActionError */.lZ(operation, error.message);
        throw error;
    }
}
async function ignoreFileText(file, workspace, names) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        // The default file is optional; one named on purpose must exist.
        if (code === 'ENOENT' && file === DEFAULT_IGNORE_FILE)
            return '';
        throw new src/* ActionError */.lZ('read the ignore file', `${(0,src/* shown */.SP)(file)} (${names.ignoreFile}) ${fileProblem(error)}`, {
            hint: `Fix ${names.ignoreFile}, or leave it at its default ${DEFAULT_IGNORE_FILE}.`,
        });
    }
}
/** A policy is YAML, or the path of a YAML file in the repository. */
async function policyText(value, workspace, input) {
    if (/\n/.test(value) || !/\.ya?ml$/i.test(value))
        return value;
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(workspace, value), 'utf8');
    }
    catch (error) {
        throw new src/* ActionError */.lZ('read the policy', `${(0,src/* shown */.SP)(value)} (${input}) ${fileProblem(error)}`, {
            hint: `Set ${input} to the path of a YAML file in the repository, or to the exceptions themselves.`,
        });
    }
}
/** A file system error in words, instead of Node's `EACCES: permission denied, open '…'`. */
function fileProblem(error) {
    const code = error.code ?? '';
    const words = {
        ENOENT: 'does not exist',
        EACCES: 'cannot be read (permission denied)',
        EPERM: 'cannot be read (operation not permitted)',
        EISDIR: 'is a folder, not a file',
        ENOTDIR: 'is not in a folder (a part of its path is a file)',
        ELOOP: 'is a loop of symbolic links',
        EMFILE: 'cannot be opened now (too many open files)',
    };
    return words[code] ?? `cannot be read (${code || (0,src/* shown */.SP)(error.message)})`;
}

;// CONCATENATED MODULE: ./packages/trivy/src/severity.ts
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
function emptyCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}
/** Trivy writes an unrated finding as UNKNOWN; anything else unexpected is treated the same. */
function toSeverity(value) {
    const upper = value.toUpperCase();
    return isSeverity(upper) ? upper : 'UNKNOWN';
}

;// CONCATENATED MODULE: ./packages/trivy/src/gate.ts



const RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };
function indexExceptions(exceptions, now) {
    const index = { uses: [], active: new Map(), expiredPolicy: new Map() };
    for (const exception of exceptions) {
        const use = { exception, findings: 0 };
        index.uses.push(use);
        // An expired ignore-file entry simply stops applying, as in Trivy; an expired policy entry fails.
        const expired = isExpired(exception, now);
        if (expired && exception.origin === 'ignore-file')
            continue;
        const byId = expired ? index.expiredPolicy : index.active;
        const list = byId.get(exception.id);
        if (list)
            list.push(use);
        else
            byId.set(exception.id, [use]);
    }
    return index;
}
function emptyVerdict() {
    return {
        passed: true,
        blocking: [],
        counts: emptyCounts(),
        findings: [],
        suppressed: new Map(),
        applied: [],
        expired: [],
        unmatched: [],
        unfixed: 0,
        outOfScope: 0,
    };
}
function judge(finding, index, opts, verdict) {
    if (!opts.scanners.has(finding.scanner)) {
        verdict.outOfScope++;
        return;
    }
    verdict.findings.push(finding);
    for (const use of index.expiredPolicy.get(finding.id) ?? [])
        if (matches(use.exception, finding))
            use.findings++;
    const use = index.active.get(finding.id)?.find((u) => matches(u.exception, finding));
    if (use) {
        use.findings++;
        verdict.suppressed.set(finding, use.exception);
        return;
    }
    verdict.counts[finding.severity]++;
    if (!opts.severities.has(finding.severity))
        return;
    if (opts.ignoreUnfixed && finding.scanner === 'vuln' && finding.fixed === '') {
        verdict.unfixed++;
        return;
    }
    verdict.blocking.push(finding);
}
function sortUses(uses, now, verdict) {
    for (const use of uses) {
        const expired = isExpired(use.exception, now);
        if (expired && use.exception.origin === 'policy')
            verdict.expired.push(use);
        else if (!expired && use.findings > 0)
            verdict.applied.push(use);
        else if (!expired)
            verdict.unmatched.push(use.exception);
    }
}
/** The gate: one pass over the findings, exceptions looked up by ID. */
function evaluateGate(report, opts) {
    const index = indexExceptions(opts.exceptions, opts.now);
    const verdict = emptyVerdict();
    for (const finding of report.findings)
        judge(finding, index, opts, verdict);
    verdict.blocking.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    sortUses(index.uses, opts.now, verdict);
    verdict.passed = verdict.blocking.length === 0 && verdict.expired.length === 0;
    return verdict;
}
/**
 * What blocks the gate, in one line: counts by severity and the first IDs, then expired exceptions.
 * Empty when the gate passed.
 */
function blockingReason(verdict) {
    const reasons = [];
    const blocking = verdict.blocking;
    if (blocking.length) {
        const bySeverity = new Map();
        for (const f of blocking)
            bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
        const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
        const ids = firstIds(blocking, 6);
        reasons.push(`${blocking.length} finding(s) block the gate (${parts}): ${ids.slice(0, 5).map(asId).join(', ')}${ids.length > 5 ? ', …' : ''}`);
    }
    for (const { exception: e } of verdict.expired) {
        reasons.push(`exception ${asId(e.id)} (${asId(e.source)} line ${e.line}) expired on ${e.expires}`);
    }
    return reasons.join('; ');
}
/** A report's or a policy's ID as it came when it looks like one (`CVE-2019-14697`), else quoted by `shown`. */
function asId(id) {
    return /^[\w.:/@+-]{1,80}$/.test(id) ? id : (0,src/* shown */.SP)(id);
}
/** The first `max` distinct IDs, without walking all of a report with many thousands of findings. */
function firstIds(findings, max) {
    const ids = new Set();
    for (const f of findings) {
        ids.add(f.id);
        if (ids.size >= max)
            break;
    }
    return [...ids];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
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
const TRIVY_URL_PLACEHOLDERS = (/* unused pure expression or super */ null && (['{version}', '{os}', '{arch}', '{asset}']));
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

;// CONCATENATED MODULE: ./packages/trivy/src/sarif.ts

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
/** GitHub ranks alerts by `security-severity`; without a CVSS score, the middle of each band. */
const BAND = { CRITICAL: 9.5, HIGH: 8.0, MEDIUM: 5.5, LOW: 2.0, UNKNOWN: 0.0 };
const RULE_NAME = { vuln: 'Vulnerability', misconfig: 'Misconfiguration', secret: 'Secret' };
/** Writes the SARIF log of every finding in scope (excepted ones as suppressed) without building it in memory. */
async function writeSarif(file, report, verdict, opts) {
    const handle = await (0,promises_.open)(file, 'w');
    try {
        // Few large writes: one per ~4 MiB of text, instead of one per result or per small batch.
        let pending = [];
        let size = 0;
        for (const chunk of sarifChunks(report, verdict, opts)) {
            pending.push(chunk);
            size += chunk.length;
            if (size >= WRITE_CHUNK) {
                await handle.write(pending.join(''));
                pending = [];
                size = 0;
            }
        }
        if (pending.length)
            await handle.write(pending.join(''));
    }
    finally {
        await handle.close();
    }
}
function sarifText(report, verdict, opts) {
    return [...sarifChunks(report, verdict, opts)].join('');
}
const WRITE_CHUNK = 4 * 1024 * 1024;
function* sarifChunks(report, verdict, opts) {
    const index = new Map();
    const rules = [];
    for (const finding of verdict.findings) {
        if (index.has(finding.id))
            continue;
        index.set(finding.id, rules.length);
        rules.push(sarifRule(report.rules.get(finding.id), finding));
    }
    const driver = {
        name: 'Trivy',
        fullName: 'Trivy Vulnerability Scanner',
        informationUri: 'https://github.com/aquasecurity/trivy',
        ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
        rules,
    };
    const properties = { artifactName: report.artifactName, artifactType: report.artifactType };
    yield (`{"version":"2.1.0","$schema":${JSON.stringify(SARIF_SCHEMA)},"runs":[{"tool":{"driver":${JSON.stringify(driver)}},` +
        `"columnKind":"utf16CodeUnits","originalUriBaseIds":{"ROOTPATH":{"uri":"file:///"}},` +
        `"properties":${JSON.stringify(properties)},"results":[`);
    const writer = new ResultWriter(report, verdict, index, opts);
    // Joined in batches: one flat string per batch instead of a deep chain of concatenations.
    const batch = [];
    const findings = verdict.findings;
    for (let i = 0; i < findings.length; i++) {
        batch.push(writer.result(findings[i]));
        if (batch.length === 4096) {
            yield (i + 1 === batch.length ? '' : ',') + batch.join(',');
            batch.length = 0;
        }
    }
    yield `${batch.length && findings.length > batch.length ? ',' : ''}${batch.join(',')}]}]}\n`;
}
function sarifRule(rule, finding) {
    const title = rule?.title || finding.id;
    const description = rule?.description || title;
    const score = rule?.score ?? BAND[finding.severity];
    const link = rule?.url ? `[${finding.id}](${rule.url})` : finding.id;
    return {
        id: finding.id,
        name: RULE_NAME[finding.scanner],
        shortDescription: { text: title },
        fullDescription: { text: description },
        defaultConfiguration: { level: LEVEL[finding.severity] },
        ...(isUri(rule?.url) ? { helpUri: rule.url } : {}),
        help: {
            text: `${title}\nSeverity: ${finding.severity}\nLink: ${link}\n${description}`,
            markdown: `**${title}**\n| Severity | Link |\n| --- | --- |\n|${finding.severity}|${link}|\n\n${description}`,
        },
        properties: {
            precision: 'very-high',
            'security-severity': score.toFixed(1),
            tags: [finding.scanner === 'vuln' ? 'vulnerability' : finding.scanner, 'security', finding.severity],
        },
    };
}
function isUri(value) {
    if (!value)
        return false;
    try {
        new URL(value);
        return true;
    }
    catch {
        return false;
    }
}
/** Image findings point at the image; filesystem findings at the file, under the scanned folder. */
function findingPath(report, finding, root) {
    if (finding.result.class === 'os-pkgs' || report.artifactType === 'container_image') {
        return report.artifactName || finding.result.target;
    }
    const target = finding.result.target.replace(/^\.\//, '');
    return root && root !== '.' ? `${root.replace(/\/+$/, '')}/${target}` : target;
}
/**
 * One SARIF result as JSON text. A 100,000-finding report repeats the same rules, packages, versions
 * and files over and over, so their JSON-escaped forms are computed once and results are assembled
 * from them, instead of building an object per result and `JSON.stringify`-ing it.
 */
class ResultWriter {
    report;
    verdict;
    index;
    opts;
    /** JSON-escaped string contents, without the quotes. */
    escaped = new Map();
    /** Per Trivy result (one lockfile or image layer): the artifact location all its findings share. */
    artifact = new Map();
    ruleHead = new Map();
    constructor(report, verdict, index, opts) {
        this.report = report;
        this.verdict = verdict;
        this.index = index;
        this.opts = opts;
    }
    esc(value) {
        let out = this.escaped.get(value);
        if (out === undefined) {
            out = JSON.stringify(value).slice(1, -1);
            // Bounded: versions and IDs repeat; a pathological report must not grow this without limit.
            if (this.escaped.size < 200_000)
                this.escaped.set(value, out);
        }
        return out;
    }
    head(finding) {
        const key = `${finding.severity}\u0000${finding.id}`;
        let out = this.ruleHead.get(key);
        if (out === undefined) {
            out = `{"ruleId":"${this.esc(finding.id)}","ruleIndex":${this.index.get(finding.id) ?? 0},"level":"${LEVEL[finding.severity]}"`;
            this.ruleHead.set(key, out);
        }
        return out;
    }
    location(result, finding) {
        let out = this.artifact.get(result);
        if (out === undefined) {
            const uri = encodeURI(findingPath(this.report, finding, this.opts.root));
            out = `{"physicalLocation":{"artifactLocation":{"uri":"${this.esc(uri)}","uriBaseId":"ROOTPATH"},"region":`;
            this.artifact.set(result, out);
        }
        return out;
    }
    result(finding) {
        const e = (v) => this.esc(v);
        const line = finding.line > 0 ? finding.line : 1;
        const message = finding.pkgName
            ? `Package: ${e(finding.pkgName)}\\nInstalled Version: ${e(finding.installed)}\\nVulnerability ${e(finding.id)}` +
                `\\nSeverity: ${finding.severity}\\nFixed Version: ${e(finding.fixed || 'none')}`
            : `${RULE_NAME[finding.scanner]} ${e(finding.id)}\\nSeverity: ${finding.severity}\\nTarget: ${e(finding.result.target)}`;
        const where = finding.pkgId
            ? `${e(finding.result.target)}: ${e(finding.pkgId)}`
            : e(finding.result.target);
        const exception = this.verdict.suppressed.get(finding);
        const suppressions = exception
            ? `,"suppressions":${JSON.stringify([
                {
                    kind: 'external',
                    status: 'accepted',
                    justification: `${exception.reason} (${exception.source} line ${exception.line}${exception.expires ? `, until ${exception.expires}` : ''})`,
                },
            ])}`
            : '';
        return (`${this.head(finding)},"message":{"text":"${message}"},"locations":[${this.location(finding.result, finding)}` +
            `{"startLine":${line},"startColumn":1,"endLine":${line},"endColumn":1}},"message":{"text":"${where}"}}]${suppressions}}`);
    }
}

;// CONCATENATED MODULE: ./packages/trivy/src/json-scan.ts
/**
 * A forward-only cursor over JSON bytes. Trivy reports can be hundreds of megabytes, so instead of
 * `JSON.parse` on the whole text (a second full-size copy as a string plus the object tree), the
 * report parser walks the raw buffer, skips what it does not need without decoding it, and decodes
 * only the few fields it keeps.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
class JsonSyntaxError extends Error {
    detail;
    line;
    column;
    truncated;
    constructor(detail, line, column, 
    /** The text ended before the JSON did. */
    truncated = false) {
        super(`${detail} at line ${line}, column ${column}`);
        this.detail = detail;
        this.line = line;
        this.column = column;
        this.truncated = truncated;
        this.name = 'JsonSyntaxError';
    }
}
class JsonCursor {
    bytes;
    pos = 0;
    keys = new Map();
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** Skips whitespace and returns the next byte without consuming it, or -1 at the end. */
    peek() {
        const b = this.bytes;
        let p = this.pos;
        while (p < b.length) {
            const c = b[p];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            p++;
        }
        this.pos = p;
        return p < b.length ? b[p] : -1;
    }
    fail(expected, at = this.pos) {
        const before = this.bytes.subarray(0, at);
        let line = 1;
        let lineStart = 0;
        for (let i = before.indexOf(0x0a); i >= 0; i = before.indexOf(0x0a, i + 1)) {
            line++;
            lineStart = i + 1;
        }
        const truncated = at >= this.bytes.length;
        const found = truncated ? 'the end of the file' : (0,src/* shown */.SP)(String.fromCharCode(this.bytes[at]));
        throw new JsonSyntaxError(`expected ${expected} but found ${found}`, line, at - lineStart + 1, truncated);
    }
    expect(byte, what) {
        if (this.peek() !== byte)
            this.fail(what);
        this.pos++;
    }
    /** Index just past the closing quote of the string that opens at `start`. */
    stringEnd(start) {
        const b = this.bytes;
        let p = start + 1;
        for (;;) {
            const q = b.indexOf(QUOTE, p);
            if (q < 0)
                this.fail('the end of a string', b.length);
            let slashes = 0;
            while (b[q - 1 - slashes] === BACKSLASH)
                slashes++;
            if (slashes % 2 === 0)
                return q + 1;
            p = q + 1;
        }
    }
    /** Consumes one value of any type and returns where it lies, without decoding it. */
    skipValue() {
        this.peek();
        const start = this.pos;
        this.skip();
        return [start, this.pos];
    }
    /** `skipValue` without the span: most values of a report are skipped, and each span is garbage. */
    skip() {
        const c = this.peek();
        const start = this.pos;
        const b = this.bytes;
        if (c === QUOTE) {
            this.pos = this.stringEnd(start);
        }
        else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            let depth = 0;
            let p = start;
            for (;;) {
                if (p >= b.length)
                    this.fail(`the end of the ${c === OPEN_OBJECT ? 'object' : 'array'}`, p);
                const x = b[p];
                if (x === QUOTE) {
                    p = this.stringEnd(p);
                    continue;
                }
                if (x === OPEN_OBJECT || x === OPEN_ARRAY)
                    depth++;
                else if ((x === CLOSE_OBJECT || x === CLOSE_ARRAY) && --depth === 0) {
                    p++;
                    break;
                }
                p++;
            }
            this.pos = p;
        }
        else if (c === -1) {
            this.fail('a value');
        }
        else {
            let p = start;
            while (p < b.length) {
                const x = b[p];
                if (x === COMMA || x === CLOSE_OBJECT || x === CLOSE_ARRAY || x <= 0x20)
                    break;
                p++;
            }
            if (p === start)
                this.fail('a value');
            this.pos = p;
        }
    }
    /**
     * An object key. A report repeats the same few dozen keys millions of times, so plain keys are
     * looked up by a hash of their bytes (checked byte for byte) instead of being decoded each time.
     */
    readKey() {
        if (this.peek() !== QUOTE)
            this.fail('a string');
        const b = this.bytes;
        const start = this.pos + 1;
        let hash = 0x811c9dc5;
        let p = start;
        for (; p < b.length; p++) {
            const c = b[p];
            if (c === QUOTE)
                break;
            if (c === BACKSLASH || c >= 0x80)
                return this.readString();
            hash = Math.imul(hash ^ c, 0x01000193);
        }
        if (p >= b.length)
            this.fail('the end of a string', b.length);
        const length = p - start;
        const cached = this.keys.get(hash);
        if (cached !== undefined && cached.length === length && this.sameBytes(cached, start)) {
            this.pos = p + 1;
            return cached;
        }
        const key = b.toString('latin1', start, p);
        if (cached === undefined && this.keys.size < 4096)
            this.keys.set(hash, key);
        this.pos = p + 1;
        return key;
    }
    sameBytes(key, at) {
        const b = this.bytes;
        for (let i = 0; i < key.length; i++)
            if (b[at + i] !== key.charCodeAt(i))
                return false;
        return true;
    }
    readString() {
        if (this.peek() !== QUOTE)
            this.fail('a string');
        return this.decodeString(this.skipValue());
    }
    /** The value at `span` as a string: JSON strings decoded, null as '', anything else as its JSON text. */
    decodeString(span) {
        const [start, end] = span;
        const b = this.bytes;
        if (b[start] !== QUOTE) {
            const text = b.toString('utf8', start, end);
            return text === 'null' ? '' : text;
        }
        // Most values (IDs, versions, severities) are short plain ASCII: one pass, no escapes, no UTF-8.
        let plain = true;
        for (let p = start + 1; p < end - 1; p++) {
            const c = b[p];
            if (c === BACKSLASH || c >= 0x80) {
                plain = false;
                break;
            }
        }
        if (plain)
            return b.toString('latin1', start + 1, end - 1);
        try {
            return JSON.parse(b.toString('utf8', start, end));
        }
        catch {
            // JSON.parse's own message would quote the file; say where instead.
            return this.fail('a string with valid escapes', start);
        }
    }
    /** `JSON.parse` of one small value. */
    decode(span) {
        try {
            return JSON.parse(this.bytes.toString('utf8', span[0], span[1]));
        }
        catch {
            return this.fail('a JSON value', span[0]);
        }
    }
    /** Calls `onEntry` for each key; `onEntry` must consume the value (skipValue or a nested walk). */
    object(onEntry) {
        this.expect(OPEN_OBJECT, "'{'");
        if (this.peek() === CLOSE_OBJECT) {
            this.pos++;
            return;
        }
        for (;;) {
            const key = this.readKey();
            this.expect(COLON, "':'");
            this.peek();
            onEntry(key);
            const next = this.peek();
            this.pos++;
            if (next === CLOSE_OBJECT)
                return;
            if (next !== COMMA)
                this.fail("',' or '}'", this.pos - 1);
        }
    }
    /** Calls `onItem` for each element; `onItem` must consume it. `null` counts as an empty array. */
    array(onItem) {
        if (this.peek() === 0x6e) {
            this.skipValue();
            return;
        }
        this.expect(OPEN_ARRAY, "'['");
        if (this.peek() === CLOSE_ARRAY) {
            this.pos++;
            return;
        }
        for (;;) {
            this.peek();
            onItem();
            const next = this.peek();
            this.pos++;
            if (next === CLOSE_ARRAY)
                return;
            if (next !== COMMA)
                this.fail("',' or ']'", this.pos - 1);
        }
    }
    /** Keys and value spans of one flat object whose keys are in `wanted`; other values are skipped. */
    pick(wanted) {
        const fields = new Map();
        this.object((key) => {
            if (wanted.has(key))
                fields.set(key, this.skipValue());
            else
                this.skip();
        });
        return fields;
    }
    atEnd() {
        return this.peek() === -1;
    }
}

;// CONCATENATED MODULE: ./packages/trivy/src/report.ts



/** The input is not a Trivy JSON report; the message says what it is instead. */
class ReportError extends Error {
    name = 'ReportError';
}
const VULN_KEYS = new Set([
    'VulnerabilityID',
    'PkgID',
    'PkgName',
    'InstalledVersion',
    'FixedVersion',
    'Status',
    'Severity',
    'Title',
    'Description',
    'PrimaryURL',
    'CVSS',
]);
const MISCONF_KEYS = new Set([
    'ID',
    'AVDID',
    'Title',
    'Description',
    'Message',
    'Severity',
    'PrimaryURL',
    'Status',
    'CauseMetadata',
]);
const SECRET_KEYS = new Set(['RuleID', 'Category', 'Severity', 'Title', 'StartLine']);
const PACKAGE_KEYS = new Set(['ID', 'Name', 'Version', 'Locations']);
/** Parses a Trivy `--format json` report (SchemaVersion 2) from its bytes. */
function parseReport(bytes) {
    const cursor = new JsonCursor(bytes);
    // A report saved again by a Windows editor may carry a UTF-8 byte order mark.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        cursor.pos = 3;
    const first = cursor.peek();
    if (first === -1) {
        throw new ReportError(`is empty${bytes.length ? ' (blank space only)' : ''}; Trivy writes a JSON object even when it finds nothing`);
    }
    if (looksBinary(bytes))
        throw new ReportError('is binary data, not a Trivy JSON report');
    if (first !== 0x7b)
        throw new ReportError(describeNonObject(bytes, cursor.pos));
    try {
        return readRoot(cursor);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        if (error.truncated) {
            throw new ReportError(`is truncated JSON: it ends at line ${error.line} before the report is complete (cut off while written or copied?)`);
        }
        throw new ReportError(`is not valid JSON: ${error.message}`);
    }
}
/**
 * Whether the file is not text: a NUL, or several control characters or invalid UTF-8 sequences in
 * its first 8 KiB (one may be a multi-byte character cut at the edge).
 */
function looksBinary(bytes) {
    const head = bytes.subarray(0, 8192);
    if (head.includes(0))
        return true;
    let odd = 0;
    for (const b of head)
        if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f)
            odd++;
    const replaced = new TextDecoder('utf-8').decode(head).split('\ufffd').length - 1;
    return odd + replaced > 4;
}
/** What a file that does not start with `{` is, in words: its bytes are never echoed. */
function describeNonObject(bytes, at) {
    const head = bytes.toString('utf8', at, Math.min(bytes.length, at + 512)).toLowerCase();
    if (head.startsWith('[')) {
        return 'is a JSON array, not a Trivy report (an object with SchemaVersion and Results)';
    }
    if (head.startsWith('<')) {
        return /^<(!doctype\s+html|html|head|body|title|meta|!--|script|div|h1|p\b)/.test(head)
            ? "is an HTML page (a proxy's error or a login page?), not a Trivy JSON report"
            : 'is XML or other markup, not a Trivy JSON report';
    }
    if (/^("|-?\d|true\b|false\b|null\b)/.test(head)) {
        return 'is a single JSON value, not a Trivy report (an object with SchemaVersion and Results)';
    }
    return 'looks like a text file, not JSON (expected the output of trivy --format json)';
}
const ROOT_STRINGS = { ArtifactName: 'artifactName', ArtifactType: 'artifactType' };
const RESULT_STRINGS = { Target: 'target', Class: 'class', Type: 'type' };
/** Stores the string under `key` in the field `fields` maps it to; false when it maps none. */
function stringField(cursor, key, fields, into) {
    // Own keys only: a report key such as `constructor` is not one of ours.
    if (!Object.hasOwn(fields, key))
        return false;
    into[fields[key]] = cursor.decodeString(cursor.skipValue());
    return true;
}
function readRoot(cursor) {
    const report = {
        schemaVersion: 0,
        artifactName: '',
        artifactType: '',
        findings: [],
        rules: new Map(),
    };
    const keys = [];
    let schemaText = '';
    cursor.object((key) => {
        keys.push(key);
        if (stringField(cursor, key, ROOT_STRINGS, report))
            return;
        if (key === 'SchemaVersion') {
            const span = cursor.skipValue();
            schemaText = cursor.bytes.toString('utf8', span[0], span[1]);
            report.schemaVersion = Number(cursor.decode(span));
        }
        else if (key === 'Results')
            cursor.array(() => readResult(cursor, report));
        else
            cursor.skip();
    });
    if (!cursor.atEnd())
        cursor.fail('the end of the file after the report object');
    if (!keys.includes('SchemaVersion'))
        throw new ReportError(describeForeign(keys));
    if (report.schemaVersion !== 2) {
        throw new ReportError(`has SchemaVersion ${asGiven(schemaText)}; this action reads SchemaVersion 2 (Trivy 0.20 and later)`);
    }
    return report;
}
function describeForeign(keys) {
    const has = (k) => keys.includes(k);
    // Keys are the file's text: only the formats recognised by them are named, the keys never shown.
    const kind = has('runs') && has('version')
        ? ': a SARIF log (use --format json, not sarif)'
        : has('bomFormat')
            ? ': a CycloneDX SBOM (use --format json, not cyclonedx)'
            : has('spdxVersion')
                ? ': an SPDX document (use --format json, not spdx-json)'
                : keys.length === 0
                    ? ' (an empty object)'
                    : ` (no SchemaVersion${has('Results') ? '' : '/Results'})`;
    return `is JSON but not a Trivy report${kind}`;
}
/** A number as the file gave it; anything else quoted and cut. */
function asGiven(text) {
    return /^-?\d{1,12}(\.\d{1,6})?$/.test(text) ? text : (0,src/* shown */.SP)(text);
}
function readResult(cursor, report) {
    const result = { target: '', class: '', type: '' };
    const start = report.findings.length;
    const lines = new Map();
    cursor.object((key) => {
        if (stringField(cursor, key, RESULT_STRINGS, result))
            return;
        switch (key) {
            case 'Vulnerabilities':
                cursor.array(() => report.findings.push(readVulnerability(cursor, result, report.rules)));
                break;
            case 'Misconfigurations':
                cursor.array(() => {
                    const finding = readMisconfiguration(cursor, result, report.rules);
                    if (finding)
                        report.findings.push(finding);
                });
                break;
            case 'Secrets':
                cursor.array(() => report.findings.push(readSecret(cursor, result, report.rules)));
                break;
            case 'Packages':
                cursor.array(() => readPackageLine(cursor, lines));
                break;
            default:
                cursor.skip();
        }
    });
    // Packages may come before or after the findings, so lockfile lines are joined at the end.
    if (lines.size === 0)
        return;
    for (let i = start; i < report.findings.length; i++) {
        const finding = report.findings[i];
        if (finding.scanner === 'vuln' && finding.line === 0)
            finding.line = lines.get(finding.pkgId) ?? 0;
    }
}
function report_text(cursor, fields, key) {
    const span = fields.get(key);
    return span ? cursor.decodeString(span) : '';
}
/** Rule text is decoded once per ID: a report repeats one CVE for many packages and targets. */
function addRule(rules, id, scanner, describe) {
    if (!rules.has(id))
        rules.set(id, { id, scanner, ...describe() });
}
/** A misconfiguration or a secret: found in a file, not in a package. */
function fileFinding(found) {
    const { scanner, id, severity, status, result, line } = found;
    return { scanner, id, severity, pkgName: '', pkgId: '', installed: '', fixed: '', status, result, line };
}
function readVulnerability(cursor, result, rules) {
    const f = cursor.pick(VULN_KEYS);
    const id = report_text(cursor, f, 'VulnerabilityID');
    addRule(rules, id, 'vuln', () => ({
        title: report_text(cursor, f, 'Title'),
        description: report_text(cursor, f, 'Description'),
        url: report_text(cursor, f, 'PrimaryURL'),
        score: cvssScore(f.has('CVSS') ? cursor.decode(f.get('CVSS')) : undefined),
    }));
    const pkgName = report_text(cursor, f, 'PkgName');
    const installed = report_text(cursor, f, 'InstalledVersion');
    return {
        scanner: 'vuln',
        id,
        severity: toSeverity(report_text(cursor, f, 'Severity')),
        pkgName,
        pkgId: report_text(cursor, f, 'PkgID') || `${pkgName}@${installed}`,
        installed,
        fixed: report_text(cursor, f, 'FixedVersion'),
        status: report_text(cursor, f, 'Status'),
        result,
        line: 0,
    };
}
function readMisconfiguration(cursor, result, rules) {
    const f = cursor.pick(MISCONF_KEYS);
    const status = report_text(cursor, f, 'Status');
    // With --include-non-failures Trivy also lists passed checks; they are not findings.
    if (status !== '' && status !== 'FAIL')
        return undefined;
    const id = report_text(cursor, f, 'ID') || report_text(cursor, f, 'AVDID');
    addRule(rules, id, 'misconfig', () => ({
        title: report_text(cursor, f, 'Title'),
        description: [report_text(cursor, f, 'Description'), report_text(cursor, f, 'Message')].filter(Boolean).join('\n'),
        url: report_text(cursor, f, 'PrimaryURL'),
        score: undefined,
    }));
    const cause = f.has('CauseMetadata')
        ? cursor.decode(f.get('CauseMetadata'))
        : {};
    const line = typeof cause?.StartLine === 'number' ? cause.StartLine : 0;
    const severity = toSeverity(report_text(cursor, f, 'Severity'));
    return fileFinding({ scanner: 'misconfig', id, severity, status, result, line });
}
/** The secret itself (Trivy's `Match`, `Code`) is deliberately never read. */
function readSecret(cursor, result, rules) {
    const f = cursor.pick(SECRET_KEYS);
    const id = report_text(cursor, f, 'RuleID');
    addRule(rules, id, 'secret', () => ({
        title: report_text(cursor, f, 'Title'),
        description: `${report_text(cursor, f, 'Category')} secret`.trim(),
        url: '',
        score: undefined,
    }));
    const startLine = Number(report_text(cursor, f, 'StartLine'));
    const line = Number.isInteger(startLine) ? startLine : 0;
    const severity = toSeverity(report_text(cursor, f, 'Severity'));
    return fileFinding({ scanner: 'secret', id, severity, status: '', result, line });
}
function readPackageLine(cursor, lines) {
    const f = cursor.pick(PACKAGE_KEYS);
    const locations = f.has('Locations') ? cursor.decode(f.get('Locations')) : undefined;
    const first = Array.isArray(locations) ? locations[0] : undefined;
    if (typeof first?.StartLine !== 'number')
        return;
    const id = report_text(cursor, f, 'ID') || `${report_text(cursor, f, 'Name')}@${report_text(cursor, f, 'Version')}`;
    lines.set(id, first.StartLine);
}
/** NVD's v3 score first (what GitHub shows), else the first vendor's. */
function cvssScore(cvss) {
    if (!cvss || typeof cvss !== 'object')
        return undefined;
    const entries = cvss;
    const ordered = [entries['nvd'], ...Object.values(entries)];
    for (const entry of ordered) {
        const score = entry?.V3Score ?? entry?.V40Score;
        if (typeof score === 'number')
            return score;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/trivy/src/run.ts


class TrivyFailed extends src/* ActionError */.lZ {
    failure;
    constructor(operation, failure, cause, hint) {
        super(operation, cause, { hint, retryable: failure === 'rate-limited' });
        this.failure = failure;
    }
}
function classify(stderr) {
    if (/TOOMANYREQUESTS|429 Too Many Requests/i.test(stderr))
        return 'rate-limited';
    if (/(vulnerability|java) DB|db (download|error)|failed to download .*db/i.test(stderr))
        return 'db';
    if (/unable to find the specified image|image scan error|UNAUTHORIZED|MANIFEST_UNKNOWN|NAME_UNKNOWN|no such host|unable to inspect the image/i.test(stderr)) {
        return 'image';
    }
    return 'other';
}
/** The last meaningful lines Trivy logged: FATAL/ERROR lines, or the tail. */
function lastError(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const errors = lines.filter((l) => /\b(FATAL|ERROR)\b/.test(l));
    return (errors.length ? errors : lines).slice(-3).join('\n') || '(no output)';
}
/**
 * Runs Trivy once, JSON, every severity and `--exit-code 0`: findings never make it exit non-zero,
 * so any non-zero exit is an error (unreachable image, DB download, bad flag), never "findings".
 */
async function runTrivy(opts) {
    const mirrors = opts.dbRepositories.length ? opts.dbRepositories : [''];
    const operation = opts.scanType === 'image' ? `scan the image ${(0,src/* shown */.SP)(opts.target)}` : `scan ${(0,src/* shown */.SP)(opts.target)}`;
    for (let m = 0; m < mirrors.length; m++) {
        const mirror = mirrors[m];
        try {
            await (0,src/* retry */.L5)(() => runOnce(opts, mirror, operation), {
                attempts: opts.attempts ?? 3,
                baseMs: 2000,
                maxMs: 20_000,
                clock: opts.clock ?? src/* systemClock */.ml,
                random: opts.random,
                retryable: (error) => error instanceof TrivyFailed && error.failure === 'rate-limited',
                onRetry: ({ attempt, delayMs }) => opts.log.info(`The DB registry${mirror ? ` ${mirror}` : ''} answered TOOMANYREQUESTS (attempt ${attempt}); retrying in ${delayMs} ms`),
            });
            return;
        }
        catch (error) {
            const dbTrouble = error instanceof TrivyFailed && (error.failure === 'db' || error.failure === 'rate-limited');
            if (!dbTrouble || m === mirrors.length - 1)
                throw error;
            opts.log.warning(`The vulnerability DB could not be pulled from ${mirror || 'the default repository'}; trying ${mirrors[m + 1]}`);
        }
    }
}
function trivyArgs(opts, mirror) {
    return [
        opts.scanType,
        '--format',
        'json',
        '--output',
        opts.output,
        '--exit-code',
        '0',
        '--severity',
        'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
        '--scanners',
        opts.scanners.join(','),
        // Exceptions are applied by this action so they can be reported; Trivy must not drop findings first.
        '--ignorefile',
        external_node_path_default().join(external_node_path_default().dirname(opts.output), 'no-trivyignore'),
        '--no-progress',
        ...(mirror ? ['--db-repository', mirror] : []),
        opts.target,
    ];
}
async function runOnce(opts, mirror, operation) {
    const args = trivyArgs(opts, mirror);
    opts.log.info(`Running ${[opts.binary, ...args].join(' ')}`);
    let result;
    try {
        result = await opts.exec(opts.binary, args, { cwd: opts.cwd, env: opts.env });
    }
    catch (error) {
        throw notStarted(opts, operation, error);
    }
    if (result.code === 0)
        return;
    const failure = classify(result.stderr);
    const detail = lastError(result.stderr);
    const cause = `Trivy failed with exit code ${result.code} (an error, not findings):\n${detail}`;
    const hints = {
        'rate-limited': `The DB registry rate-limits anonymous pulls; list mirrors in ${opts.inputNames.dbRepository}.`,
        db: `List reachable vulnerability DB mirrors in ${opts.inputNames.dbRepository} (e.g. a registry proxy of ghcr.io/aquasecurity/trivy-db).`,
        image: `Trivy cannot reach the image ${(0,src/* shown */.SP)(opts.target)}: check the reference and log in to its registry before this step.`,
        other: 'See the Trivy log above.',
    };
    throw new TrivyFailed(operation, failure, cause, hints[failure]);
}
/** Why the executable did not start, in words, instead of `spawn /x/trivy ENOENT`. */
function notStarted(opts, operation, error) {
    const code = error.code ?? '';
    const input = opts.inputNames.trivyPath;
    const from = opts.givenBinary ? ` (input ${input})` : ' (the release installed for this run)';
    const at = `${(0,src/* shown */.SP)(opts.binary)}${from}`;
    const hint = opts.givenBinary
        ? `Install Trivy there, set ${input} to where it is, or leave ${input} empty to install the pinned release.`
        : `Set ${input} to a Trivy you installed.`;
    if (code === 'ENOENT')
        return new src/* ActionError */.lZ(operation, `trivy was not found at ${at}`, { hint });
    if (code === 'EACCES') {
        return new src/* ActionError */.lZ(operation, `${at} may not be run (permission denied)`, {
            hint: `Make it executable (chmod +x), or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`,
        });
    }
    const why = code === 'ENOEXEC'
        ? 'is not a program this machine can run'
        : `could not be started (${code || (0,src/* shown */.SP)(error.message)})`;
    return new src/* ActionError */.lZ(operation, `${at} ${why}`, { hint });
}

;// CONCATENATED MODULE: ./packages/trivy/src/scan.ts
// The pieces every Trivy gate is made of: Trivy installed (or the caller's), run once, its JSON
// report read, and the gate applied to that one report.









/** The caller's binary, else the pinned (or requested) release from the tool cache. */
async function trivyBinary(request, ports) {
    if (request.trivyPath)
        return external_node_path_default().resolve(ports.workspace, request.trivyPath);
    const installed = await installTrivy({
        version: request.trivyVersion || DEFAULT_TRIVY_VERSION,
        urlTemplate: request.trivyUrl,
        checksum: request.trivyChecksum,
        inputNames: request.inputNames,
        log: ports.log,
        env: ports.env,
        tempDir: ports.tempDir,
        clock: ports.clock,
        exec: ports.exec,
        fetch: ports.fetch,
    });
    return installed.path;
}
/** Runs Trivy once on the target and returns the path of its JSON report. */
async function scanOnce(request, target, ports) {
    const binary = await trivyBinary(request, ports);
    await (0,promises_.mkdir)(target.dir, { recursive: true });
    const output = external_node_path_default().join(target.dir, `trivy-${target.scanType}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    await runTrivy({
        binary,
        scanType: target.scanType,
        target: target.target,
        scanners: target.scanners,
        dbRepositories: request.dbRepositories,
        output,
        cwd: ports.workspace,
        env: { ...(ports.env ?? process.env), ...target.env },
        inputNames: request.inputNames,
        givenBinary: Boolean(request.trivyPath),
        exec: ports.exec ?? src/* exec */.m0,
        log: ports.log,
        clock: ports.clock,
    });
    return output;
}
/**
 * Reads a Trivy JSON report; `name` says which one in the error (and the input that chose it),
 * `hint` what to give instead. A file that is no report is described, never quoted.
 */
async function readReport(file, name, hint) {
    const operation = `read the Trivy report ${name}`;
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        throw new src/* ActionError */.lZ(operation, `it ${fileProblem(error)}`, { hint });
    }
    try {
        return parseReport(bytes);
    }
    catch (error) {
        if (error instanceof ReportError)
            throw new src/* ActionError */.lZ(operation, `it ${error.message}`, { hint });
        throw error;
    }
}
/** The gate over one report, at the clock's time (exceptions expire). */
function gateReport(report, request, scanners, exceptions, clock = src/* systemClock */.ml) {
    return evaluateGate(report, {
        severities: request.severities,
        ignoreUnfixed: request.ignoreUnfixed,
        scanners: new Set(scanners),
        exceptions,
        now: new Date(clock.now()),
    });
}

;// CONCATENATED MODULE: ./packages/trivy/src/summary.ts



/** The job summary: verdict, counts per severity, blocking findings, exceptions. */
function renderSummary(report, verdict, opts) {
    return [
        (0,src/* heading */.iw)(`${opts.title}: ${(0,src/* code */.aY)(report.artifactName || 'report')}`),
        `${summary_status(verdict, opts)}\n`,
        (0,src/* table */.tp)(SEVERITIES.map((s) => (opts.severities.has(s) ? `${s} (gated)` : s)), [SEVERITIES.map((s) => String(verdict.counts[s]))]),
        verdict.unfixed > 0
            ? `\n${verdict.unfixed} gated finding(s) have no fixed version yet and do not block.\n`
            : '',
        blockingSection(report, verdict, opts.maxRows ?? 100),
        exceptionSection('Expired exceptions (they fail the gate)', verdict.expired, EXPIRED_COLUMNS),
        exceptionSection('Exceptions applied', verdict.applied, APPLIED_COLUMNS),
        verdict.unmatched.length > 0
            ? `\nExceptions that matched nothing (remove them?): ${verdict.unmatched.map((e) => `${(0,src/* code */.aY)(e.id)} (${(0,src/* escapeCell */.kq)(e.source)} line ${e.line})`).join(', ')}\n`
            : '',
    ].join('');
}
function summary_status(verdict, opts) {
    const gated = SEVERITIES.filter((s) => opts.severities.has(s)).join(', ');
    return verdict.passed
        ? `✅ Passed: no ${gated} findings block${opts.ignoreUnfixed ? ' (unfixed ones are not gated)' : ''}.`
        : `❌ Failed: ${verdict.blocking.length} blocking finding(s)${verdict.expired.length ? ` and ${verdict.expired.length} expired exception(s)` : ''}.`;
}
function blockingSection(report, verdict, maxRows) {
    if (verdict.blocking.length === 0)
        return '';
    const rows = verdict.blocking.slice(0, maxRows).map((f) => blockingRow(report, f));
    const more = verdict.blocking.length > maxRows
        ? `\n…and ${verdict.blocking.length - maxRows} more; the SARIF report and the JSON report list all of them.\n`
        : '';
    return `\n${(0,src/* heading */.iw)('Blocking findings', 4)}${(0,src/* table */.tp)(['ID', 'Severity', 'Package', 'Installed → fixed', 'Title', 'Target'], rows)}${more}`;
}
const ID_COLUMN = ['ID', ({ exception: e }) => (0,src/* code */.aY)(e.id)];
const REASON_COLUMN = ['Reason', ({ exception: e }) => (0,src/* escapeCell */.kq)(e.reason)];
const ENTRY_COLUMN = [
    'Entry',
    ({ exception: e }) => `${(0,src/* escapeCell */.kq)(e.source)} line ${e.line}`,
];
const EXPIRED_COLUMNS = [
    ID_COLUMN,
    ['Expired on', ({ exception: e }) => (0,src/* escapeCell */.kq)(e.expires)],
    REASON_COLUMN,
    ENTRY_COLUMN,
    ['Findings it covered', ({ findings }) => String(findings)],
];
const APPLIED_COLUMNS = [
    ID_COLUMN,
    REASON_COLUMN,
    ['Expires', ({ exception: e }) => (0,src/* escapeCell */.kq)(e.expires) || 'never'],
    ENTRY_COLUMN,
    ['Findings', ({ findings }) => String(findings)],
];
function exceptionSection(title, uses, columns) {
    if (uses.length === 0)
        return '';
    return `\n${(0,src/* heading */.iw)(title, 4)}${(0,src/* table */.tp)(columns.map(([header]) => header), uses.map((use) => columns.map(([, cell]) => cell(use))))}`;
}
function blockingRow(report, f) {
    const rule = report.rules.get(f.id);
    const versions = f.scanner === 'vuln' ? `${(0,src/* code */.aY)(f.installed)} → ${f.fixed ? (0,src/* code */.aY)(f.fixed) : 'no fix'}` : '';
    // Every cell is the report's text: code spans and escaped cells keep the table's shape.
    return [
        (0,src/* link */.nf)((0,src/* code */.aY)(f.id), webUrl(rule?.url)),
        (0,src/* escapeCell */.kq)(f.severity),
        f.pkgName ? (0,src/* code */.aY)(f.pkgName) : '',
        versions,
        (0,src/* escapeCell */.kq)(rule?.title ?? ''),
        (0,src/* code */.aY)(findingPath(report, f, '')) + (f.line > 0 ? `:${f.line}` : ''),
    ];
}
/** Only web links: a report's `javascript:` or `data:` URL is not made a link. */
function webUrl(url) {
    return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
/**
 * Blocking findings of a filesystem scan as annotations on the file that brings them (the lockfile
 * line of the package, the config block, the secret), one per file and line.
 */
function fileAnnotations(report, verdict, root, max = 50) {
    if (report.artifactType === 'container_image')
        return [];
    const byPlace = new Map();
    for (const finding of verdict.blocking) {
        if (finding.result.class === 'os-pkgs')
            continue;
        const key = `${findingPath(report, finding, root)}\0${finding.line}`;
        const list = byPlace.get(key);
        if (list)
            list.push(finding);
        else
            byPlace.set(key, [finding]);
    }
    const out = [];
    for (const [key, findings] of byPlace) {
        if (out.length >= max)
            break;
        const [file = '', line = '0'] = key.split('\0');
        const first = findings[0];
        const what = first.pkgName ? `${first.pkgName} ${first.installed}` : first.result.target;
        out.push({
            file,
            line: Number(line) || 1,
            title: `${findings.length} blocking finding(s) in ${what}`,
            message: findings
                .map((f) => {
                const fix = f.scanner === 'vuln' ? (f.fixed ? ` (fixed in ${f.fixed})` : ' (no fix yet)') : '';
                return `${f.severity} ${f.id}${fix}: ${report.rules.get(f.id)?.title ?? ''}`;
            })
                .join('\n'),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/trivy/src/scan-gate.ts
// scan-gate's whole job: one Trivy run (or an existing report), then the verdict, counts, SARIF,
// job summary and annotations all derived from that one report; optionally the SonarQube gate too.











/** One Trivy run (or an existing report), then everything derived from that one report. */
async function scanGate(request, ports) {
    const exceptions = await loadExceptions(request, ports.workspace, request.inputNames);
    const reportPath = request.scanType === 'report' ? await existingReport(request, ports) : await scan(request, ports);
    const names = request.inputNames;
    const report = request.scanType === 'report'
        ? await readReport(reportPath, `${(0,src/* shown */.SP)(request.target)} (${names.target})`, `Set \`${names.target}\` to the JSON report of an earlier 'trivy --format json' step (SchemaVersion 2).`)
        : await readReport(reportPath, `Trivy wrote (${reportPath})`, `See the Trivy log above, and check \`${request.trivyPath ? names.trivyPath : (names.trivyVersion ?? names.trivyPath)}\`, which chose this Trivy.`);
    const verdict = gateReport(report, request, request.scanners, exceptions, ports.clock);
    logVerdict(verdict, request.scanners, ports.log);
    const root = scannedRoot(request, report, ports.workspace);
    const sarifPath = await sarif(request, report, verdict, root, ports.workspace);
    const sonar = request.sonar
        ? await checkQualityGate(request.sonar, {
            log: ports.log,
            workspace: ports.workspace,
            clock: ports.clock,
        })
        : undefined;
    const c = verdict.counts;
    const result = {
        passed: verdict.passed && (sonar?.passed ?? true),
        verdict,
        report,
        counts: { critical: c.CRITICAL, high: c.HIGH, medium: c.MEDIUM, low: c.LOW, unknown: c.UNKNOWN },
        reportPath,
        sarifPath,
        annotations: request.scanType === 'image' ? [] : fileAnnotations(report, verdict, root),
        sonar,
        summary: renderSummary(report, verdict, {
            title: 'scan-gate',
            severities: request.severities,
            ignoreUnfixed: request.ignoreUnfixed,
        }) + (sonar ? renderQualityGateSummary(sonar) : ''),
        failure: '',
    };
    result.failure = result.passed ? '' : gateFailure(result);
    return result;
}
/** One line for the failed step, distinct from the `Could not …` of an error. */
function gateFailure(result) {
    const reasons = [blockingReason(result.verdict), result.sonar ? qualityGateFailure(result.sonar) : ''];
    return `Scan gate failed: ${reasons.filter(Boolean).join('; ')}`;
}
function logVerdict(verdict, scanners, log) {
    if (verdict.outOfScope > 0) {
        log.info(`${verdict.outOfScope} finding(s) from scanners other than ${scanners.join(', ')} are left out`);
    }
    for (const e of verdict.unmatched) {
        log.warning(`Exception ${(0,src/* shown */.SP)(e.id)} (${e.source} line ${e.line}) matches no finding; remove it if it is no longer needed`);
    }
    for (const { exception: e } of verdict.expired) {
        log.warning(`Exception ${(0,src/* shown */.SP)(e.id)} (${e.source} line ${e.line}) expired on ${e.expires}: ${(0,src/* shown */.SP)(e.reason)}`);
    }
}
async function existingReport(request, ports) {
    const file = external_node_path_default().resolve(ports.workspace, request.target);
    const names = request.inputNames;
    const { info, error } = await (0,promises_.stat)(file).then((info) => ({ info, error: undefined }), (error) => ({ info: undefined, error }));
    if (!info?.isFile()) {
        throw new src/* ActionError */.lZ('read the Trivy report', `${(0,src/* shown */.SP)(request.target)} (${names.target}) ${info ? 'is not a file' : fileProblem(error)}`, {
            hint: `With ${names.scanType}: report, ${names.target} is the JSON report written by an earlier 'trivy --format json' step.`,
        });
    }
    return file;
}
function scan(request, ports) {
    return scanOnce(request, {
        scanType: request.scanType === 'image' ? 'image' : 'fs',
        target: request.target,
        scanners: request.scanners,
        dir: external_node_path_default().join(ports.tempDir ?? (0,external_node_os_.tmpdir)(), 'scan-gate'),
    }, ports);
}
async function sarif(request, report, verdict, root, workspace) {
    if (!request.sarif)
        return '';
    const sarifPath = external_node_path_default().resolve(workspace, request.sarif);
    await (0,promises_.mkdir)(external_node_path_default().dirname(sarifPath), { recursive: true });
    await writeSarif(sarifPath, report, verdict, {
        toolVersion: request.scanType === 'report' ? '' : request.trivyVersion || DEFAULT_TRIVY_VERSION,
        root,
    });
    return sarifPath;
}
/** Folder the report's file targets are relative to, as a repository-relative path. */
function scannedRoot(request, report, workspace) {
    if (report.artifactType === 'container_image' || request.scanType === 'image')
        return '';
    const scanned = request.scanType === 'fs' ? request.target : report.artifactName;
    if (!scanned)
        return '';
    const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, scanned)).split((external_node_path_default()).sep).join('/');
    return relative.startsWith('..') ? '' : relative;
}

;// CONCATENATED MODULE: ./packages/trivy/src/index.ts













/***/ })

};
