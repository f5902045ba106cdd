// Cuts "Organisation als Role" at a word of the CV's languages that introduces the role held at the organisation before it.
import { findRoleAfterWords } from './find-role-after-words.js';
import { namesOrganisation } from './names-organisation.js';
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * "Thomas Magnete GmbH in Herdorf als Softwareentwickler", "Acme Corp as Senior Engineer", "Comarch jako programista":
 * the text cut before a word of the CV's first two languages' `roleAfter` list, where what follows is short and names
 * a job and what comes before names an organisation. Returns the text whole (one piece) otherwise; the second piece's `sep` is the word.
 */
export function cutRoleAfter(text: string, state: ParseState): Array<{ text: string; sep: string }> {
  // (what comes before names the organisation: "Lehre als Informatiker" is one role)
  const cut = findRoleAfterWords(text, state).find((c) => wordClasses(c.right, state).has('jobTitle') && namesOrganisation(state, c.left));
  return cut ? [{ text: cut.left, sep: '' }, { text: cut.right, sep: cut.marker }] : [{ text, sep: '' }];
}
