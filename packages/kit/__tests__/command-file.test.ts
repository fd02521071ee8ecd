import { parseCommandFile } from '@gitops-actions/kit';

describe('parseCommandFile', () => {
  it('reads name=value lines, keeping further = signs in the value', () => {
    expect(parseCommandFile('a=1\nb=x=y\n\nempty=\n')).toEqual({ a: '1', b: 'x=y', empty: '' });
  });

  it('reads heredoc blocks with any delimiter and CRLF line ends', () => {
    const text = 'json<<ghadelimiter_abc\r\n{\r\n  "a": 1\r\n}\r\nghadelimiter_abc\r\nafter=yes\r\n';
    expect(parseCommandFile(text)).toEqual({ json: '{\n  "a": 1\n}', after: 'yes' });
  });

  it('keeps blank lines inside a heredoc and allows an empty value', () => {
    expect(parseCommandFile('x<<E\n\nmid\n\nE\ny<<E\nE\n')).toEqual({ x: '\nmid\n', y: '' });
  });

  it('picks the form whose marker comes first on the line', () => {
    expect(parseCommandFile('cmd=a<<b\n')).toEqual({ cmd: 'a<<b' });
    expect(parseCommandFile('v<<E\nk=v\nE\n')).toEqual({ v: 'k=v' });
  });

  it('lets a later entry win', () => {
    expect(parseCommandFile('tag=v1\ntag=v2\n')).toEqual({ tag: 'v2' });
  });

  it('rejects malformed files as the runner does', () => {
    expect(() => parseCommandFile('x<<E\nnever closed\n')).toThrow(/never closed/);
    expect(() => parseCommandFile('=value\n')).toThrow(/empty name/);
    expect(() => parseCommandFile('just text\n')).toThrow(/expected name=value/);
    expect(() => parseCommandFile('x<<\n')).toThrow(/empty delimiter/);
  });
});
