// Reads a range of month names with two-digit years and no apostrophe ("Jun. 23 - Aug. 23", "Sept. 19 – Jul 23", "Feb 24 – present").
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
  const y = n.value >= 50 ? 1900 + n.value : 2000 + n.value;
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  return { atom: { first: i, next: k + 1, y, m: e.month, d: 0, calendar: undefined, weak: false, bare: false }, next: k + 1 };
}

/**
 * "Jun. 23 - Aug. 23": a month name and a two-digit number, a spaced dash or tilde, then the same again or a
 * present-word. Neither number can be a day: no year follows the range ("Jun 23 – Aug 23, 2019" is days),
 * so they are years (50–99 → 19xx, else 20xx), in order. Returns the dates and the token after them.
 */
export function readShortYearRange(ctx: DateContext, i: number): { start: DateAtom; end: DateAtom | undefined; next: number } | undefined {
  const a = monthShortYear(ctx, i);
  const dash = a && ctx.tok(a.next);
  if (!a || !dash || !dash.space || !(punct(dash, 0x2d) || punct(dash, 0x7e))) return undefined;
  const after = ctx.tok(a.next + 1);
  if (after?.kind === 'word' && after.entry?.present) return { start: a.atom, end: undefined, next: a.next + 2 };
  const b = monthShortYear(ctx, a.next + 1);
  if (!b) return undefined;
  const tail = ctx.tok(b.next);
  if (punct(tail, 0x2c) || (tail?.kind === 'num' && tail.digits === 4)) return undefined;
  const ordered = a.atom.y < b.atom.y || (a.atom.y === b.atom.y && a.atom.m <= b.atom.m);
  return ordered ? { start: a.atom, end: b.atom, next: b.next } : undefined;
}
