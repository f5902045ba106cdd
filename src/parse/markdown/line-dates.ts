// The dates of a line, found once per parse and remembered in the state.
import { findDates } from './find-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import type { DateToken } from './date-words.js';

/** Every date span in the line's plain text (table rows: in the joined cells). */
export function lineDates(state: ParseState, line: Line): DateSpan[] {
  let d = state.dateMemo.get(line);
  if (d === undefined) {
    // (the lines of a parse are read one after the other with the same token objects)
    let ring = state.memo.get('date-ring') as DateToken[] | undefined;
    if (!ring) state.memo.set('date-ring', (ring = []));
    d = /\d|[\u0660-\u0669\u06f0-\u06f9]/.test(line.plain) || line.plain.length < 40 ? findDates(line.plain, state.dateWords, ring) : [];
    state.dateMemo.set(line, d);
  }
  return d;
}
