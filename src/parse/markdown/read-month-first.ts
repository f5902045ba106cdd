// Reads a date that starts with a month name: May 2019, May, 2019, Sept. 2019, enero de 2019, лютий 2022 р., May 1, 2019, march '19, ม.ค. 2566, آذر ۱۳۹۸.
import type { DateAtom, DateContext, DateToken, DateTokenAt } from './date-words.js';
import { classifyDateMark } from './classify-date-mark.js';
import { isPunctMark as punct } from './is-punct-mark.js';
import { makeDateAtom } from './make-date-atom.js';
import { MAX_YEAR, MIN_YEAR, readYear, type YearRead } from './read-year.js';


/** A word that may stand between a month and its year: "de", "del" (a from-word), "năm" (a year word). */
function filler(t: DateToken | undefined): boolean {
  const e = t?.kind === 'word' ? t.entry : undefined;
  return !!e && e.month === 0 && e.persianMonth === 0 && !e.present && (e.from || e.years);
}

/** "'19", "’19", "‘16" after a month name: a two-digit year (50–99 → 19xx, else 20xx) behind an apostrophe. */
function shortYear(tok: DateTokenAt, k: number): YearRead | undefined {
  const a = tok(k);
  const n = tok(k + 1);
  if (!a || a.kind !== 'punct' || (a.raw !== 0x27 && a.raw !== 0x2019 && a.raw !== 0x2018) || !n || n.kind !== 'num' || n.space || n.digits !== 2) return undefined;
  const y = n.value >= 50 ? 1900 + n.value : 2000 + n.value;
  return y >= MIN_YEAR && y <= MAX_YEAR ? { y, calendar: undefined, next: k + 2 } : undefined;
}

/** "Nov18", "Aug19": two digits glued to a month name of the CV's language or English, a two-digit year. */
function gluedYear(tok: DateTokenAt, k: number): YearRead | undefined {
  const n = tok(k);
  if (!n || n.kind !== 'num' || n.space || n.digits !== 2) return undefined;
  const y = n.value >= 50 ? 1900 + n.value : 2000 + n.value;
  return y >= MIN_YEAR && y <= MAX_YEAR ? { y, calendar: undefined, next: k + 1 } : undefined;
}

/**
 * The date at month word `i` (Gregorian or solar Hijri month name), with `day` when a day number came
 * before it. Between month and year: a comma, a glued hyphen/slash/dot ("Jan-2019"), or a filler word;
 * "May 1, 2019", "May 20th 2024" put the day between. A year mark after the year is part of the date. A solar Hijri
 * month needs a solar Hijri year; a Thai month lets a Buddhist-era year through.
 */
export function readMonthFirst(ctx: DateContext, i: number, day = 0): DateAtom | undefined {
  const { tok, lower } = ctx;
  const t = tok(i);
  const e = t?.entry;
  if (!t || !e || (e.month === 0 && e.persianMonth === 0)) return undefined;
  let k = i + 1;
  let d = day;
  const dn = tok(k);
  if (d === 0 && dn?.kind === 'num' && dn.digits <= 2 && dn.value >= 1) {
    let q = k + 1;
    if (tok(q)?.kind === 'text' && !tok(q)?.space && (tok(q)?.end ?? 0) - (tok(q)?.start ?? 0) <= 2) q++;
    // ("May 1, 2019", "May 20th, 2024"; or with no comma, "May 20th 2024", "May 20 2024")
    const at = punct(tok(q), 0x2c) ? q + 1 : q;
    if (readYear(ctx, at, e.thai, e.persianMonth > 0)) {
      d = dn.value;
      k = at;
    }
  }
  if (k === i + 1) {
    const s = tok(k);
    if (punct(s, 0x2c)) k++;
    else if (s && s.kind === 'punct' && !s.space && (s.value === 0x2f || s.value === 0x2d || s.value === 0x2e) && !tok(k + 1)?.space) k++;
    if (filler(tok(k))) k++;
  }
  const yr = shortYear(tok, k) ?? (k === i + 1 && e.monthRank < 2 ? gluedYear(tok, k) : undefined) ?? readYear(ctx, k, e.thai, e.persianMonth > 0);
  if (!yr) return undefined;
  const persian = yr.calendar === 'persian';
  if (persian ? e.persianMonth === 0 : e.month === 0) return undefined;
  const next = classifyDateMark(tok(yr.next), lower) === 'year' ? yr.next + 1 : yr.next;
  const weak = e.monthRank >= 2 && !persian && t.end - t.start <= 3;
  return makeDateAtom(i, next, yr, persian ? e.persianMonth : e.month, d, weak);
}
