// GitHub's branch protection and repository rulesets as a push meets them: GitHub checks the ref
// updates of a push before accepting it, and refuses a protected branch in its own words on the
// side band (`remote: error: GH006: ...`) and in the report-status (`ng <ref> <reason>`), which
// git prints as `! [remote rejected] main -> main (protected branch hook declined)`.

/** How a branch is protected, and the rule GitHub names when it refuses an update. */
export interface BranchProtection {
  /**
   * `branch-protection`: a classic branch protection rule (git: GH006, "protected branch hook
   * declined"). `ruleset`: a repository ruleset (git: GH013, "push declined due to repository
   * rule violations"). `branch-protection` by default.
   */
  kind?: 'branch-protection' | 'ruleset';
  /** The rule as GitHub words it; `Changes must be made through a pull request.` by default. */
  rule?: string;
}

export const DEFAULT_RULE = 'Changes must be made through a pull request.';

/** Protected branches per repository (`owner/name` → branch → protection). */
export class Protections {
  private readonly byRepo = new Map<string, Map<string, BranchProtection>>();

  protect(fullName: string, branch: string, protection: BranchProtection = {}): void {
    const repo = this.byRepo.get(fullName) ?? new Map<string, BranchProtection>();
    repo.set(branch, protection);
    this.byRepo.set(fullName, repo);
  }

  unprotect(fullName: string, branch: string): void {
    this.byRepo.get(fullName)?.delete(branch);
  }

  of(fullName: string, branch: string): Required<BranchProtection> | undefined {
    const found = this.byRepo.get(fullName)?.get(branch);
    return found ? { kind: found.kind ?? 'branch-protection', rule: found.rule ?? DEFAULT_RULE } : undefined;
  }

  has(fullName: string): boolean {
    return (this.byRepo.get(fullName)?.size ?? 0) > 0;
  }
}

/** One ref update of a push: `<old> <new> <ref>`. */
export interface RefCommand {
  oldSha: string;
  newSha: string;
  ref: string;
}

/**
 * The commands at the head of a receive-pack request (pkt-lines up to the flush) and the
 * capabilities the client asked for on the first one. Empty for a probe (`0000` alone).
 */
export function parseReceivePack(body: Buffer): { commands: RefCommand[]; capabilities: string[] } {
  const commands: RefCommand[] = [];
  let capabilities: string[] = [];
  let at = 0;
  while (at + 4 <= body.length) {
    const length = Number.parseInt(body.subarray(at, at + 4).toString('latin1'), 16);
    if (!Number.isFinite(length) || length === 0) break;
    if (length < 4) break;
    let line = body.subarray(at + 4, at + length).toString('utf8');
    at += length;
    const nul = line.indexOf('\0');
    if (nul >= 0) {
      capabilities = line
        .slice(nul + 1)
        .trim()
        .split(' ')
        .filter(Boolean);
      line = line.slice(0, nul);
    }
    const [oldSha = '', newSha = '', ref = ''] = line.trim().split(' ');
    if (ref) commands.push({ oldSha, newSha, ref });
  }
  return { commands, capabilities };
}

const pkt = (payload: Buffer | string): Buffer => {
  const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
  return Buffer.concat([Buffer.from((bytes.length + 4).toString(16).padStart(4, '0')), bytes]);
};
const FLUSH = Buffer.from('0000');

/** What GitHub prints on the side band for a refused push, line by line (git adds `remote: `). */
export function refusalLines(
  ref: string,
  protection: Required<BranchProtection>,
  serverUrl: string,
  fullName: string,
): string[] {
  if (protection.kind === 'ruleset') {
    const rules = `${serverUrl}/${fullName}/rules?ref=${encodeURIComponent(ref)}`;
    return [
      `error: GH013: Repository rule violations found for ${ref}.`,
      `Review all repository rules at ${rules}`,
      '',
      `- ${protection.rule}`,
      '',
    ];
  }
  return [`error: GH006: Protected branch update failed for ${ref}.`, `error: ${protection.rule}`];
}

export function refusalReason(protection: Required<BranchProtection>): string {
  return protection.kind === 'ruleset'
    ? 'push declined due to repository rule violations'
    : 'protected branch hook declined';
}

/**
 * The receive-pack result refusing every command of the push (GitHub's protection check runs
 * before any ref moves, so the whole push is declined), with the messages on band 2 when the
 * client asked for a side band and the report-status on band 1.
 */
export function refusalResponse(
  commands: RefCommand[],
  capabilities: string[],
  messages: string[],
  reason: string,
): Buffer {
  const status = Buffer.concat([
    pkt('unpack ok\n'),
    ...commands.map((c) => pkt(`ng ${c.ref} ${reason}\n`)),
    FLUSH,
  ]);
  const sideBand = capabilities.includes('side-band-64k') || capabilities.includes('side-band');
  if (!sideBand) return status;
  const progress = Buffer.from(messages.map((m) => `${m}\n`).join(''), 'utf8');
  return Buffer.concat([
    pkt(Buffer.concat([Buffer.from([2]), progress])),
    pkt(Buffer.concat([Buffer.from([1]), status])),
    FLUSH,
  ]);
}
