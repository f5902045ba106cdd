// Whether a line is a short top-level list item whose date opens or closes it: a degree or a role with its years, not a sentence.
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** A dated item is at most this many words. */
const MAX_WORDS = 18;

/**
 * `l` is a top-level item (or an item at `depth`) of at most twelve words whose first date opens it or whose last date closes it
 * ("- Master's, 2022–2024", "- **Lead Software Engineer (Jan 2022 - Aug 2024)**").
 */
export function shortDatedItem(state: ParseState, l: Line, depth = 0): boolean {
  if (l.kind !== 'item' || l.depth !== depth || countWords(l.plain) > MAX_WORDS) return false;
  const d = lineDates(state, l);
  const last = d[d.length - 1];
  return last !== undefined && (d[0]!.index <= 2 || last.index + last.length >= l.plain.length - 2);
}
