// (14.2) The sync-window schedule evaluator: robfig/cron's standard syntax as Argo CD parses it, Go
// durations, time zones as Argo CD applies them, and when a set of windows next lets a sync run.
import {
  CronError,
  nextOpening,
  nextStart,
  parseCron,
  parseGoDuration,
  zoneOffset,
  type SyncWindow,
} from '@gitops-actions/argocd';

const at = (iso: string) => Date.parse(iso);
const next = (spec: string, after: string) => new Date(nextStart(parseCron(spec), at(after))!).toISOString();

describe('(14.2) parseCron and nextStart', () => {
  it('every minute, strictly after the given time', () => {
    expect(next('* * * * *', '2026-03-02T09:00:00Z')).toBe('2026-03-02T09:01:00.000Z');
    expect(next('* * * * *', '2026-03-02T09:00:30Z')).toBe('2026-03-02T09:01:00.000Z');
  });

  it('lists, ranges and steps', () => {
    expect(next('0,30 * * * *', '2026-03-02T09:10:00Z')).toBe('2026-03-02T09:30:00.000Z');
    expect(next('15-17 10 * * *', '2026-03-02T10:16:00Z')).toBe('2026-03-02T10:17:00.000Z');
    expect(next('*/20 * * * *', '2026-03-02T09:41:00Z')).toBe('2026-03-02T10:00:00.000Z');
    expect(next('5/20 * * * *', '2026-03-02T09:26:00Z')).toBe('2026-03-02T09:45:00.000Z');
    expect(next('0 9-17/4 * * *', '2026-03-02T13:00:00Z')).toBe('2026-03-02T17:00:00.000Z');
  });

  it('month and weekday names, any case, in ranges', () => {
    // 2026-03-06 is a Friday: the next weekday 22:00 after Friday 23:00 is Monday.
    expect(next('0 22 * * MON-FRI', '2026-03-06T23:00:00Z')).toBe('2026-03-09T22:00:00.000Z');
    expect(next('0 0 1 jan,Jul *', '2026-03-02T00:00:00Z')).toBe('2026-07-01T00:00:00.000Z');
    expect(next('0 10 * * sun', '2026-03-02T00:00:00Z')).toBe('2026-03-08T10:00:00.000Z');
  });

  it('day of month and day of week: either, unless one is a star (robfig)', () => {
    // 13th or any Friday: Friday 6 March comes first.
    expect(next('0 0 13 * 5', '2026-03-02T00:00:00Z')).toBe('2026-03-06T00:00:00.000Z');
    // Only Fridays (day of month is a star).
    expect(next('0 0 * * 5', '2026-03-07T00:00:00Z')).toBe('2026-03-13T00:00:00.000Z');
    // `?` is a star too.
    expect(next('0 0 ? * 1', '2026-03-02T00:00:00Z')).toBe('2026-03-09T00:00:00.000Z');
  });

  it('a date that never comes has no next start', () => {
    expect(nextStart(parseCron('0 0 30 2 *'), at('2026-01-01T00:00:00Z'))).toBeUndefined();
  });

  it.each([
    ['@daily', /expected exactly 5 fields/],
    ['0 0 * *', /expected exactly 5 fields/],
    ['0 0 0 * * *', /expected exactly 5 fields/],
    ['60 * * * *', /minute 60 is above the maximum 59/],
    ['* * * * 7', /day of week 7 is above the maximum 6/],
    ['* 5-2 * * *', /starts after it ends/],
    ['*/0 * * * *', /must be positive/],
    ['* * * FOO *', /month "FOO" is not a number/],
    ['1/2/3 * * * *', /too many slashes/],
  ])('refuses %s as Argo CD does', (spec, message) => {
    expect(() => parseCron(spec)).toThrow(CronError);
    expect(() => parseCron(spec)).toThrow(message);
  });
});

describe('(14.2) Go durations and time zones', () => {
  it('parses Go durations', () => {
    expect(parseGoDuration('1h')).toBe(3_600_000);
    expect(parseGoDuration('1h30m')).toBe(5_400_000);
    expect(parseGoDuration('1.5h')).toBe(5_400_000);
    expect(parseGoDuration('90s')).toBe(90_000);
    expect(parseGoDuration('10')).toBeUndefined();
    expect(parseGoDuration('1d')).toBeUndefined();
  });

  it("takes a zone's offset at the given time; unknown zones are undefined (Argo CD then uses UTC)", () => {
    expect(zoneOffset('', at('2026-01-15T00:00:00Z'))).toBe(0);
    expect(zoneOffset('Europe/Berlin', at('2026-01-15T00:00:00Z'))).toBe(3_600_000);
    expect(zoneOffset('Europe/Berlin', at('2026-07-15T00:00:00Z'))).toBe(7_200_000);
    expect(zoneOffset('Asia/Kolkata', at('2026-07-15T00:00:00Z'))).toBe(19_800_000);
    expect(zoneOffset('America/New_York', at('2026-01-15T00:00:00Z'))).toBe(-18_000_000);
    expect(zoneOffset('Mars/Olympus', at('2026-01-15T00:00:00Z'))).toBeUndefined();
  });
});

describe('(14.2) nextOpening', () => {
  const open = (windows: SyncWindow[], now: string, manual = true) => {
    const t = nextOpening(windows, at(now), manual);
    return t === undefined ? undefined : new Date(t).toISOString();
  };

  it('a deny window: when it ends, in its time zone', () => {
    // 08:00 Berlin (UTC+1 in March) for 10h: 07:00Z to 17:00Z.
    const deny = [{ kind: 'deny', schedule: '0 8 * * *', duration: '10h', timeZone: 'Europe/Berlin' }];
    expect(open(deny, '2026-03-02T09:00:00Z')).toBe('2026-03-02T17:00:00.000Z');
    expect(open(deny, '2026-03-02T06:59:00Z')).toBe('2026-03-02T06:59:00.000Z');
  });

  it('allow windows: when the next one starts (Sun-Thu 10:00-16:00)', () => {
    const allow = [{ kind: 'allow', schedule: '0 10 * * 0-4', duration: '6h' }];
    expect(open(allow, '2026-03-06T12:00:00Z')).toBe('2026-03-08T10:00:00.000Z');
    expect(open(allow, '2026-03-05T15:00:00Z')).toBe('2026-03-05T15:00:00.000Z');
  });

  it('a deny window inside an allow window opens when both allow it', () => {
    const windows = [
      { kind: 'allow', schedule: '0 9 * * *', duration: '8h' },
      { kind: 'deny', schedule: '0 12 * * *', duration: '1h' },
    ];
    expect(open(windows, '2026-03-02T12:30:00Z')).toBe('2026-03-02T13:00:00.000Z');
    expect(open(windows, '2026-03-02T17:30:00Z')).toBe('2026-03-03T09:00:00.000Z');
  });

  it('back-to-back deny windows open when the last one ends', () => {
    const windows = [
      { kind: 'deny', schedule: '0 8 * * *', duration: '2h' },
      { kind: 'deny', schedule: '0 10 * * *', duration: '2h' },
    ];
    expect(open(windows, '2026-03-02T09:00:00Z')).toBe('2026-03-02T12:00:00.000Z');
  });

  it('manualSync: manual syncs pass an active deny window that allows them; automated ones do not', () => {
    const deny = [{ kind: 'deny', schedule: '0 8 * * *', duration: '10h', manualSync: true }];
    expect(open(deny, '2026-03-02T09:00:00Z', true)).toBe('2026-03-02T09:00:00.000Z');
    expect(open(deny, '2026-03-02T09:00:00Z', false)).toBe('2026-03-02T18:00:00.000Z');
  });

  it('a window that never closes does not open within the search', () => {
    expect(
      open([{ kind: 'deny', schedule: '0 * * * *', duration: '2h' }], '2026-03-02T09:30:00Z'),
    ).toBeUndefined();
    expect(
      open([{ kind: 'allow', schedule: '0 0 30 2 *', duration: '1h' }], '2026-03-02T09:30:00Z'),
    ).toBeUndefined();
  });

  it('ends its search for a window on every minute: it never opens', () => {
    expect(
      open([{ kind: 'deny', schedule: '* * * * *', duration: '2m' }], '2026-03-02T09:30:20Z'),
    ).toBeUndefined();
  });
});
