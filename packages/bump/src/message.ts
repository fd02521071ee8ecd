import type { BumpRequest } from './request.js';

/** The commit message from its template; shared by both transports. */
export function commitMessage(inputs: BumpRequest, files: string[], previousTag: string): string {
  const values: Record<string, string> = {
    image: inputs.image || files.join(', '),
    tag: inputs.tag || inputs.digest,
    digest: inputs.digest,
    files: files.join(', '),
    'previous-tag': previousTag,
  };
  return inputs.commitMessage.replace(
    /\{(image|tag|digest|files|previous-tag)\}/g,
    (_, name: string) => values[name] ?? '',
  );
}
