// The root action's inputs.ts: every input parsed and validated once, each error naming its input.
import { InputReader } from '@gitops-actions/kit';
import { deploySecrets } from '@gitops-actions/deploy';
// An action is an entry point, not a library: its inputs.ts is tested from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own inputs.ts, not a package API
import { getInputs } from '../actions/deploy/src/inputs.js';

const raw = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');
const base = {
  image: 'ghcr.io/acme/api',
  'gitops-repository': 'acme/gitops',
  'gitops-files': 'envs/dev/api/values.yaml',
};
const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_ACTOR: 'octocat', GITHUB_TOKEN: 'ghs_job' };

describe('deploy inputs', () => {
  it('builds the publish, scan and bump requests from one set of inputs', () => {
    const inputs = getInputs(raw(base), env);
    expect(inputs.image).toMatchObject({ context: '.', file: 'Dockerfile', tagTemplate: '{version}-{sha7}' });
    expect(inputs.image.image.name).toBe('ghcr.io/acme/api');
    // GHCR: the actor and the job token log in unless told otherwise.
    expect(inputs.image).toMatchObject({ username: 'octocat', password: 'ghs_job' });
    expect([...inputs.scan.severities]).toEqual(['HIGH', 'CRITICAL']);
    expect(inputs.gitops).toMatchObject({
      url: 'https://github.com/acme/gitops.git',
      repository: 'acme/gitops',
      branch: 'main',
      files: ['envs/dev/api/values.yaml'],
      key: 'image.tag',
      format: 'auto',
    });
    expect(inputs.argocd).toBeUndefined();
  });

  it('waits only with an Argo CD server and wait not false', () => {
    const argo = {
      ...base,
      'argocd-server': 'argocd.example.com/',
      'argocd-token': 'argocd-token-value',
      'argocd-applications': 'dev/api',
    };
    expect(getInputs(raw(argo), env).argocd).toEqual({
      server: 'https://argocd.example.com',
      token: 'argocd-token-value',
      apps: [{ namespace: 'dev', name: 'api' }],
      sync: false,
      timeoutMs: 600_000,
      inputs: {
        server: 'argocd-server',
        token: 'argocd-token',
        applications: 'argocd-applications',
        sync: 'argocd-sync',
        timeout: 'argocd-timeout',
      },
    });
    expect(getInputs(raw({ ...argo, wait: 'false' }), env).argocd).toBeUndefined();
  });

  it("hands each package the root action's own input names, for its errors and hints", () => {
    const inputs = getInputs(raw(base), env);
    expect(inputs.gitops.inputNames).toEqual({
      repository: 'gitops-repository',
      branch: 'gitops-branch',
      token: 'gitops-token',
      files: 'gitops-files',
      key: 'gitops-key',
      digestKey: 'gitops-digest-key',
    });
    expect(inputs.scan.inputNames).toEqual({
      ignoreFile: 'ignore-file',
      trivyPath: 'trivy-path',
      trivyUrl: 'trivy-url',
      trivyChecksum: 'trivy-checksum',
      dbRepository: 'db-repository',
    });
  });

  it('names the input at fault', () => {
    expect(() => getInputs(raw({ ...base, 'gitops-branch': 'a..b' }), env)).toThrow(
      "Input 'gitops-branch' 'a..b' is not a valid branch name",
    );
    expect(() => getInputs(raw({ ...base, 'gitops-repository': 'not a repo' }), env)).toThrow(
      /^Input 'gitops-repository' must be owner\/name/,
    );
    expect(() =>
      getInputs(
        raw({
          ...base,
          'argocd-server': 'ftp://x',
          'argocd-token': 'argocd-token-value',
          'argocd-applications': 'a',
        }),
        env,
      ),
    ).toThrow("Input 'argocd-server' must use https:// (or http://), got 'ftp:'");
    expect(() => getInputs(raw({ ...base, username: 'bot', password: '' }), {})).toThrow(
      "Input 'password' is required when the other of username/password is given",
    );
  });
});

describe('deploy inputs, hostile (issue 12)', () => {
  const base = { image: 'ghcr.io/acme/api', 'gitops-repository': 'acme/gitops', 'gitops-files': 'v.yaml' };
  const messageOf = (inputs: Record<string, string>): string => {
    try {
      getInputs(new InputReader((n) => inputs[n] ?? ''), {});
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('(12.2) refuses a trivy-url or trivy-path holding a line break, like scan-gate', () => {
    expect(messageOf({ ...base, 'trivy-url': 'https://m.example/x\n::warning::forged' })).toMatch(
      /^Input 'trivy-url' .* holds whitespace or a control character/,
    );
    expect(messageOf({ ...base, 'trivy-path': '/bin/trivy\n::warning::x' })).toMatch(
      /^Input 'trivy-path' .* holds a line break or a control character$/,
    );
    expect(messageOf({ ...base, 'trivy-url': 'https://m.example/{nope}' })).toMatch(
      /^Input 'trivy-url' has unknown placeholder '\{nope\}'/,
    );
  });

  it('(12.14) takes build-secrets as build-tag-push does, and masks their values', () => {
    const request = getInputs(
      new InputReader((n) => ({ ...base, 'build-secrets': 'npm_token=npm-secret-value' })[n] ?? ''),
      {},
    );
    expect(request.image.buildSecrets).toEqual([{ id: 'npm_token', value: 'npm-secret-value' }]);
    expect(deploySecrets(request)).toContain('npm-secret-value');
    expect(messageOf({ ...base, 'build-secrets': 'npm_token=x' })).toMatch(/^Input 'build-secrets' /);
  });

  it('checks the Argo CD inputs given even when the wait is off (fuzz find)', () => {
    expect(messageOf({ ...base, wait: 'false', 'argocd-sync': '99999999999999999999' })).toMatch(
      /^Input 'argocd-sync' must be true or false/,
    );
    expect(messageOf({ ...base, 'argocd-timeout': '99h' })).toMatch(
      /^Input 'argocd-timeout' must be between/,
    );
  });

  it('(12.13) refuses __proto__ in gitops-key before anything runs, naming it', () => {
    expect(messageOf({ ...base, 'gitops-key': '__proto__.polluted' })).toMatch(
      /^Input 'gitops-key' '__proto__.polluted' is not a usable key path/,
    );
  });

  it('(12.1) refuses credentials in URLs and says which input the token belongs in', () => {
    expect(messageOf({ ...base, 'gitops-repository': 'https://u:ghs_secret12345@h/a/b.git' })).toContain(
      "the token in 'gitops-token'",
    );
    expect(messageOf({ ...base, 'trivy-url': 'https://u:p@m.example/{asset}' })).toContain('set trivy-path');
  });
});
