// Whether a text holds an organisation's or a school's word of the CV's languages.
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * Whether `text` has an organisation word (a legal form, "Group") or a school word ("Universität", "学院").
 * @param state - the parse state (the CV's languages)
 * @param text - a head line or a part of one
 */
export function namesOrganisation(state: ParseState, text: string): boolean {
  const c = wordClasses(text, state);
  return c.has('institution') || c.has('organisation');
}
