// Picks an entry's dates: the first range in its head (else a single date), else one at the start of its body.
import { lineDates } from './line-dates.js';
import type { DateSpan, EntryBlock, Line, ParseState } from './parse-types.js';

/** The entry's date span and the line it is on. */
export interface EntryDate {
  span: DateSpan;
  line: Line;
}

/** The first span of `lines` that is a range (or ongoing), else the first single date. */
function firstIn(state: ParseState, lines: readonly Line[]): EntryDate | undefined {
  let single: EntryDate | undefined;
  for (const line of lines) {
    for (const span of lineDates(state, line)) {
      if (!span.single || span.ongoing) return { span, line };
      single ??= { span, line };
    }
  }
  return single;
}

/**
 * The entry's dates: in its head lines first, then in its group heading, then in the first two lines
 * of its body when they are short (a date line written after the role).
 */
export function pickEntryDate(state: ParseState, entry: EntryBlock): EntryDate | undefined {
  return (
    firstIn(state, entry.head) ??
    firstIn(state, entry.body.slice(0, 2).filter((l) => l.plain.length <= 80 && l.kind !== 'item'))
  );
}
