// (16.3) Flux setter markers: the fields Flux's image automation would update, updated byte-minimally.
import { applyEdit, fluxPolicyProblem, type EditRequest } from '@gitops-actions/manifest';
import { corpus, DIGEST_A, DIGEST_B, edit, errorOf, expectSplice } from './helpers.js';

const OLD_DIGEST = `sha256:${'1'.repeat(64)}`;
const flux = (policy: string, extra: Partial<EditRequest>): EditRequest => ({
  format: 'flux',
  key: policy,
  ...extra,
});

/** The input with each listed text replaced exactly once, every other byte kept. */
function rewritten(input: string, replacements: Array<[string, string]>): string {
  let out = input;
  for (const [from, to] of replacements) {
    expect(out.split(from)).toHaveLength(2);
    out = out.replace(from, () => to);
  }
  return out;
}

describe("(16.3) format flux on the image automation guide's examples", () => {
  const deployment = corpus('flux/deployment.yaml');
  const helmRelease = corpus('flux/helmrelease.yaml');

  it('sets the full image reference of a marked container image, keeping the marker', () => {
    const result = edit(deployment, flux('flux-system:podinfo', { tag: '5.0.3' }));
    expectSplice(
      deployment,
      result.text,
      'image: ghcr.io/acme/podinfo:5.0.0 # {"$imagepolicy": "flux-system:podinfo"}',
      '5.0.0',
      '5.0.3',
    );
    expect(result.previousTag).toBe('5.0.0');
    expect(result.changes).toEqual([
      {
        location: 'doc 1: spec.template.spec.containers[0].image',
        previous: 'ghcr.io/acme/podinfo:5.0.0',
        value: 'ghcr.io/acme/podinfo:5.0.3',
      },
    ]);
  });

  it('writes name:tag@digest when a digest is given, as Flux writes a policy with digest reflection', () => {
    const result = edit(deployment, flux('flux-system:podinfo', { tag: '5.0.3', digest: DIGEST_A }));
    expect(result.text).toBe(rewritten(deployment, [['podinfo:5.0.0 #', `podinfo:5.0.3@${DIGEST_A} #`]]));
  });

  it('sets the :name, :tag and :digest fields of HelmRelease values and leaves another policy alone', () => {
    const result = edit(
      helmRelease,
      flux('flux-system:podinfo', {
        image: 'registry.example.com/acme/podinfo',
        tag: '5.0.3',
        digest: DIGEST_A,
      }),
    );
    expect(result.text).toBe(
      rewritten(helmRelease, [
        ['repository: ghcr.io/acme/podinfo #', 'repository: registry.example.com/acme/podinfo #'],
        ['tag: 5.0.0  #', 'tag: 5.0.3  #'],
        ['digest: "" #', `digest: "${DIGEST_A}" #`],
      ]),
    );
    expect(result.text).toContain(
      'image: ghcr.io/acme/metrics:2.1.0 # {"$imagepolicy": "flux-system:metrics"}',
    );
    expect(result.previousTag).toBe('5.0.0');
    expect(result.changes.map((c) => c.location)).toEqual([
      'doc 1: spec.values.image.repository',
      'doc 1: spec.values.image.tag',
      'doc 1: spec.values.image.digest',
    ]);
  });

  it('without an image keeps the :name field, and a tag-only bump clears a stale :digest as Flux does', () => {
    const pinned = helmRelease.replace('digest: ""', `digest: ${DIGEST_B}`);
    const result = edit(pinned, flux('flux-system:podinfo', { tag: '5.0.3' }));
    expect(result.text).toBe(
      rewritten(pinned, [
        ['tag: 5.0.0  #', 'tag: 5.0.3  #'],
        [`digest: ${DIGEST_B} #`, 'digest: "" #'],
      ]),
    );
    expect(result.changes.at(-1)).toEqual({
      location: 'doc 1: spec.values.image.digest',
      previous: DIGEST_B,
      value: '',
    });
  });

  it('a digest-only bump sets :digest and keeps the tag, reporting it as the previous tag', () => {
    const result = edit(helmRelease, flux('flux-system:podinfo', { digest: DIGEST_A }));
    expect(result.text).toBe(rewritten(helmRelease, [['digest: "" #', `digest: "${DIGEST_A}" #`]]));
    expect(result.previousTag).toBe('5.0.0');
  });

  it('sets newName and newTag of a kustomization.yaml, never the images name it matches on', () => {
    const kustomization = corpus('flux/kustomization.yaml');
    const result = edit(
      kustomization,
      flux('flux-system:podinfo', { image: 'registry.example.com/acme/podinfo', tag: '5.0.3' }),
    );
    expect(result.text).toBe(
      rewritten(kustomization, [
        ['newName: ghcr.io/acme/podinfo #', 'newName: registry.example.com/acme/podinfo #'],
        ['newTag: 5.0.0 #', 'newTag: 5.0.3 #'],
      ]),
    );
  });

  it('updates each document of a multi-document file for its own policy only', () => {
    const both = corpus('flux/tekton-and-flux-kustomization.yaml');
    const golang = edit(both, flux('flux-system:golang', { tag: '1.22.5' }));
    expect(golang.text).toBe(rewritten(both, [['golang:1.22.4', 'golang:1.22.5']]));
    expect(golang.changes[0]?.location).toBe('doc 1: spec.steps[0].image');
    const podinfo = edit(both, flux('flux-system:podinfo', { tag: '5.0.3' }));
    expect(podinfo.text).toBe(rewritten(both, [['newTag: 5.0.0', 'newTag: 5.0.3']]));
    expect(podinfo.changes[0]?.location).toBe('doc 2: spec.images[0].newTag');
  });
});

describe('(16.3) format flux keeps every other byte (image-automation-controller #844, #616)', () => {
  const compose = corpus('flux/compose.yaml');

  it('keeps blank lines, block scalars, anchors, merge keys, flow lists and both quoting styles', () => {
    const result = edit(compose, flux('flux-system:api', { tag: '1.5.0' }));
    // Only the two image scalars change; the tag-only bump drops the worker's stale digest.
    expect(result.text).toBe(
      rewritten(compose, [
        ["image: 'ghcr.io/acme/api:1.4.2'   #", "image: 'ghcr.io/acme/api:1.5.0'   #"],
        [`image: "ghcr.io/acme/api:1.4.2@${OLD_DIGEST}" #`, 'image: "ghcr.io/acme/api:1.5.0" #'],
      ]),
    );
    expect(result.text).toContain('\n\n\nservices:\n\n  api:\n');
    expect(result.text).toContain(
      '    command: |\n      serve \\\n        --port 8080\n\n      # not a comment',
    );
    expect(result.text).toContain('      GREETING: >-\n        hello\n        world\n');
    expect(result.changes.map((c) => c.location)).toEqual([
      'doc 1: services.api.image',
      'doc 1: services.worker.image',
    ]);
  });

  it('does not take a "#" inside a quoted value or a block scalar for a marker', () => {
    const text =
      'note: "see # {\\"$imagepolicy\\": \\"flux-system:api\\"}"\nscript: |\n  # {"$imagepolicy": "flux-system:api"}\n' +
      'image: ghcr.io/acme/api:1.0.0 # {"$imagepolicy": "flux-system:api"}\n';
    const result = edit(text, flux('flux-system:api', { tag: '1.1.0' }));
    expect(result.text).toBe(rewritten(text, [['api:1.0.0 #', 'api:1.1.0 #']]));
  });

  it('reads the long $ref form, markers without a space, flow mappings and list items', () => {
    const text =
      'a: ghcr.io/acme/api:1.0.0 # {"$ref": "#/definitions/io.k8s.cli.setters.flux-system:api"}\n' +
      'b: {tag: "1.0.0" #{"$imagepolicy":"flux-system:api:tag"}\n  }\n' +
      'c:\n  - ghcr.io/acme/api:1.0.0 ## {"$imagepolicy": "flux-system:api"}\n';
    const result = edit(text, flux('flux-system:api', { tag: '1.1.0' }));
    expect(result.text).toBe(text.replaceAll('1.0.0', '1.1.0'));
    expect(result.changes.map((c) => c.location)).toEqual(['doc 1: a', 'doc 1: b.tag', 'doc 1: c[0]']);
  });

  it('ignores a commented-out line that holds a marker', () => {
    const text =
      '# image: ghcr.io/acme/api:0.9.0 # {"$imagepolicy": "flux-system:api"}\n' +
      'image: ghcr.io/acme/api:1.0.0 # {"$imagepolicy": "flux-system:api"}\n';
    expect(edit(text, flux('flux-system:api', { tag: '1.1.0' })).text).toBe(
      rewritten(text, [['api:1.0.0 #', 'api:1.1.0 #']]),
    );
  });

  it('fills an empty marked field after its colon', () => {
    const text = 'tag: # {"$imagepolicy": "flux-system:api:tag"}\n';
    expect(edit(text, flux('flux-system:api', { tag: '1.1.0' })).text).toBe(
      'tag: 1.1.0 # {"$imagepolicy": "flux-system:api:tag"}\n',
    );
  });
});

describe('(16.3) format flux errors', () => {
  const marked = (comment: string) => `a: 1\nimage: ghcr.io/acme/api:1.0.0 # ${comment}\n`;

  it('names the policy and the markers found when a file has none for the policy', () => {
    const text = corpus('flux/helmrelease.yaml');
    expect(errorOf(() => applyEdit(text, flux('apps:podinfo', { tag: '1.0.0' })))).toBe(
      "no field carries a Flux marker for policy 'apps:podinfo' (markers found for: 'flux-system:podinfo', " +
        '\'flux-system:metrics\'); mark the image field with # {"$imagepolicy": "apps:podinfo"} (or the tag, ' +
        'name and digest fields with :tag, :name, :digest), or leave the file out',
    );
    expect(errorOf(() => applyEdit('a: 1\n', flux('apps:podinfo', { tag: '1.0.0' })))).toContain(
      '(no Flux markers at all)',
    );
  });

  it.each([
    ['{"$imagepolicy": flux-system:api}', 'cannot be read: it is not valid JSON'],
    ['{"$imagepolicy": ["flux-system:api"]}', 'cannot be read: $imagepolicy is not a string'],
    [
      '{"$imagepolicy": "flux-system:api", "x": 1}',
      'cannot be read: every value of the object must be a string',
    ],
    ['{"$imagepolicy": "flux-system"}', 'cannot be read: expected <namespace>:<policy>'],
    ['{"$imagepolicy": "Flux_System:api"}', "cannot be read: 'Flux_System' is not a Kubernetes namespace"],
    ['{"$imagepolicy": "flux-system:api:version"}', "cannot be read: ':version' is not a suffix Flux knows"],
  ])('refuses the malformed marker %s, naming its line', (comment, why) => {
    const message = errorOf(() => applyEdit(marked(comment), flux('flux-system:api', { tag: '1.1.0' })));
    expect(message).toContain(`the Flux marker on line 2 ('${comment}') cannot be read: `);
    expect(message).toContain(why);
    expect(message).toContain('write it as {"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}');
  });

  it("leaves another policy's marker with an unknown suffix alone", () => {
    const text = `${marked('{"$imagepolicy": "flux-system:api"}')}web: x:1 # {"$imagepolicy": "flux-system:web:version"}\n`;
    expect(edit(text, flux('flux-system:api', { tag: '1.1.0' })).changes).toHaveLength(1);
  });

  it('refuses a marker that does not follow a scalar on its line', () => {
    for (const text of [
      '# {"$imagepolicy": "flux-system:api"}\nimage: ghcr.io/acme/api:1.0.0\n',
      'image: # {"$imagepolicy": "flux-system:api"}\n  name: ghcr.io/acme/api\n',
    ]) {
      expect(errorOf(() => applyEdit(text, flux('flux-system:api', { tag: '1.1.0' })))).toBe(
        'the Flux marker on line 1 does not follow a single scalar value on its line; Flux reads markers as ' +
          'key: value # {"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}',
      );
    }
  });

  it('refuses a marked alias and a marked block scalar rather than edit every user of the anchor', () => {
    const alias = 'base: &img ghcr.io/acme/api:1.0.0\nimage: *img # {"$imagepolicy": "flux-system:api"}\n';
    expect(errorOf(() => applyEdit(alias, flux('flux-system:api', { tag: '1.1.0' })))).toContain(
      'is an alias of anchor &img',
    );
    const block = 'image: | # {"$imagepolicy": "flux-system:api"}\n  ghcr.io/acme/api:1.0.0\n';
    expect(errorOf(() => applyEdit(block, flux('flux-system:api', { tag: '1.1.0' })))).toContain(
      'does not follow a single scalar value',
    );
  });

  it('refuses a policy that is not <namespace>:<policy>, and an image with a tag', () => {
    expect(errorOf(() => applyEdit('a: 1\n', flux('image.tag', { tag: '1.0.0' })))).toBe(
      "Invalid Flux policy 'image.tag': expected <namespace>:<policy>, e.g. flux-system:api. With format flux " +
        'the key names the ImagePolicy whose markers to update, as <namespace>:<policy>',
    );
    expect(
      errorOf(() =>
        applyEdit('a: 1\n', flux('flux-system:api', { image: 'ghcr.io/acme/api:1', tag: '1.0.0' })),
      ),
    ).toContain("Invalid image 'ghcr.io/acme/api:1': give the repository only");
  });

  it('checks policy names as Kubernetes does', () => {
    expect(fluxPolicyProblem('flux-system:api.v2-canary')).toBeUndefined();
    for (const bad of ['', 'api', 'a:b:c', ':api', 'ns:', 'ns:API', `${'n'.repeat(64)}:api`, 'ns:-api'])
      expect(fluxPolicyProblem(bad)).toBeDefined();
  });
});
