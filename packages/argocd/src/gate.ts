// Sync windows before the wait needs a sync: read the app's windows and, when one blocks the sync,
// fail at once saying which window and when it opens (`sync-window: fail`), or wait for it when it opens
// before the deadline (`wait`). Argo CD's 403 for a blocked sync lands here too.
import { formatDuration, shown, type Clock } from '@gitops-actions/kit';
import { ArgoApiError } from './client.js';
import { isOperationRunning, revisionMatches, snapshotOf, syncedRevisions } from './decision.js';
import { WAIT_FOR_ARGOCD_INPUTS, type ArgoInputNames } from './inputs.js';
import { pause, type Deadline } from './timers.js';
import type { Tracker } from './tracker.js';
import type { AppProject } from './types.js';
import type { ArgoPorts, SyncWindowBlock, WaitOptions } from './wait-types.js';
import {
  blockedNow,
  describeWindow,
  nextOpening,
  wallTime,
  WINDOW_SEARCH_DAYS,
  type SyncWindow,
  type SyncWindowsAnswer,
} from './windows.js';

/** What the gates of one wait share: the log line about unreadable windows is said once. */
export interface GateContext {
  opts: WaitOptions;
  ports: ArgoPorts;
  clock: Clock;
  deadline: Deadline;
  unreadableSaid?: boolean;
}

/** Argo CD's answer to a sync a window refuses: "Cannot sync: Blocked by sync window" (older: lower case). */
export function isWindowRefusal(error: unknown): error is ArgoApiError {
  return (
    error instanceof ArgoApiError &&
    error.kind === 'status' &&
    error.status === 403 &&
    /blocked by sync window/i.test(error.detail)
  );
}

/** The wait needs a sync to happen: it triggers one, or the app is not yet synced at the expected revision. */
function needsSync(t: Tracker, opts: WaitOptions): boolean {
  if (opts.sync) return true;
  if (isOperationRunning(t.app)) return false;
  const expected = opts.expect.revision;
  const at = expected ? syncedRevisions(t.app).some((r) => revisionMatches(r, expected)) : true;
  return !(snapshotOf(t.app).sync === 'Synced' && at);
}

/**
 * Lets the app through once no window blocks its sync (waiting for one when asked and in time); sets
 * `t.window` and a failed verdict, and returns false, when a window keeps it from syncing. `refused`
 * says Argo CD already refused a sync for a window, whatever the windows answer says.
 */
export async function passWindows(ctx: GateContext, t: Tracker, refused?: ArgoApiError): Promise<boolean> {
  if (!refused && !needsSync(t, ctx.opts)) return true;
  for (let round = 0; round < 3; round++) {
    const answer = await readWindows(ctx, t);
    const manual = ctx.opts.sync;
    if (!answer) {
      if (!refused) return true;
      const note = "the app's sync windows are not readable, so when it opens is unknown";
      return blocked(ctx, t, { windows: [], manual, reason: refused.detail, note });
    }
    if (!blockedNow(answer, manual) && !(refused && round === 0)) return true;
    const block = await describeBlock(ctx, t, answer, manual);
    const now = ctx.clock.now();
    const opensAt = block.opensAt;
    const mode = ctx.opts.syncWindow ?? 'fail';
    if (mode === 'fail' || opensAt === undefined || opensAt + 1000 >= ctx.deadline.at) {
      return blocked(ctx, t, block);
    }
    ctx.ports.log.info(
      `${t.key}: ${blockText(block, now)}; waiting ${formatDuration(opensAt + 1000 - now)} for it`,
    );
    await pause(ctx.clock, opensAt + 1000 - now, ctx.deadline.signal);
    if (ctx.deadline.passed) return blocked(ctx, t, block);
    refused = undefined;
  }
  return true;
}

async function readWindows(ctx: GateContext, t: Tracker): Promise<SyncWindowsAnswer | undefined> {
  const { api, log } = ctx.ports;
  if (!api.syncWindows) return undefined;
  try {
    return await api.syncWindows(t.ref, ctx.deadline.signal);
  } catch (error) {
    const unusable =
      error instanceof ArgoApiError &&
      (error.kind !== 'status' || [403, 404, 405, 501].includes(error.status));
    if (!unusable) throw error;
    if (!ctx.unreadableSaid) {
      ctx.unreadableSaid = true;
      log.info(
        `Argo CD's sync windows are not readable (${error.message}); carrying on without them ` +
          '(an older Argo CD, or a token without `applications, get` on that route)',
      );
    }
    return undefined;
  }
}

/** The windows that block, their time zones from the project, and when a sync next may run. */
async function describeBlock(
  ctx: GateContext,
  t: Tracker,
  answer: SyncWindowsAnswer,
  manual: boolean,
): Promise<SyncWindowBlock> {
  const active = answer.activeWindows ?? [];
  const assigned = answer.assignedWindows ?? [];
  const zones = await projectZones(ctx, t);
  const zoned = (w: SyncWindow): SyncWindow => ({ ...w, timeZone: zones.of(w) });
  const deny = active.filter((w) => w.kind === 'deny');
  const culprits = deny.length ? deny : assigned.filter((w) => w.kind === 'allow');
  const windows = culprits.map(zoned);
  let opensAt: number | undefined;
  let reason: string | undefined;
  try {
    opensAt = nextOpening(assigned.map(zoned), ctx.clock.now(), manual);
  } catch (error) {
    reason = `when it opens is unknown: ${(error as Error).message}`;
  }
  if (opensAt === undefined && !reason) reason = `it does not open within ${WINDOW_SEARCH_DAYS} days`;
  return { windows, opensAt, manual, zonesKnown: zones.known, note: zones.note, reason };
}

/** Time zones are only in the project (`v1alpha1SyncWindow`), not in the app's windows answer. */
async function projectZones(
  ctx: GateContext,
  t: Tracker,
): Promise<{ of: (w: SyncWindow) => string; known: boolean; note?: string }> {
  const name = t.app.spec?.project ?? 'default';
  let project: AppProject | undefined;
  let note: string | undefined;
  try {
    project = await ctx.ports.api.project?.(name, ctx.deadline.signal);
  } catch (error) {
    note = `time zones read as UTC: the project ${shown(name)} is not readable (${(error as Error).message}); grant \`projects, get\` to show them`;
  }
  const defined = project?.spec?.syncWindows ?? [];
  const of = (w: SyncWindow): string =>
    defined.find(
      (d) =>
        d.kind === w.kind &&
        d.schedule === w.schedule &&
        d.duration === w.duration &&
        (d.manualSync ?? false) === (w.manualSync ?? false),
    )?.timeZone ?? '';
  return { of, known: project !== undefined, note };
}

function blocked(ctx: GateContext, t: Tracker, block: SyncWindowBlock): false {
  t.window = block;
  const now = ctx.clock.now();
  const reason = blockText(block, now) + opensText(block, ctx);
  const names: ArgoInputNames = ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
  t.assessment = {
    snapshot: snapshotOf(t.app),
    memory: {},
    verdict: {
      state: 'failed',
      kind: 'sync-window',
      reason,
      resources: [],
      hint: windowHint(block, ctx, names),
    },
  };
  return false;
}

/** `a deny sync window blocks the sync: deny "0 8 * * 1-5" for 10h (Europe/Berlin)`. */
export function blockText(block: SyncWindowBlock, now: number): string {
  const who = block.manual ? 'the sync this wait would trigger' : 'the automated sync';
  if (block.windows.length === 0)
    return `Argo CD refused ${who}: ${shown(block.reason ?? 'blocked by sync window')}`;
  const kinds = block.windows.some((w) => w.kind === 'deny')
    ? 'a deny sync window blocks'
    : 'no allow sync window is open for';
  const list = block.windows.map((w) => describeWindow(w, block.zonesKnown)).join('; ');
  const opens =
    block.opensAt === undefined
      ? ''
      : `; it next opens at ${wallTime(block.opensAt, zoneOf(block), now)} (${new Date(block.opensAt).toISOString()}, in ${formatDuration(block.opensAt - now)})`;
  return `${kinds} ${who}: ${list}${opens}`;
}

function zoneOf(block: SyncWindowBlock): string {
  return block.windows[0]?.timeZone ?? '';
}

function opensText(block: SyncWindowBlock, ctx: GateContext): string {
  const notes = [block.note].filter(Boolean);
  if (block.opensAt === undefined && block.windows.length > 0) {
    notes.unshift(block.reason ?? 'when it opens is unknown');
  } else if (
    block.opensAt !== undefined &&
    (ctx.opts.syncWindow ?? 'fail') === 'wait' &&
    block.opensAt + 1000 >= ctx.deadline.at
  ) {
    const timeout = (ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).timeout;
    const ends = new Date(ctx.deadline.at).toISOString();
    notes.unshift(`after the wait's \`${timeout}\` (${formatDuration(ctx.opts.timeoutMs)}) ends at ${ends}`);
  }
  return notes.length ? ` (${notes.join('; ')})` : '';
}

function windowHint(block: SyncWindowBlock, ctx: GateContext, names: ArgoInputNames): string {
  const input = names.syncWindow;
  const wait = input
    ? `Set \`${input}: wait\` to wait for the window (with a \`${names.timeout}\` that reaches past it), re-run once it opens`
    : 'Re-run once the window opens';
  const manual = ctx.opts.sync
    ? ', or ask a project admin for `manualSync: true` on the window (manual syncs then pass)'
    : `, or set \`${names.sync}: true\` when the window has \`manualSync: true\``;
  return `${wait}${manual}. Windows are in the AppProject's spec.syncWindows.`;
}
