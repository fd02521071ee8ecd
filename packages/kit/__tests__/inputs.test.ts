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
});
