import path from 'node:path';
import {
  ActionError,
  retry,
  shown,
  systemClock,
  type Clock,
  type Exec,
  type Logger,
} from '@gitops-actions/kit';
import type { TrivyInputNames } from './names.js';
import type { Scanner } from './report.js';

export interface RunOptions {
  binary: string;
  scanType: 'fs' | 'image';
  target: string;
  scanners: readonly Scanner[];
  /** Vulnerability DB mirrors tried in order; empty for Trivy's default. */
  dbRepositories: readonly string[];
  /** Where Trivy writes its JSON report. */
  output: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The caller's inputs that the hints of a failed run point at. */
  inputNames: Pick<TrivyInputNames, 'trivyPath' | 'dbRepository'>;
  /** Whether `binary` is the caller's (its path input), not the release this package installed. */
  givenBinary?: boolean;
  exec: Exec;
  log: Logger;
  clock?: Clock;
  random?: () => number;
  /** Attempts per mirror when the registry answers TOOMANYREQUESTS. */
  attempts?: number;
}

/** Why Trivy stopped, from its log: each calls for a different fix (or a different mirror). */
type Failure = 'rate-limited' | 'db' | 'image' | 'other';

class TrivyFailed extends ActionError {
  constructor(
    operation: string,
    readonly failure: Failure,
    cause: string,
    hint?: string,
  ) {
    super(operation, cause, { hint, retryable: failure === 'rate-limited' });
  }
}

export function classify(stderr: string): Failure {
  if (/TOOMANYREQUESTS|429 Too Many Requests/i.test(stderr)) return 'rate-limited';
  if (/(vulnerability|java) DB|db (download|error)|failed to download .*db/i.test(stderr)) return 'db';
  if (
    /unable to find the specified image|image scan error|UNAUTHORIZED|MANIFEST_UNKNOWN|NAME_UNKNOWN|no such host|unable to inspect the image/i.test(
      stderr,
    )
  ) {
    return 'image';
  }
  return 'other';
}

/** The last meaningful lines Trivy logged: FATAL/ERROR lines, or the tail. */
export function lastError(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /\b(FATAL|ERROR)\b/.test(l));
  return (errors.length ? errors : lines).slice(-3).join('\n') || '(no output)';
}

/**
 * Runs Trivy once, JSON, every severity and `--exit-code 0`: findings never make it exit non-zero,
 * so any non-zero exit is an error (unreachable image, DB download, bad flag), never "findings".
 */
export async function runTrivy(opts: RunOptions): Promise<void> {
  const mirrors = opts.dbRepositories.length ? opts.dbRepositories : [''];
  const operation =
    opts.scanType === 'image' ? `scan the image ${shown(opts.target)}` : `scan ${shown(opts.target)}`;
  for (let m = 0; m < mirrors.length; m++) {
    const mirror = mirrors[m]!;
    try {
      await retry(() => runOnce(opts, mirror, operation), {
        attempts: opts.attempts ?? 3,
        baseMs: 2000,
        maxMs: 20_000,
        clock: opts.clock ?? systemClock,
        random: opts.random,
        retryable: (error) => error instanceof TrivyFailed && error.failure === 'rate-limited',
        onRetry: ({ attempt, delayMs }) =>
          opts.log.info(
            `The DB registry${mirror ? ` ${mirror}` : ''} answered TOOMANYREQUESTS (attempt ${attempt}); retrying in ${delayMs} ms`,
          ),
      });
      return;
    } catch (error) {
      const dbTrouble =
        error instanceof TrivyFailed && (error.failure === 'db' || error.failure === 'rate-limited');
      if (!dbTrouble || m === mirrors.length - 1) throw error;
      opts.log.warning(
        `The vulnerability DB could not be pulled from ${mirror || 'the default repository'}; trying ${mirrors[m + 1]}`,
      );
    }
  }
}

function trivyArgs(opts: RunOptions, mirror: string): string[] {
  return [
    opts.scanType,
    '--format',
    'json',
    '--output',
    opts.output,
    '--exit-code',
    '0',
    '--severity',
    'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
    '--scanners',
    opts.scanners.join(','),
    // Exceptions are applied by this action so they can be reported; Trivy must not drop findings first.
    '--ignorefile',
    path.join(path.dirname(opts.output), 'no-trivyignore'),
    '--no-progress',
    ...(mirror ? ['--db-repository', mirror] : []),
    opts.target,
  ];
}

async function runOnce(opts: RunOptions, mirror: string, operation: string): Promise<void> {
  const args = trivyArgs(opts, mirror);
  opts.log.info(`Running ${[opts.binary, ...args].join(' ')}`);
  let result;
  try {
    result = await opts.exec(opts.binary, args, { cwd: opts.cwd, env: opts.env });
  } catch (error) {
    throw notStarted(opts, operation, error);
  }
  if (result.code === 0) return;
  const failure = classify(result.stderr);
  const detail = lastError(result.stderr);
  const cause = `Trivy failed with exit code ${result.code} (an error, not findings):\n${detail}`;
  const hints: Record<Failure, string> = {
    'rate-limited': `The DB registry rate-limits anonymous pulls; list mirrors in ${opts.inputNames.dbRepository}.`,
    db: `List reachable vulnerability DB mirrors in ${opts.inputNames.dbRepository} (e.g. a registry proxy of ghcr.io/aquasecurity/trivy-db).`,
    image: `Trivy cannot reach the image ${shown(opts.target)}: check the reference and log in to its registry before this step.`,
    other: 'See the Trivy log above.',
  };
  throw new TrivyFailed(operation, failure, cause, hints[failure]);
}

/** Why the executable did not start, in words, instead of `spawn /x/trivy ENOENT`. */
function notStarted(opts: RunOptions, operation: string, error: unknown): ActionError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const input = opts.inputNames.trivyPath;
  const from = opts.givenBinary ? ` (input ${input})` : ' (the release installed for this run)';
  const at = `${shown(opts.binary)}${from}`;
  const hint = opts.givenBinary
    ? `Install Trivy there, set ${input} to where it is, or leave ${input} empty to install the pinned release.`
    : `Set ${input} to a Trivy you installed.`;
  if (code === 'ENOENT') return new ActionError(operation, `trivy was not found at ${at}`, { hint });
  if (code === 'EACCES') {
    return new ActionError(operation, `${at} may not be run (permission denied)`, {
      hint: `Make it executable (chmod +x), or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`,
    });
  }
  const why =
    code === 'ENOEXEC'
      ? 'is not a program this machine can run'
      : `could not be started (${code || shown((error as Error).message)})`;
  return new ActionError(operation, `${at} ${why}`, { hint });
}
