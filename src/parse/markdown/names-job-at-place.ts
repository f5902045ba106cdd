// Whether a text names a job held somewhere: a job word and a connector ("Web Designer at Berman Advertising", "Ingenieur bei Bosch").
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * Whether `text` holds a job-title word and a connector of the CV's lexicons ("Lead Designer at Cefco"): a role and
 * where it was held, written as one phrase.
 */
export function namesJobAtPlace(state: ParseState, text: string): boolean {
  const c = wordClasses(text, state);
  return c.has('jobTitle') && c.has('connector');
}
