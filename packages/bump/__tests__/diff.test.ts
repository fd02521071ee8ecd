import { unifiedDiff } from '../src/diff.js';

describe('unifiedDiff', () => {
  it('prints one git-style hunk with 3 lines of context around the changed lines', () => {
    const before = 'a\nb\nc\nd\ntag: 1\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\ntag: 2\ne\nf\ng\nh\n';
    expect(unifiedDiff('x.yaml', before, after)).toBe(
      [
        'diff --git a/x.yaml b/x.yaml',
        '--- a/x.yaml',
        '+++ b/x.yaml',
        '@@ -2,7 +2,7 @@',
        ' b',
        ' c',
        ' d',
        '-tag: 1',
        '+tag: 2',
        ' e',
        ' f',
        ' g',
        '',
      ].join('\n'),
    );
  });

  it('handles an added line at the end and equal texts', () => {
    expect(unifiedDiff('k.yaml', 'a\n', 'a\nb\n')).toBe(
      'diff --git a/k.yaml b/k.yaml\n--- a/k.yaml\n+++ b/k.yaml\n@@ -1 +1,2 @@\n a\n+b\n',
    );
    expect(unifiedDiff('k.yaml', 'a\n', 'a\n')).toBe('');
  });
});
