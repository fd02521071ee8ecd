/** One line of the result table. `pass` is undefined for figures shown for information only. */
export interface Row {
  figure: string;
  measured: string;
  reference: string;
  ratio: string;
  target: string;
  pass: boolean | undefined;
}

export interface BenchReport {
  rows: Row[];
  /** Details printed under the table: spreads, per-step timings, request counts. */
  notes: string[];
}

export interface BenchContext {
  /** Folder under os.tmpdir() owned by this bench run; removed at the end. */
  workDir: string;
  /** Absolute path of the bundle under test (dist/bump-manifest/index.js). */
  entry: string;
  log: (line: string) => void;
}

export function verdict(pass: boolean | undefined): string {
  return pass === undefined ? 'info' : pass ? 'PASS' : 'MISS';
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['figure', 'measured', 'reference', 'ratio', 'target', 'result'];
  const body = rows.map((r) => [r.figure, r.measured, r.reference, r.ratio, r.target, verdict(r.pass)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
