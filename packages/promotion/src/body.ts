// The pull request's title, body and changes table, from templates whose `{placeholders}` the
// caller may use in its own title and body.
import { code, table } from '@gitops-actions/kit';
import type { FileEdit } from '@gitops-actions/bump';
import type { PromotionRequest } from './request.js';

export interface TemplateValues {
  image: string;
  'image-name': string;
  tag: string;
  digest: string;
  files: string;
  'previous-tag': string;
  from: string;
  to: string;
  environment: string;
  base: string;
  branch: string;
  'compare-url': string;
  'run-url': string;
  'source-url': string;
  changes: string;
  /** Whether the digest carries an attestation: `attested (N attestations)`, `no attestation found`, `could not check: …`. */
  provenance: string;
}

/** Replaces `{name}` for every known placeholder; unknown braces are left as written. */
export function render(template: string, values: Partial<TemplateValues>): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) =>
    name in values ? (values[name as keyof TemplateValues] ?? '') : whole,
  );
}

export function changesTable(edits: FileEdit[], digest: string): string {
  const rows = edits.flatMap((edit) =>
    edit.changes.length === 0
      ? [[code(edit.file), '', 'already up to date', '']]
      : edit.changes.map((c) => [
          code(edit.file),
          code(c.location),
          code(c.previous ?? '∅'),
          c.value === '' ? '(removed)' : code(c.value),
        ]),
  );
  const pinned = digest ? `\nDigest pinned: ${code(digest)}\n` : '';
  return table(['File', 'Key', 'From', 'To'], rows) + pinned;
}

export const DEFAULT_BODY = `Promotes **{image-name}** from \`{from}\` to \`{to}\` in **{environment}**.

{changes}
- Source: {source-url}
- Changes: {compare-url}
- Workflow run: {run-url}
- Provenance: {provenance}

### Checklist
- [ ] \`{to}\` ran in the source environment without errors
- [ ] Release notes and migrations reviewed
- [ ] Rollback: revert this pull request
`;

export function templateValues(
  inputs: PromotionRequest,
  ctx: {
    imageName: string;
    tag: string;
    branch: string;
    edits: FileEdit[];
    previousTag: string;
    serverUrl: string;
    runUrl: string;
    baseSha: string;
    provenance: string;
  },
): TemplateValues {
  const repoUrl = `${ctx.serverUrl}/${inputs.repository}`;
  const compareUrl = `${repoUrl}/compare/${inputs.base}...${ctx.branch}`;
  const sourceUrl = `${repoUrl}/commit/${ctx.baseSha}`;
  const source = inputs.fromFile
    ? `${inputs.fromFile} at ${ctx.baseSha.slice(0, 7)}`
    : ctx.baseSha.slice(0, 7);
  return {
    image: inputs.image || ctx.imageName,
    'image-name': ctx.imageName,
    tag: ctx.tag,
    digest: inputs.digest,
    files: inputs.files.join(', '),
    'previous-tag': ctx.previousTag,
    from: ctx.previousTag || '∅',
    to: ctx.tag,
    environment: inputs.environment,
    base: inputs.base,
    branch: ctx.branch,
    'compare-url': compareUrl,
    'run-url': ctx.runUrl,
    'source-url': `[${source}](${sourceUrl})`,
    changes: changesTable(ctx.edits, inputs.digest),
    provenance: ctx.provenance,
  };
}
