// The dates of a line, found once per parse and remembered in the state.
import { findDates } from './find-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import type { DateToken } from './date-words.js';

/** Whether `t` has an ASCII, Arabic-Indic or Persian digit (as `/\d|[\u0660-\u0669\u06f0-\u06f9]/.test(t)`), by scanning. */
function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x39 ? c >= 0x30 : (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** Every date span in the line's plain text (table rows: in the joined cells). */
export function lineDates(state: ParseState, line: Line): DateSpan[] {
  let d = state.dateMemo.get(line);
  if (d === undefined) {
    // (the lines of a parse are read one after the other with the same token objects)
    let ring = state.memo.get('date-ring') as DateToken[] | undefined;
    if (!ring) state.memo.set('date-ring', (ring = []));
    d = line.plain.length < 40 || hasDigit(line.plain) ? findDates(line.plain, state.dateWords, ring) : [];
    state.dateMemo.set(line, d);
  }
  return d;
}
