// The globs of an app map are shell `case` patterns, as the workflow's script used them, so existing
// maps keep their meaning: `*` and `?` cross `/`, `[...]` / `[!...]` are sets with POSIX classes.

const CLASSES: Record<string, string> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  blank: ' \\t',
  digit: '0-9',
  lower: 'a-z',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A shell `case` pattern as an anchored RegExp. */
export function casePattern(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '\\' && i + 1 < glob.length) re += escapeRegExp(glob[++i]!);
    else if (c === '[') {
      const set = bracket(glob, i);
      if (!set) re += '\\[';
      else {
        re += set.source;
        i = set.end;
      }
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`, 'u');
}

/** The set starting at `start`, or undefined when it never closes (then `[` is a literal). */
function bracket(glob: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  let members = '';
  // A `]` right after the opening bracket is a member, not the end.
  for (let first = true; i < glob.length; i++, first = false) {
    const c = glob[i]!;
    if (c === ']' && !first) return { source: `[${negated ? '^' : ''}${members}]`, end: i };
    const posix = /^\[:([a-z]+):\]/.exec(glob.slice(i));
    if (posix && CLASSES[posix[1]!] !== undefined) {
      members += CLASSES[posix[1]!];
      i += posix[0].length - 1;
    } else if (c === '-' && members !== '' && glob[i + 1] !== ']') members += '-';
    else members += c.replace(/[\\\]^[-]/g, '\\$&');
  }
  return undefined;
}
