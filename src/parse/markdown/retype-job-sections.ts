// Pass: a section whose heading names no kind ("Core principles") but whose entry headings all name a job at a place ("### Web Designer at Cefco"), some dated, is a work section.
import { lineDates } from './line-dates.js';
import type { ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { namesJobAtPlace } from './names-job-at-place.js';

/** The fewest entry headings that make the evidence. */
const MIN_HEADS = 2;

/** The headings below the section's own, or undefined when it has none of its own. */
function entryHeadings(s: Section): Section['lines'] | undefined {
  const level = s.heading?.kind === 'heading' ? s.heading.level : undefined;
  return level === undefined ? undefined : s.lines.filter((l) => l.kind === 'heading' && l !== s.heading && l.level > level);
}

/**
 * Pass: retypes as `work` each generic section with a heading of its own whose deeper headings (two or more) each hold
 * a job word and a connector ("Lead Designer at Cefco", "Ingenieur bei Bosch"), with a date in the section: a page
 * builder's block heading that says nothing of what it holds (a Kirby blocks page) over the jobs it lists.
 */
export function retypeJobSections(state: ParseState): void {
  for (const s of state.sections) {
    if (s.type !== 'generic') continue;
    const heads = entryHeadings(s);
    if (!heads || heads.length < MIN_HEADS || !s.lines.some((l) => lineDates(state, l).length > 0)) continue;
    if (!heads.every((h) => namesJobAtPlace(state, h.plain) && !wordClasses(h.plain, state).has('degree'))) continue;
    s.type = 'work';
    s.why.push('its heading names no kind, and every entry heading under it names a job at a place: jobs');
  }
}
