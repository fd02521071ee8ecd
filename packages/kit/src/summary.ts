/** Small Markdown builders for job summaries; cells are escaped so values cannot break the table. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function code(text: string): string {
  return text === '' ? '' : `\`${text.replace(/`/g, 'ˋ')}\``;
}

export function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header.map(escapeCell)), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}\n`;
}
