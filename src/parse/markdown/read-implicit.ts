// Reader for implicit entry sections (dated entries with no section heading): each entry goes to work, education or certificates by what it says.
import { addGenericSection } from './add-generic-section.js';
import { assignHead } from './assign-head.js';
import type { ParseState, Section } from './parse-types.js';
import { pairEventEntries } from './pair-event-entries.js';
import { readEntryHeads, type ReadEntry } from './read-entry-heads.js';
import { readCertification } from './read-certification.js';
import { toEducation } from './read-education.js';
import { toWork } from './read-work.js';
import { wordClasses } from './score-segment.js';
import { frontMatterStudies } from './front-matter-studies.js';

/** Whether an entry reads as studies: a degree word in its head, a school and no job or company in its head, or a school in its head and a degree word at the start of its text. */
export function readsAsStudies(state: ParseState, e: ReadEntry): boolean {
  const head = e.segments.map((s) => s.text).join(' | ');
  const cls = wordClasses(head, state);
  if (cls.has('degree') && !cls.has('jobTitle')) return true;
  // "2013~2017 九州大学工学部 地球環境工学科": a school named, and no job and no company
  // (unless the front matter holds the degrees: "- Alfred-Wegener-Institute, since 2020" in the body is a post there)
  if (cls.has('institution') && !cls.has('jobTitle') && !cls.has('organisation') && !frontMatterStudies(state)) return true;
  const body = e.block.body[0]?.plain ?? '';
  return !cls.has('jobTitle') && cls.has('institution') && wordClasses(body.split(/[.!?]/)[0] ?? '', state).has('degree');
}

/** Reads an implicit section: entries that read as studies become education, certifications certificates, the others work; its other lines a generic section at `order`. */
export function readImplicit(state: ParseState, section: Section, order: number): void {
  const read = readEntryHeads(state, section, 'work');
  // ("2014年04月 | 旭化成住工株式会社 入社" … "2020年12月 | 旭化成住工株式会社 退職": a joining row and a leaving row are one job)
  for (const e of pairEventEntries(state, read.entries, 'work')) {
    if (readsAsStudies(state, e)) {
      const list = (state.resume.education ??= []);
      const asEd = { ...e, fields: assignHead(state, e.segments, 'education', { titleFirst: 0, singleIsOrg: 0.5 }, e.date?.line) };
      list.push(toEducation(state, asEd, `/education/${list.length}`));
      continue;
    }
    const cert = readCertification(state, e, `/certificates/${state.resume.certificates?.length ?? 0}`);
    if (cert) (state.resume.certificates ??= []).push(cert);
    else {
      const list = (state.resume.work ??= []);
      list.push(toWork(state, e, `/work/${list.length}`));
    }
  }
  if (read.intro.length) addGenericSection(state, section.title, read.intro, order, section.heading);
}
