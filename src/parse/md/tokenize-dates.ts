// Splits one line into the tokens the date finder reads: numbers, date words, other words, punctuation (dashes and tildes normalised).
import type { DateToken, DateTokenKind, DateWords } from './date-words.js';
import { CJK, classifyChar, DIGIT, LETTER, MARK, SPACE } from './classify-char.js';
import { foldChar } from './fold-char.js';
import { matchDateWord, type DateWordMatch } from './match-date-word.js';
import { readDigit } from './read-digit.js';

/** Dashes of every kind (and arrows) read as one range mark `-`. */
const DASHES: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2192, 0x27f6]);
/** Tildes and wave dashes read as one range mark `~`. */
const TILDES: ReadonlySet<number> = new Set([0x7e, 0x301c, 0xff5e, 0x223c, 0x2053]);
/** 年 月 日 년 월 일: each its own token, so "2019年5月から" reads as year, mark, month, mark. */
const CJK_MARKS: ReadonlySet<number> = new Set([0x5e74, 0x6708, 0x65e5, 0xb144, 0xc6d4, 0xc77c]);

/**
 * The tokens of `text` (`lower` is `text` lower-cased, same length). Date words are matched at the start
 * of every word of a spaced script, at every character of Han, kana, Hangul and Thai, and at digits and
 * marks that start a key (never at a dash or tilde: those are always range marks, even where a lexicon lists
 * "~" as a to-word); other letters make `text`/`cjk` tokens. Linear: each position starts at most
 * one bounded trie walk.
 */
export function tokenizeDates(text: string, lower: string, words: DateWords): DateToken[] {
  const toks: DateToken[] = [];
  const m: DateWordMatch = { entry: undefined, end: 0 };
  const n = lower.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const cls = classifyChar(c);
    if (cls === SPACE || cls === MARK) {
      if (cls === SPACE) space = true;
      i++;
      continue;
    }
    const rangeMark = DASHES.has(c) || TILDES.has(c);
    if ((cls === LETTER || cls === CJK || (!rangeMark && words.otherStarts.has(foldChar(c)))) && matchDateWord(lower, i, words, m)) {
      const tok = token('word', i, dotted(lower, i, m), space, 0);
      tok.entry = m.entry;
      toks.push(tok);
      i = tok.end;
    } else if (cls === DIGIT) {
      i = pushNumber(text, i, space, toks);
    } else if (cls === LETTER) {
      let e = i + 1;
      while (e < n && (classifyChar(lower.charCodeAt(e)) === LETTER || classifyChar(lower.charCodeAt(e)) === MARK)) e++;
      toks.push(token('text', i, e, space, 0));
      i = e;
    } else if (cls === CJK) {
      pushCjk(toks, c, i, space);
      i++;
    } else {
      pushPunct(toks, c, i, space);
      i++;
    }
    space = false;
  }
  return toks;
}

function token(kind: DateTokenKind, start: number, end: number, space: boolean, value: number): DateToken {
  return { kind, start, end, space, value, raw: 0, digits: 0, persianDigits: false, arabicDigits: false, entry: undefined };
}

/** End of a matched month word, taking a period right after an abbreviation ("Sept." when only "sept" is listed). */
function dotted(lower: string, start: number, m: DateWordMatch): number {
  const e = m.entry;
  if (!e || (e.month === 0 && e.persianMonth === 0)) return m.end;
  if (lower.charCodeAt(m.end) !== 0x2e || lower.charCodeAt(m.end - 1) === 0x2e || m.end - start > 6) return m.end;
  return classifyChar(lower.charCodeAt(m.end + 1)) === LETTER ? m.end : m.end + 1;
}

function pushNumber(text: string, start: number, space: boolean, toks: DateToken[]): number {
  const tok = token('num', start, start, space, 0);
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const d = readDigit(c);
    if (d < 0) break;
    if (tok.digits < 10) tok.value = tok.value * 10 + d;
    if (c >= 0x6f0 && c <= 0x6f9) tok.persianDigits = true;
    if (c >= 0x660 && c <= 0x669) tok.arabicDigits = true;
    tok.digits++;
    i++;
  }
  if (tok.digits >= 10) tok.value = 1e9;
  tok.end = i;
  toks.push(tok);
  return i;
}

/** Han, kana, Hangul and Thai letters that are no date word: one token per run, but 年 月 日 년 월 일 alone. */
function pushCjk(toks: DateToken[], c: number, i: number, space: boolean): void {
  const mark = CJK_MARKS.has(c);
  const prev = toks[toks.length - 1];
  if (!mark && !space && prev && prev.kind === 'cjk' && prev.value === 0 && prev.end === i) {
    prev.end = i + 1;
    return;
  }
  toks.push(token('cjk', i, i + 1, space, mark ? c : 0));
}

/** One punctuation token; a run of dashes ("--", "–-") or tildes is one token. */
function pushPunct(toks: DateToken[], c: number, i: number, space: boolean): void {
  const value = DASHES.has(c) ? 0x2d : TILDES.has(c) ? 0x7e : c;
  const prev = toks[toks.length - 1];
  if (!space && prev && prev.kind === 'punct' && prev.end === i && (value === 0x2d || value === 0x7e) && prev.value === value) {
    prev.end = i + 1;
    return;
  }
  const tok = token('punct', i, i + 1, space, value);
  tok.raw = c;
  toks.push(tok);
}
