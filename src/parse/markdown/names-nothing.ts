// Whether a text names no organisation, school, job or degree (by the lexicons' words).
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * The text holds no word of an organisation, a school, a job or a degree in the CV's languages ("Polymers and Surfaces",
 * "**Cislunar Explorers**").
 */
export function namesNothing(state: ParseState, text: string): boolean {
  const c = wordClasses(text, state);
  return !c.has('organisation') && !c.has('institution') && !c.has('jobTitle') && !c.has('degree');
}
