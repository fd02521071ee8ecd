export const id = 15;
export const ids = [15,371];
export const modules = {

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ provenanceText),
/* harmony export */   buildingRepository: () => (/* binding */ buildingRepository),
/* harmony export */   checkAttestations: () => (/* binding */ checkAttestations)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(612);
/* harmony import */ var _gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2566);
// Whether the promoted digest carries a GitHub artifact attestation (actions/attest-build-provenance),
// for the pull request's reviewers. Only a statement: a failure to check never fails the promotion,
// and a listed attestation is not a verified one (`gh attestation verify` checks the signature).


const DIGEST = /^sha256:[0-9a-f]{64}$/;
const FULL_NAME = /^\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/;
/**
 * The repository that built (and attested) the image, '' when unknown: the service repository the
 * reference trailers name, when it is on this GitHub; else the workflow's own repository, unless
 * that is the GitOps repository itself — a promotion run there did not build the image.
 */
function buildingRepository(reference, env, serverUrl, gitopsRepository) {
    const fromTrailer = reference?.repoUrl ? repositoryOn(reference.repoUrl, serverUrl) : '';
    if (fromTrailer)
        return fromTrailer;
    const own = env['GITHUB_REPOSITORY'] ?? '';
    return own.toLowerCase() === gitopsRepository.toLowerCase() ? '' : own;
}
function repositoryOn(repoUrl, serverUrl) {
    try {
        const url = new URL(repoUrl);
        if (url.origin !== new URL(serverUrl).origin || url.search || url.hash)
            return '';
        const m = FULL_NAME.exec(url.pathname);
        return m ? `${m[1]}/${m[2]}` : '';
    }
    catch {
        return '';
    }
}
/**
 * The attestations `repository` (where the image was built and attested) holds for `digest`, through
 * `GET /repos/{owner}/{repo}/attestations/{subject_digest}`; GitHub answers 404 when there are none.
 */
async function checkAttestations(octokit, repository, digest) {
    if (!digest)
        return { state: 'unknown', reason: 'the promotion names no digest' };
    if (!DIGEST.test(digest))
        return { state: 'unknown', reason: `${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(digest)} is not a sha256 digest` };
    const [owner = '', repo = ''] = repository.split('/');
    if (!owner || !repo)
        return { state: 'unknown', reason: 'the repository that built the image is not known' };
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: digest,
            per_page: 100,
        });
        const count = data.attestations?.length ?? 0;
        return count > 0 ? { state: 'attested', count } : { state: 'none' };
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { state: 'none' };
        const access = status === 401 || status === 403 ? `; the token needs attestations: read on ${repository}` : '';
        const answer = status
            ? `GitHub answered ${status} (${(0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)((0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(error))})`
            : (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)((0,_gitops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(error));
        return { state: 'unknown', reason: `${answer} for the attestations of ${repository}${access}` };
    }
}
/** The `{provenance}` placeholder: one line for the pull request body. */
function provenanceText(check) {
    if (check.state === 'attested')
        return `attested (${check.count}${check.count >= 100 ? ' or more' : ''} attestation${check.count === 1 ? '' : 's'})`;
    if (check.state === 'none')
        return 'no attestation found';
    return `could not check: ${check.reason}`;
}


/***/ }),

/***/ 15:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
// EXTERNAL MODULE: ./packages/bump/src/reference-commit.ts
var reference_commit = __webpack_require__(2721);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 7 modules
var github_src = __webpack_require__(2566);
// EXTERNAL MODULE: ./packages/promotion/src/attestation.ts
var attestation = __webpack_require__(3371);
// EXTERNAL MODULE: ./packages/promotion/src/body.ts
var src_body = __webpack_require__(5809);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/manifest/src/errors.ts
var errors = __webpack_require__(1251);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/manifest/src/key-path.ts
var key_path = __webpack_require__(7742);
;// CONCATENATED MODULE: ./packages/manifest/src/locate.ts




/**
 * A scalar's value as text. YAML's schemas only give primitives, Dates (1.1 timestamps) and bytes
 * (!!binary) here, each with a toString of its own.
 */
function scalarText(value) {
    return String(value);
}
function pairKey(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && pair.key.value !== null ? scalarText(pair.key.value) : null;
}
function findPair(map, key) {
    return map.items.find((pair) => pairKey(pair) === key);
}
function isEmptyValue(node) {
    return node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}
/**
 * Walks a key path. A missing key is reported (not thrown) so the caller can create it; everything a key
 * cannot pass through (a scalar, an alias, an index out of range) is an error naming the prefix reached.
 */
function findPath(doc, segments) {
    let node = doc?.contents ?? null;
    let pair = null;
    let flow = false;
    for (const [depth, segment] of segments.entries()) {
        const prefix = (0,key_path/* formatPath */.j)(segments.slice(0, depth));
        if (isEmptyValue(node) && typeof segment === 'string') {
            return { kind: 'missing', depth, host: pair ? { kind: 'empty', pair, flow } : { kind: 'end' } };
        }
        if ((0,dist/* isAlias */.Vj)(node))
            throw aliasOnPath(doc, prefix, node.source, segments);
        if (typeof segment === 'string') {
            if (!(0,dist/* isMap */.jh)(node))
                throw cannotDescend(prefix, node, `look up key ${(0,src/* shown */.SP)(segment)}`, segments);
            const next = findPair(node, segment);
            if (!next)
                return { kind: 'missing', depth, host: { kind: 'map', map: node } };
            [node, pair, flow] = [next.value, next, Boolean(node.flow)];
        }
        else {
            if (!(0,dist/* isSeq */.oP)(node))
                throw cannotDescend(prefix, node, `take item [${segment}]`, segments);
            if (segment >= node.items.length) {
                throw new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(segments)} not found: ${prefix} has ${node.items.length} item(s), ` +
                    `index ${segment} is out of range`);
            }
            [node, pair, flow] = [node.items[segment], null, Boolean(node.flow)];
        }
    }
    return { kind: 'found', node, pair, flow };
}
function cannotDescend(prefix, node, what, segments) {
    const where = prefix || 'the document root';
    return new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(segments)} cannot be resolved: ${where} is ${describe(node)}, so it cannot ${what}`);
}
function aliasOnPath(doc, prefix, anchor, segments) {
    const defined = doc ? anchorLocation(doc, anchor) : null;
    const at = defined ? ` at ${defined}` : '';
    return new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(segments)} passes through ${prefix}, an alias of anchor &${anchor}${at}; ` +
        `editing through it would change every user of the anchor, so edit the anchor instead`);
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return `a list`;
    if ((0,dist/* isAlias */.Vj)(node))
        return `an alias of &${node.source}`;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'null' : `a scalar (${JSON.stringify(node.value)})`;
    return 'empty';
}
/** The path of the node carrying `&anchor` ('' for the root), or null when it cannot be found. */
function anchorLocation(doc, anchor) {
    const search = (node, path) => {
        if ((0,dist/* isNode */.Ll)(node) && !(0,dist/* isAlias */.Vj)(node) && node.anchor === anchor)
            return (0,key_path/* formatPath */.j)(path);
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const key = pairKey(pair);
                const found = key === null ? null : search(pair.value, [...path, key]);
                if (found !== null)
                    return found;
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const [index, item] of node.items.entries()) {
                const found = search(item, [...path, index]);
                if (found !== null)
                    return found;
            }
        }
        return null;
    };
    return search(doc.contents, []);
}
/** The anchor a missing key is inherited from through `<<: *anchor`, so "not found" can explain it. */
function mergedFrom(doc, map, key) {
    const merge = findPair(map, '<<');
    const sources = (0,dist/* isSeq */.oP)(merge?.value) ? merge.value.items : [merge?.value];
    for (const source of sources) {
        if (!(0,dist/* isAlias */.Vj)(source))
            continue;
        const target = source.resolve(doc);
        if ((0,dist/* isMap */.jh)(target) && findPair(target, key))
            return source.source;
    }
    return null;
}

;// CONCATENATED MODULE: ./packages/manifest/src/scalar.ts




/**
 * Plain only when every reader that may see the file gets this exact string back: YAML 1.2 core, YAML 1.1
 * (Helm's go-yaml reads `yes`, `on`, `012`, `1_000`, `2024-01-01` as non-strings) and Go's number parsing.
 */
function isPlainSafe(value, flow) {
    if (value === '' || looksLikeGoNumber(value))
        return false;
    const probe = flow ? `[${value}]` : `k: ${value}`;
    return ['1.1', '1.2'].every((version) => readsBack((0,dist/* parseDocument */.Tp)(probe, { version }), value));
}
function looksLikeGoNumber(value) {
    return /^[-+.]?\d/.test(value) && !Number.isNaN(Number(value.replaceAll('_', '')));
}
function readsBack(doc, value) {
    if (doc.errors.length > 0)
        return false;
    const root = doc.contents;
    let node = null;
    if ((0,dist/* isSeq */.oP)(root) && root.items.length === 1)
        node = root.items[0];
    if ((0,dist/* isMap */.jh)(root) && root.items.length === 1)
        node = root.items[0]?.value;
    return (0,dist/* isScalar */.jn)(node) && node.value === value;
}
/** A new scalar (or key) written where nothing was before: plain when safe, else double-quoted. */
function renderScalar(value, flow) {
    return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}
/** The value as a user reads it: `1.10` stays '1.10' although YAML would read the number 1.1. */
function scalarValue(node, text) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return null;
    if (typeof node.value === 'string')
        return node.value;
    return node.range ? text.slice(node.range[0], node.range[1]) : scalarText(node.value);
}
/** Rewrites the target scalar in its own quoting style; null when it already holds the value as a string. */
function replaceScalar(text, target, value) {
    const { node, location } = target;
    if ((0,dist/* isAlias */.Vj)(node))
        throw aliasError(target, node.source, target.suggestKey ?? true);
    if (node !== null && !(0,dist/* isScalar */.jn)(node)) {
        const kind = (0,dist/* isMap */.jh)(node) ? 'a mapping' : (0,dist/* isSeq */.oP)(node) ? 'a list' : 'not a scalar';
        throw new errors/* ManifestError */.Sh(`${location} is ${kind}, not a scalar; point the key at the tag value itself`);
    }
    if (node === null || (node.value === null && node.range?.[0] === node.range?.[1])) {
        return fillEmptyValue(text, target, value);
    }
    if (node.value === value)
        return null;
    const range = node.range;
    if (!range)
        throw new errors/* ManifestError */.Sh(`${location} has no source position`);
    return { start: range[0], end: range[1], text: restyle(node, value, target) };
}
function restyle(node, value, target) {
    switch (node.type) {
        case dist/* Scalar */.X5.QUOTE_DOUBLE:
            return JSON.stringify(value);
        case dist/* Scalar */.X5.QUOTE_SINGLE:
            return `'${value.replaceAll("'", "''")}'`;
        case dist/* Scalar */.X5.BLOCK_LITERAL:
        case dist/* Scalar */.X5.BLOCK_FOLDED:
            // A tag is one line; rewriting a block scalar would silently change its chomping semantics.
            throw new errors/* ManifestError */.Sh(`${target.location} is a block scalar (${node.type === dist/* Scalar */.X5.BLOCK_LITERAL ? '|' : '>'}); ` +
                `rewrite it as a single-line value (e.g. ${(0,src/* shown */.SP)(value)}) and run again`);
        default:
            return renderScalar(value, target.flow);
    }
}
/** `tag:` with nothing after it: write after the ':' so a trailing comment stays a comment. */
function fillEmptyValue(text, target, value) {
    const keyEnd = target.pair && (0,dist/* isScalar */.jn)(target.pair.key) ? target.pair.key.range?.[1] : undefined;
    if (keyEnd === undefined)
        throw new errors/* ManifestError */.Sh(`${target.location} is empty and cannot be located`);
    let i = keyEnd;
    while (text[i] === ' ' || text[i] === '\t')
        i += 1;
    const rendered = renderScalar(value, target.flow);
    if (text[i] === ':')
        return { start: i + 1, end: i + 1, text: ` ${rendered}` };
    return { start: keyEnd, end: keyEnd, text: `: ${rendered}` };
}
function aliasError(target, anchor, suggestKey = true) {
    const defined = target.doc ? anchorLocation(target.doc, anchor) : null;
    const where = defined === null ? '' : ` (defined at ${defined || 'the document root'})`;
    const pointAt = defined && suggestKey ? ` or point key at ${defined}` : '';
    return new errors/* ManifestError */.Sh(`${target.location} is an alias of anchor &${anchor}${where}; edit the anchor's value instead${pointAt}`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/render.ts

/** `key: value` lines at `indent`, joined by eol, without a leading or trailing line break. */
function blockEntries(entries, indent, style) {
    return [...entries].map(([key, value]) => blockPair(key, value, indent, style)).join(style.eol);
}
function blockPair(key, value, indent, style) {
    return ' '.repeat(indent) + renderScalar(key, false) + ':' + blockValue(value, indent, style);
}
/** What follows `key:` — ' scalar', or the nested lines. Lists are not indented past their key (kustomize style). */
function blockValue(value, keyIndent, style) {
    if (typeof value === 'string')
        return ` ${renderScalar(value, false)}`;
    if (Array.isArray(value))
        return value.map((item) => style.eol + blockItem(item, keyIndent, style)).join('');
    return style.eol + blockEntries(value, keyIndent + style.step, style);
}
/** `- item` at `indent`; a mapping item starts on the dash line. */
function blockItem(value, indent, style) {
    if (!(value instanceof Map))
        return `${' '.repeat(indent)}- ${flowValue(value)}`;
    const body = blockEntries(value, indent + 2, style);
    return ' '.repeat(indent) + '- ' + body.slice(indent + 2);
}
function flowValue(value) {
    if (typeof value === 'string')
        return renderScalar(value, true);
    if (Array.isArray(value))
        return `[${value.map(flowValue).join(', ')}]`;
    return `{${flowEntries(value)}}`;
}
function flowEntries(entries) {
    return [...entries].map(([key, value]) => `${renderScalar(key, true)}: ${flowValue(value)}`).join(', ');
}
/** `a.b.c = v` as nested mappings {a: {b: {c: v}}}. */
function nest(keys, value) {
    let inner = value;
    for (const key of [...keys].reverse())
        inner = new Map([[key, inner]]);
    return inner;
}

// EXTERNAL MODULE: ./packages/manifest/src/text.ts
var src_text = __webpack_require__(8860);
;// CONCATENATED MODULE: ./packages/manifest/src/insert.ts




/** The nesting step the file already uses (first nested block mapping), else 2. */
function blockStyle(doc, text) {
    let step = 0;
    if (doc) {
        (0,dist/* visit */.YR)(doc, {
            Pair(_, pair) {
                const first = (0,dist/* isMap */.jh)(pair.value) && !pair.value.flow ? pair.value.items[0] : undefined;
                const childStart = first && (0,dist/* isNode */.Ll)(first.key) ? first.key.range?.[0] : undefined;
                const keyStart = (0,dist/* isNode */.Ll)(pair.key) ? pair.key.range?.[0] : undefined;
                if (childStart === undefined || keyStart === undefined)
                    return undefined;
                step = (0,src_text/* column */.fi)(text, childStart) - (0,src_text/* column */.fi)(text, keyStart);
                return step > 0 ? dist/* visit */.YR.BREAK : undefined;
            },
        });
    }
    return { eol: (0,src_text/* detectEol */.eD)(text), step: step > 0 ? step : 2 };
}
function start(node) {
    const range = (0,dist/* isNode */.Ll)(node) ? node.range : undefined;
    if (!range)
        throw new errors/* ManifestError */.Sh('Internal error: a node without a source position');
    return range[0];
}
/** Where the last entry's text ends: after its value, or its key when the value is empty. */
function contentEnd(item) {
    const ends = [];
    const nodes = (0,dist/* isNode */.Ll)(item) ? [item] : [item.key, item.value];
    for (const node of nodes)
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            ends.push(node.range[1]);
    return Math.max(...ends);
}
/** After the line holding the end of `item`, so a trailing comment stays on its line. */
function afterLineOf(text, item) {
    return (0,src_text/* lineEnd */.kd)(text, (0,src_text/* trimBack */.IW)(text, contentEnd(item)));
}
/** Adds entries at the end of a mapping, or at the end of the file when the document is empty. */
function insertEntries(text, doc, map, entries) {
    const style = blockStyle(doc, text);
    if (map === null)
        return appendAtEnd(text, blockEntries(entries, 0, style), style.eol);
    if (map.flow)
        return appendToFlow(text, map, flowEntries(entries));
    const last = map.items[map.items.length - 1];
    if (!last)
        throw new errors/* ManifestError */.Sh('Internal error: an empty block mapping');
    const at = afterLineOf(text, last);
    return {
        start: at,
        end: at,
        text: style.eol + blockEntries(entries, (0,src_text/* column */.fi)(text, start(last.key)), style),
    };
}
function appendAtEnd(text, block, eol) {
    const end = text.length;
    if (end === 0 || text.endsWith('\n'))
        return { start: end, end, text: block + eol };
    // Keep a missing final newline missing.
    return { start: end, end, text: eol + block };
}
/** Gives `key:` (empty) a value: nested lines below it, or inline inside a flow mapping. */
function fillEmpty(text, doc, pair, flow, value) {
    const keyEnd = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[1] : undefined;
    if (keyEnd === undefined)
        throw new errors/* ManifestError */.Sh('Internal error: a key without a source position');
    if (flow) {
        let colon = keyEnd;
        while (text[colon] === ' ' || text[colon] === '\t')
            colon += 1;
        if (text[colon] === ':')
            return { start: colon + 1, end: colon + 1, text: ` ${flowValue(value)}` };
        return { start: keyEnd, end: keyEnd, text: `: ${flowValue(value)}` };
    }
    const at = afterLineOf(text, pair);
    return {
        start: at,
        end: at,
        text: blockValue(value, (0,src_text/* column */.fi)(text, start(pair.key)), blockStyle(doc, text)),
    };
}
/** `rendered` as the new last entry of a flow collection, or the only one inside empty brackets. */
function appendToFlow(text, node, rendered) {
    const last = node.items[node.items.length - 1];
    if (!last)
        return { start: start(node) + 1, end: start(node) + 1, text: rendered };
    const at = (0,src_text/* trimBack */.IW)(text, contentEnd(last));
    return { start: at, end: at, text: `, ${rendered}` };
}
/** Appends an item to a list, matching the dash column of its first item. */
function appendItem(text, doc, seq, item) {
    if (seq.flow)
        return appendToFlow(text, seq, flowValue(item));
    const last = seq.items[seq.items.length - 1];
    if (!last)
        throw new errors/* ManifestError */.Sh('Internal error: an empty block list');
    const at = afterLineOf(text, last);
    const dash = (0,src_text/* trimBack */.IW)(text, start(seq.items[0]));
    const dashColumn = text[dash - 1] === '-' ? (0,src_text/* column */.fi)(text, dash - 1) : (0,src_text/* column */.fi)(text, start(seq));
    const style = blockStyle(doc, text);
    return { start: at, end: at, text: style.eol + blockItem(item, dashColumn, style) };
}
/** Removes one entry of a mapping with its line (block) or its separator (flow). */
function deletePair(text, map, index) {
    const pair = map.items[index];
    const next = map.items[index + 1];
    const previous = map.items[index - 1];
    if (!pair)
        throw new errors/* ManifestError */.Sh('Internal error: no such entry');
    if (!previous) {
        if (!next)
            throw new errors/* ManifestError */.Sh('Refusing to remove the only entry of a mapping');
        return { start: start(pair.key), end: start(next.key), text: '' };
    }
    if (map.flow)
        return { start: (0,src_text/* trimBack */.IW)(text, contentEnd(previous)), end: (0,src_text/* trimBack */.IW)(text, contentEnd(pair)), text: '' };
    const from = (0,src_text/* lineStart */.PT)(text, start(pair.key));
    const to = afterLineOf(text, pair);
    if (to < text.length)
        return { start: from, end: text.indexOf('\n', to) + 1, text: '' };
    // The last line of a file without a final newline: take the line break before it instead.
    return { start: from - (text[from - 2] === '\r' ? 2 : 1), end: to, text: '' };
}

;// CONCATENATED MODULE: ./packages/manifest/src/parse.ts




/** Parses every document; the first error anywhere aborts, reported with a 1-based line and column. */
function parseStream(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { keepSourceTokens: true });
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error)
            throw syntaxError(text, error);
    }
    return [...docs];
}
function syntaxError(text, error) {
    const { line, col } = error.linePos?.[0] ?? (0,src_text/* lineColumn */.rv)(text, error.pos[0]);
    // The parser appends its own position and a source excerpt; keep only the reason.
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    return new errors/* ManifestError */.Sh(`Invalid YAML at line ${line}, column ${col}: ${reason}`);
}
/**
 * Helm values and kustomizations are one document; a stray leading '---' or trailing empty document is
 * harmless, several documents mean the wrong format was chosen. Null when the file holds no content.
 */
function singleDocument(text, format) {
    const docs = parseStream(text);
    const real = docs.filter((doc) => !isEmptyValue(doc.contents));
    if (real.length > 1) {
        const lines = real.map((doc) => (0,src_text/* lineColumn */.rv)(text, doc.range[0]).line).join(', ');
        throw new errors/* ManifestError */.Sh(`${format} expects one YAML document, found ${real.length} (starting at lines ${lines}); ` +
            `for multi-document Kubernetes manifests use format: manifest`);
    }
    return real[0] ?? null;
}

;// CONCATENATED MODULE: ./packages/manifest/src/helm.ts









function editHelm(text, req) {
    const tagPath = (0,key_path/* parseKeyPath */._)(req.key);
    const changes = [];
    let out = text;
    let previousTag;
    if (req.tag) {
        const step = setValue(out, tagPath, req.tag, req.createMissing ?? false, req.createMissingInput);
        [out, previousTag] = [step.text, step.previous];
        if (step.change)
            changes.push(step.change);
    }
    else {
        previousTag = peekValue(text, tagPath);
    }
    if (req.digest) {
        if (!req.digestKey) {
            throw new errors/* ManifestError */.Sh('A digest was given but no digest key: helm needs digestKey (digest-key) naming the values path of ' +
                'the digest, e.g. image.digest');
        }
        const step = setValue(out, (0,key_path/* parseKeyPath */._)(req.digestKey), req.digest, req.createMissing ?? false, req.createMissingInput);
        out = step.text;
        if (step.change)
            changes.push(step.change);
    }
    return { text: out, changes, previousTag };
}
/** Each value is its own parse-locate-splice round, so the digest sees the file as the tag edit left it. */
function setValue(text, path, value, createMissing, createMissingInput) {
    const doc = singleDocument(text, 'helm');
    const location = (0,key_path/* formatPath */.j)(path);
    const hit = findPath(doc, path);
    if (hit.kind === 'found') {
        const splice = replaceScalar(text, { doc, ...hit, location }, value);
        const previous = scalarValue(hit.node, text);
        if (!splice)
            return { text, change: null, previous };
        return { text: (0,src_text/* applySplices */.Ut)(text, [splice]), change: { location, previous, value }, previous };
    }
    if (!createMissing)
        throw notFound(doc, path, hit, createMissingInput);
    const splice = create(text, doc, path, hit, value);
    return { text: (0,src_text/* applySplices */.Ut)(text, [splice]), change: { location, previous: null, value }, previous: null };
}
function create(text, doc, path, hit, value) {
    const rest = path.slice(hit.depth);
    const keys = rest.filter((segment) => typeof segment === 'string');
    if (keys.length !== rest.length) {
        throw new errors/* ManifestError */.Sh(`key ${(0,key_path/* formatPath */.j)(path)} not found and create-missing cannot create list items; ` +
            `add the list ${(0,key_path/* formatPath */.j)(path.slice(0, hit.depth + rest.findIndex((s) => typeof s === 'number')))} first`);
    }
    const host = hit.host;
    if (host.kind === 'empty')
        return fillEmpty(text, doc, host.pair, host.flow, nest(keys, value));
    return insertEntries(text, doc, host.kind === 'map' ? host.map : null, nest(keys, value));
}
function notFound(doc, path, hit, createMissingInput) {
    const prefix = (0,key_path/* formatPath */.j)(path.slice(0, hit.depth));
    const missing = String(path[hit.depth]);
    // Only a caller with such an input is told to set it; the others learn that the key must exist.
    const hint = createMissingInput
        ? `; set ${createMissingInput}: true to create it`
        : '; add it to the file first';
    const head = `key ${(0,key_path/* formatPath */.j)(path)} not found: `;
    if (hit.host.kind === 'end')
        return new errors/* ManifestError */.Sh(`${head}the document is empty${hint}`);
    if (hit.host.kind === 'empty')
        return new errors/* ManifestError */.Sh(`${head}${prefix} exists but is empty${hint}`);
    const keys = hit.host.map.items.map(pairKey).filter((key) => key !== null);
    const where = prefix ? `${prefix} exists but has no key` : 'the document has no top-level key';
    const inherited = doc ? mergedFrom(doc, hit.host.map, missing) : null;
    const merge = inherited
        ? `; ${(0,src/* shown */.SP)(missing)} is inherited through '<<: *${inherited}', so edit the anchor &${inherited}` +
            (createMissingInput ? `, or set ${createMissingInput}: true to override it here` : '')
        : hint;
    return new errors/* ManifestError */.Sh(`${head}${where} ${(0,src/* shown */.SP)(missing)} (keys: ${(0,errors/* shownList */.y9)(keys) || 'none'})${merge}`);
}
/** The current tag when only a digest is set; a missing or odd path just means there is none. */
function peekValue(text, path) {
    try {
        const hit = findPath(singleDocument(text, 'helm'), path);
        return hit.kind === 'found' ? scalarValue(hit.node, text) : null;
    }
    catch (error) {
        if (error instanceof errors/* ManifestError */.Sh)
            return null;
        throw error;
    }
}

// EXTERNAL MODULE: ./packages/manifest/src/image-ref.ts
var image_ref = __webpack_require__(5666);
// EXTERNAL MODULE: ./packages/manifest/src/flux-marker.ts
var flux_marker = __webpack_require__(3575);
;// CONCATENATED MODULE: ./packages/manifest/src/flux.ts









/** With format flux, `key` names the policy (`<namespace>:<policy>`), checked by the caller. */
function editFlux(text, req) {
    const policy = req.key;
    const { markers, bad } = (0,flux_marker/* findMarkers */.Xh)(text);
    // A marker that cannot be read may be this policy's: skipping it would leave a field behind silently.
    const unreadable = bad.find((marker) => marker.policy === null || marker.policy === policy);
    if (unreadable) {
        throw (0,flux_marker/* markerError */.Pc)(unreadable.line, `(${(0,src/* shown */.SP)(unreadable.comment)}) cannot be read: ${unreadable.why}; write it as ${flux_marker/* MARKER_GRAMMAR */.hQ}`);
    }
    const ours = markers.filter((marker) => marker.policy === policy);
    if (ours.length === 0)
        throw noMarker(policy, markers);
    const slots = markedSlots(text);
    const splices = [];
    const changes = [];
    const previous = {};
    for (const marker of ours) {
        const slot = slots.get(marker.offset);
        if (!slot) {
            throw (0,flux_marker/* markerError */.Pc)(marker.line, `does not follow a single scalar value on its line; Flux reads markers as key: value # ${flux_marker/* MARKER_GRAMMAR */.hQ}`);
        }
        const current = currentValue(slot);
        if (marker.field === 'tag')
            previous.tag ??= current;
        if (marker.field === 'image')
            previous.image ??= current === null ? null : (0,image_ref/* parseImageReference */.o_)(current).tag;
        const value = newValue(marker, current, req);
        if (value === null)
            continue;
        const splice = replaceScalar(text, slot, value);
        if (!splice)
            continue;
        splices.push(splice);
        changes.push({ location: slot.location, previous: current, value });
    }
    return {
        text: (0,src_text/* applySplices */.Ut)(text, splices),
        changes,
        previousTag: previous.tag ?? previous.image ?? null,
    };
}
/** What the marked field becomes, as Flux would write the policy's latest image; null leaves it alone. */
function newValue(marker, current, req) {
    switch (marker.field) {
        case 'tag':
            return req.tag ?? null;
        case 'name':
            return req.image ?? null;
        case 'digest':
            // Flux writes the policy's digest, '' without digest reflection: a stale digest must not pin the old image.
            return (req.digest ?? '') === '' && !current ? null : (req.digest ?? '');
        case 'image': {
            const ref = (0,image_ref/* parseImageReference */.o_)(current ?? '');
            const repository = req.image ?? ref.repository;
            if (!repository) {
                throw (0,flux_marker/* markerError */.Pc)(marker.line, 'marks an empty field, so there is no image name to keep: give the image (the repository)');
            }
            // Flux writes name:tag[@digest]; a digest-only bump keeps the tag the field already has.
            return (0,image_ref/* formatImageReference */.my)(repository, req.tag ?? ref.tag ?? undefined, req.digest);
        }
    }
}
function currentValue(slot) {
    if ((0,dist/* isAlias */.Vj)(slot.node))
        throw aliasError(slot, slot.node.source, false);
    return scalarValue(slot.node, '');
}
/** Every scalar (or alias) value, keyed by the offset of the comment that follows it on its line. */
function markedSlots(text) {
    const slots = new Map();
    for (const [index, doc] of parseStream(text).entries()) {
        const add = (node, pair, flow, path) => {
            if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node))
                return walk(node, path);
            if (!(0,dist/* isScalar */.jn)(node) && !(0,dist/* isAlias */.Vj)(node))
                return;
            const end = node.range?.[1];
            if (end === undefined)
                return;
            let i = end;
            while (text[i] === ' ' || text[i] === '\t')
                i += 1;
            if (text[i] !== '#')
                return;
            slots.set(i, { doc, node, pair, flow, location: `doc ${index + 1}: ${(0,key_path/* formatPath */.j)(path) || '(root)'}` });
        };
        const walk = (node, path) => {
            if ((0,dist/* isMap */.jh)(node)) {
                for (const pair of node.items) {
                    const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '?';
                    add(pair.value, pair, Boolean(node.flow), [...path, key]);
                }
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                node.items.forEach((item, i) => add(item, null, Boolean(node.flow), [...path, i]));
            }
        };
        add(doc.contents, null, false, []);
    }
    return slots;
}
function noMarker(policy, markers) {
    const others = [...new Set(markers.map((marker) => marker.policy))];
    const found = others.length > 0 ? `markers found for: ${(0,errors/* shownList */.y9)(others)}` : 'no Flux markers at all';
    return new errors/* ManifestError */.Sh(`no field carries a Flux marker for policy ${(0,src/* shown */.SP)(policy)} (${found}); mark the image field with ` +
        `# {"$imagepolicy": ${JSON.stringify(policy)}} (or the tag, name and digest fields with :tag, :name, ` +
        `:digest), or leave the file out`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/kustomize.ts








function editKustomize(text, req) {
    const previousTag = currentTag(text, req.image);
    const changes = [];
    let out = text;
    const fields = [
        ['newTag', req.tag],
        ['digest', req.digest],
    ];
    for (const [field, value] of fields) {
        if (!value)
            continue;
        const round = setField(out, req, field, value);
        out = round.text;
        changes.push(...round.changes);
    }
    if (req.tag && !req.digest) {
        // kustomize renders name:tag@digest and the runtime pulls by digest, so a tag-only bump must drop it.
        const round = dropDigest(out, req.image);
        out = round.text;
        changes.push(...round.changes);
    }
    return { text: out, changes, previousTag };
}
function locateImages(doc) {
    const root = doc?.contents ?? null;
    if (root === null)
        return { kind: 'absent', root: null };
    if (!(0,dist/* isMap */.jh)(root))
        throw new errors/* ManifestError */.Sh(`A kustomization must be a mapping, but this file is ${describe(root)}`);
    const pair = findPair(root, 'images');
    if (!pair)
        return { kind: 'absent', root };
    if (isEmptyValue(pair.value))
        return { kind: 'empty', pair, flow: Boolean(root.flow) };
    if (!(0,dist/* isSeq */.oP)(pair.value)) {
        throw new errors/* ManifestError */.Sh(`images: must be a list of {name, newTag} entries, but it is ${describe(pair.value)}`);
    }
    return { kind: 'list', seq: pair.value };
}
function entryField(entry, field, text) {
    return scalarValue(findPair(entry, field)?.value ?? null, text);
}
/** Entries whose `name` is the image; failing that, whose `newName` is (an image already renamed to it). */
function matchingEntries(images, image, text) {
    if (images.kind !== 'list')
        return [];
    const entries = images.seq.items.filter((item) => (0,dist/* isMap */.jh)(item));
    for (const field of ['name', 'newName']) {
        const matches = entries.filter((entry) => {
            const value = entryField(entry, field, text);
            return value !== null && (0,image_ref/* sameRepository */.RB)(value, image);
        });
        if (matches.length > 0)
            return matches;
    }
    return [];
}
function currentTag(text, image) {
    const doc = singleDocument(text, 'kustomize');
    const first = matchingEntries(locateImages(doc), image, text)[0];
    return first ? entryField(first, 'newTag', text) : null;
}
function kustomize_location(entry, image, field, text) {
    return `images[${entryField(entry, 'name', text) ?? image}].${field}`;
}
function setField(text, req, field, value) {
    const doc = singleDocument(text, 'kustomize');
    const images = locateImages(doc);
    const entries = matchingEntries(images, req.image, text);
    if (entries.length === 0)
        return appendEntry(text, doc, images, req);
    const splices = [];
    const changes = [];
    for (const entry of entries) {
        const where = kustomize_location(entry, req.image, field, text);
        const pair = findPair(entry, field);
        const splice = pair
            ? replaceScalar(text, { doc, node: pair.value, pair, flow: Boolean(entry.flow), location: where, suggestKey: false }, value)
            : insertEntries(text, doc, entry, new Map([[field, value]]));
        if (!splice)
            continue;
        splices.push(splice);
        changes.push({ location: where, previous: pair ? scalarValue(pair.value, text) : null, value });
    }
    return { text: (0,src_text/* applySplices */.Ut)(text, splices), changes };
}
/** A new `- name: <image>` entry carrying every requested field, so later rounds find nothing to do. */
function appendEntry(text, doc, images, req) {
    const entry = new Map([['name', req.image]]);
    if (req.tag)
        entry.set('newTag', req.tag);
    if (req.digest)
        entry.set('digest', req.digest);
    let splice;
    if (images.kind === 'list')
        splice = appendItem(text, doc, images.seq, entry);
    else if (images.kind === 'empty')
        splice = fillEmpty(text, doc, images.pair, images.flow, [entry]);
    else
        splice = insertEntries(text, doc, images.root, new Map([['images', [entry]]]));
    const changes = [...entry]
        .filter(([key]) => key !== 'name')
        .map(([key, value]) => ({
        location: `images[${req.image}].${key}`,
        previous: null,
        value: value,
    }));
    return { text: (0,src_text/* applySplices */.Ut)(text, [splice]), changes };
}
function dropDigest(text, image) {
    const doc = singleDocument(text, 'kustomize');
    const splices = [];
    const changes = [];
    for (const entry of matchingEntries(locateImages(doc), image, text)) {
        const index = entry.items.findIndex((pair) => pairKey(pair) === 'digest');
        if (index < 0)
            continue;
        changes.push({
            location: kustomize_location(entry, image, 'digest', text),
            previous: entryField(entry, 'digest', text),
            value: '',
        });
        splices.push(deletePair(text, entry, index));
    }
    return { text: (0,src_text/* applySplices */.Ut)(text, splices), changes };
}

;// CONCATENATED MODULE: ./packages/manifest/src/k8s-manifest.ts









/** Every pod-spec container list; they nest at any depth (Deployment, CronJob jobTemplate, Pod, ...). */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
function editManifest(text, req) {
    const slots = parseStream(text).flatMap((doc, index) => imageSlots(doc, index + 1));
    const splices = [];
    const changes = [];
    const found = [];
    let matched = false;
    let previousTag = null;
    for (const slot of slots) {
        const current = imageValue(slot, req.image);
        if (current === null)
            continue;
        found.push(current);
        const ref = (0,image_ref/* parseImageReference */.o_)(current);
        if (!(0,image_ref/* sameRepository */.RB)(ref.repository, req.image))
            continue;
        if (!matched)
            [matched, previousTag] = [true, ref.tag];
        // A tag-only bump writes repo:tag without the old digest: a stale digest would keep pinning the old image.
        const value = (0,image_ref/* formatImageReference */.my)(ref.repository, req.tag, req.digest);
        const target = {
            doc: slot.doc,
            node: slot.pair.value,
            pair: slot.pair,
            flow: slot.flow,
            location: slot.location,
        };
        const splice = replaceScalar(text, target, value);
        if (!splice)
            continue;
        splices.push(splice);
        changes.push({ location: slot.location, previous: current, value });
    }
    if (!matched)
        throw k8s_manifest_notFound(req.image, found);
    return { text: (0,src_text/* applySplices */.Ut)(text, splices), changes, previousTag };
}
function imageSlots(doc, docNumber) {
    const slots = [];
    const walk = (node, path) => {
        if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, index) => walk(item, [...path, index]));
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            const key = pairKey(pair);
            if (key === null)
                continue;
            if (CONTAINER_LISTS.has(key) && (0,dist/* isSeq */.oP)(pair.value)) {
                pair.value.items.forEach((container, index) => {
                    const image = (0,dist/* isMap */.jh)(container) ? findPair(container, 'image') : undefined;
                    if (!image || !(0,dist/* isMap */.jh)(container))
                        return;
                    const location = `doc ${docNumber}: ${(0,key_path/* formatPath */.j)([...path, key, index, 'image'])}`;
                    slots.push({ doc, location, pair: image, flow: Boolean(container.flow) });
                });
            }
            walk(pair.value, [...path, key]);
        }
    };
    walk(doc.contents, []);
    return slots;
}
/** The image string of a slot; null for values that are not image strings. An alias to a match is an error. */
function imageValue(slot, image) {
    const node = slot.pair.value;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = node.resolve(slot.doc);
        const value = (0,dist/* isScalar */.jn)(target) && typeof target.value === 'string' ? target.value : null;
        if (value !== null && (0,image_ref/* sameRepository */.RB)((0,image_ref/* parseImageReference */.o_)(value).repository, image)) {
            throw aliasError(slot, node.source, false);
        }
        return null;
    }
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? scalarValue(node, '') : null;
}
function k8s_manifest_notFound(image, found) {
    const unique = [...new Set(found)];
    const list = unique.length > 0 ? `images found: ${(0,errors/* shownList */.y9)(unique)}` : 'no container images found at all';
    return new errors/* ManifestError */.Sh(`image ${(0,src/* shown */.SP)(image)} not found in any containers, initContainers or ephemeralContainers (${list}); ` +
        `check the image repository (without tag or digest)`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/edit.ts








const FORMATS = ['helm', 'kustomize', 'manifest', 'flux'];
/** Sets a tag and/or digest in one file's text, changing only the bytes of the target scalars. */
function applyEdit(text, req) {
    const request = normalize(req);
    let outcome;
    if (request.format === 'helm')
        outcome = editHelm(text, request);
    else if (request.format === 'flux')
        outcome = editFlux(text, forFlux(request));
    else
        outcome = (request.format === 'kustomize' ? editKustomize : editManifest)(text, withImage(request));
    return {
        text: outcome.text,
        changed: outcome.text !== text,
        changes: outcome.changes,
        previousTag: outcome.previousTag,
    };
}
/** Action inputs arrive as '' when unset; treat that as absent, then validate what is left. */
function normalize(req) {
    const request = {
        ...req,
        image: req.image?.trim() || undefined,
        tag: req.tag?.trim() || undefined,
        digest: req.digest?.trim() || undefined,
        digestKey: req.digestKey?.trim() || undefined,
    };
    if (!FORMATS.includes(request.format)) {
        throw new errors/* ManifestError */.Sh(`Unknown format ${(0,src/* shown */.SP)(String(request.format))}: use helm, kustomize, manifest or flux`);
    }
    if (!request.tag && !request.digest)
        throw new errors/* ManifestError */.Sh('Nothing to set: give a tag, a digest, or both');
    if (request.tag && !(0,image_ref/* isValidTag */.r_)(request.tag)) {
        throw new errors/* ManifestError */.Sh(`Invalid tag ${(0,src/* shown */.SP)(request.tag)}: a tag is 1-128 characters of letters, digits, '_', '.' and '-', ` +
            `not starting with '.' or '-'`);
    }
    if (request.digest && !(0,image_ref/* isValidDigest */.fH)(request.digest)) {
        throw new errors/* ManifestError */.Sh(`Invalid digest ${(0,src/* shown */.SP)(request.digest)}: expected sha256: followed by 64 lowercase hex characters`);
    }
    return request;
}
function withImage(request) {
    const { image } = request;
    if (!image) {
        throw new errors/* ManifestError */.Sh(`An image is required for format ${request.format}: the repository to update, e.g. ghcr.io/org/api`);
    }
    checkRepository(image);
    return { ...request, image };
}
/** Flux's key is the policy the markers name; the image is optional (it only replaces the name). */
function forFlux(request) {
    const problem = (0,flux_marker/* policyProblem */.Cj)(request.key);
    if (problem) {
        throw new errors/* ManifestError */.Sh(`Invalid Flux policy ${(0,src/* shown */.SP)(request.key)}: ${problem}. With format flux the key names the ImagePolicy ` +
            `whose markers to update, as <namespace>:<policy>`);
    }
    if (request.image)
        checkRepository(request.image);
    return request;
}
function checkRepository(image) {
    const ref = (0,image_ref/* parseImageReference */.o_)(image);
    if (ref.tag !== null || ref.digest !== null || /\s/.test(image)) {
        throw new errors/* ManifestError */.Sh(`Invalid image ${(0,src/* shown */.SP)(image)}: give the repository only (e.g. ${(0,src/* shown */.SP)(ref.repository)}) and pass the tag or digest separately`);
    }
}

;// CONCATENATED MODULE: ./packages/manifest/src/format.ts

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** Kustomize only reads these file names; anything else is taken for Helm values. */
function detectFormat(filePath) {
    const base = filePath.split(/[\\/]/).pop() ?? '';
    return KUSTOMIZATION_FILES.has(base) ? 'kustomize' : 'helm';
}
/** The edit request for one file; Kustomize and manifest files can only be matched by image. */
function requestForFile(file, target) {
    const format = target.format === 'auto' ? detectFormat(file) : target.format;
    if ((format === 'kustomize' || format === 'manifest') && !target.image) {
        throw new errors/* ManifestError */.Sh(`it is a ${format} file, so the image input is required to find the entry`);
    }
    return { ...target, format };
}

;// CONCATENATED MODULE: ./packages/bump/src/edit-files.ts




/** Applies the semantic edit to every file in the work tree as it is now; writes only files that change. */
async function editFiles(git, inputs) {
    const edits = [];
    for (const file of inputs.files) {
        const text = await readInside(git, file, inputs.branch, inputs.inputNames?.files ?? 'files');
        const result = editText(inputs, file, text);
        if (result.changed)
            await writeFile(path.join(git.dir, file), result.after);
        edits.push(result.edit);
    }
    return edits;
}
/**
 * The pure part: the edit of one file's text, only the bytes of the target scalars changing.
 * Manifest errors become `Could not <operation>`, editing the file unless the caller says otherwise.
 */
function editText(spec, file, text, operation = `edit ${file}`) {
    let result;
    try {
        result = applyEdit(text, editRequest(spec, file));
    }
    catch (error) {
        if (error instanceof errors/* KeyPathError */.$M)
            throw keyInputError(spec, error);
        if (error instanceof errors/* ManifestError */.Sh)
            throw new src/* ActionError */.lZ(operation, error.message);
        throw error;
    }
    return {
        edit: { file, changes: result.changes, previousTag: result.previousTag },
        before: text,
        after: result.text,
        changed: result.changed,
    };
}
/** The replaced tag (first file that had one) and the files whose bytes change. */
function summarizeEdits(edits) {
    return {
        previousTag: edits.find((e) => e.previousTag !== null)?.previousTag ?? '',
        changedFiles: edits.filter((e) => e.changes.length > 0).map((e) => e.file),
    };
}
/** A key path that can never be used is the key input's fault, whatever the file holds. */
function keyInputError(spec, error) {
    const isDigest = error.key !== spec.key && error.key === spec.digestKey;
    const input = isDigest ? (spec.inputNames?.digestKey ?? 'digest-key') : (spec.inputNames?.key ?? 'key');
    return new src/* InputError */.dz(input, `${(0,src/* shown */.SP)(error.key)} is not a usable key path: ${error.why}`);
}
function editRequest(spec, file) {
    return requestForFile(file, {
        format: spec.format,
        image: spec.image || undefined,
        tag: spec.tag || undefined,
        digest: spec.digest || undefined,
        key: spec.key,
        digestKey: spec.digestKey || undefined,
        createMissing: spec.createMissing,
        createMissingInput: spec.inputNames?.createMissing,
    });
}
/** The error for a target that is not on the branch, with the nearest folder's files as the hint. */
function missingFile(file, branch, hint, filesInput) {
    return new ActionError(`read ${shown(file)}`, `no such file on branch ${branch} (${filesInput})`, {
        hint,
    });
}
/**
 * Lists the nearest existing folder above a missing file. `list` gives a folder's entry names, or
 * undefined when it cannot be listed (the API transport cannot list the root), which ends the walk.
 */
async function nearbyFiles(file, list) {
    let folder = path.posix.dirname(file);
    for (;;) {
        const names = await list(folder);
        const where = folder === '.' ? 'the repository root' : folder;
        if (names === undefined)
            return `None of the folders of ${file} exist on the branch.`;
        if (names.length > 0)
            return `Files in ${where}: ${names.join(', ')}`;
        if (folder === '.')
            return 'The repository is empty.';
        folder = path.posix.dirname(folder);
    }
}
/** Reads a target file, refusing anything that is missing or resolves outside the work tree. */
async function readInside(git, file, branch, filesInput) {
    const full = path.join(git.dir, file);
    const stat = await lstat(full).catch(() => null);
    if (!stat) {
        throw missingFile(file, branch, await nearbyFiles(file, (folder) => git.listFolder(folder)), filesInput);
    }
    const root = await realpath(git.dir);
    const real = await realpath(full).catch(() => null);
    if (!real || (real !== root && !real.startsWith(root + path.sep))) {
        throw new ActionError(`read ${file}`, 'it is a symlink that points outside the repository');
    }
    if (!(await lstat(real)).isFile())
        throw new ActionError(`read ${file}`, 'it is not a regular file');
    return readFile(real, 'utf8');
}

;// CONCATENATED MODULE: ./packages/bump/src/held-value.ts
// What the target holds in a file: the tag and digest a promotion moves from its source file and a
// rollback returns to. The manifest package only edits, so a throw-away edit is applied and what it
// reports as the previous values is kept: the same key and image lookup as the edit that writes them.



const PROBE_TAG = 'probe';
// A digest in an image reference (`repo:tag@sha256:…`) or a Kustomize `digest:` field.
const DIGEST_IN = /(sha256:[0-9a-f]{64})$/;
/**
 * The tag (and digest) at the target in `text`; undefined when it has no tag there or cannot be read
 * (for a rollback, an older layout: no deployment to return to).
 */
function heldValue(spec, file, text) {
    const probe = tryEdit({ ...spec, tag: PROBE_TAG, digest: '', digestKey: '' }, file, text);
    const tag = probe?.edit.previousTag;
    if (!probe || !tag)
        return undefined;
    // Kustomize and manifests drop the digest on a tag-only edit, and report what they dropped.
    const dropped = probe.edit.changes.map((c) => DIGEST_IN.exec(c.previous ?? '')?.[1]).find(Boolean);
    return { tag, digest: dropped ?? helmDigest(spec, file, text) };
}
/** Helm keeps the digest at its own key: read it as a tag-only edit of that key would. */
function helmDigest(spec, file, text) {
    if (!spec.digestKey)
        return '';
    const probe = tryEdit({ ...spec, key: spec.digestKey, tag: PROBE_TAG, digest: '', digestKey: '' }, file, text);
    const value = probe?.edit.previousTag ?? '';
    return (0,image_ref/* isValidDigest */.fH)(value) ? value : '';
}
function tryEdit(spec, file, text) {
    try {
        return editText(spec, file, text, `read ${file}`);
    }
    catch (error) {
        // An InputError (a key path that can never be used) is the input's fault in every version.
        if (error instanceof src/* ActionError */.lZ)
            return undefined;
        throw error;
    }
}

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
        return editText({ ...inputs, tag }, path, file.text);
    });
}
/**
 * The tag in `from-file` on the base branch, and the digest pinned beside it: what the source
 * environment runs. The digest moves with the tag, or the target would keep running the old image
 * under the new tag wherever the digest wins.
 */
async function sourceValue(inputs, client, ref) {
    const file = await client.readFile(inputs.fromFile, ref);
    if (!file) {
        throw new src/* ActionError */.lZ(`read ${inputs.fromFile}`, `no such file on ${inputs.base}`, {
            hint: 'Check the from-file input.',
        });
    }
    const tag = readSourceTag(inputs, inputs.fromFile, file.text);
    return { tag, digest: heldValue(inputs, inputs.fromFile, file.text)?.digest ?? '' };
}
/**
 * The manifest package only edits, so this applies a throw-away edit and keeps what it reports as
 * the previous value: the same key lookup, the same "key not found, nearest path is ..." errors as
 * the edit itself.
 */
function readSourceTag(inputs, file, text) {
    const operation = `read the tag to promote from ${file}`;
    const probe = { ...inputs, tag: 'probe', digest: '', digestKey: '' };
    const previous = editText(probe, file, text, operation).edit.previousTag;
    if (!previous)
        throw new src/* ActionError */.lZ(operation, `it has no tag at ${inputs.image || inputs.key}`);
    if (!(0,image_ref/* isValidTag */.r_)(previous)) {
        throw new src/* ActionError */.lZ(operation, `${(0,src/* shown */.SP)(previous)} is not a valid OCI tag`, {
            hint: 'Fix the source file or pass the tag input explicitly.',
        });
    }
    return previous;
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

// EXTERNAL MODULE: ./packages/promotion/src/branch-name.ts
var branch_name = __webpack_require__(1961);
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
    // Auto-merge is mergeAsAsked's (merge.ts): it needs the head this run wrote.
}
async function closeStale(client, branch, base, tag, log) {
    const stale = await client.findOpenPull(branch, base);
    if (!stale)
        return;
    await client.comment(stale.number, `Closing: \`${base}\` already runs \`${tag}\` in every target file, so there is nothing left to promote.`);
    await client.updatePull(stale.number, { state: 'closed' });
    log.info(`Closed #${stale.number}: ${base} already has ${tag}`);
}

// EXTERNAL MODULE: ./packages/promotion/src/request.ts
var request = __webpack_require__(9380);
;// CONCATENATED MODULE: ./packages/promotion/src/merge.ts
// The promotion pull request merged at the commit this run wrote, and never at a later one: the
// merge, the merge queue entry and auto-merge all carry that head, and GitHub refuses each of them
// once someone has pushed to the branch since.



/**
 * What the request asks after the pull request is open at `head`: merged now (`merge`), queued
 * when the base requires its merge queue, or left to auto-merge (`auto-merge`, also the fallback
 * when the base's rules block merging now). Undefined when neither input is set.
 */
async function mergeAsAsked(inputs, client, pull, head, log, trailers = '') {
    const all = { ...request/* PROMOTION_INPUTS */.I, ...inputs.inputNames };
    const names = { merge: all.merge ?? 'merge', autoMerge: all.autoMerge ?? 'auto-merge' };
    const at = { client, pull, head, log, names, trailers };
    try {
        if (inputs.merge)
            return await mergeNow(inputs.merge, inputs.autoMerge || undefined, at);
        if (!inputs.autoMerge)
            return undefined;
        if (!pull.autoMerge)
            await client.enableAutoMerge(pull, inputs.autoMerge, head, trailers);
        return outcome('auto-merge', head);
    }
    catch (error) {
        if (error instanceof github_src/* HeadMoved */.YQ) {
            throw headMoved(inputs.merge ? 'merge' : 'enable auto-merge on', pull, head, error.githubMessage);
        }
        throw error;
    }
}
async function mergeNow(method, fallback, at) {
    const { client, pull, head, log } = at;
    const answer = await client.mergePull(pull.number, head, method, at.trailers);
    if (answer.kind === 'merged') {
        log.info(`Merged #${pull.number} at ${head.slice(0, 12)} as ${answer.sha.slice(0, 12)}`);
        return { ...outcome('merged', head), commit: answer.sha };
    }
    if (answer.kind === 'head-moved')
        throw headMoved('merge', pull, head, answer.message);
    if (answer.mergeQueue) {
        const entry = await enqueue(at, fallback);
        if (entry)
            return { ...outcome('queued', head), position: entry.position };
    }
    else if (fallback) {
        log.info(`GitHub does not merge #${pull.number} yet (${(0,src/* shown */.SP)(answer.message)}): auto-merge (${fallback}) is on for ${head.slice(0, 12)} instead`);
    }
    if (fallback) {
        await client.enableAutoMerge(pull, fallback, head, at.trailers);
        return outcome('auto-merge', head);
    }
    const { names } = at;
    throw new src/* ActionError */.lZ(`merge #${pull.number} (the ${names.merge} input)`, `GitHub refused the merge (405 ${(0,src/* shown */.SP)(answer.message)})`, {
        hint: `The ${names.merge} input merges only what the base branch's rules allow at once; required reviews or status checks, a conflict, or a merge method the repository does not allow block it. Set ${names.autoMerge} (merge, squash or rebase) so GitHub merges the pull request once they are met, or drop ${names.merge}. Nothing was merged; the pull request stays open.`,
    });
}
/** The merge queue entry; undefined when the queue refused it and auto-merge may queue it later. */
async function enqueue(at, fallback) {
    const { client, pull, head, log } = at;
    try {
        const entry = await client.enqueuePull(pull, head);
        log.info(`The base branch requires a merge queue: #${pull.number} is queued at ${head.slice(0, 12)} (position ${entry.position}, ${entry.state}); the queue merges it once its merge_group checks pass`);
        return entry;
    }
    catch (error) {
        if (error instanceof github_src/* HeadMoved */.YQ || !(error instanceof src/* ActionError */.lZ))
            throw error;
        if (!fallback) {
            throw new src/* ActionError */.lZ(error.operation, error.message, {
                hint: `The base branch requires its merge queue, which takes a pull request once its required reviews and checks pass. Set ${at.names.autoMerge} so GitHub queues it when they do, or add it to the queue yourself. Nothing was merged; the pull request stays open.`,
                cause: error,
            });
        }
        log.info(`The merge queue does not take #${pull.number} yet (${error.message}): auto-merge is on for ${head.slice(0, 12)}, so GitHub queues it once it is ready`);
        return undefined;
    }
}
function outcome(state, head) {
    return { state, head, commit: '', position: 0 };
}
function headMoved(verb, pull, head, message) {
    return new src/* ActionError */.lZ(`${verb} #${pull.number} at ${head.slice(0, 12)}`, `someone pushed to ${(0,src/* shown */.SP)(pull.headRef)} after this run wrote ${head.slice(0, 12)}, and GitHub refused it for a head this run never saw (${(0,src/* shown */.SP)(message)})`, {
        hint: `Nothing was merged. Review the new commits on ${pull.url} and merge it yourself, or run the promotion again: it writes the promotion on top of them and merges what it wrote.`,
    });
}

;// CONCATENATED MODULE: ./packages/promotion/src/reference.ts
// The service commit a promotion moves: the one whose image the source environment runs. The
// commit that last changed from-file is the bump that put it there, and carries its trailers.


/**
 * The reference to write: none when opted out; the request's own when it has one (bump-manifest's
 * and rollback's pull requests); else the trailers of the newest commit of from-file on `ref`,
 * with the overrides on top. A failed read leaves them out, said once: trailers never fail a
 * promotion. Never the GitOps repository's own commit.
 */
async function promotionReference(inputs, client, ref, log) {
    const choice = inputs.referenceCommit ?? { enabled: true, overrides: {} };
    if (!choice.enabled)
        return null;
    if (choice.known !== undefined)
        return (0,reference_commit/* mergeReference */.GI)(choice.known, choice.overrides);
    return (0,reference_commit/* mergeReference */.GI)(await carried(inputs, client, ref, log), choice.overrides);
}
async function carried(inputs, client, ref, log) {
    if (!inputs.fromFile)
        return null;
    try {
        const [last] = await client.listCommits(ref, inputs.fromFile, 1);
        return last ? (0,reference_commit/* parseReferenceCommit */._E)(last.message) : null;
    }
    catch (error) {
        log.info(`Could not read the history of ${(0,src/* shown */.SP)(inputs.fromFile)} for its reference commit ` +
            `(${(0,src/* shown */.SP)(error.message ?? String(error))}); the promotion carries no Argocd-reference-commit trailers.`);
        return null;
    }
}

;// CONCATENATED MODULE: ./packages/promotion/src/promote.ts
// The promotion itself: reads base and the PR branch through the API, edits in memory, writes a
// tree and a commit, moves the branch, then creates or updates the one PR for that branch.












async function promote(given, ports) {
    const { client, log } = ports;
    const base = await readBase(given, client);
    const { tag, inputs } = await promoted(given, client, base.sha);
    await ports.verifyImage?.(tag);
    const name = (0,branch_name/* imageName */.t)(inputs);
    // Checked again now that the tag is known: a tag read from from-file may make it invalid.
    const branch = (0,branch_name/* promotionBranch */.I)(inputs, tag);
    const edited = await editTargets(inputs, client, base.sha, tag);
    const edits = edited.map((e) => e.edit);
    const previousTag = edits.find((e) => e.previousTag !== null)?.previousTag ?? '';
    const result = { tag, branch, edits, previousTag, keptCommits: 0 };
    if (edited.every((e) => !e.changed)) {
        log.info(`${inputs.base} already runs ${tag} in every target file: nothing to promote`);
        await closeStale(client, branch, inputs.base, tag, log);
        return { ...result, operation: 'unchanged', pull: undefined, headSha: base.sha };
    }
    const reference = await promotionReference(inputs, client, base.sha, log);
    const provenance = await provenanceOf(inputs.digest, reference, ports);
    const values = (0,src_body/* templateValues */.nX)(inputs, {
        imageName: name,
        tag,
        branch,
        edits,
        previousTag,
        serverUrl: ports.serverUrl,
        runUrl: ports.runUrl,
        baseSha: base.sha,
        provenance,
    });
    const message = (0,reference_commit/* withReferenceTrailers */.aj)(commitMessage((0,src_body/* render */.XX)(inputs.title, values), edited), reference);
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
    const trailers = (0,reference_commit/* referenceTrailers */.cK)(reference).join('\n');
    const merge = await mergeAsAsked(inputs, client, pull, outcome.sha, log, trailers);
    return { ...result, keptCommits: outcome.keptCommits, operation, pull, headSha: outcome.sha, merge };
}
/**
 * The tag to promote, and the request carrying the digest that goes with it: read from `from-file`
 * when no tag is given, with the digest pinned there unless the caller pinned one.
 */
async function promoted(given, client, ref) {
    // A digest-only request (bump-manifest's pr mode) has no tag and nothing to read it from.
    if (given.tag || (!given.fromFile && given.digest))
        return { tag: given.tag, inputs: given };
    const source = await sourceValue(given, client, ref);
    const digest = given.digest || source.digest;
    return { tag: source.tag, inputs: digest === given.digest ? given : { ...given, digest } };
}
async function provenanceOf(digest, reference, ports) {
    const check = ports.attestations
        ? await ports.attestations(digest, reference).catch((e) => ({
            state: 'unknown',
            reason: e.message,
        }))
        : { state: 'unknown', reason: 'no attestation lookup was configured' };
    const text = (0,attestation/* provenanceText */.H)(check);
    ports.log.info(`Provenance of ${digest || 'the promoted image'}: ${text}`);
    return text;
}
function readBase(inputs, client) {
    const names = { ...request/* PROMOTION_INPUTS */.I, ...inputs.inputNames };
    return (0,github_src/* readBranchTip */.uN)(client, inputs.base, { repositoryInput: names.repository, branchInput: names.base });
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
