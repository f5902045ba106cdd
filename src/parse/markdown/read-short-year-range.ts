// Reads a range of months with two-digit years and no apostrophe ("Jun. 23 - Aug. 23", "Sept. 19 – Jul 23", "Feb 24 – present", "06/22 – 09/24").
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

/** "06/22", "10/19": a month's number (01–12, two digits), a slash, a two-digit year, with no space between. */
function numericShortYear(ctx: DateContext, i: number): { atom: DateAtom; next: number } | undefined {
  const m = ctx.tok(i);
  const slash = ctx.tok(i + 1);
  const n = ctx.tok(i + 2);
  if (m?.kind !== 'num' || m.digits !== 2 || m.value < 1 || m.value > 12 || !punct(slash, 0x2f) || slash!.space) return undefined;
  if (n?.kind !== 'num' || n.digits !== 2 || n.space || punct(ctx.tok(i + 3), 0x2f) && !ctx.tok(i + 3)!.space) return undefined;
  const y = fullYear(n.value);
  return y === undefined ? undefined : { atom: { first: i, next: i + 3, y, m: m.value, d: 0, calendar: undefined, weak: false, bare: false }, next: i + 3 };
}

/** A month with a two-digit year: a month name and a number, or a month's number, a slash and a number. */
function shortYearMonth(ctx: DateContext, i: number): { atom: DateAtom; next: number } | undefined {
  return monthShortYear(ctx, i) ?? numericShortYear(ctx, i);
}

/**
 * "Jun. 23 - Aug. 23": a month name and a two-digit number, a spaced dash or tilde, then the same again or a
 * present-word. Neither number can be a day: no year follows the range ("Jun 23 – Aug 23, 2019" is days),
 * so they are years (50–99 → 19xx, else 20xx), in order. So is "06/22 – 09/24" (months' numbers, slashes, two-digit
 * years; never a day and a month, as no year follows). Returns the dates and the token after them.
 */
export function readShortYearRange(ctx: DateContext, i: number): { start: DateAtom; end: DateAtom | undefined; next: number } | undefined {
  const a = shortYearMonth(ctx, i);
  const dash = a && ctx.tok(a.next);
  if (!a || !dash || !dash.space || !(punct(dash, 0x2d) || punct(dash, 0x7e))) return undefined;
  const after = ctx.tok(a.next + 1);
  if (after?.kind === 'word' && after.entry?.present) return { start: a.atom, end: undefined, next: a.next + 2 };
  const b = shortYearMonth(ctx, a.next + 1);
  if (!b) return undefined;
  const tail = ctx.tok(b.next);
  if (punct(tail, 0x2c) || (tail?.kind === 'num' && tail.digits === 4)) return undefined;
  const ordered = a.atom.y < b.atom.y || (a.atom.y === b.atom.y && a.atom.m <= b.atom.m);
  return ordered ? { start: a.atom, end: b.atom, next: b.next } : undefined;
}
