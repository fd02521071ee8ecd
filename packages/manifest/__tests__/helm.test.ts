import { applyEdit, KeyPathError, type EditRequest } from '@gitops-actions/manifest';
import {
  corpus,
  DIGEST_A,
  edit,
  errorOf,
  expectInsertion,
  expectOthersUnchanged,
  expectSplice,
  expectStringAt,
  toCrlf,
} from './helpers.js';

const values = corpus('helm/values.yaml');
const sparse = corpus('helm/values-sparse.yaml');
const helm = (key: string, tag: string, extra: Partial<EditRequest> = {}): EditRequest => ({
  format: 'helm',
  key,
  tag,
  ...extra,
});

describe('helm: replacing an existing tag', () => {
  it('changes only the plain scalar and keeps comments, anchors and layout', () => {
    const result = edit(values, helm('image.tag', '1.5.0'));
    expectSplice(values, result.text, '  tag: 1.4.2\n', '1.4.2', '1.5.0');
    expectStringAt(result.text, ['image', 'tag'], '1.5.0');
    expectOthersUnchanged(values, result.text, [[['image', 'tag'], '1.5.0']]);
    expect(result).toMatchObject({ changed: true, previousTag: '1.4.2' });
    expect(result.changes).toEqual([{ location: 'image.tag', previous: '1.4.2', value: '1.5.0' }]);
  });

  it('keeps double quotes and the trailing comment', () => {
    const result = edit(values, helm('worker.image.tag', '1.5.0'));
    expectSplice(values, result.text, 'tag: "1.4.2"   # keep', '"1.4.2"', '"1.5.0"');
    expectStringAt(result.text, ['worker', 'image', 'tag'], '1.5.0');
  });

  it('keeps single quotes', () => {
    const result = edit(values, helm('cron.image.tag', 'v1.5.0'));
    expectSplice(values, result.text, "tag: 'v1.4.2-rc.1'", "'v1.4.2-rc.1'", "'v1.5.0'");
    expect(result.previousTag).toBe('v1.4.2-rc.1');
  });

  it('edits inside a flow mapping', () => {
    const result = edit(values, helm('sidecar.image.tag', '0.10.0'));
    expectSplice(values, result.text, 'tag: 0.9.1,', '0.9.1', '0.10.0');
    expectStringAt(result.text, ['sidecar', 'image', 'tag'], '0.10.0');
  });

  it('quotes a number-like value inside a flow mapping', () => {
    const result = edit(values, helm('sidecar.image.tag', '1.0'));
    expectSplice(values, result.text, 'tag: 0.9.1,', '0.9.1', '"1.0"');
    expectStringAt(result.text, ['sidecar', 'image', 'tag'], '1.0');
  });

  it('keeps the anchor on an anchored scalar', () => {
    const result = edit(values, helm('extraContainers[0].image.tag', '3.2.0'));
    expectSplice(values, result.text, 'tag: &metricsTag 3.1.0', '3.1.0', '3.2.0');
    expectStringAt(result.text, ['extraContainers', 0, 'image', 'tag'], '3.2.0');
    expect(result.changes[0]?.location).toBe('extraContainers[0].image.tag');
  });

  it('follows list indexes', () => {
    const result = edit(values, helm('extraContainers[1].image.tag', '3.2.0'));
    expectSplice(values, result.text, 'shipper\n      tag: 3.1.0', '3.1.0', '3.2.0');
  });

  it('reads quoted keys that contain dots', () => {
    const result = edit(values, helm('podAnnotations["prometheus.io/scrape"]', 'false'));
    expectSplice(values, result.text, '"true"', '"true"', '"false"');
  });

  it('replaces a number-typed tag with a quoted string and reports the old text', () => {
    const result = edit(values, helm('legacy.image.tag', '1.11'));
    expectSplice(values, result.text, '    tag: 1.10\n', '1.10', '"1.11"');
    expectStringAt(result.text, ['legacy', 'image', 'tag'], '1.11');
    expect(result.previousTag).toBe('1.10');
  });

  it('quotes an unquoted 1.10 even when the text is equal, since YAML read it as 1.1', () => {
    const result = edit(values, helm('legacy.image.tag', '1.10'));
    expectSplice(values, result.text, '    tag: 1.10\n', '1.10', '"1.10"');
    expect(result.changes).toEqual([{ location: 'legacy.image.tag', previous: '1.10', value: '1.10' }]);
  });

  it('is a no-op when the tag is already set', () => {
    const result = applyEdit(values, helm('image.tag', '1.4.2'));
    expect(result).toEqual({ text: values, changed: false, changes: [], previousTag: '1.4.2' });
  });

  it('edits the last line of a file without a final newline', () => {
    const input = corpus('helm/values-no-eol.yaml');
    const result = edit(input, helm('image.tag', '1.1.0'));
    expect(result.text).toBe(input.replace('tag: 1.0.0', 'tag: 1.1.0'));
    expect(result.text.endsWith('1.1.0')).toBe(true);
  });

  it('writes a CRLF file byte for byte', () => {
    const input = toCrlf(values);
    const result = edit(input, helm('worker.image.tag', '1.5.0'));
    expectSplice(input, result.text, 'tag: "1.4.2"   # keep', '"1.4.2"', '"1.5.0"');
  });

  it('fills an empty value after the colon, before its comment', () => {
    const result = edit(sparse, helm('worker', 'v2'));
    expectInsertion(sparse, result.text, 'worker:', ' v2');
    expect(result.changes).toEqual([{ location: 'worker', previous: null, value: 'v2' }]);
  });

  it('accepts a leading document marker and a trailing empty document', () => {
    const input = `---\n${values}---\n`;
    const result = edit(input, helm('image.tag', '1.5.0'));
    expectSplice(input, result.text, '  tag: 1.4.2\n', '1.4.2', '1.5.0');
  });
});

describe('helm: quoting of plain scalars', () => {
  const quoted = [
    '1.10',
    '1e3',
    '123',
    'yes',
    'on',
    'y',
    'NO',
    'Off',
    'true',
    'null',
    '0x1f',
    '012',
    '1_000',
  ];
  const plain = ['1.5.0', 'v1', 'latest', '1.0.0-rc.1', 'sha-abc1234', '1e3a', '2.0.0_build', 'main'];

  it.each(quoted)('double-quotes %s, which YAML 1.1 or 1.2 reads as a non-string', (tag) => {
    const result = applyEdit(values, helm('image.tag', tag));
    expectSplice(values, result.text, '  tag: 1.4.2\n', '1.4.2', `"${tag}"`);
    expectStringAt(result.text, ['image', 'tag'], tag);
  });

  it('double-quotes a date, which YAML 1.1 reads as a timestamp', () => {
    const result = applyEdit(values, helm('image.tag', '2024-01-31'));
    expectSplice(values, result.text, '  tag: 1.4.2\n', '1.4.2', '"2024-01-31"');
  });

  it.each(plain)('leaves %s plain', (tag) => {
    const result = applyEdit(values, helm('image.tag', tag));
    expectSplice(values, result.text, '  tag: 1.4.2\n', '1.4.2', tag);
    expectStringAt(result.text, ['image', 'tag'], tag);
  });

  it('needs no quotes in a quoted scalar beyond its own style', () => {
    const result = applyEdit(values, helm('cron.image.tag', '1.10'));
    expectSplice(values, result.text, "tag: 'v1.4.2-rc.1'", "'v1.4.2-rc.1'", "'1.10'");
  });
});

describe('helm: digests', () => {
  it('writes tag and digest in one edit, keeping the digest quotes', () => {
    const req = helm('worker.image.tag', '1.5.0', { digest: DIGEST_A, digestKey: 'worker.image.digest' });
    const result = edit(values, req);
    const expected = values
      .replace('tag: "1.4.2"', 'tag: "1.5.0"')
      .replace('digest: ""', `digest: "${DIGEST_A}"`);
    expect(result.text).toBe(expected);
    expect(result.changes).toEqual([
      { location: 'worker.image.tag', previous: '1.4.2', value: '1.5.0' },
      { location: 'worker.image.digest', previous: '', value: DIGEST_A },
    ]);
    expect(result.previousTag).toBe('1.4.2');
  });

  it('writes only the digest and still reports the current tag', () => {
    const req: EditRequest = {
      format: 'helm',
      key: 'image.tag',
      digest: DIGEST_A,
      digestKey: 'worker.image.digest',
    };
    const result = edit(values, req);
    expect(result.text).toBe(values.replace('digest: ""', `digest: "${DIGEST_A}"`));
    expect(result.previousTag).toBe('1.4.2');
  });

  it('refuses a digest without a digest key', () => {
    expect(errorOf(() => applyEdit(values, helm('image.tag', '1.5.0', { digest: DIGEST_A })))).toBe(
      'A digest was given but no digest key: helm needs digestKey (digest-key) naming the values path of the ' +
        'digest, e.g. image.digest',
    );
  });

  it('creates a missing digest key at the end of a file without a final newline', () => {
    const input = corpus('helm/values-no-eol.yaml');
    const req = helm('image.tag', '1.0.0', {
      digest: DIGEST_A,
      digestKey: 'image.digest',
      createMissing: true,
    });
    const result = edit(input, req);
    expect(result.text).toBe(`${input}\n  digest: ${DIGEST_A}`);
    expect(result.changes).toEqual([{ location: 'image.digest', previous: null, value: DIGEST_A }]);
  });
});

describe('helm: create-missing', () => {
  const create = (key: string, tag = '1.5.0') => helm(key, tag, { createMissing: true });

  it('inserts after the last sibling with the siblings indentation, keeping its comment', () => {
    const result = edit(sparse, create('image.tag'));
    expectInsertion(sparse, result.text, '# four-space indent on purpose', '\n    tag: 1.5.0');
    expectStringAt(result.text, ['image', 'tag'], '1.5.0');
    expectOthersUnchanged(sparse, result.text, [[['image', 'tag'], '1.5.0']]);
    expect(result).toMatchObject({ previousTag: null, changes: [{ location: 'image.tag', previous: null }] });
  });

  it('creates nested mappings under an empty key using the file indentation step', () => {
    const result = edit(sparse, create('worker.image.tag'));
    expectInsertion(sparse, result.text, 'worker:   # filled by CI', '\n    image:\n        tag: 1.5.0');
    expectStringAt(result.text, ['worker', 'image', 'tag'], '1.5.0');
  });

  it('inserts into a flow mapping', () => {
    const result = edit(sparse, create('proxy.image.tag'));
    expectInsertion(sparse, result.text, '{repository: ghcr.io/acme/proxy', ', tag: 1.5.0');
    expectStringAt(result.text, ['proxy', 'image', 'tag'], '1.5.0');
  });

  it('inserts into an empty flow mapping and nests in flow style', () => {
    expectInsertion(sparse, edit(sparse, create('proxy.imageEmpty.tag')).text, 'imageEmpty: {', 'tag: 1.5.0');
    const nested = edit(sparse, create('ingress.image.tag', 'on'));
    expectInsertion(sparse, nested.text, '{enabled: false', ', image: {tag: "on"}');
    expectStringAt(nested.text, ['ingress', 'image', 'tag'], 'on');
  });

  it('adds a new top-level path after the last entry', () => {
    const result = edit(sparse, create('api.image.tag'));
    expectInsertion(sparse, result.text, 'cpu: 100m', '\napi:\n    image:\n        tag: 1.5.0');
  });

  it('uses two spaces when the file has no nested mapping to copy', () => {
    const result = edit('a: 1\n', create('image.tag'));
    expect(result.text).toBe('a: 1\nimage:\n  tag: 1.5.0\n');
  });

  it('writes into an empty or comment-only file', () => {
    expect(edit('', create('image.tag')).text).toBe('image:\n  tag: 1.5.0\n');
    expect(edit('# values\n', create('image.tag')).text).toBe('# values\nimage:\n  tag: 1.5.0\n');
    expect(edit('# values', create('image.tag')).text).toBe('# values\nimage:\n  tag: 1.5.0');
  });

  it('keeps CRLF line endings in the inserted lines', () => {
    const input = toCrlf(sparse);
    const result = edit(input, create('image.tag'));
    expectInsertion(input, result.text, '# four-space indent on purpose', '\r\n    tag: 1.5.0');
  });

  it('overrides a key inherited through a merge key in the merging mapping', () => {
    const result = edit(sparse, create('derived.image.tag'));
    // Siblings sit at 2 spaces; deeper levels use the file's step (4, from image/repository).
    expectInsertion(sparse, result.text, 'replicas: 1', '\n  image:\n      tag: 1.5.0');
  });

  it('cannot create list items', () => {
    expect(errorOf(() => applyEdit(sparse, create('sidecars[0].tag')))).toBe(
      'key sidecars[0].tag not found and create-missing cannot create list items; add the list sidecars first',
    );
  });
});

describe('helm: errors', () => {
  const fail = (input: string, req: EditRequest) =>
    errorOf(() => applyEdit(input, { ...req, createMissingInput: 'create-missing' }));

  it('offers no input to a caller without one (the root action, open-promotion-pr)', () => {
    expect(errorOf(() => applyEdit(sparse, helm('worker.image.tag', '1.0.0')))).toBe(
      'key worker.image.tag not found: worker exists but is empty; add it to the file first',
    );
    expect(errorOf(() => applyEdit(sparse, helm('derived.image.tag', '1.0.0')))).toBe(
      "key derived.image.tag not found: derived exists but has no key 'image' (keys: '<<', 'replicas'); " +
        "'image' is inherited through '<<: *base', so edit the anchor &base",
    );
  });

  it('names the deepest existing prefix and its keys when a key is missing', () => {
    expect(fail(values, helm('image.digest', '1.0.0'))).toBe(
      "key image.digest not found: image exists but has no key 'digest' (keys: 'repository', 'pullPolicy', 'tag'); " +
        'set create-missing: true to create it',
    );
    expect(fail(sparse, helm('api.image.tag', '1.0.0'))).toBe(
      "key api.image.tag not found: the document has no top-level key 'api' " +
        "(keys: 'image', 'worker', 'ingress', 'proxy', 'base', 'derived', 'frozen', 'list', 'resources'); " +
        'set create-missing: true to create it',
    );
    expect(fail(sparse, helm('worker.image.tag', '1.0.0'))).toBe(
      'key worker.image.tag not found: worker exists but is empty; set create-missing: true to create it',
    );
    expect(fail('', helm('image.tag', '1.0.0'))).toBe(
      'key image.tag not found: the document is empty; set create-missing: true to create it',
    );
  });

  it('explains a key inherited through a merge key', () => {
    expect(fail(sparse, helm('derived.image.tag', '1.0.0'))).toBe(
      "key derived.image.tag not found: derived exists but has no key 'image' (keys: '<<', 'replicas'); " +
        "'image' is inherited through '<<: *base', so edit the anchor &base, " +
        'or set create-missing: true to override it here',
    );
  });

  it('refuses to edit an alias and names the anchor', () => {
    expect(fail(values, helm('migrations.image.tag', '1.0.0'))).toBe(
      'migrations.image.tag is an alias of anchor &defaultTag (defined at defaultTag); ' +
        "edit the anchor's value instead or point key at defaultTag",
    );
    expect(fail(sparse, helm('frozen.image.tag', '1.0.0'))).toBe(
      'key frozen.image.tag passes through frozen.image, an alias of anchor &base at base; ' +
        'editing through it would change every user of the anchor, so edit the anchor instead',
    );
  });

  it('refuses paths through scalars, lists and mappings of the wrong kind', () => {
    expect(fail(values, helm('replicaCount.tag', '1.0.0', { createMissing: true }))).toBe(
      "key replicaCount.tag cannot be resolved: replicaCount is a scalar (2), so it cannot look up key 'tag'",
    );
    expect(fail(values, helm('image[0].tag', '1.0.0'))).toBe(
      'key image[0].tag cannot be resolved: image is a mapping, so it cannot take item [0]',
    );
    expect(fail(sparse, helm('list.tag', '1.0.0'))).toBe(
      "key list.tag cannot be resolved: list is a list, so it cannot look up key 'tag'",
    );
    expect(fail(values, helm('image', '1.0.0'))).toBe(
      'image is a mapping, not a scalar; point the key at the tag value itself',
    );
  });

  it('refuses a list index out of range, even with create-missing', () => {
    expect(fail(values, helm('extraContainers[2].image.tag', '1.0.0', { createMissing: true }))).toBe(
      'key extraContainers[2].image.tag not found: extraContainers has 2 item(s), index 2 is out of range',
    );
  });

  it('refuses a block scalar target', () => {
    const input = corpus('helm/values-block.yaml');
    expect(fail(input, helm('image.tag', '1.1.0'))).toBe(
      "image.tag is a block scalar (|); rewrite it as a single-line value (e.g. '1.1.0') and run again",
    );
    expect(fail(input, helm('image.notes', '1.1.0'))).toContain('block scalar (>)');
  });

  it('refuses several documents and suggests the manifest format', () => {
    expect(fail(corpus('helm/values-multidoc.yaml'), helm('image.tag', '1.0.0'))).toBe(
      'helm expects one YAML document, found 2 (starting at lines 1, 3); ' +
        'for multi-document Kubernetes manifests use format: manifest',
    );
  });

  it('reports invalid YAML with a 1-based line and column', () => {
    expect(fail('image:\n  tag: [1.0\nother: x\n', helm('image.tag', '1.0.0'))).toMatch(
      /^Invalid YAML at line 3, column 1: \S/,
    );
    expect(fail('a: 1\na: 2\n', helm('a', '1.0.0'))).toBe(
      'Invalid YAML at line 2, column 1: Map keys must be unique',
    );
  });

  it('rejects malformed keys', () => {
    expect(fail(values, helm('image..tag', '1.0.0'))).toBe(
      "Invalid key 'image..tag': empty segment at position 7. Use a dotted path such as image.tag or " +
        'containers[0].image.tag',
    );
    expect(fail(values, helm('image.', '1.0.0'))).toContain("Invalid key 'image.': it ends with a dot");
    expect(fail(values, helm('a[x]', '1.0.0'))).toContain("'[x]' is neither a list index nor a quoted key");
    expect(fail(values, helm('a[0', '1.0.0'))).toContain("'[' at position 2 is not closed");
    expect(fail(values, helm('', '1.0.0'))).toContain("Invalid key '': it is empty");
  });

  it.each(['__proto__.polluted', 'image.constructor', 'a["prototype"].tag', 'x[0].__proto__'])(
    '(12.13) refuses the reserved segment in %s, even with createMissing',
    (key) => {
      const error = (() => {
        try {
          applyEdit(values, { ...helm(key, '1.0.0'), createMissing: true });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(KeyPathError);
      expect((error as KeyPathError).key).toBe(key);
      expect((error as Error).message).toMatch(/is a reserved name \(__proto__, constructor, prototype\)/);
    },
  );
});
