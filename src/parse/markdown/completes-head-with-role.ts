// Whether a bold line naming a job completes the dated head above it that names none ("**Contoso** *2008 - 2011*" / "Redmond, Washington" / "**Software Engineer**").
import { isBoldRoleLine } from './is-bold-role-line.js';
import { isPlaceLine } from './is-place-line.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * "**Contoso** *2008 - 2011*" / "Redmond, Washington" / "**Software Development Engineer**": a bold undated line of a
 * few words naming a job, right under a dated line that names none (with at most a place line between, in the head
 * or after it), is the rest of that head, not an entry of its own.
 * @param head - the open entry's head lines
 * @param body - the lines after its head so far
 */
export function completesHeadWithRole(state: ParseState, head: readonly Line[], body: readonly Line[], l: Line): boolean {
  const [first, ...rest] = head;
  const places = [...rest, ...body];
  if (!first || places.length > 1 || !places.every((b) => isPlaceLine(state, b))) return false;
  return isBoldRoleLine(state, l) && lineDates(state, first).length > 0 && !wordClasses(first.plain, state).has('jobTitle');
}
