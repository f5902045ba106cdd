// Reads a range of months with two-digit years and no apostrophe ("Jun. 23 - Aug. 23", "Sept. 19 – Jul 23", "Feb 24 – present", "06/22 – 09/24", "3/20 - 10/20", "07.19-12.19", "10/15-5/16", "16/7 - 17/6", "17/9至今").
import type { DateAtom, DateContext } from './date-words.js';
import { isPunctMark as punct } from './is-punct-mark.js';
import { MAX_YEAR, MIN_YEAR } from './read-year.js';

/** A month name (of the CV's language or English), an optional full stop, a two-digit number: the month and its year, and the token after. */
function monthShortYear(ctx: DateContext, i: number): { atom: DateAtom; next: number } | undefined {
  const t = ctx.tok(i);
  const e = t?.kind === 'word' ? t.entry : undefined;
  if (!e || e.month === 0 || e.monthRank >= 2) return undefined;
  let k = i + 1;
  if (punct(ctx.tok(k), 0x2e) && !ctx.tok(k)!.space) k++;
  const n = ctx.tok(k);
  if (!n || n.kind !== 'num' || n.digits !== 2 || !n.space) return undefined;
  const y = fullYear(n.value);
  if (y === undefined) return undefined;
  return { atom: { first: i, next: k + 1, y, m: e.month, d: 0, calendar: undefined, weak: false, bare: false }, next: k + 1 };
}

/** A two-digit year: 50–99 → 19xx, else 20xx; undefined outside the years a CV names. */
function fullYear(n: number): number | undefined {
  const y = n >= 50 ? 1900 + n : 2000 + n;
  return y < MIN_YEAR || y > MAX_YEAR ? undefined : y;
}

/**
 * "06/22", "10/19", "07.19", "3/20": a month's number (01–12, two digits; or 1–9 before a slash), a slash or dot, a two-digit year, with
 * no space between; `sep` is the mark.
 */
function numericShortYear(ctx: DateContext, i: number): { atom: DateAtom; next: number; sep: number } | undefined {
  const m = ctx.tok(i);
  const mark = ctx.tok(i + 1);
  const n = ctx.tok(i + 2);
  const sep = punct(mark, 0x2f) ? 0x2f : punct(mark, 0x2e) ? 0x2e : 0;
  // ("1.5 - 2.5" is versions: one digit only before a slash)
  if (m?.kind !== 'num' || (m.digits !== 2 && !(m.digits === 1 && sep === 0x2f)) || m.value < 1 || m.value > 12 || sep === 0 || mark!.space) return undefined;
  const after = ctx.tok(i + 3);
  if (n?.kind !== 'num' || n.digits !== 2 || n.space || ((punct(after, 0x2f) || punct(after, 0x2e)) && !after!.space)) return undefined;
  const y = fullYear(n.value);
  return y === undefined ? undefined : { atom: { first: i, next: i + 3, y, m: m.value, d: 0, calendar: undefined, weak: false, bare: false }, next: i + 3, sep };
}

/** "16/7", "11/3": a two-digit year, a slash and a month's number of one or two digits, with no space between (and no third number: "16/7/2019" is a day). */
function yearShortMonth(ctx: DateContext, i: number): { atom: DateAtom; next: number; plain: boolean; oneDigit: boolean } | undefined {
  const n = ctx.tok(i);
  const slash = ctx.tok(i + 1);
  const m = ctx.tok(i + 2);
  if (n?.kind !== 'num' || n.digits !== 2 || !punct(slash, 0x2f) || slash!.space) return undefined;
  if (m?.kind !== 'num' || m.digits > 2 || m.space || m.value < 1 || m.value > 12) return undefined;
  const after = ctx.tok(i + 3);
  if (after && !after.space && (punct(after, 0x2f) || punct(after, 0x2e) || after.kind === 'num')) return undefined;
  const y = fullYear(n.value);
  // (plain: no month's number first and a two-digit year after it, "11/03", could read it: 13 or more first, or one digit after)
  const plain = n.value > 12 || m.digits === 1;
  return y === undefined ? undefined : { atom: { first: i, next: i + 3, y, m: m.value, d: 0, calendar: undefined, weak: false, bare: false }, next: i + 3, plain, oneDigit: m.digits === 1 };
}

/**
 * "16/7 - 17/6", "17/9至今", "18/6 - 18/6": year-first short months on both sides of a spaced dash or tilde, or one glued to or
 * spaced from a present-word. Neither side can be a month and a two-digit year (13 or more first, or a month of one digit), or
 * one side's month has one digit: "11/03 – 12/05" is read month first.
 */
function readYearFirstRange(ctx: DateContext, i: number): { start: DateAtom; end: DateAtom | undefined; next: number } | undefined {
  const a = yearShortMonth(ctx, i);
  if (!a) return undefined;
  const t = ctx.tok(a.next);
  if (t?.kind === 'word' && t.entry?.present) return a.plain ? { start: a.atom, end: undefined, next: a.next + 1 } : undefined;
  if (!t || !t.space || !(punct(t, 0x2d) || punct(t, 0x7e))) return undefined;
  const after = ctx.tok(a.next + 1);
  if (after?.kind === 'word' && after.entry?.present) return a.plain ? { start: a.atom, end: undefined, next: a.next + 2 } : undefined;
  const b = yearShortMonth(ctx, a.next + 1);
  // (both sides such, or a month of one digit on one: "Score 10/12 – 13/12" is no range of dates)
  if (!b || !((a.plain && b.plain) || a.oneDigit || b.oneDigit)) return undefined;
  const ordered = a.atom.y < b.atom.y || (a.atom.y === b.atom.y && a.atom.m <= b.atom.m);
  return ordered ? { start: a.atom, end: b.atom, next: b.next } : undefined;
}

/** A month with a two-digit year: a month name and a number, or a month's number, a slash and a number (a dot, with `dots`). */
function shortYearMonth(ctx: DateContext, i: number, dots: boolean): { atom: DateAtom; next: number; sep?: number } | undefined {
  const numeric = numericShortYear(ctx, i);
  return monthShortYear(ctx, i) ?? (numeric && (dots || numeric.sep === 0x2f) ? numeric : undefined);
}

/**
 * "Jun. 23 - Aug. 23": a month name and a two-digit number, a spaced dash or tilde, then the same again or a
 * present-word. Neither number can be a day: no year follows the range ("Jun 23 – Aug 23, 2019" is days),
 * so they are years (50–99 → 19xx, else 20xx), in order. So is "06/22 – 09/24" (months' numbers, slashes, two-digit
 * years; never a day and a month, as no year follows). Returns the dates and the token after them.
 */
export function readShortYearRange(ctx: DateContext, i: number, since = false): { start: DateAtom; end: DateAtom | undefined; next: number } | undefined {
  if (since) return readSinceShortYear(ctx, i);
  return readMonthFirstRange(ctx, i) ?? readYearFirstRange(ctx, i);
}

/**
 * "(since Jan 13)", "(from Aug 13)", "Seit 09/21": a since-word (at token `i`), then a month name and a two-digit number, or a
 * month's number, a slash and a two-digit number, with nothing after them that makes the number a day (a year, a comma, a
 * range mark): that month of that year, ongoing.
 */
function readSinceShortYear(ctx: DateContext, i: number): { start: DateAtom; end: undefined; next: number } | undefined {
  const numeric = numericShortYear(ctx, i + 1);
  const a = monthShortYear(ctx, i + 1) ?? (numeric?.sep === 0x2f ? numeric : undefined);
  const tail = a && ctx.tok(a.next);
  if (!a || (tail && (tail.kind === 'num' || tail.kind === 'word' || punct(tail, 0x2c) || punct(tail, 0x2d) || punct(tail, 0x7e)))) return undefined;
  return { start: a.atom, end: undefined, next: a.next };
}

/** "Jun. 23 - Aug. 23", "06/22 – 09/24", "Feb 24 – present": {@link readShortYearRange} with the month first. */
function readMonthFirstRange(ctx: DateContext, i: number): { start: DateAtom; end: DateAtom | undefined; next: number } | undefined {
  const a = shortYearMonth(ctx, i, true);
  const dash = a && ctx.tok(a.next);
  if (!a || !dash || !(punct(dash, 0x2d) || punct(dash, 0x7e))) return undefined;
  // ("07.19-12.19": months' numbers with dots, glued or spaced dash, make a range only with the same mark on both sides;
  // so do months' numbers with slashes, "10/15-5/16")
  const dotted = a.sep === 0x2e;
  const slashed = a.sep === 0x2f;
  if (!dash.space && !dotted && !slashed) return undefined;
  const after = ctx.tok(a.next + 1);
  if (after?.kind === 'word' && after.entry?.present) return { start: a.atom, end: undefined, next: a.next + 2 };
  const b = shortYearMonth(ctx, a.next + 1, dotted);
  if (!b || (dotted && b.sep !== 0x2e) || (!dash.space && (!after || after.space || (slashed && b.sep !== 0x2f)))) return undefined;
  const tail = ctx.tok(b.next);
  if (punct(tail, 0x2c) || (tail?.kind === 'num' && tail.digits === 4)) return undefined;
  const ordered = a.atom.y < b.atom.y || (a.atom.y === b.atom.y && a.atom.m <= b.atom.m);
  return ordered ? { start: a.atom, end: b.atom, next: b.next } : undefined;
}
