import type { ActionMeta } from '@gitops-actions/action-meta';
import { shown } from '@gitops-actions/kit';

export class UsageError extends Error {}

export interface Parsed {
  help: boolean;
  debug: boolean;
  inputs: Record<string, string>;
}

/** `--name value`, `--name=value`; a repeated flag adds a line (for multiline inputs like `files`). */
export function parseArgs(argv: string[], meta: ActionMeta): Parsed {
  const known = new Set(meta.inputs.map((i) => i.name));
  const parsed: Parsed = { help: false, debug: false, inputs: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (arg === '--debug') {
      parsed.debug = true;
      continue;
    }
    const match = /^--([A-Za-z0-9_-]+)(?:=(.*))?$/s.exec(arg);
    if (!match)
      throw new UsageError(`Unexpected argument ${shown(arg)}; inputs are given as --<input> <value>`);
    const name = match[1]!;
    if (!known.has(name)) {
      throw new UsageError(
        `Unknown flag --${name} for ${meta.name}; its inputs are: ${[...known].join(', ')}`,
      );
    }
    let value = match[2];
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`Flag --${name} needs a value`);
    }
    const previous = parsed.inputs[name];
    parsed.inputs[name] = previous === undefined ? value : `${previous}\n${value}`;
  }
  return parsed;
}

export function helpText(meta: ActionMeta): string {
  const width = Math.max(...meta.inputs.map((i) => i.name.length), 8) + 4;
  const lines = [
    `Usage: gitops-actions ${meta.name} [--<input> <value> ...]`,
    '',
    meta.description,
    '',
    'Inputs:',
  ];
  for (const input of meta.inputs) {
    const tags = [input.required ? 'required' : '', input.default ? `default: ${input.default}` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`  --${input.name.padEnd(width)}${input.description}${tags ? ` (${tags})` : ''}`);
  }
  lines.push('', 'Outputs (printed as name=value):');
  for (const output of meta.outputs) lines.push(`  ${output.name.padEnd(width + 2)}${output.description}`);
  return lines.join('\n');
}
