import { InputError, Inputs } from '@gitops-actions/kit';

const from = (values: Record<string, string>): Inputs => new Inputs((name) => values[name] ?? '');

describe('Inputs', () => {
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
      "Input 'max-attempts' must be between 1 and 100, got 0",
    );
    expect(() => from({ n: '1.5' }).integer('n', bounds)).toThrow("Input 'n' must be an integer, got '1.5'");
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
