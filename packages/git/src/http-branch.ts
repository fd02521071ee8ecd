// A branch read and written over smart HTTP from this process: the tip by ls-refs, its commit and
// trees by one depth-1 blob-less fetch held in memory, the files read by one fetch of their blobs,
// the commit built here, and the push one receive-pack request. A bump then starts no git process
// at all; measured on the bench, that is most of a bump's CPU and a third of its wall time.
// A server, network or setting this does not handle at open is left to BareClone and the git CLI.
import { ActionError, displayUrl, shown, silentLogger } from '@gitops-actions/kit';
import { GIT_INPUTS, GitError, gitFailure, RefRefused, type GitInputNames } from './errors.js';
import { refuseCredentials, type Author, type PushResult } from './git.js';
import { listRefs } from './ls-refs.js';
import { commitTree, displayMode, objectId, parseTree, treeData, typeOfMode, ZERO_OID } from './objects.js';
import type { GitObject } from './objects.js';
import { PackError, packObjects, writePack } from './pack.js';
import {
  BareClone,
  cleanMessage,
  identity,
  pushOutcome,
  type BareCloneOptions,
  type FileWrite,
  type RefUpdate,
  type RemoteBranch,
  type RemoteRefs,
  type TreeEntry,
} from './plumbing.js';
import {
  checkForNode,
  demultiplex,
  gitRequest,
  packetText,
  pktRequest,
  readPackets,
  remoteLines,
  SmartHttpFailure,
  SmartHttpUnavailable,
  type Packet,
  type SmartHttpOptions,
} from './smart-http.js';

/** Opens the branch over HTTP from Node, or, when that is not possible here, with git. */
export async function openBranch(opts: BareCloneOptions): Promise<RemoteBranch> {
  refuseCredentials(opts.url, opts.inputs ?? GIT_INPUTS);
  try {
    return await HttpBranch.open(opts);
  } catch (error) {
    // git decides whatever went wrong: it words every failure its own way and honours settings
    // Node does not read (a proxy or CA in git's config, url.insteadOf), so a network this process
    // cannot reach may still be git's to reach.
    (opts.log ?? silentLogger).debug(
      `Reading ${displayUrl(opts.url)} with git instead: ${shown((error as Error).message, { max: 300 })}`,
    );
    return BareClone.clone(opts);
  }
}

export class HttpBranch implements RemoteBranch {
  private readonly objects = new Map<string, GitObject>();
  /** Fetched packs not yet read to their end, newest last: read on when an object is not found. */
  private readonly unread: Array<Iterator<[string, GitObject], void, undefined>> = [];
  /** Objects made here and not known to be on the server, by the id a push would send them for. */
  private readonly made = new Map<string, GitObject[]>();
  private fetched = '';
  opened: ReadonlyMap<string, string> | undefined;

  private constructor(
    private readonly http: SmartHttpOptions,
    readonly branch: string,
    private readonly inputs: GitInputNames,
  ) {}

  static async open(opts: BareCloneOptions): Promise<HttpBranch> {
    const http = { url: opts.url, token: opts.token, env: opts.env ?? process.env };
    // A URL left to git runs nothing alongside: its work would only fail.
    checkForNode(http);
    const repo = new HttpBranch(http, opts.branch, opts.inputs ?? GIT_INPUTS);
    // Both are waited for even when the reading fails: a ticket pushed after its owner gave up on
    // this branch would outlive it.
    const alongside = Promise.resolve(opts.alongside?.(repo));
    const reading = (async () => {
      // The refs a caller watches (a queue's tickets) come in the same listing as the tip.
      const { tip, refs } = await repo.look(opts.watch);
      await repo.fetchCommit(tip, '');
      if (opts.watch) repo.opened = refs;
    })();
    const done = await Promise.allSettled([reading, alongside]);
    for (const result of done) if (result.status === 'rejected') throw result.reason;
    return repo;
  }

  private get head(): string {
    return `refs/heads/${this.branch}`;
  }

  tip(): Promise<string> {
    return Promise.resolve(this.fetched);
  }

  /** The branch's tip now, or `seen` (a look's), with its new trees: only those, given the old tip. */
  async fetchTip(seen?: string): Promise<string> {
    const tip = seen ?? (await this.look()).tip;
    if (tip !== this.fetched) await this.fetchCommit(tip, this.fetched);
    return tip;
  }

  async lookRefs(prefix: string): Promise<RemoteRefs> {
    return { ...(await this.look(prefix)), fetched: false };
  }

  writeBlob(text: string): Promise<string> {
    const made: GitObject[] = [];
    const oid = this.store({ type: 'blob', data: Buffer.from(text, 'utf8') }, made);
    this.made.set(oid, made);
    return Promise.resolve(oid);
  }

  entries(commit: string, paths: readonly string[]): Promise<Map<string, TreeEntry>> {
    const found = new Map<string, TreeEntry>();
    for (const path of paths) {
      const parts = path.split('/');
      const name = parts.pop() ?? '';
      const folder = this.folder(commit, parts);
      const entry = folder?.find((e) => e.name === bytesOf(name));
      if (entry)
        found.set(path, { mode: displayMode(entry.mode), type: typeOfMode(entry.mode), oid: entry.oid });
    }
    return Promise.resolve(found);
  }

  listFolder(commit: string, folder: string): Promise<string[]> {
    const parts = folder === '' || folder === '.' ? [] : folder.split('/');
    return Promise.resolve(
      (this.folder(commit, parts) ?? []).map((e) => Buffer.from(e.name, 'latin1').toString('utf8')),
    );
  }

  /** The texts of blobs, fetched by id in one request; a blob that is not UTF-8 is refused. */
  async readBlobs(oids: readonly string[]): Promise<Map<string, string>> {
    const missing = oids.filter((oid) => !this.objects.has(oid));
    if (missing.length > 0) {
      await this.fetch('fetch the files', [...missing.map((oid) => `want ${oid}\n`), 'done\n']);
    }
    const texts = new Map<string, string>();
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    for (const oid of oids) {
      const blob = this.lookup(oid);
      if (blob?.type !== 'blob') {
        throw new GitError(
          'fetch the files',
          'other',
          `the server did not send the blob ${oid.slice(0, 12)}`,
        );
      }
      try {
        texts.set(oid, decoder.decode(blob.data));
      } catch {
        throw new ActionError('read the files', `the blob ${oid.slice(0, 12)} is not UTF-8 text`, {
          hint: 'Only text files can be bumped; check the files input.',
        });
      }
    }
    return texts;
  }

  /** One commit on `parent` replacing the texts of existing files (their modes are kept). */
  commit(parent: string, files: readonly FileWrite[], message: string, author: Author): Promise<string> {
    const base = this.lookup(parent);
    if (base?.type !== 'commit') {
      return Promise.reject(new ActionError('commit', `the commit ${parent.slice(0, 12)} was not fetched`));
    }
    const made: GitObject[] = [];
    const blobs = files.map((f) => ({
      parts: f.path.split('/'),
      oid: this.store({ type: 'blob', data: Buffer.from(f.text, 'utf8') }, made),
    }));
    const tree = this.replace(commitTree(base.data), blobs, made);
    const who = `${identity(author.name)} <${identity(author.email)}> ${Math.floor(Date.now() / 1000)} +0000`;
    const data = `tree ${tree}\nparent ${parent}\nauthor ${who}\ncommitter ${who}\n\n${cleanMessage(message)}`;
    const sha = this.store({ type: 'commit', data: Buffer.from(data, 'utf8') }, made);
    this.made.set(sha, made);
    return Promise.resolve(sha);
  }

  /**
   * One receive-pack request: every update a compare-and-swap on its lease, a lost race a result.
   * The refs are not read first (a request saved on every push): the server checks the leases.
   * The capabilities are asked for unadvertised: git's receive-pack ignores any it lacks, though
   * the protocol lets a stricter server refuse the push instead.
   */
  async push(updates: readonly RefUpdate[], opts: { atomic?: boolean } = {}): Promise<PushResult> {
    const unleased = updates.find((u) => u.lease === undefined);
    if (unleased) throw new Error(`a push over HTTP needs a lease for ${unleased.dst}`);
    const wanted = [
      'report-status',
      'side-band-64k',
      'quiet',
      'delete-refs',
      ...(opts.atomic ? ['atomic'] : []),
    ];
    const lines = updates.map((u, i) => {
      const ends = `${u.lease || ZERO_OID} ${u.src || ZERO_OID} ${u.dst}`;
      return i === 0 ? `${ends}\0${wanted.join(' ')}\n` : `${ends}\n`;
    });
    const sent = updates.filter((u) => u.src !== '').flatMap((u) => this.made.get(u.src) ?? []);
    const pack = updates.some((u) => u.src !== '') ? writePack([...new Set(sent)]) : undefined;
    // A server without atomic pushes applies the updates one by one; with or without it, the first
    // (the branch) decides, and the others (a queue ticket's deletion) are the caller's to tidy.
    const decisive = opts.atomic ? updates.slice(0, 1) : updates;
    const pushing = this.request('push', `push to ${this.branch}`, async () => {
      const answer = await gitRequest(this.http, 'git-receive-pack', { body: pktRequest(lines, pack) });
      return this.outcome(answer, updates, decisive);
    });
    return pushing.catch((error: unknown) => this.lostRace(error, updates[0]));
  }

  /**
   * A refusal of the branch in words this process does not know (JGit's "failed to lock", a
   * server's own) is a lost race when the branch is neither at the lease nor at this push's commit:
   * one look tells. Git's receive-pack says so in words pushOutcome reads; other servers would
   * otherwise fail a bump that only had to retry. A look that fails leaves the refusal as it was.
   */
  private async lostRace(error: unknown, branch: RefUpdate | undefined): Promise<PushResult> {
    const ofBranch = error instanceof RefRefused && error.ref === this.head;
    if (!ofBranch || branch?.dst !== this.head || !branch.lease) throw error;
    const { tip } = await this.look().catch(() => {
      throw error;
    });
    if (tip === branch.lease || tip === branch.src) throw error;
    return { pushed: false, reason: `the branch moved; the server said: ${shown(error.words)}` };
  }

  /** receive-pack's report as a result: a lost race is one, any other refusal a GitError. */
  private outcome(answer: Buffer, updates: readonly RefUpdate[], decisive: readonly RefUpdate[]): PushResult {
    // A server without side-band answers with the report itself, which starts `unpack `.
    const packets = readPackets(answer);
    const first = packets.find((p) => p.kind === 'data');
    const sideband = first?.kind === 'data' && (first.data[0] ?? 0) <= 3;
    const { payload, messages } = sideband ? demultiplex(packets) : { payload: answer, messages: '' };
    const report = readPackets(payload).map(packetText).filter(Boolean);
    const porcelain: string[] = [];
    for (const line of report) {
      const ng = /^ng (\S+) (.*)$/.exec(line);
      if (ng && decisive.some((u) => u.dst === ng[1])) {
        const src = updates.find((u) => u.dst === ng[1])?.src ?? '';
        porcelain.push(`!\t${src}:${ng[1]}\t[remote rejected] (${ng[2]})`);
      } else if (line.startsWith('unpack ') && line !== 'unpack ok') porcelain.push(`error: ${line}`);
    }
    const accepted = decisive.every((u) => report.includes(`ok ${u.dst}`));
    if (porcelain.length === 0 && accepted) return { pushed: true };
    const stdout = porcelain.join('\n') || 'error: the server reported no result';
    return pushOutcome(stdout, `${remoteLines(messages)}\n${stdout}`, this.context('push'));
  }

  /** The branch's tip and the refs under `prefix` (none without one), in one listing. */
  private async look(prefix?: string): Promise<{ tip: string; refs: Map<string, string> }> {
    const under = prefix === undefined ? [] : [`${prefix}/`];
    const listed = await this.request('fetch', `fetch ${this.branch}`, () =>
      listRefs({ ...this.http, prefixes: [...under, this.head] }),
    );
    const tip = listed.get(this.head);
    const refs = new Map([...listed].filter(([ref]) => under.some((u) => ref.startsWith(u))));
    if (!tip)
      throw gitFailure(
        `fetch ${this.branch}`,
        `couldn't find remote ref ${this.head}`,
        this.context('fetch'),
      );
    return { tip, refs };
  }

  /** The commit and its trees at depth 1; with `have`, only what that commit's trees lack. */
  private async fetchCommit(sha: string, have: string): Promise<void> {
    const since = have ? [`shallow ${have}\n`, `have ${have}\n`] : [];
    await this.fetch(`fetch ${this.branch}`, [
      'deepen 1\n',
      'filter blob:none\n',
      `want ${sha}\n`,
      ...since,
      'done\n',
    ]);
    const commit = this.lookup(sha);
    if (commit?.type !== 'commit') {
      throw new GitError(
        `fetch ${this.branch}`,
        'other',
        `the server did not send the commit ${sha.slice(0, 12)}`,
      );
    }
    this.fetched = sha;
  }

  private async fetch(operation: string, args: string[]): Promise<void> {
    const body = pktRequest(['command=fetch\n', null, 'no-progress\n', 'ofs-delta\n', ...args]);
    const objects = await this.request('fetch', operation, async () => {
      const packets = readPackets(await gitRequest(this.http, 'git-upload-pack', { body, protocolV2: true }));
      const start = packets.findIndex((p) => packetText(p) === 'packfile');
      if (start < 0) throw new SmartHttpUnavailable(`no packfile section: ${firstLine(packets)}`);
      const end = packets.findIndex((p, i) => i > start && p.kind !== 'data');
      const { payload } = demultiplex(packets.slice(start + 1, end < 0 ? undefined : end));
      return packObjects(payload, (oid) => this.objects.get(oid));
    });
    this.unread.push(objects);
  }

  /** The entries of the folder `parts` in `commit`; undefined when it is not a folder there. */
  private folder(commit: string, parts: readonly string[]) {
    let entries = this.tree(commitTree(this.object(commit).data));
    for (const part of parts) {
      const entry = entries.find((e) => e.name === bytesOf(part));
      if (!entry || typeOfMode(entry.mode) !== 'tree') return undefined;
      entries = this.tree(entry.oid);
    }
    return entries;
  }

  private object(oid: string): GitObject {
    const object = this.lookup(oid);
    if (!object) throw new GitError('read the tree', 'other', `the server did not send ${oid.slice(0, 12)}`);
    return object;
  }

  /**
   * An object fetched or made here; packs are read on only as far as needed to find it, newest
   * first (a blob just fetched, a tip's changed trees), so one bump reads few of a tip's trees.
   */
  private lookup(oid: string): GitObject | undefined {
    for (;;) {
      const found = this.objects.get(oid);
      const pack = this.unread.at(-1);
      if (found || !pack) return found;
      try {
        for (let next = pack.next(); !next.done; next = pack.next()) {
          this.objects.set(next.value[0], next.value[1]);
          if (next.value[0] === oid) return next.value[1];
        }
      } catch (error) {
        if (!(error instanceof PackError)) throw error;
        throw new GitError(
          'read the pack',
          'other',
          `the server's pack is damaged (${shown(error.message)})`,
        );
      }
      this.unread.pop();
    }
  }

  private tree(oid: string) {
    return parseTree(this.object(oid).data);
  }

  /** The tree `oid` with the blobs at `writes` (paths below it) replaced; new trees go into `made`. */
  private replace(
    oid: string,
    writes: ReadonlyArray<{ parts: string[]; oid: string }>,
    made: GitObject[],
  ): string {
    const entries = this.tree(oid).map((entry) => {
      const here = writes.filter((w) => bytesOf(w.parts[0] ?? '') === entry.name);
      if (here.length === 0) return entry;
      const leaf = here.find((w) => w.parts.length === 1);
      if (leaf) return { ...entry, oid: leaf.oid };
      return {
        ...entry,
        oid: this.replace(
          entry.oid,
          here.map((w) => ({ ...w, parts: w.parts.slice(1) })),
          made,
        ),
      };
    });
    return this.store({ type: 'tree', data: treeData(entries) }, made);
  }

  private store(object: GitObject, made: GitObject[]): string {
    const oid = objectId(object.type, object.data);
    if (!this.objects.has(oid)) this.objects.set(oid, object);
    made.push(object);
    return oid;
  }

  /** A request whose failure is worded as git words it, with the caller's inputs in the hint. */
  private async request<T>(command: string, operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof SmartHttpFailure)
        throw gitFailure(operation, error.gitText, this.context(command));
      if (error instanceof SmartHttpUnavailable || error instanceof PackError) {
        throw new GitError(
          operation,
          'other',
          `the server's answer was not understood (${shown(error.message)})`,
        );
      }
      throw error;
    }
  }

  private context(command: string) {
    return { command, url: this.http.url, branch: this.branch, inputs: this.inputs };
  }
}

/** A path part as a tree stores it: its UTF-8 bytes, one latin1 character each. */
function bytesOf(part: string): string {
  return Buffer.from(part, 'utf8').toString('latin1');
}

function firstLine(packets: readonly Packet[]): string {
  return JSON.stringify(packets.map(packetText).find(Boolean)?.slice(0, 80) ?? '');
}
