// (16.6) A look at the queue without git: protocol-v2 ls-refs over smart HTTP against the real
// `git http-backend` stand-in, seen through a recording front that can also play a v0-only server.
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, type Exec, type Logger } from '@gitops-actions/kit';
import { BareClone, HttpBranch, lsRefs, LsRefsUnavailable, openBranch } from '@gitops-actions/git';
import {
  bareRepoPath,
  branchHead,
  commitFiles,
  createBareRepo,
  git,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'tok_lsrefs+odd/chars=abc';
const FORMS = [
  TOKEN,
  encodeURIComponent(TOKEN),
  Buffer.from(TOKEN).toString('base64'),
  Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
];
const QUEUE = 'refs/gitops-actions/queue/main';
const AUTHOR = { name: 'bot', email: 'bot@example.com' };

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

let root: string;
let server: GitServer;
let front: Server;
let frontUrl: string;
const seen: Seen[] = [];
/** When set, the front drops Git-Protocol: the backend then speaks only v0, as an old server does. */
let v0Only = false;
/** When set, the front answers a request itself when this returns true. */
let frontAnswers: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;

/** Forwards every request to the stand-in, recording what the client sent. */
async function startFront(): Promise<void> {
  const target = new URL(server.url);
  front = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (frontAnswers?.(req, res)) return;
    const headers = { ...req.headers };
    if (v0Only) delete headers['git-protocol'];
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  frontUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeEach(async () => {
  seen.length = 0;
  v0Only = false;
  frontAnswers = undefined;
  root = await mkdtemp(path.join(tmpdir(), 'git-ls-refs-'));
  server = await startGitServer({ root, token: TOKEN });
  await createBareRepo(root, 'acme/gitops', { 'README.md': 'hi\n' });
  const base = (await branchHead(root, 'acme/gitops', 'main')) ?? '';
  const remote = (args: string[]) => git(['--git-dir', bareRepoPath(root, 'acme/gitops'), ...args]);
  await remote(['branch', 'main-other', base]);
  await remote(['update-ref', `${QUEUE}/000000000000001-000000000000002-0000000a`, base]);
  await remote(['update-ref', `${QUEUE}-x/000000000000001-000000000000002-0000000b`, base]);
  await remote([
    'update-ref',
    'refs/gitops-actions/queue/other/000000000000001-000000000000002-0000000c',
    base,
  ]);
  await startFront();
});

afterEach(async () => {
  front.closeAllConnections();
  await new Promise((resolve) => front.close(resolve));
  await server.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const repoUrl = () => `${frontUrl}/acme/gitops.git`;

function recording(): { exec: Exec; argv: string[] } {
  const argv: string[] = [];
  return {
    argv,
    exec: (command, args, opts) => {
      argv.push([command, ...args].join(' '));
      return exec(command, args, opts);
    },
  };
}

describe('(16.6) lsRefs', () => {
  it('lists only the asked refs in one POST, the token only in the Authorization header', async () => {
    const base = (await branchHead(root, 'acme/gitops', 'main')) ?? '';
    const refs = await lsRefs({
      url: repoUrl(),
      token: TOKEN,
      prefixes: [`${QUEUE}/`, 'refs/heads/main'],
      env: {},
    });
    // refs/heads/main-other starts with the prefix: the client filters exact names itself.
    expect([...refs].sort()).toEqual([
      [`${QUEUE}/000000000000001-000000000000002-0000000a`, base],
      ['refs/heads/main', base],
      ['refs/heads/main-other', base],
    ]);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /acme/gitops.git/git-upload-pack']);
    const [post] = seen;
    expect(post?.headers['git-protocol']).toBe('version=2');
    expect(post?.headers['content-type']).toBe('application/x-git-upload-pack-request');
    expect(post?.headers.authorization).toBe(`basic ${FORMS[3]}`);
    expect(FORMS.filter((form) => seen.some((s) => s.url.includes(form)))).toEqual([]);
  });

  it('refuses an answer that is not a v2 listing', async () => {
    v0Only = true;
    await expect(
      lsRefs({ url: repoUrl(), token: TOKEN, prefixes: ['refs/heads/main'], env: {} }),
    ).rejects.toBeInstanceOf(LsRefsUnavailable);
  });

  it('refuses a 401 without a token, and leaves a proxied network to git', async () => {
    await expect(lsRefs({ url: repoUrl(), prefixes: ['refs/heads/main'], env: {} })).rejects.toThrow(
      /answered 401/,
    );
    await expect(
      lsRefs({ url: repoUrl(), prefixes: ['refs/heads/main'], env: { http_proxy: 'http://proxy:3128' } }),
    ).rejects.toThrow(/http_proxy is set/);
  });
});

describe('(16.6) BareClone.lookRefs', () => {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    debug: (m) => lines.push(m),
  };

  beforeEach(() => {
    lines.length = 0;
  });

  afterEach(() => {
    expect(FORMS.filter((form) => lines.join('\n').includes(form))).toEqual([]);
  });

  async function clone(execute: Exec): Promise<BareClone> {
    const dir = await mkdtemp(path.join(root, 'bare-'));
    return BareClone.clone({
      url: repoUrl(),
      dir,
      branch: 'main',
      token: TOKEN,
      exec: execute,
      log,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'] },
    });
  }

  it('looks with one request and no git process; the tip is not fetched', async () => {
    const { exec: execute, argv } = recording();
    const repo = await clone(execute);
    const base = (await branchHead(root, 'acme/gitops', 'main')) ?? '';
    argv.length = 0;
    seen.length = 0;
    const look = await repo.lookRefs(QUEUE);
    expect(look).toEqual({
      tip: base,
      refs: new Map([[`${QUEUE}/000000000000001-000000000000002-0000000a`, base]]),
      fetched: false,
    });
    expect(argv).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('falls back to git fetch when the server refuses v2, once said at debug, and stays there', async () => {
    const { exec: execute, argv } = recording();
    const repo = await clone(execute);
    const base = (await branchHead(root, 'acme/gitops', 'main')) ?? '';
    v0Only = true;
    argv.length = 0;
    const look = await repo.lookRefs(QUEUE);
    expect(look).toEqual({
      tip: base,
      refs: new Map([[`${QUEUE}/000000000000001-000000000000002-0000000a`, base]]),
      fetched: true,
    });
    expect(argv.some((a) => a.startsWith('git fetch'))).toBe(true);
    seen.length = 0;
    await repo.lookRefs(QUEUE);
    // git's own look starts with the ref advertisement; no ls-refs POST is tried again.
    expect(seen[0]?.url).toMatch(/\/info\/refs\?service=git-upload-pack$/);
    expect(lines.filter((l) => /Looking at the refs with git fetch instead/.test(l))).toHaveLength(1);
  });
});

describe('(16.6) openBranch', () => {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    debug: (m) => lines.push(m),
  };
  const options = async (execute?: Exec) => ({
    url: repoUrl(),
    dir: await mkdtemp(path.join(root, 'open-')),
    branch: 'main',
    token: TOKEN,
    exec: execute,
    log,
    watch: QUEUE,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'] },
  });

  beforeEach(() => {
    lines.length = 0;
  });

  it('reads the tip, its trees and the watched refs in two POSTs with a push alongside, no git process, the token in one header', async () => {
    const { exec: execute, argv } = recording();
    const ticket = `${QUEUE}/000000000000003-000000000000004-0000000b`;
    const alongside: unknown[] = [];
    const repo = await openBranch({
      ...(await options(execute)),
      alongside: async (branch) => {
        const blob = await branch.writeBlob('ticket\n');
        alongside.push(await branch.push([{ src: blob, dst: ticket, lease: '' }]));
      },
    });
    expect(repo).toBeInstanceOf(HttpBranch);
    expect(alongside).toEqual([{ pushed: true }]);
    expect(await repo.tip()).toBe(await branchHead(root, 'acme/gitops', 'main'));
    // The listing went with the push: it holds the ticket queued before, and this one or not.
    expect(repo.opened?.get(`${QUEUE}/000000000000001-000000000000002-0000000a`)).toBe(
      await branchHead(root, 'acme/gitops', 'main'),
    );
    expect(argv).toEqual([]);
    // No ref advertisement before the push: the server checks its lease.
    expect(seen.map((s) => `${s.method} ${s.url}`).sort()).toEqual([
      'POST /acme/gitops.git/git-receive-pack',
      'POST /acme/gitops.git/git-upload-pack',
      'POST /acme/gitops.git/git-upload-pack',
    ]);
    expect(seen.every((s) => s.headers.authorization === `basic ${FORMS[3]}`)).toBe(true);
    expect(
      FORMS.filter((form) => seen.some((s) => s.url.includes(form)) || lines.join('\n').includes(form)),
    ).toEqual([]);
  });

  /** A push answered as JGit answers a ref it could not lock at the old value sent: "failed to lock". */
  const refuseLikeJGit = () => {
    const pkt = (text: string) => `${(text.length + 4).toString(16).padStart(4, '0')}${text}`;
    const report = `${pkt('unpack ok\n')}${pkt('ng refs/heads/main failed to lock\n')}0000`;
    frontAnswers = (req, res) => {
      if (!req.url?.endsWith('/git-receive-pack')) return false;
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/x-git-receive-pack-result' });
        res.end(`${pkt(`\x01${report}`)}0000`);
      });
      return true;
    };
  };

  /** The branch opened over HTTP and a commit on its tip, not pushed yet. */
  const openWithCommit = async () => {
    const repo = await openBranch(await options());
    const base = await repo.tip();
    const file = { path: 'README.md', mode: '100644', text: 'mine\n' };
    return { repo, base, sha: await repo.commit(base, [file], 'mine', AUTHOR) };
  };

  it('reads a refusal in words it does not know as a lost race when the branch moved from the lease', async () => {
    const { repo, base, sha } = await openWithCommit();
    const moved = await commitFiles(root, 'acme/gitops', { 'README.md': 'theirs\n' }, { message: 'theirs' });
    refuseLikeJGit();
    const before = seen.length;
    const result = await repo.push([{ src: sha, dst: 'refs/heads/main', lease: base }]);
    // The push, then one look.
    expect(seen.slice(before).map((s) => s.url)).toEqual([
      '/acme/gitops.git/git-receive-pack',
      '/acme/gitops.git/git-upload-pack',
    ]);
    expect(result).toEqual({ pushed: false, reason: "the branch moved; the server said: 'failed to lock'" });
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(moved);
  });

  it('keeps a refusal in words it does not know a failure when the branch is still at the lease', async () => {
    const { repo, base, sha } = await openWithCommit();
    refuseLikeJGit();
    await expect(repo.push([{ src: sha, dst: 'refs/heads/main', lease: base }])).rejects.toThrow(
      /^the server refused refs\/heads\/main \('failed to lock'\)$/,
    );
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(base);
  });

  it('leaves a server that does not speak protocol v2 to git, saying so at debug', async () => {
    v0Only = true;
    const { exec: execute, argv } = recording();
    const repo = await openBranch(await options(execute));
    expect(repo).toBeInstanceOf(BareClone);
    expect(await repo.tip()).toBe(await branchHead(root, 'acme/gitops', 'main'));
    expect(argv.some((a) => a.startsWith('git clone'))).toBe(true);
    expect(lines.filter((l) => /with git instead/.test(l))).toHaveLength(1);
  });

  it('waits for the work alongside when it leaves the branch to git, so that the caller can undo it', async () => {
    v0Only = true;
    const ticket = `${QUEUE}/000000000000005-000000000000006-0000000c`;
    let pushed: unknown;
    const repo = await openBranch({
      ...(await options()),
      alongside: async (branch) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const blob = await branch.writeBlob('ticket\n');
        pushed = await branch.push([{ src: blob, dst: ticket, lease: '' }]);
      },
    });
    expect(repo).toBeInstanceOf(BareClone);
    expect(pushed).toEqual({ pushed: true });
  });

  it('leaves a proxied network to git without a request from Node', async () => {
    const opts = await options();
    // git itself would use the proxy; here it points nowhere, so only the decision is checked.
    await expect(
      openBranch({ ...opts, env: { ...opts.env, http_proxy: 'http://127.0.0.1:9' } }),
    ).rejects.toThrow();
    expect(seen).toEqual([]);
    expect(lines.some((l) => /http_proxy is set/.test(l))).toBe(true);
  });
});
