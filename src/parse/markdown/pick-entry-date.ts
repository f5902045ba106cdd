// Picks an entry's dates: the first range in its head (else a single date), else one at the start of its body.
import { firstSentenceRanges } from './first-sentence-ranges.js';
import { lineDates } from './line-dates.js';
import type { DateSpan, EntryBlock, Line, ParseState } from './parse-types.js';
import { findDates } from './find-dates.js';
import { dateOnly } from './date-only.js';
import { columnLabels } from './split-head.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX, preferHit } from './lexicon-index.js';

/** The entry's date span and the line it is on. */
export interface EntryDate {
  span: DateSpan;
  line: Line;
  /** The entry's other periods written right after it in its cell (see laterPeriods). */
  later?: DateSpan[];
  /** The dates as written where they stand apart: a row's start cell and its end cell of words ("2022 – Present"). */
  written?: string;
}

/** The first span of `lines` that is a range (or ongoing), else the first single date. */
function firstIn(state: ParseState, lines: readonly Line[]): EntryDate | undefined {
  let single: EntryDate | undefined;
  for (const line of lines) {
    const spans = lineDates(state, line);
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      if (!span.single || span.ongoing) return { span: chained(span, spans[k + 1]), line };
      single ??= { span, line };
    }
  }
  return single;
}

/** The month after a "YYYY-MM" month. */
function nextMonth(m: string): string {
  const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

/**
 * "業務委託として2024年6月〜2025年7月、正社員として2025年8月から勤務": a range and, a few characters on, a range that
 * starts the month it ends or the month after (one stay at one place, under two contracts) are one span.
 */
function chained(span: DateSpan, next: DateSpan | undefined): DateSpan {
  if (!next || next.single || !span.end || span.end.length !== 7 || !next.start || next.index - (span.index + span.length) > 12) return span;
  if (next.start !== span.end && next.start !== nextMonth(span.end)) return span;
  const out: DateSpan = { ...span, length: next.index + next.length - span.index, ongoing: next.ongoing };
  if (next.end) out.end = next.end;
  else delete out.end;
  return out;
}

/** A table row with separate start and end columns: the start cell's date, the end cell's date (or ongoing when it is empty, a dash or "present"). */
function rowDates(state: ParseState, entry: EntryBlock, section: readonly Line[]): EntryDate | undefined {
  const row = entry.head[0];
  if (!row || row.kind !== 'row' || !row.cells) return undefined;
  const labels = columnLabels(row, section, state);
  const si = labels.indexOf('start');
  const ei = labels.indexOf('end');
  if (si < 0) return undefined;
  const cellDates = (i: number): DateSpan | undefined => (i >= 0 && row.cells![i] ? findDates(row.cells![i]!.replace(/[*_`]/g, ''), state.dateWords)[0] : undefined);
  const a = cellDates(si);
  if (!a?.start) return undefined;
  const b = cellDates(ei);
  const endCell = ei >= 0 ? (row.cells[ei] ?? '').trim() : '';
  // (an end cell of a present word, "Present", reads as a span of no date that is ongoing)
  const ongoing = b ? !b.start && b.ongoing : endCell === '' || /^[-–—~]+$/.test(endCell);
  const end = b?.single ? b.start : b?.end ?? b?.start;
  const index = row.plain.indexOf(row.cells[si]!.trim());
  const span: DateSpan = { start: a.start, ongoing, single: false, index: Math.max(0, index), length: 0 };
  if (end && !ongoing) span.end = end;
  // (that word is the CV's: the dates keep it, "2022 – Present")
  const plain = (c: string): string => c.replace(/[*_`]/g, '').trim();
  return ongoing && /\p{L}/u.test(endCell) ? { span, line: row, written: `${plain(row.cells[si]!)} – ${plain(endCell)}` } : { span, line: row };
}

/** The field a "Label: …" line names, when it is a start or end label ("Fecha de incorporación: 2 de abril de 2012"). */
function dateLabel(state: ParseState, line: Line): 'start' | 'end' | undefined {
  const c = line.plain.search(/[:：]/);
  if (c <= 0 || c > 40) return undefined;
  const hit = preferHit(LEXICON_INDEX.fields.get(foldWord(line.plain.slice(0, c))), state.langs)?.value;
  return hit === 'start' || hit === 'end' ? hit : undefined;
}

/** Separate start and end lines ("Inicio: 2019" / "Fin: 2021"); a start alone is a job still held. */
function labelledDates(state: ParseState, entry: EntryBlock): EntryDate | undefined {
  let start: { span: DateSpan; line: Line } | undefined;
  let end: DateSpan | undefined;
  for (const line of [...entry.head, ...entry.body.slice(0, 8)]) {
    const label = dateLabel(state, line);
    const dates = label ? lineDates(state, line) : [];
    const span = dates[0];
    if (!span?.start) continue;
    if (label === 'start') start ??= { span, line };
    else end ??= span;
    // ("Início: **12/06/2017** Término: **11/10/2018**": the end's label and date on the start's line)
    if (label === 'start' && span.single && dates[1]?.single) end ??= dates[1];
  }
  if (!start) return undefined;
  const endAt = end?.single ? end.start : end?.end ?? end?.start;
  const span: DateSpan = { ...start.span, single: false, ongoing: !endAt || (end?.ongoing ?? false) };
  if (endAt && !span.ongoing) span.end = endAt;
  else delete span.end;
  return { span, line: start.line };
}

/** An open start near the front of a line ("Vanaf oktober 2015", "Seit März 2019", "Desde 2018"): a since-word and a date. */
function openStart(state: ParseState, line: Line): DateSpan | undefined {
  const d = lineDates(state, line)[0];
  return d?.start && d.ongoing && d.end === undefined && d.index <= 2 ? d : undefined;
}

/** An end alone near the front of a line ("Tot september 2015", "Tot heden", "Bis heute"): no start of its own. */
function loneEnd(state: ParseState, line: Line): DateSpan | undefined {
  const d = lineDates(state, line)[0];
  return d && !d.start && (d.end !== undefined || d.ongoing) && d.index <= 2 ? d : undefined;
}

/** A start and an end on two lines in a row, each opening with its word ("- Vanaf oktober 2015" / "- Tot september 2015"). */
function splitRangeDates(state: ParseState, entry: EntryBlock): EntryDate | undefined {
  const lines = [...entry.head, ...entry.body.slice(0, 6)];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = openStart(state, lines[i]!);
    const b = a ? loneEnd(state, lines[i + 1]!) : undefined;
    if (!a || !b) continue;
    const span: DateSpan = { ...a, ongoing: b.ongoing };
    if (b.end !== undefined && !b.ongoing) span.end = b.end;
    return { span, line: lines[i]! };
  }
  return undefined;
}

/** The longest first sentence a date is taken from. */
const LEAD_SENTENCE = 160;

/**
 * "Research Scientist, Customer Operations Department, July 2022 to present. Full-time, …": a range (or an ongoing
 * date) in the first sentence of the entry's text, when the text opens with a paragraph.
 */
function leadSentenceDate(state: ParseState, entry: EntryBlock): EntryDate | undefined {
  const first = entry.body.find((l) => l.plain);
  if (!first || first.kind !== 'text') return undefined;
  const { end, ranges } = firstSentenceRanges(state, first);
  if (end > LEAD_SENTENCE) return undefined;
  const span = ranges.find((d) => d.index + d.length <= LEAD_SENTENCE);
  return span ? { span, line: first } : undefined;
}

/**
 * The entry's dates: in its head lines first, then in its group heading, then in the first two lines
 * of its body when they are short (a date line written after the role), then in the first sentence of its text.
 */
export function pickEntryDate(state: ParseState, entry: EntryBlock, section: readonly Line[] = []): EntryDate | undefined {
  return (
    rowDates(state, entry, section) ??
    labelledDates(state, entry) ??
    firstIn(state, entry.head) ??
    splitRangeDates(state, entry) ??
    firstIn(state, entry.body.slice(0, 2).filter((l) => l.plain.length <= 80 && l.kind !== 'item')) ??
    leadSentenceDate(state, entry) ??
    dateSubItem(state, entry)
  );
}

/**
 * "* **Software Engineering Intern:** Terazo, Richmond, VA" / "    * Worked on …" / "    * June 2022 - August 2022": under an
 * item, the one sub-item that is a date alone, wherever it stands among the points.
 */
function dateSubItem(state: ParseState, entry: EntryBlock): EntryDate | undefined {
  const head = entry.head[entry.head.length - 1];
  if (head?.kind !== 'item') return undefined;
  const dated = entry.body.filter((l) => l.kind === 'item' && l.depth > head.depth && dateOnly(state, l));
  return dated.length === 1 ? firstIn(state, dated) : undefined;
}
