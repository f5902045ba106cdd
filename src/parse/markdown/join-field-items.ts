// Joins the items of an education section that are the fields of one entry (a school, its degree, its dates) into that entry.
import { dateOnly } from './date-only.js';
import type { ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';

/** Most items one entry's fields are written in. */
const MAX_ITEMS = 6;

/**
 * Post-step of entry segmentation, in education sections: "- Montclair State University, Montclair, NJ" / "- BS: Business
 * Administration" / "- September 2019 - June 2023" / "- Cumulative GPA: 3.75": top-level items, each an entry of its own, the
 * first naming a school and no other naming one, one of them a date alone, are one entry's fields: the school's item and
 * those after it up to the date's are its head, the rest its text.
 */
export function joinFieldItems(state: ParseState, section: Section, out: Segmented): void {
  const entries = out.entries;
  if (section.type !== 'education' || entries.length < 2 || entries.length > MAX_ITEMS) return;
  if (!entries.every((e) => e.group.length === 0 && e.head.length === 1 && e.head[0]!.kind === 'item' && e.head[0]!.depth === 0)) return;
  const heads = entries.map((e) => e.head[0]!);
  const schools = heads.filter((l) => wordClasses(l.plain, state).has('institution'));
  const dates = heads.map((l, k) => (dateOnly(state, l) ? k : -1)).filter((k) => k >= 0);
  if (schools.length !== 1 || schools[0] !== heads[0] || dates.length !== 1 || dates[0] === 0) return;
  const last = dates[0]!;
  const body = entries.flatMap((e, k) => (k <= last ? e.body : [...e.head, ...e.body]));
  entries.splice(0, entries.length, { group: [], head: heads.slice(0, last + 1), body });
}
