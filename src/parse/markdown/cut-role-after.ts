// Cuts "Organisation als Role" at a word of the CV's languages that introduces the role held at the organisation before it.
import { foldWord } from './fold-word.js';
import { namesOrganisation } from './names-organisation.js';
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** The longest role after such a word, in words ("als Softwareentwickler", "as Senior Software Engineer"). */
const MAX_ROLE_WORDS = 5;

/**
 * "Thomas Magnete GmbH in Herdorf als Softwareentwickler", "Acme Corp as Senior Engineer", "Comarch jako programista":
 * the text cut before a word of the CV's first two languages' `roleAfter` list, where what follows is short and names
 * a job and what comes before names an organisation. Returns the text whole (one piece) otherwise; the second piece's `sep` is the word.
 */
export function cutRoleAfter(text: string, state: ParseState): Array<{ text: string; sep: string }> {
  const words = text.split(' ');
  if (words.length < 3) return [{ text, sep: '' }];
  for (const lex of state.lexicons.slice(0, 2)) {
    for (const marker of lex.roleAfter ?? []) {
      const n = marker.split(' ').length;
      for (let i = 1; i + n < words.length; i++) {
        if (words.length - i - n > MAX_ROLE_WORDS || foldWord(words.slice(i, i + n).join(' ')) !== foldWord(marker)) continue;
        const right = words.slice(i + n).join(' ');
        const left = words.slice(0, i).join(' ');
        // (what comes before names the organisation: "Lehre als Informatiker" is one role)
        if (wordClasses(right, state).has('jobTitle') && namesOrganisation(state, left)) return [{ text: left, sep: '' }, { text: right, sep: marker }];
      }
    }
  }
  return [{ text, sep: '' }];
}
