// Reads a duration written after a date range ("(2 года 4 месяца)", "– 8 meses", "· 1 yr 2 mos", "(> 3 años)", "(۱ سال و ۶ ماه)") so it is cut out with the range.
import type { DateContext, DateToken, DateTokenAt } from './date-words.js';

const OPEN: ReadonlySet<number> = new Set([0x28, 0x5b, 0xff08]);
const CLOSE: ReadonlySet<number> = new Set([0x29, 0x5d, 0xff09]);
/** Marks that may introduce a duration: dash, tilde, middle dot, bullet, comma. */
const LEAD: ReadonlySet<number> = new Set([0x2d, 0x7e, 0xb7, 0x2022, 0x2c, 0x30fb]);
/** Marks before the number: more/less than, about, plus. */
const APPROX: ReadonlySet<number> = new Set([0x3e, 0x3c, 0x2248, 0x7e, 0x2b, 0x2264, 0x2265]);
const DECIMAL: ReadonlySet<number> = new Set([0x2e, 0x2c]);
const PLUS: ReadonlySet<number> = new Set([0x2b]);

function isPunct(t: DateToken | undefined, set: ReadonlySet<number>): boolean {
  return !!t && t.kind === 'punct' && set.has(t.value);
}

/** One "N unit" part from token k (N may be a decimal: "1.5 years"; a plus may follow N or the unit); the token after it, or -1. */
function part(tok: DateTokenAt, k: number): number {
  const n = tok(k);
  if (!n || n.kind !== 'num' || n.digits > 3) return -1;
  let u = k + 1;
  if (isPunct(tok(u), DECIMAL) && tok(u + 1)?.kind === 'num' && !tok(u + 1)?.space) u += 2;
  if (isPunct(tok(u), PLUS)) u++;
  const w = tok(u);
  const e = w?.kind === 'word' ? w.entry : undefined;
  if (!e || !(e.years || e.months) || e.month !== 0) return -1;
  // (a plus may close it too: "(~4.5ans+)")
  return isPunct(tok(u + 1), PLUS) ? u + 2 : u + 1;
}

/**
 * The token index after a duration that starts at token `k`, or `k` when none does. Up to four parts
 * ("2 года", "4 месяца") may be joined by a comma or a short word ("и", "e", "y", "و", "and"); an opening
 * parenthesis needs its closing one.
 */
export function readDuration(ctx: DateContext, k: number): number {
  const { tok } = ctx;
  let j = k;
  const open = isPunct(tok(j), OPEN);
  if (open || isPunct(tok(j), LEAD)) j++;
  if (isPunct(tok(j), APPROX)) j++;
  let end = part(tok, j);
  if (end < 0) return k;
  for (let parts = 1; parts < 4; parts++) {
    const joiner = tok(end);
    const joined = joiner && ((joiner.kind === 'punct' && joiner.value === 0x2c) || ((joiner.kind === 'text' || joiner.kind === 'word') && joiner.end - joiner.start <= 3));
    const after = joined ? part(tok, end + 1) : part(tok, end);
    if (after < 0) break;
    end = after;
  }
  if (!open) return end;
  return isPunct(tok(end), CLOSE) ? end + 1 : k;
}
