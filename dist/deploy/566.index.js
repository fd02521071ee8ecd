export const id = 566;
export const ids = [566];
export const modules = {

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fu: () => (/* reexport */ BranchCommits),
  A5: () => (/* reexport */ BranchMoved),
  X5: () => (/* reexport */ BranchProtected),
  UU: () => (/* reexport */ createClient),
  reportDeployment: () => (/* reexport */ reportDeployment)
});

// UNUSED EXPORTS: DeploymentsClient, HeadMoved, RepoClient, STATUS_DESCRIPTION_LIMIT, gitBlobSha, githubMessage, graphqlProtectionRefusal, headlineAndBody, isHttpError, isProductionEnvironment, protectionRefusal, readBranchTip, statusDescription, toActionError

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
;// CONCATENATED MODULE: ./packages/github/src/errors.ts

/** The network failure behind an Octokit error, or undefined when GitHub answered. */
function unreachable(error) {
    const e = error;
    if (!isHttpError(error) || e.response !== undefined || e.status !== 500)
        return undefined;
    return { ...(0,src/* networkFailure */.rd)(error), host: e.request?.url ? (0,src/* hostOf */.w4)(e.request.url) : 'the GitHub API' };
}
/**
 * An answer that is not GitHub's JSON API: a proxy's HTML page, or text from something else at
 * GITHUB_API_URL. Octokit hands such a body over as a string, and reading fields of it failed as
 * "Cannot read properties of undefined"; it is refused here, by the host, before anything reads it.
 */
class NotGitHubJson extends Error {
    host;
    status;
    html;
    constructor(host, status, html) {
        super(`${host} answered ${status} with ${html ? 'an HTML page' : 'something other than JSON'}`);
        this.host = host;
        this.status = status;
        this.html = html;
        this.name = 'NotGitHubJson';
    }
}
function refuseNonJson(status, headers, data, url) {
    if (status === 204 || (typeof data === 'object' && data !== null))
        return;
    const type = String(headers['content-type'] ?? '');
    const html = /html/i.test(type) || (typeof data === 'string' && /^\s*</.test(data));
    throw new NotGitHubJson((0,src/* hostOf */.w4)(url), status, html);
}
/** Whether trying the same request again may succeed: a passing network fault, 5xx or 429. */
function isTransient(error) {
    const network = unreachable(error);
    if (network)
        return network.transient;
    // A proxy's page may pass (a gateway restarting); text from something else will not.
    if (error instanceof NotGitHubJson)
        return error.html;
    return isHttpError(error) && (error.status >= 500 || error.status === 429);
}
function networkError(operation, failure, attempts) {
    const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new src/* ActionError */.lZ(operation, `could not reach ${failure.host}: it ${failure.reason}${tried}`, {
        hint: `Check GITHUB_API_URL / GITHUB_SERVER_URL (they choose ${failure.host}; a GitHub Enterprise Server's API is <server>/api/v3), and the runner's DNS, proxy and firewall settings.`,
    });
}
function isHttpError(error, status) {
    const e = error;
    return typeof e?.status === 'number' && (status === undefined || e.status === status);
}
/** The first line of GitHub's `message`, without Octokit's ` - https://docs...` suffix. */
function githubMessage(error) {
    const data = error.response?.data;
    const detail = (data?.errors ?? [])
        .map((e) => (typeof e === 'string' ? e : (e.message ?? '')))
        .filter(Boolean)
        .join('; ');
    const base = data?.message ?? error.message;
    return detail ? `${base}: ${detail}` : base;
}
/**
 * Turns an Octokit failure into `Could not <operation>: <cause>` with the fix: a 403 names the
 * permission GitHub says is missing (`X-Accepted-GitHub-Permissions`), a 401 the caller's token
 * input (`tokenInput`).
 */
function toActionError(error, operation, tokenInput = 'token', attempts = 1) {
    if (error instanceof NotGitHubJson) {
        const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
        return new src/* ActionError */.lZ(operation, `${error.message} instead of GitHub's JSON API${tried}`, {
            hint: `Check GITHUB_API_URL / GITHUB_SERVER_URL (they choose ${error.host}; a GitHub Enterprise Server's API is <server>/api/v3), and any proxy in between.`,
        });
    }
    if (error instanceof src/* ActionError */.lZ || !isHttpError(error))
        return error;
    const network = unreachable(error);
    if (network)
        return networkError(operation, network, attempts);
    const message = (0,src/* shown */.SP)(githubMessage(error));
    const github = error.request?.url ? `GitHub at ${(0,src/* hostOf */.w4)(error.request.url)}` : 'GitHub';
    if (error.status === 401) {
        return new src/* ActionError */.lZ(operation, `${github} refused the token (401 ${message})`, {
            hint: `Check the ${tokenInput} input: it is expired, revoked, or for another GitHub server.`,
        });
    }
    if (error.status === 403 && !/rate limit/i.test(message)) {
        const accepted = String(error.response?.headers?.['x-accepted-github-permissions'] ?? '');
        const needed = accepted
            .split(/[;,]/)
            // GitHub names API permissions (pull_requests=write); a workflow's permissions key is pull-requests.
            .map((p) => p.trim().replace('=', ': ').replace(/_/g, '-'))
            .filter(Boolean)
            .join(' or ');
        return new src/* ActionError */.lZ(operation, `the token is not allowed to do this (403 ${message})`, {
            hint: needed
                ? `The token needs \`${needed}\`: add \`permissions: { ${needed} }\` to the job, or use a token that has it.`
                : 'The token lacks a permission for this repository; grant contents: write and pull-requests: write.',
        });
    }
    const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new src/* ActionError */.lZ(operation, `${github} answered ${error.status}: ${message}${tried}`, {
        hint: isTransient(error)
            ? 'GitHub is failing or limiting requests; run the job again later, or check https://www.githubstatus.com.'
            : undefined,
        cause: error,
    });
}
/** A failure in a retry's log line: the status, or the network code. */
function attemptFailure(error) {
    const e = error;
    return typeof e.status === 'number' ? `${e.status} ${e.message ?? ''}`.trim() : String(e.message ?? error);
}
/** The `errors` of a GraphQL answer Octokit threw as a GraphqlResponseError; undefined for any other failure. */
function graphqlErrors(error) {
    const errors = error.errors;
    if (error.name !== 'GraphqlResponseError' || !Array.isArray(errors))
        return undefined;
    return errors;
}

;// CONCATENATED MODULE: ./packages/github/src/octokit.ts
// Octokit as GitHub recommends running it in an action: `@actions/github` (proxy-aware, honours
// GITHUB_API_URL) plus the throttling plugin, so rate limits are waited out as GitHub asks. Other
// retries are RepoClient's, over the Clock: the retry plugin would also retry a name that does not
// resolve (Octokit reports any network failure as a 500), for 30 s, before saying "500".




/**
 * The throttling plugin spaces every write 1 s apart (3 s for notifying ones) by default, meant
 * for bulk writers. An action makes fewer than ten writes per run, so they are only serialized
 * here; GitHub's `retry-after` answers still pace the client when a limit is actually hit.
 */
function writeGroups() {
    return {
        write: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
    };
}
function createClient(opts) {
    const retries = opts.retries ?? 4;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        if (retryCount >= retries) {
            opts.log.warning(`GitHub ${kind} on ${options.method} ${options.url}: giving up after ${retryCount} retries`);
            return false;
        }
        opts.log.info(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return true;
    };
    const baseUrl = (opts.baseUrl || process.env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
    const octokit = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl,
        log: { debug: () => { }, info: () => { }, warn: (m) => opts.log.debug(m), error: () => { } },
        throttle: {
            ...writeGroups(),
            ...(opts.retryAfterBaseMs ? { retryAfterBaseValue: opts.retryAfterBaseMs } : {}),
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, dist_bundle/* throttling */.A);
    octokit.hook.wrap('request', async (request, options) => {
        // Octokit sets no time limit: a host that accepts and never answers would hold the step until
        // the job's timeout. Each attempt gets one; RepoClient retries a timeout with backoff.
        const limit = AbortSignal.timeout(opts.requestTimeoutMs ?? 30_000);
        const given = options.request?.signal;
        options.request = { ...options.request, signal: given ? AbortSignal.any([given, limit]) : limit };
        const response = await request(options);
        refuseNonJson(response.status, response.headers, response.data, response.url);
        return response;
    });
    return octokit;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/github/src/branch.ts
// What a writer through the Git Data API needs around a branch: its tip, read so that a missing
// branch is told from a missing repository, and the error for a ref update that lost a race.


/** The tip and its tree in one request; a missing branch is told from a missing repository. */
async function readBranchTip(client, branch, hints) {
    const tip = await client.branch(branch);
    if (tip)
        return tip;
    if (!(await client.repositoryExists())) {
        throw new ActionError(`read ${client.fullName}`, 'the repository does not exist or the token cannot see it', {
            hint: `Check the ${hints.repositoryInput} input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).`,
        });
    }
    const note = hints.branchNote ? `; ${hints.branchNote}.` : '.';
    throw new ActionError(`read branch ${branch}`, `${client.fullName} has no branch ${shown(branch)}`, {
        hint: `Check the ${hints.branchInput} input${note}`,
    });
}
/** A ref update refused because another writer moved the branch first; worth another attempt. */
class BranchMoved extends src/* ActionError */.lZ {
    constructor(branch, reason = 'the branch moved before the ref update (not a fast forward)') {
        super(`update ${branch}`, reason, { retryable: true });
    }
}
// GitHub answers these with 422 (409 is listed for the endpoint too); the words are what tell a rule
// from a lost race ("Update is not a fast forward", "Reference cannot be updated").
const PROTECTION = /Repository rule violations|protected branch|must be made through a pull request|required status check|approving review|approved review|review is required|Cannot force-push|verified signatures|merge queue|not authorized to push/i;
/** The refusal behind a failed ref update, when branch protection or a ruleset made it. */
function protectionRefusal(error) {
    if (!isHttpError(error, 422) && !isHttpError(error, 409))
        return undefined;
    const message = githubMessage(error);
    const data = error.response?.data;
    const docs = typeof data?.documentation_url === 'string' ? data.documentation_url : '';
    if (!PROTECTION.test(message) && !/protected-branches|rulesets/.test(docs))
        return undefined;
    const ruleset = /Repository rule violations/i.test(message);
    const lines = message
        .split('\n')
        .map((l) => l.replace(/^[-*]\s*/, '').trim())
        .filter(Boolean);
    const rule = (ruleset ? lines.slice(1) : lines).join(' ') || message.trim();
    return { ruleset, rule };
}
/**
 * A ref update refused by branch protection or a ruleset: final, since no retry changes a rule.
 * The hint offers a pull request without naming an input; a caller with a pull-request mode may
 * replace it with one naming its own.
 */
class BranchProtected extends src/* ActionError */.lZ {
    branch;
    refusal;
    constructor(branch, refusal, fullName, hint) {
        const what = refusal.ruleset ? 'a repository ruleset' : 'branch protection';
        super(`update ${branch}`, `GitHub refused to move ${(0,src/* shown */.SP)(branch)} of ${fullName}: ${what}: ${(0,src/* shown */.SP)(refusal.rule, { max: 300 })}`, {
            hint: hint ??
                `${(0,src/* shown */.SP)(branch)} is protected and this token may not update it: open a pull request instead, or allow the bot (the GitHub App or user behind the token) in the branch protection rule's or ruleset's bypass list. Retrying cannot help.`,
        });
        this.branch = branch;
        this.refusal = refusal;
        this.name = 'BranchProtected';
    }
}

;// CONCATENATED MODULE: ./packages/github/src/repo.ts
// The Git Data API and pull-request calls this project makes, each one request, typed by what the
// callers read. Failures become ActionErrors naming the step (see toActionError).




/**
 * GitHub refused a GraphQL merge operation (enqueue, auto-merge) because the pull request's head
 * is no longer `expected`: someone pushed to the branch after the caller read or wrote it.
 */
class HeadMoved extends Error {
    number;
    expected;
    githubMessage;
    constructor(number, expected, githubMessage) {
        super(`the head of #${number} is no longer ${expected.slice(0, 12)} (${githubMessage})`);
        this.number = number;
        this.expected = expected;
        this.githubMessage = githubMessage;
        this.name = 'HeadMoved';
    }
}
/** The SHA git (and GitHub) gives a blob with this content; lets callers skip no-op writes. */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
function toPull(p) {
    return {
        number: p.number,
        nodeId: p.node_id,
        url: p.html_url,
        state: p.state,
        title: p.title,
        body: p.body ?? '',
        draft: p.draft ?? false,
        headRef: p.head.ref,
        headSha: p.head.sha,
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
        reviewers: (p.requested_reviewers ?? []).map((u) => u.login),
        teams: (p.requested_teams ?? []).map((t) => t.slug),
        assignees: (p.assignees ?? []).map((u) => u.login),
        autoMerge: Boolean(p.auto_merge),
        merged: p.merged ?? Boolean(p.merged_at),
        mergeCommitSha: p.merge_commit_sha ?? null,
    };
}
class RepoClient {
    octokit;
    owner;
    repo;
    tokenInput;
    options;
    constructor(octokit, fullName, options = {}) {
        this.octokit = octokit;
        const [owner = '', repo = ''] = fullName.split('/');
        this.owner = owner;
        this.repo = repo;
        this.tokenInput = options.tokenInput ?? 'token';
        this.options = options;
    }
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
    /**
     * One request: retried with jittered backoff while the failure may pass (a reset, a timeout, a
     * 5xx, a 429), at once final otherwise (401, 403, 404, 422, a name that does not resolve).
     * `expected` turns the failures a caller reads as an answer (a 404, a 422) into a value.
     */
    async call(operation, fn, expected) {
        let attempts = 0;
        const { attempts: budget = 4, clock = src/* systemClock */.ml, random, log } = this.options;
        try {
            return await (0,src/* retry */.L5)(async (attempt) => {
                attempts = attempt;
                return fn();
            }, {
                attempts: budget,
                baseMs: 500,
                maxMs: 8000,
                clock,
                random,
                retryable: isTransient,
                onRetry: ({ attempt, delayMs, error }) => log?.info(`${operation}: attempt ${attempt} failed (${attemptFailure(error)}); retrying in ${delayMs} ms`),
            });
        }
        catch (error) {
            const answer = expected?.(error);
            if (answer)
                return answer.value;
            if (error instanceof src/* ActionError */.lZ)
                throw error;
            throw toActionError(error, operation, this.tokenInput, attempts);
        }
    }
    /** One request for the tip and its tree; undefined when the branch does not exist. */
    async branch(name) {
        return this.call(`read branch ${name} of ${this.fullName}`, async () => {
            const { data } = await this.octokit.rest.repos.getBranch({
                owner: this.owner,
                repo: this.repo,
                branch: name,
            });
            // An answer without them is not GitHub's (a proxy, another service at GITHUB_API_URL).
            const sha = data.commit?.sha;
            const tree = data.commit?.commit?.tree?.sha;
            if (typeof sha !== 'string' || typeof tree !== 'string')
                throw this.notGitHub(`branch ${name}`);
            return { name, sha, tree };
        }, answers(404, undefined));
    }
    notGitHub(what) {
        const base = String(this.octokit.request.endpoint.DEFAULTS.baseUrl ?? '');
        const host = base ? (0,src/* hostOf */.w4)(base) : 'the GitHub API';
        return new src/* ActionError */.lZ(`read ${what} of ${this.fullName}`, `${host} answered without the ${what}'s commit`, {
            hint: `Check GITHUB_API_URL / GITHUB_SERVER_URL (they choose ${host}; a GitHub Enterprise Server's API is <server>/api/v3), and any proxy in between.`,
        });
    }
    /** Tells a missing repository (or one the token cannot see) from a missing branch. */
    async repositoryExists() {
        return this.call(`read repository ${this.fullName}`, async () => {
            await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo });
            return true;
        }, answers(404, false));
    }
    content(path, ref) {
        return this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref });
    }
    async readFile(path, ref) {
        const read = async () => (await this.content(path, ref)).data;
        const data = await this.call(`read ${path} at ${ref.slice(0, 12)}`, read, answers(404, undefined));
        if (data === undefined)
            return undefined;
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
            throw new src/* ActionError */.lZ(`read ${path}`, `it is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`);
        }
        return { path, text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    }
    /**
     * The entry names of a folder at `ref`, [] when there is no such folder (or it is a file). The
     * root folder (`.`) is not listed (undefined): that would need another endpoint.
     */
    async listFolder(folder, ref) {
        const path = folder.replace(/\/+$/, '');
        if (path === '' || path === '.')
            return undefined;
        return this.call(`list ${path} at ${ref.slice(0, 12)}`, async () => {
            const { data } = await this.content(path, ref);
            return Array.isArray(data) ? data.map((entry) => entry.name).sort() : [];
        }, answers(404, []));
    }
    /** A tree on top of `baseTree` with the given files (GitHub writes the blobs) and a commit of it. */
    async commitFiles(input) {
        const tree = await this.call('create the tree', async () => {
            const { data } = await this.octokit.rest.git.createTree({
                owner: this.owner,
                repo: this.repo,
                base_tree: input.baseTree,
                tree: Object.entries(input.files).map(([path, content]) => ({
                    path,
                    mode: '100644',
                    type: 'blob',
                    content,
                })),
            });
            return data.sha;
        });
        return this.call('create the commit', async () => {
            const { data } = await this.octokit.rest.git.createCommit({
                owner: this.owner,
                repo: this.repo,
                message: input.message,
                tree,
                parents: [input.parent],
                ...(input.author ? { author: input.author } : {}),
            });
            return data.sha;
        });
    }
    /**
     * Creates `refs/heads/<branch>`; false when it already exists (a retried or racing create). A
     * ruleset restricting creation is a BranchProtected error.
     */
    async createBranch(branch, sha) {
        return this.call(`create branch ${branch}`, async () => {
            await this.octokit.rest.git.createRef({
                owner: this.owner,
                repo: this.repo,
                ref: `refs/heads/${branch}`,
                sha,
            });
            return true;
        }, this.unlessProtected(branch, answers(422, false)));
    }
    /** Deletes a branch this run created, so a failure after it leaves nothing half-done. */
    async deleteBranch(branch) {
        await this.call(`delete branch ${branch}`, async () => {
            await this.octokit.rest.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
        }, answers(422, undefined));
    }
    /**
     * Moves a branch; with force false a moved branch gives false (422 "not a fast forward"). Branch
     * protection or a ruleset refusing it is a BranchProtected error, never false: another attempt
     * would only be refused again.
     */
    async moveBranch(branch, sha, force) {
        return this.call(`move branch ${branch}`, async () => {
            await this.octokit.rest.git.updateRef({
                owner: this.owner,
                repo: this.repo,
                ref: `heads/${branch}`,
                sha,
                force,
            });
            return true;
        }, this.unlessProtected(branch, answers(422, false)));
    }
    unlessProtected(branch, otherwise) {
        return (error) => {
            const refusal = protectionRefusal(error);
            if (refusal)
                throw new BranchProtected(branch, refusal, this.fullName);
            return otherwise(error);
        };
    }
    async compare(base, head) {
        return this.call(`compare ${head} with ${base}`, async () => {
            const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
                owner: this.owner,
                repo: this.repo,
                basehead: `${base}...${head}`,
            });
            return {
                aheadBy: data.ahead_by,
                behindBy: data.behind_by,
                commits: data.commits.map((c) => ({
                    sha: c.sha,
                    message: c.commit.message,
                    author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
                })),
            };
        });
    }
    /**
     * The newest commits reachable from `ref` that changed `path`, newest first, at most `perPage`
     * (one request: callers that walk history keep it bounded).
     */
    async listCommits(ref, path, perPage) {
        return this.call(`list the commits of ${path} on ${ref}`, async () => {
            const { data } = await this.octokit.rest.repos.listCommits({
                owner: this.owner,
                repo: this.repo,
                sha: ref,
                path,
                per_page: perPage,
            });
            return data.map((c) => ({
                sha: c.sha,
                message: c.commit.message,
                date: c.commit.committer?.date ?? c.commit.author?.date ?? '',
            }));
        });
    }
    async findOpenPull(head, base) {
        return this.call('list pull requests', async () => {
            const { data } = await this.octokit.rest.pulls.list({
                owner: this.owner,
                repo: this.repo,
                head: `${this.owner}:${head}`,
                base,
                state: 'open',
            });
            const first = data[0];
            return first ? toPull(first) : undefined;
        });
    }
    /** Creates the PR; if one appeared meanwhile (a retried request, a parallel job) returns that one. */
    async createPull(input) {
        const operation = `open the pull request from ${input.head} to ${input.base}`;
        const created = await this.call(operation, async () => {
            const { data } = await this.octokit.rest.pulls.create({
                owner: this.owner,
                repo: this.repo,
                ...input,
            });
            return { pull: toPull(data), error: undefined };
        }, (error) => (alreadyExists(error) ? { value: { pull: undefined, error } } : undefined));
        if (created.pull)
            return { pull: created.pull, created: true };
        const existing = await this.findOpenPull(input.head, input.base);
        if (existing)
            return { pull: existing, created: false };
        throw toActionError(created.error, operation, this.tokenInput);
    }
    async updatePull(number, fields) {
        return this.call(`update pull request #${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.update({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                ...fields,
            });
            return toPull(data);
        });
    }
    /** Pull requests are issues to the labels, assignees and comments endpoints. */
    issue(number) {
        return { owner: this.owner, repo: this.repo, issue_number: number };
    }
    async comment(number, body) {
        await this.call(`comment on #${number}`, () => this.octokit.rest.issues.createComment({ ...this.issue(number), body }));
    }
    async addLabels(number, labels) {
        await this.call(`label #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.issue(number), labels }));
    }
    /** Throws the raw 422 for non-collaborators so the caller can warn and keep the PR. */
    async requestReviewers(number, reviewers, teams) {
        await this.call(`request reviews on #${number}`, async () => {
            await this.octokit.rest.pulls.requestReviewers({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                ...(reviewers.length > 0 ? { reviewers } : {}),
                ...(teams.length > 0 ? { team_reviewers: teams } : {}),
            });
        }, (error) => {
            // The caller warns and keeps the pull request; it reads GitHub's own 422.
            if (error.status === 422)
                throw error;
            return undefined;
        });
    }
    async addAssignees(number, assignees) {
        await this.call(`assign #${number}`, () => this.octokit.rest.issues.addAssignees({ ...this.issue(number), assignees }));
    }
    /** One request for the pull request as GitHub holds it now. */
    async pull(number) {
        return this.call(`read pull request #${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.get({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
            });
            return toPull(data);
        });
    }
    /**
     * Merges the pull request only if its head is still `sha` (GitHub compares it and answers 409
     * otherwise), so a commit pushed after the caller looked is never merged unseen.
     */
    /** `body`, when given, is the merge or squash commit's message below its title (a rebase keeps each commit's). */
    async mergePull(number, sha, method, body) {
        const answer = await this.call(`merge pull request #${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.merge({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                sha,
                merge_method: method,
                ...(body && method !== 'rebase' ? { commit_message: body } : {}),
            });
            return { kind: 'merged', sha: data.sha };
        }, (error) => {
            if (isHttpError(error, 409))
                return { value: { kind: 'head-moved', message: githubMessage(error) } };
            if (!isHttpError(error, 405))
                return undefined;
            const message = githubMessage(error);
            return { value: { kind: 'refused', message, mergeQueue: /merge queue/i.test(message) } };
        });
        if (answer.kind !== 'refused')
            return answer;
        // A retried merge whose first answer was lost finds the pull request merged already.
        const now = await this.pull(number);
        if (now.merged && now.headSha === sha && now.mergeCommitSha)
            return { kind: 'merged', sha: now.mergeCommitSha };
        return answer;
    }
    /** Adds the pull request to the base branch's merge queue, only while its head is `expectedHead`. */
    async enqueuePull(pull, expectedHead) {
        return this.graphqlAt(pull, expectedHead, `add #${pull.number} to the merge queue`, async () => {
            const result = await this.octokit.graphql(`mutation($pullRequestId: ID!, $expectedHeadOid: GitObjectID!) {
  enqueuePullRequest(input: { pullRequestId: $pullRequestId, expectedHeadOid: $expectedHeadOid }) {
    mergeQueueEntry { position state }
  }
}`, { pullRequestId: pull.nodeId, expectedHeadOid: expectedHead });
            const entry = result.enqueuePullRequest?.mergeQueueEntry;
            return { position: entry?.position ?? 0, state: entry?.state ?? 'QUEUED' };
        });
    }
    /**
     * Auto-merge of the head the caller saw (`expectedHead`): GitHub refuses it when the branch has
     * moved since, so what merges later is what was pushed and reviewed. With a merge queue GitHub
     * ignores the method and queues the pull request once it is ready.
     */
    async enableAutoMerge(pull, method, expectedHead = pull.headSha, body) {
        await this.graphqlAt(pull, expectedHead, `enable auto-merge on #${pull.number}`, async () => {
            // commitBody only when there is one: GitHub's default message is the repository's setting.
            const withBody = body && method !== 'rebase';
            await this.octokit.graphql(`mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID!${withBody ? ', $commitBody: String!' : ''}) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid${withBody ? ', commitBody: $commitBody' : ''} }) {
    pullRequest { number }
  }
}`, {
                pullRequestId: pull.nodeId,
                mergeMethod: method.toUpperCase(),
                expectedHeadOid: expectedHead,
                ...(withBody ? { commitBody: body } : {}),
            });
        });
    }
    /** A GraphQL merge operation at an expected head; GitHub's refusal of a moved head is HeadMoved. */
    async graphqlAt(pull, expectedHead, operation, fn) {
        try {
            return await this.call(operation, fn);
        }
        catch (error) {
            const messages = graphqlMessages(error);
            const moved = messages.find((m) => /head branch was modified|expected head/i.test(m));
            if (moved !== undefined)
                throw new HeadMoved(pull.number, expectedHead, moved);
            if (messages.length > 0) {
                throw new src/* ActionError */.lZ(operation, `GitHub answered: ${(0,src/* shown */.SP)(messages.join('; '))}`, { cause: error });
            }
            throw error;
        }
    }
}
/** The messages of a GraphQL answer's `errors[]` (@octokit/graphql's GraphqlResponseError). */
function graphqlMessages(error) {
    return (graphqlErrors(error) ?? [])
        .map((e) => e.message)
        .filter((m) => typeof m === 'string' && m !== '');
}
/** A status the caller reads as an answer, not a failure. */
function answers(status, value) {
    return (error) => (isHttpError(error, status) ? { value } : undefined);
}
function alreadyExists(error) {
    const data = error.response?.data ?? '';
    return isHttpError(error, 422) && /already exists/i.test(JSON.stringify(data));
}

;// CONCATENATED MODULE: ./packages/github/src/commit-on-branch.ts
// Commits through GitHub's GraphQL API in two requests: one query reads a branch's head and every
// target file's text at it, one `createCommitOnBranch` mutation commits the new contents only if
// the branch still points at that head (`expectedHeadOid`, a compare-and-swap). GitHub makes the
// commit as the token's identity and signs it (Verified); it takes no author.
// GitHub's answers, as recorded against github.com by the mutation's users (see the local GitHub's
// github-graphql-commits.ts for the sources): a moved head is HTTP 200 with errors[].type
// STALE_DATA; classic branch protection is BRANCH_PROTECTION_RULE_VIOLATION ("protected branch
// '<b>' check failed:" and the rule); a ruleset names "Repository rule violations found"; a token
// without contents: write is FORBIDDEN. Blob.text is null for a binary blob and cut at 512,000
// bytes (isTruncated): such a file is read through the contents API instead.




const READ_LIMIT = 100;
/** The query for the head and `count` files, aliased f0…fN. */
function readQuery(count) {
    const vars = Array.from({ length: count }, (_, i) => `, $p${i}: String!`).join('');
    const files = Array.from({ length: count }, (_, i) => `f${i}: file(path: $p${i}) { type oid object { ... on Blob { text isBinary isTruncated } } }`).join('\n          ');
    return `query($owner: String!, $name: String!, $ref: String!${vars}) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          ${files}
        }
      }
    }
  }
}`;
}
const COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
const LIST_QUERY = `query($owner: String!, $name: String!, $oid: GitObjectID!, $path: String!) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) {
      ... on Commit {
        file(path: $path) { object { ... on Tree { entries { name } } } }
      }
    }
  }
}`;
/** GitHub's headline and body: the first line, then the rest without the blank line between. */
function headlineAndBody(message) {
    const newline = message.indexOf('\n');
    if (newline < 0)
        return { headline: message };
    const body = message.slice(newline + 1).replace(/^\n+/, '');
    return body ? { headline: message.slice(0, newline), body } : { headline: message.slice(0, newline) };
}
/** The errors GitHub put beside `data` (Octokit's GraphqlResponseError), or undefined. */
const commit_on_branch_PROTECTION = /Repository rule violations|protected branch|must be made through a pull request|required status check|approving review|verified signatures|merge queue/i;
/** The refusal behind a GraphQL error, when branch protection or a ruleset made it. */
function graphqlProtectionRefusal(error) {
    if (error.type !== 'BRANCH_PROTECTION_RULE_VIOLATION' && !commit_on_branch_PROTECTION.test(error.message))
        return undefined;
    const ruleset = /Repository rule violations/i.test(error.message);
    const lines = error.message
        .split('\n')
        .map((l) => l.replace(/^[-*]\s*/, '').trim())
        .filter(Boolean)
        .filter((l) => !/^Repository rule violations found|^protected branch .* check failed:?$/i.test(l));
    return { ruleset, rule: lines.join(' ') || error.message.trim() };
}
class BranchCommits {
    octokit;
    options;
    owner;
    repo;
    rest;
    constructor(octokit, fullName, options = {}) {
        this.octokit = octokit;
        this.options = options;
        const [owner = '', repo = ''] = fullName.split('/');
        this.owner = owner;
        this.repo = repo;
        this.rest = new RepoClient(octokit, fullName, options);
    }
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
    /** One request, retried while the failure may pass; GraphQL's typed errors are the caller's. */
    async call(operation, query, variables) {
        let attempts = 0;
        const { attempts: budget = 4, clock = src/* systemClock */.ml, random, log } = this.options;
        try {
            return await (0,src/* retry */.L5)(async (attempt) => {
                attempts = attempt;
                return this.octokit.graphql(query, variables);
            }, {
                attempts: budget,
                baseMs: 500,
                maxMs: 8000,
                clock,
                random,
                retryable: isTransient,
                onRetry: ({ attempt, delayMs, error }) => log?.info(`${operation}: attempt ${attempt} failed (${attemptFailure(error)}); retrying in ${delayMs} ms`),
            });
        }
        catch (error) {
            if (graphqlErrors(error))
                throw error;
            throw toActionError(error, operation, this.options.tokenInput ?? 'token', attempts);
        }
    }
    /**
     * The branch's head and each path's text at it, in one request (up to 100 paths). A missing
     * repository or branch fails as readBranchTip says it; a missing path is undefined.
     */
    async readBranch(branch, paths, hints) {
        if (paths.length > READ_LIMIT) {
            throw new src/* ActionError */.lZ(`read ${this.fullName}`, `at most ${READ_LIMIT} files can be read at once`);
        }
        const variables = {
            owner: this.owner,
            name: this.repo,
            ref: `refs/heads/${branch}`,
            ...Object.fromEntries(paths.map((p, i) => [`p${i}`, p])),
        };
        const data = await this.call(`read branch ${branch} of ${this.fullName}`, readQuery(paths.length), variables).catch((error) => {
            const errors = graphqlErrors(error);
            if (errors?.some((e) => e.type === 'NOT_FOUND' && e.path?.[0] === 'repository'))
                return { repository: null };
            throw this.failure(`read branch ${branch} of ${this.fullName}`, error);
        });
        if (!data.repository)
            throw missingRepository(this.fullName, hints);
        const target = data.repository.ref?.target;
        if (!data.repository.ref)
            throw missingBranch(this.fullName, branch, hints);
        const head = target?.['oid'];
        if (typeof head !== 'string') {
            throw new src/* ActionError */.lZ(`read branch ${branch}`, `${(0,src/* shown */.SP)(branch)} of ${this.fullName} does not point at a commit`);
        }
        const files = await Promise.all(paths.map((path, i) => this.fileAt(path, head, target?.[`f${i}`])));
        return { branch, head, files };
    }
    /** A file from the query's answer; a blob GraphQL gives no whole text for is read over REST. */
    async fileAt(path, head, entry) {
        if (!entry)
            return undefined;
        if (entry.type !== 'blob') {
            throw new src/* ActionError */.lZ(`read ${path}`, `it is a ${entry.type === 'tree' ? 'directory' : entry.type}, not a file`);
        }
        const blob = entry.object ?? {};
        if (blob.isBinary === true)
            throw new src/* ActionError */.lZ(`read ${(0,src/* shown */.SP)(path)}`, 'it is a binary file, not text');
        if (typeof blob.text === 'string' && blob.isTruncated === false && gitBlobSha(blob.text) === entry.oid) {
            return { path, text: blob.text, sha: entry.oid };
        }
        // Cut at 512,000 bytes: the contents API gives the blob up to 1 MB. Past that it answers an
        // empty content, and text that is not UTF-8 decodes changed: editing either would rewrite the
        // file, so the text must hash to the blob GitHub holds.
        const read = await this.rest.readFile(path, head);
        if (read && gitBlobSha(read.text) !== entry.oid) {
            throw new src/* ActionError */.lZ(`read ${(0,src/* shown */.SP)(path)}`, 'the file is over 1 MB or not UTF-8 text, which the API transport cannot edit faithfully', { hint: 'Use transport: git for this file.' });
        }
        return read;
    }
    /**
     * The entry names of a folder at `head` (the root included), [] when it is a file or absent.
     * Only asked after a target is missing, to name what is there instead.
     */
    async listFolder(folder, head) {
        const path = folder.replace(/\/+$/, '');
        if (path === '' || path === '.')
            return undefined;
        const data = await this.call(`list ${path} at ${head.slice(0, 12)}`, LIST_QUERY, {
            owner: this.owner,
            name: this.repo,
            oid: head,
            path,
        }).catch((error) => {
            throw this.failure(`list ${path}`, error);
        });
        const entries = data.repository?.object?.file?.object?.entries;
        return entries ? entries.map((e) => e.name).sort() : [];
    }
    /**
     * Commits `files` on top of `expectedHead` and moves the branch to it, in one request. A branch
     * that moved meanwhile is BranchMoved (retry on the new head); branch protection or a ruleset is
     * BranchProtected (final).
     */
    async commit(input) {
        const operation = `commit to ${input.branch} of ${this.fullName}`;
        const data = await this.call(operation, COMMIT_MUTATION, {
            input: {
                branch: { repositoryNameWithOwner: this.fullName, branchName: input.branch },
                expectedHeadOid: input.expectedHead,
                message: headlineAndBody(input.message),
                fileChanges: {
                    additions: Object.entries(input.files).map(([path, text]) => ({
                        path,
                        contents: Buffer.from(text, 'utf8').toString('base64'),
                    })),
                },
            },
        }).catch((error) => {
            throw this.commitFailure(input.branch, operation, error);
        });
        const oid = data.createCommitOnBranch?.commit?.oid;
        if (!oid)
            throw new src/* ActionError */.lZ(operation, 'GitHub answered without the new commit');
        return oid;
    }
    commitFailure(branch, operation, error) {
        const errors = graphqlErrors(error) ?? [];
        if (errors.some((e) => e.type === 'STALE_DATA')) {
            return new BranchMoved(branch, 'the branch moved after it was read (GitHub: STALE_DATA)');
        }
        for (const e of errors) {
            const refusal = graphqlProtectionRefusal(e);
            if (refusal)
                return new BranchProtected(branch, refusal, this.fullName);
        }
        return this.failure(operation, error);
    }
    /** A GraphQL error as `Could not <operation>` with the fix GitHub's type points to. */
    failure(operation, error) {
        const errors = graphqlErrors(error);
        if (!errors)
            return error;
        const said = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ');
        const forbidden = errors.find((e) => e.type === 'FORBIDDEN');
        if (forbidden) {
            return new src/* ActionError */.lZ(operation, `the token is not allowed to do this (FORBIDDEN ${(0,src/* shown */.SP)(forbidden.message)})`, {
                hint: 'The token needs `contents: write`: add `permissions: { contents: write }` to the job, or use a token that has it.',
            });
        }
        if (errors.some((e) => !e.type && /createCommitOnBranch|doesn't exist on type/.test(e.message))) {
            return new src/* ActionError */.lZ(operation, `GitHub does not offer createCommitOnBranch (${(0,src/* shown */.SP)(said, { max: 300 })})`, {
                hint: 'An older GitHub Enterprise Server lacks this mutation: use the git transport instead.',
            });
        }
        return new src/* ActionError */.lZ(operation, `GitHub answered ${(0,src/* shown */.SP)(said, { max: 300 })}`);
    }
}
function missingRepository(fullName, hints) {
    return new src/* ActionError */.lZ(`read ${fullName}`, 'the repository does not exist or the token cannot see it', {
        hint: `Check the ${hints.repositoryInput} input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).`,
    });
}
function missingBranch(fullName, branch, hints) {
    const note = hints.branchNote ? `; ${hints.branchNote}.` : '.';
    return new src/* ActionError */.lZ(`read branch ${branch}`, `${fullName} has no branch ${(0,src/* shown */.SP)(branch)}`, {
        hint: `Check the ${hints.branchInput} input${note}`,
    });
}

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts
// GitHub Deployments: the deployment of a commit to an environment and the statuses it moves
// through, so GitHub's environment pages show what is running where. Each call is one request,
// retried like RepoClient's while the failure may pass, and an ActionError naming the step after.


/** GitHub's limit on a status description. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** `prod` and `production` are production environments; GitHub's own default only knows the second. */
const isProductionEnvironment = (name) => /^prod(uction)?$/i.test(name);
/** One line of at most 140 characters, as GitHub takes a status description. */
function statusDescription(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    const chars = [...line];
    return chars.length <= STATUS_DESCRIPTION_LIMIT
        ? line
        : `${chars.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}
/** How many earlier deployments of the environment are looked at when marking them inactive. */
const EARLIER_LOOKED_AT = 10;
class DeploymentsClient {
    octokit;
    fullName;
    options;
    owner;
    repo;
    constructor(octokit, fullName, options = {}) {
        this.octokit = octokit;
        this.fullName = fullName;
        this.options = options;
        [this.owner = '', this.repo = ''] = fullName.split('/');
    }
    async create(request) {
        const operation = `create a deployment of ${this.fullName} to ${request.environment}`;
        const data = await this.call(operation, async () => {
            const answer = await this.octokit.rest.repos.createDeployment({
                owner: this.owner,
                repo: this.repo,
                ref: request.ref,
                environment: request.environment,
                description: request.description,
                payload: request.payload,
                // The commit is deployed as it is: no merge of the default branch into it, and no wait for
                // its commit statuses, which the workflow already passed to get here.
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
                production_environment: request.production,
            });
            return answer.data;
        });
        // 202 is GitHub merging the default branch first, which auto_merge: false never asks for.
        if (!('id' in data)) {
            throw new src/* ActionError */.lZ(operation, `GitHub did not create it: ${data.message ?? 'no deployment id'}`);
        }
        return { id: data.id, url: data.url, environment: data.environment, production: request.production };
    }
    /** A new status; `success` makes earlier successful deployments of the environment inactive. */
    async setStatus(deployment, update) {
        await this.call(`set deployment ${deployment.id} to ${update.state}`, () => this.octokit.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: deployment.id,
            state: update.state,
            ...(update.description ? { description: statusDescription(update.description) } : {}),
            ...(update.logUrl ? { log_url: update.logUrl } : {}),
            ...(update.environmentUrl ? { environment_url: update.environmentUrl } : {}),
            ...(update.state === 'success' ? { auto_inactive: true } : {}),
        }));
    }
    /**
     * GitHub's auto_inactive skips production environments, whose earlier deployments would all stay
     * active: those whose last status is `success` are marked `inactive` here. The ten most recent
     * are looked at, down to the first already inactive (older ones were handled when it was).
     */
    async inactivateEarlier(deployment, logUrl) {
        const { data } = await this.call(`list the deployments of ${deployment.environment}`, () => this.octokit.rest.repos.listDeployments({
            owner: this.owner,
            repo: this.repo,
            environment: deployment.environment,
            per_page: EARLIER_LOOKED_AT + 1,
        }));
        const marked = [];
        for (const earlier of data.filter((d) => d.id !== deployment.id && d.id < deployment.id)) {
            const state = await this.lastState(earlier.id);
            if (state === 'inactive')
                break;
            if (state !== 'success')
                continue;
            await this.setStatus({ ...deployment, id: earlier.id }, { state: 'inactive', logUrl });
            marked.push(earlier.id);
        }
        return marked;
    }
    async lastState(id) {
        const { data } = await this.call(`read the statuses of deployment ${id}`, () => this.octokit.rest.repos.listDeploymentStatuses({
            owner: this.owner,
            repo: this.repo,
            deployment_id: id,
            per_page: 1,
        }));
        return data[0]?.state;
    }
    async call(operation, fn) {
        let attempts = 0;
        const { attempts: budget = 3, clock = src/* systemClock */.ml, random, log } = this.options;
        try {
            return await (0,src/* retry */.L5)((attempt) => {
                attempts = attempt;
                return fn();
            }, {
                attempts: budget,
                baseMs: 500,
                maxMs: 4000,
                clock,
                random,
                retryable: isTransient,
                onRetry: ({ attempt, delayMs }) => log?.info(`${operation}: attempt ${attempt} failed; retrying in ${delayMs} ms`),
            });
        }
        catch (error) {
            throw toActionError(error, operation, this.options.tokenInput ?? 'token', attempts);
        }
    }
}

;// CONCATENATED MODULE: ./packages/github/src/deployment-report.ts
// A piece of work (a wait for Argo CD) reported as a GitHub Deployment: created and `in_progress`
// while the work runs, then `success` or `failure` by its outcome. Reporting is a side channel: a
// failure to report warns, naming the permission to add, and never changes the work's result.




/** The work, reported: the deployment is created beside it, so GitHub never delays the work. */
async function reportDeployment(request, ports, work, verdict) {
    const reporter = new Reporter({ ...request, production: request.production ?? isProductionEnvironment(request.environment) }, ports);
    const started = reporter.start();
    let result;
    try {
        result = await work();
    }
    catch (error) {
        await reporter.finish(await started, 'error', (0,src/* errorMessage */.gJ)(error));
        throw error;
    }
    const { ok, description } = verdict(result);
    const deployment = await reporter.finish(await started, ok ? 'success' : 'failure', description);
    return { result, deployment };
}
class Reporter {
    request;
    ports;
    client;
    constructor(request, ports) {
        this.request = request;
        this.ports = ports;
        const { log, clock = src/* systemClock */.ml, random } = ports;
        const octokit = createClient({
            token: request.token,
            baseUrl: request.apiUrl,
            log,
            requestTimeoutMs: ports.requestTimeoutMs ?? 10_000,
        });
        this.client = new DeploymentsClient(octokit, request.repository, {
            tokenInput: request.tokenInput,
            clock,
            random,
            log,
        });
    }
    /** The deployment, `in_progress`; undefined (after a warning) when GitHub refused it. */
    async start() {
        const { request } = this;
        let deployment;
        try {
            deployment = await this.client.create(request);
        }
        catch (error) {
            this.warn('not created', error);
            return undefined;
        }
        const report = { ...deployment, state: 'created' };
        this.ports.log.info(`GitHub Deployment ${deployment.id} of ${request.repository} at ${(0,src/* shown */.SP)(request.ref)} to ${(0,src/* shown */.SP)(request.environment)}`);
        await this.status(deployment, report, 'in_progress', request.progress);
        return report;
    }
    async finish(report, state, description) {
        if (!report)
            return undefined;
        const deployment = { ...report, production: this.request.production };
        if (!(await this.status(deployment, report, state, description)))
            return report;
        if (state === 'success' && this.request.production) {
            try {
                await this.client.inactivateEarlier(deployment, this.request.logUrl);
            }
            catch (error) {
                this.warn('earlier deployments not marked inactive', error);
            }
        }
        return report;
    }
    async status(deployment, report, state, description) {
        const { logUrl, environmentUrl } = this.request;
        try {
            await this.client.setStatus(deployment, { state, description, logUrl, environmentUrl });
        }
        catch (error) {
            this.warn(`status ${state} not set`, error);
            return false;
        }
        report.state = state;
        this.ports.log.info(`GitHub Deployment ${deployment.id}: ${state}`);
        return true;
    }
    warn(what, error) {
        const { request } = this;
        const cause = (0,src/* errorMessage */.gJ)(error);
        const { operation, hint } = error;
        // A GITHUB_TOKEN without the permission answers 403; one for another repository, 404.
        const access = isHttpError(error) || /\((401|403) |answered 404:/.test(cause)
            ? ` The token in \`${request.tokenInput}\` needs \`deployments: write\` on ${request.repository}: add \`permissions: { deployments: write }\` to the job (or pass a token that has it).`
            : hint
                ? ` ${hint}`
                : '';
        this.ports.log.warning(`GitHub Deployment to ${(0,src/* shown */.SP)(request.environment)} ${what}: ${operation ? `could not ${operation}: ` : ''}${cause}.${access} The wait's result is unchanged.`);
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts









/***/ })

};
