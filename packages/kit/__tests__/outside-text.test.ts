import {
  InputReader,
  Runner,
  Secrets,
  branchInput,
  code,
  displayUrl,
  escapeCell,
  gitRepositoryInput,
  httpUrlInput,
  link,
  parseWorkflowCommands,
  shown,
  table,
} from '@gitops-actions/kit';

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
};

function printed(text: string): string {
  const lines: string[] = [];
  new Runner({}, (l) => lines.push(l)).info(text);
  return lines.join('\n');
}

describe('outside text in the log (issue 12, defect 2)', () => {
  it.each([
    ['an Argo CD message', 'OutOfSync\n::warning::pwned\n::set-output name=x::y'],
    ['an indented diff line', '  key: |\n     ::set-output name=x::y'],
    ['a carriage return', 'ok\r::error::forged'],
    ['a legacy command', 'text\n##[set-output name=x;]y'],
    ['a non-breaking indent', '\u00a0::add-mask::letters'],
  ])('prints %s inert, byte for byte', (_, text) => {
    const out = printed(text);
    expect(parseWorkflowCommands(out)).toEqual([]);
    expect(out).toContain(text);
    expect(out.split(/\r\n|\r|\n/)[0]).toMatch(/^::stop-commands::/);
  });

  it('leaves harmless text as it is', () => {
    expect(printed('Synced · Healthy at abc1234 :: done')).toBe('Synced · Healthy at abc1234 :: done');
  });

  it('uses a token no text can predict', () => {
    const a = printed('::x::');
    const b = printed('::x::');
    expect(a.split('\n')[0]).not.toBe(b.split('\n')[0]);
  });
});

describe('shown (defect 12)', () => {
  it('cuts long values and says how long they were', () => {
    const out = shown('a'.repeat(100_000));
    expect(out.length).toBeLessThan(120);
    expect(out).toContain('(100000 characters)');
  });

  it('escapes controls, bidi overrides and zero-width characters', () => {
    expect(shown('main\u202Egpj.exe')).toBe("'main\\u{202E}gpj.exe'");
    expect(shown('a\nb\tc\u0000\u200b')).toBe("'a\\nb\\tc\\u{0}\\u{200B}'");
  });

  it('echoes numbers as given, and enum lists without empty entries', () => {
    const raw = new InputReader((n) => ({ n: '100000000000000000000000', e: 'x' })[n] ?? '');
    expect(messageOf(() => raw.integer('n', { min: 1, max: 5, default: 1 }))).toContain(
      "got '100000000000000000000000'",
    );
    expect(messageOf(() => raw.enum('e', ['', 'merge', 'squash'], ''))).toBe(
      "Input 'e' must be one of merge, squash, got 'x'",
    );
  });
});

describe('secret inputs (defect 5)', () => {
  it('refuses a value too short to be a token, naming the input', () => {
    const raw = new InputReader((n) => ({ token: 'x' })[n] ?? '');
    expect(messageOf(() => raw.secret('token'))).toBe(
      "Input 'token' is 1 character long; no real token is shorter than 8 (check the secret it comes from)",
    );
  });

  it('refuses a control character in a secret without echoing it (fuzz find)', () => {
    const raw = new InputReader((n) => ({ token: 'ghs_abcdefgh\n::warning::x' })[n] ?? '');
    expect(messageOf(() => raw.secret('token'))).toBe(
      "Input 'token' holds a space, a line break, a control character or '::'; a token is one word of printable characters",
    );
  });

  it('refuses a secret that would read as a command on its ::add-mask:: line (fuzz find)', () => {
    const raw = new InputReader((n) => ({ token: '::error::FORGED indented' })[n] ?? '');
    expect(messageOf(() => raw.secret('token'))).toMatch(/^Input 'token' holds a space/);
  });

  it('masks a secret raw, URL-encoded and in git Basic form, and redacts all of them', () => {
    const lines: string[] = [];
    const secrets = new Secrets(new Runner({}, (l) => lines.push(l)));
    secrets.add('ghs_a@b/c');
    expect(lines).toContain('::add-mask::ghs_a@b/c');
    expect(lines).toContain('::add-mask::ghs_a%2540b%252Fc');
    expect(secrets.redact('x ghs_a%40b%2Fc y')).toBe('x *** y');
  });
});

describe('branch names (defect 6)', () => {
  it.each([
    ['promote/../{environment} x', 'holds a space'],
    ['promote/../prod', "holds '..'"],
    ['a/.hidden', "part starting with '.'"],
    ['a.lock/b', '.lock'],
    ['a//b', "'//'"],
    ['-x', "starts with '-'"],
    ['x@{1}', "'@{'"],
    ['HEAD', 'reserved'],
    ['a\u0007b', 'control character'],
    ['a:b', '~ ^ :'],
    ['ends.', "ends with '.'"],
  ])('refuses %j', (name, reason) => {
    expect(messageOf(() => branchInput('branch', name))).toMatch(
      /^Input 'branch' '.*' is not a valid branch name: it /,
    );
    expect(messageOf(() => branchInput('branch', name))).toContain(reason);
  });

  it('accepts what git accepts, refs/heads/ stripped', () => {
    expect(branchInput('b', 'refs/heads/promote/prod-1.2.3')).toBe('promote/prod-1.2.3');
    expect(branchInput('b', 'feature/ünïcode')).toBe('feature/ünïcode');
  });
});

describe('URLs and credentials (defect 1)', () => {
  it('refuses credentials in a repository URL and says where the token goes', () => {
    const message = messageOf(() =>
      gitRepositoryInput(
        'repository',
        'http://x-access-token:ghs_secret@host/acme/gitops.git',
        'https://github.com',
        'token',
      ),
    );
    expect(message).toContain("Input 'repository' holds credentials");
    expect(message).toContain("'token'");
    expect(message).not.toContain('ghs_secret');
  });

  it('refuses a token holding a slash, which ends the authority for a URL parser (fuzz find)', () => {
    const value = 'https://x-access-token:zQ7v/AAAAx9@127.0.0.1:1/acme/gitops.git';
    const opts = { tokenInput: 'token', example: 'https://argocd.example.com' };
    for (const message of [
      messageOf(() => httpUrlInput('server', value, opts)),
      messageOf(() => gitRepositoryInput('repository', value, 'https://github.com', 'token')),
      messageOf(() => httpUrlInput('server', 'https://u:to ken/x@h', opts)),
    ]) {
      expect(message).toContain('holds credentials');
      expect(message).not.toMatch(/zQ7v|AAAAx9|to ken/);
    }
  });

  it('checks http URL inputs', () => {
    const opts = { tokenInput: 'sonar-token', example: 'https://sonar.example.com' };
    expect(httpUrlInput('u', 'sonar.example.com/', opts)).toBe('https://sonar.example.com');
    expect(messageOf(() => httpUrlInput('u', 'http://x\n::warning::y', opts))).toContain('control character');
    expect(messageOf(() => httpUrlInput('u', 'https://a:b@h', opts))).toContain("'sonar-token'");
  });

  it('prints URLs without userinfo, query or fragment', () => {
    expect(displayUrl('https://u:p@h.example/a/b?token=1#f')).toBe('https://h.example/a/b');
    expect(displayUrl('not a url u:p@x')).toBe('not a url u:p@x');
    expect(displayUrl('http://u:to/ken@host:99999/a')).toBe('http://host:99999/a');
  });
});

describe('summary cells (defect 10)', () => {
  it('keeps a table whole whatever the values hold', () => {
    const cell = 'a|b\nc\r\nd <img src=x>';
    const md = table(['A', 'B'], [[escapeCell(cell), code(cell)]]);
    const lines = md.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    // Two cells: only the four outer/inner separators are unescaped pipes.
    expect(lines[2]!.match(/(?<!\\)\|/g)).toHaveLength(3);
    expect(escapeCell(cell)).toContain('&lt;img');
    expect(link(code('x'), 'https://h/a b)|')).toBe('[`x`](https://h/a%20b%29%7C)');
  });
});
