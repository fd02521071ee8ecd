export const id = 482;
export const ids = [482];
export const modules = {

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ retryOnNewTip),
/* harmony export */   n: () => (/* binding */ unchangedAt)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9839);
// What both transports share around their attempts: the one retry loop, where each attempt starts
// from the branch's current tip (a lost race re-applies the semantic edit on the winner's commit,
// never a stale patch), and the outcome when there is nothing to commit.


async function retryOnNewTip(inputs, ports, transport) {
    let attempts = 0;
    try {
        return await (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)(async (attempt) => {
            attempts = attempt;
            return { ...(await transport.attempt(attempt)), attempts };
        }, {
            attempts: inputs.maxAttempts,
            baseMs: 150,
            maxMs: 3000,
            clock: ports.clock ?? _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml,
            random: ports.random,
            retryable: (error) => error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && error.retryable,
            onRetry: ({ attempt, delayMs, error }) => ports.log.info(`Attempt ${attempt} failed (${error.message}); ${transport.retrying} in ${delayMs} ms`),
        });
    }
    catch (error) {
        const still = transport.lostRace(error);
        if (still === undefined || !(error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ))
            throw error;
        throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, `${still} after ${attempts} attempts`, {
            hint: keepsMovingHint(inputs),
        });
    }
}
function keepsMovingHint(inputs) {
    const { maxAttempts } = inputs.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_1__/* .BUMP_MANIFEST_INPUTS */ .d;
    const raise = maxAttempts ? `raise ${maxAttempts} or ` : '';
    return `Other writers keep moving the branch; ${raise}queue deploys with a concurrency group.`;
}
/**
 * The outcome when the edits change nothing at `head`, logged; undefined when there is something
 * to commit. Both transports end this way on a re-run or after losing a race to the same value.
 */
function unchangedAt(inputs, ports, head, summary) {
    if (summary.changedFiles.length > 0)
        return undefined;
    ports.log.info(`Nothing to change: ${inputs.branch} at ${head.slice(0, 7)} already has the requested values`);
    return { ...summary, changed: false, commitSha: head, diff: '' };
}


/***/ }),

/***/ 8264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kp: () => (/* binding */ editFiles),
  i1: () => (/* binding */ editText),
  Bi: () => (/* binding */ missingFile),
  Vu: () => (/* binding */ nearbyFiles),
  bQ: () => (/* binding */ summarizeEdits)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 12 modules
var src = __webpack_require__(8390);
;// CONCATENATED MODULE: ./packages/manifest/src/errors.ts
/** Every failure a user can act on; callers print the message as is, so it must say what to change. */
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/manifest/src/key-path.ts

/**
 * Parses `image.tag`, `containers[0].image.tag` and, for keys that contain dots, `annotations["a.b/c"]`.
 */
function parseKeyPath(key) {
    const segments = [];
    let i = 0;
    while (i < key.length) {
        if (key[i] === '[') {
            const close = key.indexOf(']', i);
            if (close < 0)
                throw invalidKey(key, `'[' at position ${i + 1} is not closed`);
            segments.push(bracketSegment(key, key.slice(i + 1, close)));
            i = close + 1;
        }
        else {
            const match = /^[^.[\]]+/.exec(key.slice(i));
            if (!match)
                throw invalidKey(key, `empty segment at position ${i + 1}`);
            segments.push(match[0]);
            i += match[0].length;
        }
        if (key[i] === '.') {
            i += 1;
            if (i === key.length)
                throw invalidKey(key, 'it ends with a dot');
        }
        else if (i < key.length && key[i] !== '[') {
            throw invalidKey(key, `unexpected '${key[i]}' at position ${i + 1}`);
        }
    }
    if (segments.length === 0)
        throw invalidKey(key, 'it is empty');
    return segments;
}
function bracketSegment(key, inner) {
    if (/^\d+$/.test(inner))
        return Number(inner);
    const quoted = /^(["'])(.+)\1$/.exec(inner);
    if (quoted?.[2])
        return quoted[2];
    throw invalidKey(key, `'[${inner}]' is neither a list index nor a quoted key`);
}
function invalidKey(key, why) {
    return new ManifestError(`Invalid key '${key}': ${why}. Use a dotted path such as image.tag or containers[0].image.tag`);
}
/** The canonical spelling of a path, used in messages and change locations. */
function formatPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/[.[\]]/.test(segment))
            out += `["${segment}"]`;
        else
            out += out === '' ? segment : `.${segment}`;
    }
    return out;
}

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
        const prefix = formatPath(segments.slice(0, depth));
        if (isEmptyValue(node) && typeof segment === 'string') {
            return { kind: 'missing', depth, host: pair ? { kind: 'empty', pair, flow } : { kind: 'end' } };
        }
        if ((0,dist/* isAlias */.Vj)(node))
            throw aliasOnPath(doc, prefix, node.source, segments);
        if (typeof segment === 'string') {
            if (!(0,dist/* isMap */.jh)(node))
                throw cannotDescend(prefix, node, `look up key '${segment}'`, segments);
            const next = findPair(node, segment);
            if (!next)
                return { kind: 'missing', depth, host: { kind: 'map', map: node } };
            [node, pair, flow] = [next.value, next, Boolean(node.flow)];
        }
        else {
            if (!(0,dist/* isSeq */.oP)(node))
                throw cannotDescend(prefix, node, `take item [${segment}]`, segments);
            if (segment >= node.items.length) {
                throw new ManifestError(`key ${formatPath(segments)} not found: ${prefix} has ${node.items.length} item(s), ` +
                    `index ${segment} is out of range`);
            }
            [node, pair, flow] = [node.items[segment], null, Boolean(node.flow)];
        }
    }
    return { kind: 'found', node, pair, flow };
}
function cannotDescend(prefix, node, what, segments) {
    const where = prefix || 'the document root';
    return new ManifestError(`key ${formatPath(segments)} cannot be resolved: ${where} is ${describe(node)}, so it cannot ${what}`);
}
function aliasOnPath(doc, prefix, anchor, segments) {
    const defined = doc ? anchorLocation(doc, anchor) : null;
    const at = defined ? ` at ${defined}` : '';
    return new ManifestError(`key ${formatPath(segments)} passes through ${prefix}, an alias of anchor &${anchor}${at}; ` +
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
            return formatPath(path);
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
        throw new ManifestError(`${location} is ${kind}, not a scalar; point the key at the tag value itself`);
    }
    if (node === null || (node.value === null && node.range?.[0] === node.range?.[1])) {
        return fillEmptyValue(text, target, value);
    }
    if (node.value === value)
        return null;
    const range = node.range;
    if (!range)
        throw new ManifestError(`${location} has no source position`);
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
            throw new ManifestError(`${target.location} is a block scalar (${node.type === dist/* Scalar */.X5.BLOCK_LITERAL ? '|' : '>'}); ` +
                `rewrite it as a single-line value (e.g. "${value}") and run again`);
        default:
            return renderScalar(value, target.flow);
    }
}
/** `tag:` with nothing after it: write after the ':' so a trailing comment stays a comment. */
function fillEmptyValue(text, target, value) {
    const keyEnd = target.pair && (0,dist/* isScalar */.jn)(target.pair.key) ? target.pair.key.range?.[1] : undefined;
    if (keyEnd === undefined)
        throw new ManifestError(`${target.location} is empty and cannot be located`);
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
    return new ManifestError(`${target.location} is an alias of anchor &${anchor}${where}; edit the anchor's value instead${pointAt}`);
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

;// CONCATENATED MODULE: ./packages/manifest/src/text.ts
function applySplices(text, splices) {
    // Apply from the end so that earlier offsets stay valid.
    const sorted = [...splices].sort((a, b) => b.start - a.start);
    let out = text;
    for (const splice of sorted)
        out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
    return out;
}
/** New lines follow the file's first line ending, so a CRLF file stays CRLF throughout. */
function detectEol(text) {
    const newline = text.indexOf('\n');
    return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset of the line break ending the line that holds `offset` (before a '\r\n'), or text.length. */
function lineEnd(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
function column(text, offset) {
    return offset - lineStart(text, offset);
}
/** Back up over whitespace and line breaks: node ranges of block nodes run on to the next line. */
function trimBack(text, offset) {
    let i = offset;
    while (i > 0 && /\s/.test(text[i - 1] ?? ''))
        i -= 1;
    return i;
}
/** The (1-based) line and column of an offset, for messages. */
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, col: offset - lineStart(text, offset) + 1 };
}

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
                step = column(text, childStart) - column(text, keyStart);
                return step > 0 ? dist/* visit */.YR.BREAK : undefined;
            },
        });
    }
    return { eol: detectEol(text), step: step > 0 ? step : 2 };
}
function start(node) {
    const range = (0,dist/* isNode */.Ll)(node) ? node.range : undefined;
    if (!range)
        throw new ManifestError('Internal error: a node without a source position');
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
    return lineEnd(text, trimBack(text, contentEnd(item)));
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
        throw new ManifestError('Internal error: an empty block mapping');
    const at = afterLineOf(text, last);
    return {
        start: at,
        end: at,
        text: style.eol + blockEntries(entries, column(text, start(last.key)), style),
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
        throw new ManifestError('Internal error: a key without a source position');
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
        text: blockValue(value, column(text, start(pair.key)), blockStyle(doc, text)),
    };
}
/** `rendered` as the new last entry of a flow collection, or the only one inside empty brackets. */
function appendToFlow(text, node, rendered) {
    const last = node.items[node.items.length - 1];
    if (!last)
        return { start: start(node) + 1, end: start(node) + 1, text: rendered };
    const at = trimBack(text, contentEnd(last));
    return { start: at, end: at, text: `, ${rendered}` };
}
/** Appends an item to a list, matching the dash column of its first item. */
function appendItem(text, doc, seq, item) {
    if (seq.flow)
        return appendToFlow(text, seq, flowValue(item));
    const last = seq.items[seq.items.length - 1];
    if (!last)
        throw new ManifestError('Internal error: an empty block list');
    const at = afterLineOf(text, last);
    const dash = trimBack(text, start(seq.items[0]));
    const dashColumn = text[dash - 1] === '-' ? column(text, dash - 1) : column(text, start(seq));
    const style = blockStyle(doc, text);
    return { start: at, end: at, text: style.eol + blockItem(item, dashColumn, style) };
}
/** Removes one entry of a mapping with its line (block) or its separator (flow). */
function deletePair(text, map, index) {
    const pair = map.items[index];
    const next = map.items[index + 1];
    const previous = map.items[index - 1];
    if (!pair)
        throw new ManifestError('Internal error: no such entry');
    if (!previous) {
        if (!next)
            throw new ManifestError('Refusing to remove the only entry of a mapping');
        return { start: start(pair.key), end: start(next.key), text: '' };
    }
    if (map.flow)
        return { start: trimBack(text, contentEnd(previous)), end: trimBack(text, contentEnd(pair)), text: '' };
    const from = lineStart(text, start(pair.key));
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
    const { line, col } = error.linePos?.[0] ?? lineColumn(text, error.pos[0]);
    // The parser appends its own position and a source excerpt; keep only the reason.
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    return new ManifestError(`Invalid YAML at line ${line}, column ${col}: ${reason}`);
}
/**
 * Helm values and kustomizations are one document; a stray leading '---' or trailing empty document is
 * harmless, several documents mean the wrong format was chosen. Null when the file holds no content.
 */
function singleDocument(text, format) {
    const docs = parseStream(text);
    const real = docs.filter((doc) => !isEmptyValue(doc.contents));
    if (real.length > 1) {
        const lines = real.map((doc) => lineColumn(text, doc.range[0]).line).join(', ');
        throw new ManifestError(`${format} expects one YAML document, found ${real.length} (starting at lines ${lines}); ` +
            `for multi-document Kubernetes manifests use format: manifest`);
    }
    return real[0] ?? null;
}

;// CONCATENATED MODULE: ./packages/manifest/src/helm.ts








function editHelm(text, req) {
    const tagPath = parseKeyPath(req.key);
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
            throw new ManifestError('A digest was given but no digest key: helm needs digestKey (digest-key) naming the values path of ' +
                'the digest, e.g. image.digest');
        }
        const step = setValue(out, parseKeyPath(req.digestKey), req.digest, req.createMissing ?? false, req.createMissingInput);
        out = step.text;
        if (step.change)
            changes.push(step.change);
    }
    return { text: out, changes, previousTag };
}
/** Each value is its own parse-locate-splice round, so the digest sees the file as the tag edit left it. */
function setValue(text, path, value, createMissing, createMissingInput) {
    const doc = singleDocument(text, 'helm');
    const location = formatPath(path);
    const hit = findPath(doc, path);
    if (hit.kind === 'found') {
        const splice = replaceScalar(text, { doc, ...hit, location }, value);
        const previous = scalarValue(hit.node, text);
        if (!splice)
            return { text, change: null, previous };
        return { text: applySplices(text, [splice]), change: { location, previous, value }, previous };
    }
    if (!createMissing)
        throw notFound(doc, path, hit, createMissingInput);
    const splice = create(text, doc, path, hit, value);
    return { text: applySplices(text, [splice]), change: { location, previous: null, value }, previous: null };
}
function create(text, doc, path, hit, value) {
    const rest = path.slice(hit.depth);
    const keys = rest.filter((segment) => typeof segment === 'string');
    if (keys.length !== rest.length) {
        throw new ManifestError(`key ${formatPath(path)} not found and create-missing cannot create list items; ` +
            `add the list ${formatPath(path.slice(0, hit.depth + rest.findIndex((s) => typeof s === 'number')))} first`);
    }
    const host = hit.host;
    if (host.kind === 'empty')
        return fillEmpty(text, doc, host.pair, host.flow, nest(keys, value));
    return insertEntries(text, doc, host.kind === 'map' ? host.map : null, nest(keys, value));
}
function notFound(doc, path, hit, createMissingInput) {
    const prefix = formatPath(path.slice(0, hit.depth));
    const missing = String(path[hit.depth]);
    // Only a caller with such an input is told to set it; the others learn that the key must exist.
    const hint = createMissingInput
        ? `; set ${createMissingInput}: true to create it`
        : '; add it to the file first';
    const head = `key ${formatPath(path)} not found: `;
    if (hit.host.kind === 'end')
        return new ManifestError(`${head}the document is empty${hint}`);
    if (hit.host.kind === 'empty')
        return new ManifestError(`${head}${prefix} exists but is empty${hint}`);
    const keys = hit.host.map.items.map(pairKey).filter((key) => key !== null);
    const where = prefix ? `${prefix} exists but has no key` : 'the document has no top-level key';
    const inherited = doc ? mergedFrom(doc, hit.host.map, missing) : null;
    const merge = inherited
        ? `; '${missing}' is inherited through '<<: *${inherited}', so edit the anchor &${inherited}` +
            (createMissingInput ? `, or set ${createMissingInput}: true to override it here` : '')
        : hint;
    return new ManifestError(`${head}${where} '${missing}' (keys: ${keys.join(', ') || 'none'})${merge}`);
}
/** The current tag when only a digest is set; a missing or odd path just means there is none. */
function peekValue(text, path) {
    try {
        const hit = findPath(singleDocument(text, 'helm'), path);
        return hit.kind === 'found' ? scalarValue(hit.node, text) : null;
    }
    catch (error) {
        if (error instanceof ManifestError)
            return null;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/manifest/src/image-ref.ts
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isValidTag(tag) {
    return TAG.test(tag);
}
function isValidDigest(digest) {
    return DIGEST.test(digest);
}
/**
 * What is wrong with the image of an edit as an action's inputs give it (the input at fault and why),
 * checked alike by bump-manifest and open-promotion-pr before anything is read.
 */
function imageInputProblem(inputs) {
    if (inputs.tag && !isValidTag(inputs.tag))
        return {
            input: 'tag',
            message: `'${inputs.tag}' is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`,
        };
    if (inputs.digest && !isValidDigest(inputs.digest))
        return {
            input: 'digest',
            message: `'${inputs.digest}' is not a valid digest (expected sha256:<64 lowercase hex>)`,
        };
    if ((inputs.format === 'kustomize' || inputs.format === 'manifest') && !inputs.image)
        return { input: 'image', message: `is required with format ${inputs.format}` };
    return undefined;
}
/**
 * Splits `repo[:tag][@digest]` without validating it, so that any image string found in a manifest can be
 * compared. The tag colon is only one after the last '/', which keeps registry ports (`localhost:5000/app`)
 * in the repository.
 */
function parseImageReference(ref) {
    let rest = ref.trim();
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = null;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, tag, digest };
}
function formatImageReference(repository, tag, digest) {
    return repository + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
}
/** `nginx`, `library/nginx`, `docker.io/nginx` and `docker.io/library/nginx` name one Docker Hub repository. */
function canonicalRepository(repository) {
    const lower = repository.toLowerCase();
    const slash = lower.indexOf('/');
    const first = slash < 0 ? '' : lower.slice(0, slash);
    const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
    let registry = hasRegistry ? first : 'docker.io';
    let path = hasRegistry ? lower.slice(slash + 1) : lower;
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    return `${registry}/${path}`;
}
function sameRepository(a, b) {
    return canonicalRepository(a) === canonicalRepository(b);
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
        throw new ManifestError(`A kustomization must be a mapping, but this file is ${describe(root)}`);
    const pair = findPair(root, 'images');
    if (!pair)
        return { kind: 'absent', root };
    if (isEmptyValue(pair.value))
        return { kind: 'empty', pair, flow: Boolean(root.flow) };
    if (!(0,dist/* isSeq */.oP)(pair.value)) {
        throw new ManifestError(`images: must be a list of {name, newTag} entries, but it is ${describe(pair.value)}`);
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
            return value !== null && sameRepository(value, image);
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
    return { text: applySplices(text, splices), changes };
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
    return { text: applySplices(text, [splice]), changes };
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
    return { text: applySplices(text, splices), changes };
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
        const ref = parseImageReference(current);
        if (!sameRepository(ref.repository, req.image))
            continue;
        if (!matched)
            [matched, previousTag] = [true, ref.tag];
        // A tag-only bump writes repo:tag without the old digest: a stale digest would keep pinning the old image.
        const value = formatImageReference(ref.repository, req.tag, req.digest);
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
    return { text: applySplices(text, splices), changes, previousTag };
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
                    const location = `doc ${docNumber}: ${formatPath([...path, key, index, 'image'])}`;
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
        if (value !== null && sameRepository(parseImageReference(value).repository, image)) {
            throw aliasError(slot, node.source, false);
        }
        return null;
    }
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? scalarValue(node, '') : null;
}
function k8s_manifest_notFound(image, found) {
    const unique = [...new Set(found)];
    const list = unique.length > 0 ? `images found: ${unique.join(', ')}` : 'no container images found at all';
    return new ManifestError(`image ${image} not found in any containers, initContainers or ephemeralContainers (${list}); ` +
        `check the image repository (without tag or digest)`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/edit.ts





const FORMATS = ['helm', 'kustomize', 'manifest'];
/** Sets a tag and/or digest in one file's text, changing only the bytes of the target scalars. */
function applyEdit(text, req) {
    const request = normalize(req);
    let outcome;
    if (request.format === 'helm')
        outcome = editHelm(text, request);
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
        throw new ManifestError(`Unknown format '${String(request.format)}': use helm, kustomize or manifest`);
    }
    if (!request.tag && !request.digest)
        throw new ManifestError('Nothing to set: give a tag, a digest, or both');
    if (request.tag && !isValidTag(request.tag)) {
        throw new ManifestError(`Invalid tag '${request.tag}': a tag is 1-128 characters of letters, digits, '_', '.' and '-', ` +
            `not starting with '.' or '-'`);
    }
    if (request.digest && !isValidDigest(request.digest)) {
        throw new ManifestError(`Invalid digest '${request.digest}': expected sha256: followed by 64 lowercase hex characters`);
    }
    return request;
}
function withImage(request) {
    const { image } = request;
    if (!image) {
        throw new ManifestError(`An image is required for format ${request.format}: the repository to update, e.g. ghcr.io/org/api`);
    }
    const ref = parseImageReference(image);
    if (ref.tag !== null || ref.digest !== null || /\s/.test(image)) {
        throw new ManifestError(`Invalid image '${image}': give the repository only (e.g. ${ref.repository}) and pass the tag or digest separately`);
    }
    return { ...request, image };
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
    if (format !== 'helm' && !target.image) {
        throw new ManifestError(`it is a ${format} file, so the image input is required to find the entry`);
    }
    return { ...target, format };
}

;// CONCATENATED MODULE: ./packages/manifest/src/index.ts






;// CONCATENATED MODULE: ./packages/bump/src/edit-files.ts




/** Applies the semantic edit to every file in the work tree as it is now; writes only files that change. */
async function editFiles(git, inputs) {
    const edits = [];
    for (const file of inputs.files) {
        const text = await readInside(git, file, inputs.branch);
        const result = editText(inputs, file, text);
        if (result.changed)
            await (0,promises_.writeFile)(external_node_path_default().join(git.dir, file), result.after);
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
        if (error instanceof ManifestError)
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
function missingFile(file, branch, hint) {
    return new src/* ActionError */.lZ(`read ${file}`, `no such file on branch ${branch}`, { hint });
}
/**
 * Lists the nearest existing folder above a missing file. `list` gives a folder's entry names, or
 * undefined when it cannot be listed (the API transport cannot list the root), which ends the walk.
 */
async function nearbyFiles(file, list) {
    let folder = external_node_path_default().posix.dirname(file);
    for (;;) {
        const names = await list(folder);
        const where = folder === '.' ? 'the repository root' : folder;
        if (names === undefined)
            return `None of the folders of ${file} exist on the branch.`;
        if (names.length > 0)
            return `Files in ${where}: ${names.join(', ')}`;
        if (folder === '.')
            return 'The repository is empty.';
        folder = external_node_path_default().posix.dirname(folder);
    }
}
/** Reads a target file, refusing anything that is missing or resolves outside the work tree. */
async function readInside(git, file, branch) {
    const full = external_node_path_default().join(git.dir, file);
    const stat = await (0,promises_.lstat)(full).catch(() => null);
    if (!stat)
        throw missingFile(file, branch, await nearbyFiles(file, (folder) => git.listFolder(folder)));
    const root = await (0,promises_.realpath)(git.dir);
    const real = await (0,promises_.realpath)(full).catch(() => null);
    if (!real || (real !== root && !real.startsWith(root + (external_node_path_default()).sep))) {
        throw new src/* ActionError */.lZ(`read ${file}`, 'it is a symlink that points outside the repository');
    }
    if (!(await (0,promises_.lstat)(real)).isFile())
        throw new src/* ActionError */.lZ(`read ${file}`, 'it is not a regular file');
    return (0,promises_.readFile)(real, 'utf8');
}


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ commitMessage)
/* harmony export */ });
/** The commit message from its template; shared by both transports. */
function commitMessage(inputs, files, previousTag) {
    const values = {
        image: inputs.image || files.join(', '),
        tag: inputs.tag || inputs.digest,
        digest: inputs.digest,
        files: files.join(', '),
        'previous-tag': previousTag,
    };
    return inputs.commitMessage.replace(/\{(image|tag|digest|files|previous-tag)\}/g, (_, name) => values[name] ?? '');
}


/***/ }),

/***/ 9839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ BUMP_MANIFEST_INPUTS)
/* harmony export */ });
/** bump-manifest's input names: the hints' names when a request gives none. */
const BUMP_MANIFEST_INPUTS = {
    repository: 'repository',
    branch: 'branch',
    token: 'token',
    maxAttempts: 'max-attempts',
    createMissing: 'create-missing',
};


/***/ }),

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStages: () => (/* binding */ runStages)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 12 modules
var src = __webpack_require__(8390);
// EXTERNAL MODULE: ./packages/argocd/src/index.ts + 13 modules
var argocd_src = __webpack_require__(995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/git/src/errors.ts

/** Sorts git's stderr into the few cases callers react to differently. */
function classify(stderr) {
    if (/Authentication failed|could not read (Username|Password)|terminal prompts disabled|HTTP 401\b|HTTP 403\b|returned error: 40[13]/i.test(stderr)) {
        return 'auth';
    }
    if (/Remote branch .* not found|couldn't find remote ref|invalid refspec/i.test(stderr))
        return 'branch-not-found';
    if (/repository '.*' not found|does not appear to be a git repository|returned error: 404|HTTP 404\b/i.test(stderr)) {
        return 'not-found';
    }
    if (isRejectedPush(stderr))
        return 'rejected';
    if (/Could not resolve host|Connection refused|Connection reset|timed out|early EOF|RPC failed|returned error: 5\d\d|HTTP 5\d\d/i.test(stderr)) {
        return 'network';
    }
    return 'other';
}
/** The three forms a lost push race takes; all mean "fetch the new tip and try again". */
function isRejectedPush(text) {
    return /\[rejected\].*\((fetch first|non-fast-forward)\)|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(text);
}
class GitError extends src/* ActionError */.lZ {
    failure;
    constructor(operation, failure, stderr, hint) {
        super(operation, lastLines(stderr) || `git failed (${failure})`, {
            hint,
            retryable: failure === 'network' || failure === 'rejected',
        });
        this.failure = failure;
        this.name = 'GitError';
    }
}
function lastLines(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l &&
        !l.startsWith('hint:') &&
        !/^(Cloning into|remote: (Counting|Compressing|Enumerating|Total))/.test(l));
    return lines.slice(-3).join('; ');
}

;// CONCATENATED MODULE: ./packages/git/src/auth.ts
/**
 * Git credentials passed through the environment (GIT_CONFIG_COUNT/KEY/VALUE), never argv or
 * .git/config, so they cannot leak through `ps`, the clone left behind, or a remote URL.
 */
function authEnv(url, token, base) {
    const env = {
        ...base,
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
    };
    const config = [
        ['commit.gpgsign', 'false'],
        ['core.hooksPath', '/dev/null'],
    ];
    const origin = httpOrigin(url);
    if (token && origin) {
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        // Scoped to the server's origin so the header is never sent to another host.
        config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
    }
    let index = Number(base['GIT_CONFIG_COUNT'] ?? 0) || 0;
    for (const [key, value] of config) {
        env[`GIT_CONFIG_KEY_${index}`] = key;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
        index++;
    }
    env['GIT_CONFIG_COUNT'] = String(index);
    return env;
}
function httpOrigin(url) {
    if (!/^https?:\/\//i.test(url))
        return null;
    return new URL(url).origin;
}

;// CONCATENATED MODULE: ./packages/git/src/git.ts




/** One git work tree driven through the git CLI, with credentials only in the environment. */
class Git {
    dir;
    url;
    env;
    exec;
    log;
    constructor(dir, url, env, exec, log) {
        this.dir = dir;
        this.url = url;
        this.env = env;
        this.exec = exec;
        this.log = log;
    }
    /** Depth-1, blob-less, sparse clone: fetches one commit's trees and only the blobs under `folders`. */
    static async clone(opts) {
        const exec = opts.exec ?? src/* exec */.m0;
        const log = opts.log ?? src/* silentLogger */.qq;
        const env = authEnv(opts.url, opts.token, opts.env ?? process.env);
        await (0,promises_.mkdir)(opts.dir, { recursive: true });
        const git = new Git(opts.dir, opts.url, env, exec, log);
        await git.run('clone', `clone ${opts.url} (branch ${opts.branch})`, [
            'clone',
            '--quiet',
            '--depth=1',
            '--filter=blob:none',
            '--no-checkout',
            '--single-branch',
            `--branch=${opts.branch}`,
            '--',
            opts.url,
            '.',
        ]);
        const folders = opts.folders.filter((f) => f !== '' && f !== '.');
        await git.run('sparse-checkout', 'set up the sparse checkout', [
            'sparse-checkout',
            'set',
            '--cone',
            '--',
            ...folders,
        ]);
        await git.run('checkout', `check out ${opts.branch}`, ['checkout', '--quiet', opts.branch]);
        return git;
    }
    async head() {
        return (await this.run('rev-parse', 'read HEAD', ['rev-parse', 'HEAD'])).trim();
    }
    /** Moves the work tree to the branch's current tip on the remote; returns the new HEAD. */
    async syncTo(branch) {
        await this.run('fetch', `fetch ${branch}`, [
            'fetch',
            '--quiet',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
        ]);
        await this.run('reset', `reset to origin/${branch}`, [
            'reset',
            '--quiet',
            '--hard',
            `refs/remotes/origin/${branch}`,
        ]);
        return this.head();
    }
    async diff() {
        return this.run('diff', 'compute the diff', ['diff', '--no-color', '--no-ext-diff']);
    }
    async commit(paths, message, author) {
        const identity = {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: author.name,
            GIT_COMMITTER_EMAIL: author.email,
        };
        // `commit -- <paths>` stages and commits in one process; this runs once per push attempt.
        await this.run('commit', 'commit', ['commit', '--quiet', '--no-verify', '--file=-', '--', ...paths], {
            input: message,
            env: identity,
        });
        return this.head();
    }
    /** Pushes HEAD to the branch; a lost race is a result, not an exception. */
    async push(branch) {
        const args = ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`];
        const result = await this.exec('git', args, { cwd: this.dir, env: this.env });
        const text = `${result.stdout}\n${result.stderr}`;
        if (result.code === 0)
            return { pushed: true };
        if (isRejectedPush(text))
            return { pushed: false, reason: rejectionReason(text) };
        throw this.error('push', `push to ${branch}`, result.stderr || result.stdout);
    }
    /** Names of the entries of a folder at HEAD (works for folders outside the sparse cone too). */
    async listFolder(folder) {
        const spec = folder === '' || folder === '.' ? 'HEAD' : `HEAD:${folder}`;
        const result = await this.exec('git', ['ls-tree', '--name-only', spec], { cwd: this.dir, env: this.env });
        return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
    }
    async run(command, operation, args, extra = {}) {
        this.log.debug(`git ${args.join(' ')}`);
        const env = extra.env ? { ...this.env, ...extra.env } : this.env;
        const result = await this.exec('git', args, { cwd: this.dir, env, input: extra.input });
        if (result.code !== 0)
            throw this.error(command, operation, result.stderr || result.stdout);
        return result.stdout;
    }
    error(command, operation, stderr) {
        const failure = classify(stderr);
        return new GitError(operation, failure, stderr, hintFor(failure, command, this.url));
    }
}
function rejectionReason(text) {
    const match = /\[(remote )?rejected\][^\n]*/.exec(text);
    return match ? match[0].trim() : 'rejected';
}
function hintFor(failure, command, url) {
    switch (failure) {
        case 'auth':
            return command === 'push'
                ? `The token was refused for writing to ${url}: give it contents: write on the GitOps repository (a GITHUB_TOKEN only reaches its own repository; use a GitHub App token or a fine-grained PAT).`
                : `The token was refused for ${url}: check that it is valid and can read the repository.`;
        case 'not-found':
            return `Check the repository name and that the token can see ${url}.`;
        case 'branch-not-found':
            return `The branch must exist on ${url} before a commit can be pushed to it.`;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts




// EXTERNAL MODULE: ./packages/bump/src/attempts.ts
var attempts = __webpack_require__(3170);
// EXTERNAL MODULE: ./packages/bump/src/edit-files.ts + 15 modules
var edit_files = __webpack_require__(8264);
// EXTERNAL MODULE: ./packages/bump/src/message.ts
var message = __webpack_require__(761);
// EXTERNAL MODULE: ./packages/bump/src/request.ts
var request = __webpack_require__(9839);
;// CONCATENATED MODULE: ./packages/bump/src/git.ts
// The git transport: clones the branch sparsely, applies the semantic edit in the work tree, commits
// and pushes. A lost push race fetches the new tip and the next attempt edits there.









class PushRejected extends src/* ActionError */.lZ {
    constructor(branch, reason) {
        super(`push to ${branch}`, `the push was rejected (${reason})`, { retryable: true });
    }
}
async function bumpWithGit(inputs, ports) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(ports.tempDir ?? (0,external_node_os_.tmpdir)(), 'bump-manifest-'));
    try {
        const git = await cloneTarget(inputs, ports, external_node_path_default().join(work, 'repo'));
        return await (0,attempts/* retryOnNewTip */.h)(inputs, ports, {
            attempt: async (attempt) => {
                const head = attempt === 1 ? await git.head() : await git.syncTo(inputs.branch);
                return attemptOnce(git, head, inputs, ports);
            },
            retrying: 'retrying on the new tip',
            lostRace: (error) => (error instanceof PushRejected ? 'still rejected' : undefined),
        });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function cloneTarget(inputs, ports, dir) {
    const folders = [...new Set(inputs.files.map((f) => external_node_path_default().posix.dirname(f)))];
    return (0,src/* retry */.L5)(() => Git.clone({
        url: inputs.url,
        dir,
        branch: inputs.branch,
        folders,
        token: inputs.token,
        exec: ports.exec,
        log: ports.log,
    }), {
        attempts: 3,
        clock: ports.clock ?? src/* systemClock */.ml,
        random: ports.random,
        retryable: (error) => error instanceof GitError && error.failure === 'network',
    }).catch((error) => {
        throw missingBranch(error, inputs);
    });
}
/** git's own hint for a missing branch names no input; this one names the caller's. */
function missingBranch(error, inputs) {
    if (!(error instanceof GitError) || error.failure !== 'branch-not-found')
        return error;
    const { branch } = inputs.inputNames ?? request/* BUMP_MANIFEST_INPUTS */.d;
    return new GitError(error.operation, error.failure, error.message, `Check the ${branch} input; the branch must exist before bumping it.`);
}
async function attemptOnce(git, head, inputs, ports) {
    const edits = await (0,edit_files/* editFiles */.kp)(git, inputs);
    const summary = { edits, ...(0,edit_files/* summarizeEdits */.bQ)(edits) };
    const unchanged = (0,attempts/* unchangedAt */.n)(inputs, ports, head, summary);
    if (unchanged)
        return unchanged;
    if (inputs.dryRun)
        return { ...summary, changed: true, commitSha: head, diff: await git.diff() };
    const { changedFiles, previousTag } = summary;
    const sha = await git.commit(changedFiles, (0,message/* commitMessage */.d)(inputs, changedFiles, previousTag), inputs.author);
    const result = await git.push(inputs.branch);
    if (!result.pushed)
        throw new PushRejected(inputs.branch, result.reason);
    return { ...summary, changed: true, commitSha: sha, diff: '' };
}

;// CONCATENATED MODULE: ./packages/bump/src/bump.ts

/** Bumps through the transport the request names; both give the same outputs and errors. */
async function bump(inputs, ports) {
    if (inputs.transport === 'api') {
        // Octokit is loaded only here (a separate chunk), so a run that fails on its inputs, or that
        // uses git, does not pay for it at start.
        const { bumpThroughApi } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 3010));
        return bumpThroughApi(inputs, ports);
    }
    return bumpWithGit(inputs, ports);
}

;// CONCATENATED MODULE: ./packages/bump/src/edit-inputs.ts

const FORMATS = (/* unused pure expression or super */ null && (['auto', 'helm', 'kustomize', 'manifest']));
/**
 * Reads the inputs that say which files to edit and what to set in them, under the names
 * bump-manifest and open-promotion-pr both give them (`files`, `image`, `tag`, `digest`, `key`,
 * `digest-key`, `format`). Each caller then checks what it requires of tag and digest.
 */
function readEditInputs(raw) {
    return {
        files: raw.multiline('files', { required: true }).map((file) => repoPathInput('files', file)),
        image: raw.string('image'),
        tag: raw.string('tag'),
        digest: raw.string('digest'),
        key: raw.string('key', { default: 'image.tag' }),
        digestKey: raw.string('digest-key'),
        format: raw.enum('format', FORMATS, 'auto'),
    };
}

;// CONCATENATED MODULE: ./packages/bump/src/summary.ts

/** Job summary: per file the key, old → new value, and the commit (linked when the server is GitHub). */
function summary_renderSummary(inputs, result) {
    const rows = result.edits.flatMap((edit) => edit.changes.length === 0
        ? [[code(edit.file), '', 'unchanged']]
        : edit.changes.map((c) => [
            code(edit.file),
            code(c.location),
            `${code(c.previous ?? '∅')} → ${code(c.value)}`,
        ]));
    const commitUrl = inputs.repository
        ? `${inputs.serverUrl}/${inputs.repository}/commit/${result.commitSha}`
        : undefined;
    const commit = link(code(result.commitSha.slice(0, 12)), commitUrl);
    const state = inputs.dryRun
        ? `Dry run: nothing pushed to ${code(inputs.branch)} (at ${commit}).`
        : result.changed
            ? `Committed ${commit} to ${code(inputs.branch)} after ${result.attempts} attempt(s).`
            : `No change: ${code(inputs.branch)} at ${commit} already has these values.`;
    const body = table(['File', 'Key', 'Value'], rows);
    const diff = inputs.dryRun && result.diff
        ? `\n<details><summary>Diff</summary>\n\n\`\`\`diff\n${result.diff}\`\`\`\n</details>\n`
        : '';
    return `${heading('bump-manifest')}\n${state}\n\n${body}${diff}`;
}

;// CONCATENATED MODULE: ./packages/bump/src/index.ts







// EXTERNAL MODULE: ./packages/image/src/index.ts + 14 modules
var image_src = __webpack_require__(3038);
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
    constructor(detail, line, column) {
        super(`${detail} at line ${line}, column ${column}`);
        this.detail = detail;
        this.line = line;
        this.column = column;
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
        const found = at >= this.bytes.length ? 'the end of the file' : `'${String.fromCharCode(this.bytes[at])}'`;
        throw new JsonSyntaxError(`expected ${expected} but found ${found}`, line, at - lineStart + 1);
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
        return JSON.parse(b.toString('utf8', start, end));
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
    const first = cursor.peek();
    if (first === -1)
        throw new ReportError('is empty (Trivy writes a JSON object even when it finds nothing)');
    if (first !== 0x7b)
        throw new ReportError(describeNonObject(bytes, cursor.pos));
    try {
        return readRoot(cursor);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            throw new ReportError(`is not valid JSON: ${error.message}`);
        throw error;
    }
}
function describeNonObject(bytes, at) {
    const head = bytes.toString('utf8', at, Math.min(bytes.length, at + 40)).replace(/\s+/g, ' ');
    if (bytes[at] === 0x5b)
        return `is a JSON array, not a Trivy report (an object with SchemaVersion and Results): ${head}…`;
    if (bytes[at] === 0x3c)
        return `is not JSON but markup (HTML or XML?), starting with "${head}"`;
    return `is not JSON: it starts with "${head}" (expected the output of trivy --format json)`;
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
    cursor.object((key) => {
        keys.push(key);
        if (stringField(cursor, key, ROOT_STRINGS, report))
            return;
        if (key === 'SchemaVersion')
            report.schemaVersion = Number(cursor.decode(cursor.skipValue()));
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
        throw new ReportError(`has SchemaVersion ${report.schemaVersion}; this action reads SchemaVersion 2 (Trivy 0.20 and later)`);
    }
    return report;
}
function describeForeign(keys) {
    const shown = keys.slice(0, 6).join(', ') + (keys.length > 6 ? ', …' : '');
    const has = (k) => keys.includes(k);
    const kind = has('runs') && has('version')
        ? 'a SARIF log (use --format json, not sarif)'
        : has('bomFormat')
            ? 'a CycloneDX SBOM (use --format json, not cyclonedx)'
            : has('spdxVersion')
                ? 'an SPDX document (use --format json, not spdx-json)'
                : keys.length === 0
                    ? 'an empty JSON object'
                    : 'a JSON object without SchemaVersion';
    return `is not a Trivy JSON report: found ${kind}${keys.length ? ` with keys ${shown}` : ''}`;
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
function parseYaml(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const line = lines.linePos(error.pos[0]).line;
        throw new PolicyError(`${source} is not valid YAML at line ${line}: ${error.message.split('\n')[0]}`);
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
        throw new PolicyError(`${source} must be a YAML list of exceptions (or a map with an 'exceptions:' list)`);
    }
    return items(list, lines).map(({ value, line }, index) => policyEntry(value, line, index, source));
}
function policyEntry(value, line, index, source) {
    const where = `${source} entry ${index + 1} (line ${line})`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new PolicyError(`${where} must be a map with id, reason and expires`);
    }
    const entry = value;
    const id = typeof entry['id'] === 'string' ? entry['id'].trim() : '';
    if (!id)
        throw new PolicyError(`${where} has no id`);
    const reason = typeof entry['reason'] === 'string' ? entry['reason'].trim() : '';
    if (!reason)
        throw new PolicyError(`${where} (${id}) has no reason; say why the finding is accepted`);
    const expires = dateText(entry['expires']);
    if (!expires)
        throw new PolicyError(`${where} (${id}) has no expires date (YYYY-MM-DD); exceptions must expire`);
    if (!DATE.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) {
        throw new PolicyError(`${where} (${id}) has expires '${expires}', expected a date like 2026-12-31`);
    }
    const known = new Set(['id', 'reason', 'expires', 'paths', 'packages']);
    const unknown = Object.keys(entry).filter((k) => !known.has(k));
    if (unknown.length) {
        throw new PolicyError(`${where} (${id}) has unknown key ${unknown.join(', ')}; allowed: ${[...known].join(', ')}`);
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
            throw new PolicyError(`${file} line ${i + 1}: exp:${exp} is not a date (YYYY-MM-DD)`);
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
        throw new PolicyError(`${file} must be a map with ${IGNORE_SECTIONS.join(', ')} lists`);
    const out = [];
    for (const section of IGNORE_SECTIONS) {
        items(root.get(section, true), lines).forEach(({ value, line }) => {
            const entry = (value ?? {});
            const where = `${file} ${section} (line ${line})`;
            const id = typeof entry['id'] === 'string' ? entry['id'] : '';
            if (!id)
                throw new PolicyError(`${where} has no id`);
            const expires = dateText(entry['expired_at']).slice(0, 10);
            if (expires && !DATE.test(expires))
                throw new PolicyError(`${where}: expired_at '${expires}' is not a date`);
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
function gate_blockingReason(verdict) {
    const reasons = [];
    const blocking = verdict.blocking;
    if (blocking.length) {
        const bySeverity = new Map();
        for (const f of blocking)
            bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
        const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
        const ids = firstIds(blocking, 6);
        reasons.push(`${blocking.length} finding(s) block the gate (${parts}): ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`);
    }
    for (const { exception: e } of verdict.expired) {
        reasons.push(`exception ${e.id} (${e.source} line ${e.line}) expired on ${e.expires}`);
    }
    return reasons.join('; ');
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
async function sarif_writeSarif(file, report, verdict, opts) {
    const handle = await open(file, 'w');
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
const WRITE_CHUNK = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
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
function sarif_findingPath(report, finding, root) {
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
            const uri = encodeURI(sarif_findingPath(this.report, finding, this.opts.root));
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

;// CONCATENATED MODULE: ./packages/trivy/src/summary.ts



/** The job summary: verdict, counts per severity, blocking findings, exceptions. */
function src_summary_renderSummary(report, verdict, opts) {
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
    ['Expired on', ({ exception: e }) => e.expires],
    REASON_COLUMN,
    ENTRY_COLUMN,
    ['Findings it covered', ({ findings }) => String(findings)],
];
const APPLIED_COLUMNS = [
    ID_COLUMN,
    REASON_COLUMN,
    ['Expires', ({ exception: e }) => e.expires || 'never'],
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
    return [
        (0,src/* link */.nf)((0,src/* code */.aY)(f.id), rule?.url || undefined),
        f.severity,
        f.pkgName ? (0,src/* code */.aY)(f.pkgName) : '',
        versions,
        (0,src/* escapeCell */.kq)(rule?.title ?? ''),
        (0,src/* code */.aY)(sarif_findingPath(report, f, '')) + (f.line > 0 ? `:${f.line}` : ''),
    ];
}
/**
 * Blocking findings of a filesystem scan as annotations on the file that brings them (the lockfile
 * line of the package, the config block, the secret), one per file and line.
 */
function summary_fileAnnotations(report, verdict, root, max = 50) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/trivy/src/install.ts





/** The release this action installs unless told otherwise. Bump it together with TRIVY_SHA256. */
const install_DEFAULT_TRIVY_VERSION = '0.58.1';
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
/**
 * Installs Trivy through the runner's tool cache: a cached copy of the exact version is reused, else
 * the release archive is downloaded, its SHA-256 checked against the expected one, and only then
 * extracted and cached. `@actions/tool-cache` is loaded here, not at start-up.
 */
async function installTrivy(opts) {
    const release = resolveRelease(opts);
    const tc = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(991)]).then(__webpack_require__.bind(__webpack_require__, 5991));
    const cached = tc.find('trivy', release.version, release.platform.arch.toLowerCase());
    if (cached && (await isFile(external_node_path_default().join(cached, 'trivy')))) {
        opts.log.info(`Using Trivy ${release.version} from the tool cache (${cached})`);
        return {
            path: external_node_path_default().join(cached, 'trivy'),
            version: release.version,
            fromCache: true,
            sha256: release.expected,
        };
    }
    return download(tc, release, opts);
}
function resolveRelease(opts) {
    const names = opts.inputNames;
    const version = normalizeVersion(opts.version);
    const operation = `install Trivy ${opts.version}`;
    if (!version) {
        throw new src/* ActionError */.lZ(operation, `'${opts.version}' is not an exact release version`, {
            hint: 'Pin an exact version such as 0.58.1; tags like latest can be moved to a different build.',
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
            ? `${names.trivyChecksum} '${opts.checksum}' is not a SHA-256 (64 hex digits)`
            : `this action has no SHA-256 for trivy_${version}_${key}.tar.gz`, {
            hint: `Set ${names.trivyChecksum} to the value from trivy_${version}_checksums.txt of the release, or use a version this action pins.`,
        });
    }
    return { version, platform, expected, operation };
}
/** Download, verify, then extract: an archive that does not hash as expected is never unpacked. */
async function download(tc, release, opts) {
    const { version, operation } = release;
    const url = releaseUrl(opts.urlTemplate || DEFAULT_TRIVY_URL, version, release.platform);
    opts.log.info(`Downloading Trivy ${version} from ${url}`);
    let archive;
    try {
        archive = await tc.downloadTool(url);
    }
    catch (error) {
        throw new src/* ActionError */.lZ(operation, `the download of ${url} failed: ${error.message}`, {
            hint: `Check ${opts.inputNames.trivyUrl} (a mirror must serve the release archive under the same name) and network access.`,
            retryable: true,
            cause: error,
        });
    }
    const actual = await sha256File(archive);
    if (actual !== release.expected) {
        await (0,promises_.rm)(archive, { force: true });
        throw new src/* ActionError */.lZ(operation, `the checksum of ${url} does not match: expected ${release.expected}, got ${actual}`, {
            hint: `The archive was refused and not installed. It is not the release it claims to be: check the mirror in ${opts.inputNames.trivyUrl}.`,
        });
    }
    const extracted = await tc.extractTar(archive);
    await (0,promises_.rm)(archive, { force: true });
    if (!(await isFile(external_node_path_default().join(extracted, 'trivy')))) {
        throw new src/* ActionError */.lZ(operation, `the archive from ${url} has no trivy executable at its top level`);
    }
    const dir = await tc.cacheDir(extracted, 'trivy', version, release.platform.arch.toLowerCase());
    const binary = external_node_path_default().join(dir, 'trivy');
    await (0,promises_.chmod)(binary, 0o755);
    opts.log.info(`Installed Trivy ${version} (sha256 ${actual}) in ${dir}`);
    return { path: binary, version, fromCache: false, sha256: actual };
}
async function isFile(file) {
    return (await (0,promises_.stat)(file).catch(() => null))?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./packages/trivy/src/run.ts


class TrivyFailed extends src/* ActionError */.lZ {
    failure;
    constructor(operation, failure, cause, hint) {
        super(operation, cause, { hint, retryable: failure === 'rate-limited' });
        this.failure = failure;
    }
}
function run_classify(stderr) {
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
    const operation = opts.scanType === 'image' ? `scan the image ${opts.target}` : `scan ${opts.target}`;
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
        throw new src/* ActionError */.lZ(operation, `Trivy could not be started (${opts.binary}): ${error.message}`, {
            hint: `Check ${opts.inputNames.trivyPath}, or leave it empty to install Trivy.`,
        });
    }
    if (result.code === 0)
        return;
    const failure = run_classify(result.stderr);
    const detail = lastError(result.stderr);
    const cause = `Trivy failed with exit code ${result.code} (an error, not findings):\n${detail}`;
    const hints = {
        'rate-limited': `The DB registry rate-limits anonymous pulls; list mirrors in ${opts.inputNames.dbRepository}.`,
        db: `List reachable vulnerability DB mirrors in ${opts.inputNames.dbRepository} (e.g. a registry proxy of ghcr.io/aquasecurity/trivy-db).`,
        image: `Trivy cannot reach the image ${opts.target}: check the reference and log in to its registry before this step.`,
        other: 'See the Trivy log above.',
    };
    throw new TrivyFailed(operation, failure, cause, hints[failure]);
}

;// CONCATENATED MODULE: ./packages/sonar/src/client.ts

/** SonarQube's Web API, read-only: retried on 5xx, 429 and unreachable; final on 401/403/404. */
class client_SonarClient {
    server;
    clock;
    constructor(server, clock) {
        this.server = server;
        this.clock = clock;
    }
    get(pathAndQuery) {
        return retry(() => this.once(pathAndQuery), {
            attempts: 3,
            baseMs: 500,
            clock: this.clock,
            retryable: (e) => e instanceof ActionError && e.retryable,
        });
    }
    /** SonarQube takes a user token as the Basic user name with an empty password. */
    async once(pathAndQuery) {
        const url = `${this.server.hostUrl}${pathAndQuery}`;
        const authorization = `Basic ${Buffer.from(`${this.server.token}:`).toString('base64')}`;
        let response;
        try {
            response = await fetch(url, {
                headers: { authorization, accept: 'application/json' },
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (error) {
            throw new ActionError('query SonarQube', `${url.split('?')[0]} is unreachable: ${error.message}`, {
                retryable: true,
                hint: `Check ${this.server.inputNames.hostUrl} and that the runner can reach it.`,
            });
        }
        if (response.ok)
            return response.json();
        const body = (await response.text()).slice(0, 300);
        throw refusal(pathAndQuery.split('?')[0] ?? '', response.status, body, this.server.inputNames);
    }
}
function refusal(endpoint, status, body, names) {
    if (status === 401) {
        return new ActionError('query SonarQube', `${endpoint} answered 401: the token was refused`, {
            hint: `Set ${names.token} to a valid user or project analysis token.`,
        });
    }
    if (status === 403) {
        return new ActionError('query SonarQube', `${endpoint} answered 403: the token may not browse this project`, {
            hint: "Give the token's user 'Browse' permission on the project.",
        });
    }
    if (status === 404) {
        return new ActionError('query SonarQube', `${endpoint} answered 404: ${sonarErrors(body)}`, {
            hint: `Check ${names.projectKey} (and that an analysis has been run for it).`,
        });
    }
    return new ActionError('query SonarQube', `${endpoint} answered ${status}: ${sonarErrors(body)}`, {
        retryable: status >= 500 || status === 429,
    });
}
/** SonarQube's error envelope, `{"errors":[{"msg":…}]}`; anything else as it came. */
function sonarErrors(body) {
    try {
        const parsed = JSON.parse(body);
        return parsed.errors?.map((e) => e.msg).join('; ') || body;
    }
    catch {
        return body || '(empty body)';
    }
}

;// CONCATENATED MODULE: ./packages/sonar/src/quality-gate.ts




/** Where the SonarScanner flavours write `report-task.txt`. */
const REPORT_TASK_FILES = (/* unused pure expression or super */ null && ([
    '.scannerwork/report-task.txt',
    'target/sonar/report-task.txt',
    'build/sonar/report-task.txt',
]));
async function readReportTask(workspace) {
    for (const file of REPORT_TASK_FILES) {
        const text = await readFile(path.join(workspace, file), 'utf8').catch(() => undefined);
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
async function waitForTask(client, taskId, ports, clock) {
    const timeoutMs = ports.timeoutMs ?? 300_000;
    const deadline = clock.now() + timeoutMs;
    let delay = 500;
    for (;;) {
        const { task } = (await client.get(`/api/ce/task?id=${encodeURIComponent(taskId)}`));
        const status = task?.status ?? '';
        if (status === 'SUCCESS')
            return task?.analysisId ?? '';
        if (status === 'FAILED' || status === 'CANCELED') {
            throw new ActionError('check the SonarQube quality gate', `analysis task ${taskId} ended ${status}${task?.errorMessage ? `: ${task.errorMessage}` : ''}`);
        }
        if (clock.now() + delay > deadline) {
            throw new ActionError('check the SonarQube quality gate', `analysis task ${taskId} is still ${status || 'pending'} after ${Math.round(timeoutMs / 1000)} s`, { hint: 'The SonarQube compute engine is busy; re-run the job later.' });
        }
        ports.log.info(`SonarQube analysis task ${taskId} is ${status}; waiting`);
        await clock.sleep(delay);
        delay = Math.min(delay * 2, 5000);
    }
}
/**
 * The quality gate of the project, at the analysis this job's SonarScanner submitted when its
 * `report-task.txt` is there (waiting for SonarQube to process it), else at the latest analysis.
 */
async function quality_gate_checkQualityGate(request, ports) {
    const clock = ports.clock ?? systemClock;
    const client = new SonarClient(request, clock);
    const task = await readReportTask(ports.workspace);
    const projectKey = request.projectKey || task?.['projectKey'] || '';
    if (!projectKey) {
        const names = request.inputNames;
        throw new ActionError('check the SonarQube quality gate', `no project key: ${names.projectKey} is empty and no report-task.txt was found`, { hint: `Set ${names.projectKey}, or run the SonarScanner in this job first.` });
    }
    let analysisId = '';
    if (task?.['ceTaskId'] && (!task['projectKey'] || task['projectKey'] === projectKey)) {
        analysisId = await waitForTask(client, task['ceTaskId'], ports, clock);
    }
    const query = analysisId
        ? `analysisId=${encodeURIComponent(analysisId)}`
        : `projectKey=${encodeURIComponent(projectKey)}`;
    const { projectStatus } = (await client.get(`/api/qualitygates/project_status?${query}`));
    const status = projectStatus?.status ?? 'NONE';
    if (status === 'NONE') {
        ports.log.warning(`SonarQube has no quality gate result for ${projectKey} (no analysis yet, or no gate assigned); not gating on it`);
    }
    return {
        projectKey,
        status,
        passed: status !== 'ERROR',
        failed: failedConditions(projectStatus),
        dashboardUrl: task?.['dashboardUrl'] || `${request.hostUrl}/dashboard?id=${encodeURIComponent(projectKey)}`,
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
    const bound = BOUND[c.comparator] ?? c.comparator;
    const rule = c.threshold
        ? `must not be ${bound} ${c.threshold}`
        : `${c.status}, comparator ${c.comparator}`;
    return `${c.metric} is ${c.actual} (${rule})`;
}
/** Why the quality gate fails, in one line; '' when it passed. */
function report_qualityGateFailure(result) {
    if (result.passed)
        return '';
    const conditions = result.failed.map(describeCondition).join('; ');
    return `SonarQube quality gate of ${result.projectKey} is ${result.status}${conditions ? `: ${conditions}` : ''}`;
}
/** The job summary section: status, link to the dashboard, and the failed conditions. */
function report_renderQualityGateSummary(result) {
    const head = `\n${heading(`SonarQube quality gate: ${link(code(result.projectKey), result.dashboardUrl)}`, 4)}`;
    const status = result.passed ? `✅ ${result.status}\n` : `❌ ${result.status}\n`;
    if (result.failed.length === 0)
        return `${head}${status}`;
    return `${head}${status}\n${table(['Metric', 'Threshold', 'Actual'], result.failed.map((c) => [
        code(c.metric),
        c.threshold ? `${c.comparator} ${c.threshold}` : '—',
        c.actual,
    ]))}`;
}

;// CONCATENATED MODULE: ./packages/sonar/src/index.ts




;// CONCATENATED MODULE: ./packages/trivy/src/exceptions.ts




/** The ignore file both actions default to; it alone may be missing. */
const DEFAULT_IGNORE_FILE = '.trivyignore.yaml';
/** Every accepted finding: the policy's entries, then the ignore file's. */
async function exceptions_loadExceptions(sources, workspace, names) {
    const out = [];
    if (sources.policy) {
        const text = await policyText(sources.policy, workspace);
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
        throw new src/* ActionError */.lZ('read the ignore file', `${file}: ${code === 'ENOENT' ? 'no such file' : error.message}`, { hint: `Fix ${names.ignoreFile}, or leave it at its default ${DEFAULT_IGNORE_FILE}.` });
    }
}
/** A policy is YAML, or the path of a YAML file in the repository. */
async function policyText(value, workspace) {
    if (/\n/.test(value) || !/\.ya?ml$/i.test(value))
        return value;
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(workspace, value), 'utf8');
    }
    catch (error) {
        throw new src/* ActionError */.lZ('read the policy', `${value}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/trivy/src/scan.ts
// The pieces every Trivy gate is made of: Trivy installed (or the caller's), run once, its JSON
// report read, and the gate applied to that one report.








/** The caller's binary, else the pinned (or requested) release from the tool cache. */
async function trivyBinary(request, ports) {
    if (request.trivyPath)
        return external_node_path_default().resolve(ports.workspace, request.trivyPath);
    const installed = await installTrivy({
        version: request.trivyVersion || install_DEFAULT_TRIVY_VERSION,
        urlTemplate: request.trivyUrl,
        checksum: request.trivyChecksum,
        inputNames: request.inputNames,
        log: ports.log,
    });
    return installed.path;
}
/** Runs Trivy once on the target and returns the path of its JSON report. */
async function scan_scanOnce(request, target, ports) {
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
        exec: ports.exec ?? src/* exec */.m0,
        log: ports.log,
        clock: ports.clock,
    });
    return output;
}
/** Reads a Trivy JSON report; `name` says which one in the error, `hint` what to give instead. */
async function scan_readReport(file, name, hint) {
    try {
        return parseReport(await (0,promises_.readFile)(file));
    }
    catch (error) {
        if (error instanceof ReportError) {
            throw new src/* ActionError */.lZ(`read the Trivy report ${name}`, `it ${error.message}`, { hint });
        }
        throw error;
    }
}
/** The gate over one report, at the clock's time (exceptions expire). */
function scan_gateReport(report, request, scanners, exceptions, clock = src/* systemClock */.ml) {
    return evaluateGate(report, {
        severities: request.severities,
        ignoreUnfixed: request.ignoreUnfixed,
        scanners: new Set(scanners),
        exceptions,
        now: new Date(clock.now()),
    });
}

;// CONCATENATED MODULE: ./packages/trivy/src/scan-gate.ts
// scan-gate's whole job: one Trivy run (or an existing report), then the verdict, counts, SARIF,
// job summary and annotations all derived from that one report; optionally the SonarQube gate too.











/** One Trivy run (or an existing report), then everything derived from that one report. */
async function scanGate(request, ports) {
    const exceptions = await loadExceptions(request, ports.workspace, request.inputNames);
    const reportPath = request.scanType === 'report' ? await existingReport(request, ports) : await scan(request, ports);
    const report = await readReport(reportPath, reportPath, 'Give the output of trivy --format json (SchemaVersion 2).');
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
        log.warning(`Exception ${e.id} (${e.source} line ${e.line}) matches no finding; remove it if it is no longer needed`);
    }
    for (const { exception: e } of verdict.expired) {
        log.warning(`Exception ${e.id} (${e.source} line ${e.line}) expired on ${e.expires}: ${e.reason}`);
    }
}
async function existingReport(request, ports) {
    const file = path.resolve(ports.workspace, request.target);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
        const names = request.inputNames;
        throw new ActionError('read the Trivy report', `${request.target} ${info ? 'is not a file' : 'does not exist'}`, {
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
        dir: path.join(ports.tempDir ?? tmpdir(), 'scan-gate'),
    }, ports);
}
async function sarif(request, report, verdict, root, workspace) {
    if (!request.sarif)
        return '';
    const sarifPath = path.resolve(workspace, request.sarif);
    await mkdir(path.dirname(sarifPath), { recursive: true });
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
    const relative = path.relative(workspace, path.resolve(workspace, scanned)).split(path.sep).join('/');
    return relative.startsWith('..') ? '' : relative;
}

;// CONCATENATED MODULE: ./packages/trivy/src/image-scan.ts
// The deploy's scan: the built image, saved as a docker-archive, scanned before it leaves the runner,
// with the same pieces as scan-gate (exceptions, install, one run, report, gate, summary).





/** Scans the archive for vulnerabilities, without a registry or a daemon, and gates on the result. */
async function scanImageArchive(request, ports) {
    const exceptions = await exceptions_loadExceptions(request, ports.workspace, request.inputNames);
    const output = await scan_scanOnce(request, {
        scanType: 'image',
        target: request.ref,
        scanners: ['vuln'],
        dir: ports.tempDir ?? (0,external_node_os_.tmpdir)(),
        // Trivy reads every flag from TRIVY_<FLAG>: `--input` makes it scan the archive.
        env: { TRIVY_INPUT: request.archive },
    }, ports);
    const report = await scan_readReport(output, 'of the image');
    const verdict = scan_gateReport(report, request, ['vuln'], exceptions, ports.clock);
    // With --input, Trivy names the archive; the summary should name the image.
    const summary = src_summary_renderSummary({ ...report, artifactName: request.ref }, verdict, {
        title: 'Image scan',
        severities: request.severities,
        ignoreUnfixed: request.ignoreUnfixed,
    });
    return { passed: verdict.passed, verdict, report, summary, blocking: gate_blockingReason(verdict) };
}

;// CONCATENATED MODULE: ./packages/trivy/src/index.ts












;// CONCATENATED MODULE: ./packages/deploy/src/stages.ts
// The deploy's stages, each one call of the package the matching action calls, given this request's
// part of the inputs (names included). Loaded lazily by deploy.ts: it pulls in everything heavy.







/** Fills `report` stage by stage; throws at the first stage that fails, with `report.stage` on it. */
async function runStages(request, report, ports) {
    const { log } = ports;
    const publishPorts = { ...ports, clock: ports.clock ?? src/* systemClock */.ml };
    log.info('▶ Building the image');
    report.built = await (0,image_src/* publish */.mk)({ ...request.image, mode: 'build' }, publishPorts);
    report.tag = report.built.tags[0] ?? '';
    const ref = `${report.image}:${report.tag}`;
    report.stage = 'scan';
    log.info('▶ Scanning the image before it leaves the runner');
    report.scan = await stages_scan(request, ref, ports);
    if (!report.scan.passed)
        throw blocked(ref, report.scan);
    report.stage = 'push';
    log.info('▶ Pushing the image');
    report.pushed = await (0,image_src/* publish */.mk)({ ...request.image, mode: 'push' }, publishPorts);
    report.stage = 'bump';
    log.info('▶ Bumping the GitOps files');
    const digest = request.pinDigest ? report.pushed.digest : '';
    report.bump = await bump({ ...request.gitops, image: report.image, tag: report.tag, digest }, { log, exec: ports.exec, clock: ports.clock, tempDir: ports.tempDir });
    if (!request.argocd) {
        log.info('Not waiting for Argo CD (no argocd-server, or wait is false)');
        return;
    }
    report.stage = 'wait';
    log.info('▶ Waiting for Argo CD');
    report.argocd = await (0,argocd_src/* waitForArgoCd */.rZ)({
        ...request.argocd,
        expect: { revision: report.bump.commitSha, acceptSuspended: false, degradedGraceMs: 30_000 },
        refresh: 'normal',
    }, { log, clock: ports.clock });
    if (report.argocd.outcome !== 'done')
        throw argoFailure(report.argocd, request.argocd);
}
/** The built image, saved to an archive Trivy reads directly: nothing leaves the runner before the gate. */
async function stages_scan(request, ref, ports) {
    const builder = await (0,image_src/* selectBuilder */.kv)(request.image.builder, ports.exec);
    const archive = external_node_path_default().join(ports.tempDir, 'image.tar');
    await builder.saveArchive(ref, archive);
    try {
        return await scanImageArchive({ ...request.scan, ref, archive }, { ...ports, clock: ports.clock ?? src/* systemClock */.ml });
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
function blocked(ref, scan) {
    return new src/* ActionError */.lZ('deploy the image', `the scan of ${ref} blocks it: ${scan.blocking}`, {
        hint: 'Nothing was pushed and the GitOps repository is unchanged. Upgrade the packages listed in the summary, or record an exception (with a reason and an expiry) in the ignore file.',
    });
}
/** Argo CD's own hint, in the caller's input names, after what the failure leaves in place. */
function argoFailure(result, argo) {
    const fix = (0,argocd_src/* failureHint */.qQ)(result, { sync: argo.sync, inputs: argo.inputs }) ??
        'Fix what Argo CD reports above and re-run.';
    return new src/* ActionError */.lZ('wait for Argo CD', result.message, {
        hint: `The image is pushed and the GitOps commit is in place. ${fix}`,
    });
}


/***/ })

};
