// Pass: an education section that names no degree but whose dated entries name jobs ("Academic History" over "Assistant Professor of Mathematics, …" / "Fall 2023 to Spring 2025") lists appointments: a work section.
import { lineDates } from './line-dates.js';
import type { ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** The fewest lines naming a job that make the evidence. */
const MIN_JOBS = 2;

/** Whether the section's lines name no degree (but beside a job), and at least {@link MIN_JOBS} of its short lines name a job, with as many dates. */
function listsAppointments(state: ParseState, s: Section): boolean {
  let jobs = 0;
  let dated = 0;
  for (const l of s.lines) {
    if (l === s.heading) continue;
    const classes = wordClasses(l.plain, state);
    // ("Graduate teaching fellow": a line naming a job beside a degree's word is no degree's line)
    if (classes.has('degree') && !classes.has('jobTitle')) return false;
    if (lineDates(state, l).length > 0) dated++;
    if (l.plain.length <= 120 && classes.has('jobTitle') && !classes.has('degree')) jobs++;
  }
  return jobs >= MIN_JOBS && dated >= MIN_JOBS;
}

/**
 * Pass: retypes as `work` each education section none of whose lines names a degree, while two or more of them name
 * a job and two or more carry a date: an academic's "Academic History" or "Teaching and Educational Experience"
 * lists the posts held at schools, not studies.
 */
export function retypeAppointmentSections(state: ParseState): void {
  for (const s of state.sections) {
    if (s.type !== 'education' || !listsAppointments(state, s)) continue;
    s.type = 'work';
    s.why.push('its heading names studies, but no line of it names a degree and its dated lines name jobs: posts held');
  }
}
