// The stand-in's sync windows, decided as Argo CD's `SyncWindows` does (Matches, Active, CanSync), on a
// clock the test controls. Written apart from the product's evaluator on purpose (it scans minutes back
// over a window's duration instead of searching forward), so the two check each other.

/** A window as an AppProject's `spec.syncWindows` holds it (`v1alpha1SyncWindow`). */
export interface StandInSyncWindow {
  kind: 'allow' | 'deny';
  schedule: string;
  duration: string;
  applications?: string[];
  namespaces?: string[];
  clusters?: string[];
  manualSync?: boolean;
  timeZone?: string;
}

export interface WindowTarget {
  name: string;
  namespace: string;
  server: string;
}

/** Argo CD's `Matches`: a window applies when any of its applications, namespaces or clusters globs match. */
export function windowsFor(windows: StandInSyncWindow[], app: WindowTarget): StandInSyncWindow[] {
  return windows.filter(
    (w) =>
      (w.applications ?? []).some((g) => glob(g, app.name)) ||
      (w.namespaces ?? []).some((g) => glob(g, app.namespace)) ||
      (w.clusters ?? []).some((g) => glob(g, app.server)),
  );
}

function glob(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(value);
}

/** Started strictly before `now` and not over: `Next(now - duration).Before(now)` in the zone's wall time. */
export function isActive(w: StandInSyncWindow, now: number): boolean {
  const duration = goDuration(w.duration);
  const wall = now + offsetOf(w.timeZone ?? '', now);
  const fields = w.schedule.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`stand-in: schedule ${w.schedule} is not 5 fields`);
  // Every minute start s with wall - duration < s < wall.
  for (let s = Math.floor(wall / 60_000) * 60_000; s > wall - duration; s -= 60_000) {
    if (s < wall && cronMatches(fields, new Date(s))) return true;
  }
  return false;
}

/** Argo CD's `CanSync(manual)`. */
export function canSync(windows: StandInSyncWindow[], now: number, manual: boolean): boolean {
  if (windows.length === 0) return true;
  const active = windows.filter((w) => isActive(w, now));
  const deny = active.filter((w) => w.kind === 'deny');
  if (deny.length) return manual && deny.every((w) => w.manualSync === true);
  if (active.some((w) => w.kind === 'allow')) return true;
  const inactive = windows.filter((w) => w.kind === 'allow' && !active.includes(w));
  if (!inactive.length) return true;
  return manual && inactive.every((w) => w.manualSync === true);
}

const NAMES: Record<number, string[]> = {
  3: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  4: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
};
const LIMITS = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
] as const;

function cronMatches(fields: string[], d: Date): boolean {
  const values = [d.getUTCMinutes(), d.getUTCHours(), d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCDay()];
  const hit = values.map((v, i) => fieldSet(fields[i]!, i).has(v));
  const star = (i: number) => /^[*?](\/1)?$/.test(fields[i]!);
  const day = star(2) || star(4) ? hit[2]! && hit[4]! : hit[2]! || hit[4]!;
  return hit[0]! && hit[1]! && hit[3]! && day;
}

function fieldSet(field: string, i: number): Set<number> {
  const [min, max] = LIMITS[i as 0];
  const num = (t: string) => {
    const named = NAMES[i]?.indexOf(t.toLowerCase()) ?? -1;
    return named >= 0 ? named + (i === 3 ? 1 : 0) : Number(t);
  };
  const set = new Set<number>();
  for (const part of field.split(',')) {
    const [span = '', stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    const [lo = min, to] = span === '*' || span === '?' ? [min, max] : span.split('-').map(num);
    const hi = to ?? (stepText ? max : lo);
    for (let v = lo; v <= hi; v += step) set.add(v);
  }
  return set;
}

function goDuration(text: string): number {
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  let total = 0;
  for (const [, n, u] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) total += Number(n) * units[u!]!;
  return total;
}

/** The zone's UTC offset at `at`, as Argo CD takes it (now, not at the window's time). */
function offsetOf(zone: string, at: number): number {
  if (!zone || zone === 'UTC') return 0;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(at / 1000) * 1000;
}
