// Whether a line's text is a role alone: a few words naming a job, undated, no sentence ("Développeur back-end", "Web Developer / AWS/S3 Guru"), however it is marked.
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** A role line is a few words. */
const MAX_ROLE_WORDS = 8;

/** A paragraph line of a few words naming a job, with no date and no sentence's or label's end ("Software Development Engineer"). */
export function isRoleLine(state: ParseState, l: Line | undefined): boolean {
  if (!l || l.kind !== 'text' || l.plain.split(/\s+/).length > MAX_ROLE_WORDS || /[.!?。:：]$/u.test(l.plain)) return false;
  return lineDates(state, l).length === 0 && wordClasses(l.plain, state).has('jobTitle');
}
