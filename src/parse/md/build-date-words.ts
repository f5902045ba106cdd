// Interim: builds the date-word index (replaced by the date finder's own).
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import type { DateWords } from './date-words.js';

/** Builds the date words of `lexicons` (first wins). */
export function buildDateWords(lexicons: readonly Lexicon[]): DateWords {
  return { langs: lexicons.map((l) => l.tag) };
}
