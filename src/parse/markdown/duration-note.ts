// Whether a line only says how long something lasted ("`1년 10개월 이상`", "(2 years)", "6 months"): a note on a date, no field.
import { durationOnly } from './duration-only.js';
import type { Line, ParseState } from './parse-types.js';

/** Whether the line is short and a duration alone (a last word such as "이상" or "over" aside). */
export function durationNote(state: ParseState, l: Line): boolean {
  const t = l.plain.trim();
  if (t.length > 30 || !/\d/.test(t)) return false;
  return durationOnly(state, t) || durationOnly(state, t.slice(0, Math.max(0, t.lastIndexOf(' '))));
}
