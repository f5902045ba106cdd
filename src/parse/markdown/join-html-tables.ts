// Keeps a raw HTML table whole across the blank lines inside it: an HTML block ends at a blank line, a table in a browser does not.

/** Farthest a table's closing tag is looked for (lines). */
const MAX_TABLE_LINES = 3000;
/** A line that starts a Markdown block of its own (heading, quote, list item, table row, fence): Markdown written inside a cell. */
const MARKDOWN_BLOCK = /^ {0,3}(?:#{1,6}(?:\s|$)|>|\||[-*+]\s|\d{1,9}[.)]\s|```|~~~)/;
/** An HTML tag. */
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
/** What fills a blank line inside a table: an empty comment (no content, no line break in the HTML). */
const FILLER = '<!---->';

/** Opened minus closed `<table>` elements on a line. */
function tableDepthChange(line: string): number {
  if (line.indexOf('<') < 0) return 0;
  let d = 0;
  for (const m of line.matchAll(/<(\/?)table\b/gi)) d += m[1] ? -1 : 1;
  return d;
}

/** The line that closes the table opened on line `open` (undefined when none does, or a code fence comes first). */
function closingLine(lines: readonly string[], fence: Uint8Array, open: number): number | undefined {
  let depth = 0;
  const end = Math.min(lines.length, open + MAX_TABLE_LINES);
  for (let i = open; i < end; i++) {
    if (fence[i]) return undefined;
    depth += tableDepthChange(lines[i]!);
    if (depth <= 0) return i;
  }
  return undefined;
}

/** Every paragraph between `open` and `close` holds an HTML tag and no line starts a Markdown block: the cells are HTML, not Markdown. */
function cellsAreHtml(lines: readonly string[], open: number, close: number): boolean {
  let paragraphHasTag = true;
  for (let i = open + 1; i < close; i++) {
    const l = lines[i]!;
    if (l.trim() === '') {
      if (!paragraphHasTag) return false;
      paragraphHasTag = true;
      continue;
    }
    if (MARKDOWN_BLOCK.test(l)) return false;
    if (lines[i - 1]!.trim() === '') paragraphHasTag = false;
    if (!paragraphHasTag && TAG.test(l)) paragraphHasTag = true;
  }
  return paragraphHasTag;
}

/**
 * "<table>…<td>**Role**, Org<br />\n\n<strong>Role</strong>, Org…</td></table>": in a browser the table goes on
 * to its `</table>`, but a Markdown HTML block ends at the first blank line, and the rest would be read as
 * paragraphs of stray tags. A table that opens at the start of a line and whose cells hold HTML (every
 * paragraph in it has a tag and none starts a Markdown block: Markdown written inside cells is left as it is)
 * gets its blank lines filled with an empty comment, so that it stays one HTML block. Line numbers do not move.
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function joinHtmlTables(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    if (fence[i] || !/^ {0,3}<table[\s>]/i.test(lines[i]!)) continue;
    const close = closingLine(lines, fence, i);
    if (close === undefined) continue;
    if (cellsAreHtml(lines, i, close)) {
      for (let k = i + 1; k < close; k++) if (lines[k]!.trim() === '') lines[k] = FILLER;
    }
    i = close;
  }
}
