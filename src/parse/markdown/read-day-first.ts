// Reads a date that starts with a day or month number: 01.03.2019, 23/01/1992, 24-Feb-2005, 05/2019, 5.2019, 1 March 2019, 25 mai 2016, 1er mars 2019, 1 de Abril de 1976.
import type { DateAtom, DateContext, DateToken } from './date-words.js';
import { makeDateAtom } from './make-date-atom.js';
import { readMonthFirst } from './read-month-first.js';
import { readYear } from './read-year.js';

/** A glued hyphen, dot or slash between date numbers. */
function numberSep(t: DateToken | undefined): t is DateToken {
  return !!t && t.kind === 'punct' && !t.space && (t.raw === 0x2d || t.value === 0x2e || t.value === 0x2f);
}

/**
 * The date at number token `i` (1–2 digits). `D.M.YYYY` (dot, slash or hyphen, the same twice) is read
 * day first, unless the second number cannot be a month and the first can ("12/25/2019"); `M/YYYY`
 * is a month; a day, an optional dot or ordinal suffix ("1.", "1st", "1er"), an optional filler ("de")
 * and a month name then read as month-first with that day.
 */
export function readDayFirst(ctx: DateContext, i: number): DateAtom | undefined {
  const { tok } = ctx;
  const t = tok(i);
  if (!t || t.kind !== 'num' || t.digits > 2 || t.value < 1) return undefined;
  const s1 = tok(i + 1);
  const n2 = tok(i + 2);
  if (numberSep(s1) && n2 && !n2.space) {
    if (n2.kind === 'num' && n2.digits <= 2) {
      const s2 = tok(i + 3);
      const yr = numberSep(s2) && s2.raw === s1.raw && !tok(i + 4)?.space ? readYear(ctx, i + 4, false, false) : undefined;
      if (!yr) return undefined;
      const a = t.value;
      const b = n2.value;
      const dayFirst = b >= 1 && b <= 12 ? makeDateAtom(i, yr.next, yr, b, a) : undefined;
      return dayFirst ?? (a <= 12 ? makeDateAtom(i, yr.next, yr, a, b) : undefined);
    }
    // "24-Feb-2005", "01-Jun-2010": a day, a month's name and a year joined by the same hyphen, dot or slash
    if (n2.kind === 'word' && (n2.entry?.month ?? 0) > 0 && t.value <= 31) {
      const s2 = tok(i + 3);
      const y = numberSep(s2) && s2.raw === s1.raw && !tok(i + 4)?.space ? readYear(ctx, i + 4, false, false) : undefined;
      return y ? makeDateAtom(i, y.next, y, n2.entry!.month, t.value) : undefined;
    }
    const yr = readYear(ctx, i + 2, false, false);
    return yr && t.value <= 12 ? makeDateAtom(i, yr.next, yr, t.value, 0) : undefined;
  }
  let q = i + 1;
  const s = tok(q);
  if (s && !s.space && ((s.kind === 'punct' && s.value === 0x2e) || (s.kind === 'text' && s.end - s.start <= 2))) q++;
  const f = tok(q)?.entry;
  if (tok(q)?.kind === 'word' && f && f.from && f.month === 0 && f.persianMonth === 0) q++;
  const mw = tok(q)?.entry;
  if (tok(q)?.kind !== 'word' || !mw || (mw.month === 0 && mw.persianMonth === 0) || t.value > 31) return undefined;
  const atom = readMonthFirst(ctx, q, t.value);
  if (!atom) return undefined;
  atom.first = i;
  return atom;
}
