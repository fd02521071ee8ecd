import { formatDuration, InputError, InputReader } from '@gitops-actions/kit';

const from = (values: Record<string, string>): InputReader => new InputReader((name) => values[name] ?? '');

describe('InputReader', () => {
  it('reads strings with defaults and required checks that name the input', () => {
    const inputs = from({ branch: '  dev  ' });
    expect(inputs.string('branch')).toBe('dev');
    expect(inputs.string('other', { default: 'main' })).toBe('main');
    expect(() => inputs.string('files', { required: true })).toThrow(
      "Input 'files' is required and was not supplied",
    );
  });

  it('parses booleans like the runner and rejects anything else', () => {
    expect(from({ a: 'TRUE' }).boolean('a', false)).toBe(true);
    expect(from({ a: 'False' }).boolean('a', true)).toBe(false);
    expect(from({}).boolean('a', true)).toBe(true);
    expect(() => from({ 'dry-run': 'yes' }).boolean('dry-run', false)).toThrow(
      "Input 'dry-run' must be true or false, got 'yes'",
    );
  });

  it('splits multiline and list inputs, dropping blanks', () => {
    const inputs = from({ files: 'a.yaml\r\n\n  b.yaml \n', tags: 'x, y\nz,,' });
    expect(inputs.multiline('files')).toEqual(['a.yaml', 'b.yaml']);
    expect(inputs.list('tags')).toEqual(['x', 'y', 'z']);
    expect(() => from({ files: ' \n ' }).multiline('files', { required: true })).toThrow(InputError);
  });

  it('accepts only the allowed enum values', () => {
    const formats = ['auto', 'helm'] as const;
    expect(from({ format: 'helm' }).enum('format', formats, 'auto')).toBe('helm');
    expect(from({}).enum('format', formats, 'auto')).toBe('auto');
    expect(() => from({ format: 'json' }).enum('format', formats, 'auto')).toThrow(
      "Input 'format' must be one of auto, helm, got 'json'",
    );
  });

  it('bounds integers and names the input when out of range', () => {
    const bounds = { min: 1, max: 100, default: 10 };
    expect(from({ n: '7' }).integer('n', bounds)).toBe(7);
    expect(from({}).integer('n', bounds)).toBe(10);
    expect(() => from({ 'max-attempts': '0' }).integer('max-attempts', bounds)).toThrow(
      "Input 'max-attempts' must be between 1 and 100, got '0'",
    );
    expect(() => from({ n: '1.5' }).integer('n', bounds)).toThrow("Input 'n' must be an integer, got '1.5'");
  });

  describe('duration', () => {
    const bounds = { default: 600_000, min: 1000, max: 6 * 3_600_000 };
    const duration = (value: string, b: { default: number; min?: number; max: number } = bounds) =>
      from({ timeout: value }).duration('timeout', b);

    it.each([
      ['600', 600_000],
      ['0600', 600_000],
      ['90s', 90_000],
      ['10m', 600_000],
      ['1h30m', 5_400_000],
      ['2m30s', 150_000],
      ['1.5h', 5_400_000],
      ['.5m', 30_000],
      ['1500ms', 1500],
      ['1m0.5s', 60_500],
      ['30m1h', 5_400_000],
      ['  45s  ', 45_000],
    ])('reads %j as %d ms', (value, ms) => {
      expect(duration(value)).toBe(ms);
    });

    it('returns the default when empty and accepts zero when the minimum allows it', () => {
      expect(from({}).duration('timeout', bounds)).toBe(600_000);
      expect(duration('0', { default: 30_000, max: 86_400_000 })).toBe(0);
      expect(duration('0s', { default: 30_000, max: 86_400_000 })).toBe(0);
    });

    it.each(['x', '1.5', '1h30', 'h', '10M', '1d', '1h 30m', '1..5h', '+5m', '5 m', '1e3s', 's10', '1h-5m'])(
      'rejects %j with an example, naming the input',
      (value) => {
        expect(() => duration(value)).toThrow(
          `Input 'timeout' must be a duration such as 600, 90s, 10m or 1h30m, got '${value}'`,
        );
      },
    );

    it('rejects negative durations', () => {
      expect(() => duration('-5m')).toThrow("Input 'timeout' must not be negative, got '-5m'");
      expect(() => duration('-30')).toThrow("Input 'timeout' must not be negative, got '-30'");
    });

    it('names the bounds in the same form, and what a bare number of seconds amounts to', () => {
      expect(() => duration('0')).toThrow("Input 'timeout' must be between 1s and 6h, got '0'");
      expect(() => duration('500ms')).toThrow("Input 'timeout' must be between 1s and 6h, got '500ms'");
      expect(() => duration('6h0m1s')).toThrow("Input 'timeout' must be between 1s and 6h, got '6h0m1s'");
      expect(() => duration('90000')).toThrow("Input 'timeout' must be between 1s and 6h, got '90000' (25h)");
      expect(() => duration('9'.repeat(400) + 'h')).toThrow('must be between 1s and 6h');
      expect(duration('6h')).toBe(21_600_000);
      expect(duration('1')).toBe(1000);
      const grace = { default: 30_000, max: 24 * 3_600_000 };
      expect(() => duration('1441m', grace)).toThrow(
        "Input 'timeout' must be between 0s and 24h, got '1441m'",
      );
      expect(() => duration('5400', { default: 0, min: 0, max: 3_600_000 + 1500 })).toThrow(
        "must be between 0s and 1h1.5s, got '5400' (1h30m)",
      );
    });
  });

  it('parses enum lists, exact versions, SHA-256 digests and KEY=value lines, naming the input', () => {
    const inputs = from({
      severity: 'high, critical\nHIGH',
      'trivy-version': 'v0.58.1',
      checksum: 'sha256:' + 'AB'.repeat(32),
      'build-args': 'A=1\nB=x=y',
    });
    const severity = { noun: 'severity', upperCase: true };
    expect(inputs.enumList('severity', ['CRITICAL', 'HIGH', 'LOW'], ['LOW'], severity)).toEqual([
      'HIGH',
      'CRITICAL',
    ]);
    expect(inputs.enumList('none', ['CRITICAL', 'HIGH'], ['HIGH'], severity)).toEqual(['HIGH']);
    expect(() => from({ severity: 'SEVERE' }).enumList('severity', ['HIGH'], [], severity)).toThrow(
      "Input 'severity' has unknown severity 'SEVERE'; use HIGH",
    );
    expect(inputs.exactVersion('trivy-version', '0.58.1')).toBe('0.58.1');
    expect(() => from({ v: 'latest' }).exactVersion('v', '0.58.1')).toThrow(
      "Input 'v' must be an exact release such as 0.58.1, got 'latest' (tags can be moved)",
    );
    expect(inputs.sha256('checksum')).toBe('ab'.repeat(32));
    expect(() => from({ c: 'abc' }).sha256('c')).toThrow("Input 'c' must be a SHA-256 of 64 hex digits");
    expect(inputs.keyValues('build-args')).toEqual(['A=1', 'B=x=y']);
    expect(() => from({ labels: 'nokey' }).keyValues('labels')).toThrow(
      "Input 'labels' 'nokey' is not KEY=value",
    );
  });
});

describe('formatDuration', () => {
  it('writes milliseconds back in the form duration inputs accept', () => {
    expect(formatDuration(600_000)).toBe('10m');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(90_500)).toBe('1m30.5s');
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(0)).toBe('0s');
    for (const text of ['10m', '1h30m', '1m30.5s', '250ms']) {
      expect(formatDuration(new InputReader(() => text).duration('t', { default: 1, max: 86_400_000 }))).toBe(
        text,
      );
    }
  });
});
