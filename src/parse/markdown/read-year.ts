// Reads the year of a date at one token: a four-digit year (Gregorian, Buddhist era in Thai context, solar Hijri in Persian context) or an era and its year.
import type { DateContext } from './date-words.js';

/** A year as read, before a Persian year is converted (that needs its month). */
export interface YearRead {
  /** Gregorian year; for `persian`, the solar Hijri year as written. */
  y: number;
  calendar: 'persian' | 'buddhist' | undefined;
  /** Token after the year. */
  next: number;
}

/** Gregorian years read as dates. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2045;

/**
 * The year at token `i`: 1950–2045; 2493–2588 as Buddhist era (−543) when `thai` (a Thai month word is
 * next to it) or the CV's language is Thai; 1329–1425 as solar Hijri when `persian` (a Persian month
 * name), when written in Persian digits, or in Arabic-Indic digits when the CV's language is Persian;
 * or an era word of a lexicon and its number (平成 30 → 2018, พ.ศ. 2566 → 2023, 令和元年 → 2019).
 */
export function readYear(ctx: DateContext, i: number, thai: boolean, persian: boolean): YearRead | undefined {
  const t = ctx.tok(i);
  if (!t) return undefined;
  const era = t.kind === 'word' ? t.entry?.eraOffset : undefined;
  if (era !== undefined) {
    const n = ctx.tok(i + 1);
    const first = n?.kind === 'cjk' && n.end - n.start === 1 && ctx.lower.charCodeAt(n.start) === 0x5143; // 元 = year one
    if (!n || (!first && (n.kind !== 'num' || n.digits > 4))) return undefined;
    const y = (first ? 1 : n.value) + era;
    if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
    return { y, calendar: era === -543 ? 'buddhist' : undefined, next: i + 2 };
  }
  if (t.kind !== 'num' || t.digits !== 4) return undefined;
  // "日勤2000人", "3000万円", "직원 2000명": a number a counter word follows is a count
  const after = ctx.tok(i + 1);
  if (after?.kind === 'cjk' && after.start === t.end && ctx.words.counters.has(ctx.lower.charCodeAt(after.start))) return undefined;
  const v = t.value;
  if (v >= MIN_YEAR && v <= MAX_YEAR) return { y: v, calendar: undefined, next: i + 1 };
  if (v - 543 >= MIN_YEAR && v - 543 <= MAX_YEAR && (thai || ctx.words.buddhist)) return { y: v - 543, calendar: 'buddhist', next: i + 1 };
  if (v >= 1329 && v <= 1425 && (persian || t.persianDigits || (ctx.words.persian && t.arabicDigits))) {
    return { y: v, calendar: 'persian', next: i + 1 };
  }
  return undefined;
}
