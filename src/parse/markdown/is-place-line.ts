// Whether a line is a place and nothing else ("Centennial, Colorado 80122"), as written under an entry's head.
import type { Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';

/** A place line is a few words. */
const MAX_PLACE_LINE = 60;

/** A paragraph line, not bold, that is a place and nothing else ("Centennial, Colorado 80122", "Redmond, WA"). */
export function isPlaceLine(state: ParseState, l: Line | undefined): boolean {
  return l !== undefined && l.kind === 'text' && !l.bold && l.plain.length <= MAX_PLACE_LINE && scorePlaceIn(state, l.plain) >= 2;
}
