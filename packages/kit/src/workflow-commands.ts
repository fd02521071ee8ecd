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

/**
 * The `::command k=v::message` lines (add-mask, error, warning, group, ...) the runner would execute
 * in a step's output, read as the runner reads it: lines split on CR as well as LF and trimmed, and
 * nothing executed between `::stop-commands::<token>` and `::<token>::`.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parseWorkflowCommand(line.trim());
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.command === stopToken) stopToken = undefined;
      continue;
    }
    if (command.command === 'stop-commands') stopToken = command.message;
    else commands.push(command);
  }
  return commands;
}
