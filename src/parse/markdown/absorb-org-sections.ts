// Pass: an entry section with no text of its own, followed by sections at its own heading level each headed by a name over a dated heading ("## Experience" / "## JupiterOne | Concord, OH" / "### Principal Engineer <span>July 2023 - Present</span>"), takes them in; so does a work section followed by dated job headings at its own level.
import { countJobLines } from './count-job-lines.js';
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import { openingLevel } from './opening-level.js';
import type { ParseState, Section } from './parse-types.js';

/** The section holds no words: nothing but blank lines, images and rules. */
function holdsNoText(s: Section): boolean {
  return s.lines.every((l) => !/\p{L}|\p{N}/u.test(l.images.reduce((t, i) => t.split(i.alt).join(''), l.plain)));
}

/** Where the run of organisation sections at `level` starting at `start` ends (exclusive), with the sections headed below them. */
function runEnd(state: ParseState, sections: readonly Section[], start: number, level: number): number {
  let end = start;
  while (end < sections.length) {
    const s = sections[end]!;
    const below = s.heading?.kind === 'heading' && s.heading.level > level && end > start;
    if (!below && (s.type !== 'generic' || openingLevel(state, s) !== level)) break;
    end++;
  }
  return end;
}

/** A generic section at `level` whose heading is dated, on itself or by a date alone on the line under it ("## Lead producer — ProPublica" / "_March 2017 – January 2018_"). */
function datedSection(state: ParseState, s: Section, level: number): boolean {
  if (s.type !== 'generic' || s.heading?.kind !== 'heading' || s.heading.level !== level) return false;
  const first = s.lines[0];
  return lineDates(state, s.heading).length > 0 || (first !== undefined && first.kind !== 'heading' && dateOnly(state, first));
}

/**
 * Where the run of dated sections at `level` starting at `start` ends (exclusive), when two thirds of their headings name a
 * job, with the work section's own headings at that level (jobs the section already took in): two or more in all. The jobs
 * of a CV whose headings are all of one level ("## Experience and awards", then "## Deputy editor, production — ProPublica" /
 * "_January 2018 – present_", …, "## Wearer of all hats — Las Vegas Dance Insider" / …, then "## Education").
 */
function jobRunEnd(state: ParseState, sections: readonly Section[], start: number, level: number): number {
  const lines = sections[start - 1]!.lines;
  // (not where the section's own dated rows or deeper headings already name the jobs: "## 職務経歴" over a table of them,
  // then a section for each, "## 現職: Mercari (Platform Engineer) 2022-07-01 ~ 現在")
  const own = lines.filter((l) => ((l.kind === 'heading' && l.level > level) || l.kind === 'row') && lineDates(state, l).length > 0);
  if (own.length > 0 && countJobLines(state, own) * 2 > own.length) return start;
  let end = start;
  while (end < sections.length && datedSection(state, sections[end]!, level)) end++;
  const heads = [...lines.filter((l) => l.kind === 'heading' && l.level === level), ...sections.slice(start, end).map((s) => s.heading!)];
  return end > start && heads.length >= 2 && countJobLines(state, heads) * 3 >= heads.length * 2 ? end : start;
}

/**
 * Pass: a work or education section whose heading stands over no text (its entries sit in the markup's nesting,
 * which HTML gives and headings lose) takes in the generic sections that follow it at its own heading level, each
 * headed by a name over a dated heading, with the sections headed below them; a work section with text of its own takes in
 * a run of dated sections at its level whose headings, with its own at that level, mostly name jobs (see jobRunEnd).
 */
export function absorbOrgSections(state: ParseState): void {
  const sections = state.sections;
  for (let i = 0; i < sections.length - 1; i++) {
    const s = sections[i]!;
    if ((s.type !== 'work' && s.type !== 'education') || s.heading?.kind !== 'heading') continue;
    const end = holdsNoText(s) ? runEnd(state, sections, i + 1, s.heading.level) : s.type === 'work' ? jobRunEnd(state, sections, i + 1, s.heading.level) : i + 1;
    if (end === i + 1) continue;
    const taken = sections.splice(i + 1, end - i - 1);
    s.lines = [...s.lines, ...taken.flatMap((t) => (t.heading ? [t.heading, ...t.lines] : t.lines))];
    s.why = [...s.why, `${taken.length} sections at its level, each a name over a dated heading or a dated job, taken in`];
  }
}
