// Picks an entry's dates: the first range in its head (else a single date), else one at the start of its body.
import { lineDates } from './line-dates.js';
import type { DateSpan, EntryBlock, Line, ParseState } from './parse-types.js';
import { findDates } from './find-dates.js';
import { columnLabels } from './split-head.js';

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

/** A table row with separate start and end columns: the start cell's date, the end cell's date (or ongoing when it is empty, a dash or "present"). */
function rowDates(state: ParseState, entry: EntryBlock, section: readonly Line[]): EntryDate | undefined {
  const row = entry.head[0];
  if (!row || row.kind !== 'row' || !row.cells) return undefined;
  const labels = columnLabels(row, section, state);
  const si = labels.indexOf('start');
  const ei = labels.indexOf('end');
  if (si < 0) return undefined;
  const cellDates = (i: number): DateSpan | undefined => (i >= 0 && row.cells![i] ? findDates(row.cells![i]!.replace(/[*_`]/g, ''), state.dateWords)[0] : undefined);
  const a = cellDates(si);
  if (!a?.start) return undefined;
  const b = cellDates(ei);
  const endCell = ei >= 0 ? (row.cells[ei] ?? '').trim() : '';
  const ongoing = !b && (endCell === '' || /^[-–—~]+$/.test(endCell) || (findDates(endCell, state.dateWords)[0]?.ongoing ?? false));
  const end = b?.single ? b.start : b?.end ?? b?.start;
  const index = row.plain.indexOf(row.cells[si]!.trim());
  const span: DateSpan = { start: a.start, ongoing, single: false, index: Math.max(0, index), length: 0 };
  if (end && !ongoing) span.end = end;
  return { span, line: row };
}

/**
 * The entry's dates: in its head lines first, then in its group heading, then in the first two lines
 * of its body when they are short (a date line written after the role).
 */
export function pickEntryDate(state: ParseState, entry: EntryBlock, section: readonly Line[] = []): EntryDate | undefined {
  return (
    rowDates(state, entry, section) ??
    firstIn(state, entry.head) ??
    firstIn(state, entry.body.slice(0, 2).filter((l) => l.plain.length <= 80 && l.kind !== 'item'))
  );
}
