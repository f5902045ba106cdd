// Finds the date ranges that start in the first sentence of a line ("Research Scientist, …, July 2022 to present. Full-time, …").
import { lineDates } from './line-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';

/**
 * Where the line's first sentence ends (after its first ". ", else at the line's end) and the ranges or ongoing dates
 * that start before that end ("July 2021 to Oct. 2021" may run over an abbreviation's full stop).
 */
export function firstSentenceRanges(state: ParseState, l: Line): { end: number; ranges: DateSpan[] } {
  const stop = l.plain.indexOf('. ');
  const end = stop < 0 ? l.plain.length : stop + 1;
  return { end, ranges: lineDates(state, l).filter((d) => d.index < end && (!d.single || d.ongoing)) };
}
