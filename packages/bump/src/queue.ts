// Contention turned into a queue. A writer creates a ticket ref under
// refs/gitops-actions/queue/<branch>/ (one push that may only create it): over HTTP as it opens the
// branch, alongside the listing of the tip and the tickets, so that writers who arrive together
// queue instead of racing (but for one whose ticket was still on its way when another listed the
// queue); through git only after it lost a race. It sleeps while tickets older than its own are
// alive, and when it is first it pushes the branch and deletes its ticket in one atomic push.
// Nobody fetches, edits and pushes in a loop; nothing ahead moving for 15 s means go anyway.
//
// The queue is advisory: the branch push stays the compare-and-swap that keeps every update, so a
// human push, a writer that read the refs before another's ticket came, a crashed writer's ticket
// (ignored once expired) or a server that refuses the refs (then: backoff sized by the losses and
// the measured cycle) costs time, never an update.
import { shown, type Clock, type Logger } from '@gitops-actions/kit';
import { GitError, type RefUpdate, type RemoteBranch } from '@gitops-actions/git';

export const QUEUE_ROOT = 'refs/gitops-actions/queue';
/** A ticket lives this long; a writer that died holding one delays the others at most this long. */
export const TICKET_TTL_MS = 120_000;
const MIN_POLL_MS = 40;
const NEXT_LOOK_MS = 150;
/** The longest turn a waiting writer counts on, whatever turns it measured while writers started. */
const FAR_TURN_MS = 500;
/** Looks at an unchanged queue, next in line, before it looks less often (12 × 150 ms or so). */
const STALLED_LOOKS = 12;
const MAX_POLL_MS = 5_000;
const MAX_BACKOFF_MS = 10_000;
/** Nothing ahead moved for this long (and this many turns): the writers ahead are gone. */
const STALLED_MS = 15_000;
const STALLED_TURNS = 8;

export interface QueuePorts {
  clock: Clock;
  random: () => number;
  log: Logger;
}

/** A ticket's name sorts by arrival and carries its expiry: `<arrival>-<expiry>-<random>`, ms since epoch. */
export interface Ticket {
  ref: string;
  arrival: number;
  expires: number;
  sha: string;
}

/** The queue's folder for a branch: the branch as one ref component, so `a` and `a/b` never share one. */
export function queuePrefix(branch: string): string {
  return `${QUEUE_ROOT}/${encodeURIComponent(branch)}`;
}

export function ticketName(arrival: number, expires: number, random: () => number): string {
  const suffix = Math.floor(random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  return `${String(arrival).padStart(15, '0')}-${String(expires).padStart(15, '0')}-${suffix}`;
}

export function parseTicket(ref: string, sha: string): Ticket | undefined {
  const match = /\/(\d{15})-(\d{15})-[0-9a-f]{8}$/.exec(ref);
  if (!match) return undefined;
  return { ref, arrival: Number(match[1]), expires: Number(match[2]), sha };
}

/** What a waiting writer saw of the queue: when the number ahead last changed, and looks since. */
interface Pace {
  at: number;
  ahead: number;
  idle: number;
}

export class BranchQueue {
  private ticket: Ticket | undefined;
  private refused = false;
  private losses = 0;
  /** How long one writer's turn takes: its fetch, edit and push. Measured, then observed. */
  private cycleMs = 2_000;
  /** Turn lengths seen: this writer's own attempt, then the time between changes of the queue. */
  private readonly samples: number[] = [];
  private readonly expired = new Map<string, string>();
  /** The tip the look that ended the wait listed: the turn that follows fetches that one. */
  private fresh: string | undefined;
  /** What tickets point at: a blob, so that fetching the queue fetches no commit or tree. */
  private token: string | undefined;

  constructor(
    readonly repo: RemoteBranch,
    private readonly branch: string,
    private readonly ports: QueuePorts,
  ) {}

  /** The duration of this writer's open or of one of its attempts: a turn's length, first guessed. */
  measured(ms: number): void {
    if (ms > 0) this.sample(ms);
  }

  /** The branch's tip as the look that ended the wait listed it, once; undefined when stale. */
  takeFresh(): string | undefined {
    const tip = this.fresh;
    this.fresh = undefined;
    return tip;
  }

  /** The ref updates that end this writer's turn with its push: its ticket's deletion. */
  leaseUpdates(): RefUpdate[] {
    return this.ticket ? [{ src: '', dst: this.ticket.ref, lease: this.ticket.sha }] : [];
  }

  /** After a push that carried leaseUpdates() landed: the ticket is gone with it. */
  landed(): void {
    this.ticket = undefined;
  }

  /**
   * After a lost race on `base`: waits for this writer's turn and says how it waited, for the
   * attempt's log line.
   */
  async waitTurn(): Promise<string> {
    this.losses += 1;
    this.fresh = undefined;
    if (!this.ticket && !this.refused) await this.join();
    if (this.ticket) return `${await this.waitFirst()}; retrying on the new tip`;
    const ceiling = Math.min(MAX_BACKOFF_MS, this.losses * this.cycleMs);
    const delayMs = Math.round(this.ports.random() * ceiling);
    await this.ports.clock.sleep(delayMs);
    return `retrying on the new tip in ${delayMs} ms`;
  }

  /**
   * As the branch opens, alongside its first read: takes a ticket whatever the queue holds, so
   * that writers arriving together queue at once instead of racing first and queueing only after
   * losing. `enter` then says who is ahead.
   */
  async take(): Promise<void> {
    if (!this.ticket && !this.refused) await this.join();
  }

  /**
   * With the tickets listed as the branch opened (read alongside `take()`): when writers are
   * ahead, waits its turn and says how; undefined when this writer goes at once. A ticket still
   * on its way when the listing was read is missed: its writer may race this one, and the loser
   * waits its turn.
   */
  async enter(listed: ReadonlyMap<string, string> | undefined): Promise<string | undefined> {
    if (!this.ticket || !listed) return undefined;
    const ahead = this.countAhead(this.ticket, listed);
    return ahead > 0 ? `${ahead} already queued: ${await this.waitFirst(ahead)}` : undefined;
  }

  private async waitFirst(known?: number): Promise<string> {
    const { waitedMs, ahead } = await this.untilFirst(known);
    const still = ahead > 0 ? ` (${ahead} ahead expired or stalled: going anyway)` : '';
    return `waited ${waitedMs} ms for our turn in the queue${still}`;
  }

  /** Deletes this writer's ticket and the expired ones it saw; never fails the bump. */
  async leave(): Promise<void> {
    const updates: RefUpdate[] = [...this.expired].map(([ref, sha]) => ({ src: '', dst: ref, lease: sha }));
    updates.push(...this.leaseUpdates());
    this.expired.clear();
    this.ticket = undefined;
    if (updates.length === 0) return;
    await this.repo.push(updates).catch((error: unknown) => {
      this.ports.log.debug(`Could not delete queue tickets: ${(error as Error).message}`);
    });
  }

  private async join(arrival = this.ports.clock.now()): Promise<void> {
    const name = ticketName(arrival, arrival + TICKET_TTL_MS, this.ports.random);
    const ref = `${queuePrefix(this.branch)}/${name}`;
    this.token ??= await this.repo.writeBlob(`${QUEUE_ROOT} ticket\n`);
    const token = this.token;
    const refusal = await this.repo
      .push([{ src: token, dst: ref, lease: '' }])
      .then((r) => (r.pushed ? undefined : r.reason))
      .catch((error: unknown) => {
        if (!(error instanceof GitError && error.failure === 'network')) return (error as Error).message;
        // The network failed, the server refused nothing: the writer may queue after a lost race.
        // A push lost midway may have created the ticket: leave() removes it if so.
        this.expired.set(ref, token);
        this.ports.log.debug(`Could not take a queue ticket: ${shown(error.message, { max: 300 })}`);
        return null;
      });
    this.ticket = refusal === undefined ? parseTicket(ref, token) : undefined;
    if (refusal === undefined || refusal === null) return;
    this.refused = true;
    this.ports.log.info(
      `The server refused the queue ref ${ref} (${shown(refusal, { max: 300 })}); waiting with backoff instead of in the queue`,
    );
  }

  /** Sleeps until no live ticket is older than ours; returns how long, and how many were passed over. */
  private async untilFirst(known?: number): Promise<{ waitedMs: number; ahead: number }> {
    const { clock } = this.ports;
    const start = clock.now();
    const pace: Pace = { at: start, ahead: Number.POSITIVE_INFINITY, idle: 0 };
    const still = { since: start, seen: '' };
    for (;;) {
      const ticket = this.ticket;
      if (!ticket) return { waitedMs: clock.now() - start, ahead: 0 };
      // A count the caller already has (the refs a push listed) stands for the first look.
      const ahead = known ?? (await this.lookAhead(ticket, pace));
      known = undefined;
      const now = clock.now();
      // A writer ahead that stopped moving (its job cancelled before it removed its ticket) holds
      // nobody up for long: the branch push is a compare-and-swap, so going anyway is safe.
      const seen = `${ahead} ${this.fresh ?? ''}`;
      if (seen !== still.seen) Object.assign(still, { since: now, seen });
      const stalled = now - still.since >= Math.max(STALLED_MS, STALLED_TURNS * this.cycleMs);
      if (ahead === 0 || now >= ticket.expires || stalled) return { waitedMs: now - start, ahead };
      const delay = this.nextLook(pace, ahead, now);
      await clock.sleep(
        Math.round(Math.min(MAX_POLL_MS, ticket.expires - now, Math.max(MIN_POLL_MS, delay))),
      );
    }
  }

  /** One look; a look the network failed is no news (the next may get through), not the end. */
  private async lookAhead(ticket: Ticket, pace: Pace): Promise<number> {
    try {
      return await this.ahead(ticket);
    } catch (error) {
      if (!(error instanceof GitError && error.retryable)) throw error;
      this.ports.log.debug(`A look at the queue failed, looking again: ${error.message}`);
      return Number.isFinite(pace.ahead) ? pace.ahead : 1;
    }
  }

  /**
   * When to look again. Far back, the writer sleeps 70-90% of the turns ahead of it but one (5 s
   * at most, jittered too), a turn counted as measured (the open's own length until a turn is
   * seen) but 0.5 s at most: turns measured while writers start together are no guide to the
   * turns after (on the bench, sleeping on them left the branch idle for seconds), and sleeping on
   * a fraction of a fast turn made each far writer look about seven times. Just moved up to next
   * in line, it lets half a turn pass (the writer ahead has only begun its own), then looks every
   * third of a turn (150 ms at most), less and less often once nothing moved for several turns (a
   * slow or dead writer ahead).
   */
  private nextLook(pace: Pace, ahead: number, now: number): number {
    const seen = ahead < pace.ahead && Number.isFinite(pace.ahead);
    const movedUp = seen && pace.ahead - ahead === 1;
    if (seen) this.sample((now - pace.at) / (pace.ahead - ahead));
    pace.idle = ahead === pace.ahead ? pace.idle + 1 : 0;
    if (ahead !== pace.ahead) Object.assign(pace, { at: now, ahead });
    const turn = Math.min(this.cycleMs, FAR_TURN_MS);
    const look = Math.min(this.cycleMs / 3, NEXT_LOOK_MS);
    // Waking early costs one look; waking late leaves the branch idle for every writer behind.
    // Jittered, so the writers that saw the same change do not all look at the same moment.
    if (ahead > 1) return Math.min((ahead - 1) * turn, MAX_POLL_MS) * (0.7 + this.ports.random() / 5);
    const jitter = 0.75 + this.ports.random() / 2;
    // The gap between two turns is this look's latency, so it looks often (a look is one ls-refs
    // request). Only a turn far longer than the others (a slow or dead writer ahead) makes it look
    // less and less often.
    if (movedUp) return Math.max(turn / 2, look) * jitter;
    const stalled = Math.max(0, pace.idle - STALLED_LOOKS);
    return look * 1.5 ** Math.min(stalled, 10) * jitter;
  }

  /**
   * The median of the turn lengths seen: one long sample only says this writer looked late, one
   * short one that two turns ended between two looks; neither should set the pace alone.
   */
  private sample(ms: number): void {
    this.samples.push(Math.max(MIN_POLL_MS, Math.round(ms)));
    const sorted = [...this.samples].sort((a, b) => a - b);
    this.cycleMs = sorted[Math.floor((sorted.length - 1) / 2)] ?? this.cycleMs;
  }

  /**
   * Live tickets older than ours, listed with the branch's tip; re-creates ours if it is gone
   * (deleted as expired by a peer).
   */
  private async ahead(ticket: Ticket): Promise<number> {
    // Over HTTP a look is one ls-refs request and no git process: a waiting writer spawns none,
    // and the tip is fetched only by the attempt that follows the look that ended the wait.
    const { tip, refs } = await this.repo.lookRefs(queuePrefix(this.branch));
    this.fresh = tip;
    if (!refs.has(ticket.ref)) {
      this.ticket = undefined;
      this.fresh = undefined;
      await this.join(ticket.arrival);
      if (!this.ticket) return 0;
    }
    return this.countAhead(ticket, refs);
  }

  /** Live tickets older than `ticket` among `refs`; expired ones are noted for deletion. */
  private countAhead(ticket: Ticket, refs: ReadonlyMap<string, string>): number {
    const now = this.ports.clock.now();
    let ahead = 0;
    for (const [ref, sha] of refs) {
      const other = parseTicket(ref, sha);
      if (!other || ref === ticket.ref) continue;
      if (other.expires <= now) this.expired.set(ref, sha);
      else if (ref < ticket.ref) ahead += 1;
    }
    return ahead;
  }
}
