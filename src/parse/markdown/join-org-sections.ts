// Pass: a CV with no work section whose organisations head sections of their own ("## [Saltpay](…)" over "### *Senior Developer (May 2022 - April 2023)*", or "### 株式会社タイミー(2022/4~2022/10)") has them read as one work section.
import { headsDatedHeading } from './heads-dated-heading.js';
import { openingLevel } from './opening-level.js';
import { lineDates } from './line-dates.js';
import type { ParseState, Section } from './parse-types.js';

/** The sections with the header's lines from its first heading over a dated heading on cut off as a generic section of their own. */
function splitHeaderTail(state: ParseState): Section[] {
  const [header, ...rest] = state.sections;
  const at = header?.type === 'header' ? header.lines.findIndex((_, i) => i > 0 && headsDatedHeading(state, header.lines, i)) : -1;
  if (!header || at < 0) return state.sections.slice();
  const [heading, ...lines] = header.lines.slice(at);
  const tail: Section = { type: 'generic', title: heading!.plain, heading: heading!, lines, why: ['a heading over a dated heading below the header'] };
  return [{ ...header, lines: header.lines.slice(0, at) }, tail, ...rest];
}

/** Where a run of organisation sections starting at `start` ends (exclusive), and how many of them open with a dated heading. */
function runFrom(state: ParseState, sections: readonly Section[], start: number, level: number): { end: number; count: number } {
  let end = start;
  let count = 0;
  // (the levels of the run's dated headings: its entries')
  const dated = new Set<number>();
  for (; end < sections.length; end++) {
    const s = sections[end]!;
    if (openingLevel(state, s) === level) count++;
    // ("#### Skills" under "## [Saltpay](…)": a section headed below the organisations' level is part of the one above it)
    else if (!(s.heading?.kind === 'heading' && s.heading.level > level)) break;
    // (but not one named by a section word at a level of the entries' own dated headings: "## Role, Co (dates)" and
    // "### Role, Co (dates)" and then "### Awards" ends the jobs)
    else if (s.type !== 'generic' && dated.has(s.heading.level)) break;
    if (s.heading?.kind === 'heading' && lineDates(state, s.heading).length > 0) dated.add(s.heading.level);
  }
  return { end, count };
}

/**
 * Pass: where the CV has no work section, a run of two or more generic sections each headed by a name over
 * a dated heading one level down, or by a dated heading (and the sections headed below them), becomes one work section read as
 * implicit entries; the header's tail that starts such a run is cut from the header first.
 */
export function joinOrgSections(state: ParseState): void {
  if (state.sections.some((s) => s.type === 'work')) return;
  const sections = splitHeaderTail(state);
  for (let i = 0; i < sections.length; i++) {
    const level = openingLevel(state, sections[i]!);
    if (level === undefined) continue;
    const { end, count } = runFrom(state, sections, i, level);
    if (count < 2) continue;
    const lines = sections.slice(i, end).flatMap((s) => (s.heading ? [s.heading, ...s.lines] : s.lines));
    sections.splice(i, end - i, { type: 'work', title: '', lines, implicit: true, why: [`${count} sections each headed by a dated heading or a name over one`] });
    state.sections = sections;
    return;
  }
}
