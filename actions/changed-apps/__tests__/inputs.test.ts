// Found by the fuzzing of issue 12: a `path` that is no folder reached git's spawn, which failed with
// `spawn git ENOENT` (or ENAMETOOLONG, ENOTDIR) and named no input.
import { InputReader } from '@gitops-actions/kit';
import { getInputs } from '../src/inputs.js';

const messageOf = (inputs: Record<string, string>): string => {
  try {
    getInputs(new InputReader((n) => inputs[n] ?? ''));
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('changed-apps inputs', () => {
  const map = { 'app-map': 'apps/api/*=api' };

  it.each([
    [
      'promote/../{environment} x',
      "Input 'path' 'promote/../{environment} x' is not a folder in the workspace",
    ],
    ['9'.repeat(327), `Input 'path' '${'9'.repeat(80)}…' (327 characters) is not a folder in the workspace`],
    ['/etc/passwd', "Input 'path' '/etc/passwd' is not a folder in the workspace"],
    ['a\n::warning::x', "Input 'path' 'a\\n::warning::x' holds a line break or a control character"],
  ])('refuses path %j before git runs', (path, message) => {
    expect(messageOf({ ...map, path })).toBe(message);
  });

  it('refuses a before that is not a commit SHA, so it never reaches git as an option', () => {
    expect(messageOf({ ...map, before: '--output=/tmp/x' })).toBe(
      "Input 'before' '--output=/tmp/x' is not a commit SHA (give github.event.before)",
    );
    expect(messageOf({ ...map, before: '0'.repeat(40) })).toBe('no error');
  });
});
