// Reader for work sections: each entry's role, organisation, place, dates, and its text as summary or highlights.
import { pairEventEntries } from './pair-event-entries.js';
import { foldDetailEntries } from './fold-detail-entries.js';
import { namesNothing } from './names-nothing.js';
import type { Certificate, Education, Project, Volunteer, Work } from '../../model/types.js';
import { bodyParts, dateText, headExtras, isoDates, placeText } from './entry-parts.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { leadOrganisation } from './lead-organisation.js';
import { sectionCapacity } from './section-capacity.js';
import { scorePlaceIn } from './score-place-in.js';
import { connectorOrganisation } from './connector-organisation.js';
import { leadRole } from './lead-role.js';
import { preferLabelRoles } from './prefer-label-roles.js';
import { lineDates } from './line-dates.js';
import { labelledBodyField } from './labelled-body-field.js';
import { mergeRepeatedEntries } from './merge-repeated-entries.js';
import { readEntryHeads, type ReadEntry } from './read-entry-heads.js';
import { toEducation } from './read-education.js';
import { durationOnly } from './duration-only.js';
import { wordClasses } from './score-segment.js';
import { findExactHeading } from './find-exact-heading.js';
import type { Segment } from './split-head.js';
import { readCertification } from './read-certification.js';
import { toSideProject } from './to-side-project.js';
import { headDurations } from './head-durations.js';
import { BARE_URL, urlOfLine } from './url-of-line.js';
import { trimChars } from './trim-chars.js';
import { readInline } from './read-inline.js';

/** An entry of an "Experience & Education" section that is a study: a degree or school word and no job title in its head, or a head opening with a degree word. */
function isStudy(state: ParseState, e: ReadEntry): boolean {
  const head = wordClasses(e.segments.map((s) => s.text).join(' '), state);
  // ("**Herriot watt university scientific dive team, 5th Dec 2018 -Present (paid)**": a head that says how the post was held is a job's)
  if ((head.has('degree') || head.has('institution')) && !head.has('jobTitle') && !head.has('employment')) return true;
  // "Lehre als Informatiker", "Apprenticeship as electrician": a head that opens with a degree word names what was studied
  const first = e.segments[0]?.text.split(' ')[0] ?? '';
  return first.length > 1 && wordClasses(first, state).has('degree');
}

/** A role that only says how the post was held ("employed", "part-time", "remote, part-time"): employment and place words, no job. */
function employmentOnly(state: ParseState, text: string): boolean {
  const parts = text.split(/,\s*/);
  return parts.every((p) => wordClasses(p, state).has('employment') || scorePlaceIn(state, p) >= 2) && !wordClasses(text, state).has('jobTitle');
}

/**
 * "### Student Communicatie & Multimedia design (CMD)" / "De Haagse Hogeschool": in a work section, a role that
 * names a degree or studying ("Student", "Bachelor") and no job, at an organisation that is a school (and names no
 * company), is a study.
 */
function studentAtSchool(state: ParseState, e: ReadEntry): boolean {
  const { first, second } = e.fields;
  if (!first || !second) return false;
  const role = wordClasses(first.text, state);
  if (role.has('jobTitle') || !role.has('degree')) return false;
  const school = wordClasses(second.text, state);
  return school.has('institution') && !school.has('organisation') && !school.has('jobTitle');
}

/** "**PhD Student in Analytical Sociology**" / "Institute for Analytical Sociology (IAS)" under "Employment": a study that is also a post, under a heading that names work, is a job. */
function employedStudy(state: ParseState, section: Section, e: ReadEntry): boolean {
  return section.type === 'work' && !section.implicit && section.heading !== undefined && !!e.fields.first && wordClasses(e.fields.first.text, state).has('employedStudy');
}

/** The entry's second part names a school and no company ("**Doctorant en Geophysique**" / "Université de Grenoble-Alpes."). */
function atSchool(state: ParseState, e: ReadEntry): boolean {
  const school = e.fields.second ? wordClasses(e.fields.second.text, state) : undefined;
  return !!school && school.has('institution') && !school.has('organisation');
}

/**
 * "Ph.D Student" at "Ruprecht-Karls University Heidelberg with …" from 04/21 under "Work experience", where an education
 * section lists a study at that school from the same month: the job held while studying, kept with the jobs.
 */
function studiedElsewhere(state: ParseState, e: ReadEntry): boolean {
  const start = e.date?.span.start;
  const name = (e.fields.second?.text ?? '').split(' ').slice(0, 3).join(' ');
  if (!start || name.length < 6) return false;
  return state.sections.some((s) => s.type === 'education' && s.lines.some((l) => l.plain.includes(name) && lineDates(state, l).some((d) => d.start === start)));
}

/** The longest part of a head read as a study's (a school, a degree, a course). */
const MAX_STUDY_PART = 80;

/**
 * "- 2019.02 삼육대학교 컴퓨터학부 응용컴퓨팅학과 졸업" among the jobs of a timeline: a head that names a school and a degree
 * or its completion (or has a part that is a degree or a course alone), and no job and no company, is a study in any
 * work section.
 */
function schoolAndDegree(state: ParseState, e: ReadEntry): boolean {
  // (a head of short parts: a description column's sentence may name a university in passing)
  if (e.segments.some((s) => s.text.length > MAX_STUDY_PART)) return false;
  const head = wordClasses(e.segments.map((s) => s.text).join(' '), state);
  if (!head.has('degree') || head.has('jobTitle') || head.has('organisation')) return false;
  // (nor a row with such a cell, which dashes may have cut into short parts: "| MC Buổi giao lưu … Trường Đại học … - Đại học Quốc gia … |")
  if (e.block.head.some((l) => l.cells?.some((c) => c.length > MAX_STUDY_PART && readInline(c).plain.length > MAX_STUDY_PART))) return false;
  // ("| 2013/08 〜 2014/02 | 職業訓練 | …を学ぶ |": or a part of the head that is a degree or a course alone)
  return head.has('institution') || e.segments.some((s) => head.get('degree')!.includes(s.text));
}

/**
 * "한신대학교 컴퓨터 공학과 (2018.03 ~ 2024.03)" among "모빌씨앤씨 인턴 (2023.08 ~ 2024.02)" under "Career": an entry of
 * one line and no text whose head names a school, and no job and no company, is a study.
 */
function bareSchool(state: ParseState, e: ReadEntry): boolean {
  if (e.block.head.length !== 1 || e.block.group.length > 0 || e.block.body.some((l) => l.plain.trim() !== '')) return false;
  // (not a table's row whose description cell may name a school in passing, a long one; nor "PSD (Practice School Division) at BITS", a post at a place)
  if (e.block.head[0]!.cells?.some((c) => c.length > MAX_STUDY_PART) || e.segments.some((s) => s.text.length > MAX_STUDY_PART || /\p{L}/u.test(s.sep))) return false;
  // (nor "**Cygnaeus-lukio (3.5.2005-31.7.2006):** Atk-tuki, verkkosivusuunnittelu": a school, then after a colon what was done there)
  if (e.segments.length > 1 && /[:：]\s*\p{L}/u.test(e.block.head[0]!.plain)) return false;
  const head = wordClasses(e.segments.map((s) => s.text).join(' '), state);
  return head.has('institution') && !head.has('jobTitle') && !head.has('organisation');
}

/** An entry of one head line and one part that names no job and no degree, with no text: a place of work or study alone ("2003/2 -- 現在, 統計数理研究所"). */
function bareName(state: ParseState, e: ReadEntry): boolean {
  if (e.block.head.length !== 1 || e.segments.length !== 1 || e.block.body.some((l) => l.plain.trim() !== '')) return false;
  const c = wordClasses(e.segments[0]!.text, state);
  return !c.has('jobTitle') && !c.has('degree');
}

/**
 * "**Doctor rerum naturalium (Dr. rer. nat.) in Physics**" / "**Duration:** Oct 2020 – Current" among jobs: a head that opens
 * with a degree, with no second part, naming no organisation or post (its only job words are words of that degree, "doctor",
 * and one degree word names no job), is a study.
 */
function degreeTitle(state: ParseState, e: ReadEntry): boolean {
  const first = e.segments[0]?.text ?? '';
  // (not "##### 2018 - 2021: PhD in [LadHyX](…), Palaiseau": a post named by its degree, at a place of work; a comma part of the
  // degree's own line that names nothing is the rest of its field, "**Master of Science (MS) in Colloids, Polymers and Surfaces**")
  const second = e.fields.second;
  if (first.length > MAX_STUDY_PART || (second !== undefined && !(second.line === e.segments[0]?.line && second.sep === ',' && namesNothing(state, second.text)))) return false;
  const head = wordClasses(e.segments.map((s) => s.text).join(' '), state);
  const degree = head.get('degree');
  if (!degree || head.has('organisation') || head.has('employment') || head.has('employedStudy')) return false;
  const jobs = head.get('jobTitle') ?? [];
  if (!jobs.every((j) => degree.some((d) => d.includes(j))) || !degree.some((d) => namesNoJob(d, jobs))) return false;
  return wordClasses(first.split(' ')[0] ?? '', state).has('degree');
}

/**
 * A degree word that is more than a job word: "doctor of philosophy" beside the job word "doctor", not "ingeniero de" beside
 * "ingeniero" (a job word and its preposition, "Ingeniero de Interfaces de Usuario, Facebook").
 */
function namesNoJob(degree: string, jobs: readonly string[]): boolean {
  const rest = jobs.reduce((d, j) => d.replace(j, ' '), degree);
  return rest === degree || rest.split(' ').some((w) => w.length >= 4);
}

/**
 * The head segment that calls the entry a personal project ("(Prywatny projekt)", "Personal Projects"): a projects heading of
 * the lexicons; not one that a connector joins to a linked name on its line, which is the work's role ("**Open Source Work** for [ProbNum](…)").
 */
function projectMark(state: ParseState, e: ReadEntry): Segment | undefined {
  return e.segments.find((s) => {
    const bare = trimChars(s.text, '()（）[] ');
    if (bare.length > 40 || findExactHeading(state, bare) !== 'projects') return false;
    return !e.segments.some((o) => o !== s && o.line === s.line && o.linked && /^\p{L}/u.test(o.sep));
  });
}

/**
 * "### 블루버드 (2년 2개월)" over its roles: the tenure in brackets on the group heading, kept once, with the group's
 * first entry (the head's readers drop a duration as a date's companion, and the group heading has no date of its own);
 * so are the dates a group heading gives ("### 株式会社テスト（2018/07〜2021/09）" over dated roles), as written.
 */
function groupTenure(state: ParseState, e: ReadEntry): string[] {
  // (the group's line with dates: "### **Lead Software Engineer**" / "**Buzzjective** | 11/2017 - 08/2024 | Berlin" over its roles)
  const g = e.block.group.find((l) => lineDates(state, l).length > 0) ?? e.block.group[0];
  const dates = g ? lineDates(state, g) : [];
  if (!g || (!g.plain.includes('(') && !g.plain.includes('（') && dates.length === 0)) return [];
  const kept = (state.memo.get('group-tenure') as Set<Line> | undefined) ?? new Set<Line>();
  state.memo.set('group-tenure', kept);
  if (kept.has(g)) return [];
  kept.add(g);
  // ("### 株式会社テスト（2018/07〜2021/09）" over its dated roles: the organisation's own dates, as written)
  const written = dates.map((d) => g.plain.slice(d.index, d.index + d.length));
  return [...written, ...(g.plain.match(/[(（][^()（）]{1,40}[)）]/gu) ?? []).filter((p) => durationOnly(state, p))];
}

/**
 * Builds one Work from a read entry.
 * @param singleMonthStarts - a single month is when the job started (a section dated by starts alone: "Mar 2020 — Developer
 *   with Appsmith"), not the one month it was held ("Pixiv Internship" / "March 2023 (2 weeks)" among ranges)
 */
export function toWork(state: ParseState, e: ReadEntry, at: string, singleMonthStarts = true, capacity?: { role: string; line: Line | undefined }): Work {
  const w: Work = {};
  const f = e.fields;
  let position = f.first?.text;
  let positionFrom = f.first?.line;
  // a head of dates alone, then "__Université de Lille__ Ingénieur de Recherche; …": the text's opening names both
  const opening = !f.first && !f.second ? leadOrganisation(e.block.body) : undefined;
  if (opening?.role) {
    position = opening.role;
    positionFrom = opening.line;
  }
  if (!position) {
    const lead = leadRole(state, e.block.body, e.block.head) ?? labelledBodyField(state, e.block.body, 'position');
    if (lead) {
      position = lead.text;
      positionFrom = lead.line;
    }
  }
  // ("# Experience as Senior Perl Developer" over "**January 2022 - present**; employed": the heading's role; the kind of employment stays beside it)
  const kind = capacity && position && employmentOnly(state, position) ? position : undefined;
  if (capacity && (!position || kind)) {
    position = capacity.role;
    positionFrom = capacity.line;
  }
  if (position) w.position = position;
  // a head with a role and no organisation: the text may open with it ("*<b>ALFA S.r.l.</b> - Società …*")
  // ("**Research Associate** (06/2016--01/2020)" / "at the Department of Zoology, University of Cambridge. …": after a connector)
  const joined = !f.second && !opening?.role && f.first ? connectorOrganisation(state, e.block.body) : undefined;
  const named = f.second ?? (opening?.role ? opening : f.first ? leadOrganisation(e.block.body) ?? joined : undefined);
  // ("… Digital Press (2018) http://press.example/…": a web address alone is the entry's site, not its organisation)
  if (named && BARE_URL.test(named.text)) w.url = named.text;
  else if (named) w.name = named.text;
  // ("<td>工作地点：上海-闵行区</td>" in the entry's text: a labelled place)
  const place = placeText(e) ?? labelledBodyField(state, e.block.body, 'place')?.text ?? (named === joined ? joined?.place : undefined);
  if (place) w.location = place;
  const site = e.block.head.length > 1 ? e.block.head.map(urlOfLine).find((u) => u !== undefined) : undefined;
  if (site && !w.url) w.url = site;
  const written = dateText(e);
  if (written) w.dateText = written;
  Object.assign(w, isoDates(e.date?.span, 'month', singleMonthStarts));
  const extras = [...(kind ? [kind] : []), ...headExtras(e), ...groupTenure(state, e), ...headDurations(state, e)];
  // ("### ATI Projects - <https://atiprojects.kz/>": a web address of the head that names no field is the entry's site)
  const address = w.url ? -1 : extras.findIndex((x) => BARE_URL.test(x));
  if (address >= 0) w.url = extras.splice(address, 1)[0]!;
  if (extras.length) w.description = extras.join(' · ');
  Object.assign(w, bodyParts(e.block.body));
  noteField(state, `${at}/position`, positionFrom, f.why.first);
  noteField(state, `${at}/name`, named?.line, f.second ? f.why.second : ['bold name opening the entry\'s text']);
  if (e.date) noteField(state, `${at}/startDate`, e.date.line, ['date range on this line']);
  const first = e.block.group[0] ?? e.block.head[0];
  const last = e.block.body[e.block.body.length - 1] ?? e.block.head[e.block.head.length - 1];
  if (first && last) noteField(state, at, { line: first.line, endLine: last.endLine });
  return w;
}

/**
 * {@link mergeRepeatedEntries} over the jobs of earlier sections and this one's ("職務概要" then "アルバイト歴" listing three
 * of the same jobs again): the new entries kept, and where each went, counted from the end of `list` (an earlier
 * section's job: below zero).
 */
function mergeIntoList(list: readonly Work[], works: Work[]): { kept: Work[]; into: number[] } {
  const all = mergeRepeatedEntries([...list, ...works]);
  return { kept: all.kept.slice(list.length), into: all.into.slice(list.length).map((k) => k - list.length) };
}

/** Points the explain notes of folded entries at the entry they joined. */
function renumberNotes(state: ParseState, from: number, key: string, base: number, into: readonly number[]): void {
  const prefix = `/${key}/`;
  for (const n of state.explain.slice(from)) {
    if (!n.field.startsWith(prefix)) continue;
    const rest = n.field.slice(prefix.length);
    const k = parseInt(rest, 10) - base;
    if (k >= 0 && k < into.length) n.field = `${prefix}${base + into[k]!}${rest.slice(String(k + base).length)}`;
  }
}

/**
 * Reads a work section into the model's Work entries (and the section's text before its first entry).
 */
export function readWork(state: ParseState, section: Section, key: 'work' | 'volunteer'): { entries: Work[] | Volunteer[]; studies: Education[]; projects: Project[]; certificates: Certificate[]; intro: ReturnType<typeof readEntryHeads>['intro'] } {
  const heads = readEntryHeads(state, section, 'work');
  const read = { ...heads, entries: preferLabelRoles(state, foldDetailEntries(pairEventEntries(state, heads.entries, 'work'))) };
  const list = key === 'work' ? (state.resume.work ??= []) : (state.resume.volunteer ??= []);
  // ("2003/2 -- 現在, 統計数理研究所" / "2001/4 -- 2003/1, 九州工業大学" / "1996/4 -- 2001/3, 理化学研究所": where two other entries or
  // more name only where, no school, a bare school is a post held there)
  // (asked only once a bare school is found: most sections have none)
  let posts: boolean | undefined;
  const postsByPlace = (): boolean => (posts ??= read.entries.filter((e) => bareName(state, e) && !bareSchool(state, e)).length >= 2);
  const studyLike = new Set(read.entries.filter((e) => ((section.also === 'education' && isStudy(state, e)) || studentAtSchool(state, e) || (key === 'work' && (schoolAndDegree(state, e) || (bareSchool(state, e) && !postsByPlace()) || degreeTitle(state, e)))) && !studiedElsewhere(state, e)));
  // (a doctoral post is a job under a work heading, unless most of the section is studies: "## Parcours" of degrees and a
  // "Doctorant" at a university, which is one of them)
  const mostlyStudies = studyLike.size * 2 > read.entries.length;
  const studied = read.entries.filter((e) => (employedStudy(state, section, e) ? mostlyStudies && (studyLike.has(e) || atSchool(state, e)) : studyLike.has(e)));
  const eduBase = state.resume.education?.length ?? 0;
  const studies = studied.map((e, k) => toEducation(state, e, `/education/${eduBase + k}`));
  const marked = read.entries.map((e) => (studied.includes(e) ? undefined : projectMark(state, e)));
  const certBase = state.resume.certificates?.length ?? 0;
  const certified: Array<{ e: ReadEntry; c: Certificate }> = [];
  read.entries.forEach((e, k) => {
    const c = key === 'work' && !studied.includes(e) && !marked[k] ? readCertification(state, e, `/certificates/${certBase + certified.length}`) : undefined;
    if (c) certified.push({ e, c });
  });
  const projectBase = state.resume.projects?.length ?? 0;
  const sideProjects = read.entries.flatMap((e, k) => { const mark = marked[k]; return mark ? [{ e, mark }] : []; });
  const projects = sideProjects.map(({ e, mark }, k) => toSideProject(state, e, mark, `/projects/${projectBase + k}`));
  const noted = state.explain.length;
  // (where some job of the section has a range, or where it lists one job alone, a job dated by one month was held that month)
  const starts = read.entries.length > 1 && !read.entries.some((e) => e.date && !e.date.span.single);
  const role = sectionCapacity(state, section);
  const capacity = role ? { role, line: section.heading } : undefined;
  const works = read.entries.filter((e, k) => !studied.includes(e) && !marked[k] && !certified.some((x) => x.e === e)).map((e, k) => toWork(state, e, `/${key}/${list.length + k}`, starts, capacity));
  const { kept, into } = key === 'work' ? mergeIntoList(list as Work[], works) : { kept: works, into: works.map((_, k) => k) };
  if (kept.length < works.length) renumberNotes(state, noted, key, list.length, into);
  const entries = kept.map((w) => {
    if (key === 'volunteer') {
      const { name, ...rest } = w;
      return name === undefined ? rest : { organization: name, ...rest };
    }
    return w;
  });
  return { entries, studies, projects, certificates: certified.map((x) => x.c), intro: read.intro };
}
