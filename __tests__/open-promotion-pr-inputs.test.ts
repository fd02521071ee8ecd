// open-promotion-pr's inputs.ts: every input parsed and validated once, before any request.
import { InputReader } from '@gitops-actions/kit';
// An action is an entry point, not a library: its inputs.ts is tested from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own inputs.ts, not a package API
import { getInputs } from '../actions/open-promotion-pr/src/inputs.js';

function inputs(values: Record<string, string>) {
  const given: Record<string, string> = {
    repository: 'acme/gitops',
    token: 'ghs_promotionInputsToken',
    files: 'envs/prod/api/values.yaml',
    image: 'ghcr.io/acme/api',
    tag: '1.4.0',
    ...values,
  };
  return getInputs(new InputReader((name) => given[name] ?? ''), {});
}

describe('(12.6) branch inputs', () => {
  it.each([
    [
      { branch: 'promote/../{environment} x' },
      "Input 'branch' 'promote/../production x' is not a valid branch name: it holds a space or a control character (filled in from 'promote/../{environment} x')",
    ],
    [
      { branch: 'promote/{environment}/../{image-name}' },
      "Input 'branch' 'promote/production/../api' is not a valid branch name: it holds '..' (filled in from 'promote/{environment}/../{image-name}')",
    ],
    [
      { branch: 'promote/{tag}.lock' },
      "Input 'branch' 'promote/1.4.0.lock' is not a valid branch name: it has a part ending with '.lock', or ends with '.' (filled in from 'promote/{tag}.lock')",
    ],
    [
      { branch: 'promote/x~1' },
      "Input 'branch' 'promote/x~1' is not a valid branch name: it holds one of ~ ^ : ? * [ \\",
    ],
    [{ base: 'main..x' }, "Input 'base' 'main..x' is not a valid branch name: it holds '..'"],
    [
      { base: 'release branch' },
      "Input 'base' 'release branch' is not a valid branch name: it holds a space",
    ],
  ])('(12.6) refuses %j, showing the filled-in value', (values, message) => {
    expect(() => inputs(values)).toThrow(message);
  });

  it('(12.6) checks the template without a tag yet when it comes from from-file', () => {
    expect(() => inputs({ tag: '', 'from-file': 'envs/dev/api/values.yaml', branch: 'p/{tag}/..' })).toThrow(
      "Input 'branch' 'p/{tag}/..' is not a valid branch name: it holds '..'",
    );
    expect(inputs({ tag: '', 'from-file': 'envs/dev/api/values.yaml' }).branch).toBe(
      'promote/{environment}/{image-name}',
    );
  });
});

describe('(12.12) echoes', () => {
  it('quotes the environment it refuses and lists merge methods without an empty entry', () => {
    expect(() => inputs({ environment: 'prod\u202Eevil' })).toThrow(
      "Input 'environment' 'prod\\u{202E}evil' must be letters",
    );
    expect(() => inputs({ 'auto-merge': 'ff' })).toThrow(/must be one of merge, squash, rebase, got 'ff'/);
  });

  it('(12.13) refuses a reserved key segment naming the key input', () => {
    expect(() => inputs({ key: 'image.__proto__' })).toThrow(
      "Input 'key' 'image.__proto__' is not a usable key path",
    );
  });
});

describe('(13.1) verify-tag', () => {
  it('(13.1) is auto by default', () => {
    expect(inputs({}).verifyTag).toBe('auto');
  });

  it.each([
    [{ 'verify-tag': 'true', image: '' }, "Input 'image' is needed with verify-tag: true"],
    [{ 'verify-tag': 'true', image: 'ghcr.io/acme/API' }, "Input 'image' is needed with verify-tag: true"],
    [{ 'verify-tag': 'yes' }, "Input 'verify-tag'"],
  ])('(13.1) refuses %j before any request', (values, message) => {
    expect(() => inputs(values)).toThrow(message);
  });
});
