// Whether a line holds a date and little else ("07/2023 → oggi", "*2019 – 2021*"), asked once per line and parse.
import { isSpace } from './is-space.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';
import { recall } from './recall.js';

/** Marks that do not count as text beside a date: brackets, bars, commas, colons, dashes, slashes, dots, stars, underscores (white space too). */
const DATE_MARKS: ReadonlySet<number> = new Set([...'()[]|,;:–—-/·•*_'].map((c) => c.charCodeAt(0)));

/** How many code units of t[a, b) are no white space (as `\\s`) and no DATE_MARKS, counting no further than `max` + 1. */
function textUnits(t: string, a: number, b: number, max: number): number {
  let n = 0;
  for (let i = a; i < b && n <= max; i++) {
    const c = t.charCodeAt(i);
    if (!DATE_MARKS.has(c) && !isSpace(c)) n++;
  }
  return n;
}

/** Whether `t` has at most three code units outside [from, to) that are no white space and no DATE_MARKS. */
function littleBesides(t: string, from: number, to: number): boolean {
  const before = textUnits(t, 0, Math.min(from, t.length), 3);
  return before <= 3 && before + textUnits(t, Math.max(from, to), t.length, 3 - before) <= 3;
}

/** The line holds a date and at most three other characters besides white space, brackets, dashes and separators. */
export function dateOnly(state: ParseState, l: Line): boolean {
  return recall(state, 'date-only', l, (x) => {
    const d = lineDates(state, x)[0];
    // (as the text less the date, with those marks removed, being at most three characters long)
    return d !== undefined && littleBesides(x.plain, d.index, d.index + d.length);
  });
}
