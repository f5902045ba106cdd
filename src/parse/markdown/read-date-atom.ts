// Reads one date (a point, not a range) at a token, in whichever form it is written; optionally a month or day alone, for the start of a range.
import type { DateAtom, DateContext } from './date-words.js';
import { makeDateAtom } from './make-date-atom.js';
import { readDayFirst } from './read-day-first.js';
import { readMonthFirst } from './read-month-first.js';
import { readYear } from './read-year.js';
import { readYearFirst } from './read-year-first.js';

/**
 * The date at token `i`: year first, day or month number first, month name first, a month-duration word
 * and a month number ("tháng 6 năm 2023", "Tháng 10/2024"), or a season and a year ("Summer 2018" → the
 * year). With `yearless`, a month name alone ("May" of "May – July 2023") or a day number alone (or a day and a month's
 * number, "29.06" of "29.06-25.08.1977") followed by a dash ("22" of "22–24 février 2019") is read too, with y = 0, for the caller to complete.
 */
export function readDateAtom(ctx: DateContext, i: number, yearless: boolean): DateAtom | undefined {
  const t = ctx.tok(i);
  if (!t) return undefined;
  if (t.kind === 'num') {
    const atom = withSeason(ctx, readYearFirst(ctx, i)) ?? readDayFirst(ctx, i);
    if (atom || !yearless || t.digits > 2 || t.value < 1 || t.value > 31) return atom;
    let k = i + 1;
    if (gluedDot(ctx, k)) k++;
    // ("29.06-25.08.1977", "01.05.-31.08.1978": a day and a month's number, the year given once, at the end)
    const mn = ctx.tok(k);
    const month = k > i + 1 && mn?.kind === 'num' && !mn.space && mn.digits <= 2 && mn.value >= 1 && mn.value <= 12 ? mn.value : 0;
    if (month > 0) k += gluedDot(ctx, k + 1) ? 2 : 1;
    const dash = ctx.tok(k);
    return dash?.kind === 'punct' && (dash.value === 0x2d || dash.value === 0x7e)
      ? { first: i, next: k, y: 0, m: month, d: t.value, calendar: undefined, weak: false, bare: false }
      : undefined;
  }
  const e = t.kind === 'word' ? t.entry : undefined;
  if (!e) return undefined;
  if (e.eraOffset !== undefined) return readYearFirst(ctx, i);
  if (e.season) {
    // ("Winter, 2013 - 2014": a comma glued to the season may stand before the year)
    const comma = ctx.tok(i + 1);
    const yr = readYear(ctx, comma?.kind === 'punct' && comma.value === 0x2c && !comma.space ? i + 2 : i + 1, false, false);
    return yr ? makeDateAtom(i, yr.next, yr, 0, 0) : undefined;
  }
  if (e.month > 0 || e.persianMonth > 0) {
    const atom = readMonthFirst(ctx, i);
    // a month without a year ("May" of "May – July 2023") only in the CV's language or English ("Mars" of "Life on Mars" is no month)
    if (atom || !yearless || e.month === 0 || e.monthRank >= 2) return atom;
    return { first: i, next: i + 1, y: 0, m: e.month, d: 0, calendar: undefined, weak: false, bare: false };
  }
  if (e.months) return readMonthNumber(ctx, i);
  return undefined;
}

/** Whether token `k` is a full stop glued to the number before it. */
function gluedDot(ctx: DateContext, k: number): boolean {
  const t = ctx.tok(k);
  return t?.kind === 'punct' && t.value === 0x2e && !t.space;
}

/** A year with no month and a season word right after it ("2016 夏", "2019年夏季", "2018 Summer"): the season is part of the date. */
function withSeason(ctx: DateContext, atom: DateAtom | undefined): DateAtom | undefined {
  if (!atom || atom.m !== 0) return atom;
  const t = ctx.tok(atom.next);
  return t?.kind === 'word' && t.entry?.season ? { ...atom, next: atom.next + 1 } : atom;
}

/** "tháng 6 năm 2023", "Tháng 10/2024": a month word, the month's number, then a slash or a year word, then the year. */
function readMonthNumber(ctx: DateContext, i: number): DateAtom | undefined {
  const { tok } = ctx;
  const mn = tok(i + 1);
  if (!mn || mn.kind !== 'num' || mn.digits > 2 || mn.value < 1 || mn.value > 12) return undefined;
  let k = i + 2;
  const s = tok(k);
  if (s && !s.space && s.kind === 'punct' && (s.value === 0x2f || s.value === 0x2d || s.value === 0x2e) && !tok(k + 1)?.space) k++;
  else if (s?.kind === 'word' && s.entry?.years) k++;
  const yr = readYear(ctx, k, false, false);
  return yr ? makeDateAtom(i, yr.next, yr, mn.value, 0) : undefined;
}
