// bump-manifest's inputs.ts: every input parsed and validated once, each error naming its input.
import { InputReader } from '@gitops-actions/kit';
// An action is an entry point, not a library: no exports, and its folder holds only action.yml, README and
// src/. Its inputs.ts is tested from here, by path, as nothing else may import it.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own inputs.ts, not a package API
import { getInputs } from '../actions/bump-manifest/src/inputs.js';

const url = 'file:///srv/gitops.git';

function inputs(values: Record<string, string>) {
  const raw = new InputReader(
    (name) =>
      (({ repository: url, files: 'envs/dev/api/values.yaml', ...values }) as Record<string, string>)[name] ??
      '',
  );
  return getInputs(raw, {});
}

describe('getInputs', () => {
  it.each([
    [{ tag: 'v1+build' }, "Input 'tag' 'v1+build' is not a valid OCI tag"],
    [{ tag: '', digest: '' }, "Input 'tag' or digest is required"],
    [{ digest: 'sha256:abc' }, "Input 'digest' 'sha256:abc' is not a valid digest"],
    [
      { tag: '1', files: '../other/values.yaml' },
      "Input 'files' '../other/values.yaml' leaves the repository",
    ],
    [{ tag: '1', files: '/etc/passwd' }, "Input 'files' '/etc/passwd' is absolute"],
    [{ tag: '1', format: 'kustomize' }, "Input 'image' is required with format kustomize"],
    [{ tag: '1', branch: 'a..b' }, "Input 'branch' 'a..b' is not a valid branch name"],
    [{ tag: '1', 'max-attempts': '0' }, "Input 'max-attempts' must be between 1 and 100"],
    [{ tag: '1', mode: 'merge' }, "Input 'mode'"],
    // (13.5) A pull request goes through the GitHub API: a git URL elsewhere has none.
    [{ tag: '1', mode: 'pr' }, "Input 'mode' pr opens a pull request through the GitHub API"],
  ])('rejects %p', (values, message) => {
    expect(() => inputs(values)).toThrow(message);
  });

  it('turns owner/name into a URL on GITHUB_SERVER_URL and keeps it for links', () => {
    const raw = new InputReader(
      (name) => ({ repository: 'acme/gitops', files: 'a.yaml', tag: '1' })[name] ?? '',
    );
    const parsed = getInputs(raw, { GITHUB_SERVER_URL: 'https://ghe.example.com/' });
    expect(parsed).toMatchObject({
      url: 'https://ghe.example.com/acme/gitops.git',
      repository: 'acme/gitops',
      transport: 'api',
      apiUrl: 'https://ghe.example.com/api/v3',
    });
  });

  it.each([
    [{ repository: 'acme/gitops' }, {}, 'api', 'https://api.github.com'],
    [
      { repository: 'acme/gitops' },
      { GITHUB_API_URL: 'http://127.0.0.1:1/api/v3/' },
      'api',
      'http://127.0.0.1:1/api/v3',
    ],
    [{ repository: 'https://github.com/acme/gitops.git' }, {}, 'git', 'https://api.github.com'],
    [
      { repository: 'https://github.com/acme/gitops.git', transport: 'api' },
      {},
      'api',
      'https://api.github.com',
    ],
    [{ repository: 'acme/gitops', transport: 'git' }, {}, 'git', 'https://api.github.com'],
  ])('resolves transport auto by how the repository is written: %j %j', (values, env, transport, apiUrl) => {
    const raw = new InputReader(
      (name) => (({ files: 'a.yaml', tag: '1', ...values }) as Record<string, string>)[name] ?? '',
    );
    expect(getInputs(raw, env)).toMatchObject({ transport, apiUrl });
  });

  it.each([
    [{ transport: 'ssh' }, "Input 'transport' must be one of auto, git, api, got 'ssh'"],
    [
      { repository: 'file:///srv/gitops.git', transport: 'api' },
      "Input 'transport' api needs the repository as owner/name on GITHUB_SERVER_URL",
    ],
  ])('rejects transport %j', (values, message) => {
    const raw = new InputReader(
      (name) =>
        (({ repository: 'acme/gitops', files: 'a.yaml', tag: '1', ...values }) as Record<string, string>)[
          name
        ] ?? '',
    );
    expect(() => getInputs(raw, {})).toThrow(message);
  });
});

describe('(12.1) credentials in the repository URL', () => {
  const token = 'ghs_S3cretT0kenValue1234';
  it.each([
    `http://x-access-token:${token}@git.example.com/acme/gitops.git`,
    `https://x-access-token:${encodeURIComponent(token)}@git.example.com/acme/gitops.git`,
    `https://${token}@github.com/acme/gitops.git`,
  ])('(12.1) refuses %s, naming the token input, without echoing the credential', (repository) => {
    const error = (() => {
      try {
        inputs({ repository, tag: '1' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a refusal');
    })();
    expect(error.message).toMatch(/^Input 'repository' holds credentials .*'token'/);
    for (const form of [token, encodeURIComponent(token), Buffer.from(token).toString('base64')]) {
      expect(error.message).not.toContain(form);
    }
  });
});

describe('(12.13) key paths', () => {
  it.each([
    [
      { key: '__proto__.polluted', 'create-missing': 'true' },
      "Input 'key' '__proto__.polluted' is not a usable key path",
    ],
    [{ key: 'image.constructor' }, "Input 'key' 'image.constructor' is not a usable key path"],
    [{ 'digest-key': 'prototype' }, "Input 'digest-key' 'prototype' is not a usable key path"],
  ])('(12.13) refuses %j before anything is read', (values, message) => {
    expect(() => inputs({ tag: '1', ...values })).toThrow(message);
  });
});

describe('(12.6) branch', () => {
  it.each([
    ['promote/../x y', "Input 'branch' 'promote/../x y' is not a valid branch name: it holds a space"],
    ['main.lock', "Input 'branch' 'main.lock' is not a valid branch name: it has a part ending with '.lock'"],
    ['-main', "Input 'branch' '-main' is not a valid branch name: it starts with '-'"],
  ])('(12.6) refuses %s before any request, showing the value', (branch, message) => {
    expect(() => inputs({ tag: '1', branch })).toThrow(message);
  });
});
