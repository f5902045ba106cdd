// Whether a line holds a date and little else ("07/2023 → oggi", "*2019 – 2021*"), asked once per line and parse.
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';
import { recall } from './recall.js';

/** The line holds a date and at most three other letters or digits besides brackets, dashes and separators. */
export function dateOnly(state: ParseState, l: Line): boolean {
  return recall(state, 'date-only', l, (x) => {
    const d = lineDates(state, x)[0];
    if (!d) return false;
    const rest = (x.plain.slice(0, d.index) + x.plain.slice(d.index + d.length)).replace(/[\s()[\]|,;:–—\-/·•*_]+/g, '');
    return rest.length <= 3;
  });
}
