import type { Runner } from './runner.js';

/** What domain code may say; it never needs the rest of the runner protocol. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export function runnerLogger(runner: Runner): Logger {
  return {
    info: (m) => runner.info(m),
    warning: (m) => runner.annotate('warning', m),
    debug: (m) => runner.debug(m),
  };
}

export const silentLogger: Logger = { info: () => {}, warning: () => {}, debug: () => {} };
