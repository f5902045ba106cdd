// Whether a text is written in capitals ("BERUFSERFAHRUNG", "WORK EXPERIENCE"), as a heading pasted from Word often is.

const LETTER = /\p{L}/u;

/** A letter of a script without capitals (Han, kana, Hangul, Arabic…): a line of them is in no capitals. */
export const UNCASED_LETTER = /[^\P{L}\p{Lu}\p{Ll}\p{Lt}]/u;

/** All letters capitals, at least three of them. */
export function isCaps(s: string): boolean {
  if (!/\p{Lu}/u.test(s) || /\p{Ll}/u.test(s)) return false;
  // at least three letters (counted up to three, without an array of them)
  let letters = 0;
  for (const ch of s) if (LETTER.test(ch) && ++letters >= 3) return true;
  return false;
}
