// Rewrites pandoc grid tables (+----+----+ borders, | cells | that wrap over lines) as Markdown lines in place: each row's label cells and the first paragraph of its last cell on the row's first line, the rest of the last cell below.

/** Whether a line is a grid table's border: `+`, then runs of `-`, `=` or `:` each closed by `+`. */
function isBorder(line: string): boolean {
  const t = line.trimEnd();
  if (t.length < 3 || t.charCodeAt(0) !== 0x2b || t.charCodeAt(t.length - 1) !== 0x2b) return false;
  let run = 0;
  for (let i = 1; i < t.length; i++) {
    const c = t[i];
    if (c === '+') {
      if (run === 0) return false;
      run = 0;
    } else if (c === '-' || c === '=' || c === ':') run++;
    else return false;
  }
  return true;
}

/** The cells of a grid row line (`| a | b |`), split at `|` not escaped; undefined when the line is no row line. */
function cellsOf(line: string): string[] | undefined {
  const t = line.trimEnd();
  if (t.length < 2 || t[0] !== '|' || t[t.length - 1] !== '|') return undefined;
  const cells: string[] = [];
  let from = 1;
  for (let i = 1; i < t.length; i++) {
    if (t[i] === '|' && t[i - 1] !== '\\') {
      // (one space of padding after the bar is layout; more is the cell's own indentation)
      const cell = t.slice(from, i);
      cells.push((cell.startsWith(' ') ? cell.slice(1) : cell).trimEnd());
      from = i + 1;
    }
  }
  return cells;
}

/** Paragraphs of a column: runs of non-blank lines. */
function paragraphs(column: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < column.length; k++) if (column[k]!.trim() !== '' && (k === 0 || column[k - 1]!.trim() === '')) n++;
  return n;
}

/** Rewrites one row (its lines `from`…, cells already split) in place. */
function rewriteRow(lines: string[], from: number, rows: string[][]): void {
  // (a loop, not Math.max(...): a row may run over many thousand lines)
  const columns = rows.reduce((n, r) => Math.max(n, r.length), 0);
  // "Geburtsdatum: | 31.12.1999" / "Geburtsort: | Worms": labels and values paired line by line
  if (columns > 1 && paragraphs(rows.map((r) => (r.length === columns ? r.slice(0, -1).join(' ') : ''))) > 1) {
    rows.forEach((r, k) => (lines[from + k] = r.map((c) => c.trim()).filter(Boolean).join(' ')));
    return;
  }
  const last = rows.map((r) => (r.length === columns ? (r[columns - 1] ?? '') : r.join(' ').trim()));
  const label = columns > 1 ? rows.flatMap((r) => (r.length === columns ? r.slice(0, -1) : [])).map((c) => c.trim()).filter(Boolean).join(' ') : '';
  let first = 0;
  while (first < last.length && last[first]!.trim() === '') first++;
  let end = first;
  while (end < last.length && last[end]!.trim() !== '') end++;
  const para = last.slice(first, end).map((c) => c.trim()).join(' ');
  const head = label && para ? `${label}${/[:：]$/.test(label) ? ' ' : ' | '}${para}` : label || para;
  for (let k = 0; k < rows.length; k++) lines[from + k] = k < end ? '' : last[k]!;
  lines[from + Math.min(first, rows.length - 1)] = head;
}

/**
 * Rewrites every pandoc grid table of `lines` (outside fenced code, `fence[i]` = 1) in place, keeping the
 * number of lines: border lines become empty; each row becomes, on its first line, its label cells (a date,
 * "Geburtsdatum:") then " | " then the first paragraph of its last cell, followed by the rest of that cell
 * (lists, more paragraphs) on the lines it had. A block of fewer than two borders, or whose lines between
 * borders are not all `| … |`, is left as it is.
 * @param lines - the body's lines, changed in place
 * @param fence - per line, 1 inside fenced code
 */
export function rewriteGridTables(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    if (fence[i] || !isBorder(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !fence[j] && (isBorder(lines[j]!) || cellsOf(lines[j]!) !== undefined)) j++;
    // the block must end on a border
    let end = j - 1;
    while (end > i && !isBorder(lines[end]!)) end--;
    if (end === i) continue;
    let rowStart = -1;
    for (let k = i; k <= end; k++) {
      if (!isBorder(lines[k]!)) {
        if (rowStart < 0) rowStart = k;
        continue;
      }
      if (rowStart >= 0) rewriteRow(lines, rowStart, lines.slice(rowStart, k).map((l) => cellsOf(l)!));
      rowStart = -1;
      lines[k] = '';
    }
    i = end;
  }
}
