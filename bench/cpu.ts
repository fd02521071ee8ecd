import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) used so far by this process and every child it has reaped,
 * including their own reaped descendants: the bench's git server and its `git http-backend`s,
 * each action process and the git it runs. Linux only; elsewhere this process alone.
 */
export function cpuSeconds(): number {
  const self = process.cpuUsage();
  const selfSeconds = (self.user + self.system) / 1e6;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? selfSeconds + ticks / 100 : selfSeconds;
  } catch {
    return selfSeconds;
  }
}
