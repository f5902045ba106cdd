// Splits an entry section into entries: each entry is a head (role, organisation, dates…) and a body, whatever markup marks them.
import { namesOrganisation } from './names-organisation.js';
import { pushAll } from './push-all.js';
import { pullHeadsAboveDates } from './pull-heads-above-dates.js';
import { groupUnderBlockHeadings } from './group-under-block-headings.js';
import { pullItemOpeners } from './pull-item-openers.js';
import { spanWithin } from './span-within.js';
import { takeIntroEntry } from './take-intro-entry.js';
import { onlyJobParts } from './only-job-parts.js';
import { splitDatedParagraphsUnderRole } from './split-dated-paragraphs-under-role.js';
import { splitDegreeLinesUnderSchool } from './split-degree-lines-under-school.js';
import { groupDegreesUnderSchools } from './group-degrees-under-schools.js';
import { joinFieldItems } from './join-field-items.js';
import { takeSubItemNames } from './take-sub-item-names.js';
import { closesWithDate } from './closes-with-date.js';
import { findDates } from './find-dates.js';
import { rowsWithinHeading } from './rows-within-heading.js';
import { splitDatedItemsUnderName } from './split-dated-items-under-name.js';
import { splitDatedRolesUnderPeriod } from './split-dated-roles-under-period.js';
import { periodWithin } from './period-within.js';
import { dropDividerHeadings } from './drop-divider-headings.js';
import { splitRepeatedRoleParagraphs } from './split-repeated-role-paragraphs.js';
import { fieldLabelOf } from './field-label-of.js';
import { namesJobAtPlace } from './names-job-at-place.js';
import { namesJobOnly } from './names-job-only.js';
import { foldProjectHeadings } from './fold-project-headings.js';
import { groupUnderTenure } from './group-under-tenure.js';
import { groupItemsUnderNameLines } from './group-items-under-name-lines.js';
import { groupUnderPeriod } from './group-under-period.js';
import { joinDateHeadings } from './join-date-headings.js';
import { takeTrailingDates } from './take-trailing-dates.js';
import { datedBlockHeads } from './dated-block-heads.js';
import { nameLine } from './name-line.js';
import { lineWithoutDates } from './line-without-dates.js';
import { BARE_URL } from './url-of-line.js';
import { trimChars } from './trim-chars.js';
import { lowerShare } from './lower-share.js';
import { countWords } from './count-words.js';
import { fieldSentences } from './field-sentences.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { foldWord } from './fold-word.js';
import { ENTRY_FIELD_LABELS, LEXICON_INDEX, preferHit } from './lexicon-index.js';
import { DATED_KINDS } from './find-sections.js';
import { isNestedAssignment } from './is-nested-assignment.js';
import { recall } from './recall.js';
import { dateOnly } from './date-only.js';
import { ruleBlockEntries } from './rule-block-entries.js';
import { takeLabelledBodyDate } from './take-labelled-body-date.js';
import { lineDates } from './line-dates.js';
import { isTown, wordClasses } from './score-segment.js';
import { scorePlaceIn } from './score-place-in.js';
import { durationNote } from './duration-note.js';
import { completesHeadWithRole } from './completes-head-with-role.js';
import { namesNothing } from './names-nothing.js';
import type { DateSpan, EntryBlock, Line, ParseState, Section } from './parse-types.js';

/** What marks where an entry starts in a region of a section. */
export type EntryStyle = 'heading' | 'term' | 'row' | 'label' | 'bold' | 'block' | 'item' | 'para';

/** The entries of a section, and the lines before the first one. */
export interface Segmented {
  intro: Line[];
  entries: EntryBlock[];
  /** The style that marked entries, per region (for --explain). */
  styles: EntryStyle[];
}

/**
 * A short line: a head line is at most this long. (110 cut heads naming a role, a department, a university and a
 * contractor, "**Assistant Researcher**, Department of Astronomy University of Maryland, NASA Goddard Space Flight
 * Center Contractor", in two; 130 read 39 more fields over the corpus and 48 held-out sets and lost none, 160 no more.)
 */
const SHORT = 130;
/** A head line longer than this that ends with a full stop reads as a sentence (see {@link shortHead}). */
const SENTENCE_LENGTH = 110;

const words = (l: Line): number => (l.plain ? countWords(l.plain) : 0);

/** A line that starts with bold text ("**Company** | Role"). */
export function startsBold(l: Line): boolean {
  if (l.bold) return true;
  // (a printable ASCII first character other than "-" starts no run the pattern takes off: the text stays as it is)
  const c = l.md.charCodeAt(0);
  const m = c > 0x20 && c < 0x7f && c !== 0x2d ? l.md : l.md.replace(/^[\s\p{Extended_Pictographic}\ufe0f\u200d•·▪●◦‣-]+/u, '');
  if (m.startsWith('**') || m.startsWith('__')) return true;
  // ("<img src="apple_logo.svg"/> <p> **Software Engineer at Apple SEG** <br> …": tags without text before the bold run)
  return m.charCodeAt(0) === 0x3c && (/^<(?:b|strong)\b/i.test(m) || (l.boldParts[0] !== undefined && l.plain.startsWith(l.boldParts[0])));
}

/**
 * "|2016 - present |Partner at E.A.S.T. corp |" / "|  | E.A.S.T. Corp aims to …|": a row whose first cell is empty, or a
 * row of dashes alone (kramdown's rule inside a table), under an entry's dated row of the same table, continues that entry.
 */
function continuationRow(w: Walk, l: Line): boolean {
  if (w.rowHeads.has(l) || w.rowRest.has(l)) return true;
  const cells = l.cells ?? [];
  const head = w.cur?.head[0];
  if (!head || head.kind !== 'row' || head.block !== l.block || lineDates(w.state, head).length === 0) return false;
  if ((cells[0] ?? '').trim() === '' || cells.every((c) => /^[\s:\-–—]*$/u.test(c))) return true;
  // ("<td colspan=4>Stateful serverless functions …</td>" under a dated row of four cells: one undated cell across the table is its text)
  return cells.length === 1 && (head.cells?.length ?? 0) >= 3 && lineDates(w.state, l).length === 0;
}

/**
 * Rows that continue the entry of a dated row above them in the same table, and the ones of them that are part of
 * its head:
 * - "| **Óraadó tanár** | 2019.09. -- jelenleg |" / "| SZSZC Vasvári Pál Szakképző Iskola |  |" / …: in a table of four rows or
 *   more that go dated, undated, dated, undated, each undated row is the second head line of the entry above it;
 * - "<th>Software Development Co-op</th><th>May 2019 - August 2019</th>" / "<td colspan=2>Arcurve, Calgary, AB</td>" /
 *   "<td colspan=2>Developed …</td>": a table whose only dated row is its first, of two cells or more, over rows of
 *   fewer cells (or of no more, under a wholly bold first row, in a table of two or three rows), is one entry; its second
 *   row, short and no sentence, is part of the head, the rest its text.
 */
function tableEntryRows(state: ParseState, lines: readonly Line[]): { head: Set<Line>; rest: Set<Line> } {
  const head = new Set<Line>();
  const rest = new Set<Line>();
  const byBlock = new Map<number, Line[]>();
  for (const l of lines) {
    if (l.kind !== 'row' || l.header) continue;
    const rows = byBlock.get(l.block);
    if (rows) rows.push(l);
    else byBlock.set(l.block, [l]);
  }
  for (const rows of byBlock.values()) {
    const dated = rows.map((r) => lineDates(state, r).length > 0);
    if (rows.length >= 4 && rows.length % 2 === 0 && dated.every((d, k) => d === (k % 2 === 0))) {
      // ("| | | ゲーム攻略ブログ運営。1日30万PV、月利30万円。… |": an undated row of sentences is the entry's text)
      for (let k = 1; k < rows.length; k += 2) (sentenceRow(rows[k]!) ? rest : head).add(rows[k]!);
      continue;
    }
    const width = rows[0]!.cells?.length ?? 0;
    // (or, as wide, under a wholly bold first row in a table of two or three: "| **Morse Micro** | **Dec 2022 - Present** |" / "| Devops engineer | Sydney NSW, Australia |")
    const narrower = rows.length <= 3 && rows[0]!.bold ? rows.every((r) => (r.cells?.length ?? 0) <= width) : rows.every((r, k) => k === 0 || (r.cells?.length ?? 0) < width);
    if (rows.length < 2 || !dated[0] || width < 2 || dated.some((d, k) => k > 0 && d) || !narrower) continue;
    const second = rows[1]!;
    if (second.plain.length <= SHORT && !/[.!?]$/.test(second.plain.trim())) head.add(second);
    for (const r of rows.slice(head.has(second) ? 2 : 1)) rest.add(r);
  }
  return { head, rest };
}

/**
 * A row that says sentences: one ending with a full stop, with a Japanese or Chinese full stop inside it, or with a full stop
 * before a capital inside a text longer than a head ("Based at the Brain and Spine Institute …. I participated …").
 */
function sentenceRow(r: Line): boolean {
  const t = r.plain.trim();
  return /[.!?。]$/.test(t) || t.includes('。') || (t.length > SHORT && /[.!?]\s+\p{Lu}/u.test(t));
}

/** {@link tableEntryRows} of a region of rows, as the walk keeps them. */
function rowParts(state: ParseState, style: EntryStyle, lines: readonly Line[]): { rowHeads: ReadonlySet<Line>; rowRest: ReadonlySet<Line> } {
  if (style !== 'row') return { rowHeads: new Set(), rowRest: new Set() };
  const { head, rest } = tableEntryRows(state, lines);
  return { rowHeads: head, rowRest: rest };
}

/** Under {@link SHORT}; past 110 characters only where no full stop ends it ("**Stagiaire dans la cellule … (National Bank of Belgium)**, Bruxelles, Belgique." is a sentence). */
function shortHead(l: Line): boolean {
  return l.plain.length <= SHORT && (l.plain.length <= SENTENCE_LENGTH || !/[.。]$/u.test(l.plain));
}

/** A line that opens with a bold run ending with a colon, then its value ("**Профильные дисциплины:** веб-разработка"). */
function boldLabelLead(l: Line): boolean {
  const lead = l.boldParts[0];
  if (lead === undefined || !l.plain.startsWith(lead)) return false;
  const after = l.plain.slice(lead.length).trimStart();
  return /[:：]$/u.test(lead) || after.startsWith(':') || after.startsWith('：');
}

/** A label line that introduces what follows ("Responsibilities:", "**Technologies used:**"); a date with a colon ("2015:") is no label. */
function isLabel(l: Line): boolean {
  if (l.caption) return true;
  const last = l.plain.charCodeAt(l.plain.length - 1);
  return (last === 0x3a || last === 0xff1a) && words(l) <= 6 && !/^[\d\s–—\-./:]+$/.test(l.plain);
}

/** "- **公司：**" over "- **職位：** …": an entry field's label left blank, in a list of labelled fields, is a part of the head. */
function blankFieldItem(state: ParseState, l: Line, next: Line | undefined): boolean {
  if (l.kind !== 'item' || next?.kind !== 'item' || next.depth !== l.depth) return false;
  const label = foldWord(l.plain.slice(0, -1).trim());
  return LEXICON_INDEX.fields.get(label)?.some((h) => ENTRY_FIELD_LABELS.has(h.value)) === true && (entryLabel(state, next) !== undefined || isLabel(next));
}

/** A "Label: value" line (a label of at most 40 characters). */
const LABEL_VALUE = /^[^:：]{1,40}[:：]\s*\S/;

/** The entry field a "Label: value" line names ("**Должность:** Веб-программист" → position). */
function entryLabel(state: ParseState, l: Line): string | undefined {
  return recall(state, 'entry-label', l, (x) => readEntryLabel(state, x));
}

/** {@link entryLabel}, computed. */
function readEntryLabel(state: ParseState, l: Line): string | undefined {
  if (l.kind !== 'text' && l.kind !== 'item') return undefined;
  const c = l.plain.search(/[:：]/);
  if (c <= 0 || c > 40 || c === l.plain.length - 1) return undefined;
  // a field's value is short: "Fordypning: språkteknologi og … . Masteroppgave: …" is a sentence of the body
  const value = l.plain.slice(c + 1);
  if (/[.!?。]\s/.test(value) || countWords(value) > 14) return undefined;
  // ("Location:" is a contact's label and an entry's: in an entry, the entry's)
  const hits = LEXICON_INDEX.fields.get(foldWord(l.plain.slice(0, c)))?.filter((h) => ENTRY_FIELD_LABELS.has(h.value));
  return hits?.length ? preferHit(hits, state.langs)?.value : undefined;
}

/** The entry fields the labelled lines of a head already give. */
function headLabels(state: ParseState, head: readonly Line[]): Set<string> {
  return new Set(head.map((h) => entryLabel(state, h)).filter((x): x is string => x !== undefined));
}

/** A "Label: text" line whose label is no field of an entry ("Skills: …", "Technologies: …"): body text. */
function notFieldLabel(state: ParseState, l: Line): boolean {
  const c = l.plain.search(/[:：]/);
  if (c <= 0 || c > 30 || l.plain.slice(0, c).split(' ').length > 4 || /\d/.test(l.plain.slice(0, c))) return false;
  if (l.plain[c] === ':' && l.plain[c + 1] !== ' ' && c + 1 < l.plain.length) return false;
  const dates = lineDates(state, l);
  if (dates.some((d) => d.index < c)) return false;
  // ("**Devsisters (Studio Kingdom)** : **2018년 12월 - 2024년 1월**": a name whose value is the entry's dates alone is a head line)
  if (dates.length > 0 && dates[dates.length - 1]!.index + dates[dates.length - 1]!.length >= l.plain.trimEnd().length - 2 && l.plain.slice(c + 1, dates[0]!.index).trim().length <= 2) return false;
  const hit = preferHit(LEXICON_INDEX.fields.get(foldWord(l.plain.slice(0, c))), state.langs);
  return !hit || !['position', 'organisation', 'period', 'place', 'degree', 'institution'].includes(hit.value);
}

/**
 * "**Grado …**  ⏎ *Universidad de Salamanca (2018-2023)*  ⏎ **Máster …**": after a hard break, a line that names
 * something and dates it, completing its entry's head, ends the entry (a date alone does not: a role may follow it;
 * nor does one name and its date, "**[GridGain Systems](…), 2015 - Current**␣␣ ⏎ **Lead .NET Engineer**": the role follows).
 */
function afterDatedBreak(w: Walk | undefined, prev: Line | undefined): boolean {
  if (w?.cur === undefined || prev === undefined || !w.cur.head.includes(prev) || dateOnly(w.state, prev)) return false;
  if (lineDates(w.state, prev).length === 0 || !complete(w, w.cur.head)) return false;
  return w.cur.head.length > 1 || /\s[|·•–—-]\s|[,;]\s|\s@|@\S/u.test(trimChars(lineWithoutDates(w.state, prev), ' \t,;:|·•–—-'));
}

/**
 * "`2005-2011`⏎Terapia Gestalt" then "**Instituto de Terapia Gestalt**": every bold paragraph (two or more) comes
 * right after a paragraph that opens with a date, so the dated paragraphs start the entries, not the bold lines.
 */
function boldUnderDatedParagraphs(state: ParseState, lines: readonly Line[], boldHeads: readonly number[]): boolean {
  if (boldHeads.length < 2) return false;
  return boldHeads.every((i) => {
    const prev = lines[i - 1];
    if (!prev || prev.kind !== 'text') return false;
    let first = i - 1;
    while (first > 0 && lines[first - 1]!.block === prev.block) first--;
    return first < i - 1 && lineDates(state, lines[first]!).length > 0;
  });
}

/**
 * "2021-" / "**Chargé d'études**, Insee, Paris." / "Été 2020" / "**Stagiaire … (National Bank of Belgium)**, Bruxelles, Belgique.":
 * where the region opens with a paragraph of dates alone and more such paragraphs than bold heads each stand over a
 * paragraph, the dates start the entries (a bold head too long to be one is still an entry's).
 */
function datesLeadBold(state: ParseState, lines: readonly Line[], boldHeads: readonly number[]): boolean {
  if (!lines[0] || !datesParagraph(state, lines, 0)) return false;
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (datesParagraph(state, lines, i) && lines[paragraphEnd(lines, i)]?.kind === 'text') n++;
  return n > boldHeads.length;
}

/**
 * "<div>Org, City <span>Sep 2019 – Jul 2023</span></div>": the one-line paragraphs that end with their dates, not under a name
 * of its own paragraph ("Rheinische Hochschule Köln" over "Bachelor of Science · (2023 - 2026)"; a logo's text is no name).
 */
function closingParagraphs(state: ParseState, lines: readonly Line[]): number[] {
  const named = (p: Line | undefined): boolean => p?.kind === 'text' && lineDates(state, p).length === 0 && !(p.images.length > 0 && p.images.some((im) => im.alt.trim() === p.plain.trim()));
  return lines.flatMap((l, i) => (l.kind === 'text' && l.depth === 0 && lines[i - 1]?.block !== l.block && lines[i + 1]?.block !== l.block && closesWithDate(state, l) && !named(lines[i - 1]) ? [i] : []));
}

/**
 * "The Aerospace Corporation · Jul. 2024 – Present" / "Member of the Technical Staff · Los Angeles, CA" / … "**Cislunar Explorers**"
 * (a project inside a job's text): more one-line paragraphs closing with their dates (`closers`, see closingParagraphs) than bold heads, the first of them
 * before the first bold head: the dated paragraphs start the entries.
 */
function closersLeadBold(closers: readonly number[], boldHeads: readonly number[]): boolean {
  return closers.length > boldHeads.length && closers[0]! < boldHeads[0]!;
}

/** Whether the paragraph starting at `i` (its first line) holds only dates ("Été" / "2020" on two lines counts). */
function datesParagraph(state: ParseState, lines: readonly Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.kind !== 'text' || l.depth > 0 || lines[i - 1]?.block === l.block) return false;
  const end = paragraphEnd(lines, i);
  if (end - i > 2) return false;
  return end - i === 1 ? dateOnly(state, l) : onlyDates(state, lines.slice(i, end));
}

/** Whether lines, read as one text, say one date and nothing else ("Été" / "2020"). */
function onlyDates(state: ParseState, lines: readonly Line[]): boolean {
  const joined = lines.map((x) => x.plain).join(' ');
  const d = findDates(joined, state.dateWords);
  return d.length === 1 && (joined.slice(0, d[0]!.index) + joined.slice(d[0]!.index + d[0]!.length)).trim() === '';
}

/** The index after the last line of the paragraph (block) that starts at `i`. */
function paragraphEnd(lines: readonly Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j]!.block === lines[i]!.block) j++;
  return j;
}

/**
 * "* **平安银行** *助理架构师* __2018/2 to 现在__" … "  **技术栈**: Java, Spring boot": bold paragraphs that all sit inside list
 * items, under two dated top-level items or more, are parts of those items' entries, not entries of their own.
 */
function boldInsideDatedItems(state: ParseState, lines: readonly Line[], boldHeads: readonly number[]): boolean {
  if (!boldHeads.every((i) => lines[i]!.depth > 0)) return false;
  return lines.filter((l) => l.kind === 'item' && l.depth === 0 && lineDates(state, l).length > 0).length >= 2;
}

/** What follows a line's first bold run: its first character after white space ("—" in "**BCS** — Computer Science, …"). */
function afterLeadRun(l: Line): string | undefined {
  const lead = l.boldParts[0];
  if (l.bold || lead === undefined || !l.plain.startsWith(lead)) return undefined;
  return l.plain.slice(lead.length).trimStart()[0];
}

/**
 * "**Bachelor of Computer Science (BCS)** — Computer Science, University of Windsor" then, on the next line of the same
 * paragraph, "**Bachelor of Science (BS)** — General Science, …": a line that opens with a bold run and the same
 * separator after it as the line before is an entry of its own (a soft break, not one entry's second line).
 */
function twinBoldLine(prev: Line, l: Line): boolean {
  const sep = afterLeadRun(l);
  return sep !== undefined && !/[\p{L}\p{N}:：]/u.test(sep) && prev.block === l.block && prev.kind === 'text' && afterLeadRun(prev) === sep;
}

/**
 * "**Ph.D. Economics**: August 2017 - December 2022" / "University of Southern California" / "**M.S. Economics**: August 2014 - …"
 * (rows of a two-column table, one paragraph): a dated line opening bold, in the paragraph of the current entry whose head
 * opened the same way, starts the next entry.
 */
function repeatsDatedBoldHead(w: Walk | undefined, l: Line): boolean {
  const first = w?.cur?.head[0];
  return !!w && !!first && first !== l && first.block === l.block && first.kind === 'text' && startsBold(first) && lineDates(w.state, first).length > 0 && lineDates(w.state, l).length > 0;
}

/**
 * "**Master of Journalism [coursework]**" / "Carleton University, Ottawa, ON" / "**Honours BA in Communication Studies, 2013**" /
 * "Fanshawe College, …": under bold heads, a bold paragraph naming what the head's undated bold line names (a degree, a
 * job), after that line and a plain one, starts the next entry though the head has no date.
 */
function repeatsUndatedBoldHead(w: Walk, head: readonly Line[], l: Line): boolean {
  const [first, second] = head;
  if (w.style !== 'bold' || head.length !== 2 || !first || !second || first.kind !== 'text' || !first.bold || second.bold || l.kind !== 'text' || !l.bold) return false;
  if (second.block !== first.block || l.block === first.block || lineDates(w.state, first).length > 0 || dateOnly(w.state, l)) return false;
  const a = wordClasses(first.plain, w.state);
  const b = wordClasses(l.plain, w.state);
  return (a.has('degree') && b.has('degree')) || (a.has('jobTitle') && b.has('jobTitle'));
}

/** A paragraph that opens with a short bold run, no label ("**Ingénieur Logiciel**" over its company and dates): a bold entry head. */
function boldParagraphHead(state: ParseState, l: Line, prev: Line | undefined): boolean {
  return l.kind === 'text' && prev?.block !== l.block && startsBold(l) && shortHead(l) && !isLabel(l) && !detailLabel(state, l);
}

/**
 * "**Окружение**: Windows, AIX.", "**Stack:** Go, Kafka": a bold label of a few words and its undated value, a detail of an
 * entry, not its head (dated, "**2012---2016:** [**Polar Research Institute**](…)" or a table's row "**Ph.D. Economics**: August
 * 2017 - December 2022", it heads one).
 */
function detailLabel(state: ParseState, l: Line): boolean {
  return boldLabelLead(l) && countWords(l.boldParts[0]!) <= 3 && lineDates(state, l).length === 0;
}

/** A one-line paragraph wholly in italics, short, no label ("*Propense.AI - Data & AI Architect*"). */
function italicHead(l: Line, prev: Line | undefined): boolean {
  return l.kind === 'text' && l.depth === 0 && l.italic && !l.bold && prev?.block !== l.block && l.plain.length <= SHORT && !isLabel(l);
}

/**
 * "*Propense.AI - Data & AI Architect*" / its points / "*SafetyEHD - Vice President of Technology*" / …: in a region with no date
 * and no bold head, two or more one-line paragraphs wholly in italics, each right over a list, are the entries' heads.
 */
function italicHeadsOnly(state: ParseState, lines: readonly Line[]): boolean {
  let heads = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (lineDates(state, l).length > 0) return false;
    if (italicHead(l, lines[i - 1]) && lines[i + 1]?.kind === 'item' && lines[i + 1]!.block !== l.block) heads++;
  }
  return heads >= 2;
}

/**
 * "### Kompetencer brugt" under each of several jobs: the texts of undated headings that come twice or more in a region
 * and name a section's kind are labels inside entries, not entries.
 */
function labelHeadings(state: ParseState, lines: readonly Line[]): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const l of lines) {
    if (l.kind !== 'heading') continue;
    if (seen.has(l.plain) && lineDates(state, l).length === 0 && classifyHeadingIn(state, l.plain)) out.add(l.plain);
    seen.add(l.plain);
  }
  return out;
}

/**
 * "- 명지대학교" over "  - 전공: 컴퓨터공학과" / "  - 기간: 2018.02 ~ 2025.02", twice or more: every labelled line is a sub-item of an
 * unlabelled top-level item, so the items are the entries and the labels their fields.
 */
function labelsUnderItems(state: ParseState, lines: readonly Line[]): boolean {
  let tops = 0;
  let top: Line | undefined;
  for (const l of lines) {
    if (l.kind === 'item' && l.depth === 0) {
      // (an item labelled as no field is one more field line: "> - Atividade desenvolvida: **Atualizar, …**")
      top = entryLabel(state, l) === undefined && !notFieldLabel(state, l) ? l : undefined;
      if (top) tops++;
    } else if (entryLabel(state, l) !== undefined && (l.kind !== 'item' || top === undefined)) return false;
  }
  return tops >= 2;
}

/** A text line of a list item's paragraph after its hard break: one level deeper than the item right above it. */
const insideItem = (l: Line, prev: Line | undefined): boolean => prev?.kind === 'item' && l.depth === prev.depth + 1;

/** Which markup starts entries in these lines. */
function styleOf(state: ParseState, lines: readonly Line[]): EntryStyle {
  const labels = labelHeadings(state, lines);
  const headings = lines.filter((l, i) => l.kind === 'heading' && !isLabel(l) && !labels.has(l.plain) && !headingOverDatedItems(state, lines, i));
  // (one heading is enough where it opens the region, a rule under the section's heading aside: "## Education" / "---" / "### Bachelor's Degree")
  if (headings.length >= 2 || headings.some((h) => lineDates(state, h).length) || (headings.length === 1 && lines.find((l) => l.kind !== 'rule') === headings[0])) return 'heading';
  if (lines.some((l) => l.kind === 'term')) return 'term';
  if (lines.some((l) => l.kind === 'row' && !l.header) && !lines.some((l) => l.kind === 'item' && l.depth === 0 && lineDates(state, l).length)) return 'row';
  if (headLabels(state, lines).size >= 2 && !labelsUnderItems(state, lines)) return 'label';
  const firstOfBlock = (l: Line, i: number): boolean => lines[i - 1]?.block !== l.block;
  const boldHeads = lines.flatMap((l, i) => (boldParagraphHead(state, l, lines[i - 1]) ? [i] : []));
  // (the one-line paragraphs closing with their dates, found once: asked of bold heads, then of the region)
  let closers: number[] | undefined;
  const closing = (): number[] => (closers ??= closingParagraphs(state, lines));
  if (boldHeads.length && !datedItemsBeforeBold(state, lines, boldHeads[0]!) && !boldUnderDatedParagraphs(state, lines, boldHeads) && !boldInsideDatedItems(state, lines, boldHeads) && !datesLeadBold(state, lines, boldHeads) && !closersLeadBold(closing(), boldHeads)) return 'bold';
  if (!boldHeads.length && italicHeadsOnly(state, lines)) return 'bold';
  // "`2001-2008`\n*School*" paragraphs, each with a list of details: the dated paragraphs are the entries
  // (lines inside an item, after its hard break, are the item's: "- **School** | Town<br/>" / "  _Degree_ | 2020<br/>")
  const datedParas = lines.filter((l, i) => l.kind === 'text' && !insideItem(l, lines[i - 1]) && firstOfBlock(l, i) && lines[i + 1]?.block === l.block && lineDates(state, l).length > 0).length;
  // (dated items are the entries instead, unless they are fewer than the paragraphs and none opens with its date:
  // "- Stand para la Feria … de 2005" is a point of a job)
  const datedItems = datedParas >= 2 ? lines.filter((l) => l.kind === 'item' && lineDates(state, l).length > 0 && !notFieldLabel(state, l) && !/[:：]/.test(l.plain)) : [];
  if (datedParas >= 2 && (datedItems.length === 0 || (datedItems.length < datedParas && !datedItems.some((l) => lineDates(state, l)[0]!.index <= 2)))) return 'block';
  // (one is enough where it opens the region and no item is dated: "2018 - 2023" / "**Bachelor of Computing**" / "University of Guelph" over its points)
  if (datedParas === 1 && lines[0]?.kind === 'text' && lines[1]?.block === lines[0].block && lineDates(state, lines[0]).length > 0 && !lines.some((l) => l.kind === 'item' && lineDates(state, l).length > 0)) return 'block';
  // "<div>Org, City <span>Sep 2019 – Jul 2023</span></div>" / "<div>Role</div>" / its list: one-line paragraphs that end with
  // their dates, each over undated text and points, where fewer items are dated and none opens with its date
  // (not under a name of its own paragraph — "Rheinische Hochschule Köln" over "Bachelor of Science · (2023 - 2026)" — which heads it)
  if (closing().length >= 2 && datedParas === 0) {
    const items = lines.filter((l) => l.kind === 'item' && lineDates(state, l).length > 0);
    if (items.length < closing().length && !items.some((l) => lineDates(state, l)[0]!.index <= 2)) return 'block';
  }
  // (one is enough where it opens the region and no item is dated: "Data Analyst @ SDG Group | Bedminster, NJ | August 2024 –
  // January 2025" over its points, one job)
  if (closing().length === 1 && closing()[0] === 0 && datedParas === 0 && !lines.some((l) => l.kind === 'item' && lineDates(state, l).length > 0)) return 'block';
  // "04/2022 - heute | **Werkstudentin, Klinikum**" then its list: one-line paragraphs that open with their dates, no item dated
  const openingAt = lines.flatMap((l, i) => (l.kind === 'text' && l.depth === 0 && firstOfBlock(l, i) && lines[i + 1]?.block !== l.block && (lineDates(state, l)[0]?.index ?? 9) <= 2 && !dateOnly(state, l) ? [i] : []));
  const opening = openingAt.length;
  // (an item with a year inside its sentence is a point, not a dated entry: "- Top outside sales … for 2017 with 22.5% over goal.")
  const itemOpensDated = lines.some((l) => l.kind === 'item' && (lineDates(state, l)[0]?.index ?? 9) <= 2);
  // ("`Jul 2003 - Jun 2010` __Carlipa__" / "- `2005 - 2010` Development Team manager …": dated items each under a dated paragraph
  // of three or more are its roles; the paragraphs are the entries)
  const rolesUnder = opening >= 3 && lines.every((l, i) => l.kind !== 'item' || (lineDates(state, l)[0]?.index ?? 9) > 2 || (openingAt[0] ?? Infinity) < i);
  // (one such paragraph is enough over undated points: "[Org](…)" / "Role" / "September 2017 - Present | Town" / "- Search for …")
  if ((datedParas + opening >= 2 || (opening === 1 && datedParas === 0)) && opening >= 1 && (!itemOpensDated || rolesUnder)) return 'block';
  // "Lead Frontend Developer" / "BlocSolutions, Québec, Canada" / "2021 - Présent", as one paragraph or as three, over their points
  const datesUnderNames = lines.filter((l, i) => l.kind === 'text' && l.depth === 0 && firstOfBlock(l, i) && lines[i + 1]?.block !== l.block && dateOnly(state, l) && nameLine(state, lines[i - 1])).length;
  // (one such date line is enough where it is the region's only date: one job)
  const dated = datesUnderNames === 1 ? lines.filter((l) => lineDates(state, l).length > 0).length : 0;
  // (one such paragraph is enough where it opens the region and holds its only dates: "C++ Developer" / "**ISD, Ltd**, Oct 2014 - …" over its points)
  const blockHeads = datedBlockHeads(state, lines);
  const oneBlock = blockHeads.size === 1 && blockHeads.has(lines[0]!) && lines.every((l) => l.block === lines[0]!.block || lineDates(state, l).length === 0);
  if ((blockHeads.size >= 2 || oneBlock || datesUnderNames >= 2 || dated === 1) && !itemOpensDated) return 'block';
  // "<div class="year">2025-2026</div>" / "<div class="title">Praktikum …</div>" / …: the region opens with a date alone, and
  // two or more such date paragraphs each stand over a name: each date starts an entry
  const datesOverNames = lines.filter((l, i) => l.kind === 'text' && l.depth === 0 && firstOfBlock(l, i) && lines[i + 1]?.block !== l.block && dateOnly(state, l) && nameLine(state, lines[i + 1])).length;
  if (datesOverNames >= 2 && lines[0] !== undefined && dateOnly(state, lines[0]) && !itemOpensDated) return 'block';
  if (lines.some((l) => l.kind === 'item' && l.depth === 0)) return 'item';
  return 'para';
}

/**
 * "Software Engineering" / "2012 - 2016" / "Université Laval", each a paragraph: two to four short one-line
 * paragraphs, no sentence among them, exactly one of them dated, are one entry's head; so are two undated ones, a degree
 * and a school (rules among them aside).
 */
function oneShortEntry(state: ParseState, region: readonly Line[]): boolean {
  const lines = region.filter((l) => l.kind !== 'rule');
  if (lines.length < 2 || lines.length > 4 || new Set(lines.map((l) => l.block)).size !== lines.length) return false;
  if (lines.some((l) => l.kind !== 'text' || l.depth > 0 || l.plain.length > 80 || /[.!?。]$/.test(l.plain))) return false;
  const dated = lines.filter((l) => lineDates(state, l).length > 0).length;
  // ("Bachelor of Arts - Computer Science (CSCI)" / "Saint John's University, Collegevile Minnesota": undated, a degree and a school)
  return dated === 1 || (dated === 0 && lines.length === 2 && degreeAndSchool(state, lines[0]!, lines[1]!));
}

/** One line names a degree and no school, the other a school and no degree (in either order). */
function degreeAndSchool(state: ParseState, a: Line, b: Line): boolean {
  const ca = wordClasses(a.plain, state);
  const cb = wordClasses(b.plain, state);
  const degree = (c: typeof ca): boolean => c.has('degree') && !c.has('institution');
  const school = (c: typeof ca): boolean => c.has('institution') && !c.has('degree');
  return (degree(ca) && school(cb)) || (school(ca) && degree(cb));
}

/** A line of sentences: two of them in six words or more, or one long sentence. */
function prose(l: Line): boolean {
  const n = words(l);
  return (n >= 6 && innerStop(l.plain)) || (n >= 12 && /[.!?。]$/.test(l.plain));
}

/** A stop inside a text that ends a sentence: not the dot of a short capitalised abbreviation ("St. Petersburg", "Dr. Who"). */
function innerStop(text: string): boolean {
  for (const m of text.matchAll(/[.!?。]\s/gu)) {
    if (text[m.index] !== '.') return true;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (!/(?:^|\s)\p{Lu}\p{Ll}{0,2}$/u.test(before)) return true;
  }
  return false;
}

/** Whether a head ends with this date: at most a closing bracket after it, or a link ("… (2018) http://ccdigitalpress.org/…"). */
function endsAtDate(plain: string, d: { index: number; length: number }): boolean {
  let rest = plain.slice(d.index + d.length).trim();
  if (rest.startsWith(')') || rest.startsWith('）')) rest = rest.slice(1).trim();
  return rest.length <= 1 || BARE_URL.test(rest);
}

/**
 * "*  **Grupo WK — Auxiliar** - Ceres, GO - Ago 2022 - Nov 2024" then "  - Suporte técnico interno …" (indented too
 * little to nest): an undated item of five words or more (three after a first point), no bold, right under a dated
 * entry item's head or text, is a point of that entry, when that item ends with its dates (a bracket or a link may follow them).
 */
function pointOfDatedItem(w: Walk, l: Line): boolean {
  const cur = w.cur;
  const head = cur?.head[0];
  const dates = head ? lineDates(w.state, head) : [];
  const lastDate = dates[dates.length - 1];
  // (the head item ends with its dates: "… - Ceres, GO - Ago 2022 - Nov 2024", not a sentence with a year in it)
  if (!cur || !head || head.kind !== 'item' || head.depth !== 0 || !lastDate || !endsAtDate(head.plain, lastDate)) return false;
  if (lineDates(w.state, l).length || l.bold || startsBold(l) || words(l) < 3) return false;
  const last = cur.body[cur.body.length - 1] ?? cur.head[cur.head.length - 1];
  return last !== undefined && l.block - last.block <= 1 && (cur.body.length > 0 || words(l) >= 5);
}

/**
 * "## Desarrollador Fullstack IoT" / "#### TwinDimension" / "##### 1/2023 - Actualidad" / "#### [https://www.twindimension.com/](…)" /
 * "#### Remoto | Capital Federal - Buenos Aires - Argentina": an undated heading at or below the level of the current entry's first heading,
 * once that entry is dated, that is only a web address or a place, is a line of its head.
 */
function placeOrSiteHeading(w: Walk, l: Line): boolean {
  const cur = w.cur;
  const top = cur?.head[0];
  if (!cur || top?.kind !== 'heading' || l.level < top.level || lineDates(w.state, l).length > 0 || !cur.head.some((h) => lineDates(w.state, h).length > 0)) return false;
  if (BARE_URL.test(l.plain)) return true;
  // (the parts between bars, dashes and commas places, the first one known and at most one other not: "Remoto", "Capital
  // Federal", "Buenos Aires", "Argentina"; not "XEROX, Rochester, NY")
  const known = l.plain.split(/ [|–-] |, /u).map((p) => scorePlaceIn(w.state, p) >= 2);
  return known[0] === true && known.filter((k) => !k).length <= (known.length >= 4 ? 1 : 0);
}

/**
 * "#### User Experience Designer" / "- July 2021 – Feb. 2025" / … / "##### Development" / "##### Content": under a dated
 * entry headed by a heading, an undated heading below it of one word (or two or three, the others in small letters) that
 * names no job, organisation or school is a topic of that entry's text.
 */
function topicHeading(w: Walk, l: Line): boolean {
  const cur = w.cur;
  const top = cur?.head[0];
  // (one word, or words after the first in small letters: "Development", "Key achievements"; not a name, "DB Marine")
  if (!cur || top?.kind !== 'heading' || l.level <= top.level || !/^\S+(?: \p{Ll}\S*){0,2}$/u.test(l.plain) || lineDates(w.state, l).length > 0) return false;
  if (!cur.head.some((h) => lineDates(w.state, h).length > 0)) return false;
  const classes = wordClasses(l.plain, w.state);
  return !classes.has('jobTitle') && !classes.has('organisation') && !classes.has('institution');
}

/**
 * "## Graduate Student Researcher, UMass Amherst" / "Sep 2022 - Present" / "### Autonomous Learning Laboratory" / bullets: under a
 * dated head whose heading names a job and more, an undated heading below that heading that names no job, with no date
 * right under it, is a unit the entry's text is about, not an entry.
 */
function unitHeading(w: Walk, l: Line, next: Line | undefined): boolean {
  const cur = w.cur;
  const top = cur?.head[0];
  if (!cur || w.style !== 'heading' || l.kind !== 'heading' || top?.kind !== 'heading' || l.level <= top.level || lineDates(w.state, l).length > 0) return false;
  if ((next && lineDates(w.state, next).length > 0) || !cur.head.some((h) => lineDates(w.state, h).length > 0) || wordClasses(l.plain, w.state).has('jobTitle')) return false;
  // (the heading itself names the job and more, parted by a comma, a bar or a dash)
  return /[,;]\s|\s[|·•–—-]\s/u.test(top.plain) && wordClasses(top.plain, w.state).has('jobTitle');
}

/** "### 株式会社X" … "#### 主な業務内容": an undated heading below the current entry's heading that is all a section word is a part of that entry. */
function subLabelHeading(w: Walk, l: Line): boolean {
  const top = w.cur?.head[0];
  return top?.kind === 'heading' && l.level > top.level && lineDates(w.state, l).length === 0 && classifyHeadingIn(w.state, l.plain)?.how === 'exact';
}

/**
 * "**Industry**" then "At Amazon, I worked on …" in an experience page: an undated bold line that is all a section word, over a
 * line with no date, names a group of the entries below it, not an entry.
 */
function groupLabelLine(w: Walk, l: Line, next: Line | undefined): boolean {
  if (w.style !== 'bold' || l.kind !== 'text' || !l.bold || lineDates(w.state, l).length > 0) return false;
  return (next === undefined || lineDates(w.state, next).length === 0) && classifyHeadingIn(w.state, l.plain)?.how === 'exact';
}

/** A line that is only a picture ("![Placer](…/placer.jpg)", a logo over a head): the head under it opens a paragraph. */
const pictureOnly = (l: Line | undefined): boolean => l !== undefined && l.images.length === 1 && l.plain.trim() === l.images[0]!.alt.trim();

/**
 * "**Data Scientist Team Leader** (2021-05 - Present)" / "<u>Placer</u>": a short wholly bold line naming no job or date,
 * right after a one-line head that names a job with its dates and no organisation (or after pictures under it: a logo), is
 * where that job was, not an entry.
 */
function orgUnderDatedRole(w: Walk, l: Line, prev: Line | undefined): boolean {
  const cur = w.cur;
  if (!cur || !l.bold || words(l) > 6 || lineDates(w.state, l).length > 0 || wordClasses(l.plain, w.state).has('jobTitle')) return false;
  const top = cur.head[0]!;
  const after = [...cur.head.slice(1), ...cur.body];
  if (prev !== (after[after.length - 1] ?? top) || !after.every(pictureOnly) || lineDates(w.state, top).length === 0) return false;
  const role = wordClasses(lineWithoutDates(w.state, top), w.state);
  return role.has('jobTitle') && !role.has('organisation') && !role.has('institution');
}

/**
 * "### Stalni poslovi" / "- **SDK Developer — Harness** (harness.io), Beograd, Srbija · 03/2020 – 12/2024. …" / "- …": an
 * undated heading written as a phrase (a capital, then words in small letters: not a name, "### Veolia Water"), naming no
 * job and no organisation, over two or more top-level items, each dated, groups those entries; it is none.
 */
function headingOverDatedItems(state: ParseState, lines: readonly Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.kind !== 'heading' || lineDates(state, l).length > 0 || !/^\p{Lu}\S*(?: \p{Ll}\S*)+$/u.test(l.plain.trim())) return false;
  let items = 0;
  for (let k = i + 1; k < lines.length && lines[k]!.kind !== 'heading'; k++) {
    const x = lines[k]!;
    if (x.kind !== 'item' || x.depth !== 0) continue;
    if (lineDates(state, x).length === 0) return false;
    items++;
  }
  const c = items >= 2 ? wordClasses(l.plain, state) : undefined;
  return c !== undefined && !c.has('jobTitle') && !c.has('organisation') && !c.has('institution');
}

/**
 * "* Ph.D **Osaka Metropolitan University**, 2024 – 2027" / "* M.A. **Touro University**, 2020 – 2022" / "**Exchange Studies**" /
 * "* 2011 University of Siena": two dated top-level items or more before the first bold head make the items the entries.
 */
function datedItemsBeforeBold(state: ParseState, lines: readonly Line[], first: number): boolean {
  let n = 0;
  for (let k = 0; k < first && n < 2; k++) if (lines[k]!.kind === 'item' && lines[k]!.depth === 0 && lineDates(state, lines[k]!).length > 0) n++;
  return n >= 2;
}

/** Whether a line starts an entry in a region of the given style. */
function isAnchor(style: EntryStyle, l: Line, prev: Line | undefined, w?: Walk): boolean {
  switch (style) {
    case 'heading':
      // ("### Regex Oy:": a colon after a company's legal form makes no label)
      return l.kind === 'heading' && (!isLabel(l) || legalFormEnd(l.plain.slice(0, -1))) && (!w?.noisy || lineDates(w.state, l).length > 0) && !(w && l.level > w.datedLevel && lineDates(w.state, l).length === 0) && !(w && yearWithinHead(w, l)) && !(w && subLabelHeading(w, l)) && !(w && placeOrSiteHeading(w, l)) && !(w && topicHeading(w, l));
    case 'term':
      return l.kind === 'term';
    case 'row':
      return l.kind === 'row' && !l.header && !(w && continuationRow(w, l));
    case 'label': {
      const label = w && entryLabel(w.state, l);
      return label !== undefined && (!w?.cur || headLabels(w.state, w.cur.head).has(label));
    }
    case 'bold':
      // (after a hard break, not a bold label and its value: "**Профильные дисциплины:** веб-разработка, …" is a note of the entry)
      // (nor, anywhere, an undated one whose label names no field of an entry: "**Technologies:** NestJS, PostgreSQL")
      // (where the heads are in italics instead, see italicHeadsOnly, they are the anchors)
      if (w?.italicHeads) return italicHead(l, prev);
      if (w && orgUnderDatedRole(w, l, prev)) return false;
      return l.kind === 'text' && (prev?.block !== l.block || pictureOnly(prev) || (afterDatedBreak(w, prev) && !boldLabelLead(l)) || twinBoldLine(prev, l) || repeatsDatedBoldHead(w, l)) && startsBold(l) && (l.plain.length <= SHORT || boldDateLead(w, l) || !!w?.longBoldHeads.has(l)) && !isLabel(l) && !w?.repeated.has(l.plain) && !(w && boldLabelLead(l) && notFieldLabel(w.state, l) && lineDates(w.state, l).length === 0);
    case 'item':
      return l.kind === 'item' && l.depth === 0 && (!isLabel(l) || !!w?.labelItems) && !(w && pointOfDatedItem(w, l)) && !(w && personalDateItem(w.state, l));
    case 'block':
      return l.kind === 'text' && prev?.block !== l.block && l.depth === 0 && (lineDates(w!.state, l).length > 0 || w!.blockHeads.has(l));
    case 'para':
      // "> No formal work experience yet. Currently focused on …": in a section without dates, prose is its text
      return (l.kind === 'text' || l.kind === 'item') && (prev?.block !== l.block || !!w?.lineHeads.has(l)) && l.depth === 0 && !(w && !w.dated && prose(l) && !fieldSentences(w.state, l.plain)) && !(w && sentenceAfterHead(w, l));
  }
}

/**
 * "**09.2021 – 12.2024** · *Business Development Manager* · Instant Trading EU LTD (InstaForex) – oddział w Polsce,
 * Warszawa": a line a little longer than a head, whose bold opening is its date (or wholly bold, opening with it), or that opens in bold and
 * ends with its date, still heads an entry.
 */
function boldDateLead(w: Walk | undefined, l: Line): boolean {
  const bold = l.boldParts[0];
  if (!w || !bold) return false;
  const d = lineDates(w.state, l)[0];
  if (d === undefined) return false;
  // (however long the text after it, a bold run of a head's length that opens with the date and names more: "**2005 – 2025: Senior
  // (Lead) Developer Mobile Billing, Cliq Digital (voorheen Blinck)** *In deze rol doorgegroeid van …*")
  if (bold.length <= SHORT && d.index <= 2 && l.plain.startsWith(bold) && d.length < bold.length - 8 && lineDates(w.state, l).length === 1) return true;
  if (l.plain.length > SHORT * 1.5) return false;
  // (so does a wholly bold line that opens with its date: "__Septembre 2013 - Août 2016 : Formation en apprentissage chez …__")
  if (d.index <= 2 && (d.length >= bold.length - 2 || l.bold)) return true;
  // (and one that ends with its date, its text beside the date a head's length: "**Director of Software Development** |
  // Storefront.com / Macdonald Harris and Associates — Vancouver, BC | August 2020 – July 2025")
  // (a little longer than a head where it opens with a bold part: "**Research Assistant & Data Entry Clerk,** *Psychiatry*,
  // University of Massachusetts Medical School, Worcester (USA) (July 2019 – June 2020)")
  return d.index + d.length >= l.plain.length - 2 && l.plain.length - d.length <= SHORT * 1.2 && l.plain.startsWith(bold);
}

/**
 * "### 株式会社ディー・エヌ・エー (2013/4〜2018/5)" then "#### 2018", "#### 2017"…: a deeper heading that is only a date
 * within the period of the dated heading heading the current entry is a part of that entry's text, not an entry.
 */
function yearWithinHead(w: Walk, l: Line): boolean {
  const head = w.cur?.head[0];
  if (!head || head.kind !== 'heading' || l.level <= head.level || !dateOnly(w.state, l)) return false;
  const period = lineDates(w.state, head).find((d) => !d.single && d.start);
  const date = lineDates(w.state, l)[0];
  if (!period?.start || !date?.start) return false;
  const last = date.end ?? date.start;
  // (compared at the sub-heading's precision: "2013" is within "2013/4〜2018/5", "2023.04" is not within "2023.07 - 2024.02")
  const cut = (x: string): string => x.slice(0, Math.min(x.length, date.start!.length));
  return date.start >= cut(period.start) && (period.ongoing || period.end === undefined || cut(last) <= cut(period.end));
}

/** Walking state of one region. */
interface Walk {
  state: ParseState;
  style: EntryStyle;
  dated: boolean;
  /** In a region of block entries, the first lines of paragraphs dated on a later line ({@link datedBlockHeads}). */
  blockHeads: ReadonlySet<Line>;
  /** Heading levels carry no meaning here (date headings at several levels): only dated headings start entries. */
  noisy: boolean;
  /** The shallowest level of a heading with a date (7 = none): an undated heading below it is a part of an entry. */
  datedLevel: number;
  /** The list items of the region are labels ("**Project Leader:**") with their details as text after them: the labels start entries. */
  labelItems: boolean;
  /** Undated lines written more than once ("**Main Highlights**" in every job): sub-headings of a body, never entries. */
  repeated: ReadonlySet<string>;
  /** The region's heads are lines wholly in italics (see {@link italicHeadsOnly}): they, not bold lines, start entries. */
  italicHeads: boolean;
  /** Each entry's date stands alone on the line before its undated heading ("> 2018-05 - heute, Hockenheim" / "### DEGIT AG: Vorstand"). */
  datesBefore: boolean;
  /** The level of the date-only heading that opens the region (0 = none): such headings open entries ({@link leadDateLevel}). */
  leadDateLevel: number;
  out: Segmented;
  cur?: EntryBlock & { phase: 'head' | 'body' };
  /** Sub-items that are fields of their undated item's head ("* Acme Corp" / "  * Backend developer" / "  * March 2019 - present"). */
  fieldItems: ReadonlySet<Line>;
  /** Undated rows of a table that continue the entry of a dated row above them: in its head, or in its text (see {@link tableEntryRows}). */
  rowHeads: ReadonlySet<Line>;
  rowRest: ReadonlySet<Line>;
  /** The head {@link full} was last asked about, its length then, and the answer. */
  fullHead: readonly Line[] | undefined;
  fullLength: number;
  fullValue: boolean;
  /** Undated headings over dated items ({@link headingOverDatedItems}): no entry's head; kept as text. */
  groupHeads: ReadonlySet<Line>;
  /** The line after the next one of the line being walked. */
  ahead?: Line;
  /** Lines of paragraphs whose every line is one entry's head ({@link paragraphLineHeads}). */
  lineHeads: ReadonlySet<Line>;
  /** Lines longer than a head that open with a bold degree or job over a line of dates alone ({@link longBoldHeads}). */
  longBoldHeads: ReadonlySet<Line>;
  /** Undated headings right under a dated heading of their level (or dated ones under an undated one), where two or more such pairs head the entries ({@link pairedHeadings}). */
  paired: ReadonlySet<Line>;
}

/** A spaced dash or bar parting two names ("MBA (En curso) – ENEB"). */
const PARTED = /\S\s[–—|-]\s\S/u;

/**
 * "Project Management Professional (PMP®) – Project Management Institute (PMI)" / "MBA (En curso) – ENEB" / …, one
 * paragraph with no blank line between (text pasted from Word): where each of two or more lines of a paragraph is short,
 * no sentence, and parts two names by a spaced dash or bar, each line is an entry's head.
 */
function paragraphLineHeads(lines: readonly Line[]): ReadonlySet<Line> {
  const heads = new Set<Line>();
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.block === lines[from]!.block) continue;
    const block = lines.slice(from, i);
    if (block.length >= 2 && block.every((l) => l.kind === 'text' && l.depth === 0 && l.plain.length <= SENTENCE_LENGTH && PARTED.test(l.plain) && !/[.!?。]$/u.test(l.plain))) for (const l of block) heads.add(l);
    from = i;
  }
  return heads;
}

/**
 * "**Διδακτορικό (PhD)** — Αποκρυπτογράφηση της σχέσης … (a thesis's title)" / "Δεκέμβριος 2019 – Δεκέμβριος 2024" /
 * "Πανεπιστήμιο Κρήτης": a line longer than a head, whose bold opening of a few words names a degree or a job, right
 * over a line of its paragraph that is only dates, heads an entry all the same.
 */
function longBoldHeads(state: ParseState, lines: readonly Line[]): ReadonlySet<Line> {
  const heads = new Set<Line>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    const bold = l.boldParts[0];
    if (l.kind !== 'text' || l.plain.length <= SHORT || !bold || !l.plain.startsWith(bold) || bold.split(' ').length > 6) return;
    if (next?.block !== l.block || !dateOnly(state, next)) return;
    const classes = wordClasses(bold, state);
    if (classes.has('degree') || classes.has('jobTitle')) heads.add(l);
  });
  return heads;
}

/**
 * "### <span>Lead Web Developer</span> <span>Nov 2019 -- Apr 2024</span>" / "### <span>Edmonton Public Library</span>":
 * a region whose entries are headed by two headings of one level, the first dated, the second not, right under it (or
 * the first undated, the second dated); the second headings of those pairs (none where fewer than two pairs are written).
 */
function pairedHeadings(state: ParseState, lines: readonly Line[]): ReadonlySet<Line> {
  const after = new Set<Line>();
  const before = new Set<Line>();
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (l.kind !== 'heading' || prev?.kind !== 'heading' || prev.level !== l.level) return;
    const dated = lineDates(state, l).length > 0;
    const prevDated = lineDates(state, prev).length > 0;
    if (!dated && prevDated && !dateOnly(state, prev)) after.add(l);
    // ("###### **Python Software Engineer**" / "###### **Hub of Tech** Jun 2018 – Nov 2018": or a dated heading right under an undated one)
    else if (dated && !prevDated && !dateOnly(state, l)) before.add(l);
  });
  // (one order for the whole section: both would chain one entry's pair to the next)
  return after.size >= 2 ? after : before.size >= 2 && after.size === 0 ? before : new Set();
}

/** "Betrieb der Campus-Netze.": a paragraph of one undated sentence after a complete head, in a dated region, is that entry's text. */
function sentenceAfterHead(w: Walk, l: Line): boolean {
  if (!w.dated || !w.cur || !complete(w, w.cur.head) || l.kind !== 'text' || !/[.!?。！？]$/.test(l.plain) || legalFormEnd(l.plain)) return false;
  return lineDates(w.state, l).length === 0;
}

/** A head is complete when it has a date (in a region with dates) and some other text. */
function complete(w: Walk, head: readonly Line[]): boolean {
  const hasText = head.some((l) => !dateOnly(w.state, l) && l.plain.length > 0);
  if (!w.dated) return hasText;
  return hasText && head.some((l) => lineDates(w.state, l).length > 0);
}

/**
 * A head that says more than one thing besides its date: two lines of text, or one line with a separator (a bar, a dash, a comma, a semicolon) or connector.
 * Remembered on the walk for the head as it is (asked for each line under it; a head only grows, by push, while its region is walked).
 */
function full(w: Walk, head: readonly Line[]): boolean {
  if (w.fullHead === head && w.fullLength === head.length) return w.fullValue;
  const value = isFull(w, head);
  w.fullHead = head;
  w.fullLength = head.length;
  w.fullValue = value;
  return value;
}

/** {@link full}, computed. */
function isFull(w: Walk, head: readonly Line[]): boolean {
  if (!complete(w, head)) return false;
  const text = head.filter((l) => !dateOnly(w.state, l) && !durationNote(w.state, l));
  if (text.length >= 2) return true;
  return text.some((l) => {
    // ("*Software Developer - Application Owner* - January 2014 to Present": a bold or italic run of jobs only is one role)
    // (what was left of the dates' separators after such a role says nothing more: "role - ")
    const bare = lineWithoutDates(w.state, l);
    const roled = [...l.boldParts, ...l.italicParts].reduce((x, r) => (/\s[-–—]\s/u.test(r) && onlyJobParts(w.state, r) ? x.replace(r, 'role') : x), bare);
    const t = roled === bare ? bare : trimChars(roled, ' |·•–—-,;');
    return /\s[|·•–—-]\s|[,;]\s|\s@|@\S|\s(?:at|en|chez|bei|à|em|w|в|у)\s/u.test(t) || roleInBrackets(w.state, t);
  });
}

/** "济南…科技厅 (职位-主理)": a bracket after a name that opens with a position label (not "누리소프트 (정규직)", a kind of employment). */
function roleInBrackets(state: ParseState, t: string): boolean {
  for (const m of t.matchAll(/[(（]([^()（）]{2,40})[)）]/gu)) {
    const inner = m[1]!;
    if (!m.index) continue;
    const label = /^([^\s:：\-–]{1,12})[\s:：\-–]/u.exec(inner);
    if (label !== null && fieldLabelOf(state, label[1]!) === 'position') return true;
  }
  return false;
}

/** A line that is only a place: a known place, or one or two capitalised words ("Gdańsk", "Remote"). */
function townLine(state: ParseState, l: Line): boolean {
  return recall(state, 'town-line', l, (x) => scorePlaceIn(state, x.plain) >= 2 || (/^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u.test(x.plain) && isTown(x.plain)));
}

/** `t` less a final "(…)" and the white space before it (as `t.replace(/\s*\(.*\)$/, '')`), by scanning. */
function dropFinalParen(t: string): string {
  if (!t.endsWith(')')) return t;
  let from = 0;
  for (let i = 0; i < t.length; i++) if (/[\n\r\u2028\u2029]/.test(t[i]!)) from = i + 1;
  let start = t.indexOf('(', from);
  if (start < 0 || start > t.length - 2) return t;
  while (start > 0 && /\s/.test(t[start - 1]!)) start--;
  return t.slice(0, start);
}

/** Ends with a company's legal form, whose full stop ends no sentence ("ALFA S.r.l.", "Acme Inc.", "Volkswagen Bank e.V."): dotted initials, or an organisation word of the lexicons written with its dot. */
function legalFormEnd(t: string): boolean {
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return /^(?:\p{L}{1,3}\.){2,4}$/u.test(last) || (LEXICON_INDEX.words.get(foldWord(last))?.some((h) => h.value === 'organisation') ?? false);
}

/**
 * "### 1996" / "Laurea in Informatica presso l’Università di Torino, voto 97/110.": right under a heading that is
 * only a date, the first line of text (a sentence, or "Name: subject") names what the date is of.
 */
function textUnderDateHeading(w: Walk, l: Line, prev: Line | undefined, next?: Line): boolean {
  const head = w.cur!.head;
  const date = head[0];
  // ("### 2018/04 - 2020/03" / "- 株式会社アクセルユニバース": a list of one item says it too)
  const lone = l.kind === 'item' && l.depth === 0 && !(next?.kind === 'item' && next.block !== l.block && next.depth === 0) && !/[.!?。]$/.test(l.plain);
  if ((l.kind !== 'text' && !lone) || l.depth > 0 || head.length !== 1 || !date || prev !== date || date.kind !== 'heading' || !dateOnly(w.state, date)) return false;
  return l.plain.length <= SHORT * 1.5 && words(l) <= 20;
}

/**
 * "**2020-2023**" / "- Thales, Toulouse, France" / "  - Ingénieur développement logiciel": under a line that is a date
 * alone, a first item that has sub-items names the entry, and its one sub-item completes it.
 */
function itemUnderDateLine(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  const head = w.cur!.head;
  const date = head[0];
  if (l.kind !== 'item' || !date || !prev || date.kind !== 'text' || !dateOnly(w.state, date) || prev !== head[head.length - 1]) return false;
  if (l.plain.length > SHORT || words(l) > 16 || /[.!?。]$/.test(l.plain) || lineDates(w.state, l).length > 0) return false;
  if (head.length === 1) return l.depth === 0 && next?.kind === 'item' && next.depth === 1;
  // (the item's only sub-item: of several, the role is found among them later, see takeRoleLine)
  return head.length === 2 && prev.kind === 'item' && prev.depth === 0 && l.depth === 1 && !(next?.kind === 'item' && next.depth >= 1);
}

/** A lone year: no month, no range ("Censos 2021"). */
const bareYear = (d: DateSpan): boolean => d.single && !d.ongoing && d.start?.length === 4;

/** "## INE, Recenseador - Censos 2021" / "- Abr 2021 a Jun 2021": the head's only dates are lone years inside its names, and the line gives more than a lone year. */
function datesYearHead(state: ParseState, head: readonly Line[], l: Line): boolean {
  return head.every((h) => lineDates(state, h).every(bareYear)) && !lineDates(state, l).every(bareYear);
}

/** "jan 2022 – out 2024 | São Paulo, Brasil (Remoto)": a line that opens with its dates, then, after a separator, a place alone. */
function datedPlace(state: ParseState, l: Line): boolean {
  const d = lineDates(state, l)[0];
  if (!d || d.index > 0) return false;
  const after = l.plain.slice(d.index + d.length).trimStart();
  if (!'|·•,–—-'.includes(after[0] ?? 'x') || words(l) > 14) return false;
  // (a note in brackets closing the place, "(Remoto)", is no part of it)
  const place = after.slice(1).trim();
  const open = place.endsWith(')') ? place.lastIndexOf('(') : -1;
  return place !== '' && scorePlaceIn(state, open > 0 ? place.slice(0, open).trim() : place) >= 2;
}

/**
 * "#### 디메타" / "- 2024.06.17 - 2025.09.12" / "- AI 팀 Engineer": under an undated heading, a first list item that is only
 * a date completes the head, and so does a short item right after that date item (the role or degree).
 */
function itemUnderHeading(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  const head = w.cur!.head;
  const last = head[head.length - 1];
  if (l.kind !== 'item' || l.depth > 0 || !prev || prev !== last || head[0]!.kind !== 'heading') return false;
  // ("## INE, Recenseador - Censos 2021" / "- Abr 2021 a Jun 2021": a year inside the heading's name dates nothing; a range under it does)
  if (dateOnly(w.state, l)) return head.every((h) => lineDates(w.state, h).length === 0) || datesYearHead(w.state, head, l);
  // ("### iFood — Engenheiro de Software" / "- jan 2022 – out 2024 | São Paulo, Brasil (Remoto)": so does one of a date and a place)
  if (datedPlace(w.state, l)) return head.every((h) => lineDates(w.state, h).length === 0);
  if (prev.kind === 'item' && dateOnly(w.state, prev)) return l.plain.length <= 60 && words(l) <= 12 && !/[.!?。]$/.test(l.plain) && lineDates(w.state, l).length === 0;
  // "<h3>GE Healthcare</h3>" / "<span>2025 - Current</span>" / "<li>Senior Software Engineer</li>": the one item under a
  // heading and its date line that names no job is the role, when it names one
  return head.length === 2 && prev.kind === 'text' && dateOnly(w.state, prev) && !(next?.kind === 'item' && next.depth === 0) && words(l) <= 6 && lineDates(w.state, l).length === 0 && wordClasses(l.plain, w.state).has('jobTitle') && !head.some((h) => wordClasses(h.plain, w.state).has('jobTitle'));
}

/** At most this many sub-items at the top of an undated item are its fields. */
const MAX_FIELD_ITEMS = 3;

/**
 * "* شرکت آراتل" / "    * توسعه دهنده سمت سرور" / "    * از مهر ۱۳۹۸ تا کنون", "* Acme Corp" / "  * Backend developer" /
 * "  * March 2019 - present": the first sub-items of an undated top-level item, up to the first dated one (within
 * three), when each is short and no sentence, are fields of the item's head.
 */
function fieldSubItems(state: ParseState, lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  lines.forEach((top, i) => {
    if (top.kind !== 'item' || top.depth !== 0 || lineDates(state, top).length > 0) return;
    const run: Line[] = [];
    for (let k = i + 1; k < lines.length && run.length < MAX_FIELD_ITEMS; k++) {
      const l = lines[k]!;
      if (l.kind !== 'item' || l.depth !== 1 || l.plain.length > SHORT || words(l) > 12 || /[.!?。]$/.test(l.plain)) return;
      run.push(l);
      if (lineDates(state, l).length > 0) {
        for (const x of run) out.add(x);
        return;
      }
    }
  });
  return out;
}

/** "Prime Minister's Office, Israel": a short name, then a place after its last comma. */
function placeTail(state: ParseState, text: string): boolean {
  const k = text.lastIndexOf(',');
  return k > 2 && countWords(text.slice(0, k)) <= 6 && /^[\p{Lu}\p{Lo}]/u.test(text) && !/[.!?。]$/u.test(text) && scorePlaceIn(state, text.slice(k + 1).trim()) >= 2;
}

/**
 * "- *Nov 2021 -- present*\\" / "  **Software Engineer**\\" / "  [Noveo](…)": under an item of dates alone and the role (or degree) line
 * of its hard-broken paragraph, a short line of the same paragraph that is a name (capitalised, or one link) names where.
 */
function nameUnderDatedRole(state: ParseState, head: readonly Line[], l: Line): boolean {
  if (head.length !== 2 || !dateOnly(state, head[0]!) || l.block !== head[1]!.block || words(l) > 6) return false;
  const role = wordClasses(head[1]!.plain, state);
  if (!role.has('jobTitle') && !role.has('degree')) return false;
  const linked = l.links.length === 1 && l.links[0]!.text === l.plain.trim();
  return (linked || /^[\p{Lu}\p{Lo}]/u.test(l.plain)) && !/[.!?。:：]$/u.test(l.plain) && lineDates(state, l).length === 0 && !wordClasses(l.plain, state).has('jobTitle');
}

/** A bullet typed as a character at the start of a text line ("▸ ", "• ", "► "). */
const TYPED_BULLET = /^[•▸►▪●◦‣➤➢∙⋅]\s/u;

/** "PeopleCert", "SingularLogic": one to three capitalised words, nothing else, no job word: a name (under a short role line: "* 2016-2017: Computer Programming Instructor"). */
function bareName(state: ParseState, text: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,2}$/u.test(text) && !wordClasses(text, state).has('jobTitle');
}

/**
 * Ends with a stop or a colon, as a sentence or a label does; not the dot of a place's code after a comma ("**ATS Global
 * Service - Cambridge, ON.**", "Bogota, COL.").
 */
function endsSentence(plain: string): boolean {
  return /[.!?。:：]$/u.test(plain) && !/,\s*\p{Lu}{2,3}\.$/u.test(plain);
}

/**
 * "- Since 2025: **Researcher in Analytical Sociology**␣␣" / "  Institute for Analytical Sociology (IAS)␣␣" / "  Linköping University": under
 * a dated item naming a job (or a degree: "Visiting Ph.D. Student") and no organisation, up to two short lines each naming an
 * organisation or a school are its organisation's.
 */
function organisationUnderRole(state: ParseState, head: readonly Line[], l: Line): boolean {
  if (head.length > 2 || words(l) > 12 || endsSentence(l.plain) || lineDates(state, l).length > 0) return false;
  const named = (x: Line): boolean => {
    const c = wordClasses(x.plain, state);
    return c.has('organisation') || c.has('institution');
  };
  const top = wordClasses(head[0]!.plain, state);
  return named(l) && (top.has('jobTitle') || top.has('degree')) && !top.has('organisation') && !top.has('institution') && head.slice(1).every(named);
}

/** A text line of the head item's hard-broken paragraph, right after the head, that completes an undated head: its date alone, a short marked line over it, or a short line one or two lines above it. */
function brokenHeadLine(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  const head = w.cur!.head;
  const item = head[0]!;
  if (l.kind !== 'text' || item.kind !== 'item' || l.depth !== item.depth + 1 || prev !== head[head.length - 1] || l.plain.length > SHORT) return false;
  // ("- **Calango Music** - Agosto/2010 até Agosto/2013␣␣" / "    Analista de Sistemas": a dated item's short next line names what it lacks)
  // ("- **Shanghai Jiao Tong University** <span …>Shanghai, China</span><br/>" / "  _Doctor of Philosophy (Ph.D.) in Bioinformatics_ <span …>2025</span>":
  // a short dated line right under an undated head line dates it)
  if (head.length === 1 && lineDates(w.state, item).length === 0 && lineDates(w.state, l).length > 0) return words(l) <= 10 && !/[.!?。]$/u.test(l.plain);
  // ("- **Documentation Manager**" / "    Waste Harmonics - Victor, NY `On-site`" / "    *Tagline* | October 2023 - Present":
  // the item's next paragraph, short, no sentence, over a dated paragraph of the item, names where)
  if (head.length === 1 && lineDates(w.state, item).length === 0 && lineDates(w.state, l).length === 0 && words(l) <= 10 && !/[.!?。:：]$/u.test(l.plain) && next?.kind === 'text' && next.depth === l.depth && next.block !== l.block && next.plain.length <= SHORT && lineDates(w.state, next).length > 0) return true;
  if (head.some((h) => lineDates(w.state, h).length > 0)) return (head.length === 1 && words(l) <= 6 && /^[\p{Lu}\p{Lo}]/u.test(l.plain) && !endsSentence(l.plain) && lineDates(w.state, l).length === 0 && next?.block !== l.block) || organisationUnderRole(w.state, head, l) || nameUnderDatedRole(w.state, head, l);
  if (dateOnly(w.state, l)) return true;
  if ((l.italic || l.bold) && next?.kind === 'text' && next.block === l.block && dateOnly(w.state, next)) return true;
  // ("- **RetinAI**␣␣" / "  *Software Engineer*␣␣" / "  Bern, Switzerland␣␣" / "  February 2025 - Present": short lines, the date
  // alone one or two lines on)
  const after = w.ahead;
  const brief = (x: Line): boolean => x.kind === 'text' && x.block === l.block && x.plain.length <= 60 && words(x) <= 8 && !/[.!?。:：]$/u.test(x.plain) && lineDates(w.state, x).length === 0;
  return head.length <= 3 && brief(l) && next !== undefined && (dateOnly(w.state, next) ? next.block === l.block : brief(next) && after?.block === l.block && dateOnly(w.state, after));
}

/**
 * "- *October 2019 - June 2022* \" / "  **Master’s Degree: Machine Learning** at [University of Tübingen](…)\": under an item of
 * dates alone, the item's next line, opening in bold (no bold label), undated and no sentence, names what they date.
 */
function boldUnderDateItem(w: Walk, l: Line, prev: Line | undefined): boolean {
  const head = w.cur!.head;
  const item = head[0]!;
  if (head.length !== 1 || item.kind !== 'item' || l.kind !== 'text' || l.depth !== item.depth + 1 || prev !== item || l.plain.length > SHORT) return false;
  return startsBold(l) && !/[:：]\s*$/u.test(l.boldParts[0] ?? '') && dateOnly(w.state, item) && lineDates(w.state, l).length === 0 && !/[.!?。]$/u.test(l.plain);
}

/** "*plc, matlab, rs232, rs485, ethernet*": a list of four or more short words, most in lower case (the tools of a job), is no head line. */
function keywordLine(l: Line): boolean {
  const parts = l.plain.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 4 || parts.some((p) => p.split(' ').length > 3)) return false;
  return parts.filter((p) => /^[\p{Ll}\d]/u.test(p)).length * 4 >= parts.length * 3;
}

/** A list of four or more parts of three words at most, parted by commas or spaced slashes (the tools or tasks of a job, in any case). */
function shortList(l: Line): boolean {
  const parts = l.plain.split(/,|\s\/\s/).map((p) => p.trim());
  return parts.length >= 4 && parts.every((p) => p.length > 0 && p.split(' ').length <= 3);
}

/** A line that opens with a link's name, then ends, or goes on after a semicolon, a comma, "&" or a joining word of the CV's first two languages ("[Bosch Rexroth](…); Remote, SC, USA", "[DTU](…) and [MPI](…)"). */
function linkLead(state: ParseState, l: Line): boolean {
  const first = l.links[0]?.text.trim();
  if (!first || first.length < 2 || !l.plain.startsWith(first)) return false;
  const rest = l.plain.slice(first.length).trimStart();
  if (rest === '' || /^[;,&]/u.test(rest)) return true;
  const word = foldWord(rest.split(' ')[0] ?? '');
  return state.lexicons.slice(0, 2).some((lex) => lex.joiners.includes(word));
}

/** A sub-item that opens with an italic run under a head whose role is bold ("* March 2025 up to now : **Research Intern**" / "  * *BNP Paribas Cardif*, in the R&D team"): the other field, marked its own way. */
function opensItalicBesideBold(l: Line, head: Line): boolean {
  const first = l.italicParts[0];
  return first !== undefined && first.length > 1 && l.plain.startsWith(first) && head.boldParts.length > 0 && !l.boldParts.length;
}

/**
 * "**09/2024-06/2026: Research Fellow**" / "* *<a …>Department of Architecture and Urban Studies, Politecnico di Milano</a>*": a first
 * item (or paragraph), short and wholly in italics or one link's text, under a dated bold head of one line that names no
 * organisation, names where.
 */
function markedNameUnderBoldHead(w: Walk, l: Line, prev: Line | undefined): boolean {
  const head = w.cur?.head;
  // (or a paragraph wholly in italics: "**Senior Software Developer · (May 2021 - Jun 2022)**" / "*Statistics Canada · Data Science Division*")
  if (!(l.kind === 'item' || (l.kind === 'text' && l.italic && l.depth === 0)) || prev === undefined || head?.length !== 1 || prev !== head[0] || prev.kind !== 'text' || !startsBold(prev)) return false;
  const link = l.links[0]?.text.trim();
  const marked = l.plain.length <= SHORT && (l.italic || (link !== undefined && link.length >= 2 && link.length >= l.plain.length - 2));
  return marked && lineDates(w.state, prev).length > 0 && lineDates(w.state, l).length === 0 && !namesOrganisation(w.state, prev.plain);
}

/**
 * "**Sviluppatore Front-End — Gruppo Meta …**\\" / "_Software house specializzata in …_\\" / "_24 gennaio 2023 – 30 aprile 2026 ·
 * sedi di Firenze …_": under a bold head of no date, a later line of its paragraph that opens with a range of dates, however
 * long, gives the head its dates (the lines between stay its text).
 */
function datesOfHeadParagraph(w: Walk, cur: NonNullable<Walk['cur']>, l: Line): boolean {
  const first = cur.head[0];
  if (w.style !== 'bold' || !first || l.kind !== 'text' || l.block !== first.block || cur.head.some((h) => lineDates(w.state, h).length > 0)) return false;
  const d = lineDates(w.state, l)[0];
  return d !== undefined && d.index <= 2 && !d.single;
}

/**
 * "08/18 - 02/21" / "**ATU Syd (Akademiet for talentfulde Unge):** Begabten-Förderungsprogramm, …": right under a date alone, in
 * its paragraph, a bold name and its colon open the head (where, then what); so does such a name alone, when it names an
 * organisation or a school ("**Europa-Universität Flensburg:**"; not "**Tasks:**").
 */
function boldNameUnderDate(w: Walk, l: Line, prev: Line | undefined): boolean {
  const head = w.cur!.head;
  if (!prev || head.length !== 1 || prev !== head[0] || l.block !== prev.block || l.kind !== 'text' || !dateOnly(w.state, prev) || !boldLabelLead(l) || lineDates(w.state, l).length > 0) return false;
  return !isLabel(l) || namesOrganisation(w.state, l.plain);
}

/** A line that can join the head of the current entry. */
function headLike(w: Walk, l: Line, prev: Line | undefined, next?: Line): boolean {
  const cur = w.cur!;
  if (blankFieldItem(w.state, l, next)) return true;
  if (boldNameUnderDate(w, l, prev)) return true;
  if (l.kind === 'rule' || isLabel(l)) return false;
  if (w.fieldItems.has(l) || w.rowHeads.has(l)) return true;
  if (w.rowRest.has(l)) return false;
  if (textUnderDateHeading(w, l, prev, next)) return true;
  if (w.style === 'item' && boldUnderDateItem(w, l, prev)) return true;
  if (notFieldLabel(w.state, l)) return false;
  // "**Accomplishments**" right under the head's date line, "#### 担当業務" under a dated heading: a sub-label of the entry's text, not a place or a role
  if (((l.kind === 'text' && l.bold) || l.kind === 'heading') && classifyHeadingIn(w.state, l.plain)?.how === 'exact') return false;
  // ("#### PjM/PdM (2020/08〜2021/04)" / "#### 当時の課題": an undated heading beside the head's dated one, at its level, is a part of its text;
  // beside a heading that is a date alone, "# 2021.01 - 2022.01" / "# Working on my own software", it is the head's rest)
  if (l.kind === 'heading' && lineDates(w.state, l).length === 0 && cur.head.some((h) => h.kind === 'heading' && h.level === l.level && lineDates(w.state, h).length > 0 && !dateOnly(w.state, h))) return false;
  if (l.kind === 'heading') return !yearWithinHead(w, l) && (!w.noisy || !full(w, cur.head) || townLine(w.state, l));
  // (an organisation's line under a heading that names none, before the short list it may look like: "*Device Insight GmbH*, *Product Development*, Munich, Germany")
  if (organisationForHead(w, cur.head, l, prev)) return true;
  // "1. **Role**" then a first sub-item "Company – 2019 to 2021": the sub-item completes the undated head
  if (w.style === 'item' && l.kind === 'item' && l.depth > 0 && prev === cur.head[cur.head.length - 1] && l.plain.length <= SHORT && lineDates(w.state, l).length > 0 && !cur.head.some((h) => lineDates(w.state, h).length > 0)) return true;
  // "* 2005 - 2013, Assistant Professor" then "  * Yale School of Medicine, Department of …": a first sub-item that names an organisation or school completes a dated head that names none
  // (so does one that ends with a place after a comma: "  * Prime Minister's Office, Israel")
  // (and one that opens in italics under a head whose role is in bold: "* March 2025 up to now : **Research Intern**" / "  * *BNP Paribas Cardif*, in the R&D team")
  if (w.style === 'item' && l.kind === 'item' && l.depth > 0 && cur.head.length === 1 && prev !== undefined && prev === cur.head[0] && l.plain.length <= SHORT && lineDates(w.state, l).length === 0 && (namesOrganisation(w.state, l.plain) || (bareName(w.state, l.plain) && words(prev) <= 6) || placeTail(w.state, l.plain) || opensItalicBesideBold(l, prev)) && !namesOrganisation(w.state, prev.plain) && lineDates(w.state, prev).length > 0 && wordClasses(prev.plain, w.state).has('jobTitle')) return true;
  if (w.style === 'item' && roleSubItem(w, l, prev, next, cur.head)) return true;
  // ("* 04.2020 - 06.2021: Machine Learning Operations" / "  * [Bosch Rexroth](…); Remote, SC, USA and Ulm, Germany": so does one that opens with a link's name, under a head of a date and a few words)
  if (w.style === 'item' && l.kind === 'item' && l.depth > 0 && cur.head.length === 1 && prev !== undefined && prev === cur.head[0] && l.plain.length <= SHORT * 1.5 && linkLead(w.state, l) && lineDates(w.state, l).length === 0 && lineDates(w.state, prev).length > 0 && words(prev) <= 8 && prev.links.length === 0) return true;
  // "* **02.2014 - 04.2014**" then, in the item, the paragraph "Программист в [Mindojo](…)": the item's first paragraph completes its date
  if (w.style === 'item' && l.kind === 'text' && cur.head.length === 1 && prev !== undefined && prev === cur.head[0] && l.depth > prev.depth && dateOnly(w.state, prev) && l.plain.length <= SHORT && !/[.!?。]$/.test(l.plain)) return true;
  // "- **Braindive, Seoul**␣␣" / "  _Developer_␣␣" / "  August 2023 - Present": the item's hard-broken lines that are a date alone or a
  // marked line before it complete an undated head
  if (w.style === 'item' && brokenHeadLine(w, l, prev, next)) return true;
  // "<li><strong>2014 – 2016:</strong><br />School, degree (…), diploma</li>": after a date alone, the line is the head however long
  if (w.style === 'item' || w.style === 'row') return l.kind === 'text' && l.block === cur.head[0]!.block && l.plain.length <= (cur.head.every((h) => dateOnly(w.state, h)) ? SHORT * 2 : SHORT);
  // ("**Mediengestalter, [Druckcenter Hamburg](…), Hamburg**" / "Verkauf, Kreation, Reinzeichnung, Druckproduktion": under a full head, a list of short words is its text)
  if ((l.kind === 'def' || l.kind === 'text') && full(w, cur.head) && shortList(l) && lineDates(w.state, l).length === 0) return false;
  // a definition's head ends with it: the next paragraph is the body
  if (w.style === 'term' && l.kind === 'text' && prev?.block !== l.block && cur.head.some((h) => h.kind === 'def')) return false;
  // a term that already says who, where and when ("Mar 2020 — Developer with **Appsmith**, Remote"): its definition is the text
  if (l.kind === 'def' && cur.head.length === 1 && cur.head[0]!.kind === 'term' && full(w, cur.head) && words(l) > 8) return false;
  // ("December 2020 - Current" / ": **Role** - [Company](…) - Varna" / "  - I am part of a team, developing …": the head is full; a long line of the definition is its text)
  if (l.kind === 'def' && cur.head.some((h) => h.kind === 'def') && full(w, cur.head) && words(l) > 8) return false;
  // (under an undated term, a sentence of many words is the definition's text: "<dt>Milonchik</dt>" / "<dd>Developed this
  // native macOS … app with an emphasis on speed.</dd>"; under a date, "2022" / ": Chargé d'enseignement à …", it is the head)
  if (l.kind === 'def') return cur.head.length <= 3 && l.plain.length <= SHORT * 1.5 && prev?.kind !== 'text' && !(words(l) > 8 && /[.!?。]$/u.test(l.plain) && !cur.head.some((h) => lineDates(w.state, h).length > 0));
  // "**InfortechMS**" then "* **Desenvolvedor Full Stack**" and "* 2017 - 2019": bold or date-only items right under a bold head line complete it
  // ("* 2013 - 2014 - interrompida": an item that opens with its dates is one too)
  // ("- **Graduate Research Scholarship** (July 2023 - Present)": so does a dated item that opens with its bold role)
  if (l.kind === 'item' && prev !== undefined && cur.head.includes(prev) && cur.head[0]!.kind === 'text' && (l.bold || dateOnly(w.state, l) || datedNote(w.state, l) || (startsBold(l) && !cur.head.some((h) => lineDates(w.state, h).length > 0) && lineDates(w.state, l).length > 0)) && l.plain.length <= SHORT) return true;
  // ("[**TalentTech**](…)" / "+ Разработчик" / "+ Декабрь 2021 – настоящее время": a short role item between them does too)
  if (l.kind === 'item' && prev === cur.head[0] && cur.head.length === 1 && cur.head[0]!.kind === 'text' && startsBold(cur.head[0]!) && next?.kind === 'item' && next.depth === l.depth && dateOnly(w.state, next) && words(l) <= 6 && !/[.!?。:：]$/.test(l.plain) && lineDates(w.state, l).length === 0) return true;
  if (itemUnderHeading(w, l, prev, next)) return true;
  // (a text line of a list item right under the head's heading: the heading sits in that item, "- [ ![logo] ### Role" / "Company")
  if (l.kind !== 'text' || (l.depth > 0 && !(prev?.kind === 'heading' && prev === cur.head[cur.head.length - 1]))) return false;
  // ("Été" / "2020" / "**Stagiaire … de la NBB (National Bank of Belgium)**, Bruxelles, Belgique.": after dates alone, a paragraph
  // opening in bold is the head however long)
  if (w.style === 'block' && startsBold(l) && prev !== undefined && cur.head.includes(prev) && prev.block !== l.block && l.plain.length <= SHORT * 2 && onlyDates(w.state, cur.head)) return true;
  // ("Since July 2021 \\" / "Research Associate. Complex Systems Institute, Paris Île-de-France (ISC-PIF)."): so is the line hard-broken
  // from them that opens with a sentence naming a job alone
  if (w.style === 'block' && prev !== undefined && cur.head.includes(prev) && prev.block === l.block && l.plain.length <= SHORT * 2 && onlyDates(w.state, cur.head) && (roleFirstSentence(w.state, l.plain) || roleAtOneSentence(w.state, l.plain))) return true;
  if (l.plain.length > SHORT || words(l) > 16) return false;
  // "▸ Backend-Dienste", "• Led the team": a line opening with a typed bullet is a point of the text, once the head is complete
  if (TYPED_BULLET.test(l.plain) && complete(w, cur.head)) return false;
  if (keywordLine(l)) return false;
  if (roleForHead(w, cur.head, l, prev)) return true;
  if (dateOnly(w.state, l) || l.bold || l.italic || l.code || startsBold(l)) return true;
  // a head that already gives its date and more than one field ("2018-2023 SALSIFY, Staff SE --- Boston MA"): a long line after it is the body
  if (words(l) >= 8 && full(w, cur.head) && lineDates(w.state, l).length === 0) return false;
  // (so is a shorter line of words mostly in small letters: "#### Plaay" / "Backend Developer – April 2014 - …␣␣" / "I built systems in cakephp")
  if (words(l) >= 4 && full(w, cur.head) && lowerShare(l.plain) > 0.6 && lineDates(w.state, l).length === 0) return false;
  // a sentence is text, unless a short one completes a head still without its date ("SCOR P&C, then Exane Derivatives.")
  const sentence = /[.!?。]$/.test(dropFinalParen(l.plain)) && !legalFormEnd(l.plain) && !orgThenPlace(w.state, l.plain);
  return cur.head.length <= 4 && (!sentence || (w.dated && words(l) <= 8 && !/[.!?]\s/.test(l.plain) && (!complete(w, cur.head) || degreeSentence(w, cur.head, l, prev))));
}

/** "Research & Education fellow at School of Collective Intelligence (M6 Polytechnic University).": one sentence of up to sixteen words, a job and a connector. */
function roleAtOneSentence(state: ParseState, plain: string): boolean {
  return !plain.slice(0, -1).includes('. ') && plain.split(' ').length <= 16 && namesJobAtPlace(state, plain);
}

/** "Postdoc researcher. French National Centre for Scientific Research (CNRS). …": a first sentence of up to five words naming a job and no organisation or school. */
function roleFirstSentence(state: ParseState, plain: string): boolean {
  const at = plain.indexOf('. ');
  if (at < 3) return false;
  const first = plain.slice(0, at);
  return first.split(' ').length <= 5 && !first.includes('.') && namesJobOnly(state, first);
}

/**
 * "Bond Maritime Services Limited (Oil & Gas Maritime Services). Victoria Island, Lagos.": a name of an organisation, a full stop,
 * then a place closed by one: a head's line written with stops, no sentence.
 */
function orgThenPlace(state: ParseState, plain: string): boolean {
  const t = plain.endsWith('.') ? plain.slice(0, -1) : plain;
  const dot = t.lastIndexOf('. ');
  return dot > 0 && namesOrganisation(state, t.slice(0, dot)) && scorePlaceIn(state, t.slice(dot + 2)) >= 2;
}

/** "`2011 – 2016`" / "__CETI Colomos__" / "Mechatronics Engineer degree.": a short sentence naming a degree, right under a head that names none, is its degree. */
function degreeSentence(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined): boolean {
  return words(l) <= 6 && prev === head[head.length - 1] && prev?.block === l.block && wordClasses(l.plain, w.state).has('degree') && !head.some((h) => wordClasses(h.plain, w.state).has('degree'));
}

/**
 * "2013 **Specijalist pedijatar** | Klinika …\" then "2013 **Doktor znanosti** | Doktorski studij …, Medicinski fakultet … | [doktorat](…)":
 * in a paragraph of hard-broken lines that each open with a date and name something, every such line (up to two
 * short lines long) starts an entry of its own, like the first.
 */
function datedSibling(w: Walk, l: Line, prev: Line | undefined): boolean {
  const head = w.cur!.head;
  if (l.kind !== 'text' || l.depth > 0 || !prev || prev.block !== l.block || head.length !== 1 || head[0] !== prev || l.plain.length > SHORT * 2) return false;
  const opens = (x: Line): boolean => {
    const d = lineDates(w.state, x)[0];
    return d !== undefined && d.index <= 2 && d.index + d.length < x.plain.length - 2 && !dateOnly(w.state, x);
  };
  return opens(prev) && opens(l);
}

/** "### Company" / description / "July 2012 – now" / "Co-founder, lead developer.": a short role sentence right under the date line. */
function roleAfterDate(w: Walk, l: Line, prev: Line | undefined): boolean {
  if (l.kind !== 'text' || !prev || !dateOnly(w.state, prev) || !w.cur!.head.includes(prev) || w.cur!.head[0]!.kind !== 'heading') return false;
  // (not under a role heading and an organisation heading already: "#### Programador" / "##### TempBuddy" / "###### 2018 - 2019")
  if (w.cur!.head.filter((h) => h.kind === 'heading' && !dateOnly(w.state, h)).length > 1) return false;
  if (words(l) > 10 || !/[.]$/.test(l.plain) || /[.!?]\s/.test(l.plain)) return false;
  return wordClasses(l.plain, w.state).has('jobTitle');
}

/**
 * "#### Техник …" / dates / text, then "**Системный администратор в ЧП «Гиротек» (Симферополь).**" / "Сентябрь 2010 --- декабрь 2012":
 * under headings, a wholly bold paragraph that names a job and where it was held, over a paragraph of dates alone, is the head
 * of an entry written another way.
 */
function boldRoleAtOverDate(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  if (w.style !== 'heading' || l.kind !== 'text' || !l.bold || l.depth > 0 || prev?.block === l.block || l.plain.length > SHORT) return false;
  if (!next || next.kind !== 'text' || next.block === l.block || !dateOnly(w.state, next) || lineDates(w.state, l).length > 0) return false;
  return namesJobAtPlace(w.state, l.plain);
}

/**
 * "**Server Engineer**  " / "**Devsisters** : **2018년 12월 - 2024년 1월**" in a section of definition-list entries: a wholly
 * bold line over a short dated line of its own paragraph, in an entry's text, is the head of an entry written another way.
 */
function boldPairHead(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  if (w.style === 'bold' || w.style === 'block' || w.style === 'row' || w.style === 'label' || w.style === 'para') return false;
  if (l.kind !== 'text' || !l.bold || l.depth > 0 || prev?.block === l.block || l.plain.length > 80 || w.repeated.has(l.plain)) return false;
  if (!next || next.kind !== 'text' || next.block !== l.block || next.plain.length > SHORT || !startsBold(next)) return false;
  return lineDates(w.state, l).length === 0 && lineDates(w.state, next).length > 0;
}

/**
 * "**Registered Nurse**" / "Pennsylvania College of Health Sciences (September 2016 – June 2017)" / "Medical Staffing Network
 * (March 2016- June 2016)": under a wholly bold, undated role line, short paragraphs that each close with their period in
 * brackets are each a job in that role (the role line is their group).
 */
function datedNameUnderRole(w: Walk, cur: EntryBlock, l: Line, prev: Line | undefined): Line[] | undefined {
  if (l.kind !== 'text' || l.depth > 0 || l.bold || prev?.block === l.block || l.plain.length > SHORT || !cur.body.every((b) => b.depth > 0)) return undefined;
  const role = cur.head.length === 2 ? cur.head[0] : cur.head.length === 1 ? cur.group[cur.group.length - 1] : undefined;
  const dated = cur.head[cur.head.length - 1]!;
  if (role?.kind !== 'text' || !role.bold || role === dated || lineDates(w.state, role).length > 0 || !wordClasses(role.plain, w.state).has('jobTitle')) return undefined;
  const closesInBrackets = (x: Line): boolean => {
    const ds = x.kind === 'text' && !x.bold && x.plain.endsWith(')') ? lineDates(w.state, x) : [];
    const d = ds[ds.length - 1];
    return ds.length === 1 && d!.index > 2 && x.plain.lastIndexOf('(') < d!.index && d!.index + d!.length >= textEnd(x.plain) && !dateOnly(w.state, x);
  };
  if (!closesInBrackets(dated) || !closesInBrackets(l)) return undefined;
  return cur.head.length === 2 ? [...cur.group, role] : cur.group;
}

/** Starts an entry at a line of another shape than the section's anchors (a role of a group, a bold pair); false when it starts none. */
function startsOtherEntry(w: Walk, cur: EntryBlock & { phase: 'head' | 'body' }, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  const underRole = datedNameUnderRole(w, cur, l, prev);
  if (underRole) {
    // (its head is whole: the next bold role line opens an entry of its own)
    w.cur = { group: underRole, head: [l], body: [], phase: 'body' };
    w.out.entries.push(w.cur);
    return true;
  }
  const group = roleInGroup(w, cur, l, prev, next) ?? datedRoleInGroup(w, cur, l, prev) ?? datedBoldRoleInGroup(w, cur, l, prev) ?? roleHeadingInGroup(w, cur, l);
  if (group) {
    // (a heading alone over text, now the group of its first role: that entry takes its place, and the text)
    const opens = cur.head.length === 1 && group.includes(cur.head[0]!);
    w.cur = { group, head: [l], body: opens ? cur.body : [], phase: 'head' };
    if (opens) w.out.entries[w.out.entries.indexOf(cur)] = w.cur;
    else w.out.entries.push(w.cur);
    return true;
  }
  if (cur.phase !== 'body' || !(boldPairHead(w, l, prev, next) || boldRoleAtOverDate(w, l, prev, next))) return false;
  start(w, l);
  return true;
}

function start(w: Walk, l: Line): void {
  w.cur = { group: [], head: [l], body: [], phase: 'head' };
  w.out.entries.push(w.cur);
}

/**
 * "<h4>2016 - Présent</h4>" / "<h3>MOVE PUBLISHING</h3>" / "<h3>Développeuse Front-End</h3>": a heading right after the
 * head's name heading, at its level, under a date-only heading of another level that opened the head, is the rest of it.
 */
function roleAfterDateFirst(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  const [date, first] = head;
  if (head.length !== 2 || prev !== first || !first || !date || date.kind !== 'heading' || first.kind !== 'heading' || first.level !== l.level || date.level === l.level) return false;
  return dateOnly(w.state, date) && !dateOnly(w.state, first) && lineDates(w.state, l).length === 0 && !(next && dateOnly(w.state, next));
}

/**
 * "#### lepius.com" / "###### 2023-2024" / "#### CTO" (or "##### CTO"): a heading of the head's level or below right after the head's
 * deeper date-only heading (or a deeper one after its date-only line), and not itself followed by a date, is the rest of that head.
 */
function roleUnderDate(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  const [first, date] = head;
  if (head.length !== 2 || prev !== date || !first || !date || first.kind !== 'heading') return false;
  // (or below the head's heading, after its date written as a line or an item: "### OB Square" / "- Apr. 2025 – Present" / "#### Food Server")
  if (date.kind === 'heading' ? date.level <= l.level : l.level <= first.level) return false;
  return dateOnly(w.state, date) && !dateOnly(w.state, first) && lineDates(w.state, l).length === 0 && !(next && dateOnly(w.state, next));
}

/**
 * "### Microsoft — Mountain View, CA" / "**Senior Software Engineer**" / "*July 2018 to October 2024*" / bullets /
 * "**Senior Technical Evangelist**" / "*March 2017 to July 2018*": in the body of an entry headed by a heading
 * and a bold role, another bold line over a date line is another role at the same organisation (the
 * heading is its group).
 */
function roleInGroup(w: Walk, cur: EntryBlock & { phase: 'head' | 'body' }, l: Line, prev: Line | undefined, next: Line | undefined): Line[] | undefined {
  if (w.style !== 'heading' || cur.phase !== 'body' || l.kind !== 'text' || !(l.bold || l.code) || l.depth > 0 || l.plain.length > SHORT) return undefined;
  if (prev?.block === l.block || !next || next.block !== l.block || !dateOnly(w.state, next) || lineDates(w.state, l).length > 0) return undefined;
  const [first, second] = cur.head;
  if (first?.kind === 'heading' && second?.kind === 'text' && (second.bold || second.code) && (l.bold ? second.bold : second.code)) return [...cur.group, first];
  // ("## PagerDuty" / a paragraph about it / "`Senior Engineer, Growth`" / "`June 2018 - Present`": under an undated heading
  // alone, the first such pair is the heading's first role)
  if (first?.kind === 'heading' && cur.head.length === 1 && lineDates(w.state, first).length === 0) return [...cur.group, first];
  return first?.kind === 'text' && (l.bold ? first.bold : first.code) && cur.group.some((g) => g.kind === 'heading') ? cur.group : undefined;
}

/**
 * "**LEROY MERLIN VOSTOK.** Moscou, Russie" / "*Commerce de détail*" / "10/2022 — présent. **Architecte technique**" / text /
 * "03/2018 — 10/2022. **Chef de produit**": under bold heads, a paragraph that opens with its date and holds a bold run, shaped
 * as the head's own dated line is, is another role at the organisation (the head's lines above its dated line are its group).
 */
function datedBoldRoleInGroup(w: Walk, cur: EntryBlock & { phase: 'head' | 'body' }, l: Line, prev: Line | undefined): Line[] | undefined {
  if (w.style !== 'bold' || cur.phase !== 'body' || l.kind !== 'text' || l.depth > 0 || l.bold || prev?.block === l.block) return undefined;
  const opens = (x: Line | undefined): boolean => {
    const d = x?.kind === 'text' && !x.bold && x.boldParts.length > 0 ? lineDates(w.state, x)[0] : undefined;
    return d !== undefined && d.index <= 2 && !dateOnly(w.state, x!) && x!.plain.length <= SHORT;
  };
  if (!opens(l)) return undefined;
  if (cur.group.length > 0 && cur.head.length === 1 && opens(cur.head[0])) return cur.group;
  const at = cur.head.findIndex((h) => opens(h));
  return at > 0 && at === cur.head.length - 1 && startsBold(cur.head[0]!) && lineDates(w.state, cur.head[0]!).length === 0 ? [...cur.group, ...cur.head.slice(0, at)] : undefined;
}

/**
 * "### Conta Azul" / "*05/2025 - 07/2025* ~ **Tech lead**\\" / text / "*08/2022 - 05/2025* ~ **Sênior Java Developer**\\": in the
 * body of an entry headed by a heading and a line that opens (or closes) with its date and names more, another paragraph
 * opening (closing) the same way is another role at the same organisation, or another degree at the same school (the
 * heading is its group).
 */
function datedRoleInGroup(w: Walk, cur: EntryBlock & { phase: 'head' | 'body' }, l: Line, prev: Line | undefined): Line[] | undefined {
  if (w.style !== 'heading' || l.kind !== 'text' || l.depth > 0 || l.plain.length > SHORT || prev?.block === l.block) return undefined;
  // (a sentence of many words that holds a year is text: "> O Plaay é um projeto … que nasceu no início de 2013.")
  if (words(l) > 8 && /[.!?。]$/u.test(l.plain)) return undefined;
  const opens = (x: Line | undefined): boolean => {
    const d = x?.kind === 'text' ? lineDates(w.state, x)[0] : undefined;
    return d !== undefined && d.index <= 2 && !dateOnly(w.state, x!);
  };
  // ("### **Mississippi State University**" / "Master of Professional Accountancy, May 2022" / "Bachelor of Accountancy, May 2021": closing with it)
  const closes = (x: Line | undefined): boolean => {
    const ds = x?.kind === 'text' ? lineDates(w.state, x) : [];
    const d = ds[ds.length - 1];
    return d !== undefined && d.index > 2 && d.index + d.length >= textEnd(x!.plain) && !dateOnly(w.state, x!);
  };
  const same = opens(l) ? opens : closes(l) ? closes : undefined;
  if (!same) return undefined;
  const [first, second] = cur.head;
  // ("### NETCRACKER (Project Manager, …, 2010/09 - 2021/01)" / "2020 - 2021, telenet.be, Главный Проектный Менеджер" /
  // bullets / "2019 - 2020, turkcell.com.tr, Проектный Менеджер" …: under a dated heading alone, a paragraph that opens with
  // a period within the heading's is one of its roles)
  if (first?.kind === 'heading' && cur.head.length === 1 && same === opens && periodWithin(lineDates(w.state, l)[0]!, lineDates(w.state, first)[0])) return [...cur.group, first];
  // (a paragraph of its own: in the head still when the head is the heading and that one line)
  if (first?.kind === 'heading' && same(second) && ((same === opens && cur.phase === 'body') || cur.head.length === 2) && lineDates(w.state, first).length === 0) return [...cur.group, first];
  // (a third role: "**Senior Architect (2015 - 2019)**" after "**Associate (2019 - 2022)**" and its text, in the heading's group)
  return cur.phase === 'body' && same(first) && cur.group.some((g) => g.kind === 'heading') ? cur.group : undefined;
}

/**
 * "### [Proquip Rental & Sales] [Feb 2018 - Jul 2021]" / "#### (IT Support Specialist)" / points / "#### (Administrative
 * Assistant)": in the body of an entry headed by a heading and a deeper undated heading naming a job, another undated
 * heading of that level naming a job is another role at the same organisation (the first heading is its group).
 */
function roleHeadingInGroup(w: Walk, cur: EntryBlock & { phase: 'head' | 'body' }, l: Line): Line[] | undefined {
  if (w.style !== 'heading' || cur.phase !== 'body' || l.kind !== 'heading' || cur.head.length !== 2) return undefined;
  const [first, second] = cur.head;
  if (first?.kind !== 'heading' || second?.kind !== 'heading' || second.level !== l.level || second.level <= first.level) return undefined;
  const job = (x: Line): boolean => words(x) <= 10 && lineDates(w.state, x).length === 0 && wordClasses(x.plain, w.state).has('jobTitle');
  return job(second) && job(l) ? [...cur.group, first] : undefined;
}

/** Where `s` ends before the spaces, full stops and closing brackets after its last word (a scan: no pattern anchored at the end). */
function textEnd(s: string): number {
  let end = s.length;
  while (end > 0 && ' \t.)]'.includes(s[end - 1]!)) end--;
  return end;
}

/**
 * A line under a heading that dates it: any dated line, except a long one whose first date is inside its text
 * ("*S.I.I.T. S.r.l. - Società nata nel 1951 per il confezionamento …*" describes the organisation).
 */
function headingDateLine(state: ParseState, l: Line): boolean {
  const d = lineDates(state, l)[0];
  return d !== undefined && (l.plain.length <= SHORT || d.index <= 2);
}

/** Whether the heads of a region (headings, short bold lines or top-level items) are undated and at least two of them have a line opening with a date right before them. */
function datesBeforeHeadings(state: ParseState, lines: readonly Line[], style: string): boolean {
  if (style === 'item') return datesBeforeItems(state, lines);
  // a region that opens with a head and dates it before the next head: that date is the first head's, so dates come
  // after ("### Senior Software Engineer" / "**Braze** • *Full-time*" / "*May 2021 - Present · 4 yrs*" / "### …")
  if (style === 'heading' && entryHeadLine(style, lines[0])) {
    for (let i = 1; i < lines.length && !entryHeadLine(style, lines[i]); i++) if (datedNote(state, lines[i]!)) return false;
  }
  // nor where the last heading is dated below it, with no heading after the date for it to be before ("University of Hawaiʻi at
  // Mānoa" / "----" / "Temporary Assistant Professor, …" / "Fall 2018 to Spring 2021", the region's end)
  if (style === 'heading' && lastHeadDatedBelow(state, lines)) return false;
  let before = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!entryHeadLine(style, l)) continue;
    const next = lines[i + 1];
    // under a heading, any date after it means dates come after; under a bold line only a date line does
    // ("*ALFA S.r.l. - Società … costituita nel giugno 2015*" is the organisation's line)
    if (lineDates(state, l).length > 0 || (next && (style === 'heading' ? headingDateLine(state, next) || datedUnder(state, next, lines[i + 2]) : datedNote(state, next)))) return false;
    // under bold lines, the date line is a paragraph of its own, not the last line of the entry above
    // ("**Engineer**␣␣ / *Acme, Berlin*␣␣ / *April 2022 - Present*" then the next "**Engineer**")
    const note = lines[i - 1]!;
    if (datedNote(state, note) && (style === 'heading' || lines[i - 2]?.block !== note.block)) before++;
    else if (style !== 'heading' && datedNote(state, note)) return false;
  }
  return before >= 2;
}

/** Whether one of the three lines after the region's last heading is a date alone. */
function lastHeadDatedBelow(state: ParseState, lines: readonly Line[]): boolean {
  const last = lines.findLastIndex((l) => l.kind === 'heading');
  return last >= 0 && lines.slice(last + 1, last + 4).some((l) => dateOnly(state, l));
}

/**
 * "`Октомври 2024 - До момента`" / "- МУ-Пловдив | Млад учен …": top-level items each right after a paragraph that is a date
 * note, in most of the items (a date inside an item, such as a contract's, counts against it, but does not decide alone).
 */
function datesBeforeItems(state: ParseState, lines: readonly Line[]): boolean {
  let before = 0;
  let within = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'item' || l.depth > 0) continue;
    const note = lines[i - 1]!;
    // (a date line inside the item above, "- **Braindive**␣␣" / "  _Developer_␣␣" / "  August 2023 - Present", is that item's)
    if (note.kind === 'text' && note.depth === 0 && note.block !== l.block && datedNote(state, note)) before++;
    else if (lines.slice(i, i + 3).some((x) => x.block === l.block && lineDates(state, x).length > 0)) within++;
  }
  return before >= 2 && before > within;
}

/** "# Svenska för Invandrare" / "ABF" / "Nov 2013 - March 2014": a short line under a heading, then a date alone in the same paragraph (the heading's own date, not the next entry's). */
function datedUnder(state: ParseState, next: Line, after: Line | undefined): boolean {
  return next.kind === 'text' && next.plain.length <= SHORT && !!after && after.block === next.block && dateOnly(state, after);
}

/** A line that heads entries in a region of this style: a heading, a short bold line ("<b><h1>IT Manager</h1></b>"), or a top-level item. */
function entryHeadLine(style: string, l: Line | undefined): boolean {
  if (!l) return false;
  if (style === 'item') return l.kind === 'item' && l.depth === 0;
  return style === 'heading' ? l.kind === 'heading' : style === 'bold' && l.kind === 'text' && l.bold && l.plain.length <= SHORT && !isLabel(l);
}

/** A short line, not a heading, that opens with a date ("2018-05 - heute, Hockenheim", "📅 07/2023 – Oggi"). */
function datedNote(state: ParseState, l: Line): boolean {
  if (l.kind === 'heading' || l.plain.length > 80) return false;
  const d = lineDates(state, l)[0];
  return d !== undefined && (d.index <= 2 || !/[\p{L}\p{N}]/u.test(l.plain.slice(0, d.index)));
}

/** Under headings, a new block after a full head closes it, unless it is a date or a place alone. */
function closesHead(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined): boolean {
  const newBlock = prev === undefined || prev.block !== l.block;
  // (and, in dated paragraphs, a wholly bold undated paragraph under a head of two lines that says all: "Space System Design Studio ·
  // Jan 2022 - May 2023" / "Structural Analyst · Ithaca, NY" / "**Cislunar Explorers**", a project inside the job's text)
  // (not one that names an organisation, a school, a job or a degree: "`1999-2003`" / "Ingeniería técnica …" / "**Universidad Politécnica de Valencia.**")
  if (w.style === 'block' && l.kind === 'text' && l.bold && head.length >= 2 && lineDates(w.state, l).length === 0 && full(w, head) && namesNothing(w.state, l.plain)) return true;
  return (w.style === 'heading' || w.style === 'bold') && (l.kind !== 'heading' || w.noisy) && newBlock && full(w, head) && !dateOnly(w.state, l) && !townLine(w.state, l) && !roleForHead(w, head, l, prev) && !organisationForHead(w, head, l, prev);
}

/**
 * "* Squire and Company, PC, _Orem, UT_, 2015-2017" / "  * Senior Consultant, Advisory Services" / "    * …": a first sub-item, short and
 * undated, naming a job, with no sibling after it, completes a dated head that names an organisation and no job.
 */
function roleSubItem(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined, head: readonly Line[]): boolean {
  if (l.kind !== 'item' || l.depth === 0 || head.length !== 1 || prev === undefined || prev !== head[0] || l.plain.length > SHORT || /[.!?。]$/.test(l.plain)) return false;
  if ((next?.kind === 'item' && next.depth === l.depth) || lineDates(w.state, l).length > 0 || lineDates(w.state, prev).length === 0) return false;
  return wordClasses(l.plain, w.state).has('jobTitle') && namesOrganisation(w.state, prev.plain) && !wordClasses(prev.plain, w.state).has('jobTitle');
}

/**
 * "### Mestrado em Sistemas de Informação de Gestão (2022 - Atual)" / "**Coimbra Business School**": a bold line right
 * under a heading head that names no organisation or school, itself short and naming one, is that head's organisation;
 * so is a line opening with a marked run ("*Infineon Technologies AG*, *Design In Tools …*, Munich, Germany") that names
 * one, or, under a dated heading that names a job and no organisation, closes with a place; and a short unmarked line
 * naming an organisation and closing with a place under a dated heading that names a job ("SMP Management AG, Hamburg").
 */
function organisationForHead(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined): boolean {
  if (w.style !== 'heading' || l.kind !== 'text' || l.depth > 0 || l.plain.length > SHORT || prev !== head[head.length - 1] || head.length !== 1) return false;
  const lead = l.bold ? undefined : markedLead(l);
  const line = wordClasses(l.plain, w.state);
  const named = wordClasses(head[0]!.plain, w.state);
  // (under a dated heading that names a job, the line closes with a place)
  const placedUnderRole = (): boolean => named.has('jobTitle') && lineDates(w.state, head[0]!).length > 0 && placeClosesParts(w.state, l.plain);
  if (!l.bold && !lead) return line.has('organisation') && words(l) <= 8 && !/[.!?。]$/u.test(l.plain) && placedUnderRole();
  if (line.has('institution') ? !named.has('institution') : line.has('organisation') && !named.has('organisation') && !named.has('institution')) return true;
  // (an italic name with no organisation's word, "*MS Elektrotechnik*, *Product Development*, Friedrichsdorf, Germany")
  // (or a bold one and a place after a bar under a heading naming a job: "### **Técnico em Eletrônica**" / "**Marte Instrumentação** | São Paulo - SP")
  return lead !== undefined && !named.has('organisation') && !named.has('institution') && (placedUnderRole() || (named.has('jobTitle') && placeAfterBar(w.state, l.plain.slice(lead.length))));
}

/** The text after a bar is a known place: "| São Paulo - SP". */
function placeAfterBar(state: ParseState, rest: string): boolean {
  const t = rest.trim();
  return t.startsWith('|') && !t.includes('|', 1) && scorePlaceIn(state, t.slice(1).trim()) >= 2;
}

/**
 * "*Infineon Technologies AG*, *Design In Tools …*, Munich, Germany": the italic or bold run that opens a line of no sentence,
 * followed only by comma parts; undefined otherwise.
 */
function markedLead(l: Line): string | undefined {
  if (/[.!?。]$/u.test(l.plain) || !/[,|]/.test(l.plain)) return undefined;
  return [...l.italicParts, ...l.boldParts].find((p) => p.length > 1 && l.plain.startsWith(p) && /^\s*[,|]/u.test(l.plain.slice(p.length)));
}

/** The last comma parts of `text` (one or two) name a known place ("…, Munich, Germany"). */
function placeClosesParts(state: ParseState, text: string): boolean {
  const parts = text.split(',').map((p) => p.trim());
  return parts.length >= 2 && (scorePlaceIn(state, parts.slice(-2).join(', ')) >= 2 || scorePlaceIn(state, parts.at(-1)!) >= 2);
}

/**
 * "### 2021 – Prezent — IDEA DB CONSULTING S.R.L. — Roma, Italia" / "**Data Warehouse Architect | Oracle Expert**": a bold
 * line right under a heading head that names no job, itself short and naming one, is the role of that head.
 */
function roleForHead(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined): boolean {
  if (w.style === 'bold') return roleParagraphForHead(w, head, l, prev);
  if (w.style !== 'heading' || l.kind !== 'text' || !l.bold || l.plain.length > SHORT || prev !== head[head.length - 1] || head.length !== 1) return false;
  return wordClasses(l.plain, w.state).has('jobTitle') && !wordClasses(head[0]!.plain, w.state).has('jobTitle');
}

/**
 * "**2009---2013:** [**National Oceanography Centre**], Liverpool, UK" / "Physical Oceanographer.": a paragraph of a few words
 * right under a bold-led head that names organisations and no job, naming a job itself, is that head's role.
 */
function roleParagraphForHead(w: Walk, head: readonly Line[], l: Line, prev: Line | undefined): boolean {
  if (l.kind !== 'text' || l.depth > 0 || head.length !== 1 || !prev || prev !== head[0] || prev.block === l.block || words(l) > 8 || /[.!?;:]\s/.test(l.plain)) return false;
  if (lineDates(w.state, l).length > 0 || !wordClasses(l.plain, w.state).has('jobTitle')) return false;
  const named = wordClasses(head[0]!.plain, w.state);
  return !named.has('jobTitle') && (named.has('organisation') || named.has('institution'));
}

/** `l` is a heading one level or more below the heading `prev`. */
const deeperHeading = (prev: Line | undefined, l: Line): boolean => prev?.kind === 'heading' && l.kind === 'heading' && l.level > prev.level;

/**
 * "### • SportInn (май - июль 2024 г.)" / "Проект: интернет-магазин …" / "###### Backend Go разработчик & DevOps": an undated
 * heading below the entry's heading, naming a job the head does not, after no more than two lines of text, is the role.
 */
function roleHeadingAfterNote(w: Walk, cur: EntryBlock, l: Line): boolean {
  const top = cur.head[0];
  if (w.style !== 'heading' || l.kind !== 'heading' || top?.kind !== 'heading' || l.level <= top.level || words(l) > 8) return false;
  // (not a part of the entry named by a section word: "#### 担当業務")
  if (cur.body.length > 2 || cur.body.some((b) => b.kind !== 'text') || lineDates(w.state, l).length > 0 || classifyHeadingIn(w.state, l.plain)) return false;
  return wordClasses(l.plain, w.state).has('jobTitle') && !cur.head.some((h) => wordClasses(h.plain, w.state).has('jobTitle'));
}

/**
 * The steps that come before a line's usual reading: a dated note over an entry's head starts the entry, and a line
 * that completes the open head joins it. True when one of them took the line.
 */
function headFirstStep(w: Walk, l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  if (boldLeadOverItem(w, l, next)) {
    start(w, l);
    return true;
  }
  if (placedNameTerm(w, l, next)) {
    w.cur!.head.push(l);
    return true;
  }
  const lead = w.cur;
  // (and the dated item right under it joins its head)
  if (lead && prev && lead.head.length === 1 && lead.head[0] === prev && lead.body.length === 0 && boldLeadOverItem(w, prev, l)) {
    lead.head.push(l);
    return true;
  }
  if (w.datesBefore && entryHeadLine(w.style, next) && datedNote(w.state, l)) {
    start(w, l);
    return true;
  }
  const cur = w.cur;
  // the heading right after the date line that started the entry joins its head (even a role named twice in the CV),
  // and so does a deeper heading right under that one ("Abril 2019 – Actualment" / "<h3>Role</h3><h4>Org</h4>")
  if (cur && w.datesBefore && prev === cur.head[cur.head.length - 1] && entryHeadLine(w.style, l) && (cur.head.length === 1 || deeperHeading(prev, l))) {
    cur.head.push(l);
    return true;
  }
  // "**Contoso** *2008 - 2011*" / "Redmond, Washington" / "**Software Development Engineer**": a bold role completes the head
  // (not a head whose role is its group's bold line: see datedNameUnderRole)
  if (cur && w.style === 'bold' && !cur.group.some((g) => g.kind === 'text' && g.bold) && completesHeadWithRole(w.state, cur.head, cur.body, l)) {
    cur.head.push(...cur.body.splice(0), l);
    cur.phase = 'head';
    return true;
  }
  return false;
}

/**
 * "<b> Meta </b> - Meta Reality Labs  (Redmond, WA, USA)" over "<ul><li>Research Intern (May 2024 - Sep 2024)</li>…": in a
 * region of dated items (or under a heading), an undated short paragraph opening in bold right over a list whose first item is
 * dated opens that item's entry.
 */
function boldLeadOverItem(w: Walk, l: Line, next: Line | undefined): boolean {
  if ((w.style !== 'item' && w.style !== 'heading') || l.kind !== 'text' || next?.kind !== 'item' || next.depth !== 0 || (next.block === l.block && !l.html)) return false;
  // (under a dated heading, a bold line over dated items is a part of that job: "### Head of Product @ Segurbox" / "*Ene 2020 – Presente*" /
  // "**Evolución del rol**" / "- **Head of Product** (Ene 2023 – Presente) → …")
  const head = w.cur?.head;
  if (w.style === 'heading' && head?.[0]?.kind === 'heading' && head.some((h) => lineDates(w.state, h).length > 0)) return false;
  return startsBold(l) && l.plain.length <= SHORT && lineDates(w.state, l).length === 0 && lineDates(w.state, next).length > 0 && !isLabel(l);
}

/**
 * "**Data Science Fellow (12/2024 - 08/2025)**" / "_Springboard (Remote)_" / "[**Predict Used Vehicle Prices**](…)" / "- Executed …":
 * under a full dated head, an undated paragraph that is wholly one bold link, over a list, titles a project of that job's text.
 */
function linkedTitleOverList(w: Walk, l: Line, next: Line | undefined): boolean {
  if (w.style !== 'bold' || l.kind !== 'text' || !l.bold || l.links.length !== 1 || next?.kind !== 'item') return false;
  const head = w.cur?.head;
  if (head === undefined || l.links[0]!.text.trim() !== l.plain.trim() || lineDates(w.state, l).length > 0) return false;
  // (not where the entry itself opened with a bold line and no dates: "[**Halyk Bank**](…)" or "**SoftLink**" / "+ Разработчик" /
  // "+ Август 2019 – …" / … then "[**Samgau**](…)" over its own list is the next employer)
  const first = head[0]!;
  if (first.kind === 'text' && first.bold && lineDates(w.state, first).length === 0) return false;
  return head.some((h) => lineDates(w.state, h).length > 0) && full(w, head) && namesNothing(w.state, l.plain);
}

/**
 * "**M.Sc. Computer Science**" / ": 2010 - 2017" / "Technical University of Munich" / ": Munich, Germany": an undated term naming a
 * school or an organisation, whose definition is a place alone, right after a dated head with no text that names neither, completes it.
 */
function placedNameTerm(w: Walk, l: Line, next: Line | undefined): boolean {
  const cur = w.cur;
  if (w.style !== 'term' || l.kind !== 'term' || next?.kind !== 'def' || !cur || cur.body.length > 0 || lineDates(w.state, l).length > 0) return false;
  if (lineDates(w.state, next).length > 0 || scorePlaceIn(w.state, next.plain) < 2 || !cur.head.some((h) => lineDates(w.state, h).length > 0)) return false;
  const names = (t: string, degreeToo: boolean): boolean => {
    const c = wordClasses(t, w.state);
    return (c.has('organisation') || c.has('institution')) && (degreeToo || !c.has('degree'));
  };
  // (a degree's line that names a department is no school's: "**컴퓨터공학과 학사**" / ": **2010년 3월 - 2017년 8월**" / "서울과학기술대학교")
  return names(l.plain, true) && !cur.head.some((h) => names(h.plain, false));
}

/**
 * "#### 2022 - Presente" opens the region, its role and organisation headings come after its text: a date-only heading of
 * that level opens the next entry, never dates the undated head above it ("### **Engenheiro de Sistemas**" / "##### EXADS …" / "#### 2020 - Presente").
 */
function leadDate(w: Walk, l: Line): boolean {
  return w.leadDateLevel > 0 && l.kind === 'heading' && l.level === w.leadDateLevel && dateOnly(w.state, l);
}

/**
 * "### Neben Schule und Studium habe ich als Entwickler für folgende Firmen gearbeitet" over "#### AssetGate Real Estate": an
 * undated heading alone in a head that is a sentence (nine words or more, most of them in lower case) heads the entries under
 * it; it is no part of the first one's head.
 */
function sentenceHeadingAlone(w: Walk, head: readonly Line[]): boolean {
  const h = head[0]!;
  return head.length === 1 && h.kind === 'heading' && words(h) >= 9 && lowerShare(h.plain) > 0.5 && lineDates(w.state, h).length === 0;
}

/**
 * "* Geboren am 29. Dezember 2005" at the top of an education list: a personal detail's label (one to three words, no colon)
 * and its date open no entry; the line is the section's text.
 */
function personalDateItem(state: ParseState, l: Line): boolean {
  const d = lineDates(state, l)[0];
  if (!d || d.index === 0 || d.index > 40) return false;
  const label = l.plain.slice(0, d.index).trim();
  return label.split(' ').length <= 3 && fieldLabelOf(state, label) === 'personal';
}

/** The level of the region's first heading where it is a date alone, or 0. */
function leadDateLevel(state: ParseState, style: EntryStyle, lines: readonly Line[]): number {
  const first = lines.find((l) => l.kind !== 'rule');
  return style === 'heading' && first?.kind === 'heading' && dateOnly(state, first) ? first.level : 0;
}

/** One line of a region: starts an entry, joins the head, or goes to the body (or the intro). */
function step(w: Walk, l: Line, prev: Line | undefined, next?: Line): void {
  if (headFirstStep(w, l, prev, next)) return;
  const cur = w.cur;
  // ("#### 担当業務" under each job, read as a label line: see demotePartHeadings) a caption is the text's, never a head's
  // (and so is a heading over dated items: "### Ostale profesionalne aktivnosti")
  if (cur && (l.caption || w.groupHeads.has(l))) {
    cur.phase = 'body';
    cur.body.push(l);
    return;
  }
  // where date lines open the entries of bold lines, they alone do: "*<b>Beta S.r.l.</b> - … nel 1990*" is the organisation's line
  const opensEntries = !(cur && w.datesBefore && w.style === 'bold') && !linkedTitleOverList(w, l, next);
  if (opensEntries && isAnchor(w.style, l, prev, w) && !groupLabelLine(w, l, next) && !unitHeading(w, l, next)) {
    const sameLevel = l.kind === 'heading' && cur?.head[0]?.kind === 'heading' && cur.head[0].level === l.level;
    const dateOnlyHead = cur !== undefined && cur.head.every((h) => dateOnly(w.state, h) || durationNote(w.state, h)) && !dateOnly(w.state, l);
    if (cur && w.paired.has(l) && prev === cur.head[cur.head.length - 1]) cur.head.push(l);
    else if (cur && l.kind === 'heading' && cur.head[0]?.kind === 'heading' && ((l.level >= cur.head[0].level && roleUnderDate(w, cur.head, l, prev, next)) || roleAfterDateFirst(w, cur.head, l, prev, next))) cur.head.push(l);
    else if (cur && cur.phase === 'head' && (dateOnlyHead || (!sameLevel && !complete(w, cur.head) && !leadDate(w, l) && !sentenceHeadingAlone(w, cur.head))) && w.style !== 'row' && w.style !== 'item' && !repeatsUndatedBoldHead(w, cur.head, l)) cur.head.push(l);
    else start(w, l);
    return;
  }
  if (!cur) {
    w.out.intro.push(l);
    return;
  }
  // "<dt>Graduate Exhibition Website</dt>" / "<dd>Department …</dd>" / "<dd>Architected …</dd>" / "<dd>2021</dd>": a
  // definition that is a date alone, after the text, dates a head that has none
  if (cur.phase === 'body' && w.style === 'term' && l.kind === 'def' && dateOnly(w.state, l) && !cur.head.some((h) => lineDates(w.state, h).length > 0)) {
    cur.head.push(l);
    return;
  }
  // "**Должность:** …" under an entry's heading: a field of the head, however complete the head is
  // (in a region of labelled entries, a field line after an unlabelled one such as "Regime: Remoto" still joins the head)
  // (also after other labelled lines of the entry's: "**業種:** …" then "**期間:** 2023年10月〜現在")
  const afterLabels = cur.body.length > 0 && cur.body.length <= 6 && cur.body.every((b) => (b.kind === 'row' && b.header) || LABEL_VALUE.test(b.plain));
  if ((cur.phase === 'head' || w.style === 'label' || afterLabels) && entryLabel(w.state, l) !== undefined && !headLabels(w.state, cur.head).has(entryLabel(w.state, l)!)) {
    cur.head.push(l);
    return;
  }
  if (w.style === 'label') {
    cur.phase = 'body';
    cur.body.push(l);
    return;
  }
  if ((cur.phase === 'head' && (roleAfterDate(w, l, prev) || itemUnderDateLine(w, l, prev, next) || markedNameUnderBoldHead(w, l, prev))) || datesOfHeadParagraph(w, cur, l)) {
    cur.head.push(l);
    return;
  }
  if (cur.phase === 'head' && datedSibling(w, l, prev)) {
    start(w, l);
    w.cur!.group = cur.group;
    return;
  }
  // (whether the head is closed is asked only of a head still open, and of a line like a head's: not of every line of a body)
  if (cur.phase === 'head' && headLike(w, l, prev, next) && !closesHead(w, cur.head, l, prev)) {
    const dated = lineDates(w.state, l).length > 0;
    // (where date lines open the entries, a year inside a sentence is none: "… Società nata nel 1990")
    // (a note wholly in brackets is none: "（2020年よりフルリモート勤務）")
    // (a range under a head whose only dates are lone years in its names dates that head: see itemUnderHeading)
    if (dated && !(dateOnly(w.state, l) && datesYearHead(w.state, cur.head, l)) && !singleDateWithinHead(w, cur.head, l) && l.kind !== 'heading' && complete(w, cur.head) && cur.head.some((h) => lineDates(w.state, h).length) && !(w.datesBefore && !datedNote(w.state, l)) && !/^[(（].*[)）]$/u.test(l.plain) && !sentenceUnderDateTerm(w, cur.head, l)) {
      // another dated line right under a complete head: the same role in another period ("May – Aug 2022"),
      // or another degree at the same school: it inherits the head's other lines (all of them, or its headings)
      const firstDated = cur.head.findIndex((h) => lineDates(w.state, h).length > 0);
      // (a term over several dated definitions is their group too: "Interfront, Cape Town" / ": Devops Engineer (2012 - 2013)" / ": Java Developer (2010 - 2011)")
      const inherit = dateOnly(w.state, l) ? cur.head.filter((h) => !dateOnly(w.state, h)) : cur.head.slice(0, firstDated).filter((h) => h.kind === 'heading' || (h.kind === 'term' && l.kind === 'def'));
      w.cur = { group: [...cur.group, ...(dateOnly(w.state, l) ? [] : inherit)], head: dateOnly(w.state, l) ? [...inherit, l] : [l], body: [], phase: 'head' };
      w.out.entries.push(w.cur);
      return;
    }
    cur.head.push(l);
    return;
  }
  if (startsOtherEntry(w, cur, l, prev, next)) return;
  if (roleHeadingAfterNote(w, cur, l)) {
    cur.head.push(l);
    return;
  }
  cur.phase = 'body';
  cur.body.push(l);
}

/**
 * "2018 - 2021" / ": Insinööri (AMK), Metropolia" / ": Opinnot alkoivat tammikuussa 2018, valmistun jouluna 2021.": under a
 * term that is a date alone, a definition written as a sentence (six words or more, closed by a full stop) tells of
 * that entry; the dates in it open no other.
 */
function sentenceUnderDateTerm(w: Walk, head: readonly Line[], l: Line): boolean {
  return l.kind === 'def' && words(l) >= 6 && /[.!?。]$/u.test(l.plain) && head.some((h) => h.kind === 'term' && dateOnly(w.state, h));
}

/**
 * "#### 10.2014–01.2018" / "**M.Sc. Physik**" / "Abschluss am 18.01.2018, Note 1,0": a line whose one date is a single day or
 * month within the range of the head's dates tells a day of that entry (its degree's), it is no other period.
 */
function singleDateWithinHead(w: Walk, head: readonly Line[], l: Line): boolean {
  const d = lineDates(w.state, l);
  if (d.length !== 1 || !d[0]!.single || (!d[0]!.end && !d[0]!.start)) return false;
  const at = (d[0]!.start ?? d[0]!.end)!;
  if (at.length < 7) return false;
  const range = head.map((h) => lineDates(w.state, h).find((x) => x.start && x.end)).find(Boolean);
  return range !== undefined && at.slice(0, 7) >= range.start!.slice(0, 7) && at.slice(0, 7) <= range.end!.slice(0, 7);
}

/** A line dated on itself that is no heading (an entry's "**Role** | May 2022 - Present"). */
const datedLine = (state: ParseState, l: Line | undefined): boolean => l !== undefined && l.kind !== 'heading' && lineDates(state, l).length > 0;

/**
 * "### Freelance Work" / "**Fullstack Developer** | May 2022 ‐ Present" beside "### Virtusa" / "**Software Engineer** | Feb 2019 ‐ …":
 * a heading over a dated line, as two or more other headings of its level are, heads an entry like them.
 */
function headsLikeSiblings(state: ParseState, lines: readonly Line[], i: number): boolean {
  if (!datedLine(state, lines[i + 1])) return false;
  // (how many headings of each level stand over a dated line, counted once per region)
  let byRegion = state.memo.get('dated-heading-levels') as WeakMap<readonly Line[], number[]> | undefined;
  if (!byRegion) state.memo.set('dated-heading-levels', (byRegion = new WeakMap()));
  let counts = byRegion.get(lines);
  if (!counts) {
    counts = [0, 0, 0, 0, 0, 0, 0];
    lines.forEach((h, k) => {
      if (h.kind === 'heading' && datedLine(state, lines[k + 1])) counts![h.level]!++;
    });
    byRegion.set(lines, counts);
  }
  return (counts[lines[i]!.level] ?? 0) - 1 >= 2;
}

/** A heading that re-opens the section's own kind ("Internships" under "Experience"), or a label item with sub-items: it starts a region. */
function isDivider(state: ParseState, section: Section, lines: readonly Line[], i: number, itemEntries: boolean, entryLevel: number): boolean {
  const l = lines[i]!;
  if (itemEntries && l.kind === 'item' && l.depth === 0 && isLabel(l) && lines[i + 1]?.kind === 'item' && lines[i + 1]!.depth > 0) return true;
  // "### 株式会社ノベルティ (2024 年 1 月 〜 現在)" / "#### 担当業務": below a dated entry heading, a section word is a part of that entry
  if (l.kind !== 'heading' || lineDates(state, l).length || l.level > entryLevel) return false;
  const c = classifyHeadingIn(state, l.plain);
  // ("### 任職經歷 – Employment History": a bilingual heading whose halves name the kind is one too)
  if (c === undefined || c.kind !== section.type || headsLikeSiblings(state, lines, i)) return false;
  // ("### Autres Expériences en Développement": a heading that opens with the kind's phrase, then qualifies it, is one too)
  // (the qualifier opens with a small word: "en Développement", "in Software"; "Thực tập sinh, Viettel" is an entry)
  const opens = c.how === 'contains' && DATED_KINDS.has(section.type) && countWords(l.plain) <= 5 && foldWord(l.plain).startsWith(c.phrase) && /^\s+\p{Ll}/u.test(l.plain.slice(c.phrase.length)) && !/[,，|–—]|\s-\s/u.test(l.plain);
  // ("### 過去の職務経歴", "### Previous Experience": one that ends with it after a short qualifier is one too)
  // (not where the phrase also names a job: "### 長期インターン" over "**株式会社フリークアウト**" is a long-term intern's post)
  const ends = c.how === 'contains' && DATED_KINDS.has(section.type) && endsWithPhrase(l.plain, c.phrase) && !wordClasses(c.phrase, state).has('jobTitle');
  return c.how === 'exact' || opens || ends || (c.how === 'part' && /\s[-–—/|]\s/.test(l.plain) && l.plain.split(/\s[-–—/|]\s/).every((p) => classifyHeadingIn(state, p)?.kind === section.type));
}

/**
 * A heading that is a known phrase after a qualifier of two to four characters, in a script without spaces
 * ("過去の職務経歴", "이전 경력"). (In spaced scripts "Long Internships" is as often a role as a qualifier.)
 */
function endsWithPhrase(plain: string, phrase: string): boolean {
  const key = foldWord(plain.trim());
  if (!key.endsWith(phrase) || /[,，|–—:：(（]/u.test(key)) return false;
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,4}$/u.test(key.slice(0, key.length - phrase.length).trim());
}

/**
 * "#### 2022 - Presente" / its points / "### **Engenheiro de Sistemas**" / "##### EXADS, …" / "#### 2020 - Presente": where
 * date headings open the entries, an entry of a date and text alone followed by one of undated headings alone (the next entry
 * opening with its date) is one entry, whose role and organisation were written after its points.
 */
function joinHeadsAfterText(state: ParseState, entries: EntryBlock[], first: number): void {
  for (let i = entries.length - 2; i >= first; i--) {
    const [a, b, c] = [entries[i]!, entries[i + 1]!, entries[i + 2]];
    if (a.body.length === 0 || !a.head.every((h) => dateOnly(state, h)) || b.body.length > 0 || b.group.length > 0) continue;
    if (!b.head.every((h) => h.kind === 'heading' && lineDates(state, h).length === 0)) continue;
    if (c && !(c.head[0] && dateOnly(state, c.head[0]))) continue;
    a.head.push(...b.head);
    entries.splice(i + 1, 1);
  }
}

/**
 * Entries whose first heading is deeper than an earlier entry's get that entry's first heading as their group.
 * (Where that entry's deeper heading is its date alone, only entries headed at that date's level or deeper:
 * "### Universität Leipzig" / "#### 10.2014–01.2018" then "#### 10.2011–10.2014" is the school's, but "## Engineering
 * Manager at Canva" / "#### July 2025 - March 2026" then "### Engineering Manager at Redbubble" is a whole entry.)
 */
function inheritGroups(state: ParseState, entries: EntryBlock[]): void {
  let group: Line | undefined;
  let childLevel = 0;
  for (const e of entries) {
    const first = e.head[0];
    if (!first || first.kind !== 'heading') continue;
    const ownsLevel = group !== undefined && e.head.some((h) => h.kind === 'heading' && h.level <= group!.level);
    if (group && first.level > group.level && first.level >= childLevel && !ownsLevel) e.group = [group];
    else {
      const shallow = e.head.find((h) => h.kind === 'heading' && h.level < first.level);
      // ("### EPAM Systems" / "Tempo integral • 1 ano 10 meses" / "#### Analista SRE": a line of the organisation's own may come between)
      const deeper = e.head.slice(1, 3).find((h) => h.kind === 'heading');
      if (deeper && deeper.level > first.level) childLevel = dateOnly(state, deeper) ? deeper.level : 0;
      group = deeper && deeper.level > first.level ? first : shallow === undefined ? undefined : group;
    }
  }
}

/**
 * "### Cogswell Polytechnical College — Sunnyvale, CA" / "#### Bachelor of Science, Software Engineering" /
 * "#### Bachelor of Science, Digital Arts Engineering": an entry that is one undated heading, with nothing
 * under it before deeper headings, is no entry: it is the group of the deeper entries that follow it.
 */
function foldGroupHeadings(state: ParseState, entries: EntryBlock[], from: number): void {
  const folded = new Set<EntryBlock>();
  for (let i = entries.length - 2; i >= from; i--) {
    const e = entries[i]!;
    const h = e.head[0];
    // (or one heading and its period alone: "### Imperial Hospital" / "*Dezembro/2021 – Fevereiro/2025*" over dated roles within it)
    // (or its labelled period as its whole text: "### Final Arc" / "- Overall: May 2024 – Nov. 2024")
    const period = e.head.length === 2 ? e.head[1] : e.head.length === 1 && e.body.length === 1 && labelledPeriod(state, e.body[0]!) ? e.body[0] : undefined;
    const ownPeriod = !!h && !!period && periodOfRoles(state, [h, period], entries, i + 1);
    if (!h || h.kind !== 'heading' || (e.head.length !== 1 && !ownPeriod)) continue;
    const next = entries[i + 1]!.head[0];
    if (next?.kind !== 'heading' || next.level <= h.level) continue;
    const dated = lineDates(state, h).length > 0;
    if (dated && !datedGroup(state, h, entries, i + 1)) continue;
    // ("### Seccl" / "> Seccl's technology helps advisers…" / "#### ENGINEERING MANAGER (June 2021 - Current)": an undated
    // organisation heading's undated description goes to its first role)
    // (so does a dated one's, when it is paragraphs: "### 株式会社タイミー（2018/07〜2021/09）" / "サービスローンチの…" / "#### SRE (2021/01〜2021/04)")
    if (e.body.length > 0 && !(ownPeriod && e.body[0] === period) && ((dated && !e.body.every((l) => l.kind === 'text')) || e.body.some((l) => lineDates(state, l).length > 0 && !proseLine(l)) || !entries[i + 1]!.head.some((x) => lineDates(state, x).length > 0))) continue;
    entries[i + 1]!.body.unshift(...(ownPeriod && e.head.length === 2 ? [e.head[1]!] : []), ...e.body);
    // up to the next heading of its level or above (a folded one too): an entry is in at most six groups
    for (let k = i + 1; k < entries.length; k++) {
      const f = entries[k]!;
      if (f.head[0]?.kind !== 'heading' || f.head[0].level <= h.level) break;
      f.group = [...e.group, h, ...f.group.filter((g) => g !== h)];
    }
    folded.add(e);
  }
  if (folded.size === 0) return;
  let w = from;
  for (let r = from; r < entries.length; r++) if (!folded.has(entries[r]!)) entries[w++] = entries[r]!;
  entries.length = w;
}

/** A paragraph of prose (see {@link prose}), whose dates tell a story ("JPMorgan Chase acquired WePay in October 2017."), not the entry's. */
function proseLine(l: Line): boolean {
  return l.kind === 'text' && prose(l);
}

/**
 * An undated heading and its period alone ("### Imperial Hospital de Caridade" / "*Dezembro/2021 – Fevereiro/2025*"), over
 * two deeper headings or more that each name a job and are dated within that period, on them or right under them.
 */
function periodOfRoles(state: ParseState, head: readonly Line[], entries: readonly EntryBlock[], from: number): boolean {
  const [h, period] = head;
  // ("- Overall: May 2024 – Nov. 2024": a one-word label before the period counts as none)
  if (h?.kind !== 'heading' || !period || period.kind === 'heading' || lineDates(state, h).length > 0 || !(dateOnly(state, period) || labelledPeriod(state, period))) return false;
  const outer = lineDates(state, period)[0]!;
  let roles = 0;
  let level = 7;
  for (let k = from; k < entries.length; k++) {
    const f = entries[k]!.head;
    if (f[0]?.kind !== 'heading' || f[0].level <= h.level) break;
    // (headings below the first role's are parts of a role: "#### User Experience Designer" / … / "##### Research")
    level = Math.min(level, f[0].level);
    if (f[0].level > level) continue;
    // (the role's dates in its head, or on the first line under it: "#### Web Content Writer" / "- Aug. 2024 – Nov. 2024")
    const inner = [...f, ...entries[k]!.body.slice(0, 1)].map((x) => lineDates(state, x)[0]).find((d) => d !== undefined);
    if (!inner || !periodWithin(inner, outer) || !wordClasses(f[0].plain, state).has('jobTitle')) return false;
    roles++;
  }
  return roles >= 2;
}

/** "Overall: May 2024 – Nov. 2024": one word and a colon, then a date and little else. */
function labelledPeriod(state: ParseState, l: Line): boolean {
  const m = /^\p{L}{2,20}[:：]\s*/u.exec(l.plain);
  const d = m ? lineDates(state, l)[0] : undefined;
  return d !== undefined && d.index >= m![0].length && l.plain.length - (d.index + d.length) <= 3;
}

/**
 * "### ADHAWK, INC. | NEW YORK, NY   MAY 2015 – JUNE 2019" / "##### Director of Growth (February 2019 – June 2019)" / …:
 * a dated heading naming no job, whose deeper headings that follow are each dated within its dates, is their group.
 */
function datedGroup(state: ParseState, h: Line, entries: readonly EntryBlock[], from: number): boolean {
  const outer = lineDates(state, h)[0]!;
  if (wordClasses(h.plain, state).has('jobTitle')) return false;
  for (let k = from; k < entries.length; k++) {
    const f = entries[k]!.head[0];
    if (f?.kind !== 'heading' || f.level <= h.level) break;
    // (a date-only heading under it is its own date: "### KOMINFO / Sertifikat … 2019" / "#### 31 Juli 2019")
    const inner = lineDates(state, f)[0];
    // (a short job title beside the date is no date alone: "#### SRE (2021/01〜2021/04)")
    // ("### Software Futures (2004 - 2005)" / "#### Senior Developer (Dec 2004 - August 2009)": a job's heading that
    // starts within the group's dates and ends past them is its role still, with dates the CV got wrong)
    if (!inner || !(spanWithin(inner, outer) || startsWithinJob(state, f, inner, outer)) || (dateOnly(state, f) && !wordClasses(f.plain, state).has('jobTitle'))) return false;
  }
  return true;
}

/** A heading naming a job whose period starts within `outer` (and may end past it). */
function startsWithinJob(state: ParseState, f: Line, inner: DateSpan, outer: DateSpan): boolean {
  return inner.start !== undefined && spanWithin({ start: inner.start, ongoing: false, single: true, index: 0, length: 0 }, outer) && wordClasses(f.plain, state).has('jobTitle');
}

/** Top-level items each followed by text (not by sub-items), two or more of them labels. */
function labelItemsOnly(style: EntryStyle, lines: readonly Line[]): boolean {
  if (style !== 'item') return false;
  const items = lines.flatMap((l, i) => (l.kind === 'item' && l.depth === 0 ? [i] : []));
  return items.filter((i) => isLabel(lines[i]!)).length >= 2 && items.every((i) => lines[i + 1]?.kind === 'text');
}

/**
 * "Магістр, Київський університет, Київ" then "- Спеціалізація: …" / "- Рік закінчення: 2015": one short
 * unlabelled line right before the first labelled field is that entry's head line, not intro.
 */
function takeLeadLine(out: Segmented, firstIntro: number, firstEntry: number, lines: readonly Line[]): void {
  const entry = out.entries[firstEntry];
  if (!entry || out.intro.length !== firstIntro + 1) return;
  const lead = out.intro[firstIntro]!;
  const at = lines.indexOf(lead);
  if (lines[at + 1] !== entry.head[0] || (lead.kind !== 'text' && lead.kind !== 'item') || lead.plain.length > SHORT || isLabel(lead)) return;
  out.intro.pop();
  entry.head.unshift(lead);
}

/** The texts of undated bold lines that come more than once in a region. */
function repeatedLines(state: ParseState, lines: readonly Line[]): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  lines.forEach((l, i) => {
    if (l.kind !== 'text' || !startsBold(l) || l.plain.length > SHORT) return;
    // a role held twice ("**Software Engineer**" / "*Cisco, Bangalore*" / "*2011 - 2015*") heads dated lines; a label does not
    // (so does a bold role over its bold organisation, "**Invited Assistant @**" / "**[FEUP](…)**" / "(Porto)" / "- September 2025 - …")
    const twoBold = lines[i + 1]?.block === l.block && lines[i + 1]!.kind === 'text' && startsBold(lines[i + 1]!);
    const near = twoBold ? [lines[i + 2], lines[i + 3], lines[i + 4]] : [lines[i + 1], lines[i + 2]];
    // (and an organisation's line held twice over a paragraph of its bold role and dates: "**SOUNDCLOUD – berlin, de**" / "**team lead** *(2019 - 2020)*")
    // (or a bold date alone right under its place: "**Software Engineer**" / "*AT&T Corp (TechMahindra), St Louis, MO*" / "**Nov 2019 - Oct 2020**")
    // (or over its bold role with the dates: "**KURTULUS LAW**, Istanbul, Turkey" / "**Legal Intern** • *Aug. 2021 – Feb 2022*")
    const headsDates = (twoBold && lineDates(state, lines[i + 1]!).length > 0) || near.some((n) => n !== undefined && (n.kind === 'text' || (twoBold && n.kind === 'item')) && (!startsBold(n) || (!twoBold && n.block !== l.block) || dateOnly(state, n)) && lineDates(state, n).length > 0);
    if (seen.has(l.plain) && lineDates(state, l).length === 0 && !headsDates) out.add(l.plain);
    seen.add(l.plain);
  });
  return out;
}

/** Splits one region (lines between dividers) into entries (`known`: the style of these lines, when it was found already). */
function segmentRegion(state: ParseState, lines: readonly Line[], out: Segmented, section: readonly Line[] = lines, known?: EntryStyle): void {
  if (lines.length === 0 || labelledDatedItems(state, lines, out)) return;
  // (blocks between rules, each with its date alone on a line: "_December 2024 — Currently_" / "[NuConstruct](…), Remote, UK" / … / "---")
  const ruled = ruleBlockEntries(state, lines);
  if (ruled) {
    out.styles.push('block');
    pushAll(out.intro, ruled.intro);
    pushAll(out.entries, ruled.entries);
    return;
  }
  const style = known ?? styleOf(state, lines);
  out.styles.push(style);
  if (style === 'para' && oneShortEntry(state, lines)) {
    out.entries.push({ group: [], head: lines.filter((l) => l.kind !== 'rule'), body: lines.filter((l) => l.kind === 'rule') });
    return;
  }
  const dateHeadingLevels = new Set(lines.filter((l) => l.kind === 'heading' && dateOnly(state, l)).map((l) => l.level));
  const datedLevel = Math.min(7, ...lines.filter((l) => l.kind === 'heading' && lineDates(state, l).length > 0).map((l) => l.level));
  const w: Walk = { state, style, dated: lines.some((l) => lineDates(state, l).length > 0), noisy: dateHeadingLevels.size > 1, datedLevel, labelItems: labelItemsOnly(style, lines), repeated: repeatedLines(state, lines), italicHeads: style === 'bold' && !lines.some((l, i) => boldParagraphHead(state, l, lines[i - 1])) && italicHeadsOnly(state, lines), datesBefore: (style === 'heading' || style === 'bold' || style === 'item') && datesBeforeHeadings(state, style === 'bold' ? section : lines, style), leadDateLevel: leadDateLevel(state, style, lines), out, fieldItems: style === 'item' ? fieldSubItems(state, lines) : new Set(), ...rowParts(state, style, lines), fullHead: undefined, fullLength: 0, fullValue: false, blockHeads: style === 'block' ? datedBlockHeads(state, lines) : new Set(), paired: style === 'heading' ? pairedHeadings(state, lines) : new Set(), longBoldHeads: style === 'bold' ? longBoldHeads(state, lines) : new Set(), lineHeads: style === 'para' ? paragraphLineHeads(lines) : new Set(), groupHeads: style === 'item' ? new Set(lines.filter((l, i) => headingOverDatedItems(state, lines, i))) : new Set() };
  const firstEntry = out.entries.length;
  const firstIntro = out.intro.length;
  lines.forEach((l, i) => {
    if (style === 'heading' && w.cur && isNestedAssignment(state, w.cur.head, l, lines[i + 1], w.cur.body)) {
      w.cur.phase = 'body';
      w.cur.body.push(l);
    } else {
      w.ahead = lines[i + 2];
      step(w, l, lines[i - 1], lines[i + 1]);
    }
  });
  if (style === 'label') takeLeadLine(out, firstIntro, firstEntry, lines);
  if (style === 'block') {
    pullHeadsAboveDates(state, out.entries, out.intro, firstEntry, firstIntro);
    groupUnderBlockHeadings(state, out.entries, firstEntry);
  }
  if (style === 'block' || style === 'bold') pullItemOpeners(state, out.entries, out.intro, firstEntry, firstIntro);
  if (style === 'heading') {
    if (w.leadDateLevel > 0) joinHeadsAfterText(state, out.entries, firstEntry);
    inheritGroups(state, out.entries.slice(firstEntry));
    foldGroupHeadings(state, out.entries, firstEntry);
  }
}

/**
 * "- Formations suivies :" over "  - 07/2016 – [Coursera *Parallel programming*](…) – 100%", "  - 06/2014 – …": nested
 * items (two or more, all of the region's lines but a label item over them) that mostly open or end with a date are entries
 * one level down: each is one, with the label (if any) as its group. False (nothing written) for any other region.
 */
function labelledDatedItems(state: ParseState, lines: readonly Line[], out: Segmented): boolean {
  const first = lines[0]!;
  const label = first.kind === 'item' && isLabel(first) ? first : undefined;
  const items = label ? lines.slice(1) : lines;
  if (items.length < 2 || !items.every((l) => l.kind === 'item' && l.depth > 0)) return false;
  const depth = label ? label.depth + 1 : Math.min(...items.map((l) => l.depth));
  if (items[0]!.depth !== depth || items.some((l) => l.depth < depth)) return false;
  const heads = items.filter((l) => l.depth === depth);
  // (or that end with it: "  - [Coursera *Functional Programming Principles in Scala*](…) – 03/2013")
  const dated = heads.filter((l) => datedNote(state, l) || closesWithDate(state, l)).length;
  if (heads.length < 2 || dated * 2 <= heads.length) return false;
  out.styles.push('item');
  for (const l of items) {
    if (l.depth === depth) out.entries.push({ group: label ? [label] : [], head: [l], body: [] });
    else out.entries[out.entries.length - 1]!.body.push(l);
  }
  return true;
}

/**
 * "## Expérience Professionnelle" / "* Postdoc au CNRS, LIG Equipe ERODS, Grenoble, 2017-2018" / … / "## Industrie (2005-2014)" /
 * "* R&D Engineer, …": how many lines a list of dated items runs before the first heading of a region (two items or more at
 * the top level, most of them closing or opening with a date, and short: each an entry, not the intro of the entries the
 * heading heads); 0 for none.
 */
function leadDatedItems(state: ParseState, lines: readonly Line[]): number {
  const at = lines.findIndex((l) => l.kind === 'heading');
  if (at <= 0) return 0;
  const heads = lines.slice(0, at).filter((l) => l.kind === 'item' && l.depth === 0);
  if (heads.length < 2 || lines.slice(0, at).some((l) => l.kind !== 'item')) return 0;
  const dated = heads.filter((l) => l.plain.length <= 160 && (datedNote(state, l) || closesWithDate(state, l))).length;
  return dated >= 2 && dated * 2 > heads.length ? at : 0;
}

/** A part of a region with one way of marking entries. */
interface Part {
  lines: Line[];
  /** A list introduced by a sentence ending with a colon ("Courses I have given:"): entries only when nothing else is. */
  listed: boolean;
  /** The style of these lines, when partsOf found it already (the part is the whole region). */
  style?: EntryStyle;
}

/** Cuts a region into parts: each dated table apart, a list introduced by a label apart, the rest together. */
function partsOf(state: ParseState, lines: readonly Line[]): Part[] {
  const lead = leadDatedItems(state, lines);
  if (lead > 0) return [{ lines: lines.slice(0, lead), listed: false, style: 'item' }, ...partsOf(state, lines.slice(lead))];
  const out: Part[] = [];
  let cur: Part = { lines: [], listed: false };
  const flush = (): void => {
    if (cur.lines.length) out.push(cur);
    cur = { lines: [], listed: false };
  };
  const datedTable = new Set<number>();
  const detail = new Set<number>();
  lines.forEach((l, i) => {
    if (l.kind !== 'row' || datedTable.has(l.block) || detail.has(l.block) || lineDates(state, l).length === 0) return;
    // (a table whose dates all lie within the dated heading above it is that entry's detail: it stays in its body)
    // (the first dated row of a table not met before: its rows before it are undated, so the table is read from it)
    if (rowsWithinHeading(state, lines, i)) detail.add(l.block);
    else datedTable.add(l.block);
  });
  // a label before a list marks it apart only where entries are list items or paragraphs anyway
  const rest = lines.filter((l) => !(l.kind === 'row' && datedTable.has(l.block)));
  const style = rest.length ? styleOf(state, rest) : 'row';
  const listStyle = style === 'item' || style === 'para';
  // (one-row tables each over its points, "<table><tr><td><strong>Caci, Inc.</strong>…Dec 2020 - Present</td></tr></table>" /
  // "- **Full-stack developer** for …": where fewer lines outside the tables are dated than there are tables, and none is
  // a heading, what follows a table is its last row's text)
  const rowsOwnText = datedTable.size > 0 && !rest.some((l) => l.kind === 'heading') && rest.filter((l) => lineDates(state, l).length > 0).length < datedTable.size;
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    const inTable = l.kind === 'row' && datedTable.has(l.block);
    const wasTable = prev?.kind === 'row' && datedTable.has(prev.block);
    const opensList = listStyle && l.kind === 'text' && /[:：]$/.test(l.plain) && lines[i + 1]?.kind === 'item' && l.depth === 0;
    if ((inTable !== wasTable && !(wasTable && rowsOwnText)) || opensList || (cur.listed && l.kind !== 'item')) flush();
    if (opensList) {
      cur.lines.push(l);
      cur.listed = true;
      return;
    }
    cur.lines.push(l);
  });
  flush();
  // (a table's part with its rows' own text is read by its rows: a dated point among the text starts no entry)
  if (rowsOwnText) for (const p of out) if (p.lines[0]?.kind === 'row' && datedTable.has(p.lines[0].block)) p.style = 'row';
  // one part of all the lines, and no dated table: the style found above is the part's
  const whole = out[0];
  if (out.length === 1 && whole && !whole.listed && datedTable.size === 0 && whole.lines.length === lines.length && rest.length > 0) whole.style = style;
  return out;
}

/**
 * Undated sentences before the first entry of a dated section ("The move from A to B was a reorganisation."): a note,
 * no entry. `links`: a line that is one link ("[Story](https://…)") may be among them, after a sentence.
 */
function isNote(state: ParseState, lines: readonly Line[], links = false): boolean {
  const sentence = (l: Line): boolean => /[.!?。！？]$/.test(l.plain);
  const linkOnly = (l: Line, i: number): boolean => links && i > 0 && l.links.length === 1 && l.links[0]!.text.trim() === l.plain.trim();
  return lines.every((l, i) => l.kind === 'text' && !l.bold && !startsBold(l) && lineDates(state, l).length === 0 && (sentence(l) || linkOnly(l, i)));
}

/**
 * "Январь 2024 - настоящее время." / "6 месяцев" above the one job's heading: where the section's text before its
 * first entry is only a date line (and rules or a duration) and that entry names no date, the date line opens it.
 */
function takeIntroDate(state: ParseState, out: Segmented): void {
  const first = out.entries[0];
  const dated = out.intro.filter((l) => lineDates(state, l).length > 0);
  if (!first || first.head[0]?.kind !== 'heading' || dated.length !== 1 || [...first.head, ...first.body].some((l) => lineDates(state, l).length > 0)) return;
  const date = dated[0]!;
  if (!datedNote(state, date) || first.head[0]!.line < date.line || out.intro.some((l) => l !== date && l.kind !== 'rule' && !/^[\d\s()]*\p{L}{0,12}\.?$/u.test(l.plain))) return;
  // (a duration under it stays the section's text, as written)
  out.intro.splice(out.intro.indexOf(date), 1);
  first.head.unshift(date);
}

/**
 * Splits an entry section into entries. The section is cut into regions at sub-headings of its own
 * kind; in each region the markup that starts entries (headings, definition terms, table rows, bold
 * lines, list items or paragraphs) is found, and consecutive head lines (a role heading, an
 * organisation heading, a date line) join one head until it has both text and a date.
 */
export function segmentEntries(state: ParseState, section: Section): Segmented {
  const out: Segmented = { intro: [], entries: [], styles: [] };
  const regions: Line[][] = [[]];
  const lines = section.lines;
  // (where bold paragraphs head the entries, a label item with sub-items is a point of a job: "* Développé divers projets :")
  const itemEntries = !lines.some((x, i) => x.kind === 'heading' || x.kind === 'term' || (x.depth === 0 && boldParagraphHead(state, x, lines[i - 1])));
  // the level of the shallowest dated heading so far: an entry's head
  let entryLevel = 7;
  // (and of the shallowest heading so far that divided nothing: "### 株式会社X" over "#### 主な業務内容" is an entry over a part of it)
  let headLevel = 7;
  lines.forEach((l, i) => {
    if (l.kind === 'heading' && l.level < entryLevel && lineDates(state, l).length > 0) entryLevel = l.level;
    if (isDivider(state, section, lines, i, itemEntries, Math.min(entryLevel, headLevel))) {
      regions.push([]);
      out.intro.push(l);
      return;
    }
    if (l.kind === 'heading') headLevel = Math.min(headLevel, l.level);
    regions[regions.length - 1]!.push(l);
  });
  const parts = regions.flatMap((r) => partsOf(state, r));
  const listed: Part[] = [];
  const sectionDated = lines.some((l) => lineDates(state, l).length > 0);
  parts.forEach((p, k) => {
    const last = out.entries[out.entries.length - 1];
    if (p.listed) listed.push(p);
    else if (sectionDated && !out.entries.length && isNote(state, p.lines)) pushAll(out.intro, p.lines);
    // sentences after a dated table ("大学卒業後、31歳までフリーターとして過ごしました。"): its last row's text, no entries
    else if (last && parts[k - 1]?.lines[0]?.kind === 'row' && isNote(state, p.lines, true)) pushAll(last.body, p.lines);
    else segmentRegion(state, p.lines, out, lines, p.style);
  });
  // lists introduced by a sentence are entries only when the section has no other entries
  for (const p of listed) {
    if (out.entries.length) pushAll(out.intro, p.lines);
    else segmentRegion(state, p.lines.slice(1), out), out.intro.push(p.lines[0]!);
  }
  takeIntroDate(state, out);
  takeLabelledBodyDate(state, out.entries);
  takeIntroEntry(state, out);
  splitDatedItemsUnderName(state, out);
  groupItemsUnderNameLines(state, lines, out);
  splitDatedParagraphsUnderRole(state, out);
  splitDegreeLinesUnderSchool(state, section, out);
  groupDegreesUnderSchools(state, section, out);
  joinFieldItems(state, section, out);
  takeSubItemNames(state, out);
  splitDatedRolesUnderPeriod(state, section, out);
  dropDividerHeadings(state, out);
  splitRepeatedRoleParagraphs(state, out);
  foldProjectHeadings(state, out);
  groupUnderTenure(state, out);
  groupUnderPeriod(state, out);
  joinDateHeadings(state, out);
  takeTrailingDates(state, out);
  return out;
}
