import { bumpWithGit } from './git.js';
import type { BumpRequest } from './request.js';
import type { BumpPorts, BumpResult } from './types.js';

/** Bumps through the transport the request names; both give the same outputs and errors. */
export async function bump(inputs: BumpRequest, ports: BumpPorts): Promise<BumpResult> {
  // A pull request is promotion's to open (bumpOrPropose); pushing instead would bypass the review asked for.
  if (inputs.mode === 'pr' && !inputs.dryRun)
    throw new Error('bump() pushes; a pr-mode bump goes through bumpOrPropose');
  if (inputs.transport === 'api') {
    // Octokit is loaded only here (a separate chunk), so a run that fails on its inputs, or that
    // uses git, does not pay for it at start.
    const { bumpThroughApi } = await import('./api.js');
    return bumpThroughApi(inputs, ports);
  }
  return bumpWithGit(inputs, ports);
}
