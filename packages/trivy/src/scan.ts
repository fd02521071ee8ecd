// The pieces every Trivy gate is made of: Trivy installed (or the caller's), run once, its JSON
// report read, and the gate applied to that one report.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ActionError,
  exec as systemExec,
  systemClock,
  type Clock,
  type Exec,
  type Logger,
} from '@gitops-actions/kit';
import { evaluateGate, type GateVerdict } from './gate.js';
import { fileProblem } from './exceptions.js';
import { DEFAULT_TRIVY_VERSION, installTrivy } from './install.js';
import type { TrivyInputNames } from './names.js';
import type { Exception } from './policy.js';
import { ReportError, parseReport, type Report, type Scanner } from './report.js';
import { runTrivy } from './run.js';
import type { Severity } from './severity.js';

/** What every Trivy gate takes from its caller's inputs. */
export interface TrivyGateRequest {
  /** Severities that fail the gate. */
  severities: ReadonlySet<Severity>;
  ignoreUnfixed: boolean;
  /** Trivy's ignore file, relative to the workspace. */
  ignoreFile: string;
  /** Exact release to install ('' for the default one). */
  trivyVersion: string;
  trivyUrl: string;
  trivyChecksum: string;
  /** A Trivy binary to use instead of installing; '' to install. */
  trivyPath: string;
  dbRepositories: string[];
  inputNames: TrivyInputNames;
}

export interface TrivyPorts {
  log: Logger;
  /** The repository checkout; relative paths resolve against it. */
  workspace: string;
  /** A private folder for Trivy's report; the system's temporary folder when not given. */
  tempDir?: string;
  exec?: Exec;
  clock?: Clock;
  env?: Record<string, string | undefined>;
  /** The release download; the global `fetch` when not given. */
  fetch?: typeof fetch;
}

/** The caller's binary, else the pinned (or requested) release from the tool cache. */
export async function trivyBinary(request: TrivyGateRequest, ports: TrivyPorts): Promise<string> {
  if (request.trivyPath) return path.resolve(ports.workspace, request.trivyPath);
  const installed = await installTrivy({
    version: request.trivyVersion || DEFAULT_TRIVY_VERSION,
    urlTemplate: request.trivyUrl,
    checksum: request.trivyChecksum,
    inputNames: request.inputNames,
    log: ports.log,
    env: ports.env,
    tempDir: ports.tempDir,
    clock: ports.clock,
    exec: ports.exec,
    fetch: ports.fetch,
  });
  return installed.path;
}

export interface ScanTarget {
  scanType: 'fs' | 'image';
  /** The path or image reference Trivy is given (and names in its messages). */
  target: string;
  scanners: readonly Scanner[];
  /** Folder for the report. */
  dir: string;
  /** More of Trivy's `TRIVY_<FLAG>` settings. */
  env?: Record<string, string>;
}

/** Runs Trivy once on the target and returns the path of its JSON report. */
export async function scanOnce(
  request: TrivyGateRequest,
  target: ScanTarget,
  ports: TrivyPorts,
): Promise<string> {
  const binary = await trivyBinary(request, ports);
  await mkdir(target.dir, { recursive: true });
  const output = path.join(target.dir, `trivy-${target.scanType}-${randomBytes(4).toString('hex')}.json`);
  await runTrivy({
    binary,
    scanType: target.scanType,
    target: target.target,
    scanners: target.scanners,
    dbRepositories: request.dbRepositories,
    output,
    cwd: ports.workspace,
    env: { ...(ports.env ?? process.env), ...target.env },
    inputNames: request.inputNames,
    givenBinary: Boolean(request.trivyPath),
    exec: ports.exec ?? systemExec,
    log: ports.log,
    clock: ports.clock,
  });
  return output;
}

/**
 * Reads a Trivy JSON report; `name` says which one in the error (and the input that chose it),
 * `hint` what to give instead. A file that is no report is described, never quoted.
 */
export async function readReport(file: string, name: string, hint?: string): Promise<Report> {
  const operation = `read the Trivy report ${name}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ActionError(operation, `it ${fileProblem(error)}`, { hint });
  }
  try {
    return parseReport(bytes);
  } catch (error) {
    if (error instanceof ReportError) throw new ActionError(operation, `it ${error.message}`, { hint });
    throw error;
  }
}

/** The gate over one report, at the clock's time (exceptions expire). */
export function gateReport(
  report: Report,
  request: TrivyGateRequest,
  scanners: readonly Scanner[],
  exceptions: Exception[],
  clock: Clock = systemClock,
): GateVerdict {
  return evaluateGate(report, {
    severities: request.severities,
    ignoreUnfixed: request.ignoreUnfixed,
    scanners: new Set(scanners),
    exceptions,
    now: new Date(clock.now()),
  });
}
