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
}

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
  const hit = words.find(([w]) => text.endsWith(w));
  if (!hit) return undefined;
  return { kind: hit[1], subject: text.slice(0, text.length - hit[0].length).normalize('NFKC').replace(/\s+/g, '') };
}

/** Gives `start` the period from its date to `end`'s, written "start – end", and `end`'s lines as its text. */
function join(start: ReadEntry, end: ReadEntry): void {
  const s = start.date!;
  const e = end.date!;
  const written = `${dateText(start) ?? s.span.start ?? ''} – ${dateText(end) ?? e.span.start ?? ''}`;
  const span = { ...s.span, end: e.span.start, single: false, ongoing: false, index: 0, length: written.length };
  if (span.end === undefined) delete span.end;
  start.date = { span, line: { ...s.line, plain: written } };
  // the closing row's words follow the entry's text, as a list item ("2019-03 · 龍谷大学… 卒業")
  const rows = end.block.head.map((l) => (l.cells ? { ...l, kind: 'item' as const, depth: 0, md: l.cells.filter(Boolean).join(' · '), plain: l.plain.replace(/ \| /g, ' · '), cells: undefined, header: false } : l));
  start.block.body.push(...rows, ...end.block.body);
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
  const open: Array<{ e: ReadEntry; subject: string }> = [];
  const out: ReadEntry[] = [];
  entries.forEach((e, k) => {
    const ev = events[k];
    if (ev?.kind === 'end') {
      const at = findOpen(open, ev.subject, kind);
      if (at >= 0) {
        join(open[at]!.e, e);
        open.splice(at, 1);
        return;
      }
    }
    if (ev?.kind === 'start') open.push({ e, subject: ev.subject });
    out.push(e);
  });
  for (const o of open) o.e.date = { ...o.e.date!, span: { ...o.e.date!.span, single: false } };
  return out;
}

/** The latest open row of `subject` (a name that contains it or is contained in it), or in work, for a row naming nothing, the latest. */
function findOpen(open: ReadonlyArray<{ subject: string }>, subject: string, kind: 'work' | 'education'): number {
  for (let i = open.length - 1; i >= 0; i--) {
    const o = open[i]!.subject;
    if (subject && o && (o.includes(subject) || subject.includes(o))) return i;
  }
  return kind === 'work' && open.length > 0 && subjectless(subject) ? open.length - 1 : -1;
}

/** A closing row that names no organisation ("一身上の都合により" before 退職): short, or a reason only. */
function subjectless(subject: string): boolean {
  return subject.length === 0 || /(?:都合により|により|ため)$/u.test(subject);
}
