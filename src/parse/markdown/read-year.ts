// Reads the year of a date at one token: a four-digit year (Gregorian, Buddhist era in Thai context, solar Hijri in Persian context) or an era and its year.
import type { DateContext, DateToken } from './date-words.js';

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

/** 年 or 년 (`year`), 月 or 월 (`month`) at `pos` of the lowered text. */
function cjkMarkAt(ctx: DateContext, pos: number, mark: 'year' | 'month'): boolean {
  const c = ctx.lower.charCodeAt(pos);
  return mark === 'year' ? c === 0x5e74 || c === 0xb144 : c === 0x6708 || c === 0xc6d4;
}

/** A token that is the CJK mark alone. */
function cjkMark(ctx: DateContext, t: DateToken | undefined, mark: 'year' | 'month'): boolean {
  return !!t && t.end - t.start === 1 && cjkMarkAt(ctx, t.start, mark);
}

/**
 * "15 年 8 月", "18년 3월": a two-digit year written with the year mark and followed by a month number and
 * the month mark (never "5年3个月", a duration); 50–99 are 1950–1999, the others 2000–2049.
 */
function shortYear(ctx: DateContext, i: number): YearRead | undefined {
  const t = ctx.tok(i)!;
  const mo = ctx.tok(i + 2);
  if (!cjkMark(ctx, ctx.tok(i + 1), 'year') || !mo) return undefined;
  // the month as a number and its mark ("8 月"), or as one word ("8月", "3월")
  const marked = mo.kind === 'num' && mo.digits <= 2 && mo.value >= 1 && mo.value <= 12 && cjkMark(ctx, ctx.tok(i + 3), 'month');
  const word = mo.kind === 'word' && (mo.entry?.month ?? 0) > 0 && cjkMarkAt(ctx, mo.end - 1, 'month');
  if (!marked && !word) return undefined;
  const y = t.value >= 50 ? 1900 + t.value : 2000 + t.value;
  return y <= MAX_YEAR ? { y, calendar: undefined, next: i + 1 } : undefined;
}

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
  if (t.kind === 'num' && t.digits === 2) return shortYear(ctx, i);
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
