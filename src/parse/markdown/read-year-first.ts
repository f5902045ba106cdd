// Reads a date that starts with its year: 2019, 2000, September, 2019-05, 2019.05, 2019/05, 2019-05-01, 2019. 05., 2019年5月1日, 2019년 5월, 2016 r., 2019. május, 2011 okt, 平成30年.
import type { DateAtom, DateContext, DateToken } from './date-words.js';
import { CJK, classifyChar } from './classify-char.js';
import { classifyDateMark } from './classify-date-mark.js';
import { makeDateAtom } from './make-date-atom.js';
import { readYear, type YearRead } from './read-year.js';

/** A month or day number glued to a separator: 1–2 digits within [1, max]. */
function small(t: DateToken | undefined, max: number): t is DateToken {
  return !!t && t.kind === 'num' && !t.space && t.digits <= 2 && t.value >= 1 && t.value <= max;
}

/** A separator between the numbers of a date (hyphen, dot, slash), glued to what is before it. */
function numberSep(t: DateToken | undefined): t is DateToken {
  return !!t && t.kind === 'punct' && !t.space && (t.raw === 0x2d || t.value === 0x2e || t.value === 0x2f);
}

/** A dot glued to the token before it. */
function gluedDot(t: DateToken | undefined): boolean {
  return !!t && t.kind === 'punct' && t.value === 0x2e && !t.space;
}

/**
 * What may follow "2016 jan" for the month name to belong to the year before it (Swedish, Hungarian and East
 * Asian order: "2011 okt - 2012 dec"): the end of the line, a range mark, a closing mark, an opening
 * bracket ("2017 Dec (6 months)") or a bullet; never a word or a number ("2019 May 5", "2019 may be").
 */
function endsDate(t: DateToken | undefined): boolean {
  // (or a bullet or middle dot between fields: "2024 Jun • Summer School")
  return !t || (t.kind === 'punct' && (t.value === 0x2d || t.value === 0x7e || t.value === 0x29 || t.value === 0x28 || t.value === 0x2c || t.value === 0x3b || t.value === 0x7c || t.value === 0x5d || t.value === 0x2022 || t.value === 0xb7));
}

/** A number standing apart, 1–2 digits, within [1, max]. */
function spacedSmall(t: DateToken | undefined, max: number): t is DateToken {
  return !!t && t.kind === 'num' && t.space && t.digits <= 2 && t.value >= 1 && t.value <= max;
}

/**
 * "2019. 05.", "2019. 5. 1.", "2019. 03 ~ 2020. 05" (the Korean way): after the year's glued dot, a
 * spaced month number that ends in a glued dot, a range mark, a closing bracket or the end of the line; then a day the same way.
 */
function readDottedSpaced(ctx: DateContext, i: number, yr: YearRead): DateAtom | undefined {
  const { tok } = ctx;
  const k = yr.next;
  const mo = tok(k + 1);
  if (!gluedDot(tok(k)) || !spacedSmall(mo, 12)) return undefined;
  // (or a closing bracket: "(2021.03 ~ 2021. 06)")
  const ends = (t: DateToken | undefined): boolean => !t || gluedDot(t) || (t.kind === 'punct' && (t.value === 0x2d || t.value === 0x7e || t.value === 0x29 || t.value === 0xff09));
  if (!ends(tok(k + 2))) return undefined;
  const next = gluedDot(tok(k + 2)) ? k + 3 : k + 2;
  const day = tok(next);
  if (next === k + 3 && spacedSmall(day, 31) && ends(tok(next + 1))) {
    const full = makeDateAtom(i, gluedDot(tok(next + 1)) ? next + 2 : next + 1, yr, mo.value, day.value);
    if (full) return full;
  }
  return makeDateAtom(i, next, yr, mo.value, 0);
}

/** "2019 / 10 - 2020 / 3": a slash with spaces around it, then a month number that ends the date (a range mark, a closing mark or the end). */
function readSpacedSlash(ctx: DateContext, i: number, yr: YearRead): DateAtom | undefined {
  const { tok } = ctx;
  const sep = tok(yr.next);
  const mo = tok(yr.next + 1);
  if (!sep || sep.kind !== 'punct' || sep.value !== 0x2f || !sep.space || !spacedSmall(mo, 12)) return undefined;
  const after = tok(yr.next + 2);
  if (after && (after.kind !== 'punct' || after.value === 0x2f || after.value === 0x2e)) return undefined;
  return makeDateAtom(i, yr.next + 2, yr, mo.value, 0);
}

/**
 * The date at token `i` when it starts with a year (see the file header). A hyphen, dot or slash and
 * 1–2 digits after the year is a month (`2022-05`), then the same separator and 1–2 digits a day; an en
 * dash is not (`2022–23` is a range, read by the span). A year mark (年, 년, r., р., г.) may follow the
 * year and then a month with 月/월 and a day with 日/일. `bare` when it is only the four digits.
 */
export function readYearFirst(ctx: DateContext, i: number): DateAtom | undefined {
  const { tok, lower } = ctx;
  const yr = readYear(ctx, i, false, false);
  if (!yr) return undefined;
  let k = yr.next;
  const sep = tok(k);
  const mo = tok(k + 1);
  if (numberSep(sep) && small(mo, 12)) {
    const dsep = tok(k + 2);
    const day = tok(k + 3);
    if (numberSep(dsep) && dsep.raw === sep.raw && small(day, 31)) {
      return makeDateAtom(i, k + 4, yr, mo.value, day.value) ?? makeDateAtom(i, k + 2, yr, mo.value, 0);
    }
    return makeDateAtom(i, k + 2, yr, mo.value, 0);
  }
  const korean = readDottedSpaced(ctx, i, yr);
  if (korean) return korean;
  const spaced = readSpacedSlash(ctx, i, yr);
  if (spaced) return spaced;
  const marked = classifyDateMark(tok(k), lower) === 'year';
  if (marked) k++;
  const mn = tok(k);
  if (marked && mn?.kind === 'num' && mn.digits <= 2 && mn.value >= 1 && mn.value <= 12 && classifyDateMark(tok(k + 1), lower) === 'month') {
    const dn = tok(k + 2);
    if (dn?.kind === 'num' && dn.digits <= 2 && classifyDateMark(tok(k + 3), lower) === 'day') {
      const full = makeDateAtom(i, k + 4, yr, mn.value, dn.value);
      if (full) return full;
    }
    return makeDateAtom(i, k + 2, yr, mn.value, 0);
  }
  // "2019年5月" when 5月 is a lexicon word, or "2019. május" (year, dot, month name: Hungarian order)
  const dotted = !marked && tok(k)?.kind === 'punct' && tok(k)?.value === 0x2e && !tok(k)?.space;
  // ("2000, September": year, comma, a month name that ends the date)
  const commaed = !marked && !dotted && tok(k)?.kind === 'punct' && tok(k)?.value === 0x2c && !tok(k)?.space;
  const w = dotted || commaed ? k + 1 : k;
  const mw = tok(w);
  const month = mw?.kind === 'word' ? mw.entry?.month ?? 0 : 0;
  const near = (mw?.entry?.monthRank ?? 9) < 2;
  // ("2021 Sep 20 – 2023 Jan 13": year, month name, then a day that ends the date)
  const dayThenEnd = month > 0 && !dotted && near && mw?.space === true && spacedSmall(tok(w + 1), 31) && endsDate(tok(w + 2));
  if (dayThenEnd) return makeDateAtom(i, w + 2, yr, month, tok(w + 1)!.value) ?? makeDateAtom(i, w + 1, yr, month, 0);
  // ("2017八月 - …": a Han month word glued to the year, as a CV in Chinese may drop the year mark)
  const apart = mw?.space === true || (mw !== undefined && !commaed && classifyChar(lower.charCodeAt(mw.start)) === CJK);
  if (month > 0 && (marked || (dotted && near) || (!dotted && near && apart && endsDate(tok(w + 1)) && (!commaed || !tok(w + 1) || tok(w + 1)!.value !== 0x2c)))) {
    const dn = tok(w + 1);
    if (dn?.kind === 'num' && dn.digits <= 2 && classifyDateMark(tok(w + 2), lower) === 'day') {
      const full = makeDateAtom(i, w + 3, yr, month, dn.value);
      if (full) return full;
    }
    return makeDateAtom(i, w + 1, yr, month, 0);
  }
  return makeDateAtom(i, k, yr, 0, 0, false, !marked && yr.next === i + 1);
}
