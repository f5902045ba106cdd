// Rewrites kramdown's headless pipe tables ("| - | - |" over "| **2017** | Ryska A" rows) as GFM tables in place: the blank line above gets an empty header row, the dash line becomes the delimiter row.

/** A kramdown separator line: bars and cells of dashes only ("| - | - |", "|---|---|"); its number of cells, or 0. */
function dashCells(line: string): number {
  const t = line.trim();
  if (!t.startsWith('|') || !/^[|\s:-]+$/.test(t) || !t.includes('-')) return 0;
  const cells = t.replace(/^\||\|$/g, '').split('|');
  return cells.every((c) => /^\s*:?-+:?\s*$/.test(c)) ? cells.length : 0;
}

/** A table row line: starts with a bar and holds another one ("| **2017** | Ryska A"). */
function rowLine(line: string): boolean {
  const t = line.trimStart();
  return line.length - t.length < 4 && t.startsWith('|') && t.indexOf('|', 1) > 0;
}

/**
 * kramdown (Jekyll's Markdown) reads lines that start with a bar as a table with no header row and a line of
 * dashes as a separator; CommonMark reads them as a paragraph. Where a dash line opens at least two row lines
 * and the line above it is blank, the blank line becomes an empty header row and the dash line its delimiter
 * row, so the rows are read as the table they are on the page. Line numbers stay as they were.
 */
export function rewriteHeadlessPipeTables(lines: string[], fence: Uint8Array): void {
  for (let i = 1; i + 2 < lines.length; i++) {
    const n = dashCells(lines[i]!);
    if (n === 0 || fence[i] || lines[i - 1]!.trim() !== '' || !rowLine(lines[i + 1]!) || !rowLine(lines[i + 2]!)) continue;
    lines[i - 1] = `|${' |'.repeat(n)}`;
    lines[i] = `|${'---|'.repeat(n)}`;
  }
}
