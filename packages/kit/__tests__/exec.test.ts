import { exec } from '@gitops-actions/kit';

describe('exec', () => {
  it('passes input and captures output and exit code', async () => {
    expect(await exec('sh', ['-c', 'cat; echo err >&2; exit 3'], { input: 'hello' })).toEqual({
      code: 3,
      stdout: 'hello',
      stderr: 'err\n',
    });
  });

  it('survives a command that exits without reading its input (EPIPE)', async () => {
    for (let i = 0; i < 20; i++) {
      await expect(exec('true', [], { input: 'x'.repeat(1 << 20) })).resolves.toMatchObject({ code: 0 });
    }
  });

  it('keeps arguments as data, never as shell syntax', async () => {
    const result = await exec('printf', ['%s', '$(echo pwned); rm -rf /']);
    expect(result.stdout).toBe('$(echo pwned); rm -rf /');
  });
});
