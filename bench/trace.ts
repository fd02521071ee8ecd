import { readFile } from 'node:fs/promises';

export interface GitStep {
  command: string;
  ms: number;
  /** Time spent writing the work tree (trace2 region unpack_trees/unpack_trees). */
  worktreeMs: number;
}

interface Trace2Event {
  event?: string;
  sid?: string;
  argv?: string[];
  t_abs?: number;
  t_rel?: number;
  category?: string;
  label?: string;
}

const OPTIONS_WITH_VALUE = new Set(['-c', '-C', '--git-dir', '--work-tree']);

function subcommand(argv: readonly string[]): string {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return '?';
}

/**
 * Reads a GIT_TRACE2_EVENT file and returns the top-level git processes (not the helpers they
 * spawn, such as git-remote-http or index-pack) with their lifetimes, in start order.
 */
export async function gitSteps(file: string): Promise<GitStep[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  const steps = new Map<string, GitStep>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let event: Trace2Event;
    try {
      event = JSON.parse(line) as Trace2Event;
    } catch {
      continue;
    }
    if (!event.sid || event.sid.includes('/')) continue;
    if (event.event === 'start' && event.argv) {
      steps.set(event.sid, { command: subcommand(event.argv), ms: 0, worktreeMs: 0 });
    } else if (event.event === 'exit' && event.t_abs !== undefined) {
      const step = steps.get(event.sid);
      if (step) step.ms = event.t_abs * 1000;
    } else if (
      event.event === 'region_leave' &&
      event.category === 'unpack_trees' &&
      event.label === 'unpack_trees' &&
      event.t_rel !== undefined
    ) {
      const step = steps.get(event.sid);
      if (step) step.worktreeMs += event.t_rel * 1000;
    }
  }
  return [...steps.values()];
}

/** `clone 412 ms, sparse-checkout 9 ms, ...`; repeated commands are summed with a count. */
export function describeSteps(steps: readonly GitStep[]): string {
  const totals = new Map<string, { ms: number; worktreeMs: number; n: number }>();
  for (const step of steps) {
    const total = totals.get(step.command) ?? { ms: 0, worktreeMs: 0, n: 0 };
    total.ms += step.ms;
    total.worktreeMs += step.worktreeMs;
    total.n += 1;
    totals.set(step.command, total);
  }
  return [...totals.entries()]
    .map(([command, { ms, worktreeMs, n }]) => {
      const worktree = worktreeMs >= 20 ? ` (${Math.round(worktreeMs)} ms writing the work tree)` : '';
      return `${command}${n > 1 ? ` ×${n}` : ''} ${Math.round(ms)} ms${worktree}`;
    })
    .join(', ');
}
