// Tells whether a text is one of the lexicons' kinds of employment ("正社員", "Full-time", "Teilzeit").
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';

/** Whether a whole text is one of the lexicons' kinds of employment ("正社員", "full-time", "Teilzeit"), in any language. */
export function isEmployment(text: string): boolean {
  return LEXICON_INDEX.words.get(foldWord(text).trim())?.some((h) => h.value === 'employment') === true;
}
