import { parseWorkflowCommand } from '@gitops-actions/kit';

/**
 * Turns workflow commands in an action's stdout into plain terminal output: masks are applied,
 * not printed (printing `::add-mask::` would show the secret), annotations become prefixed lines.
 */
export class LogFilter {
  private readonly secrets: string[] = [];

  constructor(
    private readonly print: (line: string) => void,
    private readonly debug: boolean,
  ) {}

  line(raw: string): void {
    const command = parseWorkflowCommand(raw);
    if (!command) return this.print(this.redact(raw));
    const { message } = command;
    switch (command.command) {
      case 'add-mask':
        if (message) this.secrets.push(message);
        return;
      case 'debug':
        if (this.debug) this.print(this.redact(`debug: ${message}`));
        return;
      case 'error':
      case 'warning':
      case 'notice':
        return this.print(this.redact(`${command.command}: ${message}`));
      case 'group':
        return this.print(this.redact(`▸ ${message}`));
      default:
        return;
    }
  }

  redact(text: string): string {
    return this.secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  }
}
