// Pass: reads every section with the reader of its kind, in document order, and keeps what no reader takes as generic sections.
import { profileOf } from './read-contacts.js';
import { pushAll } from './push-all.js';
import type { GenericSection, Resume, SectionPart } from '../../model/types.js';
import { bodyMarkdown } from './body-markdown.js';
import { addGenericSection } from './add-generic-section.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { lineContacts } from './line-contacts.js';
import { readEducation } from './read-education.js';
import { labelled } from './read-header.js';
import { readImplicit } from './read-implicit.js';
import { readInterests } from './read-interests.js';
import { readLanguages } from './read-languages.js';
import { readSkills } from './read-skills.js';
import { findSpokenLanguages } from './find-spoken-languages.js';
import { readTitledEntries } from './read-titled-entries.js';
import { readWork } from './read-work.js';


/** A link text that names where it leads, no title: two words at most ("Wantedlyプロフィール", "My blog", "jane@mail"). */
function shortLabel(text: string): boolean {
  return text.trim().split(/\s+/).length <= 2;
}

/** A line that holds only contact details, labels and separators (nothing else to keep as text). */
function contactOnly(state: ParseState, l: Line): boolean {
  const c = lineContacts(state, l);
  let rest = l.plain;
  // (a relative link — "[English](./resume-en.md)", the CV in another language — is text to keep, not a contact)
  // (a link titled as a piece of writing — "[Story: 自己PR (学習能力・思考の展開力)](https://…)" — is text to keep too)
  const away = l.links.filter((k) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(k.href) && (profileOf(k.href) !== undefined || shortLabel(k.text))).map((k) => k.text);
  for (const x of [...c.emails, ...c.phones, ...c.urls, ...away]) rest = rest.split(x).join(' ');
  rest = rest.replace(/https?:\/\/\S+|www\.\S+/g, ' ');
  const lab = labelled(state, l);
  if (lab?.label === 'name') return state.resume.basics?.name !== undefined && lab.value.includes(state.resume.basics.name);
  if (lab && ['email', 'website'].includes(lab.label)) return true;
  if (lab?.label === 'phone') return /\d/.test(lab.value);
  // (a Han, kana or Hangul character is a word of its own: "性  别：男" holds the word 男)
  const words = /[\p{L}\p{N}]{2,}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
  // (a label word — "TEL", "GitHub" — is furniture only beside a contact or link: a line of labels alone stays text)
  if (rest === l.plain && !/https?:\/\/|www\./.test(l.plain)) return !words.test(rest);
  return !words.test(rest.replace(/\b(?:e-?mail|tel|phone|mobile|web|github|linkedin|twitter)\b/giu, ' '));
}

/** The header's lines that are neither the name nor contact details: the summary. */
function headerSummary(state: ParseState, section: Section): void {
  const rest = section.lines.filter((l) => !state.consumed.has(l) && l.kind !== 'rule' && !contactOnly(state, l));
  if (!rest.length) return;
  const basics = (state.resume.basics ??= {});
  const text = bodyMarkdown(rest);
  basics.summary = basics.summary ? `${text}\n\n${basics.summary}` : text;
  noteField(state, '/basics/summary', { line: rest[0]!.line, endLine: rest[rest.length - 1]!.endLine }, ['text of the header']);
}

/** Appends entries to a list of the model. */
function append(state: ParseState, key: keyof Resume & string, items: unknown[]): void {
  if (!items.length) return;
  const list = ((state.resume as Record<string, unknown>)[key] ??= []) as unknown[];
  pushAll(list, items);
}

/** Reads one section by its kind (`listsLanguages`: the CV has a languages section). */
function readOne(state: ParseState, s: Section, order: number, listsLanguages: boolean): void {
  switch (s.type) {
    case 'header':
      return headerSummary(state, s);
    case 'contact': {
      const rest = s.lines.filter((l) => !state.consumed.has(l) && !contactOnly(state, l));
      if (rest.length) addGenericSection(state, s.title, rest, order, s.heading);
      return;
    }
    case 'summary': {
      const text = bodyMarkdown(s.lines);
      if (!text) return;
      const basics = (state.resume.basics ??= {});
      basics.summary = basics.summary ? `${basics.summary}\n\n${text}` : text;
      noteField(state, '/basics/summary', s.heading, ['summary section']);
      return;
    }
    case 'work':
    case 'volunteer': {
      if (s.implicit) return readImplicit(state, s, order);
      const r = readWork(state, s, s.type);
      append(state, s.type, r.entries);
      append(state, 'education', r.studies);
      append(state, 'projects', r.projects);
      append(state, 'certificates', r.certificates);
      if (r.intro.length) addGenericSection(state, s.title, r.intro, order, s.heading);
      return;
    }
    case 'education': {
      const r = readEducation(state, s);
      append(state, 'education', r.entries);
      append(state, 'work', r.jobs);
      append(state, 'certificates', r.certificates);
      if (r.intro.length) addGenericSection(state, s.title, r.intro, order, s.heading);
      return;
    }
    case 'projects':
    case 'awards':
    case 'certificates':
    case 'publications':
    case 'references': {
      const r = readTitledEntries(state, s, s.type);
      append(state, s.type, r.entries);
      if (r.intro.length) addGenericSection(state, s.title, r.intro, order, s.heading);
      return;
    }
    case 'skills': {
      const skills = readSkills(state, s);
      append(state, 'skills', skills);
      // "**Languages**: Python, Go, … English, Hindi": the spoken ones are languages too, unless the CV lists them apart
      if (!listsLanguages) append(state, 'languages', findSpokenLanguages(state, skills));
      return;
    }
    case 'languages':
      return append(state, 'languages', readLanguages(state, s, state.resume.languages?.length ?? 0));
    case 'interests':
      return append(state, 'interests', readInterests(state, s));
    default:
      return addGenericSection(state, s.title, s.lines, order, s.heading);
  }
}

/** Records the CV's own heading of each standard section (in document order) and the order of all sections. */
function recordTitles(state: ParseState): void {
  const titles = new Map<string, string[]>();
  // each generic section's key is new ("sections/0", "sections/1", …): only the standard kinds need a set to be listed once
  const order: string[] = [];
  const listed = new Set<string>();
  let generic = 0;
  for (const s of state.sections) {
    if (s.type === 'header' || s.type === 'doctitle') continue;
    if (s.type === 'generic') order.push(`sections/${generic++}`);
    else {
      const key = s.type === 'summary' ? 'basics/summary' : s.type;
      if (!listed.has(key)) order.push(key);
      listed.add(key);
    }
    if (s.type === 'generic' || !s.title) continue;
    // the first twenty titles of each kind
    const list = titles.get(s.type);
    if (!list) titles.set(s.type, [s.title]);
    else if (list.length < 20) list.push(s.title);
  }
  const meta = (state.resume.meta ??= {});
  if (titles.size) meta.sectionTitles = Object.fromEntries([...titles].map(([k, v]) => [k, v.join(' / ')]));
  if (order.length) meta.sectionOrder = order;
}

/** How many entries the model's list `key` holds so far. */
function listLength(state: ParseState, key: string): number {
  return ((state.resume as Record<string, unknown>)[key] as unknown[] | undefined)?.length ?? 0;
}

/** The lists of dated entries a CV may give under several headings of its own (see {@link recordParts}). */
const PART_KEYS: ReadonlySet<string> = new Set(['work', 'volunteer', 'education', 'projects', 'awards', 'certificates', 'publications']);

/** Section kinds that are no standard section a theme places (the `after` of a part skips them). */
const UNPLACED: ReadonlySet<string> = new Set(['header', 'doctitle', 'contact', 'generic']);

/**
 * Records `meta.sectionParts` for the lists whose entries the CV gives under two headings or more ("Work
 * Experience" … "Teaching Experience"), so that a theme prints each part under its own heading where the CV
 * has it, instead of one section titled "Work Experience / Teaching Experience". A heading that gave no entry
 * is no part.
 */
function recordParts(state: ParseState, parts: SectionPart[]): void {
  const kept: SectionPart[] = [];
  for (const key of PART_KEYS) {
    const length = listLength(state, key);
    const mine = parts.filter((p, i) => p.key === key && p.from < (parts.slice(i + 1).find((q) => q.key === key)?.from ?? length));
    if (mine.length > 1) kept.push(...mine);
  }
  if (kept.length) (state.resume.meta ??= {}).sectionParts = kept.sort((a, b) => parts.indexOf(a) - parts.indexOf(b));
}

/** Pass: reads all sections in document order; records the order, titles and parts of the sections for the themes. */
export function readSections(state: ParseState): void {
  // asked once, not per skills section (a CV of 20,000 "**Skills:**" lines made it quadratic)
  const listsLanguages = state.sections.some((x) => x.type === 'languages');
  const parts: SectionPart[] = [];
  let after = '';
  state.sections.forEach((s, order) => {
    if (s.heading && s.type !== 'generic' && s.type !== 'header') noteField(state, `/${s.type === 'summary' ? 'basics/summary' : s.type}`, s.heading, s.why);
    if (PART_KEYS.has(s.type) && s.title && !s.implicit) {
      parts.push({ key: s.type, title: s.title, from: listLength(state, s.type), after });
    }
    readOne(state, s, order, listsLanguages);
    if (!UNPLACED.has(s.type)) after = s.type;
  });
  recordTitles(state);
  recordParts(state, parts);
}
