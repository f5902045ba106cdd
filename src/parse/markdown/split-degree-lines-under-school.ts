// Splits an education entry whose school line heads several lines that each open with a degree ("Penn State University" / "Master of Science in Nursing, …" / "Bachelor of Science in Nursing") into one entry per degree, the school heading each.
import { lineDates } from './line-dates.js';
import { opensWithDegreeWord } from './opens-with-degree-word.js';
import type { EntryBlock, Line, ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';
import { splitEachEntry } from './split-each-entry.js';

/** A short undated text line whose first words (up to three) are a degree's ("Bachelor of Science in Nursing"). */
function degreeLine(state: ParseState, l: Line): boolean {
  return l.kind === 'text' && l.plain.length <= 100 && !/[:：]/.test(l.plain) && lineDates(state, l).length === 0 && opensWithDegreeWord(state, l.plain, 3);
}

/** A top-level item whose first words (up to three) are a degree's, dated or not ("- Postgraduate Diploma, Philosophy (2013–2014). Dissertation: …"). */
function degreeItem(state: ParseState, l: Line): boolean {
  return l.kind === 'item' && l.depth === 0 && opensWithDegreeWord(state, l.plain, 3);
}

/** "**University of Otago**" over "- Postgraduate Diploma, …", "- Bachelor of Arts, Philosophy.": one entry per degree item (with the lines under it). */
function degreeItemEntries(state: ParseState, school: Line, body: readonly Line[]): EntryBlock[] | undefined {
  const items = body.filter((l) => l.kind === 'item' && l.depth === 0);
  if (items.length < 2 || body[0] !== items[0] || !items.every((l) => degreeItem(state, l))) return undefined;
  const out: EntryBlock[] = [];
  for (const l of body) {
    if (items.includes(l)) out.push({ group: [], head: [school, l], body: [] });
    else out[out.length - 1]!.body.push(l);
  }
  return out;
}

/** The entries one school's degree lines make, or undefined when `e` is no school over two degree lines or more. */
function degreeEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const [school, ...inHead] = e.head;
  if (!school || e.group.length > 0 || !inHead.every((l) => l.block === school.block && degreeLine(state, l))) return undefined;
  const classes = wordClasses(school.plain, state);
  if (!classes.has('institution') || classes.has('degree') || lineDates(state, school).length > 0) return undefined;
  if (inHead.length === 0) return degreeItemEntries(state, school, e.body);
  // (the head may hold them all, or its first only, the others going on in the same paragraph)
  const next = e.body.findIndex((l) => l.block !== school.block || !degreeLine(state, l));
  const inBody = e.body.slice(0, next < 0 ? e.body.length : next);
  const degrees = [...inHead, ...inBody];
  if (degrees.length < 2) return undefined;
  const out: EntryBlock[] = degrees.map((d) => ({ group: [], head: [school, d], body: [] }));
  out[out.length - 1]!.body.push(...e.body.slice(inBody.length));
  return out;
}

/**
 * Post-step of entry segmentation, in education sections: "<u>Penn State University</u>" / "Master of Science in
 * Nursing, …" / "Bachelor of Science in Nursing": an undated entry headed by a line naming a school and, in the same
 * paragraph, two undated lines or more each opening with a degree (in its head or going on in its text), is one entry
 * per degree line, the school on each (the text after them stays with the last); so is a school line alone over two
 * degree items or more, dated or not ("**University of Otago**" / "- Postgraduate Diploma, Philosophy (2013–2014). …" /
 * "- Bachelor of Arts, Philosophy.").
 */
export function splitDegreeLinesUnderSchool(state: ParseState, section: Section, out: Segmented): void {
  if (section.type === 'education') splitEachEntry(out.entries, (e) => degreeEntries(state, e));
}
