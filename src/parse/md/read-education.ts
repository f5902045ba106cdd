// Reader for education sections: each entry's degree, school, place, dates, grade and text.
import type { Education } from '../../model/types.js';
import { bodyMarkdown } from './body-markdown.js';
import { headExtras, isoDates, placeText } from './entry-parts.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { readEntryHeads, type ReadEntry } from './read-entry-heads.js';

/** A degree written on the first body line under a school ("M.S. in Computer Science"), when the head has none. */
function degreeFromBody(body: readonly Line[]): Line | undefined {
  const l = body[0];
  if (!l || l.kind === 'item' || l.plain.length > 80 || /[.!?。]$/.test(l.plain)) return undefined;
  return l;
}

/** Builds one Education from a read entry. */
export function toEducation(state: ParseState, e: ReadEntry, at: string): Education {
  const ed: Education = {};
  const f = e.fields;
  let studyType = f.first?.text;
  let from = f.first?.line;
  let body = e.block.body;
  if (!studyType) {
    const d = degreeFromBody(body);
    if (d && f.second) {
      studyType = d.plain;
      from = d;
      body = body.slice(1);
    }
  }
  if (studyType) ed.studyType = studyType;
  if (f.second) ed.institution = f.second.text;
  const place = placeText(e);
  if (place) ed.location = place;
  Object.assign(ed, isoDates(e.date?.span));
  const summary = [headExtras(e).join(' · '), bodyMarkdown(body)].filter(Boolean).join('\n\n');
  if (summary) ed.summary = summary;
  noteField(state, `${at}/studyType`, from, f.why.first);
  noteField(state, `${at}/institution`, f.second?.line, f.why.second);
  if (e.date) noteField(state, `${at}/endDate`, e.date.line, ['date on this line']);
  return ed;
}

/** Reads an education section into the model's Education entries. */
export function readEducation(state: ParseState, section: Section): { entries: Education[]; intro: Line[] } {
  const read = readEntryHeads(state, section, 'education', { titleFirst: 0, singleIsOrg: 0.5 });
  const base = state.resume.education?.length ?? 0;
  return { entries: read.entries.map((e, k) => toEducation(state, e, `/education/${base + k}`)), intro: read.intro };
}
