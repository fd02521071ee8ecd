export const id = 703;
export const ids = [703];
export const modules = {

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ retryOnNewTip),
/* harmony export */   n: () => (/* binding */ unchangedAt)
/* harmony export */ });
/* harmony import */ var _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(612);
/* harmony import */ var _gitops_actions_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5280);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9839);
// What both transports share around their attempts: the one retry loop, where each attempt starts
// from the branch's current tip (a lost race re-applies the semantic edit on the winner's commit,
// never a stale patch), and the outcome when there is nothing to commit.



async function retryOnNewTip(inputs, ports, transport) {
    // Counted outside the loop: the final error names how many attempts were made.
    const made = { attempts: 0 };
    try {
        for (let attempt = 1;; attempt++) {
            made.attempts = attempt;
            try {
                return { ...(await transport.attempt(attempt)), attempts: attempt };
            }
            catch (error) {
                const retryable = error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && error.retryable;
                if (!retryable || attempt >= inputs.maxAttempts)
                    throw error;
                await pause(ports, transport, { attempt, error });
            }
        }
    }
    catch (error) {
        if (!(error instanceof _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ))
            throw error;
        if (transport.refusedByRule(error)) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, error.message, { hint: protectedHint(inputs), cause: error });
        }
        const still = transport.lostRace(error);
        if (still !== undefined) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, `${still} after ${made.attempts} attempts`, {
                hint: keepsMovingHint(inputs),
            });
        }
        // A transient failure (the network, the server) that lasted through every attempt.
        if (error.retryable && made.attempts > 1) {
            throw new _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.operation, `${error.message} (${made.attempts} attempts)`, {
                hint: error.hint,
                cause: error,
            });
        }
        throw error;
    }
}
/** Between two attempts: the transport's turn in its queue after a lost race, else jittered backoff. */
async function pause(ports, transport, { attempt, error }) {
    const failed = `Attempt ${attempt} failed (${error.message})`;
    if (transport.waitTurn && transport.lostRace(error) !== undefined) {
        ports.log.info(`${failed}; ${await transport.waitTurn()}`);
        return;
    }
    const delayMs = (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(attempt, 150, 3000, ports.random ?? Math.random);
    ports.log.info(`${failed}; ${transport.retrying} in ${delayMs} ms`);
    await (ports.clock ?? _gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml).sleep(delayMs);
}
/** The branch protection fix in the caller's words: its pull-request mode when it has one. */
function protectedHint(inputs) {
    const { mode } = inputs.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP_MANIFEST_INPUTS */ .d;
    const where = inputs.repository ?? (0,_gitops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .displayUrl */ .Qy)(inputs.url);
    const instead = mode
        ? `set ${mode}: pr so the bump opens (or updates) a pull request into it instead of pushing`
        : undefined;
    return (0,_gitops_actions_git__WEBPACK_IMPORTED_MODULE_1__/* .protectionHint */ .pr)(inputs.branch, where, instead);
}
function keepsMovingHint(inputs) {
    const { maxAttempts } = inputs.inputNames ?? _request_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP_MANIFEST_INPUTS */ .d;
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

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
// The dry-run diff of the API transport, which has no work tree to run `git diff` in. A bump
// changes a few adjacent lines, so one hunk around the changed span (3 lines of context, as git
// prints) is an exact unified diff.
const CONTEXT = 3;
function lines(text) {
    const parts = text.split('\n');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** `git diff`-style unified diff of one file; empty when the texts are equal. */
function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    const a = lines(before);
    const b = lines(after);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const from = Math.max(0, start - CONTEXT);
    const toA = Math.min(a.length, endA + CONTEXT);
    const toB = Math.min(b.length, endB + CONTEXT);
    const range = (first, count) => count === 1 ? `${first + 1}` : `${count === 0 ? first : first + 1},${count}`;
    const body = [
        ...a.slice(from, start).map((l) => ` ${l}`),
        ...a.slice(start, endA).map((l) => `-${l}`),
        ...b.slice(start, endB).map((l) => `+${l}`),
        ...a.slice(endA, toA).map((l) => ` ${l}`),
    ];
    return [
        `diff --git a/${file} b/${file}`,
        `--- a/${file}`,
        `+++ b/${file}`,
        `@@ -${range(from, toA - from)} +${range(from, toB - from)} @@`,
        ...body,
        '',
    ].join('\n');
}


/***/ }),

/***/ 8631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i1: () => (/* binding */ editText),
  Bi: () => (/* binding */ missingFile),
  Vu: () => (/* binding */ nearbyFiles),
  bQ: () => (/* binding */ summarizeEdits)
});

// UNUSED EXPORTS: editFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
// EXTERNAL MODULE: ./packages/manifest/src/errors.ts
var errors = __webpack_require__(3632);
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
        throw new errors/* ManifestError */.Sh('Internal error: an empty block mapping');
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
        throw new errors/* ManifestError */.Sh('Internal error: an empty block list');
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
        throw new errors/* ManifestError */.Sh('Internal error: no such entry');
    if (!previous) {
        if (!next)
            throw new errors/* ManifestError */.Sh('Refusing to remove the only entry of a mapping');
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
        const lines = real.map((doc) => lineColumn(text, doc.range[0]).line).join(', ');
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
            message: `${shown(inputs.tag)} is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`,
        };
    if (inputs.digest && !isValidDigest(inputs.digest))
        return {
            input: 'digest',
            message: `${shown(inputs.digest)} is not a valid digest (expected sha256:<64 lowercase hex>)`,
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

;// CONCATENATED MODULE: ./packages/manifest/src/flux-marker.ts
// Flux image automation's setter markers, as image-automation-controller reads them: a YAML line
// comment holding `{"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}` (kyaml's shorthand
// setter reference) or the long form `{"$ref": "#/definitions/io.k8s.cli.setters.<same name>"}`.




const SHORTHAND = '$imagepolicy';
const LONG_PREFIX = '#/definitions/io.k8s.cli.setters.';
// Namespaces are DNS-1123 labels, ImagePolicy names DNS-1123 subdomains (Kubernetes object names).
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const POLICY_NAME = /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const SUFFIXES = { tag: 'tag', name: 'name', digest: 'digest' };
const MARKER_GRAMMAR = '{"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}';
/** Why `<namespace>:<policy>` is not a policy reference, or undefined when it is one. */
function policyProblem(policy) {
    const parts = policy.split(':');
    if (parts.length !== 2)
        return 'expected <namespace>:<policy>, e.g. flux-system:api';
    const [namespace = '', name = ''] = parts;
    if (!NAMESPACE.test(namespace))
        return `${(0,src/* shown */.SP)(namespace)} is not a Kubernetes namespace (lowercase letters, digits and '-', at most 63)`;
    if (!POLICY_NAME.test(name))
        return `${(0,src/* shown */.SP)(name)} is not an ImagePolicy name (lowercase letters, digits, '-' and '.', at most 253)`;
    return undefined;
}
/** Every marker-like comment of the file, read or refused; other comments are left out. */
function findMarkers(text) {
    const markers = [];
    const bad = [];
    for (const { offset, source } of comments(text)) {
        const body = source.replace(/^#+/, '').trim();
        // A commented-out line (`# image: x # {...}`) is not a marker; Flux only reads a JSON comment.
        if (!body.startsWith('{') || !(body.includes(SHORTHAND) || body.includes(LONG_PREFIX)))
            continue;
        const { line } = lineColumn(text, offset);
        const read = readMarker(body);
        if ('why' in read)
            bad.push({ offset, line, policy: read.policy, why: read.why, comment: body });
        else
            markers.push({ ...read, offset, line });
    }
    return { markers, bad };
}
function readMarker(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return { policy: null, why: 'it is not valid JSON' };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return { policy: null, why: 'it is not a JSON object' };
    const record = json;
    let name = record[SHORTHAND];
    if (name === undefined && typeof record['$ref'] === 'string' && record['$ref'].startsWith(LONG_PREFIX))
        name = record['$ref'].slice(LONG_PREFIX.length);
    if (typeof name !== 'string')
        return { policy: null, why: `${SHORTHAND} is not a string` };
    // kyaml reads the shorthand as a map of strings: any other value makes Flux skip the marker.
    if (Object.values(record).some((value) => typeof value !== 'string'))
        return { policy: null, why: 'every value of the object must be a string' };
    const [namespace = '', policyName, suffix, ...rest] = name.split(':');
    const policy = policyName === undefined ? name : `${namespace}:${policyName}`;
    const problem = policyProblem(policy);
    if (problem)
        return { policy: null, why: problem };
    if (rest.length > 0 || (suffix !== undefined && !(suffix in SUFFIXES)))
        return {
            policy,
            why: `${(0,src/* shown */.SP)(name.slice(policy.length))} is not a suffix Flux knows (:tag, :name, :digest)`,
        };
    return { policy, field: suffix === undefined ? 'image' : SUFFIXES[suffix] };
}
/** The file's comments from the concrete syntax tree, so that '#' inside quotes or block scalars is not one. */
function comments(text) {
    const found = [];
    const walk = (node) => {
        if (Array.isArray(node)) {
            for (const item of node)
                walk(item);
            return;
        }
        if (typeof node !== 'object' || node === null)
            return;
        const token = node;
        if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
            found.push({ offset: token.offset, source: token.source });
            return;
        }
        for (const value of Object.values(node))
            walk(value);
    };
    for (const token of new dist/* Parser */.iX().parse(text))
        walk(token);
    return found.sort((a, b) => a.offset - b.offset);
}
/** The caller names the file (bump's "Could not edit <file>: ..."); the line is ours to give. */
function markerError(line, detail) {
    return new errors/* ManifestError */.Sh(`the Flux marker on line ${line} ${detail}`);
}

;// CONCATENATED MODULE: ./packages/manifest/src/flux.ts









/** With format flux, `key` names the policy (`<namespace>:<policy>`), checked by the caller. */
function editFlux(text, req) {
    const policy = req.key;
    const { markers, bad } = findMarkers(text);
    // A marker that cannot be read may be this policy's: skipping it would leave a field behind silently.
    const unreadable = bad.find((marker) => marker.policy === null || marker.policy === policy);
    if (unreadable) {
        throw markerError(unreadable.line, `(${(0,src/* shown */.SP)(unreadable.comment)}) cannot be read: ${unreadable.why}; write it as ${MARKER_GRAMMAR}`);
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
            throw markerError(marker.line, `does not follow a single scalar value on its line; Flux reads markers as key: value # ${MARKER_GRAMMAR}`);
        }
        const current = currentValue(slot);
        if (marker.field === 'tag')
            previous.tag ??= current;
        if (marker.field === 'image')
            previous.image ??= current === null ? null : parseImageReference(current).tag;
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
        text: applySplices(text, splices),
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
            const ref = parseImageReference(current ?? '');
            const repository = req.image ?? ref.repository;
            if (!repository) {
                throw markerError(marker.line, 'marks an empty field, so there is no image name to keep: give the image (the repository)');
            }
            // Flux writes name:tag[@digest]; a digest-only bump keeps the tag the field already has.
            return formatImageReference(repository, req.tag ?? ref.tag ?? undefined, req.digest);
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
        if (value !== null && sameRepository(parseImageReference(value).repository, image)) {
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
    if (request.tag && !isValidTag(request.tag)) {
        throw new errors/* ManifestError */.Sh(`Invalid tag ${(0,src/* shown */.SP)(request.tag)}: a tag is 1-128 characters of letters, digits, '_', '.' and '-', ` +
            `not starting with '.' or '-'`);
    }
    if (request.digest && !isValidDigest(request.digest)) {
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
    const problem = policyProblem(request.key);
    if (problem) {
        throw new errors/* ManifestError */.Sh(`Invalid Flux policy ${(0,src/* shown */.SP)(request.key)}: ${problem}. With format flux the key names the ImagePolicy ` +
            `whose markers to update, as <namespace>:<policy>`);
    }
    if (request.image)
        checkRepository(request.image);
    return request;
}
function checkRepository(image) {
    const ref = parseImageReference(image);
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
    return new src/* ActionError */.lZ(`read ${(0,src/* shown */.SP)(file)}`, `no such file on branch ${branch} (${filesInput})`, {
        hint,
    });
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


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ commitMessage)
/* harmony export */ });
/* harmony import */ var _reference_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2721);

/**
 * The commit message from its template, then the service commit's `Argocd-reference-commit-*`
 * trailers when the request has one; shared by both transports.
 */
function commitMessage(inputs, files, previousTag) {
    const values = {
        image: inputs.image || files.join(', '),
        tag: inputs.tag || inputs.digest,
        digest: inputs.digest,
        files: files.join(', '),
        'previous-tag': previousTag,
    };
    const message = inputs.commitMessage.replace(/\{(image|tag|digest|files|previous-tag)\}/g, (_, name) => values[name] ?? '');
    return (0,_reference_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .withReferenceTrailers */ .aj)(message, inputs.referenceCommit);
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
    files: 'files',
    maxAttempts: 'max-attempts',
    createMissing: 'create-missing',
    key: 'key',
    digestKey: 'digest-key',
    mode: 'mode',
};


/***/ }),

/***/ 3703:
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
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
// EXTERNAL MODULE: ./packages/argocd/src/index.ts + 25 modules
var argocd_src = __webpack_require__(5714);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 9 modules
var git_src = __webpack_require__(5280);
// EXTERNAL MODULE: ./packages/bump/src/attempts.ts
var attempts = __webpack_require__(3170);
// EXTERNAL MODULE: ./packages/bump/src/diff.ts
var src_diff = __webpack_require__(9415);
// EXTERNAL MODULE: ./packages/bump/src/edit-files.ts + 14 modules
var edit_files = __webpack_require__(8631);
// EXTERNAL MODULE: ./packages/bump/src/message.ts
var message = __webpack_require__(761);
;// CONCATENATED MODULE: ./packages/bump/src/queue.ts
// Contention turned into a queue. A writer creates a ticket ref under
// refs/gitops-actions/queue/<branch>/ (one push that may only create it): over HTTP as it opens the
// branch, alongside the listing of the tip and the tickets, so that writers who arrive together
// queue instead of racing (but for one whose ticket was still on its way when another listed the
// queue); through git only after it lost a race. It sleeps while tickets older than its own are
// alive, and when it is first it pushes the branch and deletes its ticket in one atomic push.
// Nobody fetches, edits and pushes in a loop; nothing ahead moving for 15 s means go anyway.
//
// The queue is advisory: the branch push stays the compare-and-swap that keeps every update, so a
// human push, a writer that read the refs before another's ticket came, a crashed writer's ticket
// (ignored once expired) or a server that refuses the refs (then: backoff sized by the losses and
// the measured cycle) costs time, never an update.


const QUEUE_ROOT = 'refs/gitops-actions/queue';
/** A ticket lives this long; a writer that died holding one delays the others at most this long. */
const TICKET_TTL_MS = 120_000;
const MIN_POLL_MS = 40;
const NEXT_LOOK_MS = 150;
/** The longest turn a waiting writer counts on, whatever turns it measured while writers started. */
const FAR_TURN_MS = 500;
/** Looks at an unchanged queue, next in line, before it looks less often (12 × 150 ms or so). */
const STALLED_LOOKS = 12;
const MAX_POLL_MS = 5_000;
const MAX_BACKOFF_MS = 10_000;
/** Nothing ahead moved for this long (and this many turns): the writers ahead are gone. */
const STALLED_MS = 15_000;
const STALLED_TURNS = 8;
/** The queue's folder for a branch: the branch as one ref component, so `a` and `a/b` never share one. */
function queuePrefix(branch) {
    return `${QUEUE_ROOT}/${encodeURIComponent(branch)}`;
}
function ticketName(arrival, expires, random) {
    const suffix = Math.floor(random() * 0xffffffff)
        .toString(16)
        .padStart(8, '0');
    return `${String(arrival).padStart(15, '0')}-${String(expires).padStart(15, '0')}-${suffix}`;
}
function parseTicket(ref, sha) {
    const match = /\/(\d{15})-(\d{15})-[0-9a-f]{8}$/.exec(ref);
    if (!match)
        return undefined;
    return { ref, arrival: Number(match[1]), expires: Number(match[2]), sha };
}
class BranchQueue {
    repo;
    branch;
    ports;
    ticket;
    refused = false;
    losses = 0;
    /** How long one writer's turn takes: its fetch, edit and push. Measured, then observed. */
    cycleMs = 2_000;
    /** Turn lengths seen: this writer's own attempt, then the time between changes of the queue. */
    samples = [];
    expired = new Map();
    /** The tip the look that ended the wait listed: the turn that follows fetches that one. */
    fresh;
    /** What tickets point at: a blob, so that fetching the queue fetches no commit or tree. */
    token;
    constructor(repo, branch, ports) {
        this.repo = repo;
        this.branch = branch;
        this.ports = ports;
    }
    /** The duration of this writer's open or of one of its attempts: a turn's length, first guessed. */
    measured(ms) {
        if (ms > 0)
            this.sample(ms);
    }
    /** The branch's tip as the look that ended the wait listed it, once; undefined when stale. */
    takeFresh() {
        const tip = this.fresh;
        this.fresh = undefined;
        return tip;
    }
    /** The ref updates that end this writer's turn with its push: its ticket's deletion. */
    leaseUpdates() {
        return this.ticket ? [{ src: '', dst: this.ticket.ref, lease: this.ticket.sha }] : [];
    }
    /** After a push that carried leaseUpdates() landed: the ticket is gone with it. */
    landed() {
        this.ticket = undefined;
    }
    /**
     * After a lost race on `base`: waits for this writer's turn and says how it waited, for the
     * attempt's log line.
     */
    async waitTurn() {
        this.losses += 1;
        this.fresh = undefined;
        if (!this.ticket && !this.refused)
            await this.join();
        if (this.ticket)
            return `${await this.waitFirst()}; retrying on the new tip`;
        const ceiling = Math.min(MAX_BACKOFF_MS, this.losses * this.cycleMs);
        const delayMs = Math.round(this.ports.random() * ceiling);
        await this.ports.clock.sleep(delayMs);
        return `retrying on the new tip in ${delayMs} ms`;
    }
    /**
     * As the branch opens, alongside its first read: takes a ticket whatever the queue holds, so
     * that writers arriving together queue at once instead of racing first and queueing only after
     * losing. `enter` then says who is ahead.
     */
    async take() {
        if (!this.ticket && !this.refused)
            await this.join();
    }
    /**
     * With the tickets listed as the branch opened (read alongside `take()`): when writers are
     * ahead, waits its turn and says how; undefined when this writer goes at once. A ticket still
     * on its way when the listing was read is missed: its writer may race this one, and the loser
     * waits its turn.
     */
    async enter(listed) {
        if (!this.ticket || !listed)
            return undefined;
        const ahead = this.countAhead(this.ticket, listed);
        return ahead > 0 ? `${ahead} already queued: ${await this.waitFirst(ahead)}` : undefined;
    }
    async waitFirst(known) {
        const { waitedMs, ahead } = await this.untilFirst(known);
        const still = ahead > 0 ? ` (${ahead} ahead expired or stalled: going anyway)` : '';
        return `waited ${waitedMs} ms for our turn in the queue${still}`;
    }
    /** Deletes this writer's ticket and the expired ones it saw; never fails the bump. */
    async leave() {
        const updates = [...this.expired].map(([ref, sha]) => ({ src: '', dst: ref, lease: sha }));
        updates.push(...this.leaseUpdates());
        this.expired.clear();
        this.ticket = undefined;
        if (updates.length === 0)
            return;
        await this.repo.push(updates).catch((error) => {
            this.ports.log.debug(`Could not delete queue tickets: ${error.message}`);
        });
    }
    async join(arrival = this.ports.clock.now()) {
        const name = ticketName(arrival, arrival + TICKET_TTL_MS, this.ports.random);
        const ref = `${queuePrefix(this.branch)}/${name}`;
        this.token ??= await this.repo.writeBlob(`${QUEUE_ROOT} ticket\n`);
        const token = this.token;
        const refusal = await this.repo
            .push([{ src: token, dst: ref, lease: '' }])
            .then((r) => (r.pushed ? undefined : r.reason))
            .catch((error) => {
            if (!(error instanceof git_src/* GitError */.XS && error.failure === 'network'))
                return error.message;
            // The network failed, the server refused nothing: the writer may queue after a lost race.
            // A push lost midway may have created the ticket: leave() removes it if so.
            this.expired.set(ref, token);
            this.ports.log.debug(`Could not take a queue ticket: ${(0,src/* shown */.SP)(error.message, { max: 300 })}`);
            return null;
        });
        this.ticket = refusal === undefined ? parseTicket(ref, token) : undefined;
        if (refusal === undefined || refusal === null)
            return;
        this.refused = true;
        this.ports.log.info(`The server refused the queue ref ${ref} (${(0,src/* shown */.SP)(refusal, { max: 300 })}); waiting with backoff instead of in the queue`);
    }
    /** Sleeps until no live ticket is older than ours; returns how long, and how many were passed over. */
    async untilFirst(known) {
        const { clock } = this.ports;
        const start = clock.now();
        const pace = { at: start, ahead: Number.POSITIVE_INFINITY, idle: 0 };
        const still = { since: start, seen: '' };
        for (;;) {
            const ticket = this.ticket;
            if (!ticket)
                return { waitedMs: clock.now() - start, ahead: 0 };
            // A count the caller already has (the refs a push listed) stands for the first look.
            const ahead = known ?? (await this.lookAhead(ticket, pace));
            known = undefined;
            const now = clock.now();
            // A writer ahead that stopped moving (its job cancelled before it removed its ticket) holds
            // nobody up for long: the branch push is a compare-and-swap, so going anyway is safe.
            const seen = `${ahead} ${this.fresh ?? ''}`;
            if (seen !== still.seen)
                Object.assign(still, { since: now, seen });
            const stalled = now - still.since >= Math.max(STALLED_MS, STALLED_TURNS * this.cycleMs);
            if (ahead === 0 || now >= ticket.expires || stalled)
                return { waitedMs: now - start, ahead };
            const delay = this.nextLook(pace, ahead, now);
            await clock.sleep(Math.round(Math.min(MAX_POLL_MS, ticket.expires - now, Math.max(MIN_POLL_MS, delay))));
        }
    }
    /** One look; a look the network failed is no news (the next may get through), not the end. */
    async lookAhead(ticket, pace) {
        try {
            return await this.ahead(ticket);
        }
        catch (error) {
            if (!(error instanceof git_src/* GitError */.XS && error.retryable))
                throw error;
            this.ports.log.debug(`A look at the queue failed, looking again: ${error.message}`);
            return Number.isFinite(pace.ahead) ? pace.ahead : 1;
        }
    }
    /**
     * When to look again. Far back, the writer sleeps 70-90% of the turns ahead of it but one (5 s
     * at most, jittered too), a turn counted as measured (the open's own length until a turn is
     * seen) but 0.5 s at most: turns measured while writers start together are no guide to the
     * turns after (on the bench, sleeping on them left the branch idle for seconds), and sleeping on
     * a fraction of a fast turn made each far writer look about seven times. Just moved up to next
     * in line, it lets half a turn pass (the writer ahead has only begun its own), then looks every
     * third of a turn (150 ms at most), less and less often once nothing moved for several turns (a
     * slow or dead writer ahead).
     */
    nextLook(pace, ahead, now) {
        const seen = ahead < pace.ahead && Number.isFinite(pace.ahead);
        const movedUp = seen && pace.ahead - ahead === 1;
        if (seen)
            this.sample((now - pace.at) / (pace.ahead - ahead));
        pace.idle = ahead === pace.ahead ? pace.idle + 1 : 0;
        if (ahead !== pace.ahead)
            Object.assign(pace, { at: now, ahead });
        const turn = Math.min(this.cycleMs, FAR_TURN_MS);
        const look = Math.min(this.cycleMs / 3, NEXT_LOOK_MS);
        // Waking early costs one look; waking late leaves the branch idle for every writer behind.
        // Jittered, so the writers that saw the same change do not all look at the same moment.
        if (ahead > 1)
            return Math.min((ahead - 1) * turn, MAX_POLL_MS) * (0.7 + this.ports.random() / 5);
        const jitter = 0.75 + this.ports.random() / 2;
        // The gap between two turns is this look's latency, so it looks often (a look is one ls-refs
        // request). Only a turn far longer than the others (a slow or dead writer ahead) makes it look
        // less and less often.
        if (movedUp)
            return Math.max(turn / 2, look) * jitter;
        const stalled = Math.max(0, pace.idle - STALLED_LOOKS);
        return look * 1.5 ** Math.min(stalled, 10) * jitter;
    }
    /**
     * The median of the turn lengths seen: one long sample only says this writer looked late, one
     * short one that two turns ended between two looks; neither should set the pace alone.
     */
    sample(ms) {
        this.samples.push(Math.max(MIN_POLL_MS, Math.round(ms)));
        const sorted = [...this.samples].sort((a, b) => a - b);
        this.cycleMs = sorted[Math.floor((sorted.length - 1) / 2)] ?? this.cycleMs;
    }
    /**
     * Live tickets older than ours, listed with the branch's tip; re-creates ours if it is gone
     * (deleted as expired by a peer).
     */
    async ahead(ticket) {
        // Over HTTP a look is one ls-refs request and no git process: a waiting writer spawns none,
        // and the tip is fetched only by the attempt that follows the look that ended the wait.
        const { tip, refs } = await this.repo.lookRefs(queuePrefix(this.branch));
        this.fresh = tip;
        if (!refs.has(ticket.ref)) {
            this.ticket = undefined;
            this.fresh = undefined;
            await this.join(ticket.arrival);
            if (!this.ticket)
                return 0;
        }
        return this.countAhead(ticket, refs);
    }
    /** Live tickets older than `ticket` among `refs`; expired ones are noted for deletion. */
    countAhead(ticket, refs) {
        const now = this.ports.clock.now();
        let ahead = 0;
        for (const [ref, sha] of refs) {
            const other = parseTicket(ref, sha);
            if (!other || ref === ticket.ref)
                continue;
            if (other.expires <= now)
                this.expired.set(ref, sha);
            else if (ref < ticket.ref)
                ahead += 1;
        }
        return ahead;
    }
}

// EXTERNAL MODULE: ./packages/bump/src/request.ts
var request = __webpack_require__(9839);
;// CONCATENATED MODULE: ./packages/bump/src/git.ts
// The git transport without a work tree: a bare depth-1 blob-less clone of the branch, the target
// blobs fetched by id, the semantic edit applied in memory, the commit built by fast-import on the
// tip and pushed as `<sha>:refs/heads/<branch>`. A lost race fetches only the new tip, re-reads
// only the blobs that changed and re-applies the edit there; from then on the writer waits its
// turn in the branch's queue (queue.ts) instead of racing. Over HTTP it joins the queue as it
// opens the branch, before its first push.











class PushRejected extends src/* ActionError */.lZ {
    constructor(branch, reason) {
        super(`push to ${branch}`, `the push was rejected (${reason})`, { retryable: true });
    }
}
async function bumpWithGit(inputs, ports) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(ports.tempDir ?? (0,external_node_os_.tmpdir)(), 'bump-manifest-'));
    const clock = ports.clock ?? src/* systemClock */.ml;
    const queues = [];
    const queueOn = (repo) => {
        const queue = new BranchQueue(repo, inputs.branch, {
            clock,
            random: ports.random ?? Math.random,
            log: ports.log,
        });
        queues.push(queue);
        return queue;
    };
    try {
        // Over HTTP every writer that may push takes its ticket as it opens the branch, alongside the
        // listing of the tip and the tickets: writers arriving together then queue at once, and one
        // alone waits for nothing (the push that takes the ticket goes with the first read).
        const take = inputs.dryRun ? undefined : (branch) => queueOn(branch).take();
        const opening = clock.now();
        const repo = await cloneTarget(inputs, ports, external_node_path_default().join(work, 'repo'), take);
        // The tickets of opens over HTTP that failed before another one (or git) opened the branch go
        // first: this writer would count them ahead of itself, and wait on them.
        for (const q of queues)
            if (q.repo !== repo)
                await q.leave();
        const queue = queues.find((q) => q.repo === repo) ?? queueOn(repo);
        const target = { repo, queue, texts: new Map() };
        // Opening read the tip and its trees, about what a turn does: the guess until turns are seen.
        queue.measured(clock.now() - opening);
        const queued = await queue.enter(repo.opened);
        if (queued)
            ports.log.info(`${queued}; going on the new tip`);
        return await (0,attempts/* retryOnNewTip */.h)(inputs, ports, {
            attempt: async (attempt) => {
                const started = clock.now();
                // The look that ended a wait in the queue listed the tip already.
                const base = attempt === 1 && !queued ? await repo.tip() : await repo.fetchTip(queue.takeFresh());
                const result = await attemptAt(target, base, inputs, ports);
                queue.measured(clock.now() - started);
                return result;
            },
            retrying: 'retrying on the new tip',
            lostRace: (error) => (error instanceof PushRejected ? 'still rejected' : undefined),
            refusedByRule: (error) => error instanceof git_src/* GitError */.XS && error.failure === 'protected',
            waitTurn: () => queue.waitTurn(),
        });
    }
    finally {
        // Every ticket goes, the bump's and those of failed opens, whether it landed, failed or
        // never opened the branch at all.
        for (const q of queues)
            await q.leave();
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function cloneTarget(inputs, ports, dir, alongside) {
    const { repository, branch, token } = inputs.inputNames ?? request/* BUMP_MANIFEST_INPUTS */.d;
    return (0,src/* retry */.L5)(() => (0,git_src/* openBranch */.DH)({
        watch: queuePrefix(inputs.branch),
        alongside,
        url: inputs.url,
        dir,
        branch: inputs.branch,
        token: inputs.token,
        exec: ports.exec,
        log: ports.log,
        inputs: { repository, branch, token },
    }), {
        // A clone is one of the bump's attempts too: a network failure is retried within the budget.
        attempts: Math.min(3, inputs.maxAttempts),
        clock: ports.clock ?? src/* systemClock */.ml,
        random: ports.random,
        retryable: (error) => error instanceof git_src/* GitError */.XS && error.failure === 'network',
    }).catch((error) => {
        throw missingBranch(error, inputs);
    });
}
/** git's own hint for a missing branch names no input; this one names the caller's. */
function missingBranch(error, inputs) {
    if (!(error instanceof git_src/* GitError */.XS) || error.failure !== 'branch-not-found')
        return error;
    const { branch } = inputs.inputNames ?? request/* BUMP_MANIFEST_INPUTS */.d;
    return new git_src/* GitError */.XS(error.operation, error.failure, error.message, `Check the ${branch} input; the branch must exist before bumping it.`);
}
async function attemptAt(t, head, inputs, ports) {
    const edited = await editAt(t, head, inputs);
    const edits = edited.map((e) => e.edit);
    const summary = { edits, ...(0,edit_files/* summarizeEdits */.bQ)(edits) };
    const unchanged = (0,attempts/* unchangedAt */.n)(inputs, ports, head, summary);
    if (unchanged)
        return unchanged;
    const changed = edited.filter((e) => e.changed);
    if (inputs.dryRun) {
        const diff = changed.map((e) => (0,src_diff/* unifiedDiff */.W)(e.edit.file, e.before, e.after)).join('');
        return { ...summary, changed: true, commitSha: head, diff };
    }
    const { changedFiles, previousTag } = summary;
    const writes = changed.map((e) => ({ path: e.edit.file, mode: e.mode, text: e.after }));
    const sha = await t.repo.commit(head, writes, (0,message/* commitMessage */.d)(inputs, changedFiles, previousTag), inputs.author);
    const ticket = t.queue.leaseUpdates();
    // The lease is the compare-and-swap: the branch moves only from the tip this edit was made on.
    const branch = { src: sha, dst: `refs/heads/${inputs.branch}`, lease: head };
    const result = await t.repo.push([branch, ...ticket], {
        atomic: ticket.length > 0,
    });
    if (!result.pushed)
        throw new PushRejected(inputs.branch, result.reason);
    t.queue.landed();
    return { ...summary, changed: true, commitSha: sha, diff: '' };
}
/** Every target file's edit at `head`, reading only blobs not read before; stops at the first bad file. */
async function editAt(t, head, inputs) {
    const filesInput = inputs.inputNames?.files ?? 'files';
    const entries = await t.repo.entries(head, inputs.files);
    const found = [];
    for (const file of inputs.files) {
        const entry = entries.get(file);
        if (!entry) {
            const hint = await (0,edit_files/* nearbyFiles */.Vu)(file, (folder) => t.repo.listFolder(head, folder));
            throw (0,edit_files/* missingFile */.Bi)(file, inputs.branch, hint, filesInput);
        }
        found.push(entry);
    }
    const unread = [...new Set(found.map((e) => e.oid))].filter((oid) => !t.texts.has(oid));
    for (const [oid, text] of await t.repo.readBlobs(unread))
        t.texts.set(oid, text);
    return inputs.files.map((file, i) => {
        const entry = found[i];
        refuseSpecial(file, entry, t.texts.get(entry.oid) ?? '', filesInput);
        return { ...(0,edit_files/* editText */.i1)(inputs, file, t.texts.get(entry.oid) ?? ''), mode: entry.mode };
    });
}
/** Only regular files are edited: a symlink would edit another file (or one outside the repository). */
function refuseSpecial(file, entry, text, filesInput) {
    if (entry.mode === '120000') {
        const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), text));
        if (text.startsWith('/') || target === '..' || target.startsWith('../')) {
            throw new src/* ActionError */.lZ(`read ${file}`, 'it is a symlink that points outside the repository');
        }
        throw new src/* ActionError */.lZ(`read ${file}`, `it is a symlink to ${(0,src/* shown */.SP)(target)}; name that file in ${filesInput}`);
    }
    if (entry.type !== 'blob')
        throw new src/* ActionError */.lZ(`read ${file}`, 'it is not a regular file');
}

;// CONCATENATED MODULE: ./packages/bump/src/bump.ts

/** Bumps through the transport the request names; both give the same outputs and errors. */
async function bump(inputs, ports) {
    // A pull request is promotion's to open (bumpOrPropose); pushing instead would bypass the review asked for.
    if (inputs.mode === 'pr' && !inputs.dryRun)
        throw new Error('bump() pushes; a pr-mode bump goes through bumpOrPropose');
    if (inputs.transport === 'api') {
        // Octokit is loaded only here (a separate chunk), so a run that fails on its inputs, or that
        // uses git, does not pay for it at start.
        const { bumpThroughApi } = await Promise.all(/* import() */[__webpack_require__.e(476), __webpack_require__.e(566), __webpack_require__.e(346)]).then(__webpack_require__.bind(__webpack_require__, 7346));
        return bumpThroughApi(inputs, ports);
    }
    return bumpWithGit(inputs, ports);
}

// EXTERNAL MODULE: ./packages/image/src/index.ts + 17 modules
var image_src = __webpack_require__(4985);
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
// EXTERNAL MODULE: ./packages/trivy/src/install.ts + 1 modules
var install = __webpack_require__(4089);
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
    const installed = await (0,install/* installTrivy */.uG)({
        version: request.trivyVersion || install/* DEFAULT_TRIVY_VERSION */.ss,
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
        (0,src/* code */.aY)(sarif_findingPath(report, f, '')) + (f.line > 0 ? `:${f.line}` : ''),
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

;// CONCATENATED MODULE: ./packages/trivy/src/image-scan.ts
// The deploy's scan: the built image, saved as a docker-archive, scanned before it leaves the runner,
// with the same pieces as scan-gate (exceptions, install, one run, report, gate, summary).





/** Scans the archive for vulnerabilities, without a registry or a daemon, and gates on the result. */
async function scanImageArchive(request, ports) {
    const exceptions = await loadExceptions(request, ports.workspace, request.inputNames);
    const output = await scanOnce(request, {
        scanType: 'image',
        target: request.ref,
        scanners: ['vuln'],
        dir: ports.tempDir ?? (0,external_node_os_.tmpdir)(),
        // Trivy reads every flag from TRIVY_<FLAG>: `--input` makes it scan the archive.
        env: { TRIVY_INPUT: request.archive },
    }, ports);
    const report = await readReport(output, 'of the image');
    const verdict = gateReport(report, request, ['vuln'], exceptions, ports.clock);
    // With --input, Trivy names the archive; the summary should name the image.
    const summary = renderSummary({ ...report, artifactName: request.ref }, verdict, {
        title: 'Image scan',
        severities: request.severities,
        ignoreUnfixed: request.ignoreUnfixed,
    });
    return { passed: verdict.passed, verdict, report, summary, blocking: blockingReason(verdict) };
}

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
    report.scan = await scan(request, ref, ports);
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
async function scan(request, ref, ports) {
    const builder = await (0,image_src/* selectBuilder */.kv)(request.image.builder, ports.exec, { log: ports.log });
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


/***/ }),

/***/ 5280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XS: () => (/* reexport */ GitError),
  DH: () => (/* reexport */ openBranch),
  pr: () => (/* reexport */ protectionHint)
});

// UNUSED EXPORTS: BareClone, GIT_INPUTS, Git, HttpBranch, LsRefsUnavailable, authEnv, authorizationHeader, classify, gitFailure, isRejectedPush, lsRefs, protectionRules

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __webpack_require__(612);
;// CONCATENATED MODULE: ./packages/git/src/errors.ts

// Checked in this order: a refused push often ends in "unexpected disconnect" too, and must still
// read as a refusal, not as a network failure worth retrying.
// Branch protection and rulesets come before auth: the token was fine, the branch's rules refused it.
const PATTERNS = [
    [
        'protected',
        /GH006|GH013|Protected branch update failed|protected branch hook declined|Repository rule violations|push declined due to repository rule violations|protected branch/i,
    ],
    [
        'auth',
        /Authentication failed|could not read (Username|Password)|terminal prompts disabled|returned error: 40[13]|HTTP 40[13]\b|Permission to \S+ denied|Permission denied|pre-receive hook declined/i,
    ],
    ['branch-not-found', /Remote branch .* not found|couldn't find remote ref|invalid refspec/i],
    [
        'not-found',
        /repository '.*' not found|does not appear to be a git repository|returned error: 404|HTTP 404\b/i,
    ],
    [
        'unreachable',
        /Could(?: not|n't) resolve (?:host|proxy)|Connection refused|Failed to connect|Couldn't connect to server|No route to host|Network is unreachable/i,
    ],
    [
        'network',
        /Empty reply from server|Operation too slow|unexpected disconnect|Connection reset|timed out|early EOF|RPC failed|returned error: 5\d\d|HTTP 5\d\d\b|remote end hung up|transfer closed|Recv failure|Send failure|SSL_read|TLS recv error|stream \d+ was not closed cleanly/i,
    ],
];
/** Sorts git's stderr into the few cases callers react to differently. */
function classify(stderr) {
    if (errors_isRejectedPush(stderr))
        return 'rejected';
    return PATTERNS.find(([, pattern]) => pattern.test(stderr))?.[0] ?? 'other';
}
/** The forms a lost push race takes; all mean "fetch the new tip and try again". */
function errors_isRejectedPush(text) {
    return (/\[rejected\].*\((fetch first|non-fast-forward|stale info)\)|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(text) ||
        // An atomic push refuses every ref with "atomic transaction failed"; only the server's own
        // message says that a ref was not at its expected value (another writer moved it).
        (/\[remote rejected\].*\(atomic (transaction|push) fail/i.test(text) &&
            /cannot lock ref .* but expected|incorrect old value/i.test(text)));
}
const errors_GIT_INPUTS = { repository: 'repository', branch: 'branch', token: 'token' };
class GitError extends src/* ActionError */.lZ {
    failure;
    constructor(operation, failure, cause, hint) {
        super(operation, cause, {
            hint,
            retryable: failure === 'network' || failure === 'rejected',
        });
        this.failure = failure;
        this.name = 'GitError';
    }
}
/** A push the server refused for one ref, in words no classification knows: the ref and the words. */
class RefRefused extends GitError {
    ref;
    words;
    constructor(operation, ref, words) {
        super(operation, 'other', `the server refused ${ref} (${(0,src/* shown */.SP)(words)})`);
        this.ref = ref;
        this.words = words;
    }
}
/** What a git command's failure says to a person: the case in words, git's own phrase, the fix. */
function errors_gitFailure(operation, stderr, ctx) {
    const failure = classify(stderr);
    const host = (0,src/* hostOf */.w4)(ctx.url);
    const phrase = keyPhrase(failure, stderr);
    const said = phrase ? ` (git: ${(0,src/* shown */.SP)(phrase)})` : '';
    const causes = {
        auth: `${host} refused the ${ctx.command === 'push' ? 'push' : 'token'}${said}`,
        protected: protectedCause(host, ctx.branch, stderr),
        unreachable: `could not reach ${host}${said}`,
        network: `the connection to ${host} failed${said}`,
    };
    const last = lastLines(stderr);
    const cause = causes[failure] ?? (last ? `git said ${(0,src/* shown */.SP)(last, { max: 300 })}` : `git ${ctx.command} failed`);
    return new GitError(operation, failure, cause, hintFor(failure, ctx, host));
}
function hintFor(failure, ctx, host) {
    const { repository, branch, token } = ctx.inputs;
    const where = (0,src/* displayUrl */.Qy)(ctx.url);
    switch (failure) {
        case 'auth':
            return ctx.command === 'push'
                ? `The token was refused for writing to ${where}: check the ${token} input. It needs contents: write on the GitOps repository (a GITHUB_TOKEN only reaches its own repository; use a GitHub App token or a fine-grained PAT), and branch protection on ${(0,src/* shown */.SP)(ctx.branch)} must let it push.`
                : `The token was refused for ${where}: check the ${token} input; it must be valid and have contents: read on the repository.`;
        case 'protected':
            return protectionHint(ctx.branch, where);
        case 'not-found':
            return `Check the ${repository} input and that the ${token} input's token can see ${where}.`;
        case 'branch-not-found':
            return `Check the ${branch} input: the branch must exist on ${where}.`;
        case 'unreachable':
            return `Check the ${repository} input: ${host} does not resolve or nothing listens there (a proxy or firewall may be in the way).`;
        case 'network':
            return `A network or server failure between here and ${host}; it was retried. If it persists, check the server's status and any proxy in between.`;
        default:
            return undefined;
    }
}
/**
 * A push refused by branch protection (GH006) or a ruleset (GH013), naming the rule the server gave:
 * GH006 lists it as `remote: error: <rule>`, GH013 as `remote: - <rule>`. The server's words are
 * quoted with shown(), never printed as they came.
 */
function protectedCause(host, branch, stderr) {
    const ruleset = /GH013|rule violations/i.test(stderr);
    const rules = protectionRules(stderr);
    const what = ruleset ? 'a repository ruleset' : 'branch protection';
    const code = ruleset ? 'GH013' : /GH006/.test(stderr) ? 'GH006' : '';
    const rule = rules.length > 0 ? `: ${(0,src/* shown */.SP)(rules.join(' '), { max: 300 })}` : '';
    return `${host} refused the push to ${(0,src/* shown */.SP)(branch)}: ${what}${code ? ` (${code})` : ''}${rule}`;
}
/** The rules a refused push names, without the heading lines. */
function protectionRules(stderr) {
    const rules = [];
    for (const raw of stderr.split('\n')) {
        const line = raw.replace(/\s+$/, '');
        const listed = /^remote: - (.+)$/.exec(line)?.[1];
        const error = /^remote: error: (.+)$/.exec(line)?.[1];
        if (listed)
            rules.push(listed.trim());
        else if (error && !/GH00\d|GH01\d/.test(error))
            rules.push(error.trim());
        else if (/^remote: GitLab: /.test(line))
            rules.push(line.slice('remote: GitLab: '.length).trim());
    }
    return rules;
}
/** The fix, without naming an input (the caller, which has a pull-request mode, names its own). */
function protectionHint(branch, where, prMode) {
    const instead = prMode ?? 'open a pull request instead of pushing';
    return `${(0,src/* shown */.SP)(branch)} of ${where} is protected and this token may not push to it: ${instead}, or allow the bot (the GitHub App or user behind the token) in the branch protection rule's or ruleset's bypass list. Retrying cannot help.`;
}
/** The words of git's stderr that made the classification, at most a line's end. */
function keyPhrase(failure, stderr) {
    const pattern = PATTERNS.find(([kind]) => kind === failure)?.[1];
    const match = pattern?.exec(stderr);
    if (!match)
        return '';
    const rest = stderr.slice(match.index).split('\n')[0] ?? '';
    return rest.trim();
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/git/src/git.ts




/** One git work tree driven through the git CLI, with credentials only in the environment. */
class Git {
    dir;
    url;
    env;
    exec;
    log;
    branch;
    inputs;
    constructor(dir, url, env, exec, log, branch, inputs) {
        this.dir = dir;
        this.url = url;
        this.env = env;
        this.exec = exec;
        this.log = log;
        this.branch = branch;
        this.inputs = inputs;
    }
    /** Depth-1, blob-less, sparse clone: fetches one commit's trees and only the blobs under `folders`. */
    static async clone(opts) {
        const exec = opts.exec ?? defaultExec;
        const log = opts.log ?? silentLogger;
        const inputs = opts.inputs ?? GIT_INPUTS;
        refuseCredentials(opts.url, inputs);
        const env = authEnv(opts.url, opts.token, opts.env ?? process.env);
        await mkdir(opts.dir, { recursive: true });
        const git = new Git(opts.dir, opts.url, env, exec, log, opts.branch, inputs);
        await git.run('clone', `clone ${displayUrl(opts.url)} (branch ${opts.branch})`, [
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
        throw this.error('push', `push to ${branch}`, result.stderr || result.stdout, branch);
    }
    /** Names of the entries of a folder at HEAD (works for folders outside the sparse cone too). */
    async listFolder(folder) {
        const spec = folder === '' || folder === '.' ? 'HEAD' : `HEAD:${folder}`;
        const result = await this.exec('git', ['ls-tree', '--name-only', spec], { cwd: this.dir, env: this.env });
        return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
    }
    async run(command, operation, args, extra = {}) {
        this.log.debug(`git ${args.map(shownArg).join(' ')}`);
        const env = extra.env ? { ...this.env, ...extra.env } : this.env;
        const result = await this.exec('git', args, { cwd: this.dir, env, input: extra.input });
        if (result.code !== 0)
            throw this.error(command, operation, result.stderr || result.stdout);
        return result.stdout;
    }
    error(command, operation, stderr, branch = this.branch) {
        return gitFailure(operation, stderr, { command, url: this.url, branch, inputs: this.inputs });
    }
}
/** URLs in a logged command line lose userinfo, query and fragment, where credentials hide. */
function shownArg(arg) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ? (0,src/* displayUrl */.Qy)(arg) : arg;
}
/**
 * Credentials in the URL would reach git's argv (visible in `ps`), `.git/config` and git's own
 * messages in encodings the runner does not mask; the token travels only as an extra header. A URL
 * that does not parse is refused unprinted: userinfo holding a `/` is one.
 */
function refuseCredentials(url, inputs) {
    const fix = `Give the ${inputs.repository} input without them and the token in the ${inputs.token} input.`;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new src/* ActionError */.lZ('clone the repository', 'the repository URL is not a valid URL', {
            hint: `Check the ${inputs.repository} input; a URL must not hold credentials. ${fix}`,
        });
    }
    if (parsed.username || parsed.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url)) {
        throw new src/* ActionError */.lZ('clone the repository', 'the repository URL holds credentials (user:token@)', {
            hint: fix,
        });
    }
}
function rejectionReason(text) {
    const match = /\[(remote )?rejected\][^\n]*/.exec(text);
    return match ? match[0].trim() : 'rejected';
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/git/src/auth.ts
/**
 * Git credentials passed through the environment (GIT_CONFIG_COUNT/KEY/VALUE), never argv or
 * .git/config, so they cannot leak through `ps`, the clone left behind, or a remote URL.
 */
function auth_authEnv(url, token, base) {
    // The action's inputs stay out of git's environment: git reads none, one holds the token, and a
    // long one (an input of 130 KB) would make every spawn of git fail with E2BIG.
    const kept = Object.fromEntries(Object.entries(base).filter(([name]) => !/^INPUT_/i.test(name)));
    const env = {
        ...kept,
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        // A caller's GIT_TRACE_CURL or GIT_CURL_VERBOSE must not print the Authorization header.
        GIT_TRACE_REDACT: '1',
        // A server that accepts and then stalls (or never answers) ends the transfer after 30 s below
        // 1 KB/s, instead of holding the step until the job's own timeout. A caller's values win.
        GIT_HTTP_LOW_SPEED_LIMIT: base['GIT_HTTP_LOW_SPEED_LIMIT'] ?? '1000',
        GIT_HTTP_LOW_SPEED_TIME: base['GIT_HTTP_LOW_SPEED_TIME'] ?? '30',
    };
    const config = [
        ['commit.gpgsign', 'false'],
        ['core.hooksPath', '/dev/null'],
    ];
    const origin = httpOrigin(url);
    if (token && origin) {
        // Scoped to the server's origin so the header is never sent to another host.
        config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: ${authorizationHeader(token)}`]);
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
/** The Authorization value git sends for the token (GitHub's documented form for HTTPS git). */
function authorizationHeader(token) {
    return `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/git/src/smart-http.ts
// Git's smart HTTP protocol spoken from Node (gitprotocol-http, gitprotocol-common): pkt-lines,
// side-band demultiplexing and the requests themselves. A bump then costs the server its requests
// and this process nothing but a few sockets: no git, no git-remote-http, no pack on disk.
// Anything the server answers that is not what the protocol says is an Unavailable, and the caller
// goes back to the git CLI, which speaks every dialect and honours every git setting.




/** The server or the network did not speak the expected protocol; say why, never with a credential. */
class SmartHttpUnavailable extends Error {
}
/** An HTTP status other than 200, or a network failure, in the words git's own messages use. */
class SmartHttpFailure extends Error {
    gitText;
    constructor(gitText, message) {
        super(message);
        this.gitText = gitText;
    }
}
const DEFAULT_IDLE_MS = 30_000;
const DEFAULT_DEADLINE_MS = 300_000;
/** Some hosts serve the smart protocol only to a git client's agent. */
const USER_AGENT = 'git/2.0 (gitops-actions)';
/** A depth-1, blob-less pack of a large GitOps repository is a few MB; far more is not one. */
const MAX_ANSWER_BYTES = 512 * 1024 * 1024;
const FLUSH = Buffer.from('0000');
const DELIM = Buffer.from('0001');
function pktLine(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    return Buffer.concat([Buffer.from((bytes.length + 4).toString(16).padStart(4, '0')), bytes]);
}
/** A request body: pkt-lines, with `null` for a delim-pkt and a flush-pkt at the end. */
function pktRequest(lines, tail) {
    const parts = lines.map((line) => (line === null ? DELIM : pktLine(line)));
    return Buffer.concat([...parts, FLUSH, ...(tail ? [tail] : [])]);
}
/** Splits `buf` into packets; a length that does not parse or runs past the end is Unavailable. */
function readPackets(buf) {
    const packets = [];
    let at = 0;
    while (at < buf.length) {
        const head = buf.subarray(at, at + 4).toString('latin1');
        if (!/^[0-9a-f]{4}$/.test(head))
            throw new SmartHttpUnavailable(`not a pkt-line at byte ${at}`);
        const length = Number.parseInt(head, 16);
        if (length === 3)
            throw new SmartHttpUnavailable(`an invalid pkt-line length at byte ${at}`);
        if (length < 4) {
            packets.push({ kind: length === 0 ? 'flush' : length === 1 ? 'delim' : 'end' });
            at += 4;
            continue;
        }
        // Cut short: git calls that an early EOF, a network failure worth retrying.
        if (at + length > buf.length)
            throw new SmartHttpFailure('early EOF', 'the answer ends inside a pkt-line');
        packets.push({ kind: 'data', data: buf.subarray(at + 4, at + length) });
        at += length;
    }
    return packets;
}
/** A data packet as text without its newline. */
function packetText(packet) {
    return packet.kind === 'data' ? packet.data.toString('utf8').replace(/\n$/, '') : '';
}
/**
 * Side-band-64k: band 1 is the payload, band 2 the server's messages (a hook's words), band 3 a
 * fatal error. The messages are returned, never printed: they are outside text.
 */
function demultiplex(packets) {
    const payload = [];
    let messages = '';
    for (const packet of packets) {
        if (packet.kind !== 'data')
            continue;
        const band = packet.data[0];
        const body = packet.data.subarray(1);
        if (band === 1)
            payload.push(body);
        else if (band === 2)
            messages += body.toString('utf8');
        else if (band === 3)
            throw new SmartHttpFailure(`remote: ${body.toString('utf8')}`, 'the server failed');
        else
            throw new SmartHttpUnavailable(`side-band ${String(band)} is not one of 1, 2, 3`);
    }
    return { payload: Buffer.concat(payload), messages };
}
/** git's `remote: ` prefix on each of the server's lines, as its classification patterns expect. */
function remoteLines(messages) {
    return messages
        .split(/\r?\n|\r/)
        .filter((line) => line.trim() !== '')
        .map((line) => `remote: ${line}`)
        .join('\n');
}
/** Refuses, before any request, what Node's http would do differently from git. */
function serviceUrl(opts, path) {
    const target = new URL(opts.url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw new SmartHttpUnavailable(`${target.protocol} is not http(s)`);
    }
    if (target.username || target.password)
        throw new SmartHttpUnavailable('the URL holds credentials');
    const env = opts.env ?? process.env;
    const setting = leftToGit(target, env);
    if (setting)
        throw new SmartHttpUnavailable(`${setting} is set; git honours it, Node's http does not`);
    target.pathname = `${target.pathname.replace(/\/+$/, '')}/${path}`;
    return target;
}
/** Throws SmartHttpUnavailable when requests to `opts.url` are git's to make, not this process's. */
function checkForNode(opts) {
    serviceUrl(opts, '');
}
/** Proxies (curl's names) and git's TLS settings: with any of them the network is git's to use. */
function leftToGit(target, env) {
    const proxies = target.protocol === 'https:'
        ? ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']
        : ['http_proxy', 'all_proxy', 'ALL_PROXY'];
    const tls = ['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', 'GIT_SSL_NO_VERIFY', 'GIT_SSL_CERT'];
    return [...proxies, ...(target.protocol === 'https:' ? tls : [])].find((name) => (env[name] ?? '') !== '');
}
/**
 * One POST of `body` to a git service (stateless: no ref advertisement is read first). The token
 * travels only in the Authorization header; redirects are not followed, so it never goes elsewhere.
 */
function gitRequest(opts, service, req) {
    const target = serviceUrl(opts, service);
    const headers = {
        Accept: `application/x-${service}-result`,
        'User-Agent': USER_AGENT,
        'Content-Type': `application/x-${service}-request`,
        'Content-Length': req.body.length,
    };
    if (req.protocolV2)
        headers['Git-Protocol'] = 'version=2';
    if (opts.token)
        headers['Authorization'] = authorizationHeader(opts.token);
    return send(target, 'POST', headers, req.body, {
        type: `application/x-${service}-result`,
        idleMs: opts.idleTimeoutMs ?? DEFAULT_IDLE_MS,
        deadlineMs: opts.deadlineMs ?? DEFAULT_DEADLINE_MS,
    });
}
function send(target, method, headers, body, expect) {
    const where = (0,src/* displayUrl */.Qy)(target.toString());
    const client = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const signal = AbortSignal.timeout(expect.deadlineMs);
        const req = client.request(target, { method, headers, signal }, (res) => {
            // git's remote-curl compares the media type alone: `; charset=…` may follow.
            const type = String(res.headers['content-type'] ?? '')
                .split(';')[0]
                ?.trim()
                .toLowerCase();
            if (res.statusCode !== 200) {
                res.resume();
                const status = res.statusCode ?? 0;
                reject(new SmartHttpFailure(`The requested URL returned error: ${status}`, `${where} answered ${status}`));
                return;
            }
            if (type !== expect.type) {
                res.resume();
                reject(new SmartHttpUnavailable(`${where} answered ${type || '(no type)'}, not ${expect.type}`));
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_ANSWER_BYTES)
                    req.destroy(new SmartHttpUnavailable(`${where} answered over 512 MB`));
                else
                    chunks.push(chunk);
            });
            res.on('end', () => resolve(Buffer.concat(chunks)));
            res.on('error', (error) => reject(failureOf(error, where)));
        });
        // An idle deadline, like git's low-speed limit: a large answer may take long, a stalled one not.
        req.setTimeout(expect.idleMs, () => req.destroy(new SmartHttpFailure('Operation too slow', `${where} stalled`)));
        req.on('error', (error) => reject(failureOf(error, where)));
        req.end(body);
    });
}
/** kit's reading of a request error, in the phrases git's failure classification reads. */
function failureOf(error, where) {
    if (error instanceof SmartHttpUnavailable || error instanceof SmartHttpFailure)
        return error;
    const { code, reason } = (0,src/* networkFailure */.rd)(error);
    if (/CERT|SSL|TLS/i.test(code)) {
        return new SmartHttpUnavailable(`${where} ${reason}; git's TLS settings decide`);
    }
    const host = new URL(where).host;
    const text = code === 'TIMEOUT'
        ? 'Operation timed out'
        : ['ENOTFOUND', 'EAI_NONAME', 'EAI_AGAIN'].includes(code)
            ? `Could not resolve host: ${new URL(where).hostname}`
            : ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)
                ? `Failed to connect to ${host} (${code})`
                : `Connection reset (${code || error.name})`;
    return new SmartHttpFailure(text, `${where} ${reason}`);
}

;// CONCATENATED MODULE: ./packages/git/src/ls-refs.ts
// A look at a remote's refs without spawning git: one protocol-v2 `ls-refs` request over smart
// HTTP (gitprotocol-v2, gitprotocol-http), answered by one upload-pack on the server. A `git
// fetch` of the same refs costs the client git, git-remote-http and for-each-ref, and the server
// an info/refs exchange besides. Any answer that is not a clean v2 listing is an LsRefsUnavailable:
// the caller then looks with git, which speaks whatever the server does.

/** The server or the network did not give a v2 listing. */

const LOOK_DEADLINE_MS = 15_000;
const REF_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)(?: .*)?$/s;
/** The refs under `prefixes`, by name; throws LsRefsUnavailable for anything but a v2 listing. */
async function lsRefs(opts) {
    return listRefs(opts).catch((error) => {
        // For a look, any failure means "ask git": it retries, and words the failure itself.
        throw error instanceof SmartHttpFailure ? new SmartHttpUnavailable(error.message) : error;
    });
}
/** lsRefs, with a status or network failure thrown as the SmartHttpFailure it is. */
async function listRefs(opts) {
    const body = pktRequest(['command=ls-refs\n', null, ...opts.prefixes.map((p) => `ref-prefix ${p}\n`)]);
    // A look is small and frequent: it gets a short deadline unless the caller set one.
    const answer = await gitRequest({ deadlineMs: LOOK_DEADLINE_MS, ...opts }, 'git-upload-pack', {
        body,
        protocolV2: true,
    });
    const packets = readPackets(answer);
    const end = packets.findIndex((p) => p.kind !== 'data');
    const tail = packets.slice(end + 1).map((p) => p.kind);
    if (end < 0 || packets[end]?.kind !== 'flush' || tail.some((kind) => kind !== 'end')) {
        throw new SmartHttpUnavailable(`not a protocol v2 listing (${answer.length} bytes)`);
    }
    const refs = new Map();
    for (const packet of packets.slice(0, end)) {
        const line = packetText(packet);
        const match = REF_LINE.exec(line);
        if (!match) {
            throw new SmartHttpUnavailable(`unexpected line in the listing: ${JSON.stringify(line.slice(0, 60))}`);
        }
        const [, oid = '', ref = ''] = match;
        // ref-prefix is an optimization a server may ignore (gitprotocol-v2): filter here too.
        if (opts.prefixes.some((p) => ref.startsWith(p)))
            refs.set(ref, oid);
    }
    return refs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/git/src/objects.ts
// Git's object format (gitformat-*, `git hash-object`): what a commit, a tree and a blob are as
// bytes, and their ids. Enough to read a tip's trees and to write one commit that replaces files.

const ZERO_OID = '0'.repeat(40);
/** The id git gives an object, in the repository's hash: SHA-1, or SHA-256's 64 digits. */
function objectId(type, data, digits = 40) {
    const hash = (0,external_node_crypto_.createHash)(digits === 64 ? 'sha256' : 'sha1');
    return hash.update(`${type} ${data.length}\0`).update(data).digest('hex');
}
/** Entries in stored order (git's order, which replacing an entry's id keeps). */
function parseTree(data) {
    const entries = [];
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const nul = data.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 21 > data.length)
            throw new Error('a tree object is truncated');
        entries.push({
            mode: data.subarray(at, space).toString('latin1'),
            name: data.subarray(space + 1, nul).toString('latin1'),
            oid: data.subarray(nul + 1, nul + 21).toString('hex'),
        });
        at = nul + 21;
    }
    return entries;
}
function treeData(entries) {
    return Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`, 'latin1'), Buffer.from(e.oid, 'hex')]));
}
/** The tree a commit records (its first header line). */
function commitTree(data) {
    const match = /^tree ([0-9a-f]{40})\n/.exec(data.subarray(0, 46).toString('latin1'));
    if (!match?.[1])
        throw new Error('a commit object has no tree');
    return match[1];
}
/** `ls-tree`'s type for a mode. */
function typeOfMode(mode) {
    if (mode === '40000' || mode === '040000')
        return 'tree';
    if (mode === '160000')
        return 'commit';
    return 'blob';
}
/** ls-tree prints tree modes with six digits; trees store `40000`. */
function displayMode(mode) {
    return mode.padStart(6, '0');
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/git/src/pack.ts
// Packfiles (gitformat-pack): reading the one a fetch answers, deltas included, and writing the one
// a push sends. Every object read is hashed: an id names exactly the bytes it came with.



const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const CODES = { commit: 1, tree: 2, blob: 3, tag: 4 };
const OFS_DELTA = 6;
const REF_DELTA = 7;
class PackError extends Error {
}
/** Far beyond any manifest or tree: a header claiming more is refused, not allocated. */
const MAX_OBJECT_BYTES = 256 * 1024 * 1024;
/**
 * The objects of a pack, by id. A REF_DELTA's base may be one the caller already holds
 * (`known`); an OFS_DELTA's is earlier in the same pack.
 */
function readPack(pack, known) {
    return new Map(packObjects(pack, known));
}
/**
 * The objects of a pack in its order, inflated and hashed only as far as they are asked for: a
 * branch's trees come in traversal order, so the few a bump reads are found before most others.
 */
function* packObjects(pack, known) {
    if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK')
        throw new PackError('not a packfile');
    const version = pack.readUInt32BE(4);
    if (version !== 2 && version !== 3)
        throw new PackError(`pack version ${version}`);
    const body = pack.subarray(0, pack.length - 20);
    if ((0,external_node_crypto_.createHash)('sha1').update(body).digest('hex') !== pack.subarray(body.length).toString('hex')) {
        throw new PackError('the pack checksum does not match');
    }
    const objects = new Map();
    const byOffset = new Map();
    let at = 12;
    for (let i = pack.readUInt32BE(8); i > 0; i--) {
        const entry = readEntry(body, at);
        const base = entry.code === OFS_DELTA
            ? byOffset.get(entry.base)
            : entry.code === REF_DELTA
                ? (objects.get(entry.base) ?? known(entry.base))
                : undefined;
        const { data, end } = inflate(body, entry.dataAt, entry.size);
        at = end;
        let object;
        if (entry.code === OFS_DELTA || entry.code === REF_DELTA) {
            if (!base)
                throw new PackError(`the delta at byte ${entry.start} has no base in the pack`);
            object = { type: base.type, data: applyDelta(base.data, data) };
        }
        else {
            object = { type: TYPES[entry.code], data };
        }
        const oid = objectId(object.type, object.data);
        byOffset.set(entry.start, object);
        objects.set(oid, object);
        yield [oid, object];
    }
    if (at !== body.length)
        throw new PackError('bytes after the last object');
}
/** One entry's header: its type, inflated size, delta base (an offset or an id) and data. */
function readEntry(pack, start) {
    let at = start;
    let byte = pack[at++] ?? 0;
    const code = (byte >> 4) & 7;
    let size = byte & 15;
    for (let shift = 4; byte & 0x80; shift += 7) {
        byte = pack[at++] ?? 0;
        size += (byte & 0x7f) * 2 ** shift;
    }
    if (size > MAX_OBJECT_BYTES)
        throw new PackError(`an object of ${size} bytes at byte ${start}`);
    let base;
    if (code === OFS_DELTA) {
        byte = pack[at++] ?? 0;
        let offset = byte & 0x7f;
        while (byte & 0x80) {
            byte = pack[at++] ?? 0;
            offset = (offset + 1) * 128 + (byte & 0x7f);
        }
        base = start - offset;
    }
    else if (code === REF_DELTA) {
        base = pack.subarray(at, at + 20).toString('hex');
        at += 20;
    }
    else if (!TYPES[code]) {
        throw new PackError(`object type ${code} at byte ${start}`);
    }
    return { start, code, size, base, dataAt: at };
}
/** One zlib stream at `at`, which must inflate to `size` bytes; returns where it ended. */
function inflate(pack, at, size) {
    try {
        // The output's size is known: one buffer of it, not a 16 KiB chunk per object (3,000 trees
        // of a large repository would allocate 48 MB and keep the collector busy).
        const { buffer, engine } = (0,external_node_zlib_.inflateSync)(pack.subarray(at), {
            info: true,
            chunkSize: Math.max(64, size + 1),
            maxOutputLength: size + 1,
        });
        if (buffer.length !== size)
            throw new PackError(`object at byte ${at} is not its stated size`);
        return { data: buffer, end: at + engine.bytesWritten };
    }
    catch (error) {
        if (error instanceof PackError)
            throw error;
        throw new PackError(`object at byte ${at} does not inflate (${error.message})`);
    }
}
function varint(delta, from) {
    let value = 0;
    let at = from;
    for (let shift = 0;; shift += 7) {
        const byte = delta[at++] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        if (!(byte & 0x80))
            return [value, at];
    }
}
/** gitformat-pack's delta: the result's size, then copies from the base and literal inserts. */
function applyDelta(base, delta) {
    const [baseSize, afterBase] = varint(delta, 0);
    const [size, start] = varint(delta, afterBase);
    if (baseSize !== base.length)
        throw new PackError('a delta does not fit its base');
    if (size > MAX_OBJECT_BYTES)
        throw new PackError(`a delta makes an object of ${size} bytes`);
    const out = Buffer.allocUnsafe(size);
    let written = 0;
    let at = start;
    while (at < delta.length) {
        const op = delta[at++] ?? 0;
        if (op & 0x80) {
            let offset = 0;
            let length = 0;
            for (let bit = 0; bit < 4; bit++)
                if (op & (1 << bit))
                    offset += (delta[at++] ?? 0) * 2 ** (8 * bit);
            for (let bit = 0; bit < 3; bit++)
                if (op & (16 << bit))
                    length += (delta[at++] ?? 0) << (8 * bit);
            if (length === 0)
                length = 0x10000;
            if (offset + length > base.length || written + length > size)
                throw new PackError('a delta copies out of range');
            base.copy(out, written, offset, offset + length);
            written += length;
        }
        else if (op > 0) {
            if (at + op > delta.length || written + op > size)
                throw new PackError('a delta inserts out of range');
            delta.copy(out, written, at, at + op);
            written += op;
            at += op;
        }
        else {
            throw new PackError('a delta holds the reserved instruction 0');
        }
    }
    if (written !== size)
        throw new PackError('a delta does not produce its stated size');
    return out;
}
/** A version-2 pack of whole objects (no deltas: a bump's few objects are small). */
function writePack(objects) {
    const header = Buffer.alloc(12);
    header.write('PACK', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(objects.length, 8);
    const parts = [header];
    for (const object of objects) {
        let size = object.data.length;
        const head = [(CODES[object.type] << 4) | (size & 15)];
        size = Math.floor(size / 16);
        while (size > 0) {
            head[head.length - 1] = (head.at(-1) ?? 0) | 0x80;
            head.push(size & 0x7f);
            size = Math.floor(size / 128);
        }
        parts.push(Buffer.from(head), (0,external_node_zlib_.deflateSync)(object.data));
    }
    const body = Buffer.concat(parts);
    return Buffer.concat([body, (0,external_node_crypto_.createHash)('sha1').update(body).digest()]);
}

;// CONCATENATED MODULE: ./packages/git/src/plumbing.ts
// A branch's tip without a work tree: a bare, depth-1, blob-less clone whose blobs are fetched by
// id only for the files read, and whose commits are built by one `git fast-import` (measured: one
// process, 40% cheaper than read-tree/update-index/write-tree/commit-tree on a temporary index).
// Nothing is ever checked out, so a retry after a lost race costs one fetch of the new tip.







const TIP_REF = 'refs/gitops-actions/tip';
const SEEN = 'refs/gitops-actions/seen';
/** One branch of a remote repository, read and written with plumbing only. */
class BareClone {
    dir;
    url;
    env;
    exec;
    log;
    branch;
    inputs;
    token;
    /** Set once a look over HTTP failed: later looks go through git at once. */
    lsRefsFailed = false;
    constructor(dir, url, env, exec, log, branch, inputs, token) {
        this.dir = dir;
        this.url = url;
        this.env = env;
        this.exec = exec;
        this.log = log;
        this.branch = branch;
        this.inputs = inputs;
        this.token = token;
    }
    /** Fetches the branch's tip commit and its trees, no blob and no checkout. */
    static async clone(opts) {
        const inputs = opts.inputs ?? errors_GIT_INPUTS;
        refuseCredentials(opts.url, inputs);
        const env = auth_authEnv(opts.url, opts.token, opts.env ?? process.env);
        await (0,promises_.mkdir)(opts.dir, { recursive: true });
        const exec = opts.exec ?? src/* exec */.m0;
        const repo = new BareClone(opts.dir, opts.url, env, exec, opts.log ?? src/* silentLogger */.qq, opts.branch, inputs, opts.token);
        await repo.run('clone', `clone ${(0,src/* displayUrl */.Qy)(opts.url)} (branch ${opts.branch})`, [
            'clone',
            '--quiet',
            '--bare',
            '--depth=1',
            '--filter=blob:none',
            '--single-branch',
            `--branch=${opts.branch}`,
            '--',
            opts.url,
            '.',
        ]);
        await repo.run('update-ref', 'record the tip', ['update-ref', TIP_REF, `refs/heads/${opts.branch}`]);
        return repo;
    }
    /** The tip fetched last. */
    async tip() {
        return (await this.run('rev-parse', 'read the tip', ['rev-parse', '--verify', TIP_REF])).trim();
    }
    /** Fetches the branch's current tip (its new commit and changed trees only); returns its sha. */
    async fetchTip(seen) {
        // A look through git fetched what it listed: that tip is here already.
        if (seen !== undefined && seen === (await this.tip()))
            return seen;
        await this.run('fetch', `fetch ${this.branch}`, [
            'fetch',
            '--quiet',
            '--no-tags',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+refs/heads/${this.branch}:${TIP_REF}`,
        ]);
        return this.tip();
    }
    /**
     * Fetches the branch's tip and the refs under `prefix` in one fetch (`ref-prefix`ed, so the
     * server lists only those, unlike ls-remote's patterns), mirrored locally with deletions pruned.
     * Refs under `prefix` should point at blobs: a commit's trees would be fetched with it.
     */
    async fetchTipAndRefs(prefix) {
        await this.run('fetch', `fetch ${this.branch}`, [
            'fetch',
            '--quiet',
            '--no-tags',
            '--prune',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+refs/heads/${this.branch}:${TIP_REF}`,
            `+${prefix}/*:${SEEN}/*`,
        ]);
        const out = await this.run('for-each-ref', 'list the fetched refs', [
            'for-each-ref',
            '--format=%(objectname) %(refname)',
            TIP_REF,
            `${SEEN}/`,
        ]);
        let tip = '';
        const refs = new Map();
        for (const line of out.split('\n')) {
            const [sha = '', ref = ''] = line.split(' ');
            if (ref === TIP_REF)
                tip = sha;
            else if (ref.startsWith(`${SEEN}/`))
                refs.set(`${prefix}/${ref.slice(SEEN.length + 1)}`, sha);
        }
        return { tip, refs };
    }
    /**
     * The branch's tip and the refs under `prefix` as the server has them now. One protocol-v2
     * ls-refs request, no git process, when the server speaks it over HTTP (the tip is then not
     * fetched: `fetched` false); otherwise, and from then on, fetchTipAndRefs.
     */
    async lookRefs(prefix) {
        if (!this.lsRefsFailed) {
            try {
                return await this.listRefs(prefix);
            }
            catch (error) {
                if (!(error instanceof SmartHttpUnavailable))
                    throw error;
                this.lsRefsFailed = true;
                this.log.debug(`Looking at the refs with git fetch instead: ${(0,src/* shown */.SP)(error.message, { max: 300 })}`);
            }
        }
        return { ...(await this.fetchTipAndRefs(prefix)), fetched: true };
    }
    async listRefs(prefix) {
        const head = `refs/heads/${this.branch}`;
        const found = await lsRefs({
            url: this.url,
            token: this.token,
            prefixes: [`${prefix}/`, head],
            env: this.env,
        });
        const tip = found.get(head);
        if (!tip)
            throw new SmartHttpUnavailable(`the listing has no ${head}`);
        const refs = new Map([...found].filter(([ref]) => ref.startsWith(`${prefix}/`)));
        return { tip, refs, fetched: false };
    }
    /** Stores a blob in the local repository (pushed along with a ref that points at it); returns its id. */
    async writeBlob(text) {
        const out = await this.run('hash-object', 'store a blob', ['hash-object', '-w', '--stdin'], {
            input: text,
        });
        return out.trim();
    }
    /** The entries of `paths` in `commit`'s tree; a path that is not there has none. */
    async entries(commit, paths) {
        const out = await this.run('ls-tree', 'list the files', [
            'ls-tree',
            '-z',
            '--full-tree',
            commit,
            '--',
            ...paths,
        ]);
        const found = new Map();
        for (const record of out.split('\0')) {
            const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
            if (match)
                found.set(match[4] ?? '', { mode: match[1] ?? '', type: match[2] ?? '', oid: match[3] ?? '' });
        }
        return found;
    }
    /** Names of the entries of a folder at `commit`. */
    async listFolder(commit, folder) {
        const spec = folder === '' || folder === '.' ? commit : `${commit}:${folder}`;
        const result = await this.exec('git', ['ls-tree', '--name-only', spec], { cwd: this.dir, env: this.env });
        return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
    }
    /**
     * The texts of blobs: the missing ones fetched from the remote by id in one request (what a
     * lazy fetch does per object), then all read by one `cat-file --batch`.
     */
    async readBlobs(oids) {
        const texts = new Map();
        if (oids.length === 0)
            return texts;
        await this.run('fetch', 'fetch the files', [
            '-c',
            'fetch.negotiationAlgorithm=noop',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--filter=blob:none',
            '--stdin',
            'origin',
        ], { input: oids.map((oid) => `${oid}\n`).join('') });
        const result = await this.exec('git', ['cat-file', '--batch'], {
            cwd: this.dir,
            env: this.env,
            input: oids.map((oid) => `${oid}\n`).join(''),
        });
        if (result.code !== 0)
            throw this.error('cat-file', 'read the files', result.stderr);
        return parseBatch(result.stdout, texts);
    }
    /** Writes one commit on `parent` changing `files`, without a work tree or an index; returns its sha. */
    async commit(parent, files, message, author) {
        const who = `${identity(author.name)} <${identity(author.email)}> now`;
        const data = (text) => `data ${Buffer.byteLength(text)}\n${text}`;
        const stream = [
            'feature done',
            'commit refs/gitops-actions/commit',
            'mark :1',
            `author ${who}`,
            `committer ${who}`,
            data(cleanMessage(message)),
            `from ${parent}`,
            ...files.map((f) => `M ${f.mode} inline ${quotePath(f.path)}\n${data(f.text)}`),
            'get-mark :1',
            'done',
            '',
        ].join('\n');
        const out = await this.run('fast-import', 'commit', ['fast-import', '--quiet', '--force', '--date-format=now'], {
            input: stream,
        });
        return out.trim();
    }
    /** One push of several ref updates; `atomic` applies all or none. A lost race is a result. */
    async push(updates, opts = {}) {
        const leases = updates
            .filter((u) => u.lease !== undefined)
            .map((u) => `--force-with-lease=${u.dst}:${u.lease}`);
        const args = ['push', '--porcelain', ...(opts.atomic ? ['--atomic'] : []), ...leases, 'origin'];
        args.push(...updates.map((u) => `${u.src}:${u.dst}`));
        this.log.debug(`git ${args.map(shownArg).join(' ')}`);
        const result = await this.exec('git', args, { cwd: this.dir, env: this.env });
        if (result.code === 0)
            return { pushed: true };
        return pushOutcome(result.stdout, result.stderr, this.context('push'));
    }
    async run(command, operation, args, extra = {}) {
        this.log.debug(`git ${args.map(shownArg).join(' ')}`);
        const result = await this.exec('git', args, { cwd: this.dir, env: this.env, input: extra.input });
        if (result.code !== 0)
            throw this.error(command, operation, result.stderr || result.stdout);
        return result.stdout;
    }
    error(command, operation, stderr) {
        return errors_gitFailure(operation, stderr, this.context(command));
    }
    context(command) {
        return { command, url: this.url, branch: this.branch, inputs: this.inputs };
    }
}
/**
 * A push's porcelain and messages as a result: a lost race (another writer moved a ref, or a
 * lease no longer holds) is one; any other refusal is the GitError naming the ref and why.
 */
function pushOutcome(stdout, stderr, ctx) {
    const text = `${stdout}\n${stderr}`;
    if (errors_isRejectedPush(text)) {
        return { pushed: false, reason: rejectionReason(text) };
    }
    const failure = errors_gitFailure(`push to ${ctx.branch}`, stderr || stdout, ctx);
    // git's last line ("failed to push some refs") says nothing; the refused ref and why do.
    const refused = /^!\t[^\t]*:([^\t\n]+)\t\[remote rejected\] \((.*)\)$/m.exec(stdout);
    if (failure.failure !== 'other' || !refused)
        throw failure;
    throw new RefRefused(failure.operation, refused[1] ?? '', refused[2] ?? '');
}
/** `cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object, `<oid> missing` for none. */
function parseBatch(stdout, texts) {
    const bytes = Buffer.from(stdout, 'utf8');
    let at = 0;
    while (at < bytes.length) {
        const eol = bytes.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const [oid = '', type = '', size = ''] = bytes.subarray(at, eol).toString('utf8').split(' ');
        at = eol + 1;
        if (type === 'missing' || size === '')
            continue;
        const length = Number(size);
        const text = bytes.subarray(at, at + length).toString('utf8');
        // exec decodes git's output as UTF-8: a blob that is not UTF-8 comes back changed (and shifts
        // every blob after it), and editing it would rewrite bytes nobody asked to change.
        if (bytes[at + length] !== 0x0a || objectId('blob', Buffer.from(text, 'utf8'), oid.length) !== oid) {
            throw new src/* ActionError */.lZ('read the files', `the blob ${oid.slice(0, 12)} is not UTF-8 text`, {
                hint: 'Only text files can be bumped; check the files input.',
            });
        }
        texts.set(oid, text);
        at += length + 1;
    }
    return texts;
}
/** The message as `git commit` stores it (cleanup=whitespace): no trailing spaces or blank edges, one newline. */
function cleanMessage(message) {
    const lines = message.split(/\r?\n/).map((line) => line.trimEnd());
    const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
    while (kept[0] === '')
        kept.shift();
    while (kept.at(-1) === '')
        kept.pop();
    return `${kept.join('\n')}\n`;
}
/** fast-import ends an identity at `<`/`>` and a command at a newline: those cannot be in one. */
function identity(value) {
    return value.replace(/[<>\n\r]/g, '').trim();
}
/** fast-import reads a path with a space or a leading quote only in C-style quotes. */
function quotePath(p) {
    if (!/[\s"\\]/.test(p) && !/[^\x20-\x7e]/.test(p))
        return p;
    return `"${Buffer.from(p, 'utf8')
        .toString('latin1')
        .replace(/["\\]/g, (c) => `\\${c}`)
        .replace(/[^\x20-\x7e]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

;// CONCATENATED MODULE: ./packages/git/src/http-branch.ts
// A branch read and written over smart HTTP from this process: the tip by ls-refs, its commit and
// trees by one depth-1 blob-less fetch held in memory, the files read by one fetch of their blobs,
// the commit built here, and the push one receive-pack request. A bump then starts no git process
// at all; measured on the bench, that is most of a bump's CPU and a third of its wall time.
// A server, network or setting this does not handle at open is left to BareClone and the git CLI.








/** Opens the branch over HTTP from Node, or, when that is not possible here, with git. */
async function openBranch(opts) {
    refuseCredentials(opts.url, opts.inputs ?? errors_GIT_INPUTS);
    try {
        return await HttpBranch.open(opts);
    }
    catch (error) {
        // git decides whatever went wrong: it words every failure its own way and honours settings
        // Node does not read (a proxy or CA in git's config, url.insteadOf), so a network this process
        // cannot reach may still be git's to reach.
        (opts.log ?? src/* silentLogger */.qq).debug(`Reading ${(0,src/* displayUrl */.Qy)(opts.url)} with git instead: ${(0,src/* shown */.SP)(error.message, { max: 300 })}`);
        return BareClone.clone(opts);
    }
}
class HttpBranch {
    http;
    branch;
    inputs;
    objects = new Map();
    /** Fetched packs not yet read to their end, newest last: read on when an object is not found. */
    unread = [];
    /** Objects made here and not known to be on the server, by the id a push would send them for. */
    made = new Map();
    fetched = '';
    opened;
    constructor(http, branch, inputs) {
        this.http = http;
        this.branch = branch;
        this.inputs = inputs;
    }
    static async open(opts) {
        const http = { url: opts.url, token: opts.token, env: opts.env ?? process.env };
        // A URL left to git runs nothing alongside: its work would only fail.
        checkForNode(http);
        const repo = new HttpBranch(http, opts.branch, opts.inputs ?? errors_GIT_INPUTS);
        // Both are waited for even when the reading fails: a ticket pushed after its owner gave up on
        // this branch would outlive it.
        const alongside = Promise.resolve(opts.alongside?.(repo));
        const reading = (async () => {
            // The refs a caller watches (a queue's tickets) come in the same listing as the tip.
            const { tip, refs } = await repo.look(opts.watch);
            await repo.fetchCommit(tip, '');
            if (opts.watch)
                repo.opened = refs;
        })();
        const done = await Promise.allSettled([reading, alongside]);
        for (const result of done)
            if (result.status === 'rejected')
                throw result.reason;
        return repo;
    }
    get head() {
        return `refs/heads/${this.branch}`;
    }
    tip() {
        return Promise.resolve(this.fetched);
    }
    /** The branch's tip now, or `seen` (a look's), with its new trees: only those, given the old tip. */
    async fetchTip(seen) {
        const tip = seen ?? (await this.look()).tip;
        if (tip !== this.fetched)
            await this.fetchCommit(tip, this.fetched);
        return tip;
    }
    async lookRefs(prefix) {
        return { ...(await this.look(prefix)), fetched: false };
    }
    writeBlob(text) {
        const made = [];
        const oid = this.store({ type: 'blob', data: Buffer.from(text, 'utf8') }, made);
        this.made.set(oid, made);
        return Promise.resolve(oid);
    }
    entries(commit, paths) {
        const found = new Map();
        for (const path of paths) {
            const parts = path.split('/');
            const name = parts.pop() ?? '';
            const folder = this.folder(commit, parts);
            const entry = folder?.find((e) => e.name === bytesOf(name));
            if (entry)
                found.set(path, { mode: displayMode(entry.mode), type: typeOfMode(entry.mode), oid: entry.oid });
        }
        return Promise.resolve(found);
    }
    listFolder(commit, folder) {
        const parts = folder === '' || folder === '.' ? [] : folder.split('/');
        return Promise.resolve((this.folder(commit, parts) ?? []).map((e) => Buffer.from(e.name, 'latin1').toString('utf8')));
    }
    /** The texts of blobs, fetched by id in one request; a blob that is not UTF-8 is refused. */
    async readBlobs(oids) {
        const missing = oids.filter((oid) => !this.objects.has(oid));
        if (missing.length > 0) {
            await this.fetch('fetch the files', [...missing.map((oid) => `want ${oid}\n`), 'done\n']);
        }
        const texts = new Map();
        const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
        for (const oid of oids) {
            const blob = this.lookup(oid);
            if (blob?.type !== 'blob') {
                throw new GitError('fetch the files', 'other', `the server did not send the blob ${oid.slice(0, 12)}`);
            }
            try {
                texts.set(oid, decoder.decode(blob.data));
            }
            catch {
                throw new src/* ActionError */.lZ('read the files', `the blob ${oid.slice(0, 12)} is not UTF-8 text`, {
                    hint: 'Only text files can be bumped; check the files input.',
                });
            }
        }
        return texts;
    }
    /** One commit on `parent` replacing the texts of existing files (their modes are kept). */
    commit(parent, files, message, author) {
        const base = this.lookup(parent);
        if (base?.type !== 'commit') {
            return Promise.reject(new src/* ActionError */.lZ('commit', `the commit ${parent.slice(0, 12)} was not fetched`));
        }
        const made = [];
        const blobs = files.map((f) => ({
            parts: f.path.split('/'),
            oid: this.store({ type: 'blob', data: Buffer.from(f.text, 'utf8') }, made),
        }));
        const tree = this.replace(commitTree(base.data), blobs, made);
        const who = `${identity(author.name)} <${identity(author.email)}> ${Math.floor(Date.now() / 1000)} +0000`;
        const data = `tree ${tree}\nparent ${parent}\nauthor ${who}\ncommitter ${who}\n\n${cleanMessage(message)}`;
        const sha = this.store({ type: 'commit', data: Buffer.from(data, 'utf8') }, made);
        this.made.set(sha, made);
        return Promise.resolve(sha);
    }
    /**
     * One receive-pack request: every update a compare-and-swap on its lease, a lost race a result.
     * The refs are not read first (a request saved on every push): the server checks the leases.
     * The capabilities are asked for unadvertised: git's receive-pack ignores any it lacks, though
     * the protocol lets a stricter server refuse the push instead.
     */
    async push(updates, opts = {}) {
        const unleased = updates.find((u) => u.lease === undefined);
        if (unleased)
            throw new Error(`a push over HTTP needs a lease for ${unleased.dst}`);
        const wanted = [
            'report-status',
            'side-band-64k',
            'quiet',
            'delete-refs',
            ...(opts.atomic ? ['atomic'] : []),
        ];
        const lines = updates.map((u, i) => {
            const ends = `${u.lease || ZERO_OID} ${u.src || ZERO_OID} ${u.dst}`;
            return i === 0 ? `${ends}\0${wanted.join(' ')}\n` : `${ends}\n`;
        });
        const sent = updates.filter((u) => u.src !== '').flatMap((u) => this.made.get(u.src) ?? []);
        const pack = updates.some((u) => u.src !== '') ? writePack([...new Set(sent)]) : undefined;
        // A server without atomic pushes applies the updates one by one; with or without it, the first
        // (the branch) decides, and the others (a queue ticket's deletion) are the caller's to tidy.
        const decisive = opts.atomic ? updates.slice(0, 1) : updates;
        const pushing = this.request('push', `push to ${this.branch}`, async () => {
            const answer = await gitRequest(this.http, 'git-receive-pack', { body: pktRequest(lines, pack) });
            return this.outcome(answer, updates, decisive);
        });
        return pushing.catch((error) => this.lostRace(error, updates[0]));
    }
    /**
     * A refusal of the branch in words this process does not know (JGit's "failed to lock", a
     * server's own) is a lost race when the branch is neither at the lease nor at this push's commit:
     * one look tells. Git's receive-pack says so in words pushOutcome reads; other servers would
     * otherwise fail a bump that only had to retry. A look that fails leaves the refusal as it was.
     */
    async lostRace(error, branch) {
        const ofBranch = error instanceof RefRefused && error.ref === this.head;
        if (!ofBranch || branch?.dst !== this.head || !branch.lease)
            throw error;
        const { tip } = await this.look().catch(() => {
            throw error;
        });
        if (tip === branch.lease || tip === branch.src)
            throw error;
        return { pushed: false, reason: `the branch moved; the server said: ${(0,src/* shown */.SP)(error.words)}` };
    }
    /** receive-pack's report as a result: a lost race is one, any other refusal a GitError. */
    outcome(answer, updates, decisive) {
        // A server without side-band answers with the report itself, which starts `unpack `.
        const packets = readPackets(answer);
        const first = packets.find((p) => p.kind === 'data');
        const sideband = first?.kind === 'data' && (first.data[0] ?? 0) <= 3;
        const { payload, messages } = sideband ? demultiplex(packets) : { payload: answer, messages: '' };
        const report = readPackets(payload).map(packetText).filter(Boolean);
        const porcelain = [];
        for (const line of report) {
            const ng = /^ng (\S+) (.*)$/.exec(line);
            if (ng && decisive.some((u) => u.dst === ng[1])) {
                const src = updates.find((u) => u.dst === ng[1])?.src ?? '';
                porcelain.push(`!\t${src}:${ng[1]}\t[remote rejected] (${ng[2]})`);
            }
            else if (line.startsWith('unpack ') && line !== 'unpack ok')
                porcelain.push(`error: ${line}`);
        }
        const accepted = decisive.every((u) => report.includes(`ok ${u.dst}`));
        if (porcelain.length === 0 && accepted)
            return { pushed: true };
        const stdout = porcelain.join('\n') || 'error: the server reported no result';
        return pushOutcome(stdout, `${remoteLines(messages)}\n${stdout}`, this.context('push'));
    }
    /** The branch's tip and the refs under `prefix` (none without one), in one listing. */
    async look(prefix) {
        const under = prefix === undefined ? [] : [`${prefix}/`];
        const listed = await this.request('fetch', `fetch ${this.branch}`, () => listRefs({ ...this.http, prefixes: [...under, this.head] }));
        const tip = listed.get(this.head);
        const refs = new Map([...listed].filter(([ref]) => under.some((u) => ref.startsWith(u))));
        if (!tip)
            throw errors_gitFailure(`fetch ${this.branch}`, `couldn't find remote ref ${this.head}`, this.context('fetch'));
        return { tip, refs };
    }
    /** The commit and its trees at depth 1; with `have`, only what that commit's trees lack. */
    async fetchCommit(sha, have) {
        const since = have ? [`shallow ${have}\n`, `have ${have}\n`] : [];
        await this.fetch(`fetch ${this.branch}`, [
            'deepen 1\n',
            'filter blob:none\n',
            `want ${sha}\n`,
            ...since,
            'done\n',
        ]);
        const commit = this.lookup(sha);
        if (commit?.type !== 'commit') {
            throw new GitError(`fetch ${this.branch}`, 'other', `the server did not send the commit ${sha.slice(0, 12)}`);
        }
        this.fetched = sha;
    }
    async fetch(operation, args) {
        const body = pktRequest(['command=fetch\n', null, 'no-progress\n', 'ofs-delta\n', ...args]);
        const objects = await this.request('fetch', operation, async () => {
            const packets = readPackets(await gitRequest(this.http, 'git-upload-pack', { body, protocolV2: true }));
            const start = packets.findIndex((p) => packetText(p) === 'packfile');
            if (start < 0)
                throw new SmartHttpUnavailable(`no packfile section: ${firstLine(packets)}`);
            const end = packets.findIndex((p, i) => i > start && p.kind !== 'data');
            const { payload } = demultiplex(packets.slice(start + 1, end < 0 ? undefined : end));
            return packObjects(payload, (oid) => this.objects.get(oid));
        });
        this.unread.push(objects);
    }
    /** The entries of the folder `parts` in `commit`; undefined when it is not a folder there. */
    folder(commit, parts) {
        let entries = this.tree(commitTree(this.object(commit).data));
        for (const part of parts) {
            const entry = entries.find((e) => e.name === bytesOf(part));
            if (!entry || typeOfMode(entry.mode) !== 'tree')
                return undefined;
            entries = this.tree(entry.oid);
        }
        return entries;
    }
    object(oid) {
        const object = this.lookup(oid);
        if (!object)
            throw new GitError('read the tree', 'other', `the server did not send ${oid.slice(0, 12)}`);
        return object;
    }
    /**
     * An object fetched or made here; packs are read on only as far as needed to find it, newest
     * first (a blob just fetched, a tip's changed trees), so one bump reads few of a tip's trees.
     */
    lookup(oid) {
        for (;;) {
            const found = this.objects.get(oid);
            const pack = this.unread.at(-1);
            if (found || !pack)
                return found;
            try {
                for (let next = pack.next(); !next.done; next = pack.next()) {
                    this.objects.set(next.value[0], next.value[1]);
                    if (next.value[0] === oid)
                        return next.value[1];
                }
            }
            catch (error) {
                if (!(error instanceof PackError))
                    throw error;
                throw new GitError('read the pack', 'other', `the server's pack is damaged (${(0,src/* shown */.SP)(error.message)})`);
            }
            this.unread.pop();
        }
    }
    tree(oid) {
        return parseTree(this.object(oid).data);
    }
    /** The tree `oid` with the blobs at `writes` (paths below it) replaced; new trees go into `made`. */
    replace(oid, writes, made) {
        const entries = this.tree(oid).map((entry) => {
            const here = writes.filter((w) => bytesOf(w.parts[0] ?? '') === entry.name);
            if (here.length === 0)
                return entry;
            const leaf = here.find((w) => w.parts.length === 1);
            if (leaf)
                return { ...entry, oid: leaf.oid };
            return {
                ...entry,
                oid: this.replace(entry.oid, here.map((w) => ({ ...w, parts: w.parts.slice(1) })), made),
            };
        });
        return this.store({ type: 'tree', data: treeData(entries) }, made);
    }
    store(object, made) {
        const oid = objectId(object.type, object.data);
        if (!this.objects.has(oid))
            this.objects.set(oid, object);
        made.push(object);
        return oid;
    }
    /** A request whose failure is worded as git words it, with the caller's inputs in the hint. */
    async request(command, operation, send) {
        try {
            return await send();
        }
        catch (error) {
            if (error instanceof SmartHttpFailure)
                throw errors_gitFailure(operation, error.gitText, this.context(command));
            if (error instanceof SmartHttpUnavailable || error instanceof PackError) {
                throw new GitError(operation, 'other', `the server's answer was not understood (${(0,src/* shown */.SP)(error.message)})`);
            }
            throw error;
        }
    }
    context(command) {
        return { command, url: this.http.url, branch: this.branch, inputs: this.inputs };
    }
}
/** A path part as a tree stores it: its UTF-8 bytes, one latin1 character each. */
function bytesOf(part) {
    return Buffer.from(part, 'utf8').toString('latin1');
}
function firstLine(packets) {
    return JSON.stringify(packets.map(packetText).find(Boolean)?.slice(0, 80) ?? '');
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts








/***/ })

};
