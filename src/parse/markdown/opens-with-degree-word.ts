// Whether a text's first words name a degree ("Bachelor of Science in Nursing", "Бакалавр специальности …").
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * Whether the first `words` words of `text` (split at white space) hold a degree word of the lexicons.
 * @param words - how many words to look at: two for a degree opening a line, three for one of several words ("Master of Science")
 */
export function opensWithDegreeWord(state: ParseState, text: string, words: number): boolean {
  return wordClasses(text.split(/\s+/).slice(0, words).join(' '), state).has('degree');
}
