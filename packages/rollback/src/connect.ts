// The api transport's client, and the branch checked first so a wrong input reads as one.
// Loaded lazily: it pulls in Octokit.
import { ActionError } from '@gitops-actions/kit';
import { createClient, readBranchTip, RepoClient } from '@gitops-actions/github';
import { ROLLBACK_INPUTS, type RollbackRequest } from './request.js';
import type { RollbackPorts } from './types.js';

export async function connect(request: RollbackRequest, ports: RollbackPorts): Promise<RepoClient> {
  const names = request.inputNames ?? ROLLBACK_INPUTS;
  if (!request.repository) {
    throw new ActionError('connect to GitHub', 'the api transport needs an owner/name repository', {
      hint: `Give the ${names.repository} input as owner/name.`,
    });
  }
  const client =
    ports.github ??
    new RepoClient(
      createClient({ token: request.token, baseUrl: request.apiUrl, log: ports.log }),
      request.repository,
      { tokenInput: names.token, clock: ports.clock, random: ports.random, log: ports.log },
    );
  await readBranchTip(client, request.branch, {
    repositoryInput: names.repository,
    branchInput: names.branch,
    branchNote: 'a rollback reads the branch history',
  });
  return client;
}
