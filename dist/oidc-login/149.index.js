export const id = 149;
export const ids = [149];
export const modules = {

/***/ 9149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loginToAzure: () => (/* reexport */ loginToAzure),
  renderAzureLoginSummary: () => (/* reexport */ renderAzureLoginSummary)
});

// UNUSED EXPORTS: ACR_REFRESH_TOKEN_USER, armScope, parseAcrHosts, parseAuthorityHost, parseGuid

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __webpack_require__(1404);
// EXTERNAL MODULE: ./packages/oidc/src/index.ts + 2 modules
var oidc_src = __webpack_require__(7020);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var inputs = __webpack_require__(190);
;// CONCATENATED MODULE: ./packages/azure/src/rest.ts
// Two documented REST calls over fetch, in place of @azure/identity and the ACR SDK (the figures are in
// the package README): Entra's token endpoint with a client assertion, and ACR's /oauth2/exchange.
// Each function makes one attempt; the login decides on retries from `AzureCallError.retryable`.

/** A failed call reduced to what callers decide on; `message` already names the service and host. */
class AzureCallError extends Error {
    service;
    host;
    code;
    status;
    retryable;
    aadsts;
    constructor(service, host, 
    /** `invalid_client` (Entra), `UNAUTHORIZED` (ACR), `NetworkError`, `MalformedAnswer`, … */
    code, message, status, retryable, 
    /** The AADSTS codes Entra gave (`error_codes`, else read from the description). */
    aadsts = []) {
        super(message);
        this.service = service;
        this.host = host;
        this.code = code;
        this.status = status;
        this.retryable = retryable;
        this.aadsts = aadsts;
        this.name = 'AzureCallError';
    }
}
const TIMEOUT_MS = 30_000;
/** What a token may hold: it is masked and sent on, so a line break would split the mask. */
const TOKEN = /^[\w.~+/=-]+$/;
/** `POST {authority}/{tenant}/oauth2/v2.0/token`: client credentials, the GitHub token as the assertion. */
async function requestEntraToken(p, fetchFn) {
    const url = `${p.authorityHost}/${encodeURIComponent(p.tenantId)}/oauth2/v2.0/token`;
    const body = await postForm('Microsoft Entra', url, fetchFn, {
        client_id: p.clientId,
        scope: p.scope,
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: p.assertion,
    });
    const accessToken = body['access_token'];
    const expiresIn = Number(body['expires_in']);
    if (typeof accessToken !== 'string' || !TOKEN.test(accessToken) || !(expiresIn > 0)) {
        throw malformed('Microsoft Entra', new URL(url).host, 200, 'without an access token and its expires_in');
    }
    return { accessToken, expiresIn };
}
/** `POST https://<registry>/oauth2/exchange`: the Entra access token for an ACR refresh token. */
async function exchangeForAcrRefreshToken(p, fetchFn) {
    const url = `${p.endpoint}/oauth2/exchange`;
    const body = await postForm('ACR', url, fetchFn, {
        grant_type: 'access_token',
        service: p.host,
        tenant: p.tenantId,
        access_token: p.accessToken,
    });
    const token = body['refresh_token'];
    if (typeof token !== 'string' || !TOKEN.test(token)) {
        throw malformed('ACR', new URL(url).host, 200, 'without a refresh_token');
    }
    return token;
}
function malformed(service, host, status, what) {
    return new AzureCallError(service, host, 'MalformedAnswer', `${service} at ${host} answered ${status} ${what}`, status, status >= 500);
}
async function postForm(service, url, fetchFn, form) {
    const host = new URL(url).host;
    let res;
    try {
        res = await fetchFn(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: new URLSearchParams(form).toString(),
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
    }
    catch (error) {
        const failure = (0,src/* networkFailure */.rd)(error);
        const code = failure.code || 'NetworkError';
        const message = `${service} at ${host} ${failure.reason}`;
        throw new AzureCallError(service, host, code, message, undefined, failure.transient);
    }
    // Read as text first: a proxy's HTML page is not JSON, and the parser's message would echo it.
    const text = await res.text().catch(() => '');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new AzureCallError(service, host, 'MalformedAnswer', `${service} at ${host} answered ${res.status} with something that is not JSON (a proxy's page?)`, res.status, res.status >= 500 || res.status === 429);
    }
    if (!res.ok)
        throw answeredError(service, host, res.status, body);
    return body;
}
const firstLine = (text) => text.split(/\r?\n/)[0]?.trim() ?? '';
/** Entra's `{error, error_description, error_codes}` or ACR's `{errors: [{code, message}]}`, as one line. */
function answeredError(service, host, status, body) {
    const str = (v) => (typeof v === 'string' ? v : '');
    let code;
    let description;
    let aadsts = [];
    if (service === 'Microsoft Entra') {
        code = str(body['error']);
        description = firstLine(str(body['error_description']));
        const codes = Array.isArray(body['error_codes']) ? body['error_codes'] : [];
        aadsts = codes.filter((c) => Number.isInteger(c));
        const named = /^AADSTS(\d+)/.exec(description)?.[1];
        if (aadsts.length === 0 && named)
            aadsts = [Number(named)];
    }
    else {
        const first = (Array.isArray(body['errors']) ? body['errors'][0] : {}) ?? {};
        code = str(first['code']);
        description = firstLine(str(first['message']));
    }
    // A code is an identifier; anything else came from a server and is not printed as one.
    const safeCode = /^[A-Za-z][\w.]{0,63}$/.test(code) ? code : 'unknown_error';
    const said = description ? `: ${(0,src/* shown */.SP)(description, { max: 300 })}` : '';
    const retryable = status >= 500 || status === 429 || safeCode === 'temporarily_unavailable';
    return new AzureCallError(service, host, safeCode, `${service} at ${host} answered ${status} ${safeCode}${said}`, status, retryable, aadsts);
}

;// CONCATENATED MODULE: ./packages/azure/src/trust.ts

/** The AADSTS codes of "no federated credential matches this token" (issuer, audience, subject, case). */
const FEDERATION_MISMATCH = new Set([70021, 700211, 700212, 700213, 7002137, 7002138]);
/** The federated identity credential that admits exactly this token, as Microsoft Graph takes it. */
function matchingFederatedCredential(claims) {
    // Graph's rule for names: 3–120 characters, letters, digits, '-' and '_', starting with either of the first two.
    const name = `github-${claims.sub}`
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/-+$/, '')
        .slice(0, 120);
    return {
        name,
        issuer: claims.iss,
        subject: claims.sub,
        audiences: [claims.aud],
        description: claims.repository ? `GitHub Actions in ${claims.repository}` : 'GitHub Actions',
    };
}
/**
 * What to tell a person whose app registration (or managed identity) refused the token: the claims,
 * then the federated credential that would admit it. Given as a file for `--parameters @file`, not
 * inline: a ref may hold a quote that would break the shell command a person pastes.
 */
function explainFederationRefusal(clientId, claims, aadsts = []) {
    const credential = JSON.stringify(matchingFederatedCredential(claims), null, 2).split('\n');
    const caseOnly = aadsts.includes(7002138);
    return (0,oidc_src/* explainRefusedToken */.L9)(`Application ${clientId}`, claims, [
        'A federated credential admitting it (issuer, subject and audience are compared exactly, case included):',
        ...credential.map((line) => `  ${line}`),
        `Save that as credential.json and run: az ad app federated-credential create --id ${clientId} --parameters @credential.json`,
        '(for a user-assigned managed identity: az identity federated-credential create --name <name> --identity-name <identity> --resource-group <group> --issuer, --subject and --audiences as above.)',
        caseOnly
            ? 'Entra says the subject matches when case is ignored: fix the case of the owner, repository or environment in the credential.'
            : '',
    ]);
}

;// CONCATENATED MODULE: ./packages/azure/src/login.ts





const AZURE_DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
const AZURE_DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';
/** The user name that tells ACR the password is one of its refresh tokens (the "null GUID"). */
const ACR_REFRESH_TOKEN_USER = '00000000-0000-0000-0000-000000000000';
const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };
function retryOptions(ports, what) {
    return {
        ...RETRY,
        clock: ports.clock,
        random: ports.random,
        retryable: (e) => e instanceof AzureCallError && e.retryable,
        onRetry: ({ attempt, delayMs, error }) => ports.log.info(`${what}: ${error instanceof AzureCallError ? `${error.status ?? error.code}` : 'error'} on attempt ${attempt}, retrying in ${delayMs} ms`),
    };
}
/**
 * The job's OIDC token → a Microsoft Entra access token for the app (client assertion) → an ACR
 * refresh token per registry, each masked as it arrives. Nothing is written or exported here: the
 * caller writes the logins (`registries`) and `environment` where its runner wants them.
 */
async function loginToAzure(request, ports) {
    const { token, claims } = await (0,oidc_src/* requestGitHubIdentity */.Nv)(request.audience ?? AZURE_DEFAULT_AUDIENCE, ports);
    const started = ports.clock.now();
    const entra = await entraToken(request, token, claims, ports);
    const registries = [];
    for (const host of request.registries) {
        const password = await acrRefreshToken(request, host, entra.accessToken, ports);
        registries.push({ host, username: ACR_REFRESH_TOKEN_USER, password });
    }
    return {
        clientId: request.clientId,
        tenantId: request.tenantId,
        subscriptionId: request.subscriptionId,
        accessToken: entra.accessToken,
        expiration: new Date(started + entra.expiresIn * 1000),
        registries,
        environment: azureEnvironment(request),
        claims,
    };
}
function azureEnvironment(request) {
    const authority = request.authorityHost ?? AZURE_DEFAULT_AUTHORITY;
    return {
        AZURE_CLIENT_ID: request.clientId,
        AZURE_TENANT_ID: request.tenantId,
        ...(request.subscriptionId ? { AZURE_SUBSCRIPTION_ID: request.subscriptionId } : {}),
        ...(authority !== AZURE_DEFAULT_AUTHORITY ? { AZURE_AUTHORITY_HOST: authority } : {}),
    };
}
async function entraToken(request, assertion, claims, ports) {
    const authorityHost = request.authorityHost ?? AZURE_DEFAULT_AUTHORITY;
    const params = {
        authorityHost,
        tenantId: request.tenantId,
        clientId: request.clientId,
        scope: request.scope ?? (0,inputs/* armScope */.Rz)(authorityHost),
        assertion,
    };
    try {
        const token = await (0,src/* retry */.L5)(() => requestEntraToken(params, ports.fetch), retryOptions(ports, 'Microsoft Entra token'));
        // Masked before anything else can print it.
        ports.secrets.add(token.accessToken);
        return token;
    }
    catch (error) {
        if (!(error instanceof AzureCallError))
            throw error;
        throw new src/* ActionError */.lZ(`sign in as application ${request.clientId}`, error.message, {
            hint: entraHint(error, request, claims),
        });
    }
}
function entraHint(error, request, claims) {
    const { clientId, tenantId, audience, authorityHost } = request.inputNames;
    const has = (...codes) => codes.some((c) => error.aadsts.includes(c));
    if (error.aadsts.some((c) => FEDERATION_MISMATCH.has(c))) {
        const why = explainFederationRefusal(request.clientId, claims, error.aadsts);
        return has(700212) ? `${why}\nOr set ${audience} to the audience the credential lists.` : why;
    }
    if (has(700016)) {
        return `No application with client ID ${request.clientId} exists in tenant ${request.tenantId}: check ${clientId} (the app registration's or managed identity's "Application (client) ID", not its object ID) and ${tenantId}.`;
    }
    if (has(90002, 900023, 90013)) {
        return `Check ${tenantId} (${request.tenantId}): it must be the directory (tenant) ID of the app's tenant, and ${authorityHost} that tenant's cloud.`;
    }
    if (has(700024)) {
        return "The OIDC token was outside its valid time range when Entra checked it; check the runner's clock and re-run the job.";
    }
    if (error.retryable)
        return 'Microsoft Entra kept failing after retries with backoff; re-run the job.';
    if (error.code === 'MalformedAnswer' || error.status === undefined) {
        return `Check ${authorityHost} (${request.authorityHost ?? AZURE_DEFAULT_AUTHORITY}): it must be Microsoft Entra's authority for the app's cloud.`;
    }
    return undefined;
}
async function acrRefreshToken(request, host, accessToken, ports) {
    const params = {
        host,
        endpoint: request.acrEndpoint ?? `https://${host}`,
        tenantId: request.tenantId,
        accessToken,
    };
    try {
        const token = await (0,src/* retry */.L5)(() => exchangeForAcrRefreshToken(params, ports.fetch), retryOptions(ports, `ACR exchange at ${host}`));
        ports.secrets.add(token);
        ports.secrets.add((0,src/* basicAuth */.tB)(ACR_REFRESH_TOKEN_USER, token));
        return token;
    }
    catch (error) {
        if (!(error instanceof AzureCallError))
            throw error;
        throw new src/* ActionError */.lZ(`log in to ${host}`, error.message, { hint: acrHint(error, request, host) });
    }
}
function acrHint(error, request, host) {
    const { registries } = request.inputNames;
    if (error.status === 401 || error.status === 403) {
        return [
            `The application's service principal may not push to ${host}. Grant it AcrPush on the registry:`,
            `  az role assignment create --assignee ${request.clientId} --role AcrPush --scope "$(az acr show --name ${host.split('.')[0]} --query id --output tsv)"`,
            `and check that ${registries} names a registry of tenant ${request.tenantId}.`,
        ].join('\n');
    }
    if (error.status === undefined || error.code === 'MalformedAnswer' || error.status === 404) {
        return `Check ${registries} (${host}): it must be the registry's login server, as \`az acr show --query loginServer\` prints it.`;
    }
    if (error.retryable)
        return `${host} kept failing after retries with backoff; re-run the job.`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/azure/src/summary.ts

/** The job summary of a login: the app and tenant, when the token ends, who the job is, the ACR logins. */
function renderAzureLoginSummary(result) {
    const rows = [
        ['application', (0,src/* code */.aY)(result.clientId)],
        ['tenant', (0,src/* code */.aY)(result.tenantId)],
        ...(result.subscriptionId ? [['subscription', (0,src/* code */.aY)(result.subscriptionId)]] : []),
        ['expires', result.expiration.toISOString()],
        ['token sub', (0,src/* code */.aY)(result.claims.sub)],
        ...result.registries.map((r) => ['ACR login', (0,src/* code */.aY)(r.host)]),
    ];
    return (0,src/* heading */.iw)('Azure login') + (0,src/* table */.tp)(['', ''], rows);
}

;// CONCATENATED MODULE: ./packages/azure/src/index.ts





/***/ })

};
