import { ManifestError, requestForFile } from '@gitops-actions/manifest';

describe('requestForFile', () => {
  it('resolves auto from the file name and keeps the rest of the target', () => {
    const target = { format: 'auto' as const, image: 'ghcr.io/acme/web', tag: '1.0', key: 'image.tag' };
    expect(requestForFile('overlays/dev/kustomization.yaml', target)).toEqual({
      ...target,
      format: 'kustomize',
    });
    expect(requestForFile('envs/dev/values.yaml', target)).toEqual({ ...target, format: 'helm' });
  });

  it('refuses a Kustomize or manifest file without an image to match', () => {
    expect(() => requestForFile('k/Kustomization', { format: 'auto', tag: '1', key: 'image.tag' })).toThrow(
      new ManifestError('it is a kustomize file, so the image input is required to find the entry'),
    );
    expect(() => requestForFile('deploy.yaml', { format: 'manifest', tag: '1', key: 'image.tag' })).toThrow(
      ManifestError,
    );
  });
});
