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

/**
 * The form lexicon words are compared in: NFKC-normalised, lower-cased, typographic apostrophes as `'`,
 * runs of white space as one space, trimmed.
 */
export function foldWord(s: string): string {
  if (isFolded(s)) return s;
  // NFKC changes no ASCII text, and most words are ASCII: skip it for them
  const ascii = !NON_ASCII.test(s);
  let t = (ascii ? s : s.normalize('NFKC')).toLowerCase();
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
