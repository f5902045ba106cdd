// Turns a read year, month and day into a Gregorian DateAtom: converts solar Hijri dates, rejects days a month does not have.
import type { DateAtom } from './date-words.js';
import { persianMonthStart } from './persian-month-start.js';
import type { YearRead } from './read-year.js';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of Gregorian year `y`. */
function daysIn(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : DAYS[m - 1] ?? 31;
}

/**
 * The date covering tokens [first, next) for year `yr`, month `m` (0 = none; a solar Hijri month when the
 * year is) and day `d` (0 = none), in the Gregorian calendar: a solar Hijri month becomes the Gregorian
 * month in which it begins (Azar 1398 → 2019-11), a solar Hijri year the Gregorian year in which it
 * begins. Undefined when the month or day does not exist.
 */
export function makeDateAtom(first: number, next: number, yr: YearRead, m: number, d: number, weak = false, bare = false): DateAtom | undefined {
  if (m < 0 || m > 12 || d < 0 || (d > 0 && m === 0)) return undefined;
  let y = yr.y;
  if (yr.calendar === 'persian') {
    if (d > (m <= 6 ? 31 : 30)) return undefined;
    if (m > 0) {
      const g = persianMonthStart(y, m, d || 1);
      y = g.year;
      m = g.month;
      d = d > 0 ? g.day : 0;
    } else {
      y += 621;
    }
  } else if (d > 0 && d > daysIn(y, m)) {
    return undefined;
  }
  return { first, next, y, m, d, calendar: yr.calendar, weak, bare };
}
