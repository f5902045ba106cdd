// Whether a line's last date closes it and something is named before that date ("Universidad de Guanajuato. *2015 - 2020*.").
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** A line whose last date closes it (brackets and a note such as "(متوقع)" aside) and that names something before it. */
export function closesWithDate(state: ParseState, l: Line): boolean {
  const d = lineDates(state, l);
  const last = d[d.length - 1];
  if (!last || last.index < 4 || dateOnly(state, l)) return false;
  return l.plain.slice(last.index + last.length).replace(/\([^)]{0,20}\)/g, '').trim().length <= 2;
}
