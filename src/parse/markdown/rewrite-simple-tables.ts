// Rewrites pandoc simple tables (a header line over runs of dashes that mark the columns, rows to a blank line) as pipe tables in place.

/** Shortest run of dashes that marks a column. */
const MIN_RUN = 3;

/** Most spaces before a table's lines (more is code). */
const MAX_INDENT = 3;

/** Where each column starts: the runs of dashes of a separator line (`---------- ------ ---`), or undefined when the line is none. */
function columnStarts(line: string): number[] | undefined {
  const t = line.trimEnd();
  const starts: number[] = [];
  let run = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (c === '-') {
      if (run === 0) starts.push(i);
      run++;
      continue;
    }
    if (c !== ' ' && c !== undefined) return undefined;
    if (run > 0 && run < MIN_RUN) return undefined;
    run = 0;
  }
  return starts.length >= 2 && starts[0]! <= MAX_INDENT ? starts : undefined;
}

/** The cells of a row line cut at the columns' starts (the last runs to the line's end), as a pipe table row. */
function pipeRow(line: string, starts: readonly number[]): string {
  const cells = starts.map((s, k) => line.slice(s, starts[k + 1] ?? line.length).trim().replace(/\|/g, '\\|'));
  return `| ${cells.join(' | ')} |`;
}

/** Whether a line is blank. */
const blank = (l: string | undefined): boolean => l === undefined || l.trim() === '';

/**
 * Rewrites every pandoc simple table of `lines` (outside fenced code, `fence[i]` = 1) in place, keeping the number
 * of lines: "  Dates   Institution" over "  ------- -----------" over rows up to a blank line become a header row, a
 * delimiter row and one row per line, each cut into cells where the runs of dashes start. A separator of fewer
 * than two runs (a setext heading's underline, a rule), with no header line right above it or no row under it, is
 * left as it is.
 * @param lines - the body's lines, changed in place
 * @param fence - per line, 1 inside fenced code
 */
export function rewriteSimpleTables(lines: string[], fence: Uint8Array): void {
  for (let i = 1; i < lines.length; i++) {
    // (the header line follows a blank line or the start; a row follows the separator)
    if (fence[i] || fence[i - 1] || blank(lines[i - 1]) || blank(lines[i + 1]) || !blank(lines[i - 2])) continue;
    const starts = columnStarts(lines[i]!);
    if (!starts || lines[i - 1]!.search(/\S/) > MAX_INDENT || lines[i - 1]!.trimStart().startsWith('|')) continue;
    let end = i + 1;
    while (end < lines.length && !fence[end] && !blank(lines[end]) && columnStarts(lines[end]!) === undefined) end++;
    lines[i - 1] = pipeRow(lines[i - 1]!, starts);
    lines[i] = `|${starts.map(() => ' --- |').join('')}`;
    for (let k = i + 1; k < end; k++) lines[k] = pipeRow(lines[k]!, starts);
    i = end;
  }
}
