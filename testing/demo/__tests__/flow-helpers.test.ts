// The pure helpers of the flow: how the demo shows a job summary, and wait-deploy.yml's app map.
import { appsTouched, parseAppMap } from '@gitops-actions/changes';
import { APP_MAP, renderMarkdown } from '@gitops-actions/demo';

describe('renderMarkdown', () => {
  it('renders headings, aligned tables, links and code spans plainly', () => {
    const md = [
      '### bump-manifest',
      '',
      'Committed [`0c81ac1`](http://127.0.0.1:1/acme/gitops/commit/0c81ac1) to `main`.',
      '',
      '| File | Key | Value |',
      '| --- | --- | --- |',
      '| `envs/dev/api/values.yaml` | `image.tag` | `1.3.0` → `1.4.0` |',
      '| `a\\|b` | <code>k</code> | **v** |',
      '',
    ].join('\n');
    expect(renderMarkdown(md)).toBe(
      [
        '  bump-manifest',
        '',
        '  Committed 0c81ac1 <http://127.0.0.1:1/acme/gitops/commit/0c81ac1> to main.',
        '',
        '  File                      Key        Value',
        '  envs/dev/api/values.yaml  image.tag  1.3.0 → 1.4.0',
        '  a|b                       k          v',
      ].join('\n'),
    );
  });
});

describe("the demo's app map (wait-deploy.yml changed-apps)", () => {
  it('maps the merged paths to apps with shell globs', () => {
    const rules = parseAppMap(APP_MAP, 'app-map');
    expect(appsTouched(['envs/prod/api/values.yaml', 'overlays/prod/kustomization.yaml'], rules)).toEqual([
      'api-prod',
    ]);
    expect(appsTouched(['envs/dev/api/values.yaml', 'envs/prod/api/values.yaml'], rules)).toEqual([
      'api-dev',
      'api-prod',
    ]);
    expect(
      appsTouched(['envs/staging/api/values.yaml', 'overlays/staging/kustomization.yaml'], rules),
    ).toEqual(['api-staging']);
    expect(appsTouched(['README.md'], rules)).toEqual([]);
  });
});
