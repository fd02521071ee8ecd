import { bumpWithGit } from './git.js';
import type { BumpRequest } from './request.js';
import type { BumpPorts, BumpResult } from './types.js';

/** Bumps through the transport the request names; both give the same outputs and errors. */
export async function bump(inputs: BumpRequest, ports: BumpPorts): Promise<BumpResult> {
  if (inputs.transport === 'api') {
    // Octokit is loaded only here (a separate chunk), so a run that fails on its inputs, or that
    // uses git, does not pay for it at start.
    const { bumpThroughApi } = await import('./api.js');
    return bumpThroughApi(inputs, ports);
  }
  return bumpWithGit(inputs, ports);
}
