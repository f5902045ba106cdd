// A line's text with its date spans cut out.
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** A line's text less its dates: the dash of "(Nov 2021 – April 2024)" separates no fields. */
export function lineWithoutDates(state: ParseState, l: Line): string {
  let t = l.plain;
  for (const d of [...lineDates(state, l)].sort((a, b) => b.index - a.index)) t = t.slice(0, d.index) + t.slice(d.index + d.length);
  return t;
}
