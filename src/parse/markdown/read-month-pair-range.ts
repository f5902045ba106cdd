// Reads two months' numbers sharing one year ("7-12/2002", "03-06/2019", "9–11.2020"): a range within that year.
import type { DateAtom, DateContext } from './date-words.js';
import { isPunctMark as punct } from './is-punct-mark.js';
import { MAX_YEAR, MIN_YEAR } from './read-year.js';

/** A month's number of one or two digits, 1–12, at token `i`. */
function monthNumber(ctx: DateContext, i: number): number {
  const t = ctx.tok(i);
  return t?.kind === 'num' && t.digits <= 2 && t.value >= 1 && t.value <= 12 ? t.value : 0;
}

/**
 * "7-12/2002" (July to December 2002): a month's number, a dash, a later month's number, a slash or a dot and a
 * four-digit year, nothing spaced, is a range of months in that year. Returns both ends and the token after them, or
 * undefined for any other tokens ("1-2/3" and "12-7/2002", out of order, are none).
 */
export function readMonthPairRange(ctx: DateContext, i: number): { start: DateAtom; end: DateAtom; next: number } | undefined {
  const from = monthNumber(ctx, i);
  const dash = ctx.tok(i + 1);
  const to = monthNumber(ctx, i + 2);
  const mark = ctx.tok(i + 3);
  const year = ctx.tok(i + 4);
  if (from === 0 || to <= from || !punct(dash, 0x2d) || dash!.space || ctx.tok(i + 2)!.space) return undefined;
  if (!(punct(mark, 0x2f) || punct(mark, 0x2e)) || mark!.space || year?.kind !== 'num' || year.digits !== 4 || year.space) return undefined;
  if (year.value < MIN_YEAR || year.value > MAX_YEAR) return undefined;
  const atom = (first: number, next: number, m: number): DateAtom => ({ first, next, y: year.value, m, d: 0, calendar: undefined, weak: false, bare: false });
  return { start: atom(i, i + 1, from), end: atom(i + 2, i + 5, to), next: i + 5 };
}
