// Reads one date or date range starting at a token: an optional since/from/until word, a date, what ends the range, a trailing duration; checks it stands free in the line.
import type { DateSpan } from './parse-types.js';
import type { DateAtom, DateContext, DateToken, DateTokenAt, DateWordEntry } from './date-words.js';
import { CJK, classifyChar } from './classify-char.js';
import { checkDateEdges } from './check-date-edges.js';
import { readDateAtom } from './read-date-atom.js';
import { readDuration } from './read-duration.js';
import { readRangeEnd } from './read-range-end.js';
import { readShortYearRange } from './read-short-year-range.js';
import { readMonthPairRange } from './read-month-pair-range.js';

/** Marks after which an "until" word may open an end-only date ("(until 2019)", "| bis 2020"). */
const OPENERS: ReadonlySet<number> = new Set([0x28, 0x5b, 0x7c, 0x2c, 0x3a, 0x3b, 0xff08]);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function iso(a: DateAtom): string {
  return a.m === 0 ? String(a.y) : a.d === 0 ? `${a.y}-${pad(a.m)}` : `${a.y}-${pad(a.m)}-${pad(a.d)}`;
}

/** Whether `a` is not after `b`, comparing only what both give. */
function ordered(a: DateAtom, b: DateAtom): boolean {
  if (a.y !== b.y) return a.y < b.y;
  if (a.m === 0 || b.m === 0 || a.m !== b.m) return a.m <= b.m || a.m === 0 || b.m === 0;
  return a.d === 0 || b.d === 0 || a.d <= b.d;
}

/**
 * "2023 - 2021", "Apr 2024 - Dec 2021": two years, or two months a year or more apart, the second earlier (within a
 * working life), a range written newest first (datadrivencv, pagedown; read with the earlier as its start). Months
 * less than a year apart, "May, 2022 - Jun, 2021", are more likely a slip of one year, read as written.
 */
function reversed(a: DateAtom, b: DateAtom): boolean {
  if (a.y <= 0 || b.y <= 0 || b.y >= a.y || a.y - b.y > 60) return false;
  return (a.m === 0 && b.m === 0) || (a.m > 0 && b.m > 0 && (a.y - b.y) * 12 + a.m - b.m >= 12);
}

/** "Dez/2023 a Mar/2023", "May, 2022 - Jun, 2021": two months less than a year apart, the second earlier (a slip, read as written and warned of). */
function slipped(a: DateAtom, b: DateAtom): boolean {
  const months = (a.y - b.y) * 12 + a.m - b.m;
  return a.y > 0 && b.y > 0 && a.m > 0 && b.m > 0 && months > 0 && months < 12;
}

/** Completes a yearless start from the end: "May – July 2023" → 2023-05; "29.06-25.08.1977" → 1977-06-29; "Nov – Feb 2020" → 2019-11; "22–24 février 2019". */
function complete(a: DateAtom, b: DateAtom): DateAtom | undefined {
  if (a.y > 0) return a;
  // ("29.06-25.08.1977": a day and a month's number take the year of a full date only)
  if (a.m > 0 && a.d > 0 && b.d === 0) return undefined;
  if (a.m > 0) return { ...a, y: a.m > b.m && b.m > 0 ? b.y - 1 : b.y, calendar: b.calendar };
  if (b.d === 0 || a.d > b.d) return undefined;
  return { ...a, y: b.y, m: b.m, calendar: b.calendar };
}

/** The last code point of the Latin blocks (Latin Extended-B). */
const LATIN_END = 0x24f;

/** The word at token i leads a date: since/from (`from`), or until at the start of the line or a cell, or an end-word anywhere ("class of 2008") (`to`), or an approximation ("ca 2016": `about`, the date as if alone). */
function leadOf(ctx: DateContext, i: number): 'from' | 'to' | 'about' | undefined {
  const tok = ctx.tok;
  const t = tok(i);
  const e = t?.kind === 'word' ? t.entry : undefined;
  if (!t || !e || e.month > 0 || e.persianMonth > 0 || e.season || e.present || e.eraOffset !== undefined) return undefined;
  // ("Mountain View, CA August 2017 – …": a word in capitals is a state's or a country's code, not "ca", circa)
  if (e.approx) return /^\p{Lu}{2,}$/u.test(ctx.text.slice(t.start, t.end)) ? undefined : 'about';
  // (a short one of a later language leads only in a script other than Latin, before a month's name: "С декабря 2020" in a CV mostly in English)
  if ((e.since || e.from) && (e.leadRank < 2 || t.end - t.start > 2 || (ctx.lower.charCodeAt(t.start) > LATIN_END && (tok(i + 1)?.entry?.month ?? 0) > 0))) return 'from';
  const p = tok(i - 1);
  if (e.until || (e.to && (!p || (p.kind === 'punct' && OPENERS.has(p.value))))) return 'to';
  return undefined;
}

/** A bare year next to other numbers ("+44 20 7946 2019") or after a product name ("Windows 2000") is no date. */
function versionOrPhone(tok: DateTokenAt, a: DateAtom): boolean {
  if (!a.bare) return false;
  const p = tok(a.first - 1);
  const n = tok(a.next);
  if (p && ((p.kind === 'num' && p.digits >= 2) || (p.kind === 'word' && p.entry?.version))) return true;
  return !!n && n.space && n.kind === 'num' && n.digits >= 2;
}

/**
 * "2015. – 2019.", "ožujak 2019. – danas", "09.2013. do 03.2016.", "2019.09. -- jelenleg": a year (or a month after it) written with a full stop (Hungarian, South
 * Slavic) before a spaced range mark, to-word or present-word; the atom read on past the stop, so the range after it is
 * found (else `a` itself).
 */
function yearDotted(ctx: DateContext, a: DateAtom): DateAtom {
  const year = ctx.tok(a.next - 1);
  const dot = ctx.tok(a.next);
  const mark = ctx.tok(a.next + 1);
  // ("2019.09. -- jelenleg": a month's number after the year, with its own stop)
  const month = year?.kind === 'num' && year.digits === 2 && ctx.tok(a.next - 2)?.kind === 'punct' && ctx.tok(a.next - 3)?.kind === 'num' && ctx.tok(a.next - 3)!.digits === 4;
  if (year?.kind !== 'num' || (year.digits !== 4 && !month) || dot?.kind !== 'punct' || dot.value !== 0x2e || dot.space) return a;
  const rangeMark = mark?.kind === 'punct' && mark.space && (mark.value === 0x2d || mark.value === 0x7e);
  // ("[09.2013. do 03.2016.]", "2016. do sada": a to-word or a present-word after the stop)
  const word = mark?.kind === 'word' && mark.space && !!(mark.entry?.to || mark.entry?.present);
  return rangeMark || word ? { ...a, next: a.next + 1 } : a;
}

/**
 * The date span starting at token `i` and the token after it, or undefined when none starts there.
 * Ranges need their dates in order; a single foreign short month ("sie 2019" in a German CV) is left
 * for the year alone to be read at the next token.
 */
export function readDateSpan(ctx: DateContext, i: number): { span: DateSpan; next: number } | undefined {
  const { tok } = ctx;
  const lead = leadOf(ctx, i);
  const short = lead === 'from' ? readShortYearRange(ctx, i, true) : lead ? undefined : (readShortYearRange(ctx, i) ?? readMonthPairRange(ctx, i));
  if (short && checkDateEdges(ctx, i, short.next)) {
    const last = readDuration(ctx, short.next);
    return { span: toSpan(ctx, i, last, short.start, short.end, !short.end), next: last };
  }
  const a = readDateAtom(ctx, lead ? i + 1 : i, lead !== 'to');
  if (!a) return undefined;
  let start: DateAtom | undefined = a;
  let end: DateAtom | undefined;
  let ongoing = false;
  let next = a.next;
  if (lead === 'to') {
    [start, end] = [undefined, a];
  } else {
    const listed = tok(a.first - 1)?.kind === 'punct' && tok(a.first - 1)?.value === 0x2c && tok(a.first - 2)?.kind === 'num';
    const r = readRangeEnd(ctx, yearDotted(ctx, a), (b, word) => !(word && listed) && !!complete(a, b) && (ordered(complete(a, b) ?? a, b) || reversed(a, b) || slipped(a, b)));
    const since = r ? 0 : postfixSince(ctx, a.next);
    if (r) {
      start = r.end ? complete(a, r.end) : a.y > 0 ? a : undefined;
      end = r.end;
      // ("2023 - 2021": written newest first, the earlier year is the start)
      if (start && end && reversed(start, end)) [start, end] = [end, start];
      ongoing = r.ongoing;
      next = r.next;
    } else if (since > 0) {
      // "2020年から", "2009-től", "2009 óta": since then, ongoing
      ongoing = true;
      next = since;
    } else if (bracketedPresent(ctx, a.next)) {
      // "2016 (Atual)", "2019 (present)": since then, ongoing
      ongoing = true;
      next = a.next + 3;
    } else {
      ongoing = lead === 'from';
    }
    if (!start || start.y === 0 || (!end && !ongoing && a.weak)) return undefined;
    if (!end && versionOrPhone(tok, a)) return undefined;
  }
  // "2026 (expected)", "2020 – 2024 (anticipated)": an end-word in brackets after the dates is part of them
  if (bracketedWord(ctx, next, (e) => e.until)) next += 3;
  if (!checkDateEdges(ctx, i, next)) return undefined;
  const last = readDuration(ctx, next);
  return { span: toSpan(ctx, i, last, start, end, ongoing), next: last };
}

/**
 * A since-word right after a date: in Han, kana or Hangul, of any lexicon ("2020年から"); in other scripts, of the CV's own
 * language, glued to the date by a dash or after a space ("2009-től", "2009–tól", "2009 óta": Hungarian, Turkish and
 * other languages put it after the date). The token after it, else 0.
 */
function postfixSince(ctx: DateContext, k: number): number {
  const t = ctx.tok(k);
  if (classifyChar(ctx.lower.charCodeAt(t?.start ?? 0)) === CJK) return t?.entry?.since ? k + 1 : 0;
  const dash = t?.kind === 'punct' && t.value === 0x2d && !t.space ? t : undefined;
  const w = ctx.tok(dash ? k + 1 : k);
  if (!w || w.kind !== 'word' || !w.entry?.since || w.entry.leadRank !== 0 || (dash && w.space)) return 0;
  return dash ? k + 2 : k + 1;
}

/** "(Atual)", "(present)" at token `k`: an opening bracket, a present-word, a closing bracket. */
function bracketedPresent(ctx: DateContext, k: number): boolean {
  return bracketedWord(ctx, k, (e) => e.present);
}

/** An opening bracket at token `k`, a date word that `is`, a closing bracket. */
function bracketedWord(ctx: DateContext, k: number, is: (e: DateWordEntry) => boolean): boolean {
  const open = ctx.tok(k);
  const word = ctx.tok(k + 1);
  const close = ctx.tok(k + 2);
  return open?.kind === 'punct' && open.value === 0x28 && word?.kind === 'word' && !!word.entry && is(word.entry) && close?.kind === 'punct' && close.value === 0x29;
}

function toSpan(ctx: DateContext, first: number, next: number, start: DateAtom | undefined, end: DateAtom | undefined, ongoing: boolean): DateSpan {
  const index = ctx.tok(first)?.start ?? 0;
  const span: DateSpan = { ongoing, single: !end && !ongoing && !!start, index, length: (ctx.tok(next - 1)?.end ?? index) - index };
  if (start) span.start = iso(start);
  if (end) span.end = iso(end);
  const calendar = start?.calendar ?? end?.calendar;
  if (calendar) span.calendar = calendar;
  return span;
}
