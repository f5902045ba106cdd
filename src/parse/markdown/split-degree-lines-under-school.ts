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

/** A paragraph of one short text line that opens with a degree and holds its date ("MS Analytics, 2016"). */
function datedDegreeParagraph(state: ParseState, l: Line, prev: Line): boolean {
  return l.kind === 'text' && l.depth === 0 && l.block !== prev.block && l.plain.length <= 100 && lineDates(state, l).length > 0 && opensWithDegreeWord(state, l.plain, 3);
}

/**
 * "**The University of Chicago**" / "MS Analytics, 2016" / "BA Economics, East Asian Language and Civilizations, 2010": a
 * paragraph naming a school alone, then two paragraphs or more, each one dated line opening with a degree: one entry per
 * degree, the school on each (the lines after them stay with the last).
 */
function datedDegreeEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const [school, first] = e.head;
  if (!school || !first || e.head.length !== 2 || e.group.length > 0 || school.kind !== 'text' || lineDates(state, school).length > 0) return undefined;
  const classes = wordClasses(school.plain, state);
  if (!classes.has('institution') || classes.has('degree') || !datedDegreeParagraph(state, first, school)) return undefined;
  const degrees = [first];
  for (const l of e.body) {
    if (!datedDegreeParagraph(state, l, degrees[degrees.length - 1]!)) break;
    degrees.push(l);
  }
  if (degrees.length < 2) return undefined;
  const out: EntryBlock[] = degrees.map((d) => ({ group: [], head: [school, d], body: [] }));
  out[out.length - 1]!.body.push(...e.body.slice(degrees.length - 1));
  return out;
}

/** The entries one school's degree lines make, or undefined when `e` is no school over two degree lines or more. */
function degreeEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const [school, ...inHead] = e.head;
  if (!school || e.group.length > 0) return undefined;
  if (!inHead.every((l) => l.block === school.block && degreeLine(state, l))) return datedDegreeEntries(state, e);
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
 * "- Bachelor of Arts, Philosophy."); and a school's paragraph over paragraphs that each are one dated degree line
 * ("**The University of Chicago**" / "MS Analytics, 2016" / "BA Economics, 2010").
 */
export function splitDegreeLinesUnderSchool(state: ParseState, section: Section, out: Segmented): void {
  if (section.type === 'education') splitEachEntry(out.entries, (e) => degreeEntries(state, e));
}
