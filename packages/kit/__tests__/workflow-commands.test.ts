import { parseWorkflowCommand, parseWorkflowCommands } from '@gitops-actions/kit';

describe('parseWorkflowCommands', () => {
  it('unescapes messages and properties and ignores ordinary output', () => {
    const stdout = 'hello\n::warning title=a%3Ab%2Cc::50%25 done%0D%0Anext\n::endgroup::\n';
    expect(parseWorkflowCommands(stdout)).toEqual([
      { command: 'warning', properties: { title: 'a:b,c' }, message: '50% done\r\nnext' },
      { command: 'endgroup', properties: {}, message: '' },
    ]);
    expect(parseWorkflowCommand('plain :: text')).toBeNull();
  });
});
