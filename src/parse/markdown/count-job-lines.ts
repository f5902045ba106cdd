// How many of some lines name a job (a job title word of the CV's languages).
import type { Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** How many of the lines name a job: hold a job title word ("Deputy editor, production — ProPublica"). */
export function countJobLines(state: ParseState, lines: readonly Line[]): number {
  return lines.filter((l) => wordClasses(l.plain, state).has('jobTitle')).length;
}
