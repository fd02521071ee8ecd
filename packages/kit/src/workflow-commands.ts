export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const COMMAND_LINE = /^::([A-Za-z0-9_-]+)(?: ([^:]*))?::(.*)$/;

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

function parseProperties(text: string | undefined): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of (text ?? '').split(',')) {
    const equals = pair.indexOf('=');
    if (equals > 0) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
  }
  return properties;
}

/** One stdout line as a workflow command, or null for ordinary output. */
export function parseWorkflowCommand(line: string): WorkflowCommand | null {
  const match = COMMAND_LINE.exec(line);
  if (!match) return null;
  return {
    command: match[1] ?? '',
    properties: parseProperties(match[2]),
    message: unescapeData(match[3] ?? ''),
  };
}

/** Extracts `::command k=v::message` lines (add-mask, error, warning, group, ...) from a step's stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  return stdout
    .split(/\r?\n/)
    .map(parseWorkflowCommand)
    .filter((c): c is WorkflowCommand => c !== null);
}
