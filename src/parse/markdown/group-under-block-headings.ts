// Makes an undated heading that closes a dated paragraph's head the group of the dated paragraphs after it.
import { lineDates } from './line-dates.js';
import type { EntryBlock, ParseState } from './parse-types.js';

/**
 * "2003/2 -- 現在, 統計数理研究所" / "## 連携・兼任・訪問" / "2017/4 -- 現在, 国立天文台 (連携教員)" / …: in a section of
 * dated paragraphs, an undated heading the walk left at the end of an entry's head (the entry has no text) names
 * no field of that entry; it heads the entries after it, up to the next such heading. Entries changed in place.
 */
export function groupUnderBlockHeadings(state: ParseState, entries: EntryBlock[], from: number): void {
  for (let i = from; i + 1 < entries.length; i++) {
    const e = entries[i]!;
    const h = e.head[e.head.length - 1]!;
    if (e.head.length < 2 || e.body.length > 0 || h.kind !== 'heading' || lineDates(state, h).length > 0) continue;
    if (!e.head.slice(0, -1).some((l) => l.kind === 'text' && lineDates(state, l).length > 0)) continue;
    e.head.pop();
    for (let k = i + 1; k < entries.length; k++) {
      const f = entries[k]!;
      if (f.head[0]?.kind !== 'text' || f.group.some((g) => g.kind === 'heading' && g.level <= h.level)) break;
      f.group = [...f.group, h];
      if (f.head[f.head.length - 1]?.kind === 'heading') break;
    }
  }
}
