// Reads what follows the first date of a possible range: a separator and a second date, a "present" word, a short year ("2022–23"), or a trailing dash (open).
import type { DateAtom, DateContext, DateToken, DateTokenAt } from './date-words.js';
import { CJK, classifyChar } from './classify-char.js';
import { readDateAtom } from './read-date-atom.js';

/** How a range ends: `end` is the second date (absent when open); `next` the token after what was read. */
export interface RangeEnd {
  end: DateAtom | undefined;
  ongoing: boolean;
  next: number;
}

/** Marks after which a trailing dash leaves the range open ("Mar 2020 —)", "2017 ~ |"). */
const CLOSERS: ReadonlySet<number> = new Set([0x29, 0x5d, 0x7c, 0x2c, 0x3b, 0xff09, 0x3011, 0x300d, 0x300f, 0x7d, 0xff0c, 0x3a, 0xff1a]);

function rangeWord(t: DateToken | undefined): boolean {
  const e = t?.kind === 'word' ? t.entry : undefined;
  return !!e && e.to && !e.present && e.month === 0;
}

/** "ca", "circa", "около": a word that makes the date after it approximate; or "expected", a word before an end to come ("Sept. 2025 - Expected Dec. 2026"). */
function approximate(t: DateToken | undefined): boolean {
  return t?.kind === 'word' && !!(t.entry?.approx || t.entry?.until) && t.entry.month === 0;
}

function present(t: DateToken | undefined): boolean {
  // ("2017 – ∞": infinity, in any language, is an open end)
  return (t?.kind === 'word' && !!t.entry?.present) || (t?.kind === 'punct' && t.value === 0x221e);
}

/** The token after a range separator at k (a dash or tilde with an optional to-word, a to-word, a slash), or -1. */
function readSeparator(tok: DateTokenAt, k: number): number {
  const t = tok(k);
  if (!t) return -1;
  if (t.kind === 'punct' && (t.value === 0x2d || t.value === 0x7e)) {
    // "2023/02---2024/01": a run of glued dashes is one separator
    let j = k + 1;
    for (let n = tok(j); n && n.kind === 'punct' && n.value === t.value && !n.space && j < k + 4; n = tok(j)) j++;
    return rangeWord(tok(j)) ? j + 1 : j;
  }
  if (t.kind === 'punct' && t.value === 0x2f) return k + 1;
  return rangeWord(t) ? k + 1 : -1;
}

/** "2022–23", "2019/20", "1999-00": a bare year, a glued dash or slash, two digits naming a later year within ten. */
function shortYear(tok: DateTokenAt, a: DateAtom): DateAtom | undefined {
  const s = tok(a.next);
  const n = tok(a.next + 1);
  if (!a.bare || !s || s.kind !== 'punct' || s.space || (s.value !== 0x2d && s.value !== 0x2f)) return undefined;
  if (!n || n.kind !== 'num' || n.space || n.digits !== 2) return undefined;
  let y = a.y - (a.y % 100) + n.value;
  if (y <= a.y) y += 100;
  return y - a.y <= 10 ? { first: a.next + 1, next: a.next + 2, y, m: 0, d: 0, calendar: undefined, weak: false, bare: true } : undefined;
}

/**
 * "2015/05 – 06", "(2014/08 – 10)", "2022年5月〜10月": after a year and month and a dash, a bare month number (or one with its mark) later in the same
 * year ends the range, when nothing glued to it continues it as another date.
 */
function shortMonth(tok: DateTokenAt, a: DateAtom, sep: number): DateAtom | undefined {
  const n = tok(sep);
  // (or a month's name alone: "2022年5月〜10月", "May 2022 – October")
  const named = n?.kind === 'word' && n.entry !== undefined && n.entry.month > 0 && !n.entry.present ? n.entry.month : 0;
  if (named) return a.y > 0 && a.m > 0 && a.d === 0 && named > a.m && closed(tok(sep + 1)) ? { first: sep, next: sep + 1, y: a.y, m: named, d: 0, calendar: a.calendar, weak: false, bare: false } : undefined;
  if (a.y === 0 || a.m === 0 || a.d !== 0 || !n || n.kind !== 'num' || n.digits > 2 || n.value <= a.m || n.value > 12) return undefined;
  const after = tok(sep + 1);
  // ("2019년 3월 ~ 8월": the month's own mark may follow it)
  const mark = after?.kind === 'cjk' && !after.space && (after.value === 0x6708 || after.value === 0xc6d4);
  if (!mark && !closed(after)) return undefined;
  return { first: sep, next: mark ? sep + 2 : sep + 1, y: a.y, m: n.value, d: 0, calendar: a.calendar, weak: false, bare: false };
}

/** Nothing, a spaced token or a closing mark: what may follow a range's end that nothing continues as another date. */
function closed(after: DateToken | undefined): boolean {
  return !after || after.space || (after.kind === 'punct' && CLOSERS.has(after.value));
}

/** "(2023/02---N)": a lone N after the dash, before a closing mark or the end, stands for now. */
function nowLetter(ctx: DateContext, k: number): boolean {
  const t = ctx.tok(k);
  const after = ctx.tok(k + 1);
  return !!t && t.end - t.start === 1 && ctx.lower[t.start] === 'n' && (!after || (after.kind === 'punct' && CLOSERS.has(after.value)));
}

/** "2016 – ......", "2019 - …": after the dash, three or more dots (or an ellipsis) and then nothing, a closing mark or a spaced word: the range is open; the token after the dots, or -1. */
function afterEllipsis(tok: DateTokenAt, k: number): number {
  let j = k;
  for (let t = tok(j); t?.kind === 'punct' && (t.value === 0x2e || t.value === 0x2026) && (j === k || !t.space); t = tok(j)) j++;
  const first = tok(k);
  if (j === k || (j - k < 3 && !(first?.kind === 'punct' && first.value === 0x2026))) return -1;
  const after = tok(j);
  return !after || after.space || (after.kind === 'punct' && CLOSERS.has(after.value)) ? j : -1;
}

/** A "present" word right after a date with no dash: a phrase ("bis heute", "to date"), Han/Hangul, or alone at the end. */
function directPresent(ctx: DateContext, k: number): boolean {
  const t = ctx.tok(k);
  if (!t || !present(t)) return false;
  const after = ctx.tok(k + 1);
  const phrase = ctx.lower.slice(t.start, t.end).includes(' ');
  return phrase || classifyChar(ctx.lower.charCodeAt(t.start)) === CJK || !after || (after.kind === 'punct' && CLOSERS.has(after.value));
}

/** A hyphen, en dash or em dash. */
const RULES = new Set([0x2d, 0x2013, 0x2014]);

/**
 * What ends the range that date `a` may start. `fits(a, b)` decides whether `b` can end it (order, and
 * completing a yearless `a`). A dash followed by nothing or a closing mark is an open range; a range
 * followed by "– present" ("2023.04 - 2023.05 - onward") is open too. `words` = the separator was a
 * word, which the caller may refuse (a list "2021, 2022 and 2023").
 */
export function readRangeEnd(ctx: DateContext, a: DateAtom, fits: (b: DateAtom, word: boolean) => boolean): RangeEnd | undefined {
  const { tok } = ctx;
  const short = shortYear(tok, a);
  if (short) return { end: short, ongoing: false, next: short.next };
  if (directPresent(ctx, a.next)) return { end: undefined, ongoing: true, next: a.next + 1 };
  const sep = readSeparator(tok, a.next);
  if (sep < 0) return undefined;
  if (present(tok(sep))) return { end: undefined, ongoing: true, next: sep + 1 };
  const first = tok(a.next);
  const dash = first?.kind === 'punct' && first.value !== 0x2f;
  // ("Maj 2011 — ca 2016": an approximate end is the end; so is an expected one)
  const b = readDateAtom(ctx, approximate(tok(sep)) ? sep + 1 : sep, false);
  if (b && b.y > 0 && fits(b, !!first && first.kind === 'word')) {
    const again = readSeparator(tok, b.next);
    if (again >= 0 && tok(b.next)?.kind === 'punct' && present(tok(again))) return { end: undefined, ongoing: true, next: again + 1 };
    return { end: b, ongoing: false, next: b.next };
  }
  const month = dash ? shortMonth(tok, a, sep) : undefined;
  if (month) return { end: month, ongoing: false, next: month.next };
  const after = tok(sep);
  if (dash && nowLetter(ctx, sep)) return { end: undefined, ongoing: true, next: sep + 1 };
  const dots = dash ? afterEllipsis(tok, sep) : -1;
  if (dots > 0) return { end: undefined, ongoing: true, next: dots };
  if (dash && (!after || (after.kind === 'punct' && CLOSERS.has(after.value)))) return { end: undefined, ongoing: true, next: sep };
  // "1.1.2022- Lead Developer": a dash glued to the date, then a spaced word, leaves the range open
  // ("2016- -- **Role**": the same, then a spaced dash that sets the date apart from the role)
  if (dash && !first.space && after?.space && (after.kind === 'text' || (after.kind === 'punct' && RULES.has(after.value)))) return { end: undefined, ongoing: true, next: sep };
  return undefined;
}
