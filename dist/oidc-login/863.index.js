export const id = 863;
export const ids = [863];
export const modules = {

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loginToGcp: () => (/* reexport */ loginToGcp),
  renderGcpLoginSummary: () => (/* reexport */ renderGcpLoginSummary)
});

// UNUSED EXPORTS: ATTRIBUTE_MAPPING, parseArtifactRegistryHosts, parseServiceAccount, parseTokenLifetime, parseWorkloadIdentityProvider, providerParts, serviceAccountProject

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __webpack_require__(1404);
// EXTERNAL MODULE: ./packages/oidc/src/index.ts + 2 modules
var oidc_src = __webpack_require__(7020);
;// CONCATENATED MODULE: ./packages/gcp/src/client.ts
// Two documented REST calls over plain fetch, in place of google-auth-library: the figures that decided
// it are in the closing note of issue 15 (bundle size and cold start). Each call is one attempt here;
// the login retries with the injected Clock.

/**
 * A refused or failed call, reduced to what the login decides on: the OAuth `error` (STS) or the
 * `google.rpc` status (IAM Credentials), the HTTP status, and whether another attempt can help.
 */
class GoogleCallError extends Error {
    service;
    where;
    code;
    status;
    retryable;
    constructor(service, 
    /** `Google STS at sts.googleapis.com (gcp-sts-endpoint)`: the host and what chose it. */
    where, 
    /** `invalid_grant`, `PERMISSION_DENIED`, … ; '' when nothing answered or the answer was no error body. */
    code, 
    /** Completes `<where> …`; outside text in it is already quoted with shown(). */
    detail, status, retryable) {
        super(`${where} ${detail}`);
        this.service = service;
        this.where = where;
        this.code = code;
        this.status = status;
        this.retryable = retryable;
        this.name = 'GoogleCallError';
    }
}
// A host that accepts the connection and never answers must not hold the step until the job's end.
const HEADERS_TIMEOUT_MS = 10_000;
const TOTAL_TIMEOUT_MS = 30_000;
function whereOf(service, url, endpointInput) {
    return `${service} at ${(0,src/* hostOf */.w4)(url)} (${endpointInput})`;
}
/** One JSON POST; the parsed JSON object on 2xx, otherwise a GoogleCallError in the service's terms. */
async function postJson(call) {
    const where = whereOf(call.service, call.url, call.endpointInput);
    const headersDue = new AbortController();
    const timer = setTimeout(() => headersDue.abort(new DOMException('headers', 'TimeoutError')), HEADERS_TIMEOUT_MS);
    let response;
    let text;
    try {
        response = await call.fetch(call.url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json; charset=utf-8',
                accept: 'application/json',
                ...(call.bearer ? { authorization: `Bearer ${call.bearer}` } : {}),
            },
            body: JSON.stringify(call.body),
            signal: AbortSignal.any([headersDue.signal, AbortSignal.timeout(TOTAL_TIMEOUT_MS)]),
        });
        clearTimeout(timer);
        text = await response.text();
    }
    catch (error) {
        const failure = (0,src/* networkFailure */.rd)(error);
        const reason = failure.code === 'TIMEOUT' ? `did not answer within ${TOTAL_TIMEOUT_MS / 1000} s` : failure.reason;
        throw new GoogleCallError(call.service, where, '', reason, undefined, failure.transient);
    }
    finally {
        clearTimeout(timer);
    }
    const status = response.status;
    const retryable = status >= 500 || status === 429;
    const body = parseObject(text);
    if (!body) {
        const type = (0,src/* shown */.SP)(response.headers.get('content-type') ?? 'no content type');
        throw new GoogleCallError(call.service, where, '', `answered ${status} with something that is not JSON (${type}, ${text.length} characters): a proxy, or an endpoint that is not ${call.service}`, status, retryable);
    }
    if (response.ok)
        return body;
    const { code, message } = errorOf(call.service, body);
    const detail = code ? `answered ${status} ${code}: ${message}` : `answered ${status}`;
    throw new GoogleCallError(call.service, where, code, detail, status, retryable);
}
function parseObject(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
const IDENTIFIER = /^[A-Za-z][\w.]{0,63}$/;
/**
 * STS answers OAuth 2.0 errors (`{error, error_description}`, RFC 6749 §5.2); IAM Credentials answers
 * `google.rpc.Status` (`{error: {code, message, status}}`). The code is printed only when it is an
 * identifier; the message is quoted.
 */
function errorOf(service, body) {
    const error = body['error'];
    if (service === 'Google STS' && typeof error === 'string') {
        const description = body['error_description'];
        return {
            code: IDENTIFIER.test(error) ? error : 'error',
            message: typeof description === 'string' ? (0,src/* shown */.SP)(description, { max: 300 }) : '(no description)',
        };
    }
    if (error && typeof error === 'object') {
        const e = error;
        const code = typeof e.status === 'string' && IDENTIFIER.test(e.status) ? e.status : '';
        return { code, message: typeof e.message === 'string' ? (0,src/* shown */.SP)(e.message, { max: 300 }) : '(no message)' };
    }
    return { code: '', message: '' };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/gcp/src/inputs.ts
var inputs = __webpack_require__(2981);
;// CONCATENATED MODULE: ./packages/gcp/src/credentials.ts


const STS_ENDPOINT = 'https://sts.googleapis.com';
const IAM_CREDENTIALS_ENDPOINT = 'https://iamcredentials.googleapis.com';
const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** STS's `audience`: the provider's full resource name (not the token's `aud`, which may differ). */
const stsAudience = (workloadIdentityProvider) => `//iam.googleapis.com/${workloadIdentityProvider}`;
const stsTokenUrl = (stsEndpoint = STS_ENDPOINT) => `${stsEndpoint.replace(/\/+$/, '')}/v1/token`;
const generateAccessTokenUrl = (serviceAccount, iamEndpoint = IAM_CREDENTIALS_ENDPOINT) => `${iamEndpoint.replace(/\/+$/, '')}/v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`;
/**
 * The credentials file for the later steps of the job, reading the subject token from `tokenFilePath`.
 *
 * google-github-actions/auth writes the `url` credential source instead: the runner's token endpoint
 * with `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` in `headers`. That request token mints
 * OIDC tokens for any audience until the job ends, and every later step (and anything it runs) could
 * read it from the file. The `file` source holds only the GitHub JWT already issued for this provider's
 * audience, which expires within minutes: a tool that first exchanges it after that fails, and is
 * better served by the access token this login returns.
 */
function externalAccountCredentials(source, tokenFilePath) {
    const credentials = {
        type: 'external_account',
        audience: stsAudience(source.workloadIdentityProvider),
        subject_token_type: JWT_TOKEN_TYPE,
        token_url: stsTokenUrl(source.stsEndpoint),
        credential_source: { file: tokenFilePath, format: { type: 'text' } },
    };
    if (source.serviceAccount) {
        credentials.service_account_impersonation_url = generateAccessTokenUrl(source.serviceAccount, source.iamEndpoint);
        if (source.tokenLifetimeSeconds !== undefined) {
            credentials.service_account_impersonation = { token_lifetime_seconds: source.tokenLifetimeSeconds };
        }
    }
    return credentials;
}
/**
 * The subject-token file and the credentials file in `dir` (the runner's temporary directory), named
 * with `id` so two logins in one job do not overwrite each other, and the variables pointing at them:
 * `GOOGLE_APPLICATION_CREDENTIALS` (client libraries), `CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE` (gcloud),
 * `GOOGLE_GHA_CREDS_PATH` (what google-github-actions/setup-gcloud looks for), and with a service account
 * its project for gcloud and the client libraries.
 */
function gcpCredentialFiles(source, subjectToken, dir, id) {
    const tokenPath = external_node_path_default().join(dir, `gcp-subject-token-${id}.jwt`);
    const credentialsPath = external_node_path_default().join(dir, `gcp-credentials-${id}.json`);
    const credentials = externalAccountCredentials(source, tokenPath);
    const environment = {
        GOOGLE_APPLICATION_CREDENTIALS: credentialsPath,
        CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: credentialsPath,
        GOOGLE_GHA_CREDS_PATH: credentialsPath,
    };
    const project = source.serviceAccount ? (0,inputs/* serviceAccountProject */.UF)(source.serviceAccount) : '';
    if (project) {
        for (const name of [
            'CLOUDSDK_CORE_PROJECT',
            'CLOUDSDK_PROJECT',
            'GCLOUD_PROJECT',
            'GCP_PROJECT',
            'GOOGLE_CLOUD_PROJECT',
        ]) {
            environment[name] = project;
        }
    }
    return {
        credentialsPath,
        files: [
            { path: tokenPath, content: subjectToken },
            { path: credentialsPath, content: `${JSON.stringify(credentials, null, 2)}\n` },
        ],
        environment,
    };
}

;// CONCATENATED MODULE: ./packages/gcp/src/trust.ts


/** A CEL string literal: the claim's text between single quotes, quotes and backslashes escaped. */
const cel = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/**
 * The provider's attribute condition (CEL over `assertion`, the token's claims) that admits exactly this
 * job: its repository and its environment, or else its ref.
 */
function attributeCondition(claims) {
    const parts = [`assertion.repository == ${cel(claims.repository ?? '')}`];
    if (claims.environment)
        parts.push(`assertion.environment == ${cel(claims.environment)}`);
    else if (claims.ref)
        parts.push(`assertion.ref == ${cel(claims.ref)}`);
    return parts.join(' && ');
}
/** The mapping the conditions and bindings below rely on. */
const ATTRIBUTE_MAPPING = 'google.subject=assertion.sub,attribute.repository=assertion.repository';
/** `principalSet://…/attribute.repository/<repo>`: every job of the repository, as IAM bindings name it. */
function repositoryPrincipalSet(workloadIdentityProvider, repository) {
    const { projectNumber, pool } = (0,inputs/* providerParts */.cS)(workloadIdentityProvider);
    return `principalSet://iam.googleapis.com/projects/${projectNumber}/locations/global/workloadIdentityPools/${pool}/attribute.repository/${repository}`;
}
/** `principal://…/subject/<sub>`: exactly the token's subject. */
function subjectPrincipal(workloadIdentityProvider, subject) {
    const { projectNumber, pool } = (0,inputs/* providerParts */.cS)(workloadIdentityProvider);
    return `principal://iam.googleapis.com/projects/${projectNumber}/locations/global/workloadIdentityPools/${pool}/subject/${subject}`;
}
/** The binding that lets the repository's jobs impersonate the service account. */
function impersonationLines(provider, serviceAccount, claims) {
    const member = repositoryPrincipalSet(provider, claims.repository ?? '<owner>/<repo>');
    return [
        `Grant roles/iam.workloadIdentityUser (iam.serviceAccounts.getAccessToken) on ${serviceAccount} to`,
        `  ${member}`,
        `  gcloud iam service-accounts add-iam-policy-binding ${serviceAccount} \\`,
        `    --role=roles/iam.workloadIdentityUser --member='${member}'`,
    ];
}
/** What to tell a person whose workload identity provider refused the token (STS `unauthorized_client`, `invalid_grant`). */
function explainRefusedByProvider(provider, serviceAccount, claims) {
    const admitting = [
        `The provider needs the attribute mapping ${ATTRIBUTE_MAPPING}`,
        'and an attribute condition that admits this job, such as',
        `  ${attributeCondition(claims)}`,
        claims.repository
            ? `(to admit every ref of the repository instead: assertion.repository == ${cel(claims.repository)})`
            : '',
        ...(serviceAccount
            ? impersonationLines(provider, serviceAccount, claims)
            : [
                'Without a service account the job acts as itself: grant roles/artifactregistry.writer on the repository to',
                `  ${subjectPrincipal(provider, claims.sub)}`,
                `  (or to ${repositoryPrincipalSet(provider, claims.repository ?? '<owner>/<repo>')} for every job of the repository)`,
            ]),
    ];
    return (0,oidc_src/* explainRefusedToken */.L9)(`Workload identity provider ${provider}`, claims, admitting);
}
/** What to tell a person whose service account refused impersonation (IAM Credentials 403). */
function explainImpersonationDenied(provider, serviceAccount, claims) {
    return (0,oidc_src/* explainRefusedToken */.L9)(`Service account ${serviceAccount}`, claims, impersonationLines(provider, serviceAccount, claims));
}

;// CONCATENATED MODULE: ./packages/gcp/src/login.ts







/** The default `aud` of a provider without allowed audiences, as google-github-actions/auth asks for it. */
const defaultAudience = (workloadIdentityProvider) => `https://iam.googleapis.com/${workloadIdentityProvider}`;
/**
 * The job's OIDC token → Google STS's federated token → (with a service account) an impersonated
 * token; every token masked as it arrives. Nothing is written here: the caller writes `files`,
 * exports `environment` and adds the `registries` logins to the docker config.
 */
async function loginToGcp(request, ports) {
    const audience = request.audience || defaultAudience(request.workloadIdentityProvider);
    const { token, claims } = await (0,oidc_src/* requestGitHubIdentity */.Nv)(audience, ports);
    const federated = await exchangeAtSts(request, token, claims, ports);
    const { accessToken, expiration } = request.serviceAccount
        ? await impersonate(request, request.serviceAccount, federated.accessToken, claims, ports)
        : federated;
    if (!request.serviceAccount && request.tokenLifetimeSeconds !== undefined) {
        ports.log.info(`${request.inputNames.tokenLifetime} applies to an impersonated service account only; the federated token lasts until ${expiration.toISOString()}`);
    }
    const registries = request.registries.map((host) => ({
        host,
        username: 'oauth2accesstoken',
        password: accessToken,
    }));
    for (const r of registries)
        ports.secrets.add((0,src/* basicAuth */.tB)(r.username, r.password));
    const handed = request.credentialsDir
        ? gcpCredentialFiles(request, token, request.credentialsDir, (0,external_node_crypto_.randomBytes)(6).toString('hex'))
        : undefined;
    const credentialsFile = handed?.files.find((f) => f.path === handed.credentialsPath);
    return {
        accessToken,
        expiration,
        serviceAccount: request.serviceAccount,
        claims,
        registries,
        credentialsFile: credentialsFile && { path: credentialsFile.path, json: credentialsFile.content },
        files: handed?.files ?? [],
        environment: handed?.environment ?? {},
    };
}
const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };
function retryOptions(ports, what) {
    return {
        ...RETRY,
        clock: ports.clock,
        random: ports.random,
        retryable: (e) => e instanceof GoogleCallError && e.retryable,
        onRetry: ({ attempt, delayMs, error }) => {
            const status = error instanceof GoogleCallError ? (error.status ?? 'no answer') : 'error';
            ports.log.info(`${what}: ${status} on attempt ${attempt}, retrying in ${delayMs} ms`);
        },
    };
}
async function exchangeAtSts(request, subjectToken, claims, ports) {
    const call = {
        service: 'Google STS',
        url: stsTokenUrl(request.stsEndpoint ?? STS_ENDPOINT),
        endpointInput: request.inputNames.stsEndpoint,
        fetch: ports.fetch,
        body: {
            grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
            audience: stsAudience(request.workloadIdentityProvider),
            scope: CLOUD_PLATFORM_SCOPE,
            requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
            subjectTokenType: JWT_TOKEN_TYPE,
            subjectToken,
        },
    };
    try {
        const answer = await (0,src/* retry */.L5)(() => postJson(call), retryOptions(ports, 'Google STS token exchange'));
        const accessToken = answer['access_token'];
        if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken)) {
            throw new src/* ActionError */.lZ(exchangeOperation(request), `${whereOf(call.service, call.url, call.endpointInput)} answered without an access_token`);
        }
        // Masked before anything else can print it.
        ports.secrets.add(accessToken);
        const seconds = typeof answer['expires_in'] === 'number' ? answer['expires_in'] : 3600;
        return { accessToken, expiration: new Date(ports.clock.now() + seconds * 1000) };
    }
    catch (error) {
        if (!(error instanceof GoogleCallError))
            throw error;
        throw new src/* ActionError */.lZ(exchangeOperation(request), error.message, {
            hint: stsHint(error, request, claims),
        });
    }
}
const exchangeOperation = (request) => `exchange the GitHub token at ${request.workloadIdentityProvider}`;
function stsHint(error, request, claims) {
    const names = request.inputNames;
    const text = error.message;
    if (error.code === 'invalid_grant' && /audience/i.test(text)) {
        return `The token's aud is ${claims.aud}; the provider admits its allowed audiences (by default ${defaultAudience(request.workloadIdentityProvider)}). Set ${names.audience} to one of them, or add ${claims.aud} to the provider's allowed audiences.`;
    }
    if (error.code === 'invalid_grant' && /expired|stale|exp\b/i.test(text)) {
        return "The GitHub token expired before Google STS saw it; check the runner's clock and re-run the job.";
    }
    if (error.code === 'invalid_grant' || error.code === 'unauthorized_client') {
        return explainRefusedByProvider(request.workloadIdentityProvider, request.serviceAccount, claims);
    }
    if (error.code === 'invalid_target') {
        return `Check ${names.workloadIdentityProvider}: the pool and provider must exist and be enabled (gcloud iam workload-identity-pools providers describe).`;
    }
    if (error.retryable)
        return 'Google STS kept failing after retries with backoff; re-run the job.';
    if (error.status === undefined || error.code === '') {
        return `Check ${names.stsEndpoint}: it must be Google STS's base URL (${STS_ENDPOINT}, or a Private Service Connect endpoint).`;
    }
    return undefined;
}
async function impersonate(request, serviceAccount, federatedToken, claims, ports) {
    const lifetime = request.tokenLifetimeSeconds ?? inputs/* DEFAULT_TOKEN_LIFETIME_SECONDS */.ek;
    const call = {
        service: 'IAM Credentials',
        url: generateAccessTokenUrl(serviceAccount, request.iamEndpoint ?? IAM_CREDENTIALS_ENDPOINT),
        endpointInput: request.inputNames.iamEndpoint,
        fetch: ports.fetch,
        bearer: federatedToken,
        body: { scope: [CLOUD_PLATFORM_SCOPE], lifetime: `${lifetime}s` },
    };
    const operation = `impersonate ${serviceAccount}`;
    try {
        const answer = await (0,src/* retry */.L5)(() => postJson(call), retryOptions(ports, 'IAM Credentials generateAccessToken'));
        const accessToken = answer['accessToken'];
        const expireTime = typeof answer['expireTime'] === 'string' ? Date.parse(answer['expireTime']) : NaN;
        if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken) || Number.isNaN(expireTime)) {
            throw new src/* ActionError */.lZ(operation, `${whereOf(call.service, call.url, call.endpointInput)} answered without an accessToken and expireTime`);
        }
        ports.secrets.add(accessToken);
        return { accessToken, expiration: new Date(expireTime) };
    }
    catch (error) {
        if (!(error instanceof GoogleCallError))
            throw error;
        throw new src/* ActionError */.lZ(operation, error.message, {
            hint: iamHint(error, request, serviceAccount, claims),
        });
    }
}
function iamHint(error, request, serviceAccount, claims) {
    const names = request.inputNames;
    if (error.status === 403 || error.code === 'PERMISSION_DENIED') {
        return explainImpersonationDenied(request.workloadIdentityProvider, serviceAccount, claims);
    }
    if (error.status === 404 || error.code === 'NOT_FOUND') {
        return `Check ${names.serviceAccount}: ${serviceAccount} does not exist, or is in a project whose IAM Credentials API is disabled.`;
    }
    if (error.status === 400 && /lifetime/i.test(error.message)) {
        return `Lower ${names.tokenLifetime} to 3600 (1h), or allow longer tokens for ${serviceAccount} with the org policy constraints/iam.allowServiceAccountCredentialLifetimeExtension.`;
    }
    if (error.retryable)
        return 'IAM Credentials kept failing after retries with backoff; re-run the job.';
    if (error.status === undefined || error.code === '') {
        return `Check ${names.iamEndpoint}: it must be IAM Credentials' base URL (${IAM_CREDENTIALS_ENDPOINT}, or a Private Service Connect endpoint).`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/gcp/src/summary.ts

/** The job summary of a login: who the job acts as, until when, who the token said it is, the registry logins. */
function renderGcpLoginSummary(result) {
    const rows = [
        [
            'acts as',
            result.serviceAccount ? (0,src/* code */.aY)(result.serviceAccount) : 'the federated principal (no service account)',
        ],
        ['expires', result.expiration.toISOString()],
        ['token sub', (0,src/* code */.aY)(result.claims.sub)],
        ...result.registries.map((r) => ['Artifact Registry login', (0,src/* code */.aY)(r.host)]),
        ...(result.credentialsFile ? [['credentials file', (0,src/* code */.aY)(result.credentialsFile.path)]] : []),
    ];
    return (0,src/* heading */.iw)('Google Cloud login') + (0,src/* table */.tp)(['', ''], rows);
}

;// CONCATENATED MODULE: ./packages/gcp/src/index.ts






/***/ })

};
