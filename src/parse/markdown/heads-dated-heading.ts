// `lines[i]` is a heading over a dated heading below it (an organisation over its roles).
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';

/** `lines[i]` is a heading over a dated heading one level or more below it, as the next line but one at most. */
export function headsDatedHeading(state: ParseState, lines: readonly Line[], i: number): boolean {
  const head = lines[i];
  if (head?.kind !== 'heading') return false;
  const next = lines.slice(i + 1, i + 3).find((l) => l.kind === 'heading');
  return next !== undefined && next.level > head.level && lineDates(state, next).length > 0 && lineDates(state, head).length === 0;
}
