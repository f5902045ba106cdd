// Pass: finds dated entries outside entry sections (a CV without section headings, a table of positions under "About") and gives them a section of their own.
import { namesOrganisation } from './names-organisation.js';
import { ENTRY_KINDS } from './find-sections.js';
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState, Section } from './parse-types.js';
import type { FieldLabel } from './lexicon-index.js';
import { fieldLabelOf } from './field-label-of.js';
import { countJobLines } from './count-job-lines.js';
import { wordClasses } from './score-segment.js';

/** "### 2025/02 - 2025/04: 株式会社X" three times or more under "## 略歴": dated headings that mostly name organisations are jobs in any section. */
function orgHeadings(state: ParseState, lines: readonly Line[], datedHeads: readonly number[]): boolean {
  const named = datedHeads.filter((i) => lineDates(state, lines[i]!).length > 0 && namesOrganisation(state, lines[i]!.plain));
  return named.length >= 3 && named.length * 3 >= datedHeads.length * 2;
}

/**
 * "## Docencia universitaria" over "### Profesora Adjunta, Universidad de Ciencias Empresariales y Sociales (UCES)" and
 * "Noviembre de 2023 – Actualidad": in a generic section, dated headings that each name an organisation or a school, half
 * of them or more a job too, are jobs.
 */
function roleHeadings(state: ParseState, lines: readonly Line[], datedHeads: readonly number[]): boolean {
  let jobs = 0;
  // (not counting a heading right over a deeper one: a title of the jobs, "## Docencia universitaria")
  const heads = datedHeads.filter((i) => !(lines[i + 1]?.kind === 'heading' && lines[i + 1]!.level > lines[i]!.level));
  const named = heads.every((i) => {
    const classes = wordClasses(lines[i]!.plain, state);
    if (classes.has('jobTitle')) jobs++;
    return classes.has('organisation') || classes.has('institution');
  });
  return heads.length > 0 && named && jobs * 2 >= heads.length;
}

/**
 * "## Summary" over "### **Staff Front End Engineer | UX Designer, @ [Flexion](…)**" / "11/2021 - Present", twice or more: in a
 * summary, dated headings two thirds of which name a job are jobs.
 */
function jobHeadings(state: ParseState, lines: readonly Line[], datedHeads: readonly number[]): boolean {
  return datedHeads.length >= 2 && countJobLines(state, datedHeads.map((i) => lines[i]!)) * 3 >= datedHeads.length * 2;
}

/**
 * The headings with a date on them or on one of the two lines under them, or on a line of a date alone right over them
 * ("[05/2015 – Attuale]" / "### **ICT Manager**": the dates before each job's heading).
 */
function datedHeadings(state: ParseState, lines: readonly Line[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== 'heading') return;
    const next = lines.slice(i, i + 3).filter((x, k) => k === 0 || x.kind !== 'heading');
    const before = lines[i - 1];
    if (next.some((x) => lineDates(state, x).length) || (before !== undefined && before.kind === 'text' && dateOnly(state, before))) out.push(i);
  });
  return out;
}

/** Index of the first line that starts a run of dated entries: a dated table row, the first of two dated headings, or of two paragraphs opening with a range. */
function firstEntryLine(state: ParseState, lines: readonly Line[], headings: boolean, generic = false, summary = false, firstJobs = false): number {
  const datedRows = lines.filter((l) => l.kind === 'row' && !l.header && lineDates(state, l).length > 0);
  const byBlock = new Map<number, number>();
  for (const r of datedRows) byBlock.set(r.block, (byBlock.get(r.block) ?? 0) + 1);
  let first = -1;
  for (const [block, n] of byBlock) {
    if (n < 2 || personalTable(state, lines, block)) continue;
    // (after the jobs' own section, a generic section's dated table is of jobs only where half its rows name one: not "### Seminar
    // talks" over "| 2024 May | Rhodes College, Tennessee, USA |")
    if (generic && !headings && !firstJobs && !jobRows(state, datedRows.filter((r) => r.block === block))) continue;
    const i = lines.findIndex((l) => l.block === block);
    if (first < 0 || i < first) first = i;
  }
  const datedHeads = datedHeadings(state, lines);
  // (a date alone right over the first heading opens the entries with it: "[05/2015 – Attuale]" / "### **ICT Manager**")
  const opening = datedHeads[0] !== undefined && datedHeads[0] > 0 && dateOnly(state, lines[datedHeads[0] - 1]!) ? datedHeads[0] - 1 : datedHeads[0];
  // ("## Ранний PHP-опыт" over "### 4logist AB — PHP Developer" / "Март — сентябрь 2017", …: in a generic section too, dated headings two thirds of which name a job)
  if ((headings || orgHeadings(state, lines, datedHeads) || (generic && roleHeadings(state, lines, datedHeads)) || ((summary || generic) && jobHeadings(state, lines, datedHeads))) && datedHeads.length >= (headings ? 2 : 1) && (first < 0 || opening! < first)) first = opening!;
  // a CV of plain paragraphs ("2020–2022　腾讯微信事业群　前端工程师" then its text): paragraphs that open with a date
  const datedParas = headings && datedHeads.length === 0 ? longest(datedParagraphs(state, lines), boldHeadParagraphs(state, lines)) : firstJobs ? jobParagraphs(state, lines) : [];
  if (datedParas.length >= 2 && (first < 0 || datedParas[0]! < first)) first = datedParas[0]!;
  // a CV that is one list of jobs ("- **Revisor de Textos**<br>Freelance<br>*desde junho de 2019*"): top-level items dated within
  // (so is a generic section's list whose dated items mostly name companies: "### 主なハイライト" over "- **株式会社X（2019年8月〜2022年5月）**")
  const datedList = (headings || generic) && datedHeads.length === 0 && datedParas.length < 2 ? datedItems(state, lines) : [];
  const companies = headings || datedList.filter((i) => namesOrganisation(state, lines[i]!.plain.slice(0, 160))).length * 3 >= datedList.length * 2;
  // (after the jobs' own section, only where half its items name a job: not "### Selected Exhibitions" / "- 2020 Light Spa: Night Walk, …")
  const jobsList = headings || !generic || firstJobs || jobRows(state, datedList.map((i) => lines[i]!));
  if (datedList.length >= 3 && companies && jobsList && (first < 0 || datedList[0]! < first)) first = datedList[0]!;
  const run = (headings || summary) && datedHeads.length === 0 && datedParas.length < 2 && datedList.length < 3 ? datedLineRun(state, lines) : -1;
  if (run >= 0 && (first < 0 || run < first)) first = run;
  if (first >= 0 && lines[first]?.kind === 'row') {
    const header = lines.findIndex((l) => l.block === lines[first]!.block && l.header);
    if (header >= 0 && header < first) first = header;
  }
  return first;
}

/** Half the rows (or items) or more name a job. */
function jobRows(state: ParseState, rows: readonly Line[]): boolean {
  return countJobLines(state, rows) * 2 >= rows.length;
}

/** Field labels that only a table of the person's own details has. */
const PERSONAL: ReadonlySet<FieldLabel> = new Set(['name', 'firstName', 'lastName', 'email', 'phone']);

/** A table of the person's details ("| 氏名 | 飛峪 龍一 |", "| E-Mail | … |"): a row opens with a name or contact label; its dates are no entries. */
function personalTable(state: ParseState, lines: readonly Line[], block: number): boolean {
  return lines.some((l) => {
    const cell = l.block === block && l.kind === 'row' ? l.cells?.[0] : undefined;
    const field = cell ? fieldLabelOf(state, cell) : undefined;
    return field !== undefined && PERSONAL.has(field);
  });
}

/** Indexes of top-level list items that have a date on one of their lines (each item once), when they run together. */
function datedItems(state: ParseState, lines: readonly Line[]): number[] {
  const out: number[] = [];
  let item = -1;
  lines.forEach((l, i) => {
    if (l.kind === 'item' && l.depth === 0) item = i;
    // (the lines after the item's hard break are its own: "- **Intérprete de Libras**<br>" / "Autônoma<br>*desde março de 2021*")
    else if (l.kind === 'heading' || (item >= 0 && l.block !== lines[item]!.block && l.kind !== 'item' && !(l.kind === 'text' && l.depth === lines[item]!.depth + 1))) item = -1;
    // (a date within the line's first 160 characters: "**株式会社X（2019年8月〜2022年5月）**" with its text run on after a soft break)
    if (item >= 0 && out[out.length - 1] !== item && (lineDates(state, l)[0]?.index ?? Infinity) <= 160) out.push(item);
  });
  return out;
}

/** Indexes of the short lines that open a paragraph, or are a definition's term ("07.19-12.19" / ": **Role, Org**"), with a date. */
function datedParagraphs(state: ParseState, lines: readonly Line[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if ((l.kind !== 'text' && l.kind !== 'term') || l.depth > 0 || lines[i - 1]?.block === l.block || l.plain.length > 120) return;
    const d = lineDates(state, l)[0];
    // "📅 07/2023 – Oggi": symbols before the date do not count
    if (d && !d.single && !/[\p{L}\p{N}]/u.test(l.plain.slice(0, d.index))) out.push(i);
  });
  return out;
}

/** The longer of two lists of line indexes (the first when they are as long). */
function longest(a: number[], b: number[]): number[] {
  return b.length > a.length ? b : a;
}

/** Fewest one-line bold heads that make a CV without headings a list of entries. */
const MIN_BOLD_HEADS = 3;

/**
 * "**Research Associate** (06/2016--01/2020)" / "at the Department of Zoology, University of Cambridge. …", three times or more:
 * one-line paragraphs that open bold and close with their dates head the entries of a CV without section headings.
 */
function boldHeadParagraphs(state: ParseState, lines: readonly Line[]): number[] {
  const out = lines.flatMap((l, i) => {
    const lead = l.boldParts[0];
    if (l.kind !== 'text' || l.depth > 0 || l.plain.length > 120 || !lead || !l.plain.startsWith(lead)) return [];
    if (lines[i - 1]?.block === l.block || lines[i + 1]?.block === l.block) return [];
    const ds = lineDates(state, l);
    const d = ds[ds.length - 1];
    return d && d.index >= lead.length && l.plain.slice(d.index + d.length).replace(/[\s.)）\]]/g, '') === '' ? [i] : [];
  });
  return out.length >= MIN_BOLD_HEADS ? out : [];
}

/**
 * "2019-2021" / ":   **Professeur de mathématiques (des 4E, 3C, 2B et 2C)**" / "au Centre Scolaire Jeanne d'Arc": in a
 * generic section before any work section, the dated paragraphs (or definition terms) when two thirds of them or more name a job within their
 * first two lines; none else.
 */
function jobParagraphs(state: ParseState, lines: readonly Line[]): number[] {
  const paras = datedParagraphs(state, lines);
  const jobs = paras.filter((i) => lines.slice(i, i + 2).some((l) => l.kind !== 'heading' && wordClasses(l.plain, state).has('jobTitle')));
  return paras.length >= 2 && jobs.length * 3 >= paras.length * 2 ? paras : [];
}

/**
 * The first of two lines or more of one paragraph, each short and closing with its dates after words ("> Postdoc at
 * Swiss Ornithological Institute, since 2018␣␣" / "> Postdoc at University of California, Davis, 2017 - 2018␣␣"): a
 * list of positions set as lines; -1 when there is none.
 */
function datedLineRun(state: ParseState, lines: readonly Line[]): number {
  const closing = (l: Line | undefined): boolean => {
    if (l?.kind !== 'text' || l.depth > 0 || l.plain.length > 120) return false;
    const ds = lineDates(state, l);
    const d = ds[ds.length - 1];
    return d !== undefined && /\p{L}/u.test(l.plain.slice(0, d.index)) && l.plain.slice(d.index + d.length).replace(/[\s.)）]/g, '') === '';
  };
  return lines.findIndex((l, i) => closing(l) && lines[i - 1]?.block !== l.block && lines[i + 1]?.block === l.block && closing(lines[i + 1]));
}

/**
 * "## Docencia universitaria" right above the first dated heading, "### Profesora Adjunta, …", in the header: an undated
 * heading above it, shallower, titles the jobs it opens ('group' where its level goes on over later dated headings).
 */
function titleAbove(state: ParseState, lines: readonly Line[], i: number): 'above' | 'first' | 'group' | undefined {
  const over = (above: Line | undefined, first: Line | undefined): boolean => above?.kind === 'heading' && first?.kind === 'heading' && above.level < first.level && lineDates(state, above).length === 0;
  // ("### Upwork, Chicago IL" / "#### Senior Systems Engineer | July 2019 – Present" … "### Akuna Capital, Chicago IL" /
  // "#### …": a heading whose level goes on over other dated headings is an organisation's, the first of several, no title)
  const repeated = (at: number): boolean => lines.some((l, k) => k > at + 1 && l.level === lines[at]!.level && over(l, lines[k + 1]) && lineDates(state, lines[k + 1]!).length > 0);
  if (over(lines[i], lines[i + 1])) return repeated(i) ? undefined : 'first';
  if (!over(lines[i - 1], lines[i])) return undefined;
  return repeated(i - 1) ? 'group' : 'above';
}

/**
 * Pass: a section that is not an entry section (the header of a CV without section headings, a summary
 * or a generic section) but holds a dated table or two dated headings is split: from the first dated
 * entry on, its lines form an implicit work section (entries that read as studies move to education later).
 */
export function findImplicitEntries(state: ParseState): void {
  const out: Section[] = [];
  for (const s of state.sections) {
    out.push(s);
    if (ENTRY_KINDS.has(s.type) || s.type === 'skills' || s.type === 'languages' || s.type === 'contact') continue;
    // (a generic section before any work section may hold the jobs: "## Enseignement" of a teacher's posts)
    const firstJobs = s.type === 'generic' && !out.some((x) => x.type === 'work');
    const i = firstEntryLine(state, s.lines, s.type === 'header' && !state.sections.some((x) => x.type === 'work'), s.type === 'generic' || s.type === 'header', s.type === 'summary', firstJobs);
    if (i < 0) continue;
    const titled = titleAbove(state, s.lines, i);
    // (an organisation's heading over the first dated heading goes with the entries, untitled: see titleAbove)
    const moved = s.lines.splice(titled === 'above' || titled === 'group' ? i - 1 : i);
    if (titled === 'above' || titled === 'first') {
      const heading = moved.shift()!;
      out.push({ type: 'work', title: heading.plain, heading, lines: moved, why: ['a heading over dated headings that name jobs'], implicit: true });
      continue;
    }
    out.push({ type: 'work', title: s.type === 'header' || (s.type === 'summary' && s.also !== 'work') ? '' : s.title, lines: moved, why: ['dated entries without a section heading of their own'], implicit: true });
  }
  state.sections = out;
}
