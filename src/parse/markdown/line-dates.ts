// The dates of a line, found once per parse and remembered in the state.
import { findDates } from './find-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import type { DateToken } from './date-words.js';

/** Whether `t` has an ASCII, Arabic-Indic or Persian digit (as `/\d|[\u0660-\u0669\u06f0-\u06f9]/.test(t)`), by scanning. */
function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x39 ? c >= 0x30 : (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** A line this short is searched whole; a longer one only when it has a digit, or at its end. */
const SHORT = 40;

/** The last part of a line after one of these separators can be its ongoing date alone. */
const SEPARATORS = [' - ', ' – ', ' — ', ' | ', ', ', ' ('];
/** The length of the longest of {@link SEPARATORS}. */
const SEPARATOR_MAX = Math.max(...SEPARATORS.map((s) => s.length));

/** "MA" in "Harvard Kennedy School of Government, MA": two or three capitals alone are a region's code (Hungarian "ma", today, is written in lower case). */
function regionCode(tail: string): boolean {
  const t = tail.trim();
  return t.length >= 2 && t.length <= 3 && t === t.toUpperCase() && t !== t.toLowerCase();
}

/**
 * The present-word that ends a line without a digit, after a dash, a bar, a comma or in closing brackets ("**Doctoral Assistant**, …,
 * EPFL, Lausanne - _(current)_"): the last part is searched alone, and counts only as an ongoing span.
 */
function endingOngoing(state: ParseState, t: string, ring: DateToken[]): DateSpan[] {
  const found = endingOngoingIn(state, t, ring);
  // ("Universitat Oberta de Catalunya (UOC) — En curso (a tiempo parcial)": a note in brackets may close the line after it)
  const open = t.endsWith(')') ? t.lastIndexOf(' (') : -1;
  return found.length || open <= 0 ? found : endingOngoingIn(state, t.slice(0, open), ring);
}

/** {@link endingOngoing} of the line's text as written. */
function endingOngoingIn(state: ParseState, t: string, ring: DateToken[]): DateSpan[] {
  let from = -1;
  // (the part after the last separator counts only when at most SHORT long: separators are looked for in the line's last characters, not the whole line)
  const tail = Math.max(0, t.length - SHORT - SEPARATOR_MAX);
  for (const sep of SEPARATORS) {
    for (let at = t.indexOf(sep, tail); at >= 0; at = t.indexOf(sep, at + 1)) if (at + sep.length > from) from = at + sep.length;
  }
  if (from < 0 || t.length - from > SHORT || regionCode(t.slice(from))) return [];
  const [only, more] = findDates(t.slice(from), state.dateWords, ring);
  if (!only || more || !only.ongoing || only.start !== undefined) return [];
  return [{ ...only, index: from + only.index }];
}

/** "Current: Teaching fellow (ATER), Université de Poitiers": a lead of a few words, then a colon. */
const LEAD = /^[^:：]{1,20}[:：]\s/u;

/** The present-word alone that leads a line without a digit, before a colon ("Current: Teaching fellow, …"): an ongoing span with no start. */
function leadingOngoing(state: ParseState, t: string, ring: DateToken[]): DateSpan[] {
  const m = LEAD.exec(t);
  if (!m) return [];
  const [only, more] = findDates(m[0].slice(0, m[0].search(/[:：]/u)), state.dateWords, ring);
  return only && !more && only.ongoing && only.start === undefined && only.index === 0 ? [only] : [];
}

/** Every date span in the line's plain text (table rows: in the joined cells). */
export function lineDates(state: ParseState, line: Line): DateSpan[] {
  let d = state.dateMemo.get(line);
  if (d === undefined) {
    // (the lines of a parse are read one after the other with the same token objects)
    let ring = state.memo.get('date-ring') as DateToken[] | undefined;
    if (!ring) state.memo.set('date-ring', (ring = []));
    const digit = hasDigit(line.plain);
    d = line.plain.length < SHORT || digit ? findDates(line.plain, state.dateWords, ring) : [];
    if (!digit && d.length === 0) d = endingOngoing(state, line.plain, ring);
    if (!digit && d.length === 0 && line.kind !== 'heading') d = leadingOngoing(state, line.plain, ring);
    // "## Present", "## ปัจจุบัน": a heading that is a present-word alone, with no dash before it, names a section (what the
    // person does now), not a date
    if (!digit && line.kind === 'heading' && d.length === 1 && !/[-–—~〜～]/u.test(line.plain)) d = [];
    state.dateMemo.set(line, d);
  }
  return d;
}
