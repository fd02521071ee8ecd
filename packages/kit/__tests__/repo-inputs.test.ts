import {
  InputError,
  InputReader,
  githubApiUrl,
  githubServerUrl,
  gitTransportInput,
  registryLoginInputs,
} from '@gitops-actions/kit';

const from = (values: Record<string, string>): InputReader => new InputReader((name) => values[name] ?? '');
const ACTIONS_ENV = { GITHUB_ACTOR: 'octocat', GITHUB_TOKEN: 'ghs_token' };

describe('registryLoginInputs', () => {
  it('defaults to the actor and GITHUB_TOKEN on ghcr.io only', () => {
    expect(registryLoginInputs(from({}), 'ghcr.io', ACTIONS_ENV)).toEqual({
      username: 'octocat',
      password: 'ghs_token',
    });
    expect(registryLoginInputs(from({}), 'registry.example.com', ACTIONS_ENV)).toEqual({
      username: '',
      password: '',
    });
  });

  it('takes explicit inputs over the defaults, and completes a half given on ghcr.io', () => {
    const raw = from({ username: 'bot', password: 'pat-0123456789' });
    expect(registryLoginInputs(raw, 'ghcr.io', ACTIONS_ENV)).toEqual({
      username: 'bot',
      password: 'pat-0123456789',
    });
    expect(registryLoginInputs(from({ password: 'pat-0123456789' }), 'ghcr.io', ACTIONS_ENV)).toEqual({
      username: 'octocat',
      password: 'pat-0123456789',
    });
  });

  it('names the missing half of the pair', () => {
    const missingPassword = () => registryLoginInputs(from({ username: 'bot' }), 'quay.io', {});
    expect(missingPassword).toThrow(InputError);
    expect(missingPassword).toThrow(/password.*required when the other of username\/password is given/);
    expect(() => registryLoginInputs(from({ password: 'pat-0123456789' }), 'quay.io', {})).toThrow(
      /username/,
    );
    expect(() => registryLoginInputs(from({ username: 'bot' }), 'ghcr.io', { GITHUB_ACTOR: 'x' })).toThrow(
      /password/,
    );
  });

  it('leaves the login to the docker config on ghcr.io when GITHUB_TOKEN is not in the environment', () => {
    // The actor alone is no login; before, this asked for a password the user never meant to give.
    expect(registryLoginInputs(from({}), 'ghcr.io', { GITHUB_ACTOR: 'octocat' })).toEqual({
      username: '',
      password: '',
    });
  });
});

describe('gitTransportInput', () => {
  const onServer = { value: 'acme/gitops', fullName: 'acme/gitops' };
  const elsewhere = { value: 'https://git.example.com/acme/gitops.git', fullName: null };

  it('picks the API for owner/name and git for an explicit URL', () => {
    expect(gitTransportInput('transport', 'auto', onServer)).toBe('api');
    expect(gitTransportInput('transport', 'auto', elsewhere)).toBe('git');
    expect(gitTransportInput('transport', 'git', onServer)).toBe('git');
  });

  it('refuses the API for a repository that is not on GITHUB_SERVER_URL, naming the input', () => {
    expect(() => gitTransportInput('gitops-transport', 'api', elsewhere)).toThrow(
      /Input 'gitops-transport' api needs the repository as owner\/name/,
    );
  });
});

describe('githubServerUrl and githubApiUrl', () => {
  it("use the runner's values, without trailing slashes", () => {
    const env = {
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
    };
    expect(githubServerUrl(env)).toBe('https://ghe.example.com');
    expect(githubApiUrl(env, githubServerUrl(env))).toBe('https://ghe.example.com/api/v3');
  });

  it("derive github.com's API, and GHES's /api/v3, outside a runner", () => {
    expect(githubApiUrl({}, githubServerUrl({}))).toBe('https://api.github.com');
    expect(githubApiUrl({}, 'https://ghe.example.com')).toBe('https://ghe.example.com/api/v3');
  });
});
