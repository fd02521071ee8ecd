import { BranchMoved, readBranchTip, toActionError, type RepoClient } from '@gitops-actions/github';

/** Only what readBranchTip asks of a client. */
function client(has: { branch: boolean; repository: boolean }): RepoClient {
  return {
    fullName: 'acme/gitops',
    branch: (name: string) =>
      Promise.resolve(has.branch ? { name, sha: 'a'.repeat(40), tree: 'b'.repeat(40) } : undefined),
    repositoryExists: () => Promise.resolve(has.repository),
  } as unknown as RepoClient;
}

describe('readBranchTip', () => {
  const hints = { repositoryInput: 'gitops-repository', branchInput: 'gitops-branch' };

  it('gives the tip and its tree', async () => {
    await expect(readBranchTip(client({ branch: true, repository: true }), 'main', hints)).resolves.toEqual({
      name: 'main',
      sha: 'a'.repeat(40),
      tree: 'b'.repeat(40),
    });
  });

  it("tells a missing branch from a missing repository, naming the caller's inputs", async () => {
    await expect(
      readBranchTip(client({ branch: false, repository: true }), 'main', hints),
    ).rejects.toMatchObject({
      operation: 'read branch main',
      message: "acme/gitops has no branch 'main'",
      hint: 'Check the gitops-branch input.',
    });
    await expect(
      readBranchTip(client({ branch: false, repository: true }), 'main', {
        ...hints,
        branchNote: 'it must exist',
      }),
    ).rejects.toMatchObject({ hint: 'Check the gitops-branch input; it must exist.' });
    await expect(
      readBranchTip(client({ branch: false, repository: false }), 'main', hints),
    ).rejects.toMatchObject({
      operation: 'read acme/gitops',
      message: 'the repository does not exist or the token cannot see it',
      hint: expect.stringMatching(
        /^Check the gitops-repository input, and that the token has contents: read/,
      ) as unknown,
    });
  });
});

describe('BranchMoved', () => {
  it('is a retryable failure to update the branch', () => {
    expect(new BranchMoved('main')).toMatchObject({
      operation: 'update main',
      message: 'the branch moved before the ref update (not a fast forward)',
      retryable: true,
    });
  });
});

describe('toActionError', () => {
  const refused = {
    status: 401,
    message: 'Bad credentials',
    response: { data: { message: 'Bad credentials' } },
  };

  it("names the caller's token input for a refused token", () => {
    expect(toActionError(refused, 'read main')).toMatchObject({
      hint: 'Check the token input: it is expired, revoked, or for another GitHub server.',
    });
    expect(toActionError(refused, 'read main', 'gitops-token')).toMatchObject({
      message: "GitHub refused the token (401 'Bad credentials')",
      hint: 'Check the gitops-token input: it is expired, revoked, or for another GitHub server.',
    });
  });
});
