import { applyEdit, type EditRequest } from '@gitops-actions/manifest';
import { parseAllDocuments } from 'yaml';
import { corpus, DIGEST_A, DIGEST_B, edit, errorOf, expectSplice, expectStringAt } from './helpers.js';

const app = corpus('manifests/app.yaml');
const OLD_DIGEST = `sha256:${'1'.repeat(64)}`;
const set = (image: string, extra: Partial<EditRequest>): EditRequest => ({
  format: 'manifest',
  key: '',
  image,
  ...extra,
});

const API_LINES = {
  init: 'image: ghcr.io/acme/api:1.4.2   # same build',
  main: `image: "ghcr.io/acme/api:1.4.2@${OLD_DIGEST}"`,
  cron: "image: 'ghcr.io/acme/api:1.4.2'",
  debug: 'image: ghcr.io/acme/api\n',
};

/** The input with each listed image line rewritten, everything else byte for byte. */
function rewritten(lines: Record<string, string>): string {
  let out = app;
  for (const [from, to] of Object.entries(lines)) {
    expect(out.split(from)).toHaveLength(2);
    out = out.replace(from, to);
  }
  return out;
}

describe('manifest: image references in every document', () => {
  it('sets the tag in containers, initContainers, CronJob and ephemeral containers', () => {
    const result = edit(app, set('ghcr.io/acme/api', { tag: '1.5.0' }));
    expect(result.text).toBe(
      rewritten({
        [API_LINES.init]: 'image: ghcr.io/acme/api:1.5.0   # same build',
        [API_LINES.main]: 'image: "ghcr.io/acme/api:1.5.0"',
        [API_LINES.cron]: "image: 'ghcr.io/acme/api:1.5.0'",
        [API_LINES.debug]: 'image: ghcr.io/acme/api:1.5.0\n',
      }),
    );
    expect(result.previousTag).toBe('1.4.2');
    expect(result.changes).toEqual([
      {
        location: 'doc 1: spec.template.spec.initContainers[0].image',
        previous: 'ghcr.io/acme/api:1.4.2',
        value: 'ghcr.io/acme/api:1.5.0',
      },
      {
        location: 'doc 1: spec.template.spec.containers[0].image',
        previous: `ghcr.io/acme/api:1.4.2@${OLD_DIGEST}`,
        value: 'ghcr.io/acme/api:1.5.0',
      },
      {
        location: 'doc 3: spec.jobTemplate.spec.template.spec.containers[0].image',
        previous: 'ghcr.io/acme/api:1.4.2',
        value: 'ghcr.io/acme/api:1.5.0',
      },
      {
        location: 'doc 4: spec.ephemeralContainers[0].image',
        previous: 'ghcr.io/acme/api',
        value: 'ghcr.io/acme/api:1.5.0',
      },
    ]);
    expectStringAt(
      result.text,
      ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image'],
      'ghcr.io/acme/api:1.5.0',
      2,
    );
    const before = parseAllDocuments(app).map((doc) => doc.toJS() as unknown);
    const after = parseAllDocuments(result.text).map((doc) => doc.toJS() as unknown);
    expect(after[1]).toEqual(before[1]);
    expect(after).toHaveLength(before.length);
  });

  it('writes repo:tag@digest when both are given and repo@digest for a digest alone', () => {
    const both = edit(app, set('ghcr.io/acme/api', { tag: '1.5.0', digest: DIGEST_A }));
    expectStringAt(
      both.text,
      ['spec', 'template', 'spec', 'containers', 0, 'image'],
      `ghcr.io/acme/api:1.5.0@${DIGEST_A}`,
    );
    expect(both.changes).toHaveLength(4);
    const digestOnly = edit(app, set('ghcr.io/acme/api', { digest: DIGEST_B }));
    expect(digestOnly.text).toBe(
      rewritten({
        [API_LINES.init]: `image: ghcr.io/acme/api@${DIGEST_B}   # same build`,
        [API_LINES.main]: `image: "ghcr.io/acme/api@${DIGEST_B}"`,
        [API_LINES.cron]: `image: 'ghcr.io/acme/api@${DIGEST_B}'`,
        [API_LINES.debug]: `image: ghcr.io/acme/api@${DIGEST_B}\n`,
      }),
    );
    expect(digestOnly.previousTag).toBe('1.4.2');
  });

  it('keeps registry ports in the repository', () => {
    const result = edit(app, set('localhost:5000/proxy', { tag: '0.10.0' }));
    expectSplice(
      app,
      result.text,
      'localhost:5000/proxy:0.9.1',
      'localhost:5000/proxy:0.9.1',
      'localhost:5000/proxy:0.10.0',
    );
    expect(result.previousTag).toBe('0.9.1');
    expect(result.changes[0]?.location).toBe('doc 1: spec.template.spec.containers[1].image');
  });

  it('edits flow-style containers', () => {
    const result = edit(app, set('ghcr.io/acme/toolbox', { tag: '1.1' }));
    expectSplice(
      app,
      result.text,
      'image: ghcr.io/acme/toolbox:1.0}',
      'ghcr.io/acme/toolbox:1.0',
      'ghcr.io/acme/toolbox:1.1',
    );
  });

  it('matches Docker Hub short names and keeps the spelling found in the file', () => {
    const input =
      'spec:\n  containers:\n  - image: nginx:1.25\n  - image: docker.io/library/nginx:1.25 # pinned\n';
    const result = edit(input, set('docker.io/nginx', { tag: '1.27' }));
    expect(result.text).toBe(
      'spec:\n  containers:\n  - image: nginx:1.27\n  - image: docker.io/library/nginx:1.27 # pinned\n',
    );
  });

  it('is a no-op when every image already has the tag', () => {
    const once = applyEdit(app, set('ghcr.io/acme/api', { tag: '1.5.0' })).text;
    expect(applyEdit(once, set('ghcr.io/acme/api', { tag: '1.5.0' }))).toEqual({
      text: once,
      changed: false,
      changes: [],
      previousTag: '1.5.0',
    });
  });

  it('reports the tag of the first match, which may be none', () => {
    const input = 'spec:\n  containers:\n  - image: x.io/a\n  - image: x.io/a:1\n';
    const result = edit(input, set('x.io/a', { tag: '2' }));
    expect(result.previousTag).toBeNull();
    expect(result.text).toBe('spec:\n  containers:\n  - image: x.io/a:2\n  - image: x.io/a:2\n');
  });

  it('handles a file without a final newline', () => {
    const input = 'spec:\n  containers:\n  - image: x.io/a:1';
    expect(edit(input, set('x.io/a', { tag: '2' })).text).toBe('spec:\n  containers:\n  - image: x.io/a:2');
  });
});

describe('manifest: errors', () => {
  const fail = (input: string, req: EditRequest) => errorOf(() => applyEdit(input, req));

  it('lists the images found when none matches', () => {
    expect(fail(app, set('ghcr.io/acme/nope', { tag: '1.0.0' }))).toBe(
      "image 'ghcr.io/acme/nope' not found in any containers, initContainers or ephemeralContainers (images found: " +
        `'ghcr.io/acme/api:1.4.2', '${`ghcr.io/acme/api:1.4.2@${OLD_DIGEST}`.slice(0, 80)}…' (94 characters), ` +
        "'localhost:5000/proxy:0.9.1', 'ghcr.io/acme/toolbox:1.0', 'ghcr.io/acme/api'); " +
        'check the image repository (without tag or digest)',
    );
    expect(fail('kind: ConfigMap\n', set('x.io/a', { tag: '1' }))).toContain(
      '(no container images found at all)',
    );
  });

  it('refuses an image that is an alias of an anchor', () => {
    expect(fail(corpus('manifests/anchored.yaml'), set('ghcr.io/acme/api', { tag: '1.1.0' }))).toBe(
      'doc 1: spec.template.spec.containers[0].image is an alias of anchor &img ' +
        "(defined at metadata.annotations.image); edit the anchor's value instead",
    );
  });

  it('reports invalid YAML in a later document with its line in the file', () => {
    expect(fail(`${app}---\nkind: Pod\nspec: [\n`, set('ghcr.io/acme/api', { tag: '1.0.0' }))).toMatch(
      /^Invalid YAML at line 6[0-9], column \d+: /,
    );
  });

  it('refuses a block scalar image', () => {
    const input = 'spec:\n  containers:\n  - image: >-\n      x.io/a:1\n';
    expect(fail(input, set('x.io/a', { tag: '2' }))).toBe(
      "doc 1: spec.containers[0].image is a block scalar (>); rewrite it as a single-line value (e.g. 'x.io/a:2') " +
        'and run again',
    );
  });
});
