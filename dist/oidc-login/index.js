import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8903:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(624);

// One bundle for both steps: the runner gives the post step the state the main step saved.
if (process.env['STATE_isPost'] === 'true')
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .post */ .b)();
else
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ post),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __nccwpck_require__(1404);
;// CONCATENATED MODULE: ./packages/aws/src/clients.ts
// AWS clients are built here and only here, always with explicit credentials: the SDK's default
// provider chain would probe instance metadata (IMDS) on a runner without credentials and wait for
// its timeouts, and could silently pick up credentials nobody asked for. The SDK is imported lazily
// so an action failing on its inputs never pays for loading it.

/** An AWS error reduced to what callers decide on: its code, HTTP status and whether a retry can help. */
class AwsCallError extends Error {
    code;
    status;
    retryable;
    unreachable;
    constructor(code, message, status, retryable, 
    /** No answer came: the message completes "<host> …" rather than quoting one. */
    unreachable = false) {
        super(message);
        this.code = code;
        this.status = status;
        this.retryable = retryable;
        this.unreachable = unreachable;
        this.name = 'AwsCallError';
    }
}
const RETRYABLE_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'IDPCommunicationError',
    'InternalFailure',
    'ServiceUnavailable',
    'RequestTimeout',
]);
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'TimeoutError',
]);
function toAwsCallError(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode;
    if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(e.name ?? '')) {
        const failure = (0,src/* networkFailure */.rd)(error);
        return new AwsCallError(failure.code || 'NetworkError', failure.reason, status, failure.transient, true);
    }
    // The SDK's parser fails with the body in its message ("Unexpected token 'F', "FORGED…"): not echoed.
    if (e.name === 'SyntaxError' ||
        /parse error|deserializ|not valid JSON|Unexpected token/i.test(e.message ?? '')) {
        const retryable = status === undefined || status >= 500;
        return new AwsCallError('MalformedAnswer', 'answered with neither its XML nor its JSON (a proxy?)', status, retryable);
    }
    // The SDK names modelled STS errors `<Code>Exception`; callers and people know STS's wire codes.
    const named = (e.name && e.name !== 'Error' ? e.name : (e.code ?? 'UnknownError')).replace(/^(IDPCommunicationError|InvalidIdentityToken|IDPRejectedClaim|MalformedPolicyDocument|PackedPolicyTooLarge|RegionDisabled)Exception$/, '$1');
    // A code is an identifier; anything else came from a server and is not printed as one.
    const code = /^[A-Za-z][\w.]{0,63}$/.test(named) ? named : 'UnknownError';
    const retryable = RETRYABLE_CODES.has(code) || (status !== undefined && status >= 500);
    return new AwsCallError(code, (0,src/* shown */.SP)(e.message ?? String(error), { max: 300 }), status, retryable);
}
function noDefaultChain() {
    throw new AwsCallError('NoCredentials', 'no AWS credentials given (the default provider chain is disabled)', undefined, false);
}
/** Endpoint override per service, as the SDK documents it (`AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`). */
/** The host a service's requests go to, as messages name it: the endpoint override's, or AWS's own. */
function serviceHost(service, region, env) {
    const endpoint = endpointFor(service, env);
    if (endpoint) {
        try {
            return new URL(endpoint).host;
        }
        catch {
            return (0,src/* shown */.SP)(endpoint);
        }
    }
    return service === 'STS' ? `sts.${region}.amazonaws.com` : `api.ecr.${region}.amazonaws.com`;
}
function endpointFor(service, env) {
    return env[`AWS_ENDPOINT_URL_${service}`] || env['AWS_ENDPOINT_URL'] || undefined;
}
/** One attempt: retries belong to the caller, with jitter and a say in what is retryable. */
const COMMON = {
    maxAttempts: 1,
    // Bounds on each request (the SDK sets none): a host that accepts and never answers is a
    // TimeoutError, retried by the caller with backoff, not a step that hangs until the job's end.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000 },
};
/**
 * The SDK warns on stderr under Node < 22; actions run on node24, and on older Nodes (tests, the CLI)
 * the warning is noise that reads like a failure.
 */
function quietSdk() {
    process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
}
async function assumeRoleWithWebIdentity(params) {
    const env = params.env ?? process.env;
    quietSdk();
    const { STSClient, AssumeRoleWithWebIdentityCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19));
    const client = new STSClient({
        ...COMMON,
        region: params.region,
        endpoint: endpointFor('STS', env),
        credentials: noDefaultChain,
    });
    try {
        const out = await client.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: params.roleArn,
            RoleSessionName: params.roleSessionName,
            WebIdentityToken: params.webIdentityToken,
            DurationSeconds: params.durationSeconds,
        }));
        const c = out.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
            throw new AwsCallError('IncompleteResponse', 'STS answered without credentials', undefined, true);
        }
        return {
            credentials: {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                sessionToken: c.SessionToken,
            },
            expiration: c.Expiration,
            assumedRoleArn: out.AssumedRoleUser?.Arn ?? '',
        };
    }
    catch (error) {
        throw error instanceof AwsCallError ? error : toAwsCallError(error);
    }
    finally {
        client.destroy();
    }
}
async function getEcrAuthorizationTokens(credentials, region, registryIds, env = process.env) {
    quietSdk();
    const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(249)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8249, 19));
    const client = new ECRClient({ ...COMMON, region, endpoint: endpointFor('ECR', env), credentials });
    try {
        const out = await client.send(new GetAuthorizationTokenCommand(registryIds.length > 0 ? { registryIds } : {}));
        return (out.authorizationData ?? []).map((d) => {
            const decoded = Buffer.from(d.authorizationToken ?? '', 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0 || !d.proxyEndpoint) {
                throw new AwsCallError('IncompleteResponse', 'ECR answered with a malformed authorization token', undefined, false);
            }
            return {
                host: d.proxyEndpoint.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
                username: decoded.slice(0, colon),
                password: decoded.slice(colon + 1),
                expiresAt: d.expiresAt,
            };
        });
    }
    catch (error) {
        throw error instanceof AwsCallError ? error : toAwsCallError(error);
    }
    finally {
        client.destroy();
    }
}

// EXTERNAL MODULE: ./packages/oidc/src/index.ts + 2 modules
var oidc_src = __nccwpck_require__(7020);
;// CONCATENATED MODULE: ./packages/aws/src/trust.ts

/** The trust-policy Condition block that admits exactly this token, as IAM evaluates it. */
function matchingCondition(claims) {
    const provider = (0,oidc_src/* providerName */.pX)(claims.iss);
    return { StringEquals: { [`${provider}:aud`]: claims.aud, [`${provider}:sub`]: claims.sub } };
}
/** What to tell a person whose role refused the token: what the token says and the statement that would admit it. */
function explainAccessDenied(roleArn, claims) {
    const provider = (0,oidc_src/* providerName */.pX)(claims.iss);
    const account = roleArn.split(':')[4] ?? '<account>';
    const condition = JSON.stringify({ Condition: matchingCondition(claims) }, null, 2)
        .split('\n')
        .slice(1, -1);
    const wide = (0,oidc_src/* repositoryWideSubject */.Q4)(claims);
    return (0,oidc_src/* explainRefusedToken */.L9)(`The trust policy of ${roleArn}`, claims, [
        'A trust-policy statement matching them needs',
        `  "Principal": { "Federated": "arn:aws:iam::${account}:oidc-provider/${provider}" },`,
        '  "Action": "sts:AssumeRoleWithWebIdentity",',
        ...condition,
        wide
            ? `(to admit every ref of the repository instead, use "StringLike": { "${provider}:sub": "${wide}" }.)`
            : '',
        environmentNote(provider, claims),
    ]);
}
/** How the environment form scopes the role, for a job that has one and for one that does not. */
function environmentNote(provider, claims) {
    const repo = claims.repository ?? '<owner>/<repo>';
    if (claims.environment) {
        return `(an environment sub admits the ${claims.environment} environment's jobs from any branch: its protection rules, required reviewers and deployment branches, are what guard the role.)`;
    }
    return `(for a deploy job with \`environment: production\`, the statement needs "${provider}:sub": "repo:${repo}:environment:production" instead: the tightest trust, guarded by the environment's required reviewers.)`;
}

;// CONCATENATED MODULE: ./packages/aws/src/login.ts




/** The SDK-backed calls; the SDK itself loads on the first call, so failing on inputs never pays for it. */
const awsSdk = {
    assumeRoleWithWebIdentity: (params) => assumeRoleWithWebIdentity(params),
    getEcrAuthorizationTokens: (credentials, region, ids) => getEcrAuthorizationTokens(credentials, region, ids),
};
/** `STS at <host> answered <Code>: <message>`, or `… <why nothing answered>`. */
function failureText(service, aws, region, env) {
    const where = `${service} at ${serviceHost(service, region, env)}`;
    return aws.unreachable ? `${where} ${aws.message}` : `${where} answered ${aws.code}: ${aws.message}`;
}
const asAwsFailure = (error) => error && typeof error === 'object' && error.name === 'AwsCallError'
    ? error
    : null;
const RETRY = { attempts: 5, baseMs: 400, maxMs: 8000 };
function retryOptions(ports, what) {
    return {
        ...RETRY,
        clock: ports.clock,
        random: ports.random,
        retryable: (e) => asAwsFailure(e)?.retryable ?? false,
        onRetry: ({ attempt, delayMs, error }) => ports.log.info(`${what}: ${asAwsFailure(error)?.code ?? 'error'} on attempt ${attempt}, retrying in ${delayMs} ms`),
    };
}
/**
 * The job's OIDC token → STS credentials for the role (masked) → ECR logins (masked). Nothing is written
 * or exported here: the caller writes the logins and `environment` where its runner wants them.
 */
async function loginToAws(request, ports) {
    const { token, claims } = await (0,oidc_src/* requestGitHubIdentity */.Nv)(request.audience, ports);
    const role = await assumeRole(request, token, claims, ports);
    const accountId = role.assumedRoleArn.split(':')[4] ?? request.roleAccount;
    if (request.allowedAccountIds.length > 0 && !request.allowedAccountIds.includes(accountId)) {
        throw new src/* ActionError */.lZ('assume the role', `the credentials are for account ${accountId}, which ${request.inputNames.allowedAccountIds} does not allow`);
    }
    const registries = request.ecrLogin ? await ecrLogin(request, role.credentials, ports) : [];
    // Only now: the errors above name the account, and the person reading them needs it.
    if (request.maskAccountId)
        ports.secrets.add(accountId);
    return {
        accountId,
        assumedRoleArn: role.assumedRoleArn,
        expiration: role.expiration,
        credentials: role.credentials,
        claims,
        registries,
        environment: sessionEnvironment(role.credentials, request.region),
    };
}
function sessionEnvironment(credentials, region) {
    return {
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_SESSION_TOKEN: credentials.sessionToken,
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
    };
}
async function assumeRole(request, token, claims, ports) {
    try {
        const role = await (0,src/* retry */.L5)(() => ports.aws.assumeRoleWithWebIdentity({
            region: request.region,
            roleArn: request.roleArn,
            roleSessionName: request.sessionName,
            webIdentityToken: token,
            durationSeconds: request.durationSeconds,
            env: ports.env,
        }), retryOptions(ports, 'STS AssumeRoleWithWebIdentity'));
        // Masked before anything else can print them.
        ports.secrets.add(role.credentials.secretAccessKey);
        ports.secrets.add(role.credentials.sessionToken);
        ports.secrets.add(role.credentials.accessKeyId);
        return role;
    }
    catch (error) {
        const aws = asAwsFailure(error);
        if (!aws)
            throw error;
        throw new src/* ActionError */.lZ(`assume ${request.roleArn}`, failureText('STS', aws, request.region, ports.env), {
            hint: stsHint(aws, request, claims),
        });
    }
}
function stsHint(aws, request, claims) {
    switch (aws.code) {
        case 'AccessDenied':
            return explainAccessDenied(request.roleArn, claims);
        case 'ExpiredTokenException':
            return "The OIDC token expired before STS saw it; check the runner's clock and re-run the job.";
        case 'InvalidIdentityToken':
            return `Is the OIDC provider for ${claims.iss} registered in account ${request.roleAccount} (IAM → Identity providers) with audience ${claims.aud}?`;
        case 'IDPCommunicationError':
        case 'Throttling':
            return 'STS kept failing after retries with backoff; re-run the job, or stagger large matrix builds.';
        case 'ValidationError':
            return `Check ${request.inputNames.durationSeconds} against the role's maximum session duration and ${request.inputNames.sessionName}.`;
        default:
            return undefined;
    }
}
async function ecrLogin(request, credentials, ports) {
    const ids = request.registries.length > 0 ? request.registries : [request.roleAccount];
    try {
        const data = await (0,src/* retry */.L5)(() => ports.aws.getEcrAuthorizationTokens(credentials, request.region, ids), retryOptions(ports, 'ECR GetAuthorizationToken'));
        for (const d of data) {
            ports.secrets.add(d.password);
            ports.secrets.add((0,src/* basicAuth */.tB)(d.username, d.password));
        }
        return data;
    }
    catch (error) {
        const aws = asAwsFailure(error);
        if (!aws)
            throw error;
        const { registries, region } = request.inputNames;
        throw new src/* ActionError */.lZ(`log in to ECR in ${request.region} for ${ids.join(', ')}`, failureText('ECR', aws, request.region, ports.env), {
            hint: aws.code === 'AccessDeniedException'
                ? `Allow ecr:GetAuthorizationToken for the role, and check that ${registries} (${ids.join(', ')}) and ${region} (${request.region}) are those of the repositories.`
                : undefined,
        });
    }
}

;// CONCATENATED MODULE: ./packages/aws/src/summary.ts

/** The job summary of a login: the session, when it ends, who the token said the job is, the ECR logins. */
function renderAwsLoginSummary(result) {
    const rows = [
        ['role session', (0,src/* code */.aY)(result.assumedRoleArn)],
        ['expires', result.expiration.toISOString()],
        ['token sub', (0,src/* code */.aY)(result.claims.sub)],
        ...result.registries.map((r) => ['ECR login', (0,src/* code */.aY)(r.host)]),
    ];
    return (0,src/* heading */.iw)('AWS login') + (0,src/* table */.tp)(['', ''], rows);
}

;// CONCATENATED MODULE: ./packages/aws/src/index.ts





// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/registry/src/index.ts + 3 modules
var registry_src = __nccwpck_require__(3545);
;// CONCATENATED MODULE: ./packages/cloud-login/src/login.ts



const PROVIDERS = ['aws', 'gcp', 'azure'];
async function providerLogin(request, ports) {
    switch (request.provider) {
        case 'aws': {
            const r = await loginToAws(request.aws, ports);
            return {
                outputs: {
                    'aws-account-id': r.accountId,
                    'authenticated-arn': r.assumedRoleArn,
                    expiration: r.expiration.toISOString(),
                    registry: r.registries.map((l) => l.host).join('\n'),
                },
                environment: r.environment,
                files: [],
                registries: r.registries,
                summary: renderAwsLoginSummary(r),
            };
        }
        case 'gcp': {
            // Each cloud's code loads only for its provider: an AWS login starts as fast as before they existed.
            const { loginToGcp, renderGcpLoginSummary } = await __nccwpck_require__.e(/* import() */ 863).then(__nccwpck_require__.bind(__nccwpck_require__, 9863));
            const r = await loginToGcp(request.gcp, ports);
            return {
                outputs: {
                    'gcp-access-token': r.accessToken,
                    expiration: r.expiration.toISOString(),
                    registry: r.registries.map((l) => l.host).join('\n'),
                },
                environment: r.environment,
                files: r.files,
                registries: r.registries,
                summary: renderGcpLoginSummary(r),
            };
        }
        case 'azure': {
            const { loginToAzure, renderAzureLoginSummary } = await __nccwpck_require__.e(/* import() */ 149).then(__nccwpck_require__.bind(__nccwpck_require__, 9149));
            const r = await loginToAzure(request.azure, ports);
            return {
                outputs: {
                    'azure-access-token': r.accessToken,
                    expiration: r.expiration.toISOString(),
                    registry: r.registries.map((l) => l.host).join('\n'),
                },
                environment: r.environment,
                files: [],
                registries: r.registries,
                summary: renderAzureLoginSummary(r),
            };
        }
    }
}
/**
 * The job's OIDC token → the provider's credentials → the files its tools read (mode 0600) and one
 * docker-config login per registry, written by the same path for every cloud. `onCleanup` hears of each
 * thing written as soon as it exists, so a failure half-way still leaves the post step a full list.
 */
async function loginToCloud(request, ports, onCleanup = () => undefined) {
    const login = await providerLogin(request, ports);
    const cleanup = { files: [] };
    for (const file of login.files) {
        cleanup.files.push(file.path);
        onCleanup(cleanup);
        await (0,promises_.writeFile)(file.path, file.content, { mode: 0o600, flag: 'w' });
    }
    if (login.registries.length > 0) {
        cleanup.dockerLogins = await (0,registry_src/* saveLogins */.QI)(login.registries, ports);
        onCleanup(cleanup);
    }
    return { outputs: login.outputs, environment: login.environment, cleanup, summary: login.summary };
}
/** Removes what `loginToCloud` left, and only that; says what it removed. */
async function undoCloudLogin(cleanup, log) {
    for (const file of cleanup.files) {
        await (0,promises_.rm)(file, { force: true });
        log.info(`Removed ${file}`);
    }
    if (!cleanup.dockerLogins)
        return;
    const removed = (await (0,registry_src/* removeLogins */.TE)(cleanup.dockerLogins)).join(', ');
    log.info(removed ? `Removed the logins for ${removed} from ${cleanup.dockerLogins.path}` : 'No logins to remove');
}

// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var inputs = __nccwpck_require__(190);
// EXTERNAL MODULE: ./packages/gcp/src/inputs.ts
var src_inputs = __nccwpck_require__(2981);
;// CONCATENATED MODULE: ./actions/oidc-login/src/inputs.ts




const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
function getInputs(raw, env = process.env) {
    const provider = raw.enum('provider', PROVIDERS, 'aws');
    if (provider === 'gcp')
        return { provider, gcp: gcpInputs(raw, env) };
    if (provider === 'azure')
        return { provider, azure: azureInputs(raw) };
    return { provider, aws: awsInputs(raw, env) };
}
function awsInputs(raw, env) {
    const roleArn = raw.string('role-to-assume', { required: true });
    const match = ROLE_ARN.exec(roleArn);
    if (!match) {
        throw new src/* InputError */.dz('role-to-assume', `${(0,src/* shown */.SP)(roleArn)} is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`);
    }
    const region = raw.string('aws-region', { required: true });
    if (!REGION.test(region))
        throw new src/* InputError */.dz('aws-region', `${(0,src/* shown */.SP)(region)} is not an AWS region (e.g. eu-west-1)`);
    const inputs = {
        roleArn,
        roleAccount: match[1] ?? '',
        region,
        audience: raw.string('audience') || 'sts.amazonaws.com',
        sessionName: sessionName(raw.string('role-session-name', { default: 'GitHubActions-{run_id}-{run_attempt}' }), env),
        durationSeconds: raw.integer('role-duration-seconds', { min: 900, max: 43200, default: 3600 }),
        ecrLogin: raw.boolean('ecr-login', true),
        registries: accounts(raw, 'registries'),
        allowedAccountIds: accounts(raw, 'allowed-account-ids'),
        maskAccountId: raw.boolean('mask-aws-account-id', false),
        inputNames: {
            region: 'aws-region',
            registries: 'registries',
            allowedAccountIds: 'allowed-account-ids',
            durationSeconds: 'role-duration-seconds',
            sessionName: 'role-session-name',
        },
    };
    checkAllowed(inputs);
    return inputs;
}
function accounts(raw, name) {
    const values = raw.list(name);
    const bad = values.find((v) => !ACCOUNT.test(v));
    if (bad !== undefined)
        throw new src/* InputError */.dz(name, `${(0,src/* shown */.SP)(bad)} is not a 12-digit AWS account ID`);
    return [...new Set(values)];
}
/** Refuse before any token leaves the runner when the inputs already name a forbidden account. */
function checkAllowed(inputs) {
    if (inputs.allowedAccountIds.length === 0)
        return;
    const allowed = inputs.allowedAccountIds.join(', ');
    if (!inputs.allowedAccountIds.includes(inputs.roleAccount)) {
        throw new src/* InputError */.dz('role-to-assume', `is in account ${inputs.roleAccount}, which allowed-account-ids (${allowed}) does not allow`);
    }
    const other = inputs.registries.find((r) => !inputs.allowedAccountIds.includes(r));
    if (other)
        throw new src/* InputError */.dz('registries', `names account ${other}, which allowed-account-ids (${allowed}) does not allow`);
}
function sessionName(template, env) {
    const values = {
        run_id: env['GITHUB_RUN_ID'] ?? '0',
        run_attempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
        repository: (env['GITHUB_REPOSITORY'] ?? '').replace(/\//g, '-'),
        job: env['GITHUB_JOB'] ?? '',
    };
    const name = template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
    if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
        throw new src/* InputError */.dz('role-session-name', `${(0,src/* shown */.SP)(name)} must be 2–64 characters of letters, digits and + = , . @ _ -`);
    }
    return name;
}
function gcpInputs(raw, env) {
    const lifetime = raw.string('token-lifetime');
    const endpoint = (name, example) => {
        const value = raw.string(name);
        return value ? (0,src/* tokenOriginInput */.Wm)(name, value, example) : undefined;
    };
    return {
        workloadIdentityProvider: (0,src_inputs/* parseWorkloadIdentityProvider */.Wf)('workload-identity-provider', raw.string('workload-identity-provider', { required: true })),
        serviceAccount: (0,src_inputs/* parseServiceAccount */.YA)('service-account', raw.string('service-account')),
        registries: (0,src_inputs/* parseArtifactRegistryHosts */._0)('gcp-registries', raw.string('gcp-registries')),
        // Undefined, not the default, when not given: the package notes a lifetime set without a service account.
        tokenLifetimeSeconds: lifetime ? (0,src_inputs/* parseTokenLifetime */.I_)('token-lifetime', lifetime) : undefined,
        audience: raw.string('audience') || undefined,
        stsEndpoint: endpoint('gcp-sts-endpoint', 'https://sts.googleapis.com'),
        iamEndpoint: endpoint('gcp-iam-endpoint', 'https://iamcredentials.googleapis.com'),
        credentialsDir: env['RUNNER_TEMP'] || undefined,
        inputNames: {
            workloadIdentityProvider: 'workload-identity-provider',
            serviceAccount: 'service-account',
            registries: 'gcp-registries',
            tokenLifetime: 'token-lifetime',
            audience: 'audience',
            stsEndpoint: 'gcp-sts-endpoint',
            iamEndpoint: 'gcp-iam-endpoint',
        },
    };
}
function azureInputs(raw) {
    const subscription = raw.string('azure-subscription-id');
    const authority = raw.string('azure-authority-host');
    return {
        clientId: (0,inputs/* parseGuid */.J)('azure-client-id', raw.string('azure-client-id', { required: true })),
        tenantId: (0,inputs/* parseGuid */.J)('azure-tenant-id', raw.string('azure-tenant-id', { required: true })),
        subscriptionId: subscription ? (0,inputs/* parseGuid */.J)('azure-subscription-id', subscription) : undefined,
        registries: (0,inputs/* parseAcrHosts */.Fi)('acr-registries', raw.list('acr-registries')),
        audience: raw.string('audience') || undefined,
        authorityHost: authority ? (0,inputs/* parseAuthorityHost */.Pi)('azure-authority-host', authority) : undefined,
        inputNames: {
            clientId: 'azure-client-id',
            tenantId: 'azure-tenant-id',
            registries: 'acr-registries',
            audience: 'audience',
            authorityHost: 'azure-authority-host',
        },
    };
}

;// CONCATENATED MODULE: ./actions/oidc-login/src/main.ts




const PROVIDER_NAMES = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };
function run(ctx = (0,src/* createContext */.q6)(), aws = awsSdk) {
    return (0,src/* runAction */.Cs)('log in to the cloud', async ({ runner, inputs: raw, secrets, log }) => {
        // Saved first: the post step must know it is the post step whatever happens below.
        runner.saveState('isPost', 'true');
        const request = getInputs(raw);
        log.info(`Logging in to ${PROVIDER_NAMES[request.provider]} with the job's OIDC token`);
        const ports = { aws, log, secrets, env: process.env, fetch, clock: src/* systemClock */.ml };
        const saveCleanup = (cleanup) => runner.saveState('cleanup', JSON.stringify(cleanup));
        const result = await loginToCloud(request, ports, saveCleanup);
        for (const [name, value] of Object.entries(result.environment))
            runner.exportVariable(name, value);
        for (const [name, value] of Object.entries(result.outputs))
            runner.setOutput(name, value);
        runner.appendSummary(secrets.redact(result.summary));
    }, ctx);
}
/** The post step: removes the files and docker-config logins the main step added, and nothing else. */
function post(ctx = (0,src/* createContext */.q6)()) {
    return (0,src/* runAction */.Cs)('remove the cloud login', async ({ runner, log }) => {
        const saved = runner.getState('cleanup');
        if (saved)
            await undoCloudLogin(JSON.parse(saved), log);
    }, ctx);
}


/***/ }),

/***/ 190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ parseAcrHosts),
/* harmony export */   J: () => (/* binding */ parseGuid),
/* harmony export */   Pi: () => (/* binding */ parseAuthorityHost),
/* harmony export */   Rz: () => (/* binding */ armScope)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1404);
/* harmony import */ var _gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3545);


const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * A client, tenant or subscription ID: a GUID only. A tenant's verified domain (`contoso.com`) would
 * work at Entra too, but ACR's exchange and AZURE_TENANT_ID want the ID, and a domain typo would only
 * surface as a vaguer AADSTS90002 later; the portal shows the GUID next to the domain.
 */
function parseGuid(input, value) {
    const trimmed = value.trim();
    if (!GUID.test(trimmed)) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(value)} is not a GUID (e.g. 00000000-0000-0000-0000-000000000000; the Azure portal shows it under Overview)`);
    }
    return trimmed.toLowerCase();
}
/**
 * ACR login servers such as `acme.azurecr.io` (also `.azurecr.cn`, `.azurecr.us`), without scheme or
 * path; lower-cased and de-duplicated. The rule is registry's `parseAcrHost`, so a host this login
 * accepts is one build-tag-push's `registry: acr` accepts too.
 */
function parseAcrHosts(input, values) {
    const hosts = values.map((value) => {
        const host = value
            .trim()
            .replace(/^https?:\/\//i, '')
            .replace(/\/+$/, '')
            .toLowerCase();
        if (!(0,_gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .parseAcrHost */ .cV)(host)) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(value)} is not an Azure Container Registry login server (<name>.azurecr.io, .azurecr.cn or .azurecr.us; the name is 5–50 letters and digits)`);
        }
        return host;
    });
    return [...new Set(hosts)];
}
/**
 * Microsoft Entra's authority, `https://login.microsoftonline.com` by default; another cloud's
 * (`https://login.chinacloudapi.cn`, `https://login.microsoftonline.us`) or a private endpoint.
 */
function parseAuthorityHost(input, value) {
    return (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .tokenOriginInput */ .Wm)(input, value, 'https://login.microsoftonline.com');
}
/** Azure Resource Manager's scope in the cloud an authority belongs to: what ACR's exchange accepts. */
function armScope(authorityHost) {
    const host = new URL(authorityHost).hostname;
    if (host.endsWith('chinacloudapi.cn'))
        return 'https://management.chinacloudapi.cn/.default';
    if (host.endsWith('microsoftonline.us'))
        return 'https://management.usgovcloudapi.net/.default';
    return 'https://management.azure.com/.default';
}


/***/ }),

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ parseTokenLifetime),
/* harmony export */   UF: () => (/* binding */ serviceAccountProject),
/* harmony export */   Wf: () => (/* binding */ parseWorkloadIdentityProvider),
/* harmony export */   YA: () => (/* binding */ parseServiceAccount),
/* harmony export */   _0: () => (/* binding */ parseArtifactRegistryHosts),
/* harmony export */   cS: () => (/* binding */ providerParts),
/* harmony export */   ek: () => (/* binding */ DEFAULT_TOKEN_LIFETIME_SECONDS)
/* harmony export */ });
/* unused harmony export MAX_TOKEN_LIFETIME_SECONDS */
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1404);
/* harmony import */ var _gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3545);


const PROVIDER_EXAMPLE = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github';
// Pool and provider IDs: 4–32 lowercase letters, digits and hyphens (IAM's own constraint).
const PROVIDER_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/workloadIdentityPools\/([^/]+)\/providers\/([^/]+)$/;
const ID = /^[a-z0-9-]{4,32}$/;
/** Splits a provider name already checked by `parseWorkloadIdentityProvider`. */
function providerParts(name) {
    const m = PROVIDER_NAME.exec(name);
    return { projectNumber: m?.[1] ?? '', pool: m?.[3] ?? '', provider: m?.[4] ?? '' };
}
/** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`, as Google names it. */
function parseWorkloadIdentityProvider(input, value) {
    const name = value.trim();
    if (!name)
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is required, for example ${PROVIDER_EXAMPLE}`);
    const prefixed = /^(?:https:)?\/\/iam\.googleapis\.com\/(.*)$/.exec(name);
    if (prefixed) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `takes the provider's name without ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(name.slice(0, name.length - (prefixed[1] ?? '').length))}: ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(prefixed[1] ?? '', { max: 200 })}`);
    }
    const m = PROVIDER_NAME.exec(name);
    if (!m)
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(name, { max: 200 })} is not a provider name; expected ${PROVIDER_EXAMPLE}`);
    const [, project = '', location, pool = '', provider = ''] = m;
    if (!/^\d{1,20}$/.test(project)) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `names project ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(project)}, but takes the project NUMBER, not its ID (gcloud projects describe ${project} --format='value(projectNumber)')`);
    }
    if (location !== 'global') {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `names location ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(location ?? '')}; workload identity pools are 'global'`);
    }
    for (const [what, id] of [
        ['pool', pool],
        ['provider', provider],
    ]) {
        if (!ID.test(id) || id.startsWith('-') || id.endsWith('-')) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `names ${what} ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(id)}; IDs are 4 to 32 lowercase letters, digits and hyphens`);
        }
    }
    return name;
}
// `<name>@<project>.iam.gserviceaccount.com`; a domain-scoped project (`example.com:p`) becomes `p.example.com`.
const SERVICE_ACCOUNT = /^([a-z][a-z0-9-]{4,28}[a-z0-9])@([a-z][a-z0-9.-]{4,62}[a-z0-9])\.iam\.gserviceaccount\.com$/;
/** An optional service account email; '' gives undefined (direct federation, no impersonation). */
function parseServiceAccount(input, value) {
    const email = value.trim();
    if (!email)
        return undefined;
    if (SERVICE_ACCOUNT.test(email))
        return email;
    const hint = /[A-Z]/.test(email)
        ? ' (service account emails are lowercase)'
        : /@(developer|appspot)\.gserviceaccount\.com$/.test(email)
            ? ' (a default service account has broad roles: create a dedicated one for the workflow)'
            : '';
    throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(email)} is not a service account email such as ci-pusher@my-project.iam.gserviceaccount.com${hint}`);
}
/** The project ID a service account belongs to (`ci@my-project.iam.gserviceaccount.com` → `my-project`). */
function serviceAccountProject(email) {
    const domain = SERVICE_ACCOUNT.exec(email)?.[2] ?? '';
    // Domain-scoped projects (`example.com:my-project`) appear as `my-project.example.com`.
    const [project = '', ...domainParts] = domain.split('.');
    return domainParts.length > 0 ? `${domainParts.join('.')}:${project}` : project;
}
// Container Registry's hosts, served by Artifact Registry (gcr.io repositories) since its shutdown:
// the same `oauth2accesstoken` login works there, so a workflow still pushing to them is not broken.
const GCR_HOSTS = new Set(['gcr.io', 'us.gcr.io', 'eu.gcr.io', 'asia.gcr.io']);
/**
 * Artifact Registry hosts to log in to, one per line or comma-separated: `<location>-docker.pkg.dev`,
 * or one of the four `gcr.io` hosts Artifact Registry now serves. Duplicates are dropped.
 */
function parseArtifactRegistryHosts(input, value) {
    const hosts = [];
    for (const raw of (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(value).flatMap((line) => line.split(','))) {
        const host = raw.trim();
        if (!host)
            continue;
        if (!(0,_gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .parseGarHost */ .U7)(host) && !GCR_HOSTS.has(host))
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, hostProblem(host));
        if (!hosts.includes(host))
            hosts.push(host);
    }
    return hosts;
}
function hostProblem(host) {
    const bare = host.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
    if (bare !== host && ((0,_gitops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .parseGarHost */ .U7)(bare) || GCR_HOSTS.has(bare))) {
        return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(host)} is more than a host: give ${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(bare)} (the login covers every repository there)`;
    }
    if (/^[a-z0-9-]+-[a-z]+\.pkg\.dev$/.test(host)) {
        return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(host)} is not a Docker repository host; container images live at <location>-docker.pkg.dev`;
    }
    if (host.endsWith('.gcr.io')) {
        return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(host)} is not a Container Registry host; those are gcr.io, us.gcr.io, eu.gcr.io and asia.gcr.io`;
    }
    return `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(host)} is not an Artifact Registry host such as europe-west1-docker.pkg.dev`;
}
/** IAM Credentials' ceiling; above 3600 s only with the org policy iam.allowServiceAccountCredentialLifetimeExtension. */
const MAX_TOKEN_LIFETIME_SECONDS = 43_200;
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
/** `3600`, `3600s`, `60m` or `1h`; '' gives the default (3600 s). */
function parseTokenLifetime(input, value) {
    const text = value.trim();
    if (!text)
        return DEFAULT_TOKEN_LIFETIME_SECONDS;
    const m = /^(\d{1,6})(s|m|h)?$/.exec(text);
    const unit = { s: 1, m: 60, h: 3600 }[(m?.[2] ?? 's')];
    const seconds = m ? Number(m[1]) * unit : NaN;
    if (!Number.isInteger(seconds)) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(text)} is not a lifetime such as 3600, 3600s, 60m or 1h`);
    }
    if (seconds < 1 || seconds > MAX_TOKEN_LIFETIME_SECONDS) {
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(text)} is ${seconds} s; IAM Credentials issues tokens for 1 s to ${MAX_TOKEN_LIFETIME_SECONDS} s (12 h; above 3600 s only where the org policy constraints/iam.allowServiceAccountCredentialLifetimeExtension allows it)`);
    }
    return seconds;
}


/***/ }),

/***/ 1404:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ errors_InputError),
  tB: () => (/* reexport */ basicAuth),
  aY: () => (/* reexport */ code),
  q6: () => (/* reexport */ run_action_createContext),
  iw: () => (/* reexport */ heading),
  w4: () => (/* reexport */ hostOf),
  rd: () => (/* reexport */ networkFailure),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ run_action_runAction),
  SP: () => (/* reexport */ outside_text_shown),
  uz: () => (/* reexport */ splitLines),
  ml: () => (/* reexport */ retry_systemClock),
  tp: () => (/* reexport */ table),
  Wm: () => (/* reexport */ tokenOriginInput)
});

// UNUSED EXPORTS: InputReader, MIN_SECRET_LENGTH, Runner, Secrets, backoffDelay, branchInput, defineAction, describeFailure, displayUrl, errorMessage, escapeCell, exec, formatCommand, formatDuration, formatFileCommand, fullNameInput, gitRepositoryInput, gitTransportInput, githubApiUrl, githubServerUrl, guardCommands, httpUrlInput, inputEnvName, link, oneLineInput, parseCommandFile, parseWorkflowCommand, parseWorkflowCommands, registryLoginInputs, repoPathInput, runnerLogger, runnerPorts, silentLogger, startsCommand, urlTemplateInput

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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to `_`, hyphens kept (`INPUT_MAX-ATTEMPTS`). */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The runner as seen from inside an action: environment in, commands and files out. */
class Runner {
    env;
    write;
    constructor(env = process.env, write = (line) => process.stdout.write(line + external_node_os_.EOL)) {
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
            (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : markdown + external_node_os_.EOL, 'utf8');
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





function run_action_createContext(runner = new Runner()) {
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
async function run_action_runAction(operation, body, ctx = run_action_createContext()) {
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
        throw new errors_InputError(input, `must use https:// (the job's token is sent there), got ${outside_text_shown(`http://${url.host}`)}`);
    }
    if (url.search || url.hash || url.pathname !== '/') {
        throw new errors_InputError(input, `must be the origin only (e.g. ${example}), got ${outside_text_shown(value)}`);
    }
    return url.origin;
}

;// CONCATENATED MODULE: ./packages/kit/src/index.ts

















/***/ }),

/***/ 7020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L9: () => (/* reexport */ explainRefusedToken),
  pX: () => (/* reexport */ providerName),
  Q4: () => (/* reexport */ repositoryWideSubject),
  Nv: () => (/* reexport */ requestGitHubIdentity)
});

// UNUSED EXPORTS: PERMISSION_HINT, decodeClaims, requestIdToken, subjectForm

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __nccwpck_require__(1404);
;// CONCATENATED MODULE: ./packages/oidc/src/id-token.ts

const OPERATION = 'get a GitHub OIDC token';
const PERMISSION_HINT = [
    'The job has no permission to request an OIDC token. Add this to the job (or the workflow):',
    '  permissions:',
    '    id-token: write',
    '    contents: read',
    'Workflows triggered from a fork never receive an OIDC token.',
].join('\n');
/**
 * The one way every cloud login starts: the runner's token for `audience`, its claims read, and refused
 * here when already expired (a cloud would only answer with a vaguer error).
 */
async function requestGitHubIdentity(audience, ports) {
    const token = await requestIdToken(audience, ports);
    const claims = decodeClaims(token);
    if (claims.exp !== undefined && claims.exp * 1000 <= ports.clock.now()) {
        throw new src/* ActionError */.lZ(OPERATION, `the token expired at ${new Date(claims.exp * 1000).toISOString()}`, {
            hint: "Check the runner's clock; tokens are valid for a few minutes after they are issued.",
        });
    }
    return { token, claims };
}
/** Asks the runner's token endpoint for a JWT with `audience`, retrying 5xx and network failures. */
async function requestIdToken(audience, ports) {
    const url = ports.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const requestToken = ports.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    if (!url || !requestToken) {
        throw new src/* ActionError */.lZ(OPERATION, 'ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set', { hint: PERMISSION_HINT });
    }
    ports.secrets.add(requestToken);
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    const value = await (0,src/* retry */.L5)(() => fetchIdToken(target, requestToken, ports.fetch), {
        attempts: 4,
        baseMs: 300,
        maxMs: 4000,
        clock: ports.clock,
        random: ports.random,
        retryable: (e) => e instanceof src/* ActionError */.lZ && e.retryable,
    });
    ports.secrets.add(value);
    return value;
}
/** The endpoint as messages name it: its host and the runner variable that chose it. */
const endpoint = (target) => `the runner's token endpoint ${target.host} (ACTIONS_ID_TOKEN_REQUEST_URL)`;
/** One attempt; whether another can help is carried by the error. */
async function fetchIdToken(target, requestToken, fetchFn) {
    let res;
    try {
        res = await fetchFn(target, {
            headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json; api-version=2.0' },
            signal: AbortSignal.timeout(15_000),
        });
    }
    catch (error) {
        const failure = (0,src/* networkFailure */.rd)(error);
        throw new src/* ActionError */.lZ(OPERATION, `${endpoint(target)} ${failure.reason}`, {
            retryable: failure.transient,
        });
    }
    if (!res.ok) {
        const retryable = res.status >= 500 || res.status === 429;
        throw new src/* ActionError */.lZ(OPERATION, `${endpoint(target)} answered ${res.status}`, {
            retryable,
            hint: res.status === 401 || res.status === 403 ? PERMISSION_HINT : undefined,
        });
    }
    // Read as text first: a proxy's HTML page is not JSON, and the parser's message would echo it.
    let body = {};
    try {
        body = JSON.parse(await res.text());
    }
    catch {
        // Falls through to the refusal below.
    }
    // Three base64url segments and nothing else: the value is masked and sent on, so a line break
    // in it would split the mask and reach the cloud's token exchange.
    if (typeof body?.value !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(body.value)) {
        throw new src/* ActionError */.lZ(OPERATION, `${endpoint(target)} answered without a JWT`, {
            retryable: res.status >= 500,
        });
    }
    return body.value;
}
/** Reads (does not verify: the cloud does) the claims of a JWT. */
function decodeClaims(jwt) {
    try {
        const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const str = (k) => (typeof payload[k] === 'string' ? payload[k] : undefined);
        const aud = payload['aud'];
        return {
            iss: str('iss') ?? '',
            sub: str('sub') ?? '',
            aud: Array.isArray(aud)
                ? aud.join(',')
                : typeof aud === 'string' || typeof aud === 'number'
                    ? String(aud)
                    : '',
            repository: str('repository'),
            ref: str('ref'),
            environment: str('environment'),
            job_workflow_ref: str('job_workflow_ref'),
            exp: typeof payload['exp'] === 'number' ? payload['exp'] : undefined,
        };
    }
    catch {
        throw new src/* ActionError */.lZ(OPERATION, 'the runner answered with a token whose claims cannot be read');
    }
}

;// CONCATENATED MODULE: ./packages/oidc/src/explain.ts
/** `https://token.actions.githubusercontent.com` → `token.actions.githubusercontent.com`, as trust policies name the issuer. */
function providerName(issuer) {
    return issuer.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}
/** The `sub` pattern that admits every ref of the token's repository, or undefined without a repository claim. */
const repositoryWideSubject = (claims) => claims.repository ? `repo:${claims.repository}:*` : undefined;
/**
 * What to tell a person whose cloud refused the token: what the token says, then the cloud's own
 * `admitting` lines (what its policy needs to admit exactly this token).
 */
function explainRefusedToken(refusedBy, claims, admitting) {
    const shown = [
        ['sub', claims.sub],
        ['aud', claims.aud],
        ['repository', claims.repository],
        ['ref', claims.ref],
        ['environment', claims.environment],
        ['job_workflow_ref', claims.job_workflow_ref],
    ];
    return [
        `${refusedBy} does not admit this job's token. The token's claims:`,
        ...shown.map(([k, v]) => `  ${k}: ${v ?? '(not set)'}`),
        subjectForm(claims),
        ...admitting,
    ]
        .filter(Boolean)
        .join('\n');
}
/**
 * Which form of `sub` the token carries. A job with `environment:` presents the environment form
 * instead of the ref form, and a policy written for the branch then refuses it: a very common cause
 * of AccessDenied after a team adds approvals to its deploy job.
 */
function subjectForm(claims) {
    const repo = claims.repository ?? '<owner>/<repo>';
    if (claims.environment) {
        const ref = claims.ref ? `repo:${repo}:ref:${claims.ref}` : `repo:${repo}:ref:<ref>`;
        return (`This job runs in the environment ${claims.environment}, so its sub is the environment form ` +
            `repo:${repo}:environment:${claims.environment}, not the ref form (${ref}): ` +
            'a policy that names the branch does not admit it.');
    }
    return (`This job has no environment, so its sub names the ref (repo:${repo}:ref:<ref>; the event for a pull request); ` +
        `a job with \`environment: <name>\` presents the environment form repo:${repo}:environment:<name> instead.`);
}

;// CONCATENATED MODULE: ./packages/oidc/src/index.ts




/***/ }),

/***/ 3545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cV: () => (/* reexport */ parseAcrHost),
  U7: () => (/* reexport */ parseGarHost),
  TE: () => (/* reexport */ removeLogins),
  QI: () => (/* reexport */ saveLogins)
});

// UNUSED EXPORTS: MANIFEST_ACCEPT, REGISTRY_KINDS, RegistryClient, RegistryError, TAG_PATTERN, addLogins, authFiles, dockerConfigPath, parseEcrHost, parseImageName, readStoredCredentials, registryKindOf, registryKindProblem

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 13 modules
var src = __nccwpck_require__(1404);
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
        throw new RegistryError(`the registry's auth challenge has no realm: ${shown(header)}`, 401, false);
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
                ? `with ${this.opts.credentials.source} (user ${shown(this.opts.credentials.username)})`
                : 'without credentials';
            return new RegistryError(`${what}: the registry ${this.opts.host} refused access (${res.status}) ${who}`, res.status, false);
        }
        // The body is the registry's (or a proxy's) text: quoted and cut, never printed as it came.
        const body = res.body.trim() ? `: ${shown(res.body.trim())}` : '';
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
        const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
        if (!existsSync(file))
            continue;
        let config;
        try {
            config = JSON.parse(readFileSync(file, 'utf8'));
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
const hash = (auth) => (0,external_node_crypto_.createHash)('sha256').update(auth).digest('hex');
async function readConfig(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return {};
    const text = await (0,promises_.readFile)(path, 'utf8');
    if (text.trim() === '')
        return {};
    return JSON.parse(text);
}
async function writeConfig(path, config) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}
/** Adds `auths[host].auth` entries, keeping everything else in the file (credHelpers, other logins). */
async function addLogins(path, logins) {
    const config = await readConfig(path);
    const auths = (config.auths ??= {});
    const added = logins.map(({ host, username, password }) => {
        const auth = (0,src/* basicAuth */.tB)(username, password);
        auths[host] = { ...auths[host], auth };
        return { host, authHash: hash(auth) };
    });
    await writeConfig(path, config);
    return { path, logins: added };
}
/** Removes exactly the entries `addLogins` wrote that still hold what it wrote; returns their hosts. */
async function removeLogins({ path, logins }) {
    if (!(0,external_node_fs_.existsSync)(path))
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
            error: `must not carry a tag (${shown(`:${repository.slice(lastColon + 1)}`)}); give the repository only, the tags are set apart`,
        };
    if (hasRegistry && !HOST.test(registry))
        return { error: `has an invalid registry host ${shown(registry)}` };
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    const bad = repository.split('/').find((c) => !COMPONENT.test(c));
    if (bad !== undefined) {
        return {
            error: `has an invalid path component ${shown(bad)} (lower-case letters, digits and . _ - separators only)`,
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





/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ var __webpack_exports__ = __nccwpck_require__(8903);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
