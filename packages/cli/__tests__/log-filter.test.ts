// The CLI can itself run inside a workflow step, where its own output is read for commands.
import { parseWorkflowCommands } from '@gitops-actions/kit';
import { LogFilter } from '@gitops-actions/cli';

function filtered(lines: string[]): string {
  const out: string[] = [];
  const filter = new LogFilter((l) => out.push(l), false);
  for (const line of lines) filter.line(line);
  return out.join('\n');
}

describe('LogFilter (issue 12, defect 2)', () => {
  it("passes an action's stop-commands block through as text", () => {
    const out = filtered(['::stop-commands::t1', '::warning::from a server', '::t1::', '::warning::ours']);
    expect(out).toContain('::warning::from a server');
    expect(out).toContain('warning: ours');
    expect(parseWorkflowCommands(out)).toEqual([]);
  });

  it('prints an annotation whose message holds a command line inert', () => {
    const out = filtered(['::error::Could not wait: app says%0A::set-output name=x::y']);
    expect(out).toContain('error: Could not wait: app says');
    expect(parseWorkflowCommands(out)).toEqual([]);
  });

  it('applies masks inside a stopped block', () => {
    const out = filtered(['::add-mask::s3cr3t-value', '::stop-commands::t2', 'token s3cr3t-value', '::t2::']);
    expect(out).toBe('token ***');
  });
});
