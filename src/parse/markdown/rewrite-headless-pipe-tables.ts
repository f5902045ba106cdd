// Rewrites kramdown's pipe tables that GFM does not read ("| - | - |" over "| **2017** | Ryska A" rows; rows with no delimiter row at all) as GFM tables in place, line numbers kept.

/** A kramdown separator line: bars and cells of dashes only ("| - | - |", "|---|---|", "|----+----|", "|====+====|"); its number of cells, or 0. */
function dashCells(line: string): number {
  const t = line.trim();
  if (!t.startsWith('|') || !/^[|\s:+=-]+$/.test(t) || !/[-=]/.test(t)) return 0;
  const cells = t.replace(/^\||\|$/g, '').split(/[|+]/);
  return cells.every((c) => /^\s*:?(?:-+|=+):?\s*$/.test(c)) ? cells.length : 0;
}

/** A kramdown border of crossed rules ("|-----+-----|", "|=====+=====|"): no GFM table line. */
function crossedRule(line: string): boolean {
  return line.includes('+') && dashCells(line) > 0;
}

/** A table row line: starts with a bar and holds another one ("| **2017** | Ryska A"). */
function rowLine(line: string): boolean {
  const t = line.trimStart();
  return line.length - t.length < 4 && t.startsWith('|') && t.indexOf('|', 1) > 0;
}

/**
 * kramdown (Jekyll's Markdown) reads lines that start with a bar as a table with no header row and a line of
 * dashes as a separator; CommonMark reads them as a paragraph. Where a dash line opens one row line or more
 * and the line above it is blank, the blank line becomes an empty header row and the dash line its delimiter
 * row, so the rows are read as the table they are on the page. Line numbers stay as they were.
 */
export function rewriteHeadlessPipeTables(lines: string[], fence: Uint8Array): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const n = dashCells(lines[i]!);
    // ("| Company | Role | Start | End |" over "| --- | --- | --- | --- | --- |": a delimiter row of one cell too many or too few
    // under a header row is that header's, as the rows say it is meant)
    if (n > 0 && !fence[i] && headerOver(lines, i, n)) {
      lines[i] = `|${'---|'.repeat(cellsOf(lines[i - 1]!).length)}`;
      continue;
    }
    // ("|----+----|" / "| Dates | Position |" / "|-----|:-----|": a border over a header row and its delimiter row is no line of the table)
    // ("|---" / "| Name of Institution | Date of Completion" / "|:-|:-": so is any top border over a header row and its delimiter row,
    // and one right over a separator line, "|---" / "|-|-" / "| **Name:** | Kofi Dwomoh-Ababio": the separator then opens the rows)
    if (n > 0 && !fence[i] && lines[i - 1]!.trim() === '' && ((rowLine(lines[i + 1]!) && dashCells(lines[i + 2] ?? '') > 0 && (crossedRule(lines[i]!) || !rowLine(lines[i]!))) || dashCells(lines[i + 1]!) > 0)) {
      lines[i] = '';
      continue;
    }
    // (one row is a table too: "|:------|:-------|" over "| 경일대학교 | 컴퓨터공학과 | 4.47/4.5 | 2011.02 ~ 2017.02 |")
    if (n === 0 || fence[i] || lines[i - 1]!.trim() !== '' || !rowLine(lines[i + 1]!)) {
      if (n === 0 && !fence[i] && i + 2 < lines.length) moveLabelRowUp(lines, i);
      continue;
    }
    lines[i - 1] = `|${' |'.repeat(n)}`;
    lines[i] = `|${'---|'.repeat(n)}`;
  }
}

/** Line `i`, a delimiter row of `n` cells, is under a header row (after a blank line or none) of one cell more or fewer, with a row under it. */
function headerOver(lines: readonly string[], i: number, n: number): boolean {
  const head = lines[i - 1]!;
  return rowLine(head) && dashCells(head) === 0 && (i < 2 || lines[i - 2]!.trim() === '') && rowLine(lines[i + 1]!) && Math.abs(cellsOf(head).length - n) === 1;
}

/** A row's cells, less its outer bars. */
function cellsOf(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/**
 * "| **TIME** | **POSITION** | **AFFILIATION** |" over "| 2024.2-now | **Associate Professor** | …" rows, with no delimiter row
 * (kramdown reads bar lines as a table all the same): a first row of labels (short, no digit, no link, each bold or in
 * capitals) under a blank line,
 * over two row lines or more with as many cells, none of them a delimiter row, moves up onto the blank line and its
 * own line becomes the delimiter row.
 */
function moveLabelRowUp(lines: string[], i: number): void {
  if (lines[i - 1]!.trim() !== '' || !rowLine(lines[i]!) || !rowLine(lines[i + 1]!) || !rowLine(lines[i + 2]!)) return;
  const labels = cellsOf(lines[i]!);
  if (labels.length < 2 || labels.some((c) => !c || /[\d\]]/.test(c) || c.split(' ').length > 3)) return;
  // (labels look it: every cell bold or in capitals, "| **TIME** | **POSITION** |"; "| **Français** | Langue maternelle |" is a row)
  if (!labels.every((c) => /^\*\*[^*]+\*\*$/.test(c) || !/\p{Ll}/u.test(c))) return;
  for (let k = i + 1; k < lines.length && rowLine(lines[k]!); k++) if (dashCells(lines[k]!) > 0) return;
  if (cellsOf(lines[i + 1]!).length !== labels.length) return;
  lines[i - 1] = lines[i]!;
  lines[i] = `|${'---|'.repeat(labels.length)}`;
}
