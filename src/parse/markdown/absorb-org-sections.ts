// Pass: an entry section with no text of its own, followed by sections at its own heading level each headed by a name over a dated heading ("## Experience" / "## JupiterOne | Concord, OH" / "### Principal Engineer <span>July 2023 - Present</span>"), takes them in.
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

/**
 * Pass: a work or education section whose heading stands over no text (its entries sit in the markup's nesting,
 * which HTML gives and headings lose) takes in the generic sections that follow it at its own heading level, each
 * headed by a name over a dated heading, with the sections headed below them.
 */
export function absorbOrgSections(state: ParseState): void {
  const sections = state.sections;
  for (let i = 0; i < sections.length - 1; i++) {
    const s = sections[i]!;
    if ((s.type !== 'work' && s.type !== 'education') || s.heading?.kind !== 'heading' || !holdsNoText(s)) continue;
    const end = runEnd(state, sections, i + 1, s.heading.level);
    if (end === i + 1) continue;
    const taken = sections.splice(i + 1, end - i - 1);
    s.lines = [...s.lines, ...taken.flatMap((t) => (t.heading ? [t.heading, ...t.lines] : t.lines))];
    s.why = [...s.why, `${taken.length} sections at its level, each a name over a dated heading, taken in`];
  }
}
