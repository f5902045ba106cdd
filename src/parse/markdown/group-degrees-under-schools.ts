// Puts each school line of an undated education section at the head of the degree entries under it.
import { lineDates } from './line-dates.js';
import { opensWithDegreeWord } from './opens-with-degree-word.js';
import type { EntryBlock, Line, ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';

/** The longest line read as a school's or a degree's name. */
const MAX_NAME = 100;

/** An entry of one short undated line naming a school and no degree, with nothing under it ("**Penn State University**"). */
function schoolAlone(state: ParseState, e: EntryBlock): Line | undefined {
  const [l] = e.head;
  if (e.group.length > 0 || e.head.length !== 1 || e.body.length > 0 || !l || l.plain.length > MAX_NAME) return undefined;
  const classes = wordClasses(l.plain, state);
  return classes.has('institution') && !classes.has('degree') ? l : undefined;
}

/** An entry headed by a short line opening with a degree and naming no school ("**Master of Science in Nursing**"). */
function degreeAlone(state: ParseState, e: EntryBlock): boolean {
  const l = e.head[0];
  return e.group.length === 0 && l !== undefined && l.plain.length <= MAX_NAME && opensWithDegreeWord(state, l.plain, 3) && !wordClasses(l.plain, state).has('institution');
}

/**
 * Post-step of entry segmentation, in education sections with no dates in their entries' heads: "**Penn State University**" /
 * "**Master of Science in Nursing**" / "- … option" / "**Bachelor of Science in Nursing**" / "**Hagerstown Community College**" /
 * "**Associate of Science in Nursing**", each line an entry of its own: every entry is a school alone or a degree, and each
 * school stands over one degree or more; then the school heads each degree under it and is no entry of its own.
 */
export function groupDegreesUnderSchools(state: ParseState, section: Section, out: Segmented): void {
  const entries = out.entries;
  if (section.type !== 'education' || entries.length < 2 || entries.some((e) => e.head.some((l) => lineDates(state, l).length > 0))) return;
  const schools = entries.map((e) => schoolAlone(state, e));
  if (schools[0] === undefined) return;
  const fits = entries.every((e, k) => (schools[k] ? k + 1 < entries.length && !schools[k + 1] : degreeAlone(state, e)));
  if (!fits) return;
  let school: Line | undefined;
  const degrees = entries.filter((e, k) => {
    if (schools[k]) school = schools[k];
    else e.head.unshift(school!);
    return !schools[k];
  });
  entries.splice(0, entries.length, ...degrees);
}
