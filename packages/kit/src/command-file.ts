/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file the way the runner does:
 * `name=value` lines and `name<<DELIMITER` blocks; a later entry wins over an earlier one.
 * A malformed block throws, as it fails the step on a real runner.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      result[requireName(line.slice(0, equals), line)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0)
      throw new Error(`Invalid command file line (expected name=value or name<<DELIM): ${line}`);
    const name = requireName(line.slice(0, heredoc), line);
    const delimiter = line.slice(heredoc + 2);
    if (delimiter === '') throw new Error(`Invalid command file line (empty delimiter): ${line}`);
    const end = lines.indexOf(delimiter, i + 1);
    if (end < 0)
      throw new Error(`Invalid command file: delimiter "${delimiter}" for "${name}" is never closed`);
    result[name] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return result;
}

function requireName(name: string, line: string): string {
  if (name.trim() === '') throw new Error(`Invalid command file line (empty name): ${line}`);
  return name;
}
