// Turns an HTML table laid out as entries (a "title | year" row over one-cell rows of place and details) into paragraphs.
import type { HtmlLine } from './html-line.js';

/** A head row: two cells, the second short and holding a digit ("2016", "Expected 2017", "2015 - 2016"). */
const isHead = (h: HtmlLine): boolean => h.kind === 'row' && h.cells?.length === 2 && h.cells[1]!.length <= 40 && /\d/.test(h.cells[1]!) && h.cells[0]!.trim() !== '';
/** A one-cell row (the place, or the details, of the head above). */
const isOne = (h: HtmlLine): boolean => h.kind === 'row' && (h.cells?.length ?? 0) === 1 && h.cells![0]!.trim() !== '';

/**
 * "<tr><td><b>Research Assistant</b></td><td>2015 - 2016</td></tr>" / "<tr><td>Hastings' Lab</td></tr>" /
 * "<tr><td><ul><li>Built…</li></ul></td></tr>": a table used for layout, whose rows alternate a dated head of two cells
 * and rows of one cell, reads as Markdown written the same way would: each head a line "Title · 2016", the
 * one-cell rows under it lines of its paragraph. Applies to a run of rows of one table with two heads or more, the first row a
 * head, every row a head or a one-cell row, and at least as many one-cell rows as heads. Returns the lines.
 * @param lines - the lines of one raw HTML block, in order
 */
export function unrollEntryRows(lines: readonly HtmlLine[]): HtmlLine[] {
  if (lines.filter(isHead).length < 2) return lines as HtmlLine[];
  const out = lines.slice();
  for (let i = 0; i < out.length; ) {
    if (out[i]!.kind !== 'row') {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && out[end]!.kind === 'row') end++;
    const run = out.slice(i, end);
    const heads = run.filter(isHead).length;
    if (isHead(run[0]!) && heads >= 2 && run.every((h) => isHead(h) || isOne(h)) && run.length - heads >= heads) {
      let key = out[i]!.blockKey;
      for (let k = i; k < end; k++) {
        const h = out[k]!;
        if (isHead(h)) key = h.blockKey;
        const md = isHead(h) ? `${h.cells![0]!.trim()} · ${h.cells![1]!.trim()}` : h.cells![0]!.trim();
        out[k] = { kind: 'text', level: 0, depth: 0, ordered: false, md, line: h.line, endLine: h.endLine, blockKey: key };
      }
    }
    i = end;
  }
  return out;
}
