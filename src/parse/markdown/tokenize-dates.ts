// Splits one line into the tokens the date finder reads (numbers, date words, other words, punctuation with dashes and tildes normalised), on demand, into a ring of at most 128 tokens.
import type { DateToken, DateTokenAt, DateWords } from './date-words.js';
import { CJK, classifyChar, DIGIT, LETTER, MARK, SPACE } from './classify-char.js';
import { foldChar } from './fold-char.js';
import { matchDateWord, type DateWordMatch } from './match-date-word.js';
import { matchMonthTypo } from './match-month-typo.js';
import { readDigit } from './read-digit.js';

/** Tokens kept: readers look back two and ahead a few dozen. */
const RING = 128;
/**
 * A word farther than this from every digit is never part of a date (the farthest a date word sits
 * from its year is about 30 characters: "à partir de septembre 2019", "2022 р. - по теперішній час"),
 * so it is not looked up. Lines with no digit at all (the lone-"present" check) look every word up.
 */
const NEAR = 48;
/** Dashes of every kind (and arrows) read as one range mark `-`. */
const DASHES: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2192, 0x27f6]);
/** Tildes and wave dashes read as one range mark `~`. */
const TILDES: ReadonlySet<number> = new Set([0x7e, 0x301c, 0xff5e, 0x223c, 0x2053]);
/** 年 月 日 년 월 일: each its own token, so "2019年5月から" reads as year, mark, month, mark. */
const CJK_MARKS: ReadonlySet<number> = new Set([0x5e74, 0x6708, 0x65e5, 0xb144, 0xc6d4, 0xc77c]);

function blank(): DateToken {
  return { kind: 'punct', start: 0, end: 0, space: false, value: 0, raw: 0, digits: 0, persianDigits: false, arabicDigits: false, entry: undefined };
}

/**
 * The tokens of `text` (`lower` is `text` lower-cased, same length), made on demand (see DateTokenAt).
 * Date words are matched at the start of every word of a spaced script, at every character of Han, kana,
 * Hangul and Thai, and at digits and marks that start a key (never at a dash or tilde: those are always
 * range marks, even where a lexicon lists "~" as a to-word); other letters make `text`/`cjk` tokens.
 * Linear: each position starts at most one bounded trie walk; no allocation after the ring is full.
 * @param ring - token objects to reuse (they are overwritten): a caller that reads many lines, one after the other, passes the same ring
 */
export function tokenizeDates(text: string, lower: string, words: DateWords, ring: DateToken[] = []): DateTokenAt {
  const m: DateWordMatch = { entry: undefined, end: 0 };
  const near = nearDigit(lower);
  let made = 0;
  let pos = 0;
  const make = (): boolean => {
    let space = made === 0;
    for (let cls = 0; pos < lower.length; pos++) {
      cls = classifyChar(lower.charCodeAt(pos));
      if (cls === SPACE) space = true;
      else if (cls !== MARK) break;
    }
    if (pos >= lower.length) return false;
    const t = ring[made % RING] ?? blank();
    ring[made % RING] = t;
    t.kind = 'punct';
    t.space = space;
    t.start = pos;
    t.value = t.raw = t.digits = 0;
    t.persianDigits = t.arabicDigits = false;
    t.entry = undefined;
    pos = fill(t, text, lower, words, m, near(pos));
    made++;
    return true;
  };
  return (i: number): DateToken | undefined => {
    if (i < 0 || i < made - RING) return undefined;
    while (made <= i) if (!make()) return undefined;
    return ring[i % RING];
  };
}

/**
 * Whether position p is within NEAR characters of a digit (always true on a line without digits), asked
 * for increasing p: two pointers that only move forward, so a whole line costs one pass.
 */
function nearDigit(lower: string): (p: number) => boolean {
  const n = lower.length;
  let last = -Infinity;
  let next = -1;
  const find = (from: number): number => {
    let i = from;
    while (i < n && classifyChar(lower.charCodeAt(i)) !== DIGIT) i++;
    return i;
  };
  next = find(0);
  if (next >= n) return () => true;
  return (p: number): boolean => {
    while (next < p) {
      last = next;
      next = find(next + 1);
    }
    return p - last <= NEAR || next - p <= NEAR;
  };
}

/** Fills token `t` starting at t.start (looking date words up when `near` a digit); returns where it ends. */
function fill(t: DateToken, text: string, lower: string, words: DateWords, m: DateWordMatch, near: boolean): number {
  const i = t.start;
  const c = lower.charCodeAt(i);
  const cls = classifyChar(c);
  // (every dash and tilde but "-" and "~" is above U+2000)
  const rangeMark = c === 0x2d || c === 0x7e || (c >= 0x2000 && (DASHES.has(c) || TILDES.has(c)));
  if (near && (cls === LETTER || cls === CJK || (!rangeMark && words.otherStarts.has(foldChar(c)))) && matchDateWord(lower, i, words, m)) {
    t.kind = 'word';
    t.entry = m.entry;
    return (t.end = dotted(lower, i, m));
  }
  if (cls === DIGIT) return readNumber(t, text);
  if (cls === LETTER) {
    let e = i + 1;
    for (let k = LETTER; e < lower.length && (k === LETTER || k === MARK); ) {
      k = classifyChar(lower.charCodeAt(e));
      if (k === LETTER || k === MARK) e++;
    }
    t.entry = near ? matchMonthTypo(lower, i, e, words) : undefined;
    t.kind = t.entry ? 'word' : 'text';
    return (t.end = e);
  }
  if (cls === CJK) {
    t.kind = 'cjk';
    if (CJK_MARKS.has(c)) {
      t.value = c;
      return (t.end = i + 1);
    }
    let e = i + 1;
    while (e < lower.length && classifyChar(lower.charCodeAt(e)) === CJK && !CJK_MARKS.has(lower.charCodeAt(e))) e++;
    return (t.end = e);
  }
  t.raw = c;
  t.value = DASHES.has(c) ? 0x2d : TILDES.has(c) ? 0x7e : c;
  let e = i + 1;
  if (t.value === 0x2d || t.value === 0x7e) {
    const same = t.value === 0x2d ? DASHES : TILDES;
    while (e < lower.length && same.has(lower.charCodeAt(e))) e++;
  }
  return (t.end = e);
}

/** End of a matched month word, taking a period right after an abbreviation ("Sept." when only "sept" is listed). */
function dotted(lower: string, start: number, m: DateWordMatch): number {
  const e = m.entry;
  if (!e || (e.month === 0 && e.persianMonth === 0)) return m.end;
  if (lower.charCodeAt(m.end) !== 0x2e || lower.charCodeAt(m.end - 1) === 0x2e || m.end - start > 6) return m.end;
  return classifyChar(lower.charCodeAt(m.end + 1)) === LETTER ? m.end : m.end + 1;
}

/** A run of digits (any script): its value (capped at 10^9), count, and whether Persian or Arabic-Indic digits were used. */
function readNumber(t: DateToken, text: string): number {
  t.kind = 'num';
  let i = t.start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = readDigit(c);
    if (d < 0) break;
    if (t.digits < 10) t.value = t.value * 10 + d;
    if (c >= 0x6f0 && c <= 0x6f9) t.persianDigits = true;
    if (c >= 0x660 && c <= 0x669) t.arabicDigits = true;
    t.digits++;
  }
  if (t.digits >= 10) t.value = 1e9;
  return (t.end = i);
}
