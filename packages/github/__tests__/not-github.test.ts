// A 200 JSON answer to the branch read that lacks the commit is not GitHub's: it fails naming the
// host GITHUB_API_URL chose, not with "Cannot read properties of undefined (reading 'sha')" (found
// by fuzz-open-promotion-pr), and a protection refusal is told from a lost race by its words.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '@gitops-actions/kit';
import { RepoClient, createClient, protectionRefusal } from '@gitops-actions/github';

it('names the host when a 200 branch answer holds no commit', async () => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'oops' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const client = new RepoClient(
      createClient({ token: 't0ken-for-test', baseUrl: url, log: silentLogger }),
      'acme/gitops',
    );
    await expect(client.branch('main')).rejects.toMatchObject({
      operation: 'read branch main of acme/gitops',
      message: `${new URL(url).host} answered without the branch main's commit`,
    });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

it.each([
  [422, { message: 'Update is not a fast forward' }, undefined],
  [422, { message: 'Reference cannot be updated' }, undefined],
  [
    422,
    { message: 'Changes must be made through a pull request.' },
    { ruleset: false, rule: 'Changes must be made through a pull request.' },
  ],
  [
    422,
    { message: 'Repository rule violations found\n\nCannot update this protected ref.\n\n' },
    { ruleset: true, rule: 'Cannot update this protected ref.' },
  ],
  [
    409,
    { message: '2 of 2 required status checks are expected.' },
    { ruleset: false, rule: '2 of 2 required status checks are expected.' },
  ],
  [500, { message: 'protected branch' }, undefined],
])('(13.5) reads %i %j as %j', (status, data, expected) => {
  expect(protectionRefusal({ status, message: data.message, response: { data } })).toEqual(expected);
});
