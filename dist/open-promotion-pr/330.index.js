export const id = 330;
export const ids = [330,624];
export const modules = {

/***/ 9624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A5: () => (/* reexport */ BranchMoved),
  RepoClient: () => (/* reexport */ RepoClient),
  createClient: () => (/* reexport */ createClient),
  hg: () => (/* reexport */ githubMessage),
  d: () => (/* reexport */ isHttpError),
  uN: () => (/* reexport */ readBranchTip)
});

// UNUSED EXPORTS: gitBlobSha, toActionError

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/github/src/octokit.ts
// Octokit as GitHub recommends running it in an action: `@actions/github` (proxy-aware, honours
// GITHUB_API_URL) plus the retry and throttling plugins, so 5xx answers, 429s and secondary rate
// limits are waited out instead of failing the job.




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
    return (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl,
        log: { debug: () => { }, info: () => { }, warn: (m) => opts.log.debug(m), error: () => { } },
        retry: { retries, ...(opts.retryAfterBaseMs ? { retryAfterBaseValue: opts.retryAfterBaseMs } : {}) },
        throttle: {
            ...writeGroups(),
            ...(opts.retryAfterBaseMs ? { retryAfterBaseValue: opts.retryAfterBaseMs } : {}),
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __webpack_require__(3015);
;// CONCATENATED MODULE: ./packages/github/src/errors.ts

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
function toActionError(error, operation, tokenInput = 'token') {
    if (error instanceof src/* ActionError */.lZ || !isHttpError(error))
        return error;
    const message = githubMessage(error);
    if (error.status === 401) {
        return new src/* ActionError */.lZ(operation, `GitHub refused the token (401 ${message})`, {
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
    const retryable = error.status >= 500 || error.status === 429;
    return new src/* ActionError */.lZ(operation, `GitHub answered ${error.status}: ${message}`, {
        retryable,
        cause: error,
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/github/src/repo.ts
// The Git Data API and pull-request calls this project makes, each one request, typed by what the
// callers read. Failures become ActionErrors naming the step (see toActionError).



/** The SHA git (and GitHub) gives a blob with this content; lets callers skip no-op writes. */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
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
    };
}
class RepoClient {
    octokit;
    owner;
    repo;
    tokenInput;
    constructor(octokit, fullName, options = {}) {
        this.octokit = octokit;
        const [owner = '', repo = ''] = fullName.split('/');
        this.owner = owner;
        this.repo = repo;
        this.tokenInput = options.tokenInput ?? 'token';
    }
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
    failure(error, operation) {
        return toActionError(error, operation, this.tokenInput);
    }
    async call(operation, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw this.failure(error, operation);
        }
    }
    /** One request for the tip and its tree; undefined when the branch does not exist. */
    async branch(name) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({
                owner: this.owner,
                repo: this.repo,
                branch: name,
            });
            return { name, sha: data.commit.sha, tree: data.commit.commit.tree.sha };
        }
        catch (error) {
            if (isHttpError(error, 404))
                return undefined;
            throw this.failure(error, `read branch ${name} of ${this.fullName}`);
        }
    }
    /** Tells a missing repository (or one the token cannot see) from a missing branch. */
    async repositoryExists() {
        try {
            await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo });
            return true;
        }
        catch (error) {
            if (isHttpError(error, 404))
                return false;
            throw this.failure(error, `read repository ${this.fullName}`);
        }
    }
    content(path, ref) {
        return this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref });
    }
    async readFile(path, ref) {
        try {
            const { data } = await this.content(path, ref);
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
                throw new src/* ActionError */.lZ(`read ${path}`, `it is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`);
            }
            return { path, text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
        }
        catch (error) {
            if (isHttpError(error, 404))
                return undefined;
            throw this.failure(error, `read ${path} at ${ref.slice(0, 12)}`);
        }
    }
    /**
     * The entry names of a folder at `ref`, [] when there is no such folder (or it is a file). The
     * root folder (`.`) is not listed (undefined): that would need another endpoint.
     */
    async listFolder(folder, ref) {
        const path = folder.replace(/\/+$/, '');
        if (path === '' || path === '.')
            return undefined;
        try {
            const { data } = await this.content(path, ref);
            return Array.isArray(data) ? data.map((entry) => entry.name).sort() : [];
        }
        catch (error) {
            if (isHttpError(error, 404))
                return [];
            throw this.failure(error, `list ${path} at ${ref.slice(0, 12)}`);
        }
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
    /** Creates `refs/heads/<branch>`; false when it already exists (a retried or racing create). */
    async createBranch(branch, sha) {
        try {
            await this.octokit.rest.git.createRef({
                owner: this.owner,
                repo: this.repo,
                ref: `refs/heads/${branch}`,
                sha,
            });
            return true;
        }
        catch (error) {
            if (isHttpError(error, 422))
                return false;
            throw this.failure(error, `create branch ${branch}`);
        }
    }
    /** Deletes a branch this run created, so a failure after it leaves nothing half-done. */
    async deleteBranch(branch) {
        try {
            await this.octokit.rest.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
        }
        catch (error) {
            if (isHttpError(error, 422))
                return;
            throw this.failure(error, `delete branch ${branch}`);
        }
    }
    /** Moves a branch; with force false a moved branch gives false (422 "not a fast forward"). */
    async moveBranch(branch, sha, force) {
        try {
            await this.octokit.rest.git.updateRef({
                owner: this.owner,
                repo: this.repo,
                ref: `heads/${branch}`,
                sha,
                force,
            });
            return true;
        }
        catch (error) {
            if (isHttpError(error, 422))
                return false;
            throw this.failure(error, `move branch ${branch}`);
        }
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
        try {
            const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...input });
            return { pull: toPull(data), created: true };
        }
        catch (error) {
            if (isHttpError(error, 422) &&
                /already exists/i.test(JSON.stringify(error.response?.data ?? ''))) {
                const existing = await this.findOpenPull(input.head, input.base);
                if (existing)
                    return { pull: existing, created: false };
            }
            throw this.failure(error, `open the pull request from ${input.head} to ${input.base}`);
        }
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
        try {
            await this.octokit.rest.pulls.requestReviewers({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                ...(reviewers.length > 0 ? { reviewers } : {}),
                ...(teams.length > 0 ? { team_reviewers: teams } : {}),
            });
        }
        catch (error) {
            if (isHttpError(error, 422))
                throw error;
            throw this.failure(error, `request reviews on #${number}`);
        }
    }
    async addAssignees(number, assignees) {
        await this.call(`assign #${number}`, () => this.octokit.rest.issues.addAssignees({ ...this.issue(number), assignees }));
    }
    async enableAutoMerge(pull, method) {
        await this.call(`enable auto-merge on #${pull.number}`, async () => {
            const result = await this.octokit.graphql(`mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number }
  }
}`, { pullRequestId: pull.nodeId, mergeMethod: method.toUpperCase() });
            return result;
        });
    }
}

;// CONCATENATED MODULE: ./packages/github/src/branch.ts
// What a writer through the Git Data API needs around a branch: its tip, read so that a missing
// branch is told from a missing repository, and the error for a ref update that lost a race.

/** The tip and its tree in one request; a missing branch is told from a missing repository. */
async function readBranchTip(client, branch, hints) {
    const tip = await client.branch(branch);
    if (tip)
        return tip;
    if (!(await client.repositoryExists())) {
        throw new src/* ActionError */.lZ(`read ${client.fullName}`, 'the repository does not exist or the token cannot see it', {
            hint: `Check the ${hints.repositoryInput} input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).`,
        });
    }
    const note = hints.branchNote ? `; ${hints.branchNote}.` : '.';
    throw new src/* ActionError */.lZ(`read branch ${branch}`, `${client.fullName} has no branch '${branch}'`, {
        hint: `Check the ${hints.branchInput} input${note}`,
    });
}
/** A ref update refused because another writer moved the branch first; worth another attempt. */
class BranchMoved extends src/* ActionError */.lZ {
    constructor(branch, reason = 'the branch moved before the ref update (not a fast forward)') {
        super(`update ${branch}`, reason, { retryable: true });
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts






/***/ }),

/***/ 9330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __webpack_require__(3015);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 4 modules
var github_src = __webpack_require__(9624);
// EXTERNAL MODULE: ./packages/promotion/src/body.ts
var src_body = __webpack_require__(5809);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/bump/src/index.ts + 7 modules
var bump_src = __webpack_require__(8172);
// EXTERNAL MODULE: ./packages/manifest/src/index.ts + 14 modules
var manifest_src = __webpack_require__(2030);
;// CONCATENATED MODULE: ./packages/promotion/src/edits.ts
// The promotion's reads and edits: the tag the source environment runs, and the target files as
// they would be with the promoted tag (bump's semantic edit, in memory).




/** Every target file at `ref`, edited to carry `tag`; a missing file names the files input. */
async function editTargets(inputs, client, ref, tag) {
    const files = await Promise.all(inputs.files.map((f) => client.readFile(f, ref)));
    return inputs.files.map((path, i) => {
        const file = files[i];
        if (!file)
            throw new src/* ActionError */.lZ(`read ${path}`, `no such file on ${inputs.base}`, {
                hint: 'Check the files input.',
            });
        return (0,bump_src/* editText */.i1)({ ...inputs, tag }, path, file.text);
    });
}
/** The tag in `from-file` on the base branch: what the source environment runs. */
async function sourceTag(inputs, client, ref) {
    const file = await client.readFile(inputs.fromFile, ref);
    if (!file) {
        throw new src/* ActionError */.lZ(`read ${inputs.fromFile}`, `no such file on ${inputs.base}`, {
            hint: 'Check the from-file input.',
        });
    }
    return readSourceTag(inputs, inputs.fromFile, file.text);
}
/**
 * The manifest package only edits, so this applies a throw-away edit and keeps what it reports as
 * the previous value: the same key lookup, the same "key not found, nearest path is ..." errors as
 * the edit itself.
 */
function readSourceTag(inputs, file, text) {
    const operation = `read the tag to promote from ${file}`;
    const probe = { ...inputs, tag: 'probe', digest: '', digestKey: '' };
    const previous = (0,bump_src/* editText */.i1)(probe, file, text, operation).edit.previousTag;
    if (!previous)
        throw new src/* ActionError */.lZ(operation, `it has no tag at ${inputs.image || inputs.key}`);
    if (!(0,manifest_src/* isValidTag */.r_)(previous)) {
        throw new src/* ActionError */.lZ(operation, `'${previous}' is not a valid OCI tag`, {
            hint: 'Fix the source file or pass the tag input explicitly.',
        });
    }
    return previous;
}
/** `api` for `ghcr.io/acme/api`; without an image, the folder of the first target file. */
function imageName(inputs) {
    const source = inputs.image
        ? (0,manifest_src/* parseImageReference */.o_)(inputs.image).repository.split('/').pop()
        : external_node_path_default().posix.basename(external_node_path_default().posix.dirname(inputs.files[0] ?? ''));
    const name = (source ?? '').replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
    return name && name !== '.' ? name : 'image';
}

;// CONCATENATED MODULE: ./packages/promotion/src/branch.ts
// The promotion branch: created, rebuilt on the base, or added to, never losing anyone's commit.


/** Marks commits this action made, so a re-run can tell them from reviewers' commits. */
const TRAILER = 'Promoted-by: open-promotion-pr';
/** Said when a ref update loses a race; the retry starts again from what GitHub holds then. */
const MOVED = 'the branch moved while it was being updated';
/**
 * Creates the branch, or moves it. A branch holding only this action's commits is rebuilt on the
 * current base (the PR then shows one clean commit); one carrying anyone else's commit is never
 * reset: the edit is applied to its tip and committed on top.
 */
async function updateBranch(inputs, client, log, target) {
    const { branch, message, tag, base, edits } = target;
    const head = await client.branch(branch);
    if (!head) {
        const sha = await commitEdits(client, base, edits, message);
        if (!(await client.createBranch(branch, sha)))
            throw new github_src/* BranchMoved */.A5(branch, MOVED);
        log.info(`Created ${branch} at ${sha.slice(0, 7)}`);
        return { sha, moved: true, created: true, keptCommits: 0 };
    }
    const comparison = await client.compare(base.sha, head.sha);
    const foreign = comparison.commits.filter((c) => !c.message.includes(TRAILER));
    if (foreign.length === 0) {
        if (comparison.behindBy === 0 && comparison.aheadBy > 0 && (await holdsTag(inputs, client, head, tag))) {
            return { sha: head.sha, moved: false, keptCommits: 0 };
        }
        const sha = await commitEdits(client, base, edits, message);
        // Only this action's commits are on the branch, so replacing them loses nobody's work.
        if (!(await client.moveBranch(branch, sha, true)))
            throw new github_src/* BranchMoved */.A5(branch, MOVED);
        log.info(`Rebuilt ${branch} on ${inputs.base} at ${sha.slice(0, 7)}`);
        return { sha, moved: true, keptCommits: 0 };
    }
    const who = [...new Set(foreign.map((c) => c.author))].join(', ');
    log.info(`${branch} has ${foreign.length} commit(s) not made by this action (by ${who}); keeping them and adding the promotion on top instead of resetting the branch`);
    const onHead = await editTargets(inputs, client, head.sha, tag);
    if (onHead.every((e) => !e.changed))
        return { sha: head.sha, moved: false, keptCommits: foreign.length };
    const sha = await commitEdits(client, head, onHead, message);
    if (!(await client.moveBranch(branch, sha, false)))
        throw new github_src/* BranchMoved */.A5(branch, MOVED);
    return { sha, moved: true, keptCommits: foreign.length };
}
async function holdsTag(inputs, client, head, tag) {
    const edits = await editTargets(inputs, client, head.sha, tag);
    return edits.every((e) => !e.changed);
}
function commitEdits(client, parent, edits, message) {
    const files = Object.fromEntries(edits.filter((e) => e.changed).map((e) => [e.edit.file, e.after]));
    return client.commitFiles({ parent: parent.sha, baseTree: parent.tree, files, message });
}

;// CONCATENATED MODULE: ./packages/promotion/src/pull.ts


async function upsertPull(inputs, client, branch, values, outcome) {
    const title = (0,src_body/* render */.XX)(inputs.title, values);
    const body = (0,src_body/* render */.XX)(inputs.body || src_body/* DEFAULT_BODY */.Zn, values);
    const existing = outcome.created ? undefined : await client.findOpenPull(branch, inputs.base);
    if (!existing) {
        const { pull, created } = await client.createPull({
            head: branch,
            base: inputs.base,
            title,
            body,
            draft: inputs.draft,
        });
        return { pull, operation: created ? 'created' : outcome.moved ? 'updated' : 'unchanged' };
    }
    if (!outcome.moved)
        return { pull: existing, operation: 'unchanged' };
    const pull = await client.updatePull(existing.number, { title, body });
    return { pull, operation: 'updated' };
}
/** Adds only what is missing, so re-runs make no requests for labels, reviewers or assignees already there. */
async function decorate(inputs, client, pull, log) {
    const missing = (wanted, have) => wanted.filter((w) => !have.includes(w));
    const labels = missing(inputs.labels, pull.labels);
    if (labels.length > 0)
        await client.addLabels(pull.number, labels);
    const reviewers = missing(inputs.reviewers, pull.reviewers);
    const teams = missing(inputs.teamReviewers, pull.teams);
    if (reviewers.length > 0 || teams.length > 0) {
        try {
            await client.requestReviewers(pull.number, reviewers, teams);
        }
        catch (error) {
            if (!(0,github_src/* isHttpError */.d)(error, 422))
                throw error;
            log.warning(`Could not request reviews from ${[...reviewers, ...teams].join(', ')} on #${pull.number}: ${(0,github_src/* githubMessage */.hg)(error)} The pull request was kept; add them as collaborators or fix the reviewers input.`);
        }
    }
    const assignees = missing(inputs.assignees, pull.assignees);
    if (assignees.length > 0)
        await client.addAssignees(pull.number, assignees);
    if (inputs.autoMerge && !pull.autoMerge)
        await client.enableAutoMerge(pull, inputs.autoMerge);
}
async function closeStale(client, branch, base, tag, log) {
    const stale = await client.findOpenPull(branch, base);
    if (!stale)
        return;
    await client.comment(stale.number, `Closing: \`${base}\` already runs \`${tag}\` in every target file, so there is nothing left to promote.`);
    await client.updatePull(stale.number, { state: 'closed' });
    log.info(`Closed #${stale.number}: ${base} already has ${tag}`);
}

;// CONCATENATED MODULE: ./packages/promotion/src/promote.ts
// The promotion itself: reads base and the PR branch through the API, edits in memory, writes a
// tree and a commit, moves the branch, then creates or updates the one PR for that branch.






async function promote(inputs, ports) {
    const { client, log } = ports;
    const base = await readBase(inputs, client);
    const tag = inputs.tag || (await sourceTag(inputs, client, base.sha));
    const name = imageName(inputs);
    const branch = (0,src_body/* render */.XX)(inputs.branch, { environment: inputs.environment, 'image-name': name, tag });
    const edited = await editTargets(inputs, client, base.sha, tag);
    const edits = edited.map((e) => e.edit);
    const previousTag = edits.find((e) => e.previousTag !== null)?.previousTag ?? '';
    const values = (0,src_body/* templateValues */.nX)(inputs, {
        imageName: name,
        tag,
        branch,
        edits,
        previousTag,
        serverUrl: ports.serverUrl,
        runUrl: ports.runUrl,
        baseSha: base.sha,
    });
    const result = { tag, branch, edits, previousTag, keptCommits: 0 };
    if (edited.every((e) => !e.changed)) {
        log.info(`${inputs.base} already runs ${tag} in every target file: nothing to promote`);
        await closeStale(client, branch, inputs.base, tag, log);
        return { ...result, operation: 'unchanged', pull: undefined, headSha: base.sha };
    }
    const message = commitMessage((0,src_body/* render */.XX)(inputs.title, values), edited);
    const outcome = await withRetry(ports, async (attempt) => {
        // A retry means the branches moved: start again from what GitHub holds now.
        const now = attempt === 1 ? { base, edits: edited } : await readBaseEdits(inputs, client, tag);
        return updateBranch(inputs, client, log, { branch, message, tag, ...now });
    });
    const { pull, operation } = await upsertPull(inputs, client, branch, values, outcome).catch(async (error) => {
        // A branch this run created without its PR (a token without pull-requests: write, say) would be
        // an orphan that the next run mistakes for a reviewed one.
        if (outcome.created)
            await client.deleteBranch(branch).catch(() => undefined);
        throw error;
    });
    await decorate(inputs, client, pull, log);
    return { ...result, keptCommits: outcome.keptCommits, operation, pull, headSha: outcome.sha };
}
function readBase(inputs, client) {
    return (0,github_src/* readBranchTip */.uN)(client, inputs.base, { repositoryInput: 'repository', branchInput: 'base' });
}
function commitMessage(title, edits) {
    const lines = edits
        .flatMap(({ edit: e }) => e.changes.map((c) => `- ${e.file} ${c.location}: ${c.previous ?? '∅'} -> ${c.value || '(removed)'}`))
        .join('\n');
    return `${title}\n\n${lines}\n\n${TRAILER}\n`;
}
async function readBaseEdits(inputs, client, tag) {
    const base = await readBase(inputs, client);
    return { base, edits: await editTargets(inputs, client, base.sha, tag) };
}
function withRetry(ports, fn) {
    return (0,src/* retry */.L5)(fn, {
        attempts: 5,
        baseMs: 200,
        maxMs: 3000,
        clock: ports.clock ?? src/* systemClock */.ml,
        random: ports.random,
        retryable: (error) => error instanceof github_src/* BranchMoved */.A5,
        onRetry: ({ delayMs }) => ports.log.info(`The promotion branch moved meanwhile; re-reading it in ${delayMs} ms`),
    });
}


/***/ })

};
