import { guardCommands, parseWorkflowCommand } from '@gitops-actions/kit';

/**
 * Turns workflow commands in an action's stdout into plain terminal output: masks are applied,
 * not printed (printing `::add-mask::` would show the secret), annotations become prefixed lines.
 * The CLI may itself run inside a workflow step, so what it prints is guarded like any outside
 * text, and a `::stop-commands::` block of the action is passed through as text.
 */
export class LogFilter {
  private readonly secrets: string[] = [];
  private stopToken: string | undefined;

  constructor(
    private readonly out: (line: string) => void,
    private readonly debug: boolean,
  ) {}

  line(raw: string): void {
    const command = parseWorkflowCommand(raw.trim());
    if (this.stopToken !== undefined) {
      if (command?.command === this.stopToken) this.stopToken = undefined;
      else this.print(this.redact(raw));
      return;
    }
    if (!command) return this.print(this.redact(raw));
    const { message } = command;
    switch (command.command) {
      case 'stop-commands':
        this.stopToken = message;
        return;
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

  private print(text: string): void {
    this.out(guardCommands(text));
  }

  redact(text: string): string {
    return this.secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  }
}
