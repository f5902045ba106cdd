// Pairs a Japanese-style history's "joined"/"left" rows (入社 … 退社, 入学 … 卒業) into one entry with both dates.
import { trimChars } from './trim-chars.js';
import { dateText } from './entry-parts.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';
import type { ReadEntry } from './read-entry-heads.js';

/** The event a row's text ends with, and the text before it (folded for matching). */
interface RowEvent {
  kind: 'start' | 'end';
  subject: string;
  /** The organisation or school the row's head gives, folded (rows of one period name the same one). */
  name: string;
}

/** What may follow the event word: a note in brackets ("졸업(학사)", "입학(편입)"), or a clause after a comma ("修了、博士（数理科学）取得"). */
const AFTER_EVENT = /^(?:\s*[(（][^()（）]{0,30}[)）]|\s*[、,，][^\n]{0,40})?$/u;
/** "Same as above" ("同上 修了"): the row's subject is the previous row's. */
const SAME_AS_ABOVE = /^(?:同上|上記|同|〃|상동)$/u;

/** The CV's two languages' event words, longest first, each with its kind. */
function eventWords(state: ParseState): Array<[string, 'start' | 'end']> {
  const out: Array<[string, 'start' | 'end']> = [];
  for (const tag of state.langs.slice(0, 2)) {
    const ev = LEXICON_INDEX.byTag.get(tag)?.rowEvents;
    if (!ev) continue;
    for (const w of ev.start) out.push([w, 'start']);
    for (const w of ev.end) out.push([w, 'end']);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** The event of an entry with one date whose head text ends with an event word ("… 入学"), else undefined. */
function rowEvent(e: ReadEntry, words: ReadonlyArray<[string, 'start' | 'end']>): RowEvent | undefined {
  if (!e.date?.span.single || e.date.span.ongoing) return undefined;
  const text = trimChars(e.segments.map((s) => s.text).join(' '), ' \t\u00a0\u3000。.、,');
  let at = -1;
  const hit = words.find(([w]) => {
    at = text.lastIndexOf(w);
    return at > 0 ? AFTER_EVENT.test(text.slice(at + w.length)) : at === 0 && text.length === w.length;
  });
  if (!hit) return undefined;
  const fold = (t: string): string => t.normalize('NFKC').replace(/\s+/g, '');
  return { kind: hit[1], subject: fold(text.slice(0, at)), name: fold(e.fields.second?.text ?? '') };
}

/** A row's head lines as lines of text (a table row as a list item: "2019-03 · 龍谷大学… 卒業"). */
function asText(e: ReadEntry): ReadEntry['block']['head'] {
  return e.block.head.map((l) => (l.cells ? { ...l, kind: 'item' as const, depth: 0, md: l.cells.filter(Boolean).join(' · '), plain: l.plain.replace(/ \| /g, ' · '), cells: undefined, header: false } : l));
}

/**
 * Gives `start` the period from its date to `end`'s, written "start – end", and the other row's lines as its
 * text. With `endHead` (a school's rows: the closing row names the degree and department finished), the closing
 * row's head and fields become the entry's, and the opening row's lines its text.
 */
function join(start: ReadEntry, end: ReadEntry, endHead: boolean): void {
  const s = start.date!;
  const e = end.date!;
  const written = `${dateText(start) ?? s.span.start ?? ''} – ${dateText(end) ?? e.span.start ?? ''}`;
  const span = { ...s.span, end: e.span.start, single: false, ongoing: false, index: 0, length: written.length };
  if (span.end === undefined) delete span.end;
  start.date = { span, line: { ...s.line, plain: written } };
  if (endHead) {
    const opening = asText(start);
    const body = start.block.body;
    start.block = { ...start.block, head: end.block.head, body: [...end.block.body, ...opening, ...body] };
    start.segments = end.segments;
    start.fields = end.fields;
    return;
  }
  start.block.body.push(...asText(end), ...end.block.body);
}

/**
 * In a history written as one dated row per event (a Japanese 履歴書: "2015 | 4 | 龍谷大学… 入学", then
 * "2019 | 3 | 龍谷大学… 卒業"; "2021 | 9 | 一身上の都合により退職"), a row that ends a period joins the latest
 * open row of the same subject (or, when it names none, in work, the latest open row): that entry gets both
 * dates, and the closing row's text becomes its first lines, so nothing is lost. A row that opens a period
 * and never closes has its date as the start. Other entries are returned as they are.
 * @param state - the parse state (the CV's languages give the event words)
 * @param entries - a work or education section's entries in document order
 * @param kind - which section they are from
 */
export function pairEventEntries(state: ParseState, entries: readonly ReadEntry[], kind: 'work' | 'education'): ReadEntry[] {
  const words = eventWords(state);
  if (words.length === 0) return [...entries];
  const events = entries.map((e) => rowEvent(e, words));
  if (!events.some((ev) => ev?.kind === 'end') || !events.some((ev) => ev?.kind === 'start')) return [...entries];
  // (newest first, "2020.02 … 졸업" over "2015.03 … 입학": walked oldest first, and given back in the CV's order)
  const newestFirst = newestFirstRows(entries, events);
  const order = newestFirst ? [...entries.keys()].reverse() : [...entries.keys()];
  const open: Array<{ e: ReadEntry; ev: RowEvent }> = [];
  const out: ReadEntry[] = [];
  for (const k of order) {
    const e = entries[k]!;
    const ev = events[k];
    if (ev?.kind === 'end') {
      const at = findOpen(open, ev, kind);
      if (at >= 0) {
        join(open[at]!.e, e, kind === 'education' && !subjectless(ev.subject));
        open.splice(at, 1);
        continue;
      }
    }
    if (ev?.kind === 'start') open.push({ e, ev });
    out.push(e);
  }
  for (const o of open) o.e.date = { ...o.e.date!, span: { ...o.e.date!.span, single: false } };
  return newestFirst ? out.reverse() : out;
}

/** Whether the rows with events run newest first (the first one's date is later than the last one's). */
function newestFirstRows(entries: readonly ReadEntry[], events: ReadonlyArray<RowEvent | undefined>): boolean {
  const dated = entries.filter((_, k) => events[k] !== undefined).map((e) => e.date!.span.start ?? '');
  return dated.length >= 2 && dated[0]! > dated[dated.length - 1]!;
}

/**
 * The latest open row of the closing row's subject (a name that contains it or is contained in it), else the
 * latest naming the same organisation or school ("東京大学 理科一類 入学" … "東京大学 理学部数学科 卒業"), else, for
 * a row naming nothing ("同上 修了"; in work "一身上の都合により退職"), the latest.
 */
function findOpen(open: ReadonlyArray<{ ev: RowEvent }>, ev: RowEvent, kind: 'work' | 'education'): number {
  const subject = ev.subject;
  for (let i = open.length - 1; i >= 0; i--) {
    const o = open[i]!.ev.subject;
    if (subject && o && (o.includes(subject) || subject.includes(o))) return i;
  }
  if (ev.name) for (let i = open.length - 1; i >= 0; i--) if (open[i]!.ev.name === ev.name) return i;
  return open.length > 0 && subjectless(subject) && (kind === 'work' || SAME_AS_ABOVE.test(subject)) ? open.length - 1 : -1;
}

/** A closing row that names no organisation ("一身上の都合により" before 退職, "同上" before 修了): short, or a reason only. */
function subjectless(subject: string): boolean {
  return subject.length === 0 || SAME_AS_ABOVE.test(subject) || /(?:都合により|により|ため)$/u.test(subject);
}
