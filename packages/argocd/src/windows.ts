// Argo CD's sync windows, evaluated as its controller and API server evaluate them
// (`SyncWindows.CanSync`): whether a sync may run at a time, and when one next may. Pure: the caller
// passes the time, so a test's clock decides.
import { CronError, nextStart, parseCron, parseGoDuration, zoneOffset, type CronSchedule } from './cron.js';

/** One window as the wait knows it: the app's `syncwindows` answer, its time zone from the project. */
export interface SyncWindow {
  kind: string;
  schedule: string;
  duration: string;
  manualSync?: boolean;
  /** IANA zone; '' is UTC, as in Argo CD. */
  timeZone?: string;
}

/** `GET /api/v1/applications/{name}/syncwindows` (`applicationApplicationSyncWindowsResponse`). */
export interface SyncWindowsAnswer {
  activeWindows?: SyncWindow[] | null;
  assignedWindows?: SyncWindow[] | null;
  /** Whether a *manual* sync may run now: the server asks `CanSync(true)`. */
  canSync?: boolean;
}

/**
 * Whether the answer says a sync is refused now. A manual sync (the wait's own) is what the server's
 * `canSync` says; an automated one is refused by any active deny window, and by allow windows that
 * exist while none is active, whatever their `manualSync`.
 */
export function blockedNow(answer: SyncWindowsAnswer, manual: boolean): boolean {
  if (manual) return answer.canSync === false;
  const active = answer.activeWindows ?? [];
  if (active.some((w) => w.kind === 'deny')) return true;
  if (active.some((w) => w.kind === 'allow')) return false;
  return (answer.assignedWindows ?? []).some((w) => w.kind === 'allow');
}

interface Evaluated {
  window: SyncWindow;
  schedule: CronSchedule;
  durationMs: number;
  offsetMs: number;
}

/** The windows readied for evaluation at `now`; throws a `CronError` naming the window at fault. */
function evaluate(windows: SyncWindow[], now: number): Evaluated[] {
  return windows.map((window) => {
    const durationMs = parseGoDuration(window.duration);
    if (durationMs === undefined) {
      throw new CronError(
        `window ${JSON.stringify(window.schedule)} has no Go duration: ${JSON.stringify(window.duration)}`,
      );
    }
    let schedule: CronSchedule;
    try {
      schedule = parseCron(window.schedule);
    } catch (error) {
      throw new CronError(`window schedule ${JSON.stringify(window.schedule)}: ${(error as Error).message}`);
    }
    // Argo CD shifts the schedule by the zone's offset at the time of asking, and uses UTC for a zone it
    // cannot load: a window across a DST change opens when Argo CD says, not when the wall clock does.
    const offsetMs = zoneOffset(window.timeZone ?? '', now) ?? 0;
    return { window, schedule, durationMs, offsetMs };
  });
}

/** Started before `at` and not yet over: Argo CD's `schedule.Next(at - duration).Before(at)`, in the zone. */
function activeAt(e: Evaluated, at: number): boolean {
  const wall = at + e.offsetMs;
  const start = nextStart(e.schedule, wall - e.durationMs);
  return start !== undefined && start < wall;
}

/** Argo CD's `CanSync(manual)` at `at`. */
function canSyncAt(windows: Evaluated[], at: number, manual: boolean): boolean {
  if (windows.length === 0) return true;
  const active = windows.filter((e) => activeAt(e, at));
  const deny = active.filter((e) => e.window.kind === 'deny');
  if (deny.length > 0) return manual && deny.every((e) => e.window.manualSync === true);
  if (active.some((e) => e.window.kind === 'allow')) return true;
  const inactiveAllows = windows.filter((e) => e.window.kind === 'allow' && !active.includes(e));
  if (inactiveAllows.length === 0) return true;
  return manual && inactiveAllows.every((e) => e.window.manualSync === true);
}

/** The next time after `after` at which a window starts or ends, in real (UTC) milliseconds. */
function nextBoundary(e: Evaluated, after: number): number | undefined {
  const wall = after + e.offsetMs;
  const start = nextStart(e.schedule, wall);
  const current = nextStart(e.schedule, wall - e.durationMs);
  const end = current === undefined ? undefined : current + e.durationMs;
  const next = [start, end].filter((t): t is number => t !== undefined && t > wall);
  return next.length ? Math.min(...next) - e.offsetMs : undefined;
}

export const WINDOW_SEARCH_DAYS = 366;
const MAX_STEPS = 200_000;

/**
 * When the windows next let a sync run, from `now`: `now` itself when they do already, the end of the
 * deny windows that block it, or the start of the next allow window. Undefined when that is not within
 * `WINDOW_SEARCH_DAYS`. A window opening at a minute lets syncs through from the second after it (Argo
 * CD asks whether it started *before* now), which is when `opensAt` + 1 s is.
 */
export function nextOpening(windows: SyncWindow[], now: number, manual: boolean): number | undefined {
  const evaluated = evaluate(windows, now);
  if (canSyncAt(evaluated, now, manual)) return now;
  const horizon = now + WINDOW_SEARCH_DAYS * 24 * 60 * 60_000;
  let t = now;
  for (let step = 0; step < MAX_STEPS; step++) {
    const boundaries = evaluated.map((e) => nextBoundary(e, t)).filter((b): b is number => b !== undefined);
    if (boundaries.length === 0) return undefined;
    const b = Math.min(...boundaries);
    if (b > horizon) return undefined;
    if (canSyncAt(evaluated, b + 1000, manual)) return b;
    t = b;
  }
  return undefined;
}

/** `deny "0 22 * * *" for 8h (Europe/Paris)`, manual syncs allowed when it says so. */
export function describeWindow(w: SyncWindow, zoneKnown = true): string {
  const zone = w.timeZone ? w.timeZone : 'UTC';
  const manual = w.manualSync ? ', manual syncs allowed' : '';
  return `${w.kind} ${JSON.stringify(w.schedule)} for ${w.duration} (${zone}${zoneKnown ? '' : '?'}${manual})`;
}

/** `2026-03-02 18:00 Europe/Berlin` as Argo CD reckons wall time there (the zone's offset at `now`). */
export function wallTime(at: number, zone: string, now: number): string {
  const offset = zoneOffset(zone, now) ?? 0;
  return `${new Date(at + offset).toISOString().slice(0, 16).replace('T', ' ')} ${zone || 'UTC'}`;
}
