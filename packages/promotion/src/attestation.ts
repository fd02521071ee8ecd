// Whether the promoted digest carries a GitHub artifact attestation (actions/attest-build-provenance),
// for the pull request's reviewers. Only a statement: a failure to check never fails the promotion,
// and a listed attestation is not a verified one (`gh attestation verify` checks the signature).
import { shown } from '@gitops-actions/kit';
import { githubMessage, type GitHubClient } from '@gitops-actions/github';

export type AttestationCheck =
  { state: 'attested'; count: number } | { state: 'none' } | { state: 'unknown'; reason: string };

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * The attestations `repository` (where the image was built and attested) holds for `digest`, through
 * `GET /repos/{owner}/{repo}/attestations/{subject_digest}`; GitHub answers 404 when there are none.
 */
export async function checkAttestations(
  octokit: GitHubClient,
  repository: string,
  digest: string,
): Promise<AttestationCheck> {
  if (!digest) return { state: 'unknown', reason: 'the promotion names no digest' };
  if (!DIGEST.test(digest)) return { state: 'unknown', reason: `${shown(digest)} is not a sha256 digest` };
  const [owner = '', repo = ''] = repository.split('/');
  if (!owner || !repo)
    return { state: 'unknown', reason: 'the repository that built the image is not known' };
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner,
      repo,
      subject_digest: digest,
      per_page: 100,
    });
    const count = data.attestations?.length ?? 0;
    return count > 0 ? { state: 'attested', count } : { state: 'none' };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return { state: 'none' };
    const access =
      status === 401 || status === 403 ? `; the token needs attestations: read on ${repository}` : '';
    const answer = status
      ? `GitHub answered ${status} (${shown(githubMessage(error))})`
      : shown(githubMessage(error));
    return { state: 'unknown', reason: `${answer} for the attestations of ${repository}${access}` };
  }
}

/** The `{provenance}` placeholder: one line for the pull request body. */
export function provenanceText(check: AttestationCheck): string {
  if (check.state === 'attested')
    return `attested (${check.count}${check.count >= 100 ? ' or more' : ''} attestation${check.count === 1 ? '' : 's'})`;
  if (check.state === 'none') return 'no attestation found';
  return `could not check: ${check.reason}`;
}
