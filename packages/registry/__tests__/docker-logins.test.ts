import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addLogins, readStoredCredentials, removeLogins } from '@gitops-actions/registry';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'docker-logins-'));
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

describe('addLogins and removeLogins', () => {
  it('remove exactly what was added and still holds what was written', async () => {
    const file = path.join(dir, 'docker', 'config.json');
    const added = await addLogins(file, [
      { host: 'a.example', username: 'u', password: 'p' },
      { host: 'b.example', username: 'u', password: 'p' },
    ]);
    expect(readStoredCredentials('a.example', { DOCKER_CONFIG: path.dirname(file) })).toMatchObject({
      username: 'u',
      password: 'p',
    });
    const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> & {
      auths: Record<string, unknown>;
    };
    // Someone logs in to b again after us, and keeps other settings: both survive the removal.
    config.auths['b.example'] = { auth: Buffer.from('other:login').toString('base64') };
    config['credsStore'] = 'desktop';
    await writeFile(file, JSON.stringify(config));
    expect(await removeLogins(added)).toEqual(['a.example']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      auths: { 'b.example': { auth: Buffer.from('other:login').toString('base64') } },
      credsStore: 'desktop',
    });
    expect(await removeLogins({ path: path.join(dir, 'missing.json'), logins: added.logins })).toEqual([]);
  });
});
