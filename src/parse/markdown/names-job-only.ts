// Whether a text names a job and no organisation or school ("Postdoc researcher", not "Engineer at Contoso University").
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** Whether `text` holds a job-title word and no organisation or institution word of the lexicons. */
export function namesJobOnly(state: ParseState, text: string): boolean {
  const c = wordClasses(text, state);
  return c.has('jobTitle') && !c.has('organisation') && !c.has('institution');
}
