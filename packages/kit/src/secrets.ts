import type { Runner } from './runner.js';

/**
 * Secrets known to this process. Masking tells the runner to hide a value in the log;
 * redaction removes it from text we build ourselves (errors, summaries, CLI output).
 */
export class Secrets {
  private readonly values = new Set<string>();

  constructor(private readonly runner?: Runner) {}

  add(value: string): void {
    if (!value || this.values.has(value)) return;
    this.values.add(value);
    this.runner?.setSecret(value);
    // The forms a value takes on the wire: inside a URL (`%40` for `@`) and as git's Basic header.
    const forms = [encodeURIComponent(value), Buffer.from(`x-access-token:${value}`).toString('base64')];
    for (const form of forms) {
      if (this.values.has(form)) continue;
      this.values.add(form);
      this.runner?.setSecret(form);
    }
  }

  redact(text: string): string {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      out = out.split(value).join('***');
    }
    return out;
  }
}
