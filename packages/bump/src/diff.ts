// The dry-run diff of the API transport, which has no work tree to run `git diff` in. A bump
// changes a few adjacent lines, so one hunk around the changed span (3 lines of context, as git
// prints) is an exact unified diff.
const CONTEXT = 3;

function lines(text: string): string[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** `git diff`-style unified diff of one file; empty when the texts are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - CONTEXT);
  const toA = Math.min(a.length, endA + CONTEXT);
  const toB = Math.min(b.length, endB + CONTEXT);
  const range = (first: number, count: number) =>
    count === 1 ? `${first + 1}` : `${count === 0 ? first : first + 1},${count}`;
  const body = [
    ...a.slice(from, start).map((l) => ` ${l}`),
    ...a.slice(start, endA).map((l) => `-${l}`),
    ...b.slice(start, endB).map((l) => `+${l}`),
    ...a.slice(endA, toA).map((l) => ` ${l}`),
  ];
  return [
    `diff --git a/${file} b/${file}`,
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${range(from, toA - from)} +${range(from, toB - from)} @@`,
    ...body,
    '',
  ].join('\n');
}
