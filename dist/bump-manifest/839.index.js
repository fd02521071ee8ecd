export const id = 839;
export const ids = [839];
export const modules = {

/***/ 2839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImage: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
const hash = (auth) => createHash('sha256').update(auth).digest('hex');
async function readConfig(path) {
    if (!existsSync(path))
        return {};
    const text = await readFile(path, 'utf8');
    if (text.trim() === '')
        return {};
    return JSON.parse(text);
}
async function writeConfig(path, config) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
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
const REGISTRY_KINDS = (/* unused pure expression or super */ null && (['auto', 'ghcr', 'ecr', 'gar', 'acr', 'generic']));
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
    return `needs an image on ${KIND_HOSTS[kind]}, and the image's host is ${shown(host)}`;
}

;// CONCATENATED MODULE: ./packages/registry/src/index.ts




// EXTERNAL MODULE: ./packages/promotion/src/request.ts
var request = __webpack_require__(9380);
;// CONCATENATED MODULE: ./packages/promotion/src/verify.ts
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
    const names = { ...request/* PROMOTION_INPUTS */.I, ...inputs.inputNames };
    const image = parseImageName(inputs.image);
    if ('error' in image) {
        // inputs.ts refuses this for `true` before any request; `auto` has nothing to look up.
        if (mode === 'true')
            throw new src/* InputError */.dz(names.image, `is needed to verify the tag in the registry: it ${image.error}`);
        ports.log.info(`Not checking the tag in the registry: the ${names.image} input names no image repository`);
        return;
    }
    const credentials = readStoredCredentials(image.registry, ports.env);
    if (mode === 'auto' && !credentials) {
        ports.log.info(`Not checking ${tag || inputs.digest} in ${image.registry}: no login for it in the docker config (${names.verifyTag}: auto)`);
        return;
    }
    const client = ports.registry?.(image.registry, credentials) ??
        new RegistryClient({ host: image.registry, credentials });
    const reference = tag || inputs.digest;
    const found = await lookUp(() => client.digest(image.repository, reference), image.name, names.verifyTag, ports);
    const source = inputs.tag || !inputs.fromFile ? names.tag : names.fromFile;
    if (found === null) {
        throw new src/* InputError */.dz(tag ? source : names.digest, `${(0,src/* shown */.SP)(reference)} does not exist in ${image.name}: the registry ${image.registry} has no such ${tag ? 'tag' : 'manifest'}; nothing was written`);
    }
    if (tag && inputs.digest && found !== inputs.digest) {
        const index = await lookUp(() => client.manifest(image.repository, tag), image.name, names.verifyTag, ports);
        if (!index?.manifests.includes(inputs.digest)) {
            throw new src/* InputError */.dz(names.digest, `${(0,src/* shown */.SP)(inputs.digest)} is not ${image.name}:${tag}: the registry ${image.registry} serves ${found} for that tag; nothing was written`);
        }
    }
    ports.log.info(`Checked in ${image.registry}: ${image.name}:${reference} is ${found}`);
}
/** One registry read, retried while the failure may pass; a final one says how to go on. */
async function lookUp(fn, name, verifyInput, ports) {
    try {
        return await (0,src/* retry */.L5)(fn, {
            attempts: 3,
            baseMs: 500,
            maxMs: 4000,
            clock: ports.clock ?? src/* systemClock */.ml,
            random: ports.random,
            retryable: (error) => error instanceof RegistryError && error.retryable,
        });
    }
    catch (error) {
        if (!(error instanceof RegistryError))
            throw error;
        throw new src/* ActionError */.lZ(`verify ${name} in the registry`, error.message, {
            hint: `Log in to the registry before this step (oidc-login, or docker/login-action) so its login is in the docker config, or set ${verifyInput}: false to promote without checking.`,
        });
    }
}


/***/ })

};
