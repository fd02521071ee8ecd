/**
 * The one escaper of a Markdown table cell, for every summary: a `|` or a line break in a value
 * (a package name, a server message) would otherwise end the cell or the table, and HTML would render.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A code span that is also a safe table cell: GFM splits cells on `|` even inside backticks, and a
 * backslash before the pipe would escape the escape (`\\|` splits), so those backslashes are doubled.
 */
export function code(text: string): string {
  if (text === '') return '';
  return `\`${text
    .replace(/`/g, 'ˋ')
    .replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes}${slashes}\\|`)
    .replace(/\r\n|\r|\n/g, ' ')}\``;
}

/** A link; `text` is markdown already (outside text goes through `escapeCell` or `code` first). */
export function link(text: string, url: string | undefined): string {
  if (!url) return text;
  const target = url.replace(
    /[\s()|<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${text}](${target})`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header.map(escapeCell)), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}\n`;
}
