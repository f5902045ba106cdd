// Finds the paragraphs that head entries by their lines alone: a short undated first line, and a date on one of the next three.
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** The longest line of such a paragraph. */
const SHORT = 110;

/**
 * "Lead Frontend Developer" / "BlocSolutions, Québec, Canada" / "2021 - Présent" (one paragraph, a PDF's text):
 * the first lines of top-level paragraphs of two to four short lines, no sentence among them, whose first line
 * is undated and one of the others dated.
 */
export function datedBlockHeads(state: ParseState, lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'text' || l.depth > 0 || (i > 0 && lines[i - 1]!.block === l.block)) continue;
    let n = 1;
    while (i + n < lines.length && lines[i + n]!.block === l.block) n++;
    const block = lines.slice(i, i + n);
    if (n < 2 || n > 4 || lineDates(state, l).length > 0) continue;
    if (block.some((b) => b.kind !== 'text' || b.plain.length > SHORT || countWords(b.plain) > 12 || /[.!?。]$/.test(b.plain))) continue;
    if (block.slice(1).some((b) => lineDates(state, b).length > 0)) out.add(l);
  }
  return out;
}
