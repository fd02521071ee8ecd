import { applyEdit, type EditRequest } from '@gitops-actions/manifest';
import { parse } from 'yaml';
import {
  corpus,
  DIGEST_A,
  DIGEST_B,
  edit,
  errorOf,
  expectInsertion,
  expectSplice,
  expectStringAt,
  toCrlf,
} from './helpers.js';

const overlay = corpus('kustomize/kustomization.yaml');
const set = (image: string, extra: Partial<EditRequest>): EditRequest => ({
  format: 'kustomize',
  key: '',
  image,
  ...extra,
});
const OLD_DIGEST = `sha256:${'1'.repeat(64)}`;

/** The images: entry named `name`, read back from the output. */
function entry(text: string, name: string): Record<string, unknown> | undefined {
  const images = (parse(text) as { images?: Array<Record<string, unknown>> }).images ?? [];
  return images.find((item) => item['name'] === name);
}

describe('kustomize: updating an existing entry', () => {
  it('sets newTag and keeps its comment', () => {
    const result = edit(overlay, set('ghcr.io/acme/api', { tag: '1.5.0' }));
    expectSplice(overlay, result.text, 'newTag: 1.4.2 # promoted', '1.4.2', '1.5.0');
    expectStringAt(result.text, ['images', 0, 'newTag'], '1.5.0');
    expect(result.previousTag).toBe('1.4.2');
    expect(result.changes).toEqual([
      { location: 'images[ghcr.io/acme/api].newTag', previous: '1.4.2', value: '1.5.0' },
    ]);
  });

  it('sets newTag and digest together, keeping quotes', () => {
    const result = edit(overlay, set('ghcr.io/acme/worker', { tag: '1.5.0', digest: DIGEST_A }));
    expect(result.text).toBe(
      overlay.replace('newTag: "1.4.2"', 'newTag: "1.5.0"').replace(OLD_DIGEST, DIGEST_A),
    );
    expect(result.changes.map((change) => change.location)).toEqual([
      'images[ghcr.io/acme/worker].newTag',
      'images[ghcr.io/acme/worker].digest',
    ]);
  });

  it('drops a stale digest on a tag-only bump, because kustomize would keep pinning it', () => {
    const result = edit(overlay, set('ghcr.io/acme/worker', { tag: '1.5.0' }));
    const expected = overlay
      .replace('newTag: "1.4.2"', 'newTag: "1.5.0"')
      .replace(`    digest: ${OLD_DIGEST}\n`, '');
    expect(result.text).toBe(expected);
    expect(result.changes).toEqual([
      { location: 'images[ghcr.io/acme/worker].newTag', previous: '1.4.2', value: '1.5.0' },
      { location: 'images[ghcr.io/acme/worker].digest', previous: OLD_DIGEST, value: '' },
    ]);
  });

  it('adds a digest after the last field, keeping a trailing comment on its line', () => {
    const result = edit(overlay, set('ghcr.io/acme/api', { digest: DIGEST_B }));
    expectInsertion(overlay, result.text, '# promoted from dev', `\n    digest: ${DIGEST_B}`);
    expect(result.previousTag).toBe('1.4.2');
  });

  it('adds newTag to an entry matched by newName', () => {
    const result = edit(overlay, set('ghcr.io/acme/toolbox', { tag: '2.0.0' }));
    expectInsertion(overlay, result.text, 'newName: ghcr.io/acme/toolbox', '\n    newTag: 2.0.0');
    expect(result.changes).toEqual([{ location: 'images[busybox].newTag', previous: null, value: '2.0.0' }]);
    expect(result.previousTag).toBeNull();
  });

  it('matches Docker Hub names however they are spelled', () => {
    const result = edit(overlay, set('docker.io/library/busybox', { tag: '1.36' }));
    expectInsertion(overlay, result.text, 'newName: ghcr.io/acme/toolbox', '\n    newTag: "1.36"');
    expect(entry(result.text, 'busybox')).toEqual({
      name: 'busybox',
      newName: 'ghcr.io/acme/toolbox',
      newTag: '1.36',
    });
  });

  it('edits and extends flow-style entries', () => {
    const cron = edit(overlay, set('ghcr.io/acme/cron', { tag: '0.4.0' }));
    expectSplice(overlay, cron.text, "newTag: '0.3.0'}", "'0.3.0'", "'0.4.0'");
    const proxy = edit(overlay, set('ghcr.io/acme/proxy', { tag: '1.0.0', digest: DIGEST_A }));
    expectInsertion(overlay, proxy.text, '{name: ghcr.io/acme/proxy', `, newTag: 1.0.0, digest: ${DIGEST_A}`);
  });

  it('keeps CRLF line endings', () => {
    const input = toCrlf(overlay);
    const result = edit(input, set('ghcr.io/acme/worker', { tag: '1.5.0' }));
    expect(result.text).toBe(
      toCrlf(
        overlay.replace('newTag: "1.4.2"', 'newTag: "1.5.0"').replace(`    digest: ${OLD_DIGEST}\n`, ''),
      ),
    );
  });
});

describe('kustomize: adding an entry', () => {
  it('appends to the images list with its indentation', () => {
    const result = edit(overlay, set('ghcr.io/acme/new', { tag: '1.0.0' }));
    expectInsertion(
      overlay,
      result.text,
      '{name: ghcr.io/acme/proxy}',
      '\n  - name: ghcr.io/acme/new\n    newTag: 1.0.0',
    );
    expect(result.changes).toEqual([
      { location: 'images[ghcr.io/acme/new].newTag', previous: null, value: '1.0.0' },
    ]);
    expect(result.previousTag).toBeNull();
  });

  it('adds an images key when there is none', () => {
    const input = corpus('kustomize/no-images.yaml');
    const result = edit(input, set('ghcr.io/acme/api', { tag: '1.0.0', digest: DIGEST_A }));
    expectInsertion(
      input,
      result.text,
      '- ../../base',
      `\nimages:\n- name: ghcr.io/acme/api\n  newTag: 1.0.0\n  digest: ${DIGEST_A}`,
    );
    expect(entry(result.text, 'ghcr.io/acme/api')).toEqual({
      name: 'ghcr.io/acme/api',
      newTag: '1.0.0',
      digest: DIGEST_A,
    });
  });

  it('fills an empty flow list', () => {
    const input = corpus('kustomize/flow-images.yaml');
    const result = edit(input, set('ghcr.io/acme/api', { tag: '1.10' }));
    expect(result.text).toBe('resources: [../../base]\nimages: [{name: ghcr.io/acme/api, newTag: "1.10"}]\n');
  });

  it('fills an empty images key and writes into an empty file', () => {
    expect(edit('images:\n', set('ghcr.io/acme/api', { tag: '1.0.0' })).text).toBe(
      'images:\n- name: ghcr.io/acme/api\n  newTag: 1.0.0\n',
    );
    expect(edit('', set('ghcr.io/acme/api', { tag: '1.0.0' })).text).toBe(
      'images:\n- name: ghcr.io/acme/api\n  newTag: 1.0.0\n',
    );
    expect(edit('resources: []', set('x.io/a', { tag: 'v1' })).text).toBe(
      'resources: []\nimages:\n- name: x.io/a\n  newTag: v1',
    );
  });
});

describe('kustomize: errors', () => {
  const fail = (input: string, req: EditRequest) => errorOf(() => applyEdit(input, req));

  it('requires an image repository without tag or digest', () => {
    expect(fail(overlay, { format: 'kustomize', key: '', tag: '1.0.0' })).toBe(
      'An image is required for format kustomize: the repository to update, e.g. ghcr.io/org/api',
    );
    expect(fail(overlay, set('ghcr.io/acme/api:1.0.0', { tag: '1.0.0' }))).toBe(
      "Invalid image 'ghcr.io/acme/api:1.0.0': give the repository only (e.g. 'ghcr.io/acme/api') and pass the " +
        'tag or digest separately',
    );
  });

  it('refuses images that are not a list and files that are not a mapping', () => {
    expect(fail('images: {a: 1}\n', set('x.io/a', { tag: 'v1' }))).toBe(
      'images: must be a list of {name, newTag} entries, but it is a mapping',
    );
    expect(fail('- a\n', set('x.io/a', { tag: 'v1' }))).toBe(
      'A kustomization must be a mapping, but this file is a list',
    );
    expect(fail('a: 1\n---\nb: 2\n', set('x.io/a', { tag: 'v1' }))).toContain(
      'kustomize expects one YAML document',
    );
  });

  it('refuses an alias as the tag', () => {
    const input = 'tags:\n  api: &t 1.0.0\nimages:\n- name: x.io/a\n  newTag: *t\n';
    expect(fail(input, set('x.io/a', { tag: 'v1' }))).toBe(
      "images[x.io/a].newTag is an alias of anchor &t (defined at tags.api); edit the anchor's value instead",
    );
  });
});
