// Which earlier value to set back, or the refusal that says why there is none.
import { ActionError, shown } from '@gitops-actions/kit';
import { ROLLBACK_INPUTS, type RollbackRequest } from './request.js';
import type { Deployed } from './types.js';

/** Ends the history walk once the value to return to is known (its whole run read). */
export function enoughFor(request: RollbackRequest): (values: readonly Deployed[]) => boolean {
  const { toTag } = request;
  return toTag ? (values) => values.some((v) => v.tag === toTag) : (values) => values.length >= 2;
}

/** The value to set back: the one before the current, or the newest deployment of to-tag. */
export function chooseTarget(
  request: RollbackRequest,
  values: readonly Deployed[],
  commitsRead: number,
): Deployed {
  const [current, ...earlier] = values;
  if (!current) throw nothingDeployed(request, commitsRead);
  if (!request.toTag) {
    const previous = earlier[0];
    if (!previous) throw onlyOneValue(request, current, commitsRead);
    return previous;
  }
  const found = values.find((v) => v.tag === request.toTag);
  if (!found) throw neverDeployed(request, values, commitsRead);
  return found;
}

/** Helm pins the digest at its own key: a target without one cannot undo the digest pinned now. */
export function checkDigest(request: RollbackRequest, current: Deployed, target: Deployed): void {
  if (!request.digestKey || target.digest || !current.digest) return;
  const names = request.inputNames ?? ROLLBACK_INPUTS;
  throw new ActionError(
    `roll back to ${shown(target.tag)}`,
    `${shown(target.tag)} was deployed (at ${target.sha.slice(0, 7)}) without a digest at ${shown(request.digestKey)}, but ${request.branch} pins ${current.digest} there now; setting the tag back would keep running that digest's image`,
    {
      hint: `Choose a value deployed with a digest in the ${names.toTag} input, or run without the ${names.digestKey ?? 'digest-key'} input and remove the digest from the file.`,
    },
  );
}

function where(request: RollbackRequest): string {
  const target = request.image ? `image ${shown(request.image)}` : `key ${shown(request.key)}`;
  return `${target} in ${request.files.map((f) => shown(f)).join(', ')} on ${shown(request.branch)}`;
}

function nothingDeployed(request: RollbackRequest, commitsRead: number): ActionError {
  const names = request.inputNames ?? ROLLBACK_INPUTS;
  return new ActionError(
    'find the value to roll back to',
    `none of the last ${commitsRead} commit(s) of ${where(request)} holds a tag there`,
    {
      hint: `Check the ${names.files ?? 'files'}, ${names.key ?? 'key'} and image inputs: they must name where the deploys set the tag.`,
    },
  );
}

function onlyOneValue(request: RollbackRequest, current: Deployed, commitsRead: number): ActionError {
  return new ActionError(
    `roll back ${where(request)}`,
    `nothing to go back to: the last ${commitsRead} commit(s) only ever set ${shown(current.tag)}`,
    { hint: 'A rollback returns to a value deployed there before; deploy the version you want instead.' },
  );
}

function neverDeployed(
  request: RollbackRequest,
  values: readonly Deployed[],
  commitsRead: number,
): ActionError {
  const names = request.inputNames ?? ROLLBACK_INPUTS;
  const list = values
    .slice(0, 8)
    .map((v) => `${shown(v.tag)} (${v.sha.slice(0, 7)})`)
    .join(', ');
  return new ActionError(
    `roll back to ${shown(request.toTag)}`,
    `it was never deployed at ${where(request)} (last ${commitsRead} commit(s) read)`,
    { hint: `Deployed there, newest first: ${list}. Give one of them in the ${names.toTag} input.` },
  );
}
