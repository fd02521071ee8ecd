import { ActionError, displayUrl, hostOf, shown } from '@gitops-actions/kit';

export type GitFailure =
  'auth' | 'protected' | 'not-found' | 'branch-not-found' | 'rejected' | 'unreachable' | 'network' | 'other';

// Checked in this order: a refused push often ends in "unexpected disconnect" too, and must still
// read as a refusal, not as a network failure worth retrying.
// Branch protection and rulesets come before auth: the token was fine, the branch's rules refused it.
const PATTERNS: [GitFailure, RegExp][] = [
  [
    'protected',
    /GH006|GH013|Protected branch update failed|protected branch hook declined|Repository rule violations|push declined due to repository rule violations|protected branch/i,
  ],
  [
    'auth',
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|returned error: 40[13]|HTTP 40[13]\b|Permission to \S+ denied|Permission denied|pre-receive hook declined/i,
  ],
  ['branch-not-found', /Remote branch .* not found|couldn't find remote ref|invalid refspec/i],
  [
    'not-found',
    /repository '.*' not found|does not appear to be a git repository|returned error: 404|HTTP 404\b/i,
  ],
  [
    'unreachable',
    /Could(?: not|n't) resolve (?:host|proxy)|Connection refused|Failed to connect|Couldn't connect to server|No route to host|Network is unreachable/i,
  ],
  [
    'network',
    /Empty reply from server|Operation too slow|unexpected disconnect|Connection reset|timed out|early EOF|RPC failed|returned error: 5\d\d|HTTP 5\d\d\b|remote end hung up|transfer closed|Recv failure|Send failure|SSL_read|TLS recv error|stream \d+ was not closed cleanly/i,
  ],
];

/** Sorts git's stderr into the few cases callers react to differently. */
export function classify(stderr: string): GitFailure {
  if (isRejectedPush(stderr)) return 'rejected';
  return PATTERNS.find(([, pattern]) => pattern.test(stderr))?.[0] ?? 'other';
}

/** The forms a lost push race takes; all mean "fetch the new tip and try again". */
export function isRejectedPush(text: string): boolean {
  return (
    /\[rejected\].*\((fetch first|non-fast-forward|stale info)\)|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(
      text,
    ) ||
    // An atomic push refuses every ref with "atomic transaction failed"; only the server's own
    // message says that a ref was not at its expected value (another writer moved it).
    (/\[remote rejected\].*\(atomic (transaction|push) fail/i.test(text) &&
      /cannot lock ref .* but expected|incorrect old value/i.test(text))
  );
}

/** The caller's names for the inputs a git failure points to. */
export interface GitInputNames {
  repository: string;
  branch: string;
  token: string;
}

export const GIT_INPUTS: GitInputNames = { repository: 'repository', branch: 'branch', token: 'token' };

export class GitError extends ActionError {
  constructor(
    operation: string,
    readonly failure: GitFailure,
    cause: string,
    hint?: string,
  ) {
    super(operation, cause, {
      hint,
      retryable: failure === 'network' || failure === 'rejected',
    });
    this.name = 'GitError';
  }
}

/** A push the server refused for one ref, in words no classification knows: the ref and the words. */
export class RefRefused extends GitError {
  constructor(
    operation: string,
    readonly ref: string,
    readonly words: string,
  ) {
    super(operation, 'other', `the server refused ${ref} (${shown(words)})`);
  }
}

/** What a git command's failure says to a person: the case in words, git's own phrase, the fix. */
export function gitFailure(
  operation: string,
  stderr: string,
  ctx: { command: string; url: string; branch: string; inputs: GitInputNames },
): GitError {
  const failure = classify(stderr);
  const host = hostOf(ctx.url);
  const phrase = keyPhrase(failure, stderr);
  const said = phrase ? ` (git: ${shown(phrase)})` : '';
  const causes: Partial<Record<GitFailure, string>> = {
    auth: `${host} refused the ${ctx.command === 'push' ? 'push' : 'token'}${said}`,
    protected: protectedCause(host, ctx.branch, stderr),
    unreachable: `could not reach ${host}${said}`,
    network: `the connection to ${host} failed${said}`,
  };
  const last = lastLines(stderr);
  const cause =
    causes[failure] ?? (last ? `git said ${shown(last, { max: 300 })}` : `git ${ctx.command} failed`);
  return new GitError(operation, failure, cause, hintFor(failure, ctx, host));
}

function hintFor(
  failure: GitFailure,
  ctx: { command: string; url: string; branch: string; inputs: GitInputNames },
  host: string,
): string | undefined {
  const { repository, branch, token } = ctx.inputs;
  const where = displayUrl(ctx.url);
  switch (failure) {
    case 'auth':
      return ctx.command === 'push'
        ? `The token was refused for writing to ${where}: check the ${token} input. It needs contents: write on the GitOps repository (a GITHUB_TOKEN only reaches its own repository; use a GitHub App token or a fine-grained PAT), and branch protection on ${shown(ctx.branch)} must let it push.`
        : `The token was refused for ${where}: check the ${token} input; it must be valid and have contents: read on the repository.`;
    case 'protected':
      return protectionHint(ctx.branch, where);
    case 'not-found':
      return `Check the ${repository} input and that the ${token} input's token can see ${where}.`;
    case 'branch-not-found':
      return `Check the ${branch} input: the branch must exist on ${where}.`;
    case 'unreachable':
      return `Check the ${repository} input: ${host} does not resolve or nothing listens there (a proxy or firewall may be in the way).`;
    case 'network':
      return `A network or server failure between here and ${host}; it was retried. If it persists, check the server's status and any proxy in between.`;
    default:
      return undefined;
  }
}

/**
 * A push refused by branch protection (GH006) or a ruleset (GH013), naming the rule the server gave:
 * GH006 lists it as `remote: error: <rule>`, GH013 as `remote: - <rule>`. The server's words are
 * quoted with shown(), never printed as they came.
 */
function protectedCause(host: string, branch: string, stderr: string): string {
  const ruleset = /GH013|rule violations/i.test(stderr);
  const rules = protectionRules(stderr);
  const what = ruleset ? 'a repository ruleset' : 'branch protection';
  const code = ruleset ? 'GH013' : /GH006/.test(stderr) ? 'GH006' : '';
  const rule = rules.length > 0 ? `: ${shown(rules.join(' '), { max: 300 })}` : '';
  return `${host} refused the push to ${shown(branch)}: ${what}${code ? ` (${code})` : ''}${rule}`;
}

/** The rules a refused push names, without the heading lines. */
export function protectionRules(stderr: string): string[] {
  const rules: string[] = [];
  for (const raw of stderr.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const listed = /^remote: - (.+)$/.exec(line)?.[1];
    const error = /^remote: error: (.+)$/.exec(line)?.[1];
    if (listed) rules.push(listed.trim());
    else if (error && !/GH00\d|GH01\d/.test(error)) rules.push(error.trim());
    else if (/^remote: GitLab: /.test(line)) rules.push(line.slice('remote: GitLab: '.length).trim());
  }
  return rules;
}

/** The fix, without naming an input (the caller, which has a pull-request mode, names its own). */
export function protectionHint(branch: string, where: string, prMode?: string): string {
  const instead = prMode ?? 'open a pull request instead of pushing';
  return `${shown(branch)} of ${where} is protected and this token may not push to it: ${instead}, or allow the bot (the GitHub App or user behind the token) in the branch protection rule's or ruleset's bypass list. Retrying cannot help.`;
}

/** The words of git's stderr that made the classification, at most a line's end. */
function keyPhrase(failure: GitFailure, stderr: string): string {
  const pattern = PATTERNS.find(([kind]) => kind === failure)?.[1];
  const match = pattern?.exec(stderr);
  if (!match) return '';
  const rest = stderr.slice(match.index).split('\n')[0] ?? '';
  return rest.trim();
}

function lastLines(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        l &&
        !l.startsWith('hint:') &&
        !/^(Cloning into|remote: (Counting|Compressing|Enumerating|Total))/.test(l),
    );
  return lines.slice(-3).join('; ');
}
