// The GitHub runner protocol (workflow commands and the GITHUB_* command files), written out here
// instead of importing @actions/core: its bundle pulls in an HTTP client (~1 MB) that every action
// would parse at start-up, which alone costs more than the whole cold-start budget.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import { guardCommands } from './outside-text.js';

export type Env = Record<string, string | undefined>;

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats `::name key=value,...::message`, escaped as the runner expects. */
export function formatCommand(name: string, message: string, props: Record<string, unknown> = {}): string {
  const entries = Object.entries(props).filter(([, v]) => v !== undefined && v !== '');
  const head = entries.length
    ? `${name} ${entries.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}`
    : name;
  return `::${head}::${escapeData(message)}`;
}

/** Serializes one `name<<delimiter` entry for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
export function formatFileCommand(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected delimiter collision while writing ${name}`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to `_`, hyphens kept (`INPUT_MAX-ATTEMPTS`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The runner as seen from inside an action: environment in, commands and files out. */
export class Runner {
  constructor(
    private readonly env: Env = process.env,
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + EOL),
  ) {}

  /** Raw input value as the runner passes it: `INPUT_<NAME>`, spaces to `_`, hyphens kept. */
  input(name: string): string {
    return (this.env[inputEnvName(name)] ?? '').trim();
  }

  setOutput(name: string, value: string): void {
    this.toFile('GITHUB_OUTPUT', name, value, () => this.write(formatCommand('set-output', value, { name })));
  }

  exportVariable(name: string, value: string): void {
    this.env[name] = value;
    this.toFile('GITHUB_ENV', name, value, () => this.write(formatCommand('set-env', value, { name })));
  }

  saveState(name: string, value: string): void {
    this.toFile('GITHUB_STATE', name, value, () => this.write(formatCommand('save-state', value, { name })));
  }

  getState(name: string): string {
    return this.env[`STATE_${name}`] ?? '';
  }

  setSecret(secret: string): void {
    if (secret) this.write(formatCommand('add-mask', secret));
  }

  get isDebug(): boolean {
    return this.env['RUNNER_DEBUG'] === '1';
  }

  /** A log line; any part that would start a workflow command is printed inert. */
  info(message: string): void {
    this.write(guardCommands(message));
  }

  debug(message: string): void {
    this.write(formatCommand('debug', message));
  }

  annotate(level: 'error' | 'warning' | 'notice', message: string, props: AnnotationProperties = {}): void {
    this.write(formatCommand(level, message, { ...props }));
  }

  group(title: string): void {
    this.write(formatCommand('group', title));
  }

  endGroup(): void {
    this.write(formatCommand('endgroup', ''));
  }

  appendSummary(markdown: string): void {
    const file = this.env['GITHUB_STEP_SUMMARY'];
    if (file) appendFileSync(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
  }

  private toFile(variable: string, name: string, value: string, fallback: () => void): void {
    const file = this.env[variable];
    if (file) appendFileSync(file, formatFileCommand(name, value), 'utf8');
    else fallback();
  }
}
