// Pass: a work section whose heading calls it a summary ("職務経歴（概要）", an overview of the fields worked in) and holds no date, in a CV whose other work sections are dated, is the summary, not jobs.
import { lineDates } from './line-dates.js';
import type { ParseState, Section } from './parse-types.js';

/** Whether any line of the section holds a date. */
function dated(state: ParseState, s: Section): boolean {
  return s.lines.some((l) => lineDates(state, l).length > 0);
}

/**
 * Pass: retypes as `summary` each work section whose heading also names a summary and whose lines hold
 * no date, when another work section of the CV is dated: its undated headings ("### ソフトウェア開発",
 * "### 事務職") are the fields the person worked in, which the dated sections list as jobs.
 */
export function retypeWorkOverviews(state: ParseState): void {
  const work = state.sections.filter((s) => s.type === 'work');
  const overviews = work.filter((s) => s.also === 'summary' && !dated(state, s));
  if (overviews.length === 0 || overviews.length === work.length) return;
  if (!work.some((s) => !overviews.includes(s) && dated(state, s))) return;
  for (const s of overviews) {
    s.type = 'summary';
    s.why.push('its heading also names a summary, it holds no date and the other work sections are dated: an overview, not jobs');
  }
}
