// Pass: decides which lines start sections (headings, bold or capitalised lines, "Label:" lines, in any language) and splits the document into sections.
import { lineContacts } from './line-contacts.js';
import { isCaps, UNCASED_LETTER } from './is-caps.js';
import type { SectionKind } from '../../model/lexicon/lexicon-types.js';
import { SECTION_EMOJI } from '../../model/lexicon/section-emoji.js';
import { findLexicon } from '../../model/lexicon/find-lexicon.js';
import { headingKey, type HeadingClass } from './classify-heading.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { makeLine } from './build-lines.js';
import { lineDates } from './line-dates.js';
import { dropDurationTail } from './drop-duration-tail.js';
import { dateOnly } from './date-only.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { pushAll } from './push-all.js';
import { countWords } from './count-words.js';
import { pageTitleSection } from './page-title-section.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { wordClasses } from './score-segment.js';
import { namesJobAtPlace } from './names-job-at-place.js';

/** Sections whose content is a list of dated entries. */
export const ENTRY_KINDS: ReadonlySet<string> = new Set<SectionKind>(['work', 'volunteer', 'education', 'projects', 'publications', 'awards', 'certificates', 'references']);

/** Sections of dated entries: jobs, volunteering and schools. */
export const DATED_KINDS: ReadonlySet<string> = new Set<SectionKind>(['work', 'volunteer', 'education']);

/** A line whose text is one link's. */
function wholeLink(l: Line): boolean {
  return l.links.length === 1 && l.links[0]!.text.trim() === l.plain.trim();
}

/** A line opening with an emoji (a pictograph, with its modifiers). */
const PICTOGRAPH_START = /^\p{Extended_Pictographic}/u;

/** Sections that are lists of names, which a plain list item over nested items can title. */
const LIST_KINDS: ReadonlySet<string> = new Set<SectionKind>(['languages', 'skills', 'interests']);

/** Rank of a line as a possible heading: 1–6 for headings, 7 for a bold or capitalised line alone, 8 for a short "Label:" line; 0 = none. */
export function headingRank(lines: readonly Line[], i: number, state?: ParseState): number {
  const l = lines[i]!;
  if (l.kind === 'heading') return l.level;
  // ("Education | ;)" over "2018 - 2020 | Commercial academy": a table's header row whose one cell with letters is its first names its rows' section)
  if (l.kind === 'row') return l.header && l.cells && l.cells.length > 1 && countWords(l.cells[0]!) <= 4 && l.cells.slice(1).every((c) => !LETTER.test(c)) ? 9 : 0;
  if (l.kind !== 'text' && l.kind !== 'item') return 0;
  if (l.plain.length > 70 || !l.plain) return 0;
  const alone = lines[i - 1]?.block !== l.block && lines[i + 1]?.block !== l.block;
  const words = countWords(l.plain);
  if (l.kind === 'text' && alone && words <= 8 && (l.bold || isCaps(l.plain))) return 7;
  if (/[:：]$/.test(l.plain) && words <= 5 && lines[i + 1]?.block !== l.block) return 8;
  // a short plain line alone in its paragraph may be a heading written without markup ("<i class=…></i> Education")
  // ("[Краткое резюме](README_ru.md)": a line that is one link is a link to another page, not a heading)
  // ("Опыт работы — 6 лет 7 месяцев": words counted without the duration a job board's export writes after it)
  if (l.kind === 'text' && alone && (words <= 4 || (state !== undefined && countWords(dropDurationTail(state, l.plain)) <= 4)) && !/[.,;!?]$/.test(l.plain) && !wholeLink(l)) return 9;
  // "💼 Experience" over the paragraph's first entry line: a section word an emoji opens starts its paragraph as a heading
  if (l.kind === 'text' && lines[i - 1]?.block !== l.block && words <= 4 && !/[:：]/.test(l.plain) && PICTOGRAPH_START.test(l.md)) return 9;
  // "**Education**" then, after a line break, "2005-2007 - BSc. …" in the same paragraph: a bold line opening its paragraph may head it too
  if (l.kind === 'text' && l.bold && lines[i - 1]?.block !== l.block && words <= 4 && !/[:：]/.test(l.plain)) return 7;
  // ("EXPERIENCIA PROFESIONAL" over "MARY KAY COLOMBIA & USA" / "IT Senior Leader | Technical Lead", text pasted from Word with no blank line: so may a line in capitals)
  if (l.kind === 'text' && lines[i - 1]?.block !== l.block && words <= 4 && !/[:：]/.test(l.plain) && isCaps(l.plain) && !UNCASED_LETTER.test(l.plain)) return 7;
  // "* Sprachen" over nested items ("* Englisch (perfekt)"): a list item that may title the items under it
  const next = lines[i + 1];
  if (l.kind === 'item' && words <= 3 && l.links.length === 0 && next?.kind === 'item' && next.depth > l.depth && !/[.,;!?]$/.test(l.plain)) return 9;
  return 0;
}

const LETTER = /\p{L}/u;



/**
 * A line with a date, or followed within three lines (before the next heading) by one; with `under`, a deeper
 * heading right under a heading may be its date ("### Role, Org" / "##### July 2021–July 2022").
 */
function datedSoon(state: ParseState, lines: readonly Line[], i: number, under = false): boolean {
  const head = lines[i]!;
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    const l = lines[k]!;
    if (k > i && l.kind === 'heading') return under && k === i + 1 && head.kind === 'heading' && l.level > head.level && lineDates(state, l).length > 0;
    if (lineDates(state, l).length) return true;
  }
  return false;
}

/** The current section holds two or more headings below `rank` with a date within three lines of each: entries written as headings. */
function headedEntries(cut: Cut, rank: number): boolean {
  const lines = cut.current.lines;
  let n = 0;
  lines.forEach((l, k) => {
    if (l.kind === 'heading' && l.level > rank && lines.slice(k + 1, k + 4).some((x) => x.kind !== 'heading' && lineDates(cut.state, x).length > 0)) n++;
  });
  return n >= 2;
}

/** How many headings of the current section, below `rank`, hold a date themselves. */
function datedHeadingsBelow(cut: Cut, rank: number): number {
  return cut.current.lines.filter((l) => l.kind === 'heading' && l.level > rank && lineDates(cut.state, l).length > 0).length;
}

/**
 * Dates first ("07/2023 → oggi" over "### IT Manager"): the line before the heading holds only a date, and the
 * heading is at the rank of the section's entries, or the date line is all the section holds so far.
 */
function datedBefore(cut: Cut, i: number, rank: number): boolean {
  const prev = cut.lines[i - 1];
  if (!prev || prev.kind === 'heading' || !dateOnly(cut.state, prev)) return false;
  const lines = cut.current.lines;
  return rank === cut.entryRank || (cut.entryRank === 9 && lines.length === 1 && lines[0] === prev);
}

/** The heading rank most classified headings share: the document's section level. */
function sectionRank(classes: ReadonlyArray<{ rank: number; cls: HeadingClass }>): number {
  // each kind counts once per rank: a bold "Achievements:" in every job is one vote, not one per job
  const weights = new Map<string, number>();
  for (const c of classes) {
    if (c.cls.kind === 'doctitle') continue;
    const key = `${c.rank} ${c.cls.kind}`;
    weights.set(key, Math.max(weights.get(key) ?? 0, c.cls.how === 'exact' ? 2 : 1));
  }
  const votes = new Map<number, number>();
  for (const [key, w] of weights) {
    const rank = Number(key.slice(0, key.indexOf(' ')));
    votes.set(rank, (votes.get(rank) ?? 0) + w);
  }
  // headings of two kinds or more at one level are the sections: "- Языки:" labels under them are parts
  const kindsAt = new Map<number, number>();
  for (const key of weights.keys()) {
    const rank = Number(key.slice(0, key.indexOf(' ')));
    kindsAt.set(rank, (kindsAt.get(rank) ?? 0) + 1);
  }
  const headingsOnly = [...kindsAt].some(([rank, kinds]) => rank <= 6 && kinds >= 2);
  let best = 0;
  let bestVotes = 0;
  for (const [rank, n] of votes) {
    if (headingsOnly && rank > 6) continue;
    if (n > bestVotes || (n === bestVotes && rank < best)) {
      best = rank;
      bestVotes = n;
    }
  }
  return best;
}

/** Walking state of the pass. */
interface Cut {
  state: ParseState;
  lines: readonly Line[];
  rank: number;
  /** A date heading stands at the section level or above: heading levels carry no meaning (a converted PDF). */
  noisy: boolean;
  current: Section;
  /** Rank of the heading that started the current entry inside an entry section (9 = none). */
  entryRank: number;
  /** A "* Languages:" item with nested items opened the current section: it ends with them, and the section before goes on. */
  scope?: { depth: number; before: Section };
  /** The index of the line being read. */
  at: number;
  /** A sub-heading below the section level opened the current section: a plain heading at its rank goes back to the section it was in. */
  sub?: { rank: number; parent: Section };
}

function open(cut: Cut, type: Section['type'], heading: Line, cls: HeadingClass | undefined, why: string[]): void {
  const written = heading.plain.replace(/[:：]\s*$/, '').trim();
  // ("# 💼": a heading of one emoji is titled with it and the section's word in the CV's language, "💼 Experience")
  const title = cls && cls.phrase in SECTION_EMOJI && cls.kind !== 'doctitle' ? `${written} ${findLexicon(cls.lang).labels[cls.kind]}` : written;
  const s: Section = { type, title, heading, lines: [], why };
  if (cls) s.lang = cls.lang;
  if (cls?.also) s.also = cls.also;
  if (cls?.how === 'contains') s.loose = true;
  const next = cut.lines[cut.at + 1];
  // (or over its own hard-broken lines: "* **学历**：␣␣" / "  复旦大学…学士" then "* **联系电话**：…", a sibling item of the list before)
  const scope = heading.kind === 'item' && (next?.kind === 'item' || next?.kind === 'text') && next.depth > heading.depth ? { depth: heading.depth, before: cut.current } : undefined;
  enter(cut, s, 9);
  if (scope) cut.scope = scope;
}

/** Makes `s` the section lines go to from here: added to the sections, with no list-item scope or sub-section of the one before, entries starting at `entryRank`. */
function enter(cut: Cut, s: Section, entryRank: number): void {
  cut.state.sections.push(s);
  delete cut.scope;
  delete cut.sub;
  cut.current = s;
  cut.entryRank = entryRank;
}

/** Ends a list-item section ("* Languages:" over nested items or its own broken lines) at the first line that is not one of them. */
function closeScope(cut: Cut, line: Line): void {
  if (!cut.scope || ((line.kind === 'item' || line.kind === 'text') && line.depth > cut.scope.depth)) return;
  cut.current = cut.scope.before;
  delete cut.scope;
}

/** Decides what a classified line does: opens a section, records a document title, or stays content. */
function onClassified(cut: Cut, line: Line, rank: number, cls: HeadingClass): boolean {
  if (cls.kind === 'doctitle') {
    if (cut.current.type === 'header' || rank <= cut.rank) {
      cut.state.docTitles.push(line.plain);
      return true;
    }
    return false;
  }
  // ("#### Quelques clients / projets" under "### [Adfab](…) – *sept. 2015 à mars 2020*" in a run of jobs found by their headings: a part of the job)
  if (cut.current.implicit && cut.current.type === 'work' && line.kind === 'heading' && line.level > cut.entryRank && cls.how !== 'exact') return false;
  const why = [`heading "${headingKey(line.plain)}" is the ${cls.lang} word for ${cls.kind} (${cls.how} match)`, rank <= 6 ? `heading level ${rank}` : rank === 7 ? 'bold or capitalised line alone' : rank === 8 ? 'short line ending with a colon' : line.kind === 'item' ? 'short list item over nested items' : 'short line alone in its paragraph'];
  const inEntries = ENTRY_KINDS.has(cut.current.type);
  if (rank <= cut.rank) {
    open(cut, cls.kind, line, cls, why);
    return true;
  }
  // deeper than the section level: a part of the current entry, a sub-section of the same kind, or a new section
  if (inEntries && rank > cut.entryRank) return false;
  // ("## 業務外の活動" / "### 資格など": under a heading that only holds its kind's phrase, one naming another kind is a section of its own)
  // (and ends a sub-section at its rank as an unknown heading does: "## Ближайшие интересы" after "## Иностранные языки" under "# Навыки")
  // (unless headings of its level opened sections of other kinds: "### **Entrepreneurial Experience**" after "### **Professional Experience**" and "### About YEAN Technologies", under a CV whose "# Education" is at level 1)
  if (cls.how === 'contains' && !(cut.current.loose && cls.kind !== cut.current.type && line.kind === 'heading') && !peerSections(cut, line)) {
    closeSubSection(cut, line, rank);
    return false;
  }
  // "2000年08月～2002年11月 - プロジェクト・エー株式会社": a dated sub-heading in an entry section is an entry, whatever word it holds
  if (inEntries && cls.how !== 'exact' && lineDates(cut.state, line).length > 0) return false;
  // ("### Consultante Cheffe de projet Communication - Bénévolat" among the job headings: a role and the kind of post it was)
  if (inEntries && cls.how === 'part' && rank === cut.entryRank && wordClasses(line.plain.slice(0, 200), cut.state).has('jobTitle')) return false;
  if (cls.kind !== cut.current.type || (inEntries && cls.how === 'exact')) {
    if (cls.kind === cut.current.type) return false;
    // (a sub-heading beside another one goes back to the same section: "## 技能" / "### 語言能力" / "### 程式語言" / "### 前端框架")
    const parent = cut.sub && rank <= cut.sub.rank ? cut.sub.parent : cut.current;
    open(cut, cls.kind, line, cls, [...why, 'a sub-heading of another kind']);
    // (a bold line alone opens one as well: "**Languages:**" under "## Skills", ended by "**Technical:**")
    if (parent.type !== 'header' && (line.kind === 'heading' || boldLabelAlone(line, rank))) cut.sub = { rank, parent };
    return true;
  }
  return false;
}

/** Whether two sections or more were opened by headings of the line's level (the line a heading): it is a section's heading too. */
function peerSections(cut: Cut, line: Line): boolean {
  if (line.kind !== 'heading') return false;
  let n = 0;
  for (const s of cut.state.sections) if (s.heading?.kind === 'heading' && s.heading.level === line.level) n++;
  return n >= 2;
}

/** "**Languages:**": a bold line alone (a heading's rank of 7) that ends with a colon. */
function boldLabelAlone(line: Line, rank: number): boolean {
  return line.kind === 'text' && rank === 7 && /[:：]$/u.test(line.plain);
}

/**
 * "### Software" after "### Sprachkenntnisse" under "## Kenntnisse": a heading at a sub-section's rank (deeper than the
 * section level) ends the sub-section, and the section it was opened in goes on. Returns whether it ended one.
 */
function closeSubSection(cut: Cut, line: Line, rank: number): boolean {
  if (!cut.sub || rank > cut.sub.rank || rank <= cut.rank) return false;
  // (so does a bold line alone after a sub-section opened by one: "**Technical:**" after "**Languages:**" under "## Skills")
  if (line.kind !== 'heading' && !(boldLabelAlone(line, rank) && rank === cut.sub.rank)) return false;
  cut.current = cut.sub.parent;
  delete cut.sub;
  return true;
}

/**
 * "<p>Bonjour ! Je suis professeur …</p>" / "## Enseignement" / … / "## Parcours": a heading at the sections' own level
 * after a paragraph of prose in the header is a section of its own (the first heading of a header, else, may be a name
 * or a tagline).
 */
function afterIntroduction(cut: Cut, line: Line, rank: number): boolean {
  return line.kind === 'heading' && rank === cut.rank && cut.current.lines.some((l) => l.kind === 'text' && l.plain.length > 80 && /[.!?]\s/.test(l.plain));
}

/** Two headings or more deeper than `level` right under line `i`, up to the next heading of its level, each naming a job at a place (a job word and a connector), one dated soon after. */
function jobHeadingsBelow(cut: Cut, i: number, level: number): boolean {
  let jobs = 0;
  let dated = false;
  for (let k = i + 1; k < cut.lines.length; k++) {
    const l = cut.lines[k]!;
    if (l.kind !== 'heading') continue;
    if (l.level <= level) break;
    if (!namesJobAtPlace(cut.state, l.plain)) return false;
    jobs++;
    dated ||= datedSoon(cut.state, cut.lines, k);
  }
  return jobs >= 2 && dated;
}

/** Whether line `i` is a heading naming a job with a deeper dated heading right under it ("## Architecte IoT" / "### [The Bubbles Company](…) – *sept. 2014 à janv. 2015*"). */
function roleOverDatedHeading(cut: Cut, i: number): boolean {
  const l = cut.lines[i]!;
  const next = cut.lines[i + 1];
  // (or over a deeper heading whose next line is the date: "<h2>Senior UX Designer</h2>" / "<h4>Amazon.com, Inc …</h4>" / "<p>August 2021 - September 2023</p>")
  // (a heading broken in two, "Amazon.com, Inc <br /> Amazon Software Builder Experience (Boston, MA)", is one)
  let k = i + 2;
  while (next && cut.lines[k]?.kind === 'heading' && cut.lines[k]!.block === next.block) k++;
  const after = cut.lines[k];
  const dated = next !== undefined && (lineDates(cut.state, next).length > 0 || (after !== undefined && after.kind !== 'heading' && dateOnly(cut.state, after)));
  return l.kind === 'heading' && next?.kind === 'heading' && next.level > l.level && lineDates(cut.state, l).length === 0 && dated && wordClasses(l.plain, cut.state).has('jobTitle');
}

/**
 * Whether line `i` is a heading naming a job whose next line opens with its dates, with deeper headings in its part ("## 주식회사
 * 보이저 · 플랫폼실 · 프론트엔드 개발자" / "**2025.08 ~ 2026.04 (9개월)** …" / "### 자사 홈페이지 리뉴얼 (2025.08 ~ 2026.03)": the deeper
 * headings are the job's projects).
 */
function roleOverDateLine(cut: Cut, i: number): boolean {
  const l = cut.lines[i]!;
  const next = cut.lines[i + 1];
  if (l.kind !== 'heading' || !next || next.kind === 'heading' || next.block === l.block) return false;
  const d = lineDates(cut.state, next)[0];
  if (!d || d.index > 2 || lineDates(cut.state, l).length > 0 || !wordClasses(l.plain, cut.state).has('jobTitle')) return false;
  for (let k = i + 2; k < cut.lines.length; k++) {
    const h = cut.lines[k]!;
    if (h.kind === 'heading') return h.level > l.level;
  }
  return false;
}

/**
 * Whether line `i` is a heading naming a job with its period, shallower than the section it comes in, whose part holds deeper
 * headings ("# 경력 기술서" / "### **모던웨이브** - R&D 본부 선임연구원 (2017년 12월 ~ 재직중)" / "#### 주요 프로젝트" / …: the
 * deeper headings are the job's).
 */
function datedRoleOverHeadings(cut: Cut, i: number): boolean {
  const l = cut.lines[i]!;
  if (l.kind !== 'heading' || (cut.current.type !== 'header' && l.level >= cut.rank)) return false;
  if (!lineDates(cut.state, l).some((d) => !d.single) || !wordClasses(l.plain, cut.state).has('jobTitle')) return false;
  for (let k = i + 1; k < cut.lines.length; k++) {
    const h = cut.lines[k]!;
    if (h.kind === 'heading') return h.level > l.level;
  }
  return false;
}

/**
 * "## Consultant technique senior" / "### [Adfab](…) – *sept. 2015 à mars 2020*" / … / "## Architecte IoT" / "### [The Bubbles
 * Company](…) – …": a heading naming a job over a deeper dated heading, when the CV has two such pairs or more at these levels
 * and no work section holds it, opens a work section with no heading of its own (the heading is its first entry's), and keeps each
 * next such heading at that level in it. Returns whether it did either.
 */
function openRolePairs(cut: Cut, i: number, line: Line): boolean {
  const overHeading = roleOverDatedHeading(cut, i);
  const overLine = !overHeading && roleOverDateLine(cut, i);
  if (!overHeading && !overLine && !datedRoleOverHeadings(cut, i)) return false;
  // (in the work section it opened, each such heading at its level is one more entry)
  if (cut.current.type === 'work') return cut.current.implicit === true && line.level === cut.entryRank;
  const level = line.level;
  const under = cut.lines[i + 1]!.level;
  const isPair = (k: number): boolean => (overHeading ? cut.lines[k + 1]!.level === under && roleOverDatedHeading(cut, k) : overLine ? roleOverDateLine(cut, k) : datedRoleOverHeadings(cut, k));
  let pairs = 0;
  // (a dated job heading over deeper ones is counted with those above it: a sub-section between them may have opened)
  for (let k = overHeading || overLine ? i : 0; k < cut.lines.length - 1 && pairs < 2; k++) {
    if (cut.lines[k]!.kind === 'heading' && cut.lines[k]!.level === level && isPair(k)) pairs++;
  }
  if (pairs < 2) return false;
  const why = overHeading ? `headings level ${level} name jobs over dated headings level ${under}` : `headings level ${level} name jobs, each dated${overLine ? ' on its next line' : ''}, over deeper headings`;
  enter(cut, { type: 'work', title: '', lines: [], implicit: true, why: [why] }, level);
  return true;
}

/** Two top-level list items or more and no heading: a section whose entries are items. */
function itemsOnly(lines: readonly Line[]): boolean {
  return lines.filter((l) => l.kind === 'item' && l.depth === 0).length >= 2 && !lines.some((l) => l.kind === 'heading');
}

/** The line holds an email address, a phone number or a profile link. */
function holdsContacts(state: ParseState, line: Line): boolean {
  const c = lineContacts(state, line);
  return c.emails.length > 0 || c.phones.length > 0 || c.profiles.length > 0;
}

/** Decides what an unclassified heading-like line does: an entry of the current section, or a new generic section. */
function onUnclassified(cut: Cut, i: number, line: Line, rank: number): boolean {
  const sub = cut.sub;
  if (closeSubSection(cut, line, rank)) {
    // ("Work & Education" / "## Education" / … / "## Postgraduate Examinations" / "## Work": under a heading naming two kinds,
    // which its sub-sections part, a heading at their rank naming neither is a section of its own)
    if (!cut.current.also || rank !== sub?.rank || line.kind !== 'heading') return false;
    open(cut, 'generic', line, undefined, [`heading level ${rank} names no known section`, 'it sits among the sub-sections of a heading naming two kinds']);
    return true;
  }
  if (rank > 6 || rank > cut.rank) return false;
  // (the heading stays a line of the section it opens: its first entry's role)
  if (openRolePairs(cut, i, line)) return false;
  const inEntries = ENTRY_KINDS.has(cut.current.type);
  if (cut.current.type === 'header') {
    // ("## Core principles" over "### Web Designer at Cefco" / "Jan 2012 - June 2013": a heading over jobs opens their section, see retypeJobSections)
    if (line.kind === 'heading' && jobHeadingsBelow(cut, i, line.level)) {
      open(cut, 'generic', line, undefined, [`heading level ${rank} names no known section`, 'the headings under it name jobs at places']);
      return true;
    }
    if (cut.state.sections.length === 1 && cut.current.lines.filter((l) => l.kind === 'heading').length < 2 && !afterIntroduction(cut, line, rank)) return false;
    // ("#### Centro – BH/MG - Telefones: 3201-5023 / 99718-1075", "#### E-mails: …", "#### [LinkedIn](…)": a heading of the header
    // that holds contact details is a header line set large, not a section)
    if (cut.state.sections.length === 1 && line.kind === 'heading' && holdsContacts(cut.state, line)) return false;
  }
  if (inEntries && cut.noisy) return false;
  // a heading at the section level after entries marked otherwise (dated terms, items) is the next section
  // (not where the entries above are headings dated under them, as this one is: "#### Tutor" / "**Mayo 2021 - …**" then
  // "### Desarrollador Web Python" / "**ITProcess**" / "**Mayo 2020 - Octubre 2020**", one level too high)
  // (or items alone, undated: "### Education" / "- Maine College of Art, Portland, ME — **Master of Fine Arts:** Studio Art" / … / "### Selected Exhibitions")
  if (inEntries && rank === cut.rank && cut.entryRank > rank && (cut.current.lines.some((l) => l.kind !== 'heading' && lineDates(cut.state, l).length > 0) || itemsOnly(cut.current.lines)) && !(headedEntries(cut, rank) && datedSoon(cut.state, cut.lines, i))) {
    open(cut, 'generic', line, undefined, [`heading level ${rank} names no known section`, 'entries above it were not headings']);
    return true;
  }
  if (inEntries && datedBefore(cut, i, rank)) {
    cut.entryRank = rank;
    return false;
  }
  // ("## 職務経歴" / "### 2016/11 - 2017/10：株式会社X（…）" twice or more, then "## その他": an undated heading at the section's own level,
  // naming no job, after entries that are dated headings below it, is the next section, whatever dates its list holds)
  if (inEntries && rank === cut.rank && line.kind === 'heading' && lineDates(cut.state, line).length === 0 && datedHeadingsBelow(cut, rank) >= 2 && !wordClasses(line.plain, cut.state).has('jobTitle')) {
    open(cut, 'generic', line, undefined, [`heading level ${rank} names no known section`, 'the entries above it are dated headings below its level']);
    return true;
  }
  // ("#### Work Experience" / "### Role, Org" / "##### July 2021–July 2022": entries one level above their section, dated by a heading below)
  // (or at the section's own level, naming a job: "## Experience" / "## Engineering Manager at Canva" / "#### July 2025 - March 2026")
  const under = inEntries && (rank < cut.rank || (rank === cut.rank && line.kind === 'heading' && wordClasses(line.plain, cut.state).has('jobTitle')));
  if ((inEntries || cut.current.type === 'header') && datedSoon(cut.state, cut.lines, i, under)) {
    cut.entryRank = Math.min(cut.entryRank, rank);
    return false;
  }
  if (inEntries && rank > cut.rank - 1 && cut.current.lines.length === 0) return false;
  open(cut, 'generic', line, undefined, [`heading level ${rank} names no known section`]);
  return true;
}

/**
 * Every line that may be a heading and names a section, with its rank (each line's rank is written to `ranks`). A bold or label line that comes
 * again ("**Accomplishments**" under every job) is a part of each entry, not a section: a section comes once.
 */
function classifyLines(state: ParseState, ranks: Uint8Array): Array<{ i: number; rank: number; cls: HeadingClass }> {
  const classes: Array<{ i: number; rank: number; cls: HeadingClass; key: string }> = [];
  const times = new Map<string, number>();
  for (let i = 0; i < state.lines.length; i++) {
    const rank = (ranks[i] = headingRank(state.lines, i, state));
    if (!rank) continue;
    // a plain line is a heading only when all of it names a section: its key is a known phrase (else it is not classified)
    // ("Опыт работы — 6 лет 7 месяцев": a plain line is read without the duration after it)
    const line = state.lines[i]!;
    const text = line.kind === 'row' ? line.cells![0]! : rank >= 9 ? dropDurationTail(state, line.plain) : line.plain;
    const key = rank >= 7 ? headingKey(text) : '';
    if (rank >= 9 && !LEXICON_INDEX.sections.has(key)) continue;
    const cls = classifyHeadingIn(state, text);
    if (!cls || (rank >= 9 && cls.how !== 'exact')) continue;
    // (an unmarked item titles only a list of names: languages, skills, interests; never entries)
    if (rank === 9 && state.lines[i]!.kind === 'item' && !LIST_KINDS.has(cls.kind)) continue;
    // (a heading is counted by its key too, marked apart from the plain lines' keys)
    const counted = key || `#${headingKey(text)}`;
    classes.push({ i, rank, cls, key: counted });
    times.set(counted, (times.get(counted) ?? 0) + 1);
  }
  // ("### 🏢 Company (2020.8-2022.12)" / "#### 担当業務" under every job: a heading that comes again below a heading that comes once is a part of each entry)
  const once = (c: { key: string }): boolean => (times.get(c.key) ?? 0) < 2;
  // ("# Резюме программиста" over "## Образование" twice among "## Опыт работы", "## Навыки и умения": the document's title
  // comes once above the sections, and counts for no level)
  const top = Math.min(7, ...classes.filter((c) => c.key.startsWith('#') && once(c) && c.cls.kind !== 'doctitle').map((c) => c.rank));
  return classes.filter((c) => once(c) || (c.key.startsWith('#') && c.rank <= top)).map(({ i, rank, cls }) => ({ i, rank, cls }));
}

/**
 * A section word that titles the whole document ("# 職務経歴" above "## 要約" … "## 職務経歴"): the first
 * classified heading, alone above the section level, whose kind comes again at the section level.
 */
function titleHeading(lines: readonly Line[], classes: ReadonlyArray<{ i: number; rank: number; cls: HeadingClass }>, rank: number): { i: number; rank: number; cls: HeadingClass } | undefined {
  const first = classes[0];
  if (!first || first.rank >= rank || first.rank > 6 || first.cls.how !== 'exact') return undefined;
  const rest = classes.slice(1);
  if (lines.some((l, i) => i !== first.i && l.kind === 'heading' && l.level <= first.rank)) return undefined;
  return rest.some((c) => c.rank === rank && c.cls.kind === first.cls.kind) ? first : undefined;
}

/** "**Languages:** English, German": a bold label that names a section, then its content on the same line (undefined: the line stays as it is). */
function splitLabelLine(state: ParseState, l: Line): Line[] | undefined {
  if ((l.kind !== 'text' && l.kind !== 'item') || l.bold || !l.boldParts[0] || l.depth > 0) return undefined;
  const label = l.boldParts[0];
  if (!l.plain.startsWith(label)) return undefined;
  const after = l.plain.slice(label.length).trimStart();
  if (!/[:：]$/.test(label) && !/^[:：]/.test(after)) return undefined;
  const cls = classifyHeadingIn(state, label);
  if (!cls || cls.how === 'contains' || cls.kind === 'doctitle') return undefined;
  const m = /^(\*\*|__)(.+?)\1\s*[:：]?\s*/.exec(l.md);
  if (!m) return undefined;
  const rest = l.md.slice(m[0].length).replace(/^[\s:：\-–—]+/, '');
  const place = { line: l.line, endLine: l.endLine, block: l.block };
  const head = makeLine('text', `**${m[2]!.replace(/[:：]\s*$/, '')}**`, { ...place, block: l.block - 0.5 });
  return rest ? [head, makeLine(l.kind, rest, place)] : [head];
}

/**
 * The classified lines that vote for the section level: not a "Label:" or bold line under a heading deeper than the
 * shallowest classified heading ("# Ervaring" / "## Role" / "### 2011 - 2018" / "Aandachtsgebieden:"), a part of an entry.
 */
function votingClasses(lines: readonly Line[], classes: ReadonlyArray<{ i: number; rank: number; cls: HeadingClass }>): ReadonlyArray<{ i: number; rank: number; cls: HeadingClass }> {
  const top = Math.min(...classes.filter((c) => c.rank <= 6).map((c) => c.rank));
  if (!Number.isFinite(top)) return classes;
  let level = 0;
  let next = 0;
  const out: Array<{ i: number; rank: number; cls: HeadingClass }> = [];
  for (const c of classes) {
    for (; next <= c.i; next++) if (lines[next]!.kind === 'heading' && lines[next]!.level > 0) level = lines[next]!.level;
    if (c.rank <= 6 || level <= top) out.push(c);
  }
  return out;
}

/**
 * Pass: splits `state.lines` into sections. The section level is the rank most classified headings
 * share; a classified heading at that rank or above opens its section; an unclassified one opens a
 * generic section unless it is an entry (dated) of an entry section; deeper headings stay inside.
 */
export function findSections(state: ParseState): void {
  let ranks = new Uint8Array(state.lines.length);
  let classes = classifyLines(state, ranks);
  // "**Languages:** English…" lines are section headings only in CVs whose sections are bold lines
  const split: Line[] = [];
  for (const l of state.lines) {
    const parts = splitLabelLine(state, l);
    if (parts) pushAll(split, parts);
    else split.push(l);
  }
  if (split.length > state.lines.length) {
    // each kind of inline label counts once, and a label that comes again counts not at all: a section
    // comes once, a "Skills:" line in every job is a field of the jobs, not a section level
    const original = new Set(state.lines);
    const labels = split.filter((l) => !original.has(l));
    const keys = labels.map((l) => headingKey(l.plain));
    const seen = new Map<string, number>();
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
    const once = labels.filter((_l, n) => seen.get(keys[n]!) === 1);
    const kinds = new Set(once.map((l) => classifyHeadingIn(state, l.plain)?.kind).filter(Boolean));
    const rank = sectionRank([...classes, ...[...kinds].map(() => ({ rank: 7, cls: { kind: 'skills', lang: '', how: 'exact', phrase: '' } as HeadingClass }))]);
    if (rank >= 7) {
      state.lines = split;
      ranks = new Uint8Array(split.length);
      classes = classifyLines(state, ranks);
    }
  }
  const lines = state.lines;
  const header: Section = { type: 'header', title: '', lines: [], why: ['the lines before the first section'] };
  const page = pageTitleSection(state, state.lines, classes);
  state.sections = page ? [header, page] : [header];
  // (on a page that is one section, every heading is inside it)
  const rank = page ? 1 : sectionRank(votingClasses(lines, classes)) || 2;
  // (a heading with twelve characters or more besides digits and date marks is no date heading: its dates are not searched)
  // (nor is a section's own heading that gives the years it spans: "## Koulutus - 2001-2004")
  const named = new Set(classes.map((c) => c.i));
  const noisy = lines.some((l, i) => l.kind === 'heading' && l.level <= rank && !named.has(i) && l.plain.replace(/[\d\s.\-–—/:]+/g, '').length < 12 && lineDates(state, l).length > 0);
  const cut: Cut = { state, lines, rank, noisy, current: page ?? header, entryRank: 9, at: 0 };
  const title = titleHeading(lines, classes, rank);
  const fmEnd = state.source.frontMatter?.unfolded ? state.source.frontMatter.endLine : 0;
  let c = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    while (c < classes.length && classes[c]!.i < i) c++;
    const cls = classes[c]?.i === i ? classes[c] : undefined;
    if (cls && cls === title) {
      state.docTitles.push(line.plain);
      continue;
    }
    cut.at = i;
    // the front matter's lists written as Markdown end with the block: what follows it is not their content
    if (line.line > fmEnd && (cut.current.heading?.line ?? Infinity) < fmEnd) cut.current = header;
    closeScope(cut, line);
    const rank = cls?.rank ?? ranks[i]!;
    const consumed = cls ? onClassified(cut, line, rank, cls.cls) : rank ? onUnclassified(cut, i, line, rank) : false;
    if (consumed) continue;
    if (line.kind === 'heading' && ENTRY_KINDS.has(cut.current.type)) cut.entryRank = Math.min(cut.entryRank, line.level);
    cut.current.lines.push(line);
  }
}
