// Whether a word names a spoken language or a level of one, by the lexicons (shared by the languages readers and carvers).
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';

/** Whether a word or phrase names a language in some lexicon. */
export function isLanguageName(text: string): boolean {
  return LEXICON_INDEX.words.get(foldWord(text))?.some((h) => h.value === 'languageName') ?? false;
}

/** Whether a text is a fluency level ("native", "B2", "Muttersprache"). */
export function isFluency(text: string): boolean {
  const t = foldWord(text);
  return /^[abc][12]\+?$/.test(t) || (LEXICON_INDEX.words.get(t)?.some((h) => h.value === 'fluency') ?? false);
}
