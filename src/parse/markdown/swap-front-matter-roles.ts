// Swaps role and organisation of front-matter jobs whose keys hold them the other way round (`title: 南昌美家帮`, `subtitle: 销售助理`).
import type { Work } from '../../model/types.js';
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * A Hugo theme's `{title: Company, subtitle: Role}` read by the usual keys puts the company in `position` and the
 * role in `name`. When in two thirds of the list's jobs, two at least, the organisation names a job and the
 * position does not, every job of the list has the two swapped.
 * @param state - the parse state (for the lexicons' job words)
 * @param work - the jobs read from the front matter (changed in place)
 */
export function swapFrontMatterRoles(state: ParseState, work: Work[] | undefined): void {
  if (!work || work.length < 2) return;
  const both = work.filter((w) => typeof w.position === 'string' && typeof w.name === 'string');
  const reversed = both.filter((w) => wordClasses(w.name!, state).has('jobTitle') && !wordClasses(w.position!, state).has('jobTitle'));
  if (reversed.length < 2 || reversed.length * 3 < both.length * 2) return;
  for (const w of both) [w.position, w.name] = [w.name, w.position];
}
