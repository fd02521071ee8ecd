// Job summaries are GitHub Markdown; a terminal shows them plainly: headings in bold, tables as
// aligned columns, links as `text <url>`, code spans and HTML tags unwrapped.

const BOLD = (text: string, color: boolean) => (color ? `\x1b[1m${text}\x1b[0m` : text);

function inline(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
      label === url ? url : `${label} <${url}>`,
    )
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\\|/g, '|');
}

/** Splits `| a | b \| c |` into cells, keeping escaped pipes inside a cell. */
function cells(row: string): string[] {
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => inline(c.trim()));
}

function renderTable(rows: string[], indent: string): string[] {
  const parsed = rows.filter((r) => !/^\|?[\s:|-]+\|?$/.test(r.trim())).map(cells);
  const widths: number[] = [];
  for (const row of parsed) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return parsed.map(
    (row) =>
      indent +
      row
        .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
        .join('  ')
        .trimEnd(),
  );
}

export function renderMarkdown(markdown: string, opts: { color?: boolean; indent?: string } = {}): string {
  const indent = opts.indent ?? '  ';
  const color = opts.color ?? false;
  const out: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim().startsWith('|')) {
      const table: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) table.push(lines[i++] ?? '');
      i--;
      out.push(...renderTable(table, indent));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) out.push(indent + BOLD(inline(heading[1] ?? ''), color));
    else if (line.trim() === '' && out.at(-1)?.trim() === '') continue;
    else out.push(line.trim() === '' ? '' : indent + inline(line));
  }
  while (out.length && out.at(-1)?.trim() === '') out.pop();
  return out.join('\n');
}
