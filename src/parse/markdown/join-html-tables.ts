// Keeps a raw HTML table whole across the blank lines inside it: an HTML block ends at a blank line, a table in a browser does not.

/** A line that starts a Markdown block of its own (heading, quote, list item, table row, fence): Markdown written inside a cell. */
const MARKDOWN_BLOCK = /^ {0,3}(?:#{1,6}(?:\s|$)|>|\||[-*+]\s|\d{1,9}[.)]\s|```|~~~)/;
/** An HTML tag. */
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
/** What fills a blank line inside a table: an empty comment (no content, no line break in the HTML). */
const FILLER = '<!---->';

/**
 * For each line that opens a `<table>`, the line of its matching `</table>` (one pass, a stack of open tables;
 * a code fence drops what is open: a table never closes across one). Lines with no match are absent.
 */
function matchTables(lines: readonly string[], fence: Uint8Array): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fence[i]) {
      open.length = 0;
      continue;
    }
    const line = lines[i]!;
    if (line.indexOf('<') < 0) continue;
    for (const m of line.matchAll(/<(\/?)table\b/gi)) {
      if (!m[1]) open.push(i);
      else if (open.length) out.set(open.pop()!, i);
    }
  }
  return out;
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
 * Whether some cell of the table opens with a blank line ("<td>" / "" / "**Role**" / "" / "</td>"), the way a cell asks for
 * Markdown to be read inside it (GitHub, Jekyll): a blank line right under a line that ends with an opening cell tag.
 */
function asksForMarkdown(lines: readonly string[], open: number, close: number): boolean {
  for (let i = open + 1; i < close; i++) {
    if (lines[i]!.trim() === '' && /<t[dh](?:\s[^<>]*)?>\s*$/i.test(lines[i - 1]!)) return true;
  }
  return false;
}

/**
 * "<table>…<td>**Role**, Org<br />\n\n<strong>Role</strong>, Org…</td></table>": in a browser the table goes on
 * to its `</table>`, but a Markdown HTML block ends at the first blank line, and the rest would be read as
 * paragraphs of stray tags. A table that opens at the start of a line and whose cells hold HTML (every
 * paragraph in it has a tag and none starts a Markdown block), or whose cells hold text broken by blank lines
 * where no cell asks for Markdown (Markdown written inside such cells is left as it is), gets its blank lines filled with an empty comment, so that it stays one HTML block. Line numbers do not move.
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function joinHtmlTables(lines: string[], fence: Uint8Array): void {
  const closes = matchTables(lines, fence);
  for (let i = 0; i < lines.length; i++) {
    if (fence[i] || !/^ {0,3}<table[\s>]/i.test(lines[i]!)) continue;
    const close = closes.get(i);
    if (close === undefined || close === i) continue;
    // (so does one whose cells hold text broken by blank lines, "<td colspan=4>" / "Stateful serverless …" / "" / "Based on …",
    // where no cell asks for Markdown)
    if (cellsAreHtml(lines, i, close) || !asksForMarkdown(lines, i, close)) {
      for (let k = i + 1; k < close; k++) if (lines[k]!.trim() === '') lines[k] = FILLER;
    }
    i = close;
  }
}
