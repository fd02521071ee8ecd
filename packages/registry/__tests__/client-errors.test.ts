// (12.11, 12.12) What RegistryClient says when a registry, or the network in front of it, fails: the
// host it reached, the answer quoted and cut, never the password in any form.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basicAuth } from '@gitops-actions/kit';
import { RegistryClient, RegistryError, addLogins, readStoredCredentials } from '../src/index.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PASSWORD = 'registry-password-0123456789';
const credentials = { username: 'octocat', password: PASSWORD, source: 'the username/password inputs' };

/** A registry front that answers every request with `answer`, and records the Authorization it got. */
async function front(
  answer: (url: string) => { status: number; headers?: Record<string, string>; body?: string },
) {
  const auth: string[] = [];
  const server: Server = createServer((req, res) => {
    auth.push(req.headers.authorization ?? '');
    const a = answer(req.url ?? '');
    res.writeHead(a.status, a.headers).end(a.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, auth, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryError);
  return error as RegistryError;
}

const leaks = (text: string) =>
  [PASSWORD, encodeURIComponent(PASSWORD), basicAuth('octocat', PASSWORD)].filter((f) => text.includes(f));

describe('(12.11) registry failures', () => {
  it('(12.11) quotes a proxy page in one escaped line, names the host, and marks a 502 retryable', async () => {
    const html = `<html>\n::warning::from the proxy\n${'x'.repeat(500)}</html>`;
    const registry = await front(() => ({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: html,
    }));
    try {
      const error = await failure(new RegistryClient({ host: registry.host }).digest('acme/app', '1.0.0'));
      expect(error.retryable).toBe(true);
      expect(error.message).toMatch(
        new RegExp(
          `^HEAD ${registry.host}/v2/acme/app/manifests/1\\.0\\.0: the registry ${registry.host} answered 502`,
        ),
      );
      const manifest = await failure(
        new RegistryClient({ host: registry.host }).manifest('acme/app', '1.0.0'),
      );
      expect(manifest.message).toContain(
        `the registry ${registry.host} answered 502: '<html>\\n::warning::from the proxy\\nxxx`,
      );
      expect(manifest.message).toContain(`(${html.length} characters)`);
      expect(manifest.message.split('\n')).toHaveLength(1);
    } finally {
      await registry.close();
    }
  });

  it('(12.11) says nothing listens at the host when the connection is refused, and does not retry', async () => {
    const registry = await front(() => ({ status: 200 }));
    await registry.close();
    const error = await failure(new RegistryClient({ host: registry.host }).digest('acme/app', '1.0.0'));
    expect(error.message).toBe(
      `HEAD https://${registry.host}/v2/acme/app/manifests/1.0.0: ${registry.host} refused the connection: nothing listens there (ECONNREFUSED)`,
    );
    // A wrong registry host: kit's networkFailure holds a refusal final for every client.
    expect(error.retryable).toBe(false);
  });

  it('(12.11) names the registry and the credentials’ source on a refusal, never the password in any encoding', async () => {
    const registry = await front(() => ({
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="registry"' },
    }));
    try {
      const error = await failure(
        new RegistryClient({ host: registry.host, credentials }).digest('acme/app', 'v1'),
      );
      expect(error.status).toBe(401);
      expect(error.message).toContain(
        `the registry ${registry.host} refused access (401) with the username/password inputs (user 'octocat')`,
      );
      // The wire form is kit's basicAuth, the one the action masks.
      expect(registry.auth).toContain(`Basic ${basicAuth('octocat', PASSWORD)}`);
      expect(leaks(`${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`)).toEqual([]);
    } finally {
      await registry.close();
    }
  });

  it('(12.12) quotes a hostile auth challenge instead of printing it', async () => {
    const registry = await front(() => ({
      status: 401,
      headers: { 'www-authenticate': 'Bearer service="x\u009b",scope="::warning::y"' },
    }));
    try {
      const error = await failure(
        new RegistryClient({ host: registry.host, credentials }).digest('acme/app', 'v1'),
      );
      expect(error.message).toBe(
        `the registry's auth challenge has no realm: 'Bearer service="x\\u{9B}",scope="::warning::y"'`,
      );
    } finally {
      await registry.close();
    }
  });
});

describe('(12 leftover) docker-config logins', () => {
  it('writes the auth entry as kit’s basicAuth and reads it back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'registry-auth-'));
    try {
      const file = path.join(dir, 'config.json');
      await addLogins(file, [{ host: 'ghcr.io', username: 'octocat', password: PASSWORD }]);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        auths: { 'ghcr.io': { auth: basicAuth('octocat', PASSWORD) } },
      });
      expect(readStoredCredentials('ghcr.io', { DOCKER_CONFIG: dir })).toMatchObject({ password: PASSWORD });
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});
