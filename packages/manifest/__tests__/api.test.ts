import {
  applyEdit,
  detectFormat,
  imageInputProblem,
  isValidDigest,
  isValidTag,
  parseImageReference,
  type EditRequest,
} from '@gitops-actions/manifest';
import { DIGEST_A, errorOf } from './helpers.js';

describe('detectFormat', () => {
  it.each([
    ['overlays/prod/kustomization.yaml', 'kustomize'],
    ['kustomization.yml', 'kustomize'],
    ['base/Kustomization', 'kustomize'],
    ['C:\\gitops\\kustomization.yaml', 'kustomize'],
    ['envs/prod/values.yaml', 'helm'],
    ['kustomization.yaml.bak', 'helm'],
    ['my-kustomization.yaml', 'helm'],
  ])('%s is %s', (path, format) => expect(detectFormat(path)).toBe(format));
});

describe('tags, digests and image references', () => {
  it('validates OCI tags', () => {
    for (const tag of ['1.0.0', 'v1', '_x', 'a'.repeat(128), '1.0.0-rc.1_b2'])
      expect(isValidTag(tag)).toBe(true);
    for (const tag of ['', '-x', '.x', 'a'.repeat(129), 'a b', 'a:b', 'a/b', 'é'])
      expect(isValidTag(tag)).toBe(false);
  });

  it('validates sha256 and sha512 digests', () => {
    expect(isValidDigest(DIGEST_A)).toBe(true);
    expect(isValidDigest(`sha512:${'0'.repeat(128)}`)).toBe(true);
    for (const digest of [
      'sha256:abc',
      `sha256:${'A'.repeat(64)}`,
      `md5:${'a'.repeat(64)}`,
      `sha512:${'0'.repeat(64)}`,
    ]) {
      expect(isValidDigest(digest)).toBe(false);
    }
  });

  it.each([
    ['nginx', { repository: 'nginx', tag: null, digest: null }],
    ['ghcr.io/org/api:1.0', { repository: 'ghcr.io/org/api', tag: '1.0', digest: null }],
    [`ghcr.io/org/api:1.0@${DIGEST_A}`, { repository: 'ghcr.io/org/api', tag: '1.0', digest: DIGEST_A }],
    [`ghcr.io/org/api@${DIGEST_A}`, { repository: 'ghcr.io/org/api', tag: null, digest: DIGEST_A }],
    ['localhost:5000/app:1', { repository: 'localhost:5000/app', tag: '1', digest: null }],
    ['localhost:5000/app', { repository: 'localhost:5000/app', tag: null, digest: null }],
    ['registry:5000/team/app:2.0', { repository: 'registry:5000/team/app', tag: '2.0', digest: null }],
  ])('parses %s', (ref, expected) => expect(parseImageReference(ref)).toEqual(expected));
});

describe('request validation', () => {
  const base: EditRequest = { format: 'helm', key: 'image.tag', tag: '1.0.0' };
  const fail = (req: EditRequest) => errorOf(() => applyEdit('image:\n  tag: 0.1.0\n', req));

  it('names the malformed tag or digest', () => {
    expect(fail({ ...base, tag: '-bad' })).toBe(
      "Invalid tag '-bad': a tag is 1-128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'",
    );
    expect(fail({ ...base, digest: 'sha256:123', digestKey: 'image.digest' })).toBe(
      "Invalid digest 'sha256:123': expected sha256: followed by 64 lowercase hex characters",
    );
  });

  it('needs a tag or a digest, treating empty inputs as absent', () => {
    expect(fail({ ...base, tag: '' })).toBe('Nothing to set: give a tag, a digest, or both');
    expect(fail({ format: 'helm', key: 'image.tag' })).toBe('Nothing to set: give a tag, a digest, or both');
    const result = applyEdit('image:\n  tag: 0.1.0\n', { ...base, digest: '', digestKey: '', image: '' });
    expect(result.text).toBe('image:\n  tag: 1.0.0\n');
  });

  it('rejects an unknown format', () => {
    expect(fail({ ...base, format: 'jsonnet' as EditRequest['format'] })).toBe(
      "Unknown format 'jsonnet': use helm, kustomize, manifest or flux",
    );
  });

  it('requires an image for the manifest format', () => {
    expect(fail({ ...base, format: 'manifest' })).toBe(
      'An image is required for format manifest: the repository to update, e.g. ghcr.io/org/api',
    );
    expect(fail({ ...base, format: 'manifest', image: `x.io/a@${DIGEST_A}` })).toContain(
      "Invalid image 'x.io/a@",
    );
  });
});

describe('imageInputProblem', () => {
  const base = { tag: '1.2.0', digest: '', image: '', format: 'helm' };
  it('names the input at fault, or nothing when the image is fine', () => {
    expect(imageInputProblem(base)).toBeUndefined();
    expect(imageInputProblem({ ...base, tag: '-bad' })).toMatchObject({ input: 'tag' });
    expect(imageInputProblem({ ...base, digest: 'sha256:xyz' })).toMatchObject({ input: 'digest' });
    expect(imageInputProblem({ ...base, format: 'kustomize' })).toEqual({
      input: 'image',
      message: 'is required with format kustomize',
    });
    expect(imageInputProblem({ ...base, format: 'kustomize', image: 'ghcr.io/acme/api' })).toBeUndefined();
  });
});
