/**
 * Output formats of the query commands: aligned text tables, CSV (RFC 4180), JSON and JSON Lines,
 * and the evidence sentence with its trigger marked.
 */

/** A flat row: column name -> value. */
export type Row = Record<string, string | number | null>;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF. */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV with a header line, CRLF-free (`\n` line ends). */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}

/** Rows as an aligned text table; cells longer than `maxWidth` are cut with `…`. */
export function toTable(rows: readonly Row[], columns: readonly string[], maxWidth = 60): string {
  const cell = (v: string | number | null): string => {
    const s = (v === null ? '' : String(v)).replace(/\s+/g, ' ');
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const cells = rows.map((r) => columns.map((c) => cell(r[c] ?? null)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[line([...columns]), ...cells.map(line)].join('\n')}\n`;
}

/** Rows in `format`: `table`, `csv`, `json` (one pretty array) or `jsonl` (one object a line). */
export function formatRows(rows: readonly Row[], columns: readonly string[], format: 'table' | 'csv' | 'json' | 'jsonl'): string {
  if (format === 'csv') return toCsv(rows, columns);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'jsonl') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  return rows.length ? toTable(rows, columns) : '(no rows)\n';
}

/**
 * The sentence with the trigger `[start, end)` (offsets relative to the sentence) marked:
 * ANSI bold on a terminal, `[[`…`]]` otherwise.
 */
export function highlight(sentence: string, start: number, end: number, ansi: boolean): string {
  const s = Math.max(0, Math.min(start, sentence.length));
  const e = Math.max(s, Math.min(end, sentence.length));
  const [open, close] = ansi ? ['\u001b[1m', '\u001b[22m'] : ['[[', ']]'];
  return `${sentence.slice(0, s)}${open}${sentence.slice(s, e)}${close}${sentence.slice(e)}`;
}
