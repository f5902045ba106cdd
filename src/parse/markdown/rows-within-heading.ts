// Whether a dated table is the detail of the dated heading above it (its rows' dates all within the heading's): "### 5-2. Acme株式会社(2016年8月〜2017年7月)" over "| 2016-09 | 在庫システム | PM |" rows.
import { lineDates } from './line-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import { spanWithin } from './span-within.js';

/**
 * The date range of the entry the table at `first` sits in: the nearest heading before it, when dated; else the first
 * range on a line of text above the table under that heading, or under the heading that encloses it, or that heading's
 * own ("### 株式会社X" / "時期: 2023/01 - 現在" / "#### 参画プロジェクト" / "| … | 2025/08-現在 | … |").
 */
function enclosingPeriod(state: ParseState, lines: readonly Line[], first: number): DateSpan | undefined {
  let level = 7;
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.kind === 'row') continue;
    const range = lineDates(state, l).find((d) => !d.single);
    if (l.kind === 'heading') {
      // (a heading that encloses the nearest one is the last looked at)
      if (level < 7 && l.level >= level) continue;
      if (range) return range;
      if (level < 7) return undefined;
      level = l.level;
      continue;
    }
    if (range && level < 7) return range;
  }
  return undefined;
}

/**
 * Whether the table whose first row is `lines[first]` sits under a heading with a date range (the nearest heading
 * before it) and every date of its rows lies within that range: its rows are that entry's projects or tasks, not
 * entries of the section.
 * @param lines - the region's lines
 * @param first - the index of the table's first row
 */
export function rowsWithinHeading(state: ParseState, lines: readonly Line[], first: number): boolean {
  const outer = enclosingPeriod(state, lines, first);
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
