// The schedule syntax of Argo CD's sync windows: robfig/cron's standard parser (minute hour
// day-of-month month day-of-week; `*`, `?`, lists, ranges, steps, JAN-DEC and SUN-SAT names, no
// seconds and no @descriptors, as Argo CD builds it), and Go durations. Time zones as Argo CD applies
// them: the schedule is read in wall-clock time shifted by the zone's offset *now*. Pure: no clock.

export class CronError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CronError';
  }
}

interface Field {
  allowed: boolean[];
  /** `*` or `?` (or a step of 1 over them): robfig's starBit, which decides how day fields combine. */
  star: boolean;
}

export interface CronSchedule {
  readonly spec: string;
  readonly minute: Field;
  readonly hour: Field;
  readonly dom: Field;
  readonly month: Field;
  readonly dow: Field;
}

interface Bounds {
  name: string;
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS: Bounds[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])) },
  { name: 'day of week', min: 0, max: 6, names: Object.fromEntries(DAYS.map((d, i) => [d, i])) },
];

/** Parses a 5-field schedule as Argo CD does; throws a `CronError` saying what is wrong. */
export function parseCron(spec: string): CronSchedule {
  const fields = spec.trim().split(/\s+/).filter(Boolean);
  if (fields.length === 0) throw new CronError('empty schedule');
  if (fields.length !== 5) {
    throw new CronError(`expected exactly 5 fields (minute hour day month weekday), found ${fields.length}`);
  }
  const [minute, hour, dom, month, dow] = fields.map((f, i) => parseField(f, FIELDS[i]!));
  return { spec, minute: minute!, hour: hour!, dom: dom!, month: month!, dow: dow! };
}

function parseField(text: string, b: Bounds): Field {
  const allowed = new Array<boolean>(b.max + 1).fill(false);
  let star = false;
  for (const part of text.split(',')) {
    const range = parseRange(part, b);
    for (let v = range.start; v <= range.end; v += range.step) allowed[v] = true;
    star ||= range.star;
  }
  return { allowed, star };
}

function parseRange(expr: string, b: Bounds): { start: number; end: number; step: number; star: boolean } {
  const [span = '', stepText, extra] = expr.split('/');
  if (extra !== undefined) throw new CronError(`too many slashes in ${b.name} ${JSON.stringify(expr)}`);
  const bounds = span.split('-');
  let start: number;
  let end: number;
  let star = false;
  if (bounds[0] === '*' || bounds[0] === '?') {
    if (bounds.length > 1) throw new CronError(`${b.name} ${JSON.stringify(expr)} ranges over *`);
    [start, end, star] = [b.min, b.max, true];
  } else {
    if (bounds.length > 2) throw new CronError(`too many hyphens in ${b.name} ${JSON.stringify(expr)}`);
    start = value(bounds[0]!, b);
    end = bounds.length === 2 ? value(bounds[1]!, b) : start;
  }
  let step = 1;
  if (stepText !== undefined) {
    step = value(stepText, { ...b, names: undefined });
    // robfig: `N/step` means from N to the field's maximum.
    if (bounds.length === 1 && !star) end = b.max;
    if (step > 1) star = false;
  }
  if (start < b.min) throw new CronError(`${b.name} ${start} is below the minimum ${b.min}`);
  if (end > b.max) throw new CronError(`${b.name} ${end} is above the maximum ${b.max}`);
  if (start > end) throw new CronError(`${b.name} range ${JSON.stringify(expr)} starts after it ends`);
  if (step <= 0) throw new CronError(`${b.name} step in ${JSON.stringify(expr)} must be positive`);
  return { start, end, step, star };
}

function value(text: string, b: Bounds): number {
  const named = b.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) throw new CronError(`${b.name} ${JSON.stringify(text)} is not a number`);
  return Number(text);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The first start of `s` strictly after `afterMs`, both in wall-clock milliseconds (a UTC timestamp
 * shifted by the zone's offset); undefined when there is none within five years (e.g. 30 February).
 */
export function nextStart(s: CronSchedule, afterMs: number): number | undefined {
  let t = Math.floor(afterMs / MINUTE) * MINUTE + MINUTE;
  const limit = afterMs + 5 * 366 * DAY;
  while (t <= limit) {
    const d = new Date(t);
    if (!s.month.allowed[d.getUTCMonth() + 1]) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    } else if (!dayMatches(s, d)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    } else if (!s.hour.allowed[d.getUTCHours()]) {
      t = Math.floor(t / HOUR) * HOUR + HOUR * skip(s.hour.allowed, d.getUTCHours(), 24);
    } else if (!s.minute.allowed[d.getUTCMinutes()]) {
      t += MINUTE * skip(s.minute.allowed, d.getUTCMinutes(), 60);
    } else {
      return t;
    }
  }
  return undefined;
}

/** How many units from `from` to the next allowed one, or to the end of the range. */
function skip(allowed: boolean[], from: number, size: number): number {
  let n = from + 1;
  while (n < size && !allowed[n]) n++;
  return n - from;
}

/** robfig: both day fields must match when either is a star, else either may. */
function dayMatches(s: CronSchedule, d: Date): boolean {
  const dom = s.dom.allowed[d.getUTCDate()] === true;
  const dow = s.dow.allowed[d.getUTCDay()] === true;
  return s.dom.star || s.dow.star ? dom && dow : dom || dow;
}

const GO_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: MINUTE,
  h: HOUR,
};

/** Go's time.ParseDuration (`1h`, `90m`, `1h30m`, `1.5h`), in ms; undefined when it is not one. */
export function parseGoDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (!/^(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) {
    total += Number(amount) * GO_UNITS[unit!]!;
  }
  return total;
}

/**
 * The zone's offset from UTC at `atMs`, in ms: 0 for '' or `UTC` (Go's LoadLocation), undefined for a
 * zone this runtime does not know (Argo CD then uses UTC and logs a warning).
 */
export function zoneOffset(zone: string, atMs: number): number | undefined {
  if (zone === '' || zone === 'UTC') return 0;
  let name: string;
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    name = format.formatToParts(new Date(atMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return undefined;
  }
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) return undefined;
  if (!match[1]) return 0;
  const ms = (Number(match[2]) * 60 + Number(match[3])) * MINUTE + Number(match[4] ?? 0) * 1000;
  return match[1] === '-' ? -ms : ms;
}
