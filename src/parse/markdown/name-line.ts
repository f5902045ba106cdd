// Whether a line may be a name or a role on its own: a short top-level text line, undated, no sentence and no label.
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** A short top-level text line (100 characters, 16 words at most), undated, not ending as a sentence or a label does ("BlocSolutions, Québec, Canada", "IT Cybersecurity Specialist"). */
export function nameLine(state: ParseState, l: Line | undefined): l is Line {
  if (!l || l.kind !== 'text' || l.depth > 0 || l.plain.length > 100 || countWords(l.plain) > 16) return false;
  return lineDates(state, l).length === 0 && !/[.!?。:：]$/u.test(l.plain);
}
