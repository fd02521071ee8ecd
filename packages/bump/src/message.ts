import type { BumpRequest } from './request.js';
import { withReferenceTrailers } from './reference-commit.js';

/**
 * The commit message from its template, then the service commit's `Argocd-reference-commit-*`
 * trailers when the request has one; shared by both transports.
 */
export function commitMessage(inputs: BumpRequest, files: string[], previousTag: string): string {
  const values: Record<string, string> = {
    image: inputs.image || files.join(', '),
    tag: inputs.tag || inputs.digest,
    digest: inputs.digest,
    files: files.join(', '),
    'previous-tag': previousTag,
  };
  const message = inputs.commitMessage.replace(
    /\{(image|tag|digest|files|previous-tag)\}/g,
    (_, name: string) => values[name] ?? '',
  );
  return withReferenceTrailers(message, inputs.referenceCommit);
}
