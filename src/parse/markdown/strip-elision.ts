// Takes an elided article or preposition off the start of a word ("l’università" → "università", "dell'istituto" → "istituto").

/**
 * `word` less an elision before its apostrophe: one to four letters, then ' or ’, then at least one character
 * ("l’Università", "d'ingénieur", "dell'istituto"); any other word as it is.
 * @param word - a word (or a text, whose first word is looked at)
 */
export function stripElision(word: string): string {
  for (let i = 1; i <= 4 && i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2019 || c === 0x27) return /^\p{L}+$/u.test(word.slice(0, i)) ? word.slice(i + 1) : word;
  }
  return word;
}
