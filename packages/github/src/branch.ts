// What a writer through the Git Data API needs around a branch: its tip, read so that a missing
// branch is told from a missing repository, and the error for a ref update that lost a race.
import { ActionError, shown } from '@gitops-actions/kit';
import { githubMessage, isHttpError } from './errors.js';
import type { BranchTip, RepoClient } from './repo.js';

/** The caller's names for what a missing repository or branch points the user to. */
export interface BranchTipHints {
  /** The input naming the repository, e.g. `repository` or `gitops-repository`. */
  repositoryInput: string;
  /** The input naming the branch, e.g. `base` or `gitops-branch`. */
  branchInput: string;
  /** Why the branch must exist, said after the input name; nothing more when absent. */
  branchNote?: string;
}

/** The tip and its tree in one request; a missing branch is told from a missing repository. */
export async function readBranchTip(
  client: RepoClient,
  branch: string,
  hints: BranchTipHints,
): Promise<BranchTip> {
  const tip = await client.branch(branch);
  if (tip) return tip;
  if (!(await client.repositoryExists())) {
    throw new ActionError(
      `read ${client.fullName}`,
      'the repository does not exist or the token cannot see it',
      {
        hint: `Check the ${hints.repositoryInput} input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).`,
      },
    );
  }
  const note = hints.branchNote ? `; ${hints.branchNote}.` : '.';
  throw new ActionError(`read branch ${branch}`, `${client.fullName} has no branch ${shown(branch)}`, {
    hint: `Check the ${hints.branchInput} input${note}`,
  });
}

/** A ref update refused because another writer moved the branch first; worth another attempt. */
export class BranchMoved extends ActionError {
  constructor(branch: string, reason = 'the branch moved before the ref update (not a fast forward)') {
    super(`update ${branch}`, reason, { retryable: true });
  }
}

/** What GitHub said when branch protection or a ruleset refused a ref update. */
export interface ProtectionRefusal {
  /** A repository ruleset (`Repository rule violations found`) rather than a classic rule. */
  ruleset: boolean;
  /** The rule(s) in GitHub's words, the heading left out. */
  rule: string;
}

// GitHub answers these with 422 (409 is listed for the endpoint too); the words are what tell a rule
// from a lost race ("Update is not a fast forward", "Reference cannot be updated").
const PROTECTION =
  /Repository rule violations|protected branch|must be made through a pull request|required status check|approving review|approved review|review is required|Cannot force-push|verified signatures|merge queue|not authorized to push/i;

/** The refusal behind a failed ref update, when branch protection or a ruleset made it. */
export function protectionRefusal(error: unknown): ProtectionRefusal | undefined {
  if (!isHttpError(error, 422) && !isHttpError(error, 409)) return undefined;
  const message = githubMessage(error);
  const data = error.response?.data as { documentation_url?: unknown } | undefined;
  const docs = typeof data?.documentation_url === 'string' ? data.documentation_url : '';
  if (!PROTECTION.test(message) && !/protected-branches|rulesets/.test(docs)) return undefined;
  const ruleset = /Repository rule violations/i.test(message);
  const lines = message
    .split('\n')
    .map((l) => l.replace(/^[-*]\s*/, '').trim())
    .filter(Boolean);
  const rule = (ruleset ? lines.slice(1) : lines).join(' ') || message.trim();
  return { ruleset, rule };
}

/**
 * A ref update refused by branch protection or a ruleset: final, since no retry changes a rule.
 * The hint offers a pull request without naming an input; a caller with a pull-request mode may
 * replace it with one naming its own.
 */
export class BranchProtected extends ActionError {
  constructor(
    readonly branch: string,
    readonly refusal: ProtectionRefusal,
    fullName: string,
    hint?: string,
  ) {
    const what = refusal.ruleset ? 'a repository ruleset' : 'branch protection';
    super(
      `update ${branch}`,
      `GitHub refused to move ${shown(branch)} of ${fullName}: ${what}: ${shown(refusal.rule, { max: 300 })}`,
      {
        hint:
          hint ??
          `${shown(branch)} is protected and this token may not update it: open a pull request instead, or allow the bot (the GitHub App or user behind the token) in the branch protection rule's or ruleset's bypass list. Retrying cannot help.`,
      },
    );
    this.name = 'BranchProtected';
  }
}
