// The promotion's reads and edits: the tag the source environment runs, and the target files as
// they would be with the promoted tag (bump's semantic edit, in memory).
import { ActionError, shown } from '@gitops-actions/kit';
import { editText, heldValue, type EditedText, type HeldValue } from '@gitops-actions/bump';
import type { RepoClient } from '@gitops-actions/github';
import { isValidTag } from '@gitops-actions/manifest';
import type { PromotionRequest } from './request.js';

/** Every target file at `ref`, edited to carry `tag`; a missing file names the files input. */
export async function editTargets(
  inputs: PromotionRequest,
  client: RepoClient,
  ref: string,
  tag: string,
): Promise<EditedText[]> {
  const files = await Promise.all(inputs.files.map((f) => client.readFile(f, ref)));
  return inputs.files.map((path, i) => {
    const file = files[i];
    if (!file)
      throw new ActionError(`read ${path}`, `no such file on ${inputs.base}`, {
        hint: 'Check the files input.',
      });
    return editText({ ...inputs, tag }, path, file.text);
  });
}

/**
 * The tag in `from-file` on the base branch, and the digest pinned beside it: what the source
 * environment runs. The digest moves with the tag, or the target would keep running the old image
 * under the new tag wherever the digest wins.
 */
export async function sourceValue(
  inputs: PromotionRequest,
  client: RepoClient,
  ref: string,
): Promise<HeldValue> {
  const file = await client.readFile(inputs.fromFile, ref);
  if (!file) {
    throw new ActionError(`read ${inputs.fromFile}`, `no such file on ${inputs.base}`, {
      hint: 'Check the from-file input.',
    });
  }
  const tag = readSourceTag(inputs, inputs.fromFile, file.text);
  return { tag, digest: heldValue(inputs, inputs.fromFile, file.text)?.digest ?? '' };
}

/**
 * The manifest package only edits, so this applies a throw-away edit and keeps what it reports as
 * the previous value: the same key lookup, the same "key not found, nearest path is ..." errors as
 * the edit itself.
 */
function readSourceTag(inputs: PromotionRequest, file: string, text: string): string {
  const operation = `read the tag to promote from ${file}`;
  const probe = { ...inputs, tag: 'probe', digest: '', digestKey: '' };
  const previous = editText(probe, file, text, operation).edit.previousTag;
  if (!previous) throw new ActionError(operation, `it has no tag at ${inputs.image || inputs.key}`);
  if (!isValidTag(previous)) {
    throw new ActionError(operation, `${shown(previous)} is not a valid OCI tag`, {
      hint: 'Fix the source file or pass the tag input explicitly.',
    });
  }
  return previous;
}
