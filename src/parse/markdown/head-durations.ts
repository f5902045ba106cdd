// The durations an entry's head states that no field keeps ("Stagiaire, 6 mois", "(1 yr 2 mos)"): the head's readers drop them as a date's companion.
import { durationOnly } from './duration-only.js';
import { durationNote } from './duration-note.js';
import { dateText } from './entry-parts.js';
import { findDurationTail } from './find-duration-tail.js';
import type { ReadEntry } from './read-entry-heads.js';
import type { ParseState } from './parse-types.js';

/** "(11 meses)", "（2年2ヶ月）": a part in brackets, short. */
const BRACKETED = /[(（][^()（）]{1,40}[)）]/gu;

/**
 * The durations written on the entry's head lines, in brackets or after a last comma or dash, that neither its date
 * text nor another of its fields holds: kept with the entry (its description), so that no word of the head is lost.
 */
export function headDurations(state: ParseState, e: ReadEntry): string[] {
  const held = [dateText(e) ?? '', ...e.segments.map((s) => s.text)];
  const out: string[] = [];
  for (const l of e.block.head) {
    // (a line that is a duration alone, "`1년 10개월 이상`", is kept whole)
    const found = e.block.head.length > 1 && durationNote(state, l) ? [l.plain.trim()] : [...(l.plain.match(BRACKETED) ?? []).filter((p) => durationOnly(state, p)), findDurationTail(state, l.plain.replace(BRACKETED, ''))?.part];
    // ("（2025 年 1 月 -）" is a date, not a duration: a year of four digits says so)
    for (const d of found) if (d !== undefined && !/\d{4}/.test(d) && !held.some((h) => h.includes(d)) && !out.includes(d)) out.push(d);
  }
  return out;
}
