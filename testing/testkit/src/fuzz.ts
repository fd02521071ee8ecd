// Property-based fuzzing of an action run in process: one hostile case in, every runner-visible
// effect captured (stdout and stderr lines, console, the GITHUB_* files, RUNNER_TEMP), then the
// properties issue 12 asks of every action checked on what was captured.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  Runner,
  createContext,
  inputEnvName,
  parseWorkflowCommands,
  type ActionContext,
  type WorkflowCommand,
} from '@gitops-actions/kit';

/** The marker every generated workflow-command payload carries: a command whose message starts with it was forged. */
export const MARKER = 'FORGED';

/** One generated run of an action. */
export interface FuzzCase {
  /** Every input, as the step would give it (defaults included where they matter). */
  inputs: Record<string, string>;
  /** Variables besides the runner's own (GITHUB_API_URL of a stand-in, PATH with a fake tool, ...). */
  env?: Record<string, string>;
  /** Why the action must refuse this case (the input at fault), or undefined when it may succeed. */
  mustFail?: string;
  /** Generated secrets (each ≥ 8 characters): no form of them may be printed or written. */
  secrets: string[];
  /** More wire forms of the secrets than the standard ones (a Basic header with its user name). */
  secretForms?: string[];
  /**
   * Secrets the action exists to hand to later steps through GITHUB_ENV (oidc-login's credentials):
   * that file may hold them; no other place may, in any form.
   */
  exportedSecrets?: string[];
  /** Hosts (`127.0.0.1:4321`) a failure may name instead of an input. */
  hosts: string[];
  /** The deadline the case's timeout input sets, in milliseconds. */
  timeoutMs?: number;
  /** What the case corrupts, for the failure report. */
  label: string;
}

/** Everything a run showed the runner. */
export interface FuzzRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  /** GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY, GITHUB_PATH as written. */
  files: Record<string, string>;
  /** Files left under RUNNER_TEMP, by path relative to it (contents read as latin1, capped). */
  tempFiles: Record<string, string>;
  durationMs: number;
  /** The run did not finish within the harness's hard limit. */
  hung: boolean;
}

export interface InProcessOptions {
  /** Folder the action works in (GITHUB_WORKSPACE); a fresh empty one by default. */
  workspace?: string;
  /** Variables that hold only for this step (STATE_* of a post step). */
  state?: Record<string, string>;
  /** The run is abandoned (and reported as hung) after this long; default the case's timeout + 20 s, or 30 s. */
  hardLimitMs?: number;
}

export type ActionEntry = (ctx: ActionContext) => Promise<void>;

const FILE_VARS = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH'];
const MAX_TEMP_BYTES = 2_000_000;

/** What a GitHub-hosted runner sets for every step, without the inputs. */
function runnerEnv(dir: string, workspace: string): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'fuzz',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    GITHUB_OUTPUT: join(dir, 'github_output'),
    GITHUB_ENV: join(dir, 'github_env'),
    GITHUB_STATE: join(dir, 'github_state'),
    GITHUB_PATH: join(dir, 'github_path'),
    GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'acme/service',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '1000000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'fuzz',
    GITHUB_JOB: 'fuzz',
    GITHUB_ACTION: 'fuzz-step',
    GITHUB_ACTOR: 'octocat',
  };
}

/** Replaces process.env's contents (code that reads process.env sees the step's variables); returns the undo. */
function swapProcessEnv(env: Record<string, string>): () => void {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  return () => {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

type Sink = (text: string) => void;

/** Routes process.stdout/stderr writes and console calls into the sinks; returns the undo. */
function captureProcessOutput(out: Sink, err: Sink): () => void {
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((m) => Reflect.get(console, m) as unknown);
  const asText = (chunk: unknown) =>
    typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  const into = (sink: Sink) => (chunk: unknown) => (sink(asText(chunk)), true);
  Reflect.set(process.stdout, 'write', into(out));
  Reflect.set(process.stderr, 'write', into(err));
  const line =
    (sink: Sink) =>
    (...args: unknown[]) =>
      sink(args.map(String).join(' ') + '\n');
  console.log = line(out);
  console.info = line(out);
  console.debug = line(out);
  console.warn = line(err);
  console.error = line(err);
  console.trace = line(err);
  return () => {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    methods.forEach((m, i) => Reflect.set(console, m, saved[i]));
  };
}

async function readTree(
  root: string,
  base = root,
  into: Record<string, string> = {},
): Promise<Record<string, string>> {
  if (!existsSync(root)) return into;
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const full = join(root, entry.name);
    const rel = full.slice(base.length + 1);
    if (entry.isDirectory()) await readTree(full, base, into);
    else if (entry.isFile() && (await stat(full)).size <= MAX_TEMP_BYTES)
      into[rel] = await readFile(full, 'latin1');
  }
  return into;
}

async function withHardLimit(run: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  // A case's timeout may be out of range (`Infinity` is a hostile value): setTimeout would fire at once.
  const limit = Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 600_000) : 30_000;
  const hung = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), limit)));
  try {
    return await Promise.race([run.then(() => false), hung]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `action` in this process as the runner would run its step: INPUT_* and the runner's
 * variables (in the Runner and in process.env, restored after), fresh GITHUB_* files and RUNNER_TEMP,
 * every line written captured; then reads and resets process.exitCode.
 */
export async function runInProcess(
  action: ActionEntry,
  fuzzCase: FuzzCase,
  opts: InProcessOptions = {},
): Promise<FuzzRun> {
  const dir = await mkdtemp(join(tmpdir(), 'fuzz-'));
  const workspace = opts.workspace ?? join(dir, 'workspace');
  const base = runnerEnv(dir, workspace);
  await Promise.all([mkdir(base['RUNNER_TEMP']!), opts.workspace ? undefined : mkdir(workspace)]);
  await Promise.all([
    ...FILE_VARS.map((v) => writeFile(base[v]!, '')),
    writeFile(join(dir, 'event.json'), '{}'),
  ]);
  const env: Record<string, string> = { ...base, ...fuzzCase.env };
  for (const [name, value] of Object.entries(fuzzCase.inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const restoreEnv = swapProcessEnv(env);
  const restoreOutput = captureProcessOutput(
    (t) => stdout.push(t),
    (t) => stderr.push(t),
  );
  process.exitCode = undefined;
  const started = performance.now();
  let hung: boolean;
  try {
    const ctx = createContext(new Runner({ ...env }, (line) => stdout.push(line + '\n')));
    const limit =
      opts.hardLimitMs ?? (fuzzCase.timeoutMs !== undefined ? fuzzCase.timeoutMs + 20_000 : 30_000);
    hung = await withHardLimit(action(ctx), limit);
  } finally {
    restoreOutput();
    restoreEnv();
  }
  const durationMs = performance.now() - started;
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  try {
    const files = Object.fromEntries(
      await Promise.all(FILE_VARS.map(async (v) => [v, await readFile(base[v]!, 'utf8')] as const)),
    );
    const tempFiles = await readTree(base['RUNNER_TEMP']!);
    const out = stdout.join('');
    return {
      exitCode,
      stdout: out,
      stderr: stderr.join(''),
      commands: parseWorkflowCommands(out),
      files,
      tempFiles,
      durationMs,
      hung,
    };
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** What the properties need to know about the action under test. */
export interface PropertySpec {
  /** The action's input names: a failure message names one of them, or a host. */
  inputNames: readonly string[];
  /**
   * Failures that are the action's verdict rather than a fault (scan-gate's "the gate fails"): such
   * an error needs to name no input or host. Each is matched against the error message.
   */
  verdicts?: readonly RegExp[];
  /** Deadline margin over the case's timeout; default 5 s. */
  deadlineMarginMs?: number;
  /**
   * The action annotates files (`::error file=…::`) with outside text in the message and properties
   * (scan-gate's findings): such a command, escaped, is the action's own, not a forged one. A payload
   * that breaks out of it still shows as a command of its own.
   */
  fileAnnotations?: boolean;
}

export type PropertyName = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export interface Violation {
  property: PropertyName;
  detail: string;
}

export const PROPERTY_TITLES: Record<PropertyName, string> = {
  a: 'a bad input is refused (exit code ≠ 0)',
  b: 'a failure shows exactly one ::error naming an input or a host',
  c: 'no workflow command comes from outside text',
  d: 'no stack trace without RUNNER_DEBUG',
  e: 'no secret in any form is printed or written',
  f: 'the deadline holds',
};

const FILE_COMMANDS = new Set(['set-output', 'set-env', 'add-path', 'save-state']);
const STACK_LINE = /^\s+at .+:\d+:\d+\)?\s*$/m;

/** The error annotations that report the step's failure (scan-gate's per-finding ones carry a file). */
const failureErrors = (commands: WorkflowCommand[]) =>
  commands.filter((c) => c.command === 'error' && !c.properties['file']);

function namesInputOrHost(message: string, spec: PropertySpec, hosts: readonly string[]): boolean {
  const input = /Input '([^']+)'/.exec(message)?.[1];
  if (input !== undefined && spec.inputNames.includes(input)) return true;
  const quoted = spec.inputNames.some(
    (name) =>
      message.includes(`\`${name}\``) ||
      message.includes(`'${name}'`) ||
      message.includes(`(${name})`) ||
      new RegExp(`(?:^|[\\s(])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} input\\b`).test(message) ||
      // In prose only a hyphenated name counts ("check trivy-path"): "the image" or "the token"
      // would otherwise pass for naming the inputs image and token.
      (name.includes('-') &&
        new RegExp(
          `(?:the|Check|check|check that|Raise|raise|Fix|fix|set|Set) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
        ).test(message)),
  );
  return quoted || hosts.some((h) => h !== '' && message.includes(h));
}

/** Every form a secret takes on the wire or in a file: raw, URL-encoded, base64 (raw and as git's Basic user). */
export function secretForms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
    Buffer.from(`x-access-token:${secret}`).toString('base64'),
  ];
}

/** kit's guard names its stop token so; any other `::stop-commands::` came from outside text. */
const OWN_STOP = /^outside-text-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function forgedCommands(text: string, spec: PropertySpec): WorkflowCommand[] {
  const forged = (c: WorkflowCommand): boolean =>
    !(spec.fileAnnotations && c.command === 'error' && c.properties['file'] !== undefined) &&
    (FILE_COMMANDS.has(c.command) ||
      c.command.toUpperCase().includes(MARKER) ||
      c.message.trimStart().startsWith(MARKER) ||
      Object.values(c.properties).some((v) => v.toUpperCase().includes(MARKER)) ||
      (c.command === 'add-mask' && c.message.includes(MARKER)));
  return [...foreignStops(text), ...parseWorkflowCommands(text).filter(forged)];
}

/**
 * parseWorkflowCommands honours stop-commands as the runner does, so it never reports one; a
 * `::stop-commands::` outside kit's own guarded blocks came from outside text and would hide what
 * follows, so it is looked for in the lines themselves.
 */
function foreignStops(text: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  let ownToken: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/).map((l) => l.trim())) {
    if (ownToken !== undefined) {
      if (line === `::${ownToken}::`) ownToken = undefined;
      continue;
    }
    const token = /^::stop-commands::(.*)$/.exec(line)?.[1];
    if (token === undefined) continue;
    if (OWN_STOP.test(token)) ownToken = token;
    else found.push({ command: 'stop-commands', properties: {}, message: token });
  }
  return found;
}

function leaks(fuzzCase: FuzzCase, run: FuzzRun): string[] {
  const forms = [...fuzzCase.secrets.flatMap(secretForms), ...(fuzzCase.secretForms ?? [])].filter(
    (f) => f.length >= 8,
  );
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  // A command's message is shown unescaped (`%25` as `%`): a URL-encoded secret hides in `%2540`.
  const shownCommands = run.commands
    .filter((c) => c.command !== 'add-mask')
    .map((c) => `${c.message} ${Object.values(c.properties).join(' ')}`)
    .join('\n');
  const places: [string, string][] = [
    ['stdout', stdout],
    ['stdout (commands as shown)', shownCommands],
    ['stderr', run.stderr],
    ...Object.entries(run.files),
    ...Object.entries(run.tempFiles).map(([p, text]): [string, string] => [`RUNNER_TEMP/${p}`, text]),
  ];
  const exported = (fuzzCase.exportedSecrets ?? []).flatMap(secretForms).filter((f) => f.length >= 8);
  const found: string[] = [];
  for (const [place, text] of places) {
    for (const form of place === 'GITHUB_ENV' ? forms : [...forms, ...exported]) {
      const at = text.indexOf(form);
      if (at >= 0)
        found.push(
          `${place} holds ${JSON.stringify(form)} in …${JSON.stringify(text.slice(Math.max(0, at - 60), at + form.length + 20))}`,
        );
    }
  }
  return found;
}

/** The properties of issue 12, checked on one run; an empty list when all hold. */
export function checkProperties(fuzzCase: FuzzCase, run: FuzzRun, spec: PropertySpec): Violation[] {
  const violations: Violation[] = [];
  const add = (property: PropertyName, detail: string) => violations.push({ property, detail });
  if (fuzzCase.mustFail !== undefined && run.exitCode === 0 && !run.hung)
    add('a', `exit code 0 although ${fuzzCase.mustFail}`);
  if (run.exitCode !== 0) {
    const errors = failureErrors(run.commands);
    if (errors.length !== 1)
      add(
        'b',
        `${errors.length} ::error lines: ${JSON.stringify(errors.map((e) => e.message.slice(0, 200)))}`,
      );
    const message = errors[0]?.message ?? '';
    if (
      errors.length === 1 &&
      !namesInputOrHost(message, spec, fuzzCase.hosts) &&
      !spec.verdicts?.some((v) => v.test(message))
    )
      add('b', `the error names no input and no host: ${JSON.stringify(message.slice(0, 300))}`);
  }
  for (const [stream, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
  ] as const) {
    for (const c of forgedCommands(text, spec))
      add(
        'c',
        `${stream} runs ::${c.command}:: ${JSON.stringify(c.message.slice(0, 120))} ${JSON.stringify(c.properties)}`,
      );
    const stack = STACK_LINE.exec(text);
    if (stack) add('d', `${stream} shows a stack trace: ${JSON.stringify(stack[0].slice(0, 160))}`);
  }
  for (const leak of leaks(fuzzCase, run)) add('e', leak);
  const margin = spec.deadlineMarginMs ?? 5_000;
  if (run.hung) add('f', `did not finish within the harness's limit (${Math.round(run.durationMs)} ms)`);
  else if (fuzzCase.timeoutMs !== undefined && run.durationMs > fuzzCase.timeoutMs + margin)
    add('f', `took ${Math.round(run.durationMs)} ms for a timeout of ${fuzzCase.timeoutMs} ms`);
  return violations;
}

/** A compact account of a run for a failure message: the case, then what it printed. */
export function describeRun(fuzzCase: FuzzCase, run: FuzzRun): string {
  const cut = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}… (${s.length} characters)` : s);
  return [
    `case: ${fuzzCase.label}${fuzzCase.mustFail ? ` (must fail: ${fuzzCase.mustFail})` : ''}`,
    `exit ${run.exitCode} after ${Math.round(run.durationMs)} ms${run.hung ? ' (hung)' : ''}`,
    `stdout: ${JSON.stringify(cut(run.stdout))}`,
    `stderr: ${JSON.stringify(cut(run.stderr))}`,
  ].join('\n');
}

/** Throws, naming each broken property, when any property fails on `run`. */
export function assertProperties(fuzzCase: FuzzCase, run: FuzzRun, spec: PropertySpec): void {
  const violations = checkProperties(fuzzCase, run, spec);
  if (violations.length === 0) return;
  const lines = violations.map((v) => `(${v.property}) ${PROPERTY_TITLES[v.property]}: ${v.detail}`);
  throw new Error(`${lines.join('\n')}\n${describeRun(fuzzCase, run)}`);
}

/**
 * The seed and run count: FUZZ_SEED and FUZZ_RUNS when set; in CI a fixed seed, so a red build
 * is reproducible; locally a new seed each time (fast-check prints it with any failure).
 */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): { seed: number; numRuns: number } {
  const given = Number.parseInt(env['FUZZ_SEED'] ?? '', 10);
  const seed = Number.isSafeInteger(given)
    ? given
    : env['CI'] && env['CI'] !== 'false' && env['CI'] !== '0'
      ? 20_251_212
      : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const runs = Number.parseInt(env['FUZZ_RUNS'] ?? '', 10);
  return { seed, numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : 200 };
}
