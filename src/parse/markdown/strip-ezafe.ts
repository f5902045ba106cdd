// Takes the Persian ezafe off the end of a word ("توسعه‌دهنده‌ی" → "توسعه‌دهنده", "مدرسهٔ" → "مدرسه"), so the word is found in the lexicons.

/** Zero-width non-joiner then yeh: the ezafe written after a word ending in a vowel letter. */
const ZWNJ_YEH = '\u200c\u06cc';
/** Hamza above, the other way the ezafe is written after heh. */
const HAMZA_ABOVE = 0x0654;

/**
 * `word` less a final ezafe: a zero-width non-joiner and yeh ("‌ی"), or a hamza above; any other word as it is.
 * (The ezafe links a noun to what follows it: "توسعه‌دهنده‌ی Front-End", developer of Front-End.)
 * @param word - a folded word
 */
export function stripEzafe(word: string): string {
  if (word.length > ZWNJ_YEH.length + 1 && word.endsWith(ZWNJ_YEH)) return word.slice(0, -ZWNJ_YEH.length);
  if (word.length > 2 && word.charCodeAt(word.length - 1) === HAMZA_ABOVE) return word.slice(0, -1);
  return word;
}
