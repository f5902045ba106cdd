// Pass: a section whose heading names no kind ("Core principles") but whose entry headings all name a job at a place ("### Web Designer at Cefco"), some dated, is a work section.
import { dateOnly } from './date-only.js';
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
 * "### ACADEMIC RESEARCH" / "**06/2025 - 06/2026**" / "**Research Assistant – UNU-MERIT & Maastricht University**" / …: two or more
 * lines that are a date alone, each right over a short line opening in bold that names a job (and no degree), and no
 * other date alone in the section.
 */
function datedRoleLines(state: ParseState, s: Section): boolean {
  const dates = s.lines.filter((l) => l.kind !== 'heading' && dateOnly(state, l));
  if (dates.length < MIN_HEADS) return false;
  return dates.every((d) => {
    const next = s.lines[s.lines.indexOf(d) + 1];
    // (paragraph lines: definition lists, "2020-2023" / ":   **Professeure …**", are read as terms by their own rules)
    if (!next || d.kind !== 'text' || next.kind !== 'text' || next.plain.length > 110 || !next.boldParts[0] || !next.plain.startsWith(next.boldParts[0])) return false;
    const classes = wordClasses(next.plain, state);
    return classes.has('jobTitle') && !classes.has('degree');
  });
}

/**
 * Pass: retypes as `work` each generic section with a heading of its own whose deeper headings (two or more) each hold
 * a job word and a connector ("Lead Designer at Cefco", "Ingenieur bei Bosch"), with a date in the section: a page
 * builder's block heading that says nothing of what it holds (a Kirby blocks page) over the jobs it lists.
 */
export function retypeJobSections(state: ParseState): void {
  for (const s of state.sections) {
    if (s.type !== 'generic') continue;
    if (datedRoleLines(state, s)) {
      s.type = 'work';
      s.why.push('its heading names no kind, and each of its dates alone on a line sits right over a bold line naming a job: jobs');
      continue;
    }
    const heads = entryHeadings(s);
    if (!heads || heads.length < MIN_HEADS || !s.lines.some((l) => lineDates(state, l).length > 0)) continue;
    if (!heads.every((h) => namesJobAtPlace(state, h.plain) && !wordClasses(h.plain, state).has('degree'))) continue;
    s.type = 'work';
    s.why.push('its heading names no kind, and every entry heading under it names a job at a place: jobs');
  }
}
