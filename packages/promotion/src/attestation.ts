// Whether the promoted digest carries a GitHub artifact attestation (actions/attest-build-provenance),
// for the pull request's reviewers. Only a statement: a failure to check never fails the promotion,
// and a listed attestation is not a verified one (`gh attestation verify` checks the signature).
import { shown } from '@gitops-actions/kit';
import type { ReferenceCommit } from '@gitops-actions/bump';
import { githubMessage, type GitHubClient } from '@gitops-actions/github';

export type AttestationCheck =
  { state: 'attested'; count: number } | { state: 'none' } | { state: 'unknown'; reason: string };

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const FULL_NAME = /^\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/;

/**
 * The repository that built (and attested) the image, '' when unknown: the service repository the
 * reference trailers name, when it is on this GitHub; else the workflow's own repository, unless
 * that is the GitOps repository itself — a promotion run there did not build the image.
 */
export function buildingRepository(
  reference: ReferenceCommit | null,
  env: NodeJS.ProcessEnv,
  serverUrl: string,
  gitopsRepository: string,
): string {
  const fromTrailer = reference?.repoUrl ? repositoryOn(reference.repoUrl, serverUrl) : '';
  if (fromTrailer) return fromTrailer;
  const own = env['GITHUB_REPOSITORY'] ?? '';
  return own.toLowerCase() === gitopsRepository.toLowerCase() ? '' : own;
}

function repositoryOn(repoUrl: string, serverUrl: string): string {
  try {
    const url = new URL(repoUrl);
    if (url.origin !== new URL(serverUrl).origin || url.search || url.hash) return '';
    const m = FULL_NAME.exec(url.pathname);
    return m ? `${m[1]}/${m[2]}` : '';
  } catch {
    return '';
  }
}

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
