import { code, heading, table } from '@gitops-actions/kit';
import type { PublishResult } from './request.js';

/** The job summary of a publish: each reference and what happened to it, then version, builder and digest. */
export function renderPublishSummary(name: string, r: PublishResult): string {
  const rows = r.tags.map((t) => [
    code(`${name}:${t}`),
    r.pushed.includes(t) ? 'pushed' : r.unchanged.includes(t) ? 'unchanged (same image)' : 'built',
  ]);
  return (
    heading('Image') +
    table(['reference', 'result'], rows) +
    `\nversion ${code(r.version)} (${r.versionSource}), builder ${r.builder}` +
    (r.digest ? `, digest ${code(r.digest)}` : '') +
    (r.attestations?.length
      ? `\nattestations: ${r.attestations.join(', ')} (BuildKit, pushed with the image)`
      : '') +
    '\n'
  );
}
