// Finds every date and date range in one line of plain text, left to right, as ISO Gregorian dates with where each is written.
import type { DateSpan } from './parse-types.js';
import type { DateContext, DateToken, DateTokenAt, DateWords } from './date-words.js';
import { classifyChar, DIGIT, SPACE } from './classify-char.js';
import { readDateSpan } from './read-date-span.js';
import { tokenizeDates } from './tokenize-dates.js';

/** A line without digits is searched for a lone "present" word only when at most this long. */
const PRESENT_ONLY_MAX = 80;

/** `text` lower-cased with its length kept (a few letters lengthen when lower-cased: İ). */
function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * A line that is only a "present" word, with dashes, brackets or range words around it ("Presente",
 * "In corso", "– heute", "(bis heute)"), and perhaps a note in brackets after it: an ongoing span with no start.
 */
function findPresentOnly(tok: DateTokenAt, text: string): DateSpan[] {
  let found: { start: number; end: number } | undefined;
  let first: number | undefined;
  for (let i = 0, t = tok(0); t; t = tok(++i)) {
    const e = t.kind === 'word' ? t.entry : undefined;
    if (t.kind === 'punct') {
      if (t.value === 0x3a || t.value === 0xff1a) return []; // "Date:" is a label
      if ((t.value === 0x2d || t.value === 0x7e) && !found) first ??= t.start;
      continue;
    }
    // ("En curso (a tiempo parcial)", "Present (part-time)": a note in brackets may close the line after the word)
    if (found && bracketAfter(text, found.end, t.start)) break;
    if (!e || found) return [];
    if (e.present) found = { start: t.start, end: t.end };
    else if (e.to || e.from || e.since) first ??= t.start;
    else return [];
  }
  if (!found) return [];
  const index = first ?? found.start;
  return [{ ongoing: true, single: false, index, length: found.end - index }];
}

/** Whether an opening bracket (and only white space besides) lies between `from` and `to` of `text`. */
function bracketAfter(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to).trim();
  return between === '(' || between === '（';
}

/**
 * "2017 - 2019/20": a year and a dash right before a range of years (a school year as the end) start it.
 * Returns `span` itself when nothing of the kind comes before it.
 */
function yearBefore(text: string, span: DateSpan): DateSpan {
  if (span.single || !span.start || span.start.length !== 4) return span;
  let i = span.index - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i < 0 || !'-–—'.includes(text[i]!)) return span;
  i--;
  while (i >= 0 && text[i] === ' ') i--;
  const year = text.slice(i - 3, i + 1);
  const digits = year.length === 4 && [...year].every((c) => c >= '0' && c <= '9') && (year.startsWith('19') || year.startsWith('20'));
  const joined = i >= 4 && classifyChar(text.charCodeAt(i - 4)) !== SPACE && !'([（'.includes(text[i - 4]!);
  if (i < 3 || !digits || joined || year > span.start) return span;
  return { ...span, start: year, index: i - 3, length: span.index + span.length - (i - 3) };
}

/**
 * Every date or date range in `text` (one line, plain text: markup removed, entities decoded), left to
 * right and not overlapping, read with `words` (see buildDateWords). Each span has ISO Gregorian
 * `start`/`end` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), `ongoing` for open ranges ("– present", "since 2019",
 * a trailing dash), `single` for a lone date, `calendar` when written in the solar Hijri or Buddhist
 * calendar, and `index`/`length` covering a since/from word before it and a duration after it
 * ("(2 года 4 месяца)"), so the caller can cut the span out. Lines with no digit cost one scan (and
 * one lone-"present" check when short). Linear in the length of `text`; no regular expression.
 * @param ring - token objects to reuse (see tokenizeDates); none of them is kept in the spans returned
 */
export function findDates(text: string, words: DateWords, ring?: DateToken[]): DateSpan[] {
  let digit = false;
  for (let i = 0; i < text.length && !digit; i++) {
    const c = text.charCodeAt(i);
    digit = c <= 0x39 ? c >= 0x30 : c >= 0x660 && classifyChar(c) === DIGIT;
  }
  if (!digit && text.length > PRESENT_ONLY_MAX) return [];
  const lower = lowerKeepingLength(text);
  const tok = tokenizeDates(text, lower, words, ring);
  if (!digit) return findPresentOnly(tok, text);
  const ctx: DateContext = { tok, text, lower, words };
  const spans: DateSpan[] = [];
  for (let i = 0; ;) {
    const kind = tok(i)?.kind;
    if (!kind) break;
    const read = kind === 'num' || kind === 'word' ? readDateSpan(ctx, i) : undefined;
    if (read) {
      const last = spans[spans.length - 1];
      spans.push(presentBefore(tok, i, yearBefore(text, read.span), last ? last.index + last.length : 0));
      i = read.next;
    } else {
      i++;
    }
  }
  return spans.length > 1 ? joinAdjacentMonths(text, spans) : spans;
}

/**
 * "Present Oct 2023" (a table's period cell written newest first, "Present<br>Oct 2023"): a single date right after a
 * "present" word, with only white space or a dash between, is ongoing since that date (`after`: where the span before ends).
 */
function presentBefore(tok: DateTokenAt, i: number, span: DateSpan, after: number): DateSpan {
  // ("current - 2018", "Present – 2019": a range written end first, as R's datadrivencv writes them, with its dash)
  const dash = i > 1 ? tok(i - 1) : undefined;
  const p = dash?.kind === 'punct' && (dash.value === 0x2d || dash.value === 0x7e) ? tok(i - 2) : i > 0 ? tok(i - 1) : undefined;
  // (not a word the span before holds already: "2019現在 - 1950")
  if (!p || p.kind !== 'word' || !p.entry?.present || p.start < after || !span.single || span.ongoing || !span.start) return span;
  return { ...span, single: false, ongoing: true, index: p.start, length: span.index + span.length - p.start };
}

/**
 * "Jun 2012 Dec 2013" (a table's period column, a PDF export that lost the dash): two single month dates with
 * only white space between them are one range, the earlier the start ("Aug 2023 Nov 2022", newest first, too); so
 * are two years in a row listed with a comma ("2013, 2014").
 */
function joinAdjacentMonths(text: string, spans: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  const listed = new Set<DateSpan>();
  for (const s of spans) {
    const prev = out[out.length - 1];
    const month = (x: DateSpan | undefined): x is DateSpan & { start: string } => x !== undefined && x.single && !x.ongoing && x.start?.length === 7;
    const year = (x: DateSpan | undefined): x is DateSpan & { start: string } => x !== undefined && x.single && !x.ongoing && x.start?.length === 4;
    const between = prev ? text.slice(prev.index + prev.length, s.index) : '';
    // (and "2013, 2014": two years in a row, listed, are the span they cover)
    // ("2021, 2022, 2023" as one span)
    const listedYears = prev !== undefined && year(s) && between === ', ' && ((year(prev) && Number(s.start) === Number(prev.start) + 1) || (listed.has(prev) && Number(s.start) === Number(prev.end) + 1));
    if (listedYears) {
      const joined: DateSpan = { ...prev, single: false, end: s.start, length: s.index + s.length - prev.index };
      listed.add(joined);
      out[out.length - 1] = joined;
    } else if (month(prev) && month(s) && prev.start !== s.start && between.trim() === '') {
      const [from, to] = prev.start < s.start ? [prev.start, s.start] : [s.start, prev.start];
      out[out.length - 1] = { ...prev, single: false, start: from, end: to, length: s.index + s.length - prev.index };
    } else out.push(s);
  }
  return out;
}
