// Folds a word or phrase for lexicon lookups: NFKC, lower case, apostrophes unified, white space collapsed.
import { collapseSpaces } from './collapse-spaces.js';

/** Any character outside ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `s` is already folded: ASCII without capitals, backticks or white space other than single
 * inner spaces (most words asked about are), checked in one scan without a regular expression.
 */
function isFolded(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    // control characters and white space (tab…), capitals, the backtick, and anything outside ASCII need folding
    if (c < 0x20 || c >= 0x7f || (c >= 0x41 && c <= 0x5a) || c === 0x60) return false;
  }
  return true;
}

/** Ranges [first, end) of code units tabled in NFKC_STABLE: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic; general punctuation; CJK punctuation and kana. */
const TABLED: ReadonlyArray<readonly [number, number]> = [[0x80, 0x700], [0x2000, 0x2070], [0x3000, 0x3100]];

/**
 * Code units that NFKC leaves as they are wherever they stand (1): no mark (marks are what composes with
 * the letter before them, and what is reordered), no compatibility form (no "ﬁ", no "²"), for TABLED.
 */
const NFKC_STABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x3100);
  for (const [first, end] of TABLED) {
    for (let c = first; c < end; c++) {
      const ch = String.fromCharCode(c);
      if (!/\p{M}/u.test(ch) && ch.normalize('NFKC') === ch) table[c] = 1;
    }
  }
  return table;
})();

/**
 * Whether NFKC leaves `s` as it is because each of its code units stays as it is (NFKC_STABLE, Han ideographs
 * U+4E00–U+9FFF, Hangul syllables U+AC00–U+D7A3): none of them composes with its neighbours, so the whole does not.
 */
function nfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x3100 ? NFKC_STABLE[c] === 0 : !((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3))) return false;
  }
  return true;
}

/**
 * The form lexicon words are compared in: NFKC-normalised, lower-cased, typographic apostrophes as `'`,
 * runs of white space as one space, trimmed.
 */
export function foldWord(s: string): string {
  if (isFolded(s)) return s;
  // NFKC changes no ASCII text, and most words are ASCII: skip it for them (and for texts of letters it changes nowhere)
  const ascii = !NON_ASCII.test(s);
  let t = (ascii || nfkcStable(s) ? s : s.normalize('NFKC')).toLowerCase();
  // (ASCII lower-cases to ASCII: of the marks below, only the backtick can be in it)
  if (ascii) {
    if (t.includes('`')) t = t.replace(/`/g, "'");
  } else {
    // the Turkish capital "İ" lower-cases to "i" and a combining dot above: the lexicons write "i"
    if (t.includes('i\u0307')) t = t.replace(/i\u0307/g, 'i');
    if (t.includes('’') || t.includes('`') || t.includes('ʼ')) t = t.replace(/[’`ʼ]/g, "'");
  }
  t = collapseSpaces(t);
  return t.trim();
}
