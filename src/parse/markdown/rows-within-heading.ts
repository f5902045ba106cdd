// Whether a dated table is the detail of the dated heading above it (its rows' dates all within the heading's): "### 5-2. Acme株式会社(2016年8月〜2017年7月)" over "| 2016-09 | 在庫システム | PM |" rows.
import { lineDates } from './line-dates.js';
import type { Line, ParseState } from './parse-types.js';
import { spanWithin } from './span-within.js';

/**
 * Whether the table whose first row is `lines[first]` sits under a heading with a date range (the nearest heading
 * before it) and every date of its rows lies within that range: its rows are that entry's projects or tasks, not
 * entries of the section.
 * @param lines - the region's lines
 * @param first - the index of the table's first row
 */
export function rowsWithinHeading(state: ParseState, lines: readonly Line[], first: number): boolean {
  let h = first - 1;
  while (h >= 0 && lines[h]!.kind !== 'heading') h--;
  const outer = h >= 0 ? lineDates(state, lines[h]!).find((d) => !d.single) : undefined;
  if (!outer) return false;
  const block = lines[first]!.block;
  let dated = 0;
  for (let i = first; i < lines.length && lines[i]!.block === block; i++) {
    for (const d of lineDates(state, lines[i]!)) {
      // (a row still open, "2025- | …", under a closed period counts by its start)
      if (!spanWithin({ ...d, ongoing: false }, outer)) return false;
      dated++;
    }
  }
  return dated > 0;
}
